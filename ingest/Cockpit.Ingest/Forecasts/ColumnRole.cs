namespace Cockpit.Ingest.Forecasts;

/// <summary>What a forecast-report column holds, recognised from its Finnish, Swedish or English header.</summary>
public enum ColumnRole
{
    Extra,
    Linkage,
    Theme,
    Goal,
    GoalCode,
    Metric,
    MetricCode,
    Round,
}
