using System.Text.Json;
using Cockpit.Dashboards.Tables;

namespace Cockpit.Dashboards.Web;

/// <summary>Reads what every data request shares: its filters and table format, or the problem with them.</summary>
public static class RequestContext
{
    public static IResult? TryFilters(HttpContext http, CockpitDatabase db, out Filters filters)
    {
        var rounds = db.Rounds;
        var parsed = Filters.Parse(http.Request.Query, rounds.Select(r => r.Round).ToList(), RoundCatalog.Current(rounds), out var problem);
        filters = parsed!;
        return parsed is null ? Problems.Of(Problems.BadFilter, "Bad filter", problem!) : null;
    }

    public static IResult? TryFormat(HttpContext http, out TableFormat format) =>
        TableFormats.TryParse(http.Request.Query["format"], out format)
            ? null
            : Problems.Of(Problems.BadFormat, "Unknown format", $"format must be json, csv or xlsx, not '{http.Request.Query["format"]}'");

    /// <summary>
    /// Answers from the cache: 304 when the client holds this version, else the (computed once) body with its ETag.
    /// The key is the path and the values the answer is computed from (<paramref name="uses"/>), never the raw query:
    /// a parameter nothing reads makes no new entry.
    /// </summary>
    /// <remarks><paramref name="frame"/> wraps the cached body for this request (a page's frame, which says who is looking).</remarks>
    public static IResult Cached(HttpContext http, ResponseCache cache, IEnumerable<object?> uses, Func<CachedResponse> compute,
        Func<byte[], byte[]>? frame = null)
    {
        var key = CacheKey(http.Request.Path.Value, uses);
        var etag = cache.ETag(key);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.Contains(etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var response = cache.GetOrCompute(key, compute);
        if (response.FileName is { } name)
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return TypedResults.Bytes(frame is null ? response.Body : frame(response.Body), response.ContentType);
    }

    /// <summary>The cache key of an answer: its path and the values it is computed from.</summary>
    public static string CacheKey(string? path, IEnumerable<object?> uses) => JsonSerializer.Serialize<object?[]>([path, .. uses]);
}
