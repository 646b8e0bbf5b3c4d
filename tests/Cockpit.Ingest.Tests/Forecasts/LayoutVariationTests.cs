using System.Text.Json;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>The layouts real forecast workbooks come in (domain.md), each built as a real .xlsx and loaded.</summary>
public class LayoutVariationTests : StoreTestBase
{
    private static readonly string[] H = WorkbookBuilder.FinnishHeaders;

    [Test]
    public void Title_rows_above_the_header_are_not_read_as_metrics()
    {
        var path = new WorkbookBuilder().Sheet("Raportti")
            .Row(1, "Sitovien tavoitteiden toteutumisennuste 2020")
            .Row(2, "Kulttuurin ja vapaa-ajan toimiala")
            .Row(5, H)
            .Row(6, "Liikkumisohjelma", "Teema A", "Tavoite A", "Mittari A1", "Tavoite on toteutumassa.", "Tavoite on saavutettu.")
            .Save(Temp.File("w.xlsx"));

        AssertLoaded(Ingest(path));
        var rows = Forecasts();
        Assert.That(rows.Select(r => (r.Metric, r.Round, r.Cell)),
            Is.EqualTo(new[] { ("Mittari A1", "1/2020", "E6"), ("Mittari A1", "2/2020", "F6") }));
    }

