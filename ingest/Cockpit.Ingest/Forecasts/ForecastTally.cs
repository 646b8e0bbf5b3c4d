using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Ingest.Forecasts;

/// <summary>Counts what a load brings, for its summary, without keeping the rows.</summary>
internal sealed class ForecastTally
{
    private readonly HashSet<UInt128> goals = [];
    private readonly HashSet<string> themes = [];
    private readonly SortedDictionary<ReportingRound, (int Filled, int Empty)> rounds = [];
    private readonly Dictionary<string, int> statuses = [];

    public int MetricRows { get; private set; }

    public void Count(MetricRow row, IReadOnlyList<StatusResult> results)
    {
        MetricRows++;
        goals.Add(KeyHash.Of(row.GoalKey));
        themes.Add(TextKey.Normalise(row.Theme));
        for (var i = 0; i < row.Forecasts.Count; i++)
        {
            var forecast = row.Forecasts[i];
            var (filled, empty) = rounds.GetValueOrDefault(forecast.Round);
            rounds[forecast.Round] = forecast.Text.Length > 0 ? (filled + 1, empty) : (filled, empty + 1);
            statuses[results[i].Code] = statuses.GetValueOrDefault(results[i].Code) + 1;
        }
    }

    public int Goals => goals.Count;
    public int Themes => themes.Count;
    public IReadOnlyList<RoundCount> Rounds => rounds.Select(r => new RoundCount(r.Key, r.Value.Filled, r.Value.Empty)).ToList();
    public IReadOnlyDictionary<string, int> Statuses => statuses;
}
