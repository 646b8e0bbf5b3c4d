using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web;

/// <summary>A computed response, kept for the data version it was computed from.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, string? FileName = null);

/// <summary><c>Cockpit:Cache</c>: the most bytes the response cache holds; an answer over an eighth of it is not kept.</summary>
public sealed class CacheOptions
{
    public long MaxBytes { get; set; } = 64L << 20;
}

/// <summary>
/// Images and tables computed once per data version, at most <see cref="CacheOptions.MaxBytes"/> of them (keys counted
/// too), the least recently used dropped first. The ETag names the version and the request, so a client's
/// If-None-Match is answered without computing anything.
/// </summary>
public sealed class ResponseCache
{
    private const int EntryOverhead = 200;

    private sealed record Entry(string Key, CachedResponse Response, long Size);

    private readonly Dictionary<string, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recent = new(); // most recently used first
    private readonly Lock gate = new();
    private readonly DataVersion version;
    private readonly long maxBytes;
    private long bytes;

    public ResponseCache(DataVersion version, IOptions<CacheOptions> options)
    {
        this.version = version;
        maxBytes = options.Value.MaxBytes;
        version.Changed += Clear;
    }

    public int Count { get { lock (gate) return entries.Count; } }

    /// <summary>The bytes held: bodies, keys and a fixed overhead per entry.</summary>
    public long Bytes { get { lock (gate) return bytes; } }

    public string ETag(string key) =>
        $"\"{version.Token}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}\"";

    /// <summary>The kept answer, or a fresh one, kept unless it is over an eighth of the cap. Requests side by side may both compute.</summary>
    public CachedResponse GetOrCompute(string key, Func<CachedResponse> compute)
    {
        var scoped = version.Token + "|" + key;
        lock (gate)
        {
            if (entries.TryGetValue(scoped, out var hit))
            {
                recent.Remove(hit);
                recent.AddFirst(hit);
                return hit.Value.Response;
            }
        }
        var response = compute();
        var size = response.Body.Length + 2L * (scoped.Length + response.ContentType.Length + (response.FileName?.Length ?? 0)) + EntryOverhead;
        if (size > maxBytes / 8) return response;
        lock (gate)
        {
            if (entries.ContainsKey(scoped)) return response;
            entries[scoped] = recent.AddFirst(new Entry(scoped, response, size));
            bytes += size;
            while (bytes > maxBytes && recent.Last is { } oldest)
            {
                recent.RemoveLast();
                entries.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Size;
            }
        }
        return response;
    }

    private void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            recent.Clear();
            bytes = 0;
        }
    }
}

public static class ResponseCacheSetup
{
    public static IServiceCollection AddResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection("Cockpit:Cache"))
            .Validate(o => o.MaxBytes > 0, "Cockpit:Cache:MaxBytes must be positive").ValidateOnStart();
        return services.AddSingleton<ResponseCache>();
    }
}
