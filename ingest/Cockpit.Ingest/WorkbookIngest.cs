using System.Diagnostics;
using System.Globalization;
using Cockpit.Ingest.Monthly;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Model.Store;

namespace Cockpit.Ingest;

/// <summary>
/// Loads a workbook of either kind, recognised from its content: a sheet named Mittarit, Talous or Mätare (Swedish)
/// makes a monthly report; anything else is read as a forecast report (which then says what it lacks).
/// Whatever a file holds, the outcome is a load or a refusal with a sentence, never an exception (see <see cref="Unreadable"/>).
/// The work is in two steps: <see cref="Prepare"/> reads, validates and classifies without a lock or a write, and
/// <see cref="PreparedUpload.Load"/> appends and commits, the only step that needs the write lock.
/// </summary>
public sealed class WorkbookIngest(CockpitStore store)
{
    public IngestOutcome Ingest(string path, IngestOptions options)
    {
        using var stream = File.OpenRead(path);
        return Ingest(stream, Path.GetFileName(path), options);
    }

    public IngestOutcome Ingest(Stream stream, string fileName, IngestOptions options) =>
        Prepare(stream, fileName).Load(store, options);

    /// <summary>
    /// Reads <paramref name="source"/> once into memory, and from those bytes the workbook, validated and classified; writes
    /// nothing and takes no lock (its store reads, "already loaded?" and the known metrics, are on a connection of its own).
    /// Reading longer than <paramref name="readLimit"/> stops the reader, and the upload is refused as <see cref="ProblemCode.ReadTooLong"/>.
    /// </summary>
    public PreparedUpload Prepare(Stream source, string fileName, TimeSpan? readLimit = null) => Prepare(source, fileName, kind: null, readLimit);

    internal PreparedUpload Prepare(Stream source, string fileName, string? kind, TimeSpan? readLimit = null)
    {
        var file = ReceivedFile.Read(source);
        using var reads = store.OpenConnection();
        if (file.AlreadyLoaded(CockpitStore.FindUpload(reads, file.Sha256), fileName) is { } already)
            return new DecidedUpload(already, already.Existing!.Kind);
        using var limit = new CancellationTokenSource(readLimit ?? Timeout.InfiniteTimeSpan);
        var clock = Stopwatch.StartNew();
        try
        {
            using (var stream = file.Open()) kind ??= KindOf(stream, fileName, limit.Token);
            var prepared = kind == MonthlyIngest.Kind
                ? MonthlyIngest.Prepare(file, fileName, CockpitStore.KnownMetrics(reads), limit.Token)
                : ForecastIngest.Prepare(file, fileName, limit.Token);
            // The readers look at the limit between rows, and its timer may fire late on a busy machine: a read that ran past
            // the limit by the clock is refused all the same.
            if (clock.Elapsed > readLimit) limit.Cancel();
            limit.Token.ThrowIfCancellationRequested();
            return prepared;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            var seconds = (readLimit ?? TimeSpan.Zero).TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
            var problem = new WorkbookProblem(fileName, null, null, ProblemCode.ReadTooLong, seconds);
            return new DecidedUpload(new IngestOutcome(fileName, IngestStatus.Rejected, [problem], Sha256: file.Sha256), kind ?? ForecastIngest.Kind);
        }
    }

    /// <summary>
    /// <c>monthly</c> or <c>forecast</c>, and never throws for what the file holds: a file whose sheet names cannot be read
    /// counts as a forecast report, whose reader then says what is wrong with it. Rewinds the stream.
    /// </summary>
    public static string KindOf(Stream stream, string fileName) => KindOf(stream, fileName, CancellationToken.None);

    private static string KindOf(Stream stream, string fileName, CancellationToken cancel)
    {
        try
        {
            return MonthlyWorkbookReader.IsMonthly(XlsxWorkbook.ReadSheetNames(stream, fileName, cancel: cancel)) ? MonthlyIngest.Kind : ForecastIngest.Kind;
        }
        catch (Exception e) when (Unreadable.IsFileFault(e))
        {
            return ForecastIngest.Kind;
        }
        finally
        {
            if (stream.CanSeek) stream.Position = 0;
        }
    }
}
