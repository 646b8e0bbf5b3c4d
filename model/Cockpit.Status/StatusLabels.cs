namespace Cockpit.Status;

/// <summary>
/// What the cockpit shows for a status: its label in Finnish, Swedish or English, and its traffic-light colour.
/// One place for every page, chart and export, so that a status looks the same everywhere.
/// </summary>
public static class StatusLabels
{
    /// <summary>The default language; an unknown language falls back to it.</summary>
    public const string DefaultLanguage = "fi";

    public static IReadOnlyList<string> Languages { get; } = ["fi", "sv", "en"];

    /// <summary>The label in <paramref name="lang"/> ("fi", "sv", "en"; "fi-FI", "sv-FI" and case are accepted); Finnish otherwise.</summary>
    public static string For(ForecastStatus status, string? lang = DefaultLanguage) => (Normalise(lang), status) switch
    {
        ("sv", ForecastStatus.Achieved) => "Uppnått",
        ("sv", ForecastStatus.OnTrack) => "Förverkligas",
        ("sv", ForecastStatus.AtRisk) => "Osäkert",
        ("sv", ForecastStatus.WillNotBeMet) => "Förverkligas inte",
        ("sv", ForecastStatus.NotAssessed) => "Ingen bedömning",
        ("en", ForecastStatus.Achieved) => "Achieved",
        ("en", ForecastStatus.OnTrack) => "On track",
        ("en", ForecastStatus.AtRisk) => "At risk",
        ("en", ForecastStatus.WillNotBeMet) => "Will not be met",
        ("en", ForecastStatus.NotAssessed) => "Not assessed",
        (_, ForecastStatus.Achieved) => "Saavutettu",
        (_, ForecastStatus.OnTrack) => "Toteutumassa",
        (_, ForecastStatus.AtRisk) => "Epävarma",
        (_, ForecastStatus.WillNotBeMet) => "Ei toteudu",
        (_, ForecastStatus.NotAssessed) => "Ei arviota",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown forecast status."),
    };

    /// <summary>
    /// The traffic-light colour as "#RRGGBB": two distinguishable greens (achieved darker, on track lighter),
    /// yellow at risk, red will not be met, grey not assessed.
    /// </summary>
    public static string Colour(ForecastStatus status) => status switch
    {
        ForecastStatus.Achieved => "#1B7F3B",
        ForecastStatus.OnTrack => "#7BC96F",
        ForecastStatus.AtRisk => "#F2C12E",
        ForecastStatus.WillNotBeMet => "#D7263D",
        ForecastStatus.NotAssessed => "#9E9E9E",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown forecast status."),
    };

    /// <summary>The traffic light a status rolls up to: "green", "yellow", "red" or "grey".</summary>
    public static string Light(ForecastStatus status) => status switch
    {
        ForecastStatus.Achieved or ForecastStatus.OnTrack => "green",
        ForecastStatus.AtRisk => "yellow",
        ForecastStatus.WillNotBeMet => "red",
        ForecastStatus.NotAssessed => "grey",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown forecast status."),
    };

    private static string Normalise(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return DefaultLanguage;
        var span = lang.AsSpan().Trim();
        var dash = span.IndexOfAny('-', '_');
        if (dash > 0) span = span[..dash];
        if (span.Equals("sv", StringComparison.OrdinalIgnoreCase)) return "sv";
        if (span.Equals("en", StringComparison.OrdinalIgnoreCase)) return "en";
        return DefaultLanguage;
    }
}
