using Cockpit.Ingest.Problems;

namespace Cockpit.Ingest.Tests.Monthly;

public class NoForecastYetTests : StoreTestBase
{
    [Test]
    public void A_monthly_report_before_any_forecast_report_is_refused_saying_to_load_the_forecast_first()
    {
        var path = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Save(Temp.File("huhti.xlsx"));

        var outcome = new WorkbookIngest(Store).Ingest(path, new IngestOptions("controller"));

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        Assert.That(outcome.Problems.Select(p => p.Code).Distinct(), Is.EqualTo(new[] { ProblemCode.NoMetricsKnown }));
        Assert.That(outcome.Problems[0].Message("en"), Does.Contain("Load the forecast report first"));
        Assert.That(Count("SELECT count(*) FROM uploads"), Is.Zero);
    }
}
