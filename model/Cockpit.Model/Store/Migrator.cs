using System.Globalization;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>Applies the embedded <c>migrations/NNN_name.sql</c> scripts a database has not seen, each in its own transaction.</summary>
internal static class Migrator
{
    public static void Migrate(DuckDBConnection connection)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)
            """);
        var applied = connection.Query("SELECT version FROM schema_migrations", r => r.GetInt32(0)).ToHashSet();
        foreach (var (version, name, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql);
            connection.Execute("INSERT INTO schema_migrations VALUES ($version, $name, now())",
                ("version", version), ("name", name));
            transaction.Commit();
        }
    }

    public static int LatestVersion => Scripts().Max(s => s.Version);

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
