namespace Cockpit.Ingest;

/// <summary>An upload's bytes, read once: hashed, read as a workbook, and archived with the upload.</summary>
internal static class UploadBytes
{
    public static byte[] ReadAll(Stream source)
    {
        if (source is MemoryStream memory && memory.Position == 0) return memory.ToArray();
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray();
    }
}
