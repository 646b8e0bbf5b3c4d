using Cockpit.Ingest.Problems;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>Month cells as other tools than Excel for Windows store dates: ISO 8601 cells, and serials of the 1904 date system.</summary>
public class DateCellTests : MonthlyTestBase
{
    private static readonly DateOnly July = new(2020, 7, 1);

    [TestCase("2020-07-01T00:00:00")]
    [TestCase("2020-07-01")]
    [TestCase("2020-07-15T10:30:00.000")]
    [TestCase("2020-07-31T23:30:00+03:00")]
    [TestCase("2020-07-01T00:00:00Z")]
    public void An_ISO_date_cell_as_openpyxl_writes_it_is_read_as_its_month(string iso)
    {
        var book = RawMonthlyBook.WithMonth(cell => $"<c r=\"{cell}\" t=\"d\"><v>{iso}</v></c>");

        AssertLoaded(IngestMonthly(book.Save(Temp.File("iso.xlsx"))));

        Assert.That(MetricValues().Single().Month, Is.EqualTo(July));
        Assert.That(Count("SELECT count(*) FROM v_budget WHERE month = DATE '2020-07-01'"), Is.EqualTo(5));
    }

    [Test]
    public void An_ISO_cell_holding_a_time_alone_is_no_month_and_is_refused_at_its_cell()
    {
        var book = RawMonthlyBook.WithMonth(cell => cell == "B2" ? "<c r=\"B2\" t=\"d\"><v>10:30:00</v></c>" : Text(cell, "2020-07"));

        var outcome = IngestMonthly(book.Save(Temp.File("aika.xlsx")));

        Assert.That(outcome.Problems.Select(p => (p.Code, p.Sheet, p.Cell)),
            Is.EqualTo(new[] { (ProblemCode.BadMonth, (string?)"Mittarit", (string?)"B2"), (ProblemCode.BadMonth, "Talous", "B2") }));
        Assert.That(outcome.Problems[0].Message("fi"), Does.StartWith("”10:30:00” ei ole kuukausi"));
    }

    // July 2020 is serial 42551 counted from 1.1.1904 (Excel for Mac); the same serial from 1900 is June 2016.
    [TestCase("<workbookPr date1904=\"1\"/>", 2020, 7)]
    [TestCase("<workbookPr date1904=\"true\" defaultThemeVersion=\"124226\"/>", 2020, 7)]
    [TestCase("<workbookPr date1904=\"0\"/>", 2016, 6)]
    [TestCase("<workbookPr/>", 2016, 6)]
    public void Date_serials_are_read_in_the_workbooks_date_system(string workbookProperties, int year, int month)
    {
        var book = RawMonthlyBook.WithMonth(cell => Number(cell, 42551, style: 1), workbookProperties);

        AssertLoaded(IngestMonthly(book.Save(Temp.File("mac.xlsx"))));

        var expected = new DateOnly(year, month, 1);
        Assert.That(MetricValues().Single().Month, Is.EqualTo(expected));
        Assert.That(Count($"SELECT count(*) FROM v_budget WHERE month = DATE '{expected:yyyy-MM-dd}'"), Is.EqualTo(5));
    }
}
