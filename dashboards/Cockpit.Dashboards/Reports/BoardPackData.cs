using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Dashboards.Reports;

/// <summary>Everything one board pack shows, read before any drawing starts.</summary>
public sealed record BoardPackData(
    string Division, string Lang, ReportingRound Round, ReportingRound? Previous, DateOnly Date,
    string GoalsTitle, IReadOnlyList<StatusCount> Counts, IReadOnlyList<ChartImage> Charts, IReadOnlyList<GoalRow> Goals);

/// <summary>How many metrics have a status this round and had it the round before.</summary>
public sealed record StatusCount(ForecastStatus Status, long Now, long Previous);

/// <summary>A chart tile drawn as JPEG (see <see cref="Charts.ChartFormat.Jpeg"/>); <see cref="Width"/> and <see cref="Height"/> are its layout size, before scaling.</summary>
public sealed record ChartImage(string Title, byte[] Image, int Width, int Height);

/// <summary>One metric's line of the goal table.</summary>
public sealed record GoalRow(string Theme, string Goal, string Metric, ForecastStatus Status, bool ByHand, string Evidence, string Text);
