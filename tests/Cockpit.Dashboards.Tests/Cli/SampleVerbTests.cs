using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Cli;

public class SampleVerbTests : TempFolderTest
{
    [Test]
    public void The_sample_workbook_is_regenerated_from_the_seed_table_and_loads_the_same()
    {
        var table = Path.Combine(Repository.Samples, "kuva-2020-binding-goals.tsv");

        var made = CliRun.Of("samples", "--from", table, "--out", Temp.Path);
        var loaded = CliRun.Of("ingest", "--db", Temp.File("c.duckdb"), Temp.File("kuva-2020-sitovat-tavoitteet.xlsx"));

        Assert.That(made.ExitCode, Is.Zero, made.Err);
        Assert.That(loaded.Out, Does.Contain("mittareita 11, tavoitteita 5, teemoja 4"));
    }

    [Test]
    public void The_samples_verb_also_writes_six_monthly_reports_that_load_after_the_forecast_sample()
    {
        var table = Path.Combine(Repository.Samples, "kuva-2020-binding-goals.tsv");

        var made = CliRun.Of("samples", "--from", table, "--out", Temp.Path);
        var files = Enumerable.Range(1, 6).Select(m => Temp.File($"kuukausiraportti-2020-{m:00}.xlsx")).ToArray();
        var loaded = CliRun.Of(["ingest", "--db", Temp.File("c.duckdb"), Temp.File("kuva-2020-sitovat-tavoitteet.xlsx"), .. files]);

        Assert.That(made.Out, Does.Contain("kuukausiraportti-2020-06.xlsx"));
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Err);
        using var store = CockpitStore.Open(Temp.File("c.duckdb"));
        Assert.That(store.Connection.Scalar<long>("SELECT count(DISTINCT month) FROM v_metric_values"), Is.EqualTo(6));
    }

    [Test]
    public void A_synthetic_workbook_has_the_size_asked_for_and_says_it_is_synthetic()
    {
        var file = Temp.File("synth.xlsx");

        var made = CliRun.Of("synthetic", "--out", file, "--goals", "7", "--metrics", "3", "--rounds", "4");
        var loaded = CliRun.Of("ingest", "--db", Temp.File("c.duckdb"), file);

        Assert.That(made.Out, Does.Contain("SYNTHETIC"));
        Assert.That(loaded.ExitCode, Is.Zero, loaded.Err);
        using var store = CockpitStore.Open(Temp.File("c.duckdb"));
        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM v_forecasts"), Is.EqualTo(7 * 3 * 4));
        Assert.That(store.Connection.Scalar<long>("SELECT count(*) FROM v_forecasts WHERE goal NOT LIKE '%SYNTEETTINEN%'"), Is.Zero);
    }

    [Test]
    public void Status_loads_the_sample_into_an_empty_database_and_prints_an_overview()
    {
        var db = Temp.File("default.duckdb");

        var first = CliRun.Of("status", "--db", db);
        var second = CliRun.Of("status", "--db", db);

        Assert.That(first.ExitCode, Is.Zero, first.Err);
        Assert.That(first.Out, Does.Contain("ladattu latauksena 1").And.Contain("3/2020: Ei arviota 11"));
        Assert.That(second.Out, Does.Not.Contain("ladattu"), "the sample is loaded only into an empty database");
    }
}
