using System.Text;
using System.Text.RegularExpressions;

namespace Cockpit.Dashboards.Page;

/// <summary>A new text against the old one, word by word: removed words in <c>&lt;del&gt;</c>, added ones in <c>&lt;ins&gt;</c>.</summary>
public static partial class WordDiff
{
    private const int MaxWords = 600;

    public static string Html(string before, string after)
    {
        var a = Words().Split(before).Where(w => w.Length > 0).ToArray();
        var b = Words().Split(after).Where(w => w.Length > 0).ToArray();
        if (a.Length > MaxWords || b.Length > MaxWords) return $"<del>{Encode(before)}</del> <ins>{Encode(after)}</ins>";
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var html = new StringBuilder();
        var (x, y) = (0, 0);
        void Emit(string tag, string word)
        {
            var text = Encode(word);
            if (tag.Length == 0) html.Append(text);
            else html.Append('<').Append(tag).Append('>').Append(text).Append("</").Append(tag).Append('>');
        }
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { Emit("", a[x]); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { Emit("ins", b[y]); y++; }
            else { Emit("del", a[x]); x++; }
        }
        return html.ToString().Replace("</ins><ins>", "").Replace("</del><del>", "").Replace("</ins><del>", "</ins> <del>");
    }

    private static string Encode(string text) => PageLayout.Encode(text);

    // Words with the space after them, so that unchanged spacing stays as written.
    [GeneratedRegex(@"(?<=\s)(?=\S)")]
    private static partial Regex Words();
}
