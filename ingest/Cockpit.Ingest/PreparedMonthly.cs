using Cockpit.Ingest.Monthly;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>A monthly report read and valid, its rows held in memory until <see cref="Load"/> appends them.</summary>
internal sealed class PreparedMonthly(ReceivedFile file, string fileName, MonthlyReadResult read) : PreparedUpload(fileName, MonthlyIngest.Kind)
{
    public override IngestOutcome? Refusal => null;

    public override IngestOutcome Load(CockpitStore store, IngestOptions options)
    {
        if (file.AlreadyLoaded(store.FindUpload(file.Sha256), FileName) is { } already) // loaded while this one was read
            return new DecidedUpload(already, Kind).Load(store, options);
        using var load = store.BeginMonthlyLoad(new UploadInfo(FileName, file.Sha256, Kind, options.UploadedBy, DateTimeOffset.UtcNow, file.Content));
        foreach (var value in read.MetricValues) load.Add(value);
        foreach (var value in read.BudgetValues) load.Add(value);
        var result = load.Commit(options.DryRun, options.Audit ? r => AuditEntry.For(Outcome(r, options), Kind, options.UploadedBy) : null);
        return Outcome(result, options);
    }

    private IngestOutcome Outcome(MonthlyLoadResult result, IngestOptions options)
    {
        var months = read.MetricValues.Select(v => v.Month).Concat(read.BudgetValues.Select(v => v.Month)).Distinct().Order().ToList();
        var summary = new MonthlySummary(result.UploadId,
            [(read.MetricSheet, read.MetricValues.Count), (read.BudgetSheet, read.BudgetValues.Count)],
            months, result.Replaced, read.RowsWithoutActual);
        return new IngestOutcome(FileName, options.DryRun ? IngestStatus.Validated : IngestStatus.Loaded, [], Monthly: summary, Sha256: file.Sha256);
    }
}
