namespace Cockpit.Model.Store;

/// <summary>What is known of an uploaded file before it is read; <paramref name="Content"/> is archived with the upload.</summary>
public sealed record UploadInfo(string FileName, string Sha256, string Kind, string UploadedBy, DateTimeOffset UploadedAt, byte[]? Content = null);

/// <summary>An upload already in the store.</summary>
public sealed record StoredUpload(int UploadId, string FileName, string Sha256, string Kind, DateTimeOffset UploadedAt, string UploadedBy, int Rows);

internal static class UploadRecord
{
    /// <summary>The id the next upload gets: loads run one at a time, inside their transaction, so this is unique.</summary>
    public static int NextId(DuckDB.NET.Data.DuckDBConnection connection) =>
        connection.Scalar<int>("SELECT coalesce(max(upload_id), 0) + 1 FROM uploads");

    /// <summary>The upload's own row, and its original bytes when it has them: written last, in the load's transaction.</summary>
    public static void Insert(DuckDB.NET.Data.DuckDBConnection connection, UploadInfo upload, int uploadId, int rows)
    {
        connection.Execute(
            "INSERT INTO uploads VALUES ($id, $file, $sha, $kind, $at, $by, $rows)",
            ("id", uploadId), ("file", upload.FileName), ("sha", upload.Sha256), ("kind", upload.Kind),
            ("at", upload.UploadedAt), ("by", upload.UploadedBy), ("rows", rows));
        if (upload.Content is { } content)
            connection.Execute("INSERT INTO upload_files VALUES ($id, $content)", ("id", uploadId), ("content", content));
    }

    /// <summary>
    /// Commits with the audit row in the same transaction, or for a dry run rolls back and then writes the audit row on its own.
    /// </summary>
    public static void Finish(DuckDB.NET.Data.DuckDBConnection connection, DuckDB.NET.Data.DuckDBTransaction transaction, bool dryRun, UploadAttempt? audit)
    {
        if (dryRun)
        {
            transaction.Rollback();
            if (audit is not null) UploadAudit.Record(connection, audit);
            return;
        }
        if (audit is not null) UploadAudit.Record(connection, audit);
        transaction.Commit();
    }
}
