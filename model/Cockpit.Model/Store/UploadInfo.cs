namespace Cockpit.Model.Store;

/// <summary>What is known of an uploaded file before it is read; <paramref name="Content"/> is archived with the upload.</summary>
public sealed record UploadInfo(string FileName, string Sha256, string Kind, string UploadedBy, DateTimeOffset UploadedAt, byte[]? Content = null);

/// <summary>An upload already in the store.</summary>
public sealed record StoredUpload(int UploadId, string FileName, string Sha256, string Kind, DateTimeOffset UploadedAt, string UploadedBy, int Rows);