    [Test]
    public void Merged_theme_and_goal_cells_reach_every_metric_row_they_cover()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2,
                [null, "Teema A", "Tavoite A", "Mittari 1", "Teksti 1", "Teksti 1b"],
                [null, null, null, "Mittari 2", "Teksti 2", "Teksti 2b"],
                [null, null, "Tavoite B", "Mittari 3", "Teksti 3", "Teksti 3b"])
            .Merge("B2:B4").Merge("C2:C3")
            .Save(Temp.File("merged.xlsx"));

        AssertLoaded(Ingest(path));
        var byMetric = Forecasts("round = '1/2020'").ToDictionary(r => r.Metric);
        Assert.Multiple(() =>
        {
            Assert.That(byMetric["Mittari 2"].Goal, Is.EqualTo("Tavoite A"));
            Assert.That(byMetric["Mittari 3"].Theme, Is.EqualTo("Teema A"));
            Assert.That(byMetric["Mittari 3"].Goal, Is.EqualTo("Tavoite B"));
            Assert.That(Count("SELECT count(DISTINCT goal_id) FROM v_forecasts"), Is.EqualTo(2));
        });
    }

    [Test]
    public void Theme_and_goal_repeated_on_every_row_make_one_goal()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2,
                [null, "Teema A", "Tavoite A", "Mittari 1", "x", "y"],
                [null, "Teema A", "  tavoite   A ", "Mittari 2", "x", "y"])
            .Save(Temp.File("repeated.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Count("SELECT count(DISTINCT goal_id) FROM v_forecasts"), Is.EqualTo(1));
    }

    [Test]
    public void Blank_theme_and_goal_cells_below_the_first_inherit_from_above()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2,
                [null, "Teema A", "Tavoite A", "Mittari 1", "x", "y"],
                [null, null, null, "Mittari 2", "x", "y"],
                [null, null, "Tavoite B", "Mittari 3", "x", "y"])
            .Save(Temp.File("blank.xlsx"));

        AssertLoaded(Ingest(path));
        var goals = Forecasts("round = '1/2020'").Select(r => (r.Metric, r.Theme, r.Goal));
        Assert.That(goals, Is.EqualTo(new[]
        {
            ("Mittari 1", "Teema A", "Tavoite A"), ("Mittari 2", "Teema A", "Tavoite A"), ("Mittari 3", "Teema A", "Tavoite B"),
        }));
    }

    [Test]
    public void Multi_line_headers_and_cells_are_read_with_their_line_breaks()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, "Kytkeytyminen", "Kaupunki-\nstrategian teema", "Sitova toiminnan\ntavoite", "Sitovan toiminnan\ntavoitteen mittarit", "Ennuste\n1/2020")
            .Row(2, "Liikkumisohjelma\nMukana-ohjelma", "Teema", "Tavoite", "Mittari", "Ensimmäinen rivi.\nToinen rivi: tavoite on toteutumassa.")
            .Save(Temp.File("multiline.xlsx"));

        AssertLoaded(Ingest(path));
        var row = Forecasts().Single();
        Assert.That(row.Text, Is.EqualTo("Ensimmäinen rivi.\nToinen rivi: tavoite on toteutumassa."));
        Assert.That(Store.Connection.Scalar<string>("SELECT linkage FROM v_forecasts"), Is.EqualTo("Liikkumisohjelma; Mukana-ohjelma"));
    }

    [Test]
    public void Rounds_are_taken_in_any_order_and_from_any_year()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittarit", "Ennuste 2/2021", "Ennuste 3/2020", "Ennuste 1/2021")
            .Row(2, null, "T", "G", "M", "b", "c", "a")
            .Save(Temp.File("rounds.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Forecasts().Select(r => (r.Round, r.Text)), Is.EqualTo(new[] { ("3/2020", "c"), ("1/2021", "a"), ("2/2021", "b") }));
    }

    [Test]
    public void Swedish_headers_are_recognised()
    {
        var path = new WorkbookBuilder().Sheet("Bindande mål")
            .Row(1, "Koppling till stadsgemensamma projekt och teman", "Tema i stadsstrategin", "Bindande verksamhetsmål",
                "Mätare för de bindande verksamhetsmålen", "Prognos 1/2020", "Prognos 2/2020")
            .Row(2, "Rörelseprogrammet", "Världens mest fungerande stad", "Tjänsterna förbättras", "Kundnöjdhet mäts", "Målet uppnås.", "")
            .Save(Temp.File("sv.xlsx"));

        AssertLoaded(Ingest(path));
        var rows = Forecasts();
        Assert.That(rows.Select(r => (r.Theme, r.Goal, r.Metric, r.Round)), Is.EqualTo(new[]
        {
            ("Världens mest fungerande stad", "Tjänsterna förbättras", "Kundnöjdhet mäts", "1/2020"),
            ("Världens mest fungerande stad", "Tjänsterna förbättras", "Kundnöjdhet mäts", "2/2020"),
        }));
    }

    [Test]
    public void Extra_columns_are_kept_under_their_headers()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, [.. H, "Vastuuhenkilö", "Kommentti"])
            .Row(2, null, "T", "G", "M", "x", "y", "Maija Meikäläinen", null)
            .Save(Temp.File("extra.xlsx"));

        AssertLoaded(Ingest(path));
        var extras = JsonSerializer.Deserialize<Dictionary<string, string>>(Store.Connection.Scalar<string>("SELECT extras::VARCHAR FROM metric_rows")!);
        Assert.That(extras, Is.EqualTo(new Dictionary<string, string> { ["Vastuuhenkilö"] = "Maija Meikäläinen" }));
    }

    [Test]
    public void Hidden_rows_are_read_like_any_other()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2, [null, "T", "G", "M1", "x", "y"], [null, null, null, "M2", "x", "y"])
            .HideRow(3)
            .Save(Temp.File("hidden.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Forecasts().Select(r => r.Metric).Distinct(), Is.EqualTo(new[] { "M1", "M2" }));
    }

    [Test]
    public void Footnotes_empty_rows_and_trailing_rows_are_not_metrics()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2, [null, "T", "G", "M1", "x", "y"], [], [null, null, null, "M2", "x", "y"])
            .Row(8, "* Ennusteet ovat alustavia.")
            .Row(9, "Lähde: toimialan raportointi")
            .Merge("A9:F9")
            .Save(Temp.File("footnotes.xlsx"));

        var outcome = Ingest(path);
        AssertLoaded(outcome);
        Assert.That(Forecasts().Select(r => r.Metric).Distinct(), Is.EqualTo(new[] { "M1", "M2" }));
        Assert.That(outcome.Summary!.RowsSkipped, Is.EqualTo(2));
    }

    [Test]
    public void A_cover_sheet_before_the_data_sheet_is_passed_over()
    {
        var builder = new WorkbookBuilder();
        builder.Sheet("Kansilehti").Row(1, "Toimialan raportti").Row(3, "Sisältö: sitovat tavoitteet 2020");
        builder.Sheet("Tavoitteet").Row(2, H).Row(3, null, "T", "G", "M", "x", "y");
        var outcome = Ingest(builder.Save(Temp.File("cover.xlsx")));

        AssertLoaded(outcome);
        Assert.That(outcome.Summary!.SheetsSkipped, Is.EqualTo(new[] { "Kansilehti" }));
        Assert.That(Forecasts().Select(r => r.Sheet).Distinct(), Is.EqualTo(new[] { "Tavoitteet" }));
    }

    [Test]
    public void Every_data_sheet_of_a_workbook_is_read()
    {
        var builder = new WorkbookBuilder();
        builder.Sheet("Kulttuuri").Row(1, H).Row(2, null, "T", "G1", "M1", "x", "y");
        builder.Sheet("Liikunta").Row(1, H).Row(2, null, "T", "G2", "M2", "x", "y");

        AssertLoaded(Ingest(builder.Save(Temp.File("two.xlsx"))));
        Assert.That(Forecasts().Select(r => (r.Sheet, r.Metric)).Distinct(), Is.EqualTo(new[] { ("Kulttuuri", "M1"), ("Liikunta", "M2") }));
    }

    [Test]
    public void A_forecast_cell_merged_over_two_metrics_is_the_forecast_of_both()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2, [null, "T", "G", "M1", "Yhteinen ennuste.", "a"], [null, null, null, "M2", null, "b"])
            .Merge("E2:E3")
            .Save(Temp.File("merged-forecast.xlsx"));

        AssertLoaded(Ingest(path));
        Assert.That(Forecasts("round = '1/2020'").Select(r => (r.Metric, r.Text, r.Cell)),
            Is.EqualTo(new[] { ("M1", "Yhteinen ennuste.", "E2"), ("M2", "Yhteinen ennuste.", "E3") }));
    }

    [Test]
    public void An_empty_forecast_cell_is_kept_as_not_assessed()
    {
        var path = new WorkbookBuilder().Sheet("Data").Row(1, H).Row(2, null, "T", "G", "M", "Tavoite on toteutumassa.", null)
            .Save(Temp.File("empty-cell.xlsx"));

        AssertLoaded(Ingest(path));
        var round2 = Forecasts("round = '2/2020'").Single();
        Assert.That((round2.Text, round2.Status, round2.Cell), Is.EqualTo(("", "not_assessed", "F2")));
    }

    [Test]
    public void A_code_column_gives_goals_and_metrics_their_identity()
    {
        string Workbook(string name, string goal, string metric) => new WorkbookBuilder().Sheet("Data")
            .Row(1, "Tavoitteen tunnus", "Mittarin tunnus", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020")
            .Row(2, "T1", "T1.1", goal, metric, "x")
            .Save(Temp.File(name));

        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite kirjoitettuna näin", "Mittari näin")));
        AssertLoaded(Ingest(Workbook("b.xlsx", "Tavoite muotoiltuna toisin", "Mittari toisin")));
        Assert.That(Count("SELECT count(*) FROM goals"), Is.EqualTo(1));
        Assert.That(Count("SELECT count(*) FROM metrics"), Is.EqualTo(1));
        Assert.That(Forecasts().Single().Goal, Is.EqualTo("Tavoite muotoiltuna toisin"));
    }
}
