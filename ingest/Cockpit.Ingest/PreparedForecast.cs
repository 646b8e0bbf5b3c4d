using Cockpit.Ingest.Forecasts;
using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>A metric row as read, with one derived status per forecast, in the same order.</summary>
internal sealed record ClassifiedRow(MetricRow Row, StatusResult[] Statuses);

/// <summary>A forecast workbook read, valid and classified, its rows held in memory until <see cref="Load"/> appends them.</summary>
internal sealed class PreparedForecast(ReceivedFile file, string fileName, IReadOnlyList<ClassifiedRow> rows, ForecastTally tally, ForecastReadContext context)
    : PreparedUpload(fileName, ForecastIngest.Kind)
{
    public override IngestOutcome? Refusal => null;

    public override IngestOutcome Load(CockpitStore store, IngestOptions options)
    {
        if (file.AlreadyLoaded(store.FindUpload(file.Sha256), FileName) is { } already) // loaded while this one was read
            return new DecidedUpload(already, Kind).Load(store, options);
        using var load = store.BeginForecastLoad(new UploadInfo(FileName, file.Sha256, Kind, options.UploadedBy, DateTimeOffset.UtcNow, file.Content));
        foreach (var (row, statuses) in rows) load.Add(row, statuses);
        var result = load.Commit(options.DryRun, options.Audit ? r => AuditEntry.For(Outcome(r, options), Kind, options.UploadedBy) : null);
        return Outcome(result, options);
    }

    private IngestOutcome Outcome(LoadResult result, IngestOptions options)
    {
        var summary = new IngestSummary(result.UploadId, tally.MetricRows, tally.Goals, tally.Themes, tally.Rounds, tally.Statuses,
            result.Replaced, result.DroppedOverrides, context.SheetsRead, context.SheetsSkipped, context.SkippedRows) { Changes = result.Changes };
        return new IngestOutcome(FileName, options.DryRun ? IngestStatus.Validated : IngestStatus.Loaded, [], summary, Sha256: file.Sha256);
    }
}
