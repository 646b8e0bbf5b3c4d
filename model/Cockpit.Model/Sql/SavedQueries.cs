using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>A statement an analyst saved under a name, for any analyst to open by its link.</summary>
public sealed record SavedQuery(long Id, string Name, string Sql, string SavedBy, DateTimeOffset SavedAt);

/// <summary>The saved queries of the SQL workbench.</summary>
public static class SavedQueries
{
    public const int MaxNameLength = 200;

    public static long Save(DuckDBConnection connection, string name, string sql, string by) =>
        connection.Scalar<long>("INSERT INTO saved_queries (name, sql, saved_by, saved_at) VALUES ($name, $sql, $by, now()) RETURNING saved_id",
            ("name", name), ("sql", sql), ("by", by));

    public static SavedQuery? Find(DuckDBConnection connection, long id) =>
        connection.Query(Select + " WHERE saved_id = $id", Map, ("id", id)).SingleOrDefault();

    /// <summary>The latest first.</summary>
    public static List<SavedQuery> All(DuckDBConnection connection, int most) =>
        connection.Query(Select + " ORDER BY saved_id DESC LIMIT $most", Map, ("most", most));

    private const string Select = "SELECT saved_id, name, sql, saved_by, saved_at FROM saved_queries";

    private static SavedQuery Map(DuckDBDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4));
}
