namespace Cockpit.Model.Store;

/// <summary>What is known of an uploaded file before it is read.</summary>
public sealed record UploadInfo(string FileName, string Sha256, string Kind, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>An upload already in the store.</summary>
public sealed record StoredUpload(int UploadId, string FileName, string Sha256, string Kind, DateTimeOffset UploadedAt, string UploadedBy, int Rows);
