using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Cockpit.Dashboards.Web;

/// <summary>A computed response, kept for the data version it was computed from.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, string? FileName = null);

/// <summary>
/// Images and tables computed once per data version. The ETag names the version and the request, so a client's
/// If-None-Match is answered without computing anything.
/// </summary>
public sealed class ResponseCache
{
    private const int MaxEntries = 2000;
    private readonly ConcurrentDictionary<string, Lazy<CachedResponse>> entries = new();
    private readonly DataVersion version;

    public ResponseCache(DataVersion version)
    {
        this.version = version;
        version.Changed += entries.Clear;
    }

    public string ETag(string key) =>
        $"\"{version.Token}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}\"";

    public CachedResponse GetOrCompute(string key, Func<CachedResponse> compute)
    {
        if (entries.Count >= MaxEntries) entries.Clear();
        var scoped = version.Token + "|" + key;
        return entries.GetOrAdd(scoped, _ => new Lazy<CachedResponse>(compute, LazyThreadSafetyMode.PublicationOnly)).Value;
    }
}
