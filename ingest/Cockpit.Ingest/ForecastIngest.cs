using System.Collections.Concurrent;
using Cockpit.Ingest.Forecasts;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Status;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

public sealed record IngestOptions(string UploadedBy, bool DryRun = false);

/// <summary>
/// Loads a forecast workbook into the store: read, validate, classify and write in one transaction.
/// The reader streams and classifies rows on one thread while this one appends them; any problem rolls all back.
/// </summary>
public sealed class ForecastIngest(CockpitStore store)
{
    public const string Kind = "forecast";

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

        var context = new ForecastReadContext(fileName);
        var tally = new ForecastTally();
        using var load = store.BeginForecastLoad(new UploadInfo(fileName, sha256, Kind, options.UploadedBy, DateTimeOffset.UtcNow, content));
        Pump<(MetricRow Row, StatusResult[] Statuses)>(
            onRow => ForecastWorkbookReader.Read(stream, context, row => onRow((row, row.Forecasts.Select(f => StatusClassifier.Classify(f.Text)).ToArray()))),
            classified =>
            {
                load.Add(classified.Row, classified.Statuses);
                tally.Count(classified.Row, classified.Statuses);
            });
        if (context.Problems.Count > 0)
            return new IngestOutcome(fileName, IngestStatus.Rejected, context.Problems, Sha256: sha256, Fault: context.Fault);

        var result = load.Commit(options.DryRun);
        var summary = new IngestSummary(result.UploadId, tally.MetricRows, tally.Goals, tally.Themes, tally.Rounds, tally.Statuses,
            result.Replaced, result.DroppedOverrides, context.SheetsRead, context.SheetsSkipped, context.SkippedRows);
        return new IngestOutcome(fileName, options.DryRun ? IngestStatus.Validated : IngestStatus.Loaded, [], summary, Sha256: sha256);
    }

    // Runs the producer (read and classify) on a worker thread and the consumer (write) on this one, with a bounded
    // queue between them: the two halves of the work take about as long, and the queue keeps memory flat.
    private static void Pump<T>(Action<Action<T>> produce, Action<T> consume)
    {
        using var rows = new BlockingCollection<T>(boundedCapacity: 256);
        var producer = Task.Run(() =>
        {
            try { produce(rows.Add); }
            finally { rows.CompleteAdding(); }
        });
        try
        {
            foreach (var row in rows.GetConsumingEnumerable()) consume(row);
        }
        catch
        {
            rows.CompleteAdding(); // a producer blocked on a full queue now stops
            try { producer.Wait(); } catch (AggregateException) { }
            throw;
        }
        producer.GetAwaiter().GetResult();
    }
}
