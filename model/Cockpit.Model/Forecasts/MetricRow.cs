namespace Cockpit.Model.Forecasts;

/// <summary>
/// One metric row of a forecast workbook as read: its goal and theme (inherited from merged or blank cells),
/// its forecast per reporting round, and every other non-empty cell under a header, so nothing is lost.
/// </summary>
public sealed record MetricRow(
    string Sheet,
    int Row,
    string Theme,
    string Goal,
    string? GoalCode,
    string Metric,
    string? MetricCode,
    string Linkage,
    IReadOnlyList<RoundForecast> Forecasts,
    IReadOnlyDictionary<string, string> Extras)
{
    public string GoalKey => GoalCode is { Length: > 0 } code ? "code:" + TextKey.Normalise(code) : TextKey.Normalise(Goal);

    public string MetricKey => MetricCode is { Length: > 0 } code
        ? "code:" + TextKey.Normalise(code)
        : GoalKey + " | " + TextKey.Normalise(Metric);
}

/// <summary>A forecast cell: the round its column reports, the text (empty when not yet reported) and where it was.</summary>
public sealed record RoundForecast(ReportingRound Round, string Text, string Cell);
