using Cockpit.Model.Monthly;
using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>
/// The one embedded DuckDB database. Opening it applies any migrations it lacks;
/// loads go through <see cref="BeginForecastLoad"/>, one transaction per workbook.
/// </summary>
public sealed class CockpitStore : IDisposable
{
    public const string DefaultPath = "data/cockpit.duckdb";

    private CockpitStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public DuckDBConnection Connection { get; }

    public string Path { get; }

    public static CockpitStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            connection.Open();
            Migrator.Migrate(connection);
            return new CockpitStore(connection, full);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => Connection.Scalar<int>("SELECT max(version) FROM schema_migrations");

    public StoredUpload? FindUpload(string sha256) => FindUpload(Connection, sha256);

    /// <summary>The upload with these bytes, read on <paramref name="connection"/> (a reader's own, outside the write lock).</summary>
    public static StoredUpload? FindUpload(DuckDBConnection connection, string sha256) =>
        connection.Query(
            "SELECT upload_id, file_name, sha256, kind, uploaded_at, uploaded_by, rows FROM uploads WHERE sha256 = $sha",
            r => new StoredUpload(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.GetInt32(6)),
            ("sha", sha256)).SingleOrDefault();

    /// <summary>Another connection to the same database (one instance per file in this process), for a reader on its own thread.</summary>
    public DuckDBConnection OpenConnection()
    {
        var connection = new DuckDBConnection(Connection.ConnectionString);
        connection.Open();
        return connection;
    }

    public ForecastLoad BeginForecastLoad(UploadInfo upload) => new(Connection, upload);

    public MonthlyLoad BeginMonthlyLoad(UploadInfo upload) => new(Connection, upload);

    /// <summary>Every metric the forecast reports have brought, with its code and its latest texts: what monthly rows match.</summary>
    public List<KnownMetric> KnownMetrics() => KnownMetrics(Connection);

    /// <summary>As <see cref="KnownMetrics()"/>, read on <paramref name="connection"/> (a reader's own, outside the write lock).</summary>
    public static List<KnownMetric> KnownMetrics(DuckDBConnection connection) =>
        connection.Query("""
            SELECT DISTINCT ON (r.metric_id) r.metric_id, m.code, r.metric, r.goal
            FROM metric_rows r JOIN metrics m USING (metric_id)
            ORDER BY r.metric_id, r.upload_id DESC
            """,
            r => new KnownMetric(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3)));

    public void Dispose() => Connection.Dispose();
}
