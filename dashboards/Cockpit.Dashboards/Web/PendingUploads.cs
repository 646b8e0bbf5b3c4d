using System.Security.Cryptography;

namespace Cockpit.Dashboards.Web;

/// <summary><c>Cockpit:Uploads:Pending</c>: how long a checked workbook waits for its confirmation, and how many bytes may wait at once.</summary>
public sealed class PendingUploadOptions
{
    public double Minutes { get; set; } = 30;

    public long MaxBytes { get; set; } = 64L << 20;
}

/// <summary>A workbook checked by a dry run, waiting for the person who sent it to confirm loading exactly these bytes.</summary>
public sealed record PendingUpload(string Sha256, string FileName, string By, byte[] Content, DateTimeOffset Until);

/// <summary>
/// Workbooks between their preview and their confirmation, in memory, by SHA-256: the confirm form posts the hash, not the
/// file again. Bounded in time (each waits <see cref="PendingUploadOptions.Minutes"/>) and in bytes (the oldest go first);
/// a restart forgets them, and the person sends the file once more.
/// </summary>
public sealed class PendingUploads(Microsoft.Extensions.Options.IOptions<PendingUploadOptions> options)
{
    private readonly Dictionary<(string Sha256, string By), PendingUpload> waiting = [];
    private readonly Lock gate = new();

    public PendingUpload Keep(string fileName, string by, byte[] content)
    {
        var pending = new PendingUpload(Convert.ToHexStringLower(SHA256.HashData(content)), fileName, by, content,
            DateTimeOffset.UtcNow.AddMinutes(options.Value.Minutes));
        lock (gate)
        {
            Expire();
            waiting[(pending.Sha256, by)] = pending;
            var total = waiting.Values.Sum(p => (long)p.Content.Length);
            foreach (var old in waiting.Values.OrderBy(p => p.Until).ToList())
            {
                if (total <= options.Value.MaxBytes || old == pending) break;
                waiting.Remove((old.Sha256, old.By));
                total -= old.Content.Length;
            }
        }
        return pending;
    }

    /// <summary>The workbook this person checked with this hash, taken out (it is loaded once), or null when it has gone.</summary>
    public PendingUpload? Take(string sha256, string by)
    {
        lock (gate)
        {
            Expire();
            return waiting.Remove((sha256, by), out var pending) ? pending : null;
        }
    }

    private void Expire()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var key in waiting.Where(p => p.Value.Until <= now).Select(p => p.Key).ToList()) waiting.Remove(key);
    }
}
