using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>
/// One workbook read, validated and classified, and nothing written yet: what <see cref="WorkbookIngest.Prepare"/> gives,
/// outside any lock. <see cref="Load"/> then does the writing, under the write lock: a load appends and commits its rows
/// with its audit row in one transaction; a refusal (or a file already loaded) writes only its audit row.
/// </summary>
public abstract class PreparedUpload(string fileName, string kind)
{
    public string FileName { get; } = fileName;

    /// <summary><c>forecast</c> or <c>monthly</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The refusal when preparing already decided it (nothing will be loaded), else null.</summary>
    public abstract IngestOutcome? Refusal { get; }

    /// <summary>Writes what was prepared and its audit row (when <see cref="IngestOptions.Audit"/>); runs under the write lock.</summary>
    public abstract IngestOutcome Load(CockpitStore store, IngestOptions options);
}

/// <summary>A workbook whose outcome preparing decided: refused, or its bytes loaded before. Loading it writes its audit row alone.</summary>
internal sealed class DecidedUpload(IngestOutcome outcome, string kind) : PreparedUpload(outcome.File, kind)
{
    public override IngestOutcome? Refusal => outcome.Status == IngestStatus.Rejected ? outcome : null;

    public override IngestOutcome Load(CockpitStore store, IngestOptions options)
    {
        if (options.Audit) UploadAudit.Record(store.Connection, AuditEntry.For(outcome, Kind, options.UploadedBy));
        return outcome;
    }
}
