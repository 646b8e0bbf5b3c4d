using PdfSharp.Fonts;

namespace Cockpit.Dashboards.Reports;

/// <summary>
/// PDFsharp's fonts on any machine: every family resolves to the bundled DejaVu Sans (regular or bold; italic is
/// slanted by PDFsharp), so a report looks the same on Linux and Windows and carries the fonts it uses.
/// </summary>
internal sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> faces;

    private DejaVuFonts(string folder) =>
        faces = new[] { Regular, Bold }.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f + ".ttf")));

    /// <summary>Makes these fonts PDFsharp's for the process; PDFsharp takes one resolver, set before its first font.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFonts) return;
            GlobalFontSettings.FontResolver = new DejaVuFonts(Path.Combine(AppContext.BaseDirectory, "Fonts"));
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faces[faceName];
}
