using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Page;

/// <summary>A status a controller set by hand: who, why and on which day.</summary>
public sealed record StatusSetByHand(string By, string Reason, DateOnly On);

/// <summary>A controller's confirmation that the status derived from the round's very text is right: who and on which day.</summary>
public sealed record StatusConfirmation(string By, DateOnly On);

/// <summary>
/// One round of a metric: its text and status, what decided the status, who set it by hand and why or who confirmed it, and
/// the same goal and metric in the same round a year earlier where it was reported.
/// </summary>
public sealed record MetricRound(string Round, int Year, int No, string Status, string Text, string Evidence, string Rule, double? Confidence,
    string DerivedStatus, StatusSetByHand? Override, StatusConfirmation? Confirmation)
{
    public YearBeforeEntry? YearBefore { get; init; }
}

/// <summary>Another metric of the same goal, in the round asked for.</summary>
public sealed record SiblingMetric(long Id, string Metric, string Status);

/// <summary>A metric's story: every round in order, the goal's other metrics, and whether monthly values exist for a chart.</summary>
public sealed record MetricStory(long Id, string Theme, string Goal, string Metric, IReadOnlyList<MetricRound> Rounds,
    IReadOnlyList<SiblingMetric> Siblings, bool HasValues);
