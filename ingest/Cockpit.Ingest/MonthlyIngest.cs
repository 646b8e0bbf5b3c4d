using Cockpit.Ingest.Monthly;
using Cockpit.Ingest.Problems;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>
/// Loads a monthly report (sheets Mittarit and Talous) into the store: read and validate all of it, then write it in one
/// transaction. Monthly workbooks are small, so the rows are held until every cell has been checked.
/// </summary>
public sealed class MonthlyIngest(CockpitStore store)
{
    public const string Kind = "monthly";

    public IngestOutcome Ingest(string path, IngestOptions options)
    {
        using var stream = File.OpenRead(path);
        return Ingest(stream, Path.GetFileName(path), options);
    }

    public IngestOutcome Ingest(Stream source, string fileName, IngestOptions options)
    {
        var file = ReceivedFile.Read(source);
        if (file.AlreadyLoaded(store, fileName) is { } already) return already;
        using var stream = file.Open();
        var (content, sha256) = (file.Content, file.Sha256);

        var metrics = new MetricMatcher(store.KnownMetrics());
        MonthlyReadResult read;
        try
        {
            read = MonthlyWorkbookReader.Read(stream, fileName, metrics);
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            return new IngestOutcome(fileName, IngestStatus.Rejected, [Unreadable.Problem(fileName, null, e)], Sha256: sha256, Fault: e);
        }
        if (read.Problems.Count > 0)
            return new IngestOutcome(fileName, IngestStatus.Rejected, read.Problems, Sha256: sha256);

        using var load = store.BeginMonthlyLoad(new UploadInfo(fileName, sha256, Kind, options.UploadedBy, DateTimeOffset.UtcNow, content));
        foreach (var value in read.MetricValues) load.Add(value);
        foreach (var value in read.BudgetValues) load.Add(value);
        var result = load.Commit(options.DryRun);
        var months = read.MetricValues.Select(v => v.Month).Concat(read.BudgetValues.Select(v => v.Month)).Distinct().Order().ToList();
        var summary = new MonthlySummary(result.UploadId,
            [(read.MetricSheet, read.MetricValues.Count), (read.BudgetSheet, read.BudgetValues.Count)],
            months, result.Replaced, read.RowsWithoutActual);
        return new IngestOutcome(fileName, options.DryRun ? IngestStatus.Validated : IngestStatus.Loaded, [], Monthly: summary, Sha256: sha256);
    }
}
