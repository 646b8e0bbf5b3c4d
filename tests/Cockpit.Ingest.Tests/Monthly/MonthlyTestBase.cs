using Cockpit.Ingest.Problems;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>A store with the sample forecast report loaded, so that monthly metrics have something to match.</summary>
public abstract class MonthlyTestBase : StoreTestBase
{
    [SetUp]
    public void LoadForecastSample() => AssertLoaded(Ingest(Repository.SampleWorkbook));

    protected IngestOutcome IngestMonthly(string path, bool dryRun = false) =>
        new WorkbookIngest(Store).Ingest(path, new IngestOptions("controller", dryRun));

    protected IngestOutcome IngestMonthly(MonthlyBook book, string name = "kuukausi.xlsx", bool dryRun = false) =>
        IngestMonthly(book.Save(Temp.File(name)), dryRun);

    protected string MonthlyFootprint() => Footprint() + ", " + string.Join(", ", new[] { "metric_values", "budget_rows" }
        .Select(t => $"{t}={Count("SELECT count(*) FROM " + t)}"));

    protected List<(string Metric, DateOnly Month, double Actual, double? Target, string Unit, int UploadId)> MetricValues(string view = "v_metric_values") =>
        Store.Connection.Query("SELECT metric, month, actual, target, unit, upload_id FROM " + view + " ORDER BY month, metric_id, upload_id",
            r => (r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetDouble(2), r.IsDBNull(3) ? (double?)null : r.GetDouble(3), r.GetString(4), r.GetInt32(5)));

    protected static void AssertRefusedWith(IngestOutcome outcome, ProblemCode code, string? sheet, string? cell)
    {
        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected), "the workbook was not refused");
        Assert.That(outcome.Problems.Select(p => (p.Code, p.Sheet, p.Cell)), Does.Contain((code, sheet, cell)),
            () => string.Join("\n", outcome.Problems.Select(p => p.Describe("en"))));
    }
}
