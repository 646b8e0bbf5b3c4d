using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Cockpit.Dashboards.Tests.Reports;

/// <summary>
/// What a PDF reader finds in a PDF: each page's text in the order it is written, the text above the page footers,
/// and every font each page uses, embedded or not.
/// </summary>
internal sealed record PdfContent(IReadOnlyList<string> Pages, string Body, IReadOnlyList<PdfFontUse> Fonts, IReadOnlyList<string> LettersOffPage)
{
    /// <summary>The lowest points of a page, where the footer is.</summary>
    private const double FooterHeight = 60;

    /// <summary>The text above the footers with no whitespace: a text broken into lines, or across pages, still reads the same.</summary>
    public string Squeezed => Squeeze(Body);

    public static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");

    public static PdfContent Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var fonts = new List<PdfFontUse>();
        var offPage = new List<string>();
        var body = new System.Text.StringBuilder();
        foreach (var page in document.GetPages())
        {
            pages.Add(string.Concat(page.Letters.Select(l => l.Value)));
            body.AppendJoin("", page.Letters.Where(l => l.BoundingBox.Bottom > FooterHeight).Select(l => l.Value));
            offPage.AddRange(page.Letters.Where(l => l.BoundingBox.Left < 0 || l.BoundingBox.Right > page.Width + 0.5
                || l.BoundingBox.Bottom < 0 || l.BoundingBox.Top > page.Height + 0.5).Select(l => $"page {page.Number}: '{l.Value}'"));
            IToken Resolve(IToken token) => token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;
            var resources = (DictionaryToken)Resolve(page.Dictionary.Data["Resources"]);
            if (!resources.Data.TryGetValue("Font", out var fontsToken)) continue;
            foreach (var (name, value) in ((DictionaryToken)Resolve(fontsToken)).Data)
            {
                var font = (DictionaryToken)Resolve(value);
                if (((NameToken)font.Data["Subtype"]).Data == "Type0")
                    font = (DictionaryToken)Resolve(((ArrayToken)Resolve(font.Data["DescendantFonts"])).Data[0]);
                var descriptor = font.Data.TryGetValue("FontDescriptor", out var d) ? (DictionaryToken)Resolve(d) : null;
                var embedded = descriptor is not null && new[] { "FontFile", "FontFile2", "FontFile3" }.Any(descriptor.Data.ContainsKey);
                fonts.Add(new PdfFontUse(page.Number, ((NameToken)font.Data["BaseFont"]).Data, embedded));
            }
        }
        return new PdfContent(pages, body.ToString(), fonts, offPage);
    }
}

internal sealed record PdfFontUse(int Page, string BaseFont, bool Embedded);
