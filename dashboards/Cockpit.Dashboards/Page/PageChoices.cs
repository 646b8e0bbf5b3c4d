using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Page;

/// <summary>A metric that has monthly values, for the metric-trend chart's picker.</summary>
public sealed record MetricChoice(int Id, string Name);

/// <summary>What the leadership page's filters offer, and the goal table's order (<c>?sort=status</c>: the worst first).</summary>
public sealed record PageChoices(IReadOnlyList<RoundInfo> Rounds, IReadOnlyList<string> Themes, IReadOnlyList<MetricChoice> Metrics, bool SortByStatus);
