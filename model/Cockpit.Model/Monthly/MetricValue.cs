namespace Cockpit.Model.Monthly;

/// <summary>One row of a monthly report's Mittarit sheet, matched to a forecast report metric.</summary>
public sealed record MetricValue(
    int MetricId,
    string MetricAsWritten,
    DateOnly Month,
    double Actual,
    double? Target,
    string Unit,
    string Comment,
    string Sheet,
    string Cell);
