namespace Cockpit.Dashboards.Charts;

public enum ChartFormat
{
    Png,
    Svg,

    /// <summary>For a PDF: PDFsharp embeds a JPEG as it is, where it decodes a PNG and compresses it again.</summary>
    Jpeg,
}

/// <summary>
/// What a chart image is asked for: its size in pixels, its language, its format; <paramref name="Scale"/> draws
/// letters and lines that many times larger, for an image printed smaller than its pixels (a PDF).
/// </summary>
public sealed record ChartRequest(int Width, int Height, string Lang, ChartFormat Format, double Scale = 1)
{
    public const int MinSide = 200;
    public const int MaxSide = 4000;

    public static bool IsValidSide(int pixels) => pixels is >= MinSide and <= MaxSide;

    public string ContentType => Format switch
    {
        ChartFormat.Png => "image/png",
        ChartFormat.Jpeg => "image/jpeg",
        _ => "image/svg+xml",
    };
}
