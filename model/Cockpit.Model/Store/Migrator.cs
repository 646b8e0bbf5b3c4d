using System.Globalization;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// Applies the embedded <c>migrations/NNN_name.sql</c> scripts a database has not seen: all of them as one script in one
/// transaction with their rows in <c>schema_migrations</c>: a new database costs one commit, not one per script.
/// </summary>
internal static class Migrator
{
    public static void Migrate(DuckDBConnection connection)
    {
        var applied = AppliedVersions(connection);
        var pending = Scripts().Where(s => !applied.Contains(s.Version)).ToList();
        if (pending.Count == 0) return;
        using var transaction = connection.BeginTransaction();
        connection.Execute(string.Join("\n;\n", pending.Select(s => s.Sql).Prepend(CreateVersionTable))); // a script may end in a comment
        foreach (var (version, name, _) in pending)
            connection.Execute("INSERT INTO schema_migrations VALUES ($version, $name, now())", ("version", version), ("name", name));
        transaction.Commit();
    }

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)
        """;

    public static int LatestVersion => Scripts().Max(s => s.Version);

    private static HashSet<int> AppliedVersions(DuckDBConnection connection) =>
        connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations' AND schema_name = 'main'") == 0
            ? []
            : connection.Query("SELECT version FROM schema_migrations", r => r.GetInt32(0)).ToHashSet();

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Order())
        {
            var name = Path.GetFileNameWithoutExtension(resource["migrations/".Length..]);
            var version = int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
