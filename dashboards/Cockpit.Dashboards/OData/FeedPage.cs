using System.Buffers;
using System.Text.Json;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.OData;

/// <summary>
/// One page of the feed: from the read its token left open, else from a new read (<see cref="FeedCursor.Open"/>), which
/// is kept for the next page while more rows follow.
/// </summary>
public static class FeedPage
{
    public static byte[] Read(CockpitStore store, FeedCursors cursors, FeedQuery query, string request, int pageSize, string contextUrl,
        Func<SkipToken, string> nextLink)
    {
        var cursor = cursors.Take(query.Token, request) ?? FeedCursor.Open(store, query, request);
        SkipToken? next = null;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var json = new Utf8JsonWriter(buffer, DuckValue.JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("@odata.context", contextUrl);
                if (cursor.Count is { } count) json.WriteNumber("@odata.count", count);
                json.WritePropertyName("value");
                json.WriteStartArray();
                next = cursor.WritePage(json, query, query.Take(pageSize));
                json.WriteEndArray();
                if (next is not null) json.WriteString("@odata.nextLink", nextLink(next));
                json.WriteEndObject();
            }
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (next is null) cursor.Dispose();
            else cursors.Keep(cursor);
        }
    }
}
