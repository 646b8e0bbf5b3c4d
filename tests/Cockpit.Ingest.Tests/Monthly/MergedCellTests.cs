using Cockpit.Ingest.Problems;
using Cockpit.Testing;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>
/// Cells merged down several rows, as Excel stores them: the value in the first cell, the covered cells empty. A month,
/// metric or service entity reaches every row it covers; a figure would count more than once, and is refused.
/// </summary>
public class MergedCellTests : MonthlyTestBase
{
    // Each budget row's own month cell is left empty under the merge, as Excel writes it (a styled cell without a value).
    private static IEnumerable<string> BudgetRowsUnderOneMonth(string firstMonth) =>
        RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e, i == 0 ? firstMonth : $"<c r=\"B{2 + i}\" s=\"1\"/>"));

    [TestCase("B2:B6")]
    [TestCase("B2:B6", "B2:B6", TestName = "A month merged down its rows and listed twice is read once")]
    [TestCase("B2:B6", "B2:B4", "B3:B5", TestName = "A month merged down its rows with overlapping ranges is read as the first")]
    public void A_month_merged_down_its_rows_reaches_every_row(params string[] merges)
    {
        var book = new RawXlsx().Sheet("Mittarit", [RawMonthlyBook.MetricHeader, RawMonthlyBook.TeamsRow(2)])
            .Sheet("Talous", [RawMonthlyBook.BudgetHeader, .. BudgetRowsUnderOneMonth(Number("B2", 44013, style: 1))], merges); // 1.7.2020

        AssertLoaded(IngestMonthly(book.Save(Temp.File("yhdistetty.xlsx"))));

        Assert.That(Count("SELECT count(*) FROM v_budget WHERE month = DATE '2020-07-01'"), Is.EqualTo(5));
    }

    [Test]
    public void A_metric_and_a_service_entity_merged_over_their_months_reach_each_month()
    {
        var book = new RawXlsx()
            .Sheet("Mittarit", [RawMonthlyBook.MetricHeader,
                RawMonthlyBook.TeamsRow(2, Text("B2", "2020-06")), RawMonthlyBook.TeamsRow(3, "<c r=\"A3\"/>", Text("B3", "2020-07"), Number("C3", 82))], "A2:A3")
            .Sheet("Talous", [RawMonthlyBook.BudgetHeader,
                RawMonthlyBook.BudgetRow(2, "Kulttuuri", Text("B2", "2020-06")), RawMonthlyBook.BudgetRow(3, "", "<c r=\"A3\"/>")], "A2:A3");

        AssertLoaded(IngestMonthly(book.Save(Temp.File("kuukausittain.xlsx"))));

        Assert.That(MetricValues().Select(v => (v.Month.Month, v.Actual)), Is.EqualTo(new[] { (6, 80.0), (7, 82.0) }));
        Assert.That(Count("SELECT count(*) FROM v_budget WHERE service_entity = 'Kulttuuri'"), Is.EqualTo(2));
    }

    [Test]
    public void A_figure_merged_down_rows_is_refused_naming_the_merged_cell_and_is_not_copied()
    {
        var book = new RawXlsx()
            .Sheet("Mittarit", [RawMonthlyBook.MetricHeader, RawMonthlyBook.TeamsRow(2)])
            .Sheet("Talous", [RawMonthlyBook.BudgetHeader,
                RawMonthlyBook.BudgetRow(2, "Kulttuuri"), RawMonthlyBook.BudgetRow(3, "Liikunta", "<c r=\"C3\"/>"), RawMonthlyBook.BudgetRow(4, "Nuoriso")], "C2:C3");

        var outcome = IngestMonthly(book.Save(Temp.File("talousarvio.xlsx")));

        Assert.That(outcome.Problems.Select(p => (p.Code, p.Sheet, p.Cell)), Is.EqualTo(new[] { (ProblemCode.MergedFigure, (string?)"Talous", (string?)"C2") }),
            () => string.Join("\n", outcome.Problems.Select(p => p.Describe("en"))));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Problems[0].Message("fi"), Does.StartWith("Sarakkeen Talousarvio luku on yhdistetyssä solussa C2:C3"));
            Assert.That(outcome.Problems[0].Message("sv"), Does.StartWith("Talet i kolumnen Talousarvio står i den sammanfogade cellen C2:C3"));
            Assert.That(outcome.Problems[0].Message("en"), Does.StartWith("The figure in column Talousarvio is in the merged cell C2:C3"));
        });
    }
}
