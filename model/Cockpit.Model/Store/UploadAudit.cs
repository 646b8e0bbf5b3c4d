using DuckDB.NET.Data;

namespace Cockpit.Model.Store;

/// <summary>One attempt to load a workbook, as the audit trail keeps it.</summary>
public sealed record UploadAttempt(string FileName, string? Sha256, string? Kind, string By, string Outcome, int? UploadId, int Problems, string Detail);

/// <summary>The audit trail of uploads and the archive of their original bytes.</summary>
public static class UploadAudit
{
    public static void Record(DuckDBConnection connection, UploadAttempt attempt) =>
        connection.Execute("""
            INSERT INTO upload_attempts (file_name, sha256, kind, attempted_at, attempted_by, outcome, upload_id, problems, detail)
            VALUES ($file, $sha, $kind, now(), $by, $outcome, $upload, $problems, $detail)
            """,
            ("file", attempt.FileName), ("sha", attempt.Sha256), ("kind", attempt.Kind), ("by", attempt.By), ("outcome", attempt.Outcome),
            ("upload", attempt.UploadId), ("problems", attempt.Problems), ("detail", attempt.Detail));

    /// <summary>The original bytes of an upload and its file name, or null when there is no such upload.</summary>
    public static (string FileName, byte[] Content)? OriginalFile(DuckDBConnection connection, int uploadId) =>
        connection.Query("""
            SELECT u.file_name, f.content FROM uploads u JOIN upload_files f USING (upload_id) WHERE upload_id = $id
            """,
            r => (r.GetString(0), Bytes(r.GetStream(1))), ("id", uploadId)).Cast<(string, byte[])?>().SingleOrDefault();

    private static byte[] Bytes(Stream blob)
    {
        using (blob)
        {
            using var copy = new MemoryStream();
            blob.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
