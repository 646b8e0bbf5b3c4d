using Cockpit.Ingest.Problems;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>Every mistake in a monthly report is found at once, located by sheet and cell, and nothing is written.</summary>
public class MonthlyBadInputTests : MonthlyTestBase
{
    private string before = "";

    [SetUp]
    public void Measure() => before = MonthlyFootprint();

    [TearDown]
    public void NothingWasWritten() => Assert.That(MonthlyFootprint(), Is.EqualTo(before), "a refused workbook writes nothing");

    [Test]
    public void A_missing_Talous_sheet_is_refused_naming_the_sheets_there_are()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Without("Talous"));

        AssertRefusedWith(outcome, ProblemCode.MissingSheet, null, null);
        Assert.That(outcome.Problems.Single().Describe("en"), Does.Contain("no sheet \"Talous\" (in Swedish \"Ekonomi\"); its sheets are: Mittarit"));
    }

    [Test]
    public void A_missing_column_is_refused_at_the_header_row()
    {
        var book = new MonthlyBook()
            .Sheet("Mittarit", ["Mittari", "Kuukausi", "Tavoitetaso", "Yksikkö"], [[MonthlyBook.Teams, "2020-04", 80.0, "%"]])
            .Sheet("Talous", MonthlyBook.BudgetHeader, MonthlyBook.GoodBudget("2020-04"));

        var outcome = IngestMonthly(book);

        AssertRefusedWith(outcome, ProblemCode.MissingColumn, "Mittarit", "A2");
        Assert.That(outcome.Problems.Single().Message("sv"), Does.Contain("saknar kolumnen ”Utfall” (på finska ”Toteuma”)"));
    }

    [TestCase("kevät 2020")]
    [TestCase("13/2020")]
    [TestCase("huhtikuu")]
    [TestCase("2020")]
    public void A_month_that_is_not_a_month_is_refused_at_its_cell(string month)
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, month, 80.0, null, "%", null]));

        AssertRefusedWith(outcome, ProblemCode.BadMonth, "Mittarit", "B3");
        Assert.That(outcome.Problems.Single().Message("fi"), Does.StartWith($"”{month}” ei ole kuukausi"));
    }

    [Test]
    public void A_plain_number_in_the_month_column_is_not_taken_for_a_date()
    {
        AssertRefusedWith(IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, 4.0, 80.0, null, "%", null])), ProblemCode.BadMonth, "Mittarit", "B3");
    }

    [Test]
    public void Text_where_a_number_belongs_is_refused_naming_the_column()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, "2020-04", "noin 80", null, "%", null]));

        AssertRefusedWith(outcome, ProblemCode.NotANumber, "Mittarit", "C3");
        Assert.That(outcome.Problems.Single().Message("en"), Is.EqualTo("Column Toteuma needs a number, but the cell holds \"noin 80\"."));
    }

    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    public void A_number_cell_that_holds_no_finite_number_is_refused_as_not_a_number(string stored)
    {
        var path = MonthlyBook.Metrics([MonthlyBook.Teams, "2020-04", 12345.0, null, "%", null]).Save(Temp.File("nan.xlsx"));
        XlsxSurgery.EditPart(path, "xl/worksheets/sheet1.xml", xml => xml.Replace("<x:v>12345</x:v>", $"<x:v>{stored}</x:v>"));

        AssertRefusedWith(IngestMonthly(path), ProblemCode.NotANumber, "Mittarit", "C3");
    }

    [Test]
    public void A_negative_budget_and_a_negative_actual_are_flagged()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04"))
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Kulttuuri", "2020-04", -1000.0, "−300", 990.0]]);

        var outcome = IngestMonthly(book);

        AssertRefusedWith(outcome, ProblemCode.NegativeValue, "Talous", "C3");
        AssertRefusedWith(outcome, ProblemCode.NegativeValue, "Talous", "D3");
    }

    [Test]
    public void A_percentage_over_a_thousand_and_a_value_over_a_billion_are_flagged_as_absurd()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics(
            [MonthlyBook.Teams, "2020-04", 8050.0, null, "%", null],
            [MonthlyBook.Varaamo, "2020-04", 2e9, null, "kpl", null]));

        AssertRefusedWith(outcome, ProblemCode.AbsurdValue, "Mittarit", "C3");
        AssertRefusedWith(outcome, ProblemCode.AbsurdValue, "Mittarit", "C4");
        Assert.That(outcome.Problems[0].Message("en"), Does.Contain("8050").And.Contain("> 1000 %"));
    }

    [Test]
    public void The_same_metric_twice_for_a_month_is_refused_naming_the_first_cell()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics(
            [MonthlyBook.Teams, "2020-04", 80.0, null, "%", null],
            [MonthlyBook.Teams.ToLowerInvariant(), new DateTime(2020, 4, 30), 81.0, null, "%", null]));

        AssertRefusedWith(outcome, ProblemCode.DuplicateMonthlyRow, "Mittarit", "A4");
        Assert.That(outcome.Problems.Single().Args[1..], Is.EqualTo(new[] { "2020-04", "A3" }));
    }

    [Test]
    public void The_same_service_entity_twice_for_a_month_is_refused()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04"))
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Nuoriso", "2020-04", 1.0, 1.0, 1.0], ["nuoriso", "4/2020", 2.0, 2.0, 2.0]]);

        AssertRefusedWith(IngestMonthly(book), ProblemCode.DuplicateMonthlyRow, "Talous", "A4");
    }

    [Test]
    public void An_unknown_metric_is_refused_with_the_three_nearest_metrics()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics(["Teams-järjestelmän aktiiviset käyttäjät", "2020-04", 80.0, null, "%", null]));

        AssertRefusedWith(outcome, ProblemCode.UnknownMetric, "Mittarit", "A3");
        var message = outcome.Problems.Single().Message("en");
        Assert.That(message, Does.StartWith("The metric \"Teams-järjestelmän aktiiviset käyttäjät\" is not one of the forecast report's metrics. Nearest: ”Digitalisaatio: Teams"));
        Assert.That(message.Split(" | "), Has.Length.EqualTo(3));
    }

    [Test]
    public void An_unknown_service_entity_is_refused_listing_the_entities()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04"))
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Kulttuuri ja liikunta", "2020-04", 1.0, 1.0, 1.0]]);

        var outcome = IngestMonthly(book);

        AssertRefusedWith(outcome, ProblemCode.UnknownServiceEntity, "Talous", "A3");
        Assert.That(outcome.Problems.Single().Message("fi"), Does.Contain("sallitut: Kulttuuri, Liikunta, Nuoriso, Kaupunginkirjasto, Hallinto"));
    }

    [Test]
    public void A_missing_budget_figure_is_refused()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04"))
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Kulttuuri", "2020-04", null, 1.0, 1.0]]);

        AssertRefusedWith(IngestMonthly(book), ProblemCode.MissingValue, "Talous", "C3");
    }

    [Test]
    public void A_sheet_with_a_header_and_no_rows_is_refused()
    {
        AssertRefusedWith(IngestMonthly(MonthlyBook.Metrics()), ProblemCode.NoDataRows, "Mittarit", "A2");
    }

    [Test]
    public void An_Excel_error_value_is_refused_at_its_cell()
    {
        var path = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Save(Temp.File("virhe.xlsx"));
        XlsxSurgery.PutErrorValue(path, "C3", "#DIV/0!");

        AssertRefusedWith(IngestMonthly(path), ProblemCode.ErrorValue, "Mittarit", "C3");
    }

    [Test]
    public void Every_problem_of_a_workbook_is_reported_at_once()
    {
        var book = MonthlyBook.Metrics(
                [MonthlyBook.Teams, "kevät", "paljon", null, "%", null],
                ["Tuntematon mittari", "2020-04", 1.0, null, "kpl", null])
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Kirjasto", "2020-04", -5.0, 1.0, 1.0]]);

        var outcome = IngestMonthly(book);

        Assert.That(outcome.Problems.Select(p => (p.Code, p.Sheet, p.Cell)), Is.EquivalentTo(new[]
        {
            (ProblemCode.BadMonth, "Mittarit", "B3"), (ProblemCode.NotANumber, "Mittarit", "C3"),
            (ProblemCode.UnknownMetric, "Mittarit", "A4"),
            (ProblemCode.UnknownServiceEntity, "Talous", "A3"), (ProblemCode.NegativeValue, "Talous", "C3"),
        }));
    }

    [Test]
    public void Every_monthly_problem_has_a_text_in_finnish_swedish_and_english()
    {
        foreach (var code in Enum.GetValues<ProblemCode>())
            foreach (var lang in new[] { "fi", "sv", "en" })
                Assert.That(ProblemTexts.Format(code, lang, ["a", "b", "c"]), Is.Not.Empty, $"{code} {lang}");
    }
}
