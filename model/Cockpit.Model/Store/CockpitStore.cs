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

    public StoredUpload? FindUpload(string sha256) =>
        Connection.Query(
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

    public void Dispose() => Connection.Dispose();
}
