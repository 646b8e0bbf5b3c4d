using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>An ingest outcome as a line of the upload audit trail.</summary>
public static class AuditEntry
{
    public static UploadAttempt For(IngestOutcome outcome, string kind, string by)
    {
        var detail = outcome.Problems.FirstOrDefault()?.Describe("en") ?? OutcomeText.Describe(outcome, "en").First();
        var name = outcome.Status switch
        {
            IngestStatus.Loaded => "loaded",
            IngestStatus.Validated => "validated",
            IngestStatus.AlreadyLoaded => "already_loaded",
            _ => "refused",
        };
        var uploadId = outcome.Status == IngestStatus.Validated ? null : outcome.Summary?.UploadId ?? outcome.Monthly?.UploadId ?? outcome.Existing?.UploadId;
        return new UploadAttempt(outcome.File, outcome.Sha256, kind, by, name, uploadId, outcome.Problems.Count, detail);
    }
}
