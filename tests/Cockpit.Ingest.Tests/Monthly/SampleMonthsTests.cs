using Cockpit.Model.Store;
using Cockpit.Samples;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Monthly;

public class SampleMonthsTests : MonthlyTestBase
{
    [Test]
    public void The_six_sample_months_load_after_the_forecast_sample()
    {
        foreach (var month in MonthlyWorkbook.Months)
            AssertLoaded(IngestMonthly(Path.Combine(Repository.Samples, MonthlyWorkbook.FileName(month))));

        Assert.Multiple(() =>
        {
            Assert.That(Count("SELECT count(DISTINCT month) FROM v_metric_values"), Is.EqualTo(6));
            Assert.That(Count("SELECT count(*) FROM v_metric_values"), Is.EqualTo(30));
            Assert.That(Count("SELECT count(*) FROM v_budget"), Is.EqualTo(30));
            Assert.That(Count("SELECT count(*) FROM v_uploads WHERE kind = 'monthly' AND NOT superseded"), Is.EqualTo(6));
            Assert.That(Store.Connection.Scalar<double>("SELECT actual FROM v_metric_values WHERE metric LIKE '%Teams%' AND month = DATE '2020-04-01'"), Is.EqualTo(80));
            Assert.That(Store.Connection.Scalar<double>("SELECT actual FROM v_metric_values WHERE metric LIKE '%Varaamo%' AND month = DATE '2020-06-01'"), Is.EqualTo(20));
            Assert.That(Store.Connection.Scalar<double>("SELECT sum(budget) FROM v_budget WHERE month = DATE '2020-06-01'"), Is.EqualTo(228_642), "the division's cost budget, the seed's figure");
        });
    }

    [Test]
    public void Every_sample_row_says_whether_its_value_is_the_seeds_or_illustrative()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(Repository.Samples, MonthlyWorkbook.FileName(4)));
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.That(sheet.Cell(2, 1).GetString(), Does.Contain("HAVAINNOLLISTAV"), sheet.Name);
            var sources = sheet.RowsUsed().Where(r => r.RowNumber() > 4).Select(r => r.LastCellUsed().GetString()).ToList();
            Assert.That(sources, Is.Not.Empty, sheet.Name);
            Assert.That(sources.Where(s => !s.StartsWith("Lähde:", StringComparison.Ordinal) && !s.Contains("HAVAINNOLLISTAVA", StringComparison.Ordinal)),
                Is.Empty, sheet.Name);
        }
    }
}
