namespace Cockpit.Dashboards.Page;

/// <summary>One round of a metric: its text and status, what decided the status, and who set it by hand and why.</summary>
public sealed record MetricRound(string Round, int Year, int No, string Status, string Text, string Evidence, string Rule, double? Confidence,
    string DerivedStatus, string? OverrideBy, string? OverrideReason);

/// <summary>Another metric of the same goal, in the round asked for.</summary>
public sealed record SiblingMetric(long Id, string Metric, string Status);

/// <summary>
/// A metric's story: every round in order, the same goal and metric in the year before where it exists (by their
/// wording), the goal's other metrics, and whether monthly values exist for a chart.
/// </summary>
public sealed record MetricStory(long Id, string Theme, string Goal, string Metric, IReadOnlyList<MetricRound> Rounds,
    IReadOnlyList<MetricRound> YearBefore, IReadOnlyList<SiblingMetric> Siblings, bool HasValues);
