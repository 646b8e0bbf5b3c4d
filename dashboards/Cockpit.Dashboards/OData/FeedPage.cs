using System.Buffers;
using System.Text.Json;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.OData;

/// <summary>The data changed between two pages of one read: a reader that went on would mix two moments.</summary>
public sealed class FeedChangedException() : Exception(
    "the data changed (an upload or a status override) after the first page of this read; read the feed again from its start");

/// <summary>
/// Reads one page in one read-only transaction: the data version, <c>$count</c> and the rows all see the same moment,
/// and a page of a read that began at another data version is refused (<see cref="FeedChangedException"/>).
/// </summary>
public static class FeedPage
{
    public static byte[] Read(DuckDBConnection connection, FeedQuery query, int pageSize, string contextUrl, Func<SkipToken, string> nextLink)
    {
        connection.Execute("BEGIN TRANSACTION READ ONLY");
        try
        {
            var version = DataVersion.Read(connection);
            if (query.Token is { } token && token.Version != version) throw new FeedChangedException();
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var json = new Utf8JsonWriter(buffer, DuckValue.JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", contextUrl);
                if (query.Count) json.WriteNumber("@odata.count", Count(connection, query));
                json.WritePropertyName("value");
                json.WriteStartArray();
                var next = WriteRows(connection, query, pageSize, version, json);
                json.WriteEndArray();
                if (next is not null) json.WriteString("@odata.nextLink", nextLink(next));
                json.WriteEndObject();
            }
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            connection.Execute("ROLLBACK");
        }
    }

    public static long Count(DuckDBConnection connection, FeedQuery query) =>
        connection.Scalar<long>(query.CountSql(), [.. query.Parameters.Values]);

    private static SkipToken? WriteRows(DuckDBConnection connection, FeedQuery query, int pageSize, string version, Utf8JsonWriter json)
    {
        var take = query.Take(pageSize);
        using var command = connection.Command(query.PageSql(take), [.. query.Parameters.Values]);
        using var reader = command.ExecuteReader();
        var wanted = query.Selected.Concat(query.Key).Distinct().ToList();
        var keyAt = query.Key.Select(k => wanted.IndexOf(k)).ToArray();
        object?[] lastKey = [];
        long written = 0;
        while (reader.Read())
        {
            if (written == take)
            {
                var served = (query.Token?.Served ?? 0) + written;
                return query.Top is { } top && served >= top ? null
                    : new SkipToken(version, served, query.Seeks ? lastKey.Select(k => JsonSerializer.SerializeToElement(k)).ToList() : null);
            }
            json.WriteStartObject();
            for (var i = 0; i < query.Selected.Count; i++)
            {
                json.WritePropertyName(query.Selected[i].Name);
                FeedValues.Write(json, query.Selected[i], reader.GetValue(i));
            }
            json.WriteEndObject();
            if (query.Seeks && written == take - 1) lastKey = keyAt.Select(i => FeedValues.Key(wanted[i], reader.GetValue(i))).ToArray();
            written++;
        }
        return null;
    }
}
