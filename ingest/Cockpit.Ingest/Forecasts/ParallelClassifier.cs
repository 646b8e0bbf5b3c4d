using Cockpit.Model.Forecasts;
using Cockpit.Status;

namespace Cockpit.Ingest.Forecasts;

/// <summary>
/// Classifies metric rows on the thread pool while the reader goes on, in batches, and gives them back in the order they
/// were read: reading and classifying share the cores, and the statuses are the same as one thread's.
/// </summary>
internal sealed class ParallelClassifier(CancellationToken cancel)
{
    private const int BatchSize = 500;

    private readonly List<Task<ClassifiedRow[]>> batches = [];
    private List<MetricRow> batch = new(BatchSize);

    public void Add(MetricRow row)
    {
        batch.Add(row);
        if (batch.Count == BatchSize) Dispatch();
    }

    /// <summary>Every row added, classified, in the order added; throws what classifying threw.</summary>
    public List<ClassifiedRow> Finish()
    {
        Dispatch();
        return batches.SelectMany(b => b.GetAwaiter().GetResult()).ToList();
    }

    private void Dispatch()
    {
        var rows = batch;
        batch = new List<MetricRow>(BatchSize);
        batches.Add(Task.Run(() => rows.Select(Classify).ToArray(), cancel));
    }

    private ClassifiedRow Classify(MetricRow row)
    {
        cancel.ThrowIfCancellationRequested();
        return new ClassifiedRow(row, row.Forecasts.Select(f => StatusClassifier.Classify(f.Text, f.Round.Kind, f.Round.Year)).ToArray());
    }
}
