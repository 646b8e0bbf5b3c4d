using Cockpit.Dashboards.Tests.Crash;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Cli;

/// <summary>The <c>sql</c> verb while a cockpit (another process) holds the database file: it asks that cockpit.</summary>
public class SqlVerbWhileServingTests : TempFolderTest
{
    private const string AnalystKey = "verb-analyst-key";

    [Test]
    public async Task The_verb_asks_the_running_cockpit_and_names_the_way_when_the_file_is_held()
    {
        var database = Temp.File("cockpit.duckdb");
        using var server = await ServerProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["Cockpit__Auth__ApiKeys__0__Name"] = "Analyst",
            ["Cockpit__Auth__ApiKeys__0__Role"] = "analyst",
            ["Cockpit__Auth__ApiKeys__0__Sha256"] = Web.TestKeys.Hash(AnalystKey),
            ["Cockpit__Auth__LocalAdmin"] = "false",
        });

        var onTheFile = CliRun.Of("sql", "--db", database, "SELECT count(*) AS n FROM v_forecasts");
        var throughServer = CliRun.Of("sql", "--url", server.Address.ToString(), "--key", AnalystKey, "SELECT count(*) AS n FROM v_forecasts");
        var asCsv = CliRun.Of("sql", "--url", server.Address.ToString(), "--key", AnalystKey, "--format", "csv",
            "SELECT round, count(*) AS n FROM v_forecasts GROUP BY round ORDER BY round");
        var escape = CliRun.Of("sql", "--url", server.Address.ToString(), "--key", AnalystKey, "SELECT * FROM read_csv('/etc/passwd')");
        var noKey = CliRun.Of("sql", "--url", server.Address.ToString(), "SELECT 1");

        Assert.That(onTheFile.ExitCode, Is.EqualTo(2));
        Assert.That(onTheFile.Err, Does.Contain("held by a running cockpit").And.Contain("--url"));
        Assert.That(throughServer.ExitCode, Is.EqualTo(0), throughServer.Err);
        Assert.That(throughServer.Out.Split('\n')[2].Trim(), Is.EqualTo("33"));
        Assert.That(throughServer.Out, Does.Contain("(1 rows)"));
        Assert.That(asCsv.Out.ReplaceLineEndings("\n"), Is.EqualTo("round;n\n1/2020;11\n2/2020;11\n3/2020;11\n"));
        Assert.That(escape.ExitCode, Is.EqualTo(1));
        Assert.That(escape.Err, Does.StartWith("error: ").And.Contains("read_csv"));
        Assert.That(noKey.Err, Does.Contain("--key"));
    }
}
