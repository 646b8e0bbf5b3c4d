using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Cockpit.Dashboards.OData;

/// <summary>
/// Where the next page starts: the open read that holds the rest (<see cref="FeedCursors"/>), and, should it be gone, what
/// reads the rest again: the data version the first page was read at, how many rows were served, and, in key order,
/// the key of the last row served. Opaque to readers (base64url of JSON).
/// </summary>
public sealed record SkipToken(string Version, long Served, IReadOnlyList<JsonElement>? LastKey, string? Cursor)
{
    public string Encode() => WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(this));

    public static SkipToken Decode(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<SkipToken>(WebEncoders.Base64UrlDecode(text)) is { Version: not null, Served: >= 0 } token
                ? token : throw new Microsoft.OData.ODataException("$skiptoken is not one this server gave");
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw new Microsoft.OData.ODataException("$skiptoken is not one this server gave", e);
        }
    }
}
