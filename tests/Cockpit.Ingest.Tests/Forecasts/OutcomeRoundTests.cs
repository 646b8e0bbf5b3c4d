using Cockpit.Ingest.Forecasts;
using Cockpit.Ingest.Problems;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>
/// A year-end column (Toteuma 2020, Utfall 2020) is a round of kind outcome beside the forecasts 1–3: read from real .xlsx
/// files into a real DuckDB file, classified as an outcome (a present tense reports success), ordered after forecast 3.
/// </summary>
public class OutcomeRoundTests : StoreTestBase
{
    private const string PresentTense = "Tavoite toteutuu.";

    [Test]
    public void Three_forecasts_and_the_year_end_column_load_as_four_rounds_the_outcome_last()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Kaupunkistrategian teema", "Sitova toiminnan tavoite", "Sitovan toiminnan tavoitteen mittarit",
                "Toteuma 2020", "Ennuste 3/2020", "Ennuste 1/2020", "Ennuste 2/2020")
            .Row(2, null, "Teema", "Tavoite", "Mittari", PresentTense, PresentTense, "Tavoite on toteutumassa.", "")
            .Save(Temp.File("vuosi.xlsx"));

        var outcome = Ingest(path);

        AssertLoaded(outcome);
        Assert.That(outcome.Summary!.Rounds.Select(r => r.Round), Is.EqualTo(new[]
        {
            new ReportingRound(2020, 1), new ReportingRound(2020, 2), new ReportingRound(2020, 3), ReportingRound.Outcome(2020),
        }));
        Assert.That(Rounds(), Is.EqualTo(new[]
        {
            "1/2020 forecast on_track G2", "2/2020 forecast not_assessed H2", "3/2020 forecast on_track F2", "4/2020 outcome achieved E2",
        }));
        Assert.That(OutcomeText.Describe(outcome, "fi").ElementAt(1), Does.Contain("Toteuma 2020"));
        Assert.That(OutcomeText.Describe(outcome, "sv").ElementAt(1), Does.Contain("Utfall 2020"));
    }

    [Test]
    public void A_move_into_a_named_year_is_read_against_the_year_of_its_column()
    {
        const string moved = "Frisbeegolfradan avaaminen siirtyy kesään 2021.";
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Kaupunkistrategian teema", "Sitova toiminnan tavoite", "Sitovan toiminnan tavoitteen mittarit", "Ennuste 2/2020", "Ennuste 2/2021")
            .Row(2, null, "Teema", "Tavoite", "Mittari", moved, moved)
            .Save(Temp.File("vuodet.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Rounds(), Is.EqualTo(new[] { "2/2020 forecast will_not_be_met E2", "2/2021 forecast at_risk F2" }),
            "summer 2021 is next year's in the report for 2020, and within the year in the report for 2021");
    }

    [Test]
    public void The_swedish_edition_year_end_column_is_read_as_the_outcome()
    {
        var path = new WorkbookBuilder().Sheet("Mål")
            .Row(1, "Tema i stadsstrategin", "Bindande verksamhetsmål", "Mätare", "Prognos 3/2020", "Utfall 2020")
            .Row(2, "Tema", "Mål", "Mätare 1", "Målet nås.", "Målet nås.")
            .Save(Temp.File("utfall.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Rounds(), Is.EqualTo(new[] { "3/2020 forecast on_track D2", "4/2020 outcome achieved E2" }));
    }

    [Test]
    public void A_later_year_end_workbook_adds_the_outcome_and_keeps_the_forecasts()
    {
        AssertLoaded(Ingest(new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 3/2020")
            .Row(2, null, "T", "G", "M", PresentTense)
            .Save(Temp.File("ennuste.xlsx"))));
        AssertLoaded(Ingest(new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Tilinpäätös 2020")
            .Row(2, null, "T", "G", "M", PresentTense)
            .Save(Temp.File("tilinpaatos.xlsx"))));

        Assert.That(Rounds(), Is.EqualTo(new[] { "3/2020 forecast on_track E2", "4/2020 outcome achieved E2" }));
    }

    [Test]
    public void Two_year_end_columns_for_one_year_are_refused_naming_the_second_cell()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Toteuma 2020", "Tilinpäätös 2020")
            .Row(2, null, "T", "G", "M", "x", "y")
            .Save(Temp.File("kaksi.xlsx"));

        var outcome = Ingest(path);

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        var problem = outcome.Problems.Single();
        Assert.That((problem.Code, problem.Sheet, problem.Cell), Is.EqualTo((ProblemCode.DuplicateRoundColumn, "Data", "F1")));
        Assert.That(problem.Message("en"), Is.EqualTo("Round Tilinpäätös 2020 already has column E; each round may have only one column."));
        Assert.That(Count("SELECT count(*) FROM forecast_entries"), Is.Zero);
    }

    [TestCase("Toteuma 20")]
    [TestCase("Utfall 1/2020")]
    public void A_year_end_header_that_cannot_be_read_is_refused_with_both_forms(string header)
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020", header)
            .Row(2, null, "T", "G", "M", "x", "y")
            .Save(Temp.File("huono.xlsx"));

        var problem = Ingest(path).Problems.Single();

        Assert.That((problem.Code, problem.Cell), Is.EqualTo((ProblemCode.BadRoundHeader, "F1")));
        Assert.That(problem.Message("fi"), Does.Contain("”Ennuste 2/2020”").And.Contain("”Toteuma 2020”"));
        Assert.That(problem.Message("sv"), Does.Contain("”Utfall 2020”"));
    }

    [Test]
    public void A_header_row_without_any_round_names_the_year_end_form_too()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari")
            .Row(2, null, "T", "G", "M")
            .Save(Temp.File("eikierrosta.xlsx"));

        var problem = Ingest(path).Problems.Single(p => p.Code == ProblemCode.NoRoundColumns);

        Assert.That(problem.Message("en"), Does.Contain("\"Ennuste 1/2020\"").And.Contain("\"Toteuma 2020\""));
    }

    private List<string> Rounds() =>
        Store.Connection.Query("SELECT round, round_kind, status, cell FROM v_forecasts ORDER BY round_year, round_no",
            r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)} {r.GetString(3)}");
}
