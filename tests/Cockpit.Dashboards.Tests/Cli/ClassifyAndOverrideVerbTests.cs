using Cockpit.Dashboards.Cli;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Cli;

public class ClassifyAndOverrideVerbTests : TempFolderTest
{
    [Test]
    public void Classify_writes_one_line_per_input_line_in_order_and_nothing_else()
    {
        var stdout = new StringWriter();
        var input = new StringReader("Tavoite ei toteudu.\n\nEnnusteen mukaan tavoite on toteutumassa.\nMålet har uppnåtts.\n");

        var code = CommandLine.Run(["classify"], input, stdout, new StringWriter());

        var lines = stdout.ToString().Split('\n', StringSplitOptions.None);
        Assert.That(code, Is.Zero);
        Assert.That(lines[^1], Is.Empty, "output ends with a newline");
        Assert.That(lines[..^1].Select(l => l.Split('\t')[0]),
            Is.EqualTo(new[] { "will_not_be_met", "not_assessed", "on_track", "achieved" }));
        Assert.That(lines[..^1].Select(l => l.Split('\t').Length), Is.All.EqualTo(3));
        Assert.That(lines[0].Split('\t')[2], Does.Contain("Tavoite ei toteudu."));
    }

    [Test]
    public void Classify_with_the_report_year_keeps_a_move_within_that_year()
    {
        const string moved = "Frisbeegolfradan avaaminen siirtyy kesään 2034.\n";
        string First(params string[] args)
        {
            var stdout = new StringWriter();
            Assert.That(CommandLine.Run(["classify", .. args], new StringReader(moved), stdout, new StringWriter()), Is.Zero);
            return stdout.ToString().Split('\t')[0];
        }

        Assert.That(First("--year", "2033"), Is.EqualTo("will_not_be_met"), "in the report for 2033, summer 2034 is next year's");
        Assert.That(First("--year", "2034"), Is.EqualTo("at_risk"), "in the report for 2034 it is a delay within the year");
    }

    [Test]
    public void Classify_refuses_a_year_that_is_no_report_year()
    {
        var stderr = new StringWriter();
        var code = CommandLine.Run(["classify", "--year", "34"], new StringReader("Tavoite toteutuu."), new StringWriter(), stderr);
        Assert.That(code, Is.Not.Zero);
        Assert.That(stderr.ToString(), Does.Contain("--year must be a year from 2000 to 2100"));
    }

    [Test]
    public void Override_sets_a_status_that_the_analyst_view_then_shows()
    {
        var db = Temp.File("c.duckdb");
        CliRun.Of("ingest", "--db", db, Repository.SampleWorkbook);

        var run = CliRun.Of("override", "--db", db, "--metric", "kojelauta", "--round", "2/2020", "--status", "at_risk",
            "--reason", "Visualisointi viivästyy", "--by", "controller", "--lang", "en");

        Assert.That(run.ExitCode, Is.Zero, run.Err);
        Assert.That(run.Out, Does.Contain("status at_risk set by hand").And.Contain("Reason: Visualisointi viivästyy"));
        using var store = Model.Store.CockpitStore.Open(db);
        Assert.That(Model.Store.DuckDbExtensions.Scalar<string>(store.Connection,
            "SELECT status_source FROM v_forecasts WHERE metric LIKE '%kojelauta%' AND round = '2/2020'"), Is.EqualTo("override"));
    }

    [Test]
    public void Override_of_an_ambiguous_metric_lists_the_candidates_and_fails()
    {
        var db = Temp.File("c.duckdb");
        CliRun.Of("ingest", "--db", db, Repository.SampleWorkbook);

        var run = CliRun.Of("override", "--db", db, "--metric", "Pienet lapset", "--round", "2/2020", "--status", "at_risk", "--reason", "x");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain("Perhehulinat").And.Contain("Kampanja"));
    }

    [TestCase("--status", "green", "--reason", "x")]
    [TestCase("--status", "at_risk")]
    [TestCase("--clear", "--status", "at_risk", "--reason", "x")]
    public void Override_with_a_wrong_status_or_no_reason_is_a_usage_error(params string[] tail)
    {
        var run = CliRun.Of(["override", "--db", Temp.File("c.duckdb"), "--metric", "m", "--round", "2/2020", .. tail]);

        Assert.That(run.ExitCode, Is.EqualTo(2));
    }
}
