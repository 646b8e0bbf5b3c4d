using Cockpit.Ingest.Forecasts;
using Cockpit.Ingest.Problems;
using Cockpit.Status;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <param name="Audit">Write the attempt's row in the audit trail: in the load's own transaction for a load, on its own for a refusal.</param>
public sealed record IngestOptions(string UploadedBy, bool DryRun = false, bool Audit = false);

/// <summary>
/// A forecast workbook: read, validate and classify every row into memory (<see cref="Prepare"/>, no lock, no write), then
/// append and commit them in one transaction (<see cref="PreparedUpload.Load"/>); any problem and nothing is written.
/// </summary>
public sealed class ForecastIngest(CockpitStore store)
{
    public const string Kind = "forecast";

    public IngestOutcome Ingest(string path, IngestOptions options)
    {
        using var stream = File.OpenRead(path);
        return Ingest(stream, Path.GetFileName(path), options);
    }

    public IngestOutcome Ingest(Stream source, string fileName, IngestOptions options) =>
        new WorkbookIngest(store).Prepare(source, fileName, Kind).Load(store, options);

    /// <summary>Reads, validates and classifies; no lock, no write. Throws <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled.</summary>
    internal static PreparedUpload Prepare(ReceivedFile file, string fileName, CancellationToken cancel)
    {
        var context = new ForecastReadContext(fileName);
        var classifier = new ParallelClassifier(cancel);
        using (var stream = file.Open())
            ForecastWorkbookReader.Read(stream, context, classifier.Add, cancel);
        var rows = Classified(classifier, context);
        var tally = new ForecastTally();
        foreach (var (row, statuses) in rows) tally.Count(row, statuses);
        return context.Problems.Count > 0
            ? new DecidedUpload(new IngestOutcome(fileName, IngestStatus.Rejected, context.Problems, Sha256: file.Sha256, Fault: context.Fault), Kind)
            : new PreparedForecast(file, fileName, rows, tally, context);
    }

    // What the classifier throws the text brought about, as when it ran inside the reader: the file is unreadable.
    private static List<ClassifiedRow> Classified(ParallelClassifier classifier, ForecastReadContext context)
    {
        try
        {
            return classifier.Finish();
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            context.Problems.Add(Unreadable.Problem(context.File, null, e));
            context.Fault ??= e;
            return [];
        }
    }
}
