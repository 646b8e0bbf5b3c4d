using Cockpit.Model.Store;
using Cockpit.Testing;
using DuckDB.NET.Data;

namespace Cockpit.Model.Tests.Store;

/// <summary>
/// Migration 009 (round kinds) on a database that migrations 001–008 built and filled: it upgrades in place, the
/// forecasts it held read as kind <c>forecast</c>, and a year-end row (round_no 4) written after it reads as <c>outcome</c>.
/// </summary>
public class RoundKindMigrationTests : TempFolderTest
{
    private const int LastVersionBefore = 8;

    [Test]
    public void A_database_of_the_earlier_migrations_upgrades_and_keeps_its_forecasts()
    {
        var path = Temp.File("vanha.duckdb");
        BuildWithEarlierMigrations(path);

        using var store = CockpitStore.Open(path);

        Assert.That(store.SchemaVersion, Is.GreaterThanOrEqualTo(9));
        Assert.That(Rows(store, "v_forecasts"), Is.EqualTo(new[] { "1/2020 forecast on_track", "3/2020 forecast at_risk" }));
        Assert.That(Rows(store, "v_forecast_history"), Is.EqualTo(new[] { "1/2020 forecast on_track", "3/2020 forecast at_risk" }));

        store.Connection.Execute("""
            INSERT INTO forecast_entries VALUES (1, 1, 2020, 4, 'Tavoite toteutui.', 'achieved', 'verdict.achieved', 'toteutui', 0.9, 'Data', 'H2')
            """);
        Assert.That(Rows(store, "v_forecasts"), Is.EqualTo(new[] { "1/2020 forecast on_track", "3/2020 forecast at_risk", "4/2020 outcome achieved" }));
        Assert.That(store.Connection.Scalar<long>("SELECT rows_current FROM v_uploads WHERE upload_id = 1"), Is.EqualTo(3));
    }

    [Test]
    public void The_round_kind_is_the_last_column_of_the_forecast_views_and_documented()
    {
        using var store = CockpitStore.Open(Temp.File("uusi.duckdb"));

        foreach (var view in new[] { "v_forecasts", "v_forecast_history" })
        {
            var columns = store.Connection.Query(
                "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = $view ORDER BY column_index",
                r => (Name: r.GetString(0), Comment: r.IsDBNull(1) ? "" : r.GetString(1)), ("view", view));
            Assert.That(columns[^1].Name, Is.EqualTo("round_kind"), view);
            Assert.That(columns.Where(c => !c.Comment.Contains("fi: ", StringComparison.Ordinal)).Select(c => c.Name), Is.Empty, view + ": every column commented again");
        }
    }

    private static List<string> Rows(CockpitStore store, string view) =>
        store.Connection.Query($"SELECT round, round_kind, status FROM {view} ORDER BY round_year, round_no",
            r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)}");

    /// <summary>A database as the cockpit left it before round kinds: migrations 001–008 applied as the migrator does, and one upload.</summary>
    private static void BuildWithEarlierMigrations(string path)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
        var assembly = typeof(CockpitStore).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Order())
        {
            var name = Path.GetFileNameWithoutExtension(resource["migrations/".Length..]);
            var version = int.Parse(name[..name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
            if (version > LastVersionBefore) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            connection.Execute(reader.ReadToEnd());
            connection.Execute("INSERT INTO schema_migrations VALUES ($version, $name, now())", ("version", version), ("name", name));
        }
        connection.Execute("""
            INSERT INTO uploads VALUES (1, 'vanha.xlsx', 'abc', 'forecast', now(), 'tester', 2);
            INSERT INTO goals VALUES (1, 'tavoite', NULL);
            INSERT INTO metrics VALUES (1, 'tavoite | mittari', NULL);
            INSERT INTO metric_rows VALUES (1, 1, 1, 'Data', 2, 'Teema', 'Tavoite', 'Mittari', '', '{}');
            INSERT INTO forecast_entries VALUES
                (1, 1, 2020, 1, 'Tavoite on toteutumassa.', 'on_track', 'verdict.on_track', 'toteutumassa', 0.9, 'Data', 'E2'),
                (1, 1, 2020, 3, 'Viivästyy.', 'at_risk', 'risk.delay', 'Viivästyy', 0.6, 'Data', 'G2');
            """);
    }
}
