namespace Cockpit.Dashboards.Charts;

public enum ChartFormat
{
    Png,
    Svg,
}

/// <summary>What a chart image is asked for: its size in pixels, its language, its format.</summary>
public sealed record ChartRequest(int Width, int Height, string Lang, ChartFormat Format)
{
    public const int MinSide = 200;
    public const int MaxSide = 4000;

    public static bool IsValidSide(int pixels) => pixels is >= MinSide and <= MaxSide;

    public string ContentType => Format == ChartFormat.Png ? "image/png" : "image/svg+xml";
}
