using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

public class LoadSemanticsTests : StoreTestBase
{
    [Test]
    public void The_sample_loads_into_11_metrics_5_goals_4_themes_and_three_rounds()
    {
        var outcome = Ingest(Repository.SampleWorkbook);

        AssertLoaded(outcome);
        Assert.Multiple(() =>
        {
            Assert.That(Count("SELECT count(DISTINCT metric_id) FROM v_forecasts"), Is.EqualTo(11));
            Assert.That(Count("SELECT count(DISTINCT goal_id) FROM v_forecasts"), Is.EqualTo(5));
            Assert.That(Count("SELECT count(DISTINCT theme) FROM v_forecasts"), Is.EqualTo(4));
            Assert.That(Store.Connection.Query("SELECT DISTINCT round, round_year, round_no FROM v_forecasts ORDER BY round_no", r => r.GetString(0)),
                Is.EqualTo(new[] { "1/2020", "2/2020", "3/2020" }));
            Assert.That(Count("SELECT count(*) FROM v_forecasts WHERE forecast_text <> ''"), Is.EqualTo(22));
            Assert.That(Count("SELECT count(*) FROM v_forecasts WHERE round = '3/2020' AND status = 'not_assessed'"), Is.EqualTo(11));
            Assert.That(outcome.Summary!.Rounds.Select(r => (r.Round.ToString(), r.Filled, r.Empty)),
                Is.EqualTo(new[] { ("1/2020", 11, 0), ("2/2020", 11, 0), ("3/2020", 0, 11) }));
        });
    }

    [Test]
    public void Loading_the_same_file_again_changes_nothing_and_says_so()
    {
        AssertLoaded(Ingest(Repository.SampleWorkbook));
        var before = Footprint();

        var again = Ingest(Repository.SampleWorkbook);

        Assert.That(again.Status, Is.EqualTo(IngestStatus.AlreadyLoaded));
        Assert.That(again.Existing!.UploadId, Is.EqualTo(1));
        Assert.That(string.Join("\n", OutcomeText.Describe(again, "en")), Does.Contain("already loaded as upload 1"));
        Assert.That(Footprint(), Is.EqualTo(before));
    }

    [Test]
    public void A_new_workbook_for_a_loaded_round_replaces_that_round_only_for_the_goals_it_contains()
    {
        var first = Round2Workbook("first.xlsx", ("Tavoite A", "Toteutumassa A"), ("Tavoite B", "Toteutumassa B"));
        var second = Round2Workbook("second.xlsx", ("Tavoite A", "Ei toteudu A"));
        AssertLoaded(Ingest(first));

        var outcome = Ingest(second);

        AssertLoaded(outcome);
        Assert.That(Forecasts().Select(r => (r.Goal, r.Text, r.UploadId)),
            Is.EqualTo(new[] { ("Tavoite A", "Ei toteudu A", 2), ("Tavoite B", "Toteutumassa B", 1) }));
        Assert.That(outcome.Summary!.Replaced, Is.EqualTo(new[] { new Replacement(1, 1) }));
        Assert.That(Count("SELECT count(*) FROM v_forecast_history WHERE goal = 'Tavoite A'"), Is.EqualTo(2), "history keeps the replaced text");
        Assert.That(Count("SELECT count(*) FROM v_uploads WHERE superseded"), Is.Zero, "upload 1 still gives goal B");
    }

    [Test]
    public void An_upload_wholly_replaced_by_a_later_one_is_marked_superseded_and_kept()
    {
        AssertLoaded(Ingest(Round2Workbook("first.xlsx", ("Tavoite A", "vanha"))));
        AssertLoaded(Ingest(Round2Workbook("second.xlsx", ("Tavoite A", "uusi"))));

        var uploads = Store.Connection.Query("SELECT upload_id, file_name, rows, superseded, uploaded_by FROM v_uploads ORDER BY upload_id",
            r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3), r.GetString(4)));
        Assert.That(uploads, Is.EqualTo(new[] { (1, "first.xlsx", 1, true, "tester"), (2, "second.xlsx", 1, false, "tester") }));
    }

    [Test]
    public void A_goal_keeps_its_identity_whatever_the_case_and_whitespace_of_its_text()
    {
        AssertLoaded(Ingest(Round2Workbook("first.xlsx", ("Tavoite  A on  tärkeä", "vanha"))));
        AssertLoaded(Ingest(Round2Workbook("second.xlsx", (" tavoite a ON tärkeä ", "uusi"))));

        Assert.That(Count("SELECT count(*) FROM goals"), Is.EqualTo(1));
        Assert.That(Forecasts().Single().Text, Is.EqualTo("uusi"));
    }

    [Test]
    public void A_refused_workbook_writes_nothing_even_after_good_rows()
    {
        AssertLoaded(Ingest(Repository.SampleWorkbook));
        var before = Footprint();
        var bad = new WorkbookBuilder().Sheet("Data")
            .Row(1, WorkbookBuilder.FinnishHeaders)
            .Rows(2, [null, "T", "G", "M1", "hyvä", "hyvä"], [null, null, null, "M1", "törmäys", ""])
            .Save(Temp.File("bad.xlsx"));

        var outcome = Ingest(bad);

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        Assert.That(Footprint(), Is.EqualTo(before));
    }

    [Test]
    public void A_dry_run_reports_what_would_load_and_writes_nothing()
    {
        var before = Footprint();

        var outcome = Ingest(Repository.SampleWorkbook, dryRun: true);

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Validated));
        Assert.That(outcome.Summary!.MetricRows, Is.EqualTo(11));
        Assert.That(Footprint(), Is.EqualTo(before));
        AssertLoaded(Ingest(Repository.SampleWorkbook));
    }

    [Test]
    public void Every_forecast_row_remembers_its_sheet_and_cell()
    {
        AssertLoaded(Ingest(Repository.SampleWorkbook));

        var first = Forecasts().First();
        Assert.That((first.Sheet, first.Cell), Is.EqualTo(("Sitovat tavoitteet 2020", "F5")));
        Assert.That(Count("SELECT count(*) FROM v_forecasts WHERE sheet = '' OR cell = ''"), Is.Zero);
    }

    private string Round2Workbook(string name, params (string Goal, string Text)[] goals)
    {
        var sheet = new WorkbookBuilder().Sheet("Data").Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020");
        for (var i = 0; i < goals.Length; i++) sheet.Row(i + 2, null, "T", goals[i].Goal, "Mittari", goals[i].Text);
        return sheet.Save(Temp.File(name));
    }
}
