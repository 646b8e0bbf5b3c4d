namespace Cockpit.Model.Monthly;

/// <summary>A metric the forecast reports have brought, as its latest upload wrote it: what monthly rows are matched to.</summary>
public sealed record KnownMetric(int MetricId, string? Code, string Metric, string Goal);
