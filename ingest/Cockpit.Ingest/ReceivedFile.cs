using System.Security.Cryptography;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>An uploaded file's bytes, read once: hashed, read as a workbook, and archived with the upload.</summary>
internal sealed record ReceivedFile(byte[] Content, string Sha256)
{
    public static ReceivedFile Read(Stream source)
    {
        byte[] content;
        if (source is MemoryStream memory && memory.Position == 0) content = memory.ToArray();
        else
        {
            using var copy = new MemoryStream();
            source.CopyTo(copy);
            content = copy.ToArray();
        }
        return new ReceivedFile(content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public MemoryStream Open() => new(Content, writable: false);

    /// <summary>The outcome for a file whose very bytes were loaded before (<paramref name="existing"/>, found by <see cref="Sha256"/>), or null when they were not.</summary>
    public IngestOutcome? AlreadyLoaded(StoredUpload? existing, string fileName) =>
        existing is not null ? new IngestOutcome(fileName, IngestStatus.AlreadyLoaded, [], Existing: existing, Sha256: Sha256) : null;
}
