namespace Cockpit.Ingest.Monthly;

/// <summary>What a column of the monthly report holds.</summary>
public enum MonthlyColumn
{
    Metric,
    Month,
    Actual,
    Target,
    Unit,
    Comment,
    ServiceEntity,
    Budget,
    Forecast,
}
