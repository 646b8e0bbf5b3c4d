using Cockpit.Ingest.Problems;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>A formula in a monthly report counts with the value its program stored; without one it is refused at its cell.</summary>
public class FormulaCellTests : MonthlyTestBase
{
    [Test]
    public void Formulas_with_computed_values_load_those_values()
    {
        var book = RawMonthlyBook.Book(
            [RawMonthlyBook.TeamsRow(2, "<c r=\"B2\" t=\"str\"><f>Kansi!B3</f><v>2020-07</v></c>", "<c r=\"C2\"><f>40*2</f><v>80</v></c>")],
            RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e, $"<c r=\"E{2 + i}\"><f>C{2 + i}*0.99</f><v>990</v></c>")));

        AssertLoaded(IngestMonthly(book.Save(Temp.File("laskettu.xlsx"))));

        Assert.That(MetricValues().Select(v => (v.Month, v.Actual)), Is.EqualTo(new[] { (new DateOnly(2020, 7, 1), 80.0) }));
        Assert.That(Count("SELECT count(*) FROM v_budget WHERE forecast = 990 AND month = DATE '2020-07-01'"), Is.EqualTo(5));
    }

    // openpyxl writes a formula as <f>..</f><v></v>; other libraries leave <v> out. Both were stored as NULL before.
    [TestCase("<c r=\"E3\"><f>C3*2</f><v></v></c>")]
    [TestCase("<c r=\"E3\"><f>C3*2</f></c>")]
    public void A_Talous_forecast_with_a_formula_saved_without_its_value_is_refused_at_its_cell(string ennuste)
    {
        var book = RawMonthlyBook.Book([RawMonthlyBook.TeamsRow(2)],
            [RawMonthlyBook.BudgetRow(2, "Kulttuuri"), RawMonthlyBook.BudgetRow(3, "Liikunta", ennuste), RawMonthlyBook.BudgetRow(4, "Nuoriso")]);

        var outcome = IngestMonthly(book.Save(Temp.File("openpyxl.xlsx")));

        AssertRefusedWith(outcome, ProblemCode.FormulaWithoutValue, "Talous", "E3");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Problems, Has.Count.EqualTo(1));
            Assert.That(outcome.Problems[0].Describe("fi"), Is.EqualTo("openpyxl.xlsx, välilehti Talous, solu E3: Solussa on kaava ilman laskettua arvoa: "
                + "tiedoston tallentanut ohjelma ei laskenut sitä. Avaa tiedosto Excelissä (tai LibreOfficessa) ja tallenna se, jolloin arvo tallentuu, ja lataa se uudelleen."));
            Assert.That(outcome.Problems[0].Message("sv"), Does.StartWith("Cellen har en formel utan beräknat värde").And.Contain("Öppna filen i Excel (eller LibreOffice) och spara den"));
            Assert.That(outcome.Problems[0].Message("en"), Does.StartWith("The cell has a formula without a computed value").And.Contain("Open the file in Excel (or LibreOffice) and save it"));
        });
    }

    [Test]
    public void An_uncalculated_month_metric_actual_or_entity_is_refused_once_at_its_cell()
    {
        var book = RawMonthlyBook.Book(
            [RawMonthlyBook.TeamsRow(2, "<c r=\"A2\"><f>Mittarit!A9</f><v></v></c>", "<c r=\"B2\"><f>Kansi!B3</f><v></v></c>")],
            [RawMonthlyBook.BudgetRow(2, "Kulttuuri", "<c r=\"D2\"><f>SUM(Kulut!D2:D40)</f><v></v></c>"),
             RawMonthlyBook.BudgetRow(3, "", "<c r=\"A3\"><f>Kansi!A1</f><v></v></c>")]);

        var outcome = IngestMonthly(book.Save(Temp.File("kaavat.xlsx")));

        Assert.That(outcome.Problems.Select(p => (p.Code, p.Sheet, p.Cell)), Is.EquivalentTo(new[]
        {
            (ProblemCode.FormulaWithoutValue, (string?)"Mittarit", (string?)"A2"), (ProblemCode.FormulaWithoutValue, "Mittarit", "B2"),
            (ProblemCode.FormulaWithoutValue, "Talous", "D2"), (ProblemCode.FormulaWithoutValue, "Talous", "A3"),
        }), () => string.Join("\n", outcome.Problems.Select(p => p.Describe("en"))));
    }

    [Test]
    public void An_uncalculated_formula_in_a_column_the_reader_ignores_is_no_problem()
    {
        var book = RawMonthlyBook.Book([RawMonthlyBook.TeamsRow(2, "<c r=\"F2\"><f>Lähteet!A2</f><v></v></c>")],
            RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e)));

        AssertLoaded(IngestMonthly(book.Save(Temp.File("lahde.xlsx"))));
    }
}
