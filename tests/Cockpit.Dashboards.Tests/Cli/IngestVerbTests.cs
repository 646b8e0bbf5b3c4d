using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Cli;

public class IngestVerbTests : TempFolderTest
{
    private string Db => Temp.File("cockpit.duckdb");

    [Test]
    public void Ingesting_the_sample_exits_zero_and_says_what_was_loaded()
    {
        var run = CliRun.Of("ingest", "--db", Db, Repository.SampleWorkbook);

        Assert.That(run.ExitCode, Is.Zero, run.Err);
        Assert.That(run.Out, Does.Contain("ladattu latauksena 1: mittareita 11, tavoitteita 5, teemoja 4"));
        Assert.That(ForecastRows(), Is.EqualTo(33));
    }

    [Test]
    public void Ingesting_the_same_file_twice_says_it_is_already_loaded()
    {
        CliRun.Of("ingest", "--db", Db, Repository.SampleWorkbook);

        var run = CliRun.Of("ingest", "--db", Db, "--lang", "en", Repository.SampleWorkbook);

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Out, Does.Contain("already loaded as upload 1").And.Contain("nothing changed"));
        Assert.That(ForecastRows(), Is.EqualTo(33));
    }

    [Test]
    public void A_bad_file_exits_non_zero_names_the_file_on_stderr_and_writes_nothing()
    {
        var csv = Temp.File("raportti.xlsx");
        File.WriteAllText(csv, "Teema;Tavoite\nA;B\n");

        var run = CliRun.Of("ingest", "--db", Db, "--lang", "sv", csv);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain("raportti.xlsx: Filen är text"));
        Assert.That(run.Out, Is.Empty);
        Assert.That(ForecastRows(), Is.Zero);
    }

    [Test]
    public void A_file_the_reader_fails_on_unforeseen_exits_one_with_a_sentence_and_is_audited()
    {
        var path = Temp.File("outo.xlsx");
        File.WriteAllBytes(path, UnforeseenWorkbook.Bytes());

        var run = CliRun.Of("ingest", "--db", Db, "--lang", "en", path);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain($"outo.xlsx, sheet {UnforeseenWorkbook.Sheet}: The workbook could not be read (")
            .And.Contain("). Open it in Excel, save it as .xlsx and try again.").And.Not.Contain("Exception"));
        using var store = CockpitStore.Open(Db);
        Assert.That(store.Connection.Scalar<string>("SELECT outcome FROM upload_attempts WHERE file_name = 'outo.xlsx'"), Is.EqualTo("refused"));
    }

    [Test]
    public void Every_ingest_from_the_command_line_is_in_the_audit_trail_with_its_outcome()
    {
        var csv = Temp.File("raportti.xlsx");
        File.WriteAllText(csv, "a;b\n");

        CliRun.Of("ingest", "--db", Db, "--by", "Maija", Repository.SampleWorkbook, csv);

        using var store = CockpitStore.Open(Db);
        var trail = store.Connection.Query("SELECT file_name, outcome, attempted_by, kind FROM v_upload_attempts ORDER BY attempt_id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        Assert.That(trail, Is.EqualTo(new[]
        {
            ("kuva-2020-sitovat-tavoitteet.xlsx", "loaded", "Maija", "forecast"), ("raportti.xlsx", "refused", "Maija", "forecast"),
        }));
    }

    [Test]
    public void A_dry_run_checks_the_file_and_writes_nothing()
    {
        var run = CliRun.Of("ingest", "--db", Db, "--dry-run", Repository.SampleWorkbook);

        Assert.That(run.ExitCode, Is.Zero, run.Err);
        Assert.That(run.Out, Does.Contain("koeajo, mitään ei kirjoitettu"));
        Assert.That(ForecastRows(), Is.Zero);
    }

    [Test]
    public void Good_files_load_and_bad_ones_are_refused_in_one_run_with_a_failing_exit()
    {
        var missing = Temp.File("puuttuu.xlsx");

        var run = CliRun.Of("ingest", "--db", Db, Repository.SampleWorkbook, missing);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain("puuttuu.xlsx: tiedostoa ei ole"));
        Assert.That(ForecastRows(), Is.EqualTo(33));
    }

    [Test]
    public void A_monthly_report_loads_after_the_forecast_sample_and_says_what_it_held()
    {
        var april = Path.Combine(Repository.Samples, "kuukausiraportti-2020-04.xlsx");

        var run = CliRun.Of("ingest", "--db", Db, "--lang", "en", Repository.SampleWorkbook, april);

        Assert.That(run.ExitCode, Is.Zero, run.Err);
        Assert.That(run.Out, Does.Contain("loaded as upload 1: 11 metrics")
            .And.Contain("kuukausiraportti-2020-04.xlsx: monthly report loaded as upload 2: Mittarit 5 rows, Talous 5 rows")
            .And.Contain("Months: 2020-04"));
        using var store = CockpitStore.Open(Db);
        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM v_metric_values"), Is.EqualTo(5));
        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM v_budget"), Is.EqualTo(5));
    }

    [Test]
    public void A_monthly_report_with_a_mistake_is_refused_with_its_sheet_and_cell()
    {
        var april = Temp.File("huhti.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(Repository.Samples, "kuukausiraportti-2020-04.xlsx")))
        {
            workbook.Worksheet("Talous").Cell("A5").Value = "Museot";
            workbook.SaveAs(april);
        }
        CliRun.Of("ingest", "--db", Db, Repository.SampleWorkbook);

        var run = CliRun.Of("ingest", "--db", Db, april);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain("huhti.xlsx, välilehti Talous, solu A5: ”Museot” ei ole toimialan palvelukokonaisuus"));
    }

    [TestCase("ingest")]
    [TestCase("ingest", "--db")]
    [TestCase("ingest", "--dbx", "x.duckdb", "a.xlsx")]
    [TestCase("ingest", "--lang", "de", "a.xlsx")]
    [TestCase("launch")]
    public void Wrong_usage_exits_two_with_the_usage_text(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Err, Does.StartWith("error: ").And.Contain("usage: Cockpit.Dashboards"));
    }

    private long ForecastRows()
    {
        using var store = CockpitStore.Open(Db);
        return store.Connection.Scalar<long>("SELECT count(*) FROM v_forecasts");
    }
}
