namespace Cockpit.Dashboards.OData;

/// <summary>An entity set of the feed: the analyst view it shows, its entity type's name, and the columns that identify a row.</summary>
public sealed record FeedSet(string Name, string View, string TypeName, IReadOnlyList<string> Key)
{
    /// <summary>Every row of the view in key order; the names are this code's own, never a request's.</summary>
    public string WholeViewSql() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"SELECT * FROM {FilterSql.Quote(View)} ORDER BY {string.Join(", ", Key.Select(FilterSql.Quote))}");
}

/// <summary>The feed's entity sets, one per analyst view (<see cref="Model.Sql.SqlSandbox.AnalystViews"/>).</summary>
public static class FeedSets
{
    /// <remarks>
    /// Keys are what the store makes unique: an upload holds a metric once per round and once per month, and a monthly
    /// upload a service entity once per month; the views in force keep one upload per goal and round (a metric whose code moved to
    /// another goal may be in force under both), or per month.
    /// </remarks>
    public static readonly IReadOnlyList<FeedSet> All =
    [
        new("Forecasts", "v_forecasts", "Forecast", ["goal_id", "metric_id", "round_year", "round_no"]),
        new("ForecastHistory", "v_forecast_history", "ForecastHistoryRow", ["upload_id", "metric_id", "round_year", "round_no"]),
        new("MetricValues", "v_metric_values", "MetricValue", ["metric_id", "month"]),
        new("MetricValueHistory", "v_metric_value_history", "MetricValueHistoryRow", ["upload_id", "metric_id", "month"]),
        new("Budget", "v_budget", "BudgetRow", ["service_entity", "month"]),
        new("BudgetHistory", "v_budget_history", "BudgetHistoryRow", ["upload_id", "service_entity", "month"]),
        new("Uploads", "v_uploads", "Upload", ["upload_id"]),
        new("StatusOverrides", "v_status_overrides", "StatusOverride", ["override_id"]),
    ];

    public static FeedSet? Named(string name) => All.FirstOrDefault(s => s.Name == name);

    public static FeedSet? OfView(string view) => All.FirstOrDefault(s => s.View.Equals(view, StringComparison.OrdinalIgnoreCase));
}
