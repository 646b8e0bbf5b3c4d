namespace Cockpit.Dashboards.Dashboards;

/// <summary>
/// One tile of a dashboard: a query over the analyst views, the visual that shows its answer, and the request
/// parameters the query takes (passed to DuckDB as <c>$name</c> parameters, never spliced into the text).
/// </summary>
public sealed record Tile(string Id, string Visual, LocalText Title, string Query, IReadOnlyList<string> Parameters)
{
    public bool IsChart => Visual is Visuals.StackedBar or Visuals.Trend or Visuals.Heatmap or Visuals.Lines or Visuals.Bars;
}

/// <summary>The visuals a tile can use; each is a renderer in code, a tile is data.</summary>
public static class Visuals
{
    public const string Kpi = "kpi";
    public const string StackedBar = "stacked-bar";
    public const string Trend = "trend";
    public const string Heatmap = "heatmap";
    public const string Table = "table";
    public const string Lines = "lines";
    public const string Bars = "bars";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Kpi, StackedBar, Trend, Heatmap, Table, Lines, Bars };
}
