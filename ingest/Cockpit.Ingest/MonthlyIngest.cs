using Cockpit.Ingest.Monthly;
using Cockpit.Ingest.Problems;
using Cockpit.Model.Monthly;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>
/// A monthly report (sheets Mittarit and Talous): read and validate all of it (<see cref="Prepare"/>), then write it in one
/// transaction (<see cref="PreparedUpload.Load"/>). Monthly workbooks are small, so the rows are held until every cell has been checked.
/// </summary>
public sealed class MonthlyIngest(CockpitStore store)
{
    public const string Kind = "monthly";

    public IngestOutcome Ingest(string path, IngestOptions options)
    {
        using var stream = File.OpenRead(path);
        return Ingest(stream, Path.GetFileName(path), options);
    }

    public IngestOutcome Ingest(Stream source, string fileName, IngestOptions options) =>
        new WorkbookIngest(store).Prepare(source, fileName, Kind).Load(store, options);

    /// <summary>Reads and validates; no lock, no write. Throws <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled.</summary>
    internal static PreparedUpload Prepare(ReceivedFile file, string fileName, IReadOnlyList<KnownMetric> knownMetrics, CancellationToken cancel)
    {
        using var stream = file.Open();
        MonthlyReadResult read;
        try
        {
            read = MonthlyWorkbookReader.Read(stream, fileName, new MetricMatcher(knownMetrics), cancel);
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            return Refused(new IngestOutcome(fileName, IngestStatus.Rejected, [Unreadable.Problem(fileName, null, e)], Sha256: file.Sha256, Fault: e));
        }
        return read.Problems.Count > 0
            ? Refused(new IngestOutcome(fileName, IngestStatus.Rejected, read.Problems, Sha256: file.Sha256))
            : new PreparedMonthly(file, fileName, read);
    }

    private static DecidedUpload Refused(IngestOutcome outcome) => new(outcome, Kind);
}
