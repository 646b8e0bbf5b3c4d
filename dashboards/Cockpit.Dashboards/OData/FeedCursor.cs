using System.Text.Json;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.OData;

/// <summary>The data changed between two pages of one read: a reader that went on would mix two moments.</summary>
public sealed class FeedChangedException() : Exception(
    "the data changed (an upload or a status override) after the first page of this read; read the feed again from its start");

/// <summary>
/// An open read of a feed query: its own connection in one read-only transaction, whose rows are streamed page after
/// page, so that every page shows the moment the read began and DuckDB runs the query once, not once per page.
/// </summary>
public sealed class FeedCursor : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly DuckDBCommand command;
    private readonly DuckDBDataReader reader;
    private bool pending; // the reader stands on a row no page has written yet

    private FeedCursor(DuckDBConnection connection, DuckDBCommand command, string request, string version, long? count, long served)
    {
        this.connection = connection;
        this.command = command;
        reader = command.ExecuteReader();
        Request = request;
        Version = version;
        Count = count;
        Served = served;
    }

    public string Id { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The request's query options, less <c>$skiptoken</c>: a token is good only for the read it came from.</summary>
    public string Request { get; }

    public string Version { get; }

    public long? Count { get; }

    public long Served { get; private set; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>
    /// Begins reading what <paramref name="query"/> has still to serve. A query whose token was read at another data
    /// version is refused (<see cref="FeedChangedException"/>) rather than served from two moments.
    /// </summary>
    public static FeedCursor Open(CockpitStore store, FeedQuery query, string request)
    {
        var connection = store.OpenConnection();
        try
        {
            connection.Execute("BEGIN TRANSACTION READ ONLY");
            var version = DataVersion.Read(connection);
            if (query.Token is { } token && token.Version != version) throw new FeedChangedException();
            long? count = query.Count ? connection.Scalar<long>(query.CountSql(), [.. query.Parameters.Values]) : null;
            var command = connection.Command(query.ReadSql(), [.. query.Parameters.Values]);
            command.UseStreamingMode = true;
            return new FeedCursor(connection, command, request, version, count, query.Token?.Served ?? 0);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Writes the next <paramref name="take"/> rows (fewer at the end) as JSON objects; returns the token for the rest, or null at the end.</summary>
    public SkipToken? WritePage(Utf8JsonWriter json, FeedQuery query, long take)
    {
        var wanted = query.Selected.Concat(query.Key).Distinct().ToList();
        var names = query.Selected.Select(c => JsonEncodedText.Encode(c.Name, DuckValue.JsonOptions.Encoder)).ToArray();
        object?[] lastKey = [];
        long written = 0;
        while (written < take && (pending || reader.Read()))
        {
            pending = false;
            json.WriteStartObject();
            for (var i = 0; i < query.Selected.Count; i++)
            {
                json.WritePropertyName(names[i]);
                FeedValues.Write(json, query.Selected[i], reader.GetValue(i));
            }
            json.WriteEndObject();
            if (++written == take && query.Seeks) lastKey = query.Key.Select(k => FeedValues.Key(k, reader.GetValue(wanted.IndexOf(k)))).ToArray();
        }
        Served += written;
        if (written < take || !(pending = reader.Read())) return null;
        return new SkipToken(Version, Served, query.Seeks ? lastKey.Select(k => JsonSerializer.SerializeToElement(k)).ToList() : null, Id);
    }

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
        connection.Dispose();
    }
}
