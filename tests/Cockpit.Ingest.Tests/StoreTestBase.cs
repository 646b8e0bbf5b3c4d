using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests;

/// <summary>Each test gets a temporary folder and a real DuckDB file in it.</summary>
public abstract class StoreTestBase : TempFolderTest
{
    protected CockpitStore Store { get; private set; } = null!;

    [SetUp]
    public void OpenStore() => Store = CockpitStore.Open(Temp.File("cockpit.duckdb"));

    [TearDown]
    public void CloseStore() => Store.Dispose();

    protected IngestOutcome Ingest(string path, bool dryRun = false, string by = "tester") =>
        new ForecastIngest(Store).Ingest(path, new IngestOptions(by, dryRun));

    protected List<ForecastView> Forecasts(string where = "true") =>
        Store.Connection.Query(
            "SELECT theme, goal, metric, round, forecast_text, status, upload_id, sheet, cell, goal_id, metric_id FROM v_forecasts WHERE "
            + where + " ORDER BY sheet, metric_id, round_year, round_no",
            r => new ForecastView(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), r.GetInt32(6), r.GetString(7), r.GetString(8), r.GetInt32(9), r.GetInt32(10)));

    protected long Count(string sql) => Store.Connection.Scalar<long>(sql);

    /// <summary>Row counts of every table: equal before and after means nothing was written.</summary>
    protected string Footprint() => string.Join(", ", new[] { "uploads", "goals", "metrics", "metric_rows", "forecast_entries" }
        .Select(t => $"{t}={Count("SELECT count(*) FROM " + t)}"));

    protected static void AssertLoaded(IngestOutcome outcome) =>
        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Loaded),
            () => string.Join("\n", outcome.Problems.Select(p => p.Describe("en"))));
}

public sealed record ForecastView(string Theme, string Goal, string Metric, string Round, string Text, string Status,
    int UploadId, string Sheet, string Cell, int GoalId, int MetricId);
