using System.Diagnostics;
using System.Text.RegularExpressions;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Tests.Monthly;
using Cockpit.Model.Store;
using Cockpit.Testing;
using Cockpit.Testing.Fuzz;

namespace Cockpit.Ingest.Tests.Fuzz;

/// <summary>
/// Thousands of structurally broken workbooks (every sample and test-built one, their XML parts mutated) through the real
/// ingest: each loads validly or is refused with sentences in fi/sv/en and writes nothing; none throws. One store per
/// worker, one worker per core. Prints its figures and, for a failure, the seed and case to replay (see <see cref="WorkbookFuzz"/>).
/// </summary>
public partial class WorkbookFuzzTests : TempFolderTest
{
    private const int Cases = 2000;
    private const string Test = "tests/Cockpit.Ingest.Tests --filter FullyQualifiedName~WorkbookFuzzTests";
    private static readonly string[] Languages = ["fi", "sv", "en"];

    [Test]
    public void Every_mutated_workbook_loads_or_is_refused_with_sentences_and_none_throws()
    {
        List<FuzzBase> bases = [.. FuzzWorkbooks.SamplesAndBuilt(Temp), .. MonthlyBases().Select(FuzzBase.Load)];
        var seed = WorkbookFuzz.Seed;
        var indexes = WorkbookFuzz.Indexes(Cases).ToList();
        var results = new (FuzzCase Case, IngestOutcome? Outcome, string? Failure)[indexes.Count];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, 4);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var store = CockpitStore.Open(Temp.File($"fuzz-{worker}.duckdb"));
            if (new ForecastIngest(store).Ingest(Repository.SampleWorkbook, new IngestOptions("fuzz")).Status != IngestStatus.Loaded)
                throw new InvalidOperationException("the sample did not load, and the monthly reports' metrics are its metrics");
            for (var i = worker; i < indexes.Count; i += workers)
            {
                var fuzzCase = WorkbookFuzz.Make(bases, seed, indexes[i]);
                var (outcome, failure) = Run(store, fuzzCase);
                results[i] = (fuzzCase, outcome, failure);
            }
        });

        var tally = new FuzzTally();
        foreach (var (_, outcome, _) in results) tally.Count(outcome);
        WorkbookFuzz.Report(tally.Line(seed, workers, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));
        foreach (var (fuzzCase, outcome, _) in results.Where(r => r.Outcome?.Fault is not null))
            TestContext.Progress.WriteLine($"  unexpected: {fuzzCase}: {outcome!.Problems.First(p => p.Code == ProblemCode.Unreadable).Describe("en")}\n{outcome.Fault}");
        var failures = results.Where(r => r.Failure is not null)
            .Select(r => $"{r.Case}\n    {r.Failure}\n    {WorkbookFuzz.Replay(r.Case, Test)}").ToList();
        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {results.Length} cases failed; the first:\n" + string.Join("\n", failures.Take(5)));
    }

    // Every tenth case is loaded for real and its rows checked in the store; the others are dry runs, which read, validate,
    // classify and write just as much but roll back, so the store stays small and each case quick.
    private static (IngestOutcome? Outcome, string? Failure) Run(CockpitStore store, FuzzCase fuzzCase)
    {
        var uploadsBefore = Uploads(store);
        IngestOutcome outcome;
        try
        {
            outcome = new WorkbookIngest(store).Ingest(new MemoryStream(fuzzCase.Bytes), fuzzCase.FileName, new IngestOptions("fuzz", DryRun: fuzzCase.Index % 10 != 0));
        }
        catch (Exception e)
        {
            return (null, $"the ingest threw {e}");
        }
        return (outcome, Check(store, outcome, Uploads(store) - uploadsBefore));
    }

    private static string? Check(CockpitStore store, IngestOutcome outcome, long uploadsAdded)
    {
        if (AuditEntry.For(outcome, "fuzz", "fuzz").Detail.Length == 0) return "no audit detail";
        return outcome.Status switch
        {
            IngestStatus.Rejected when outcome.Problems.Count == 0 => "refused without a problem",
            IngestStatus.Rejected when uploadsAdded != 0 => "a refusal wrote an upload",
            IngestStatus.Rejected when outcome.Problems.Any(p => p.Code == ProblemCode.Unreadable) != outcome.Fault is not null =>
                "an Unreadable problem without its fault, or a fault without the problem",
            IngestStatus.Rejected when outcome.Problems.FirstOrDefault(p => p.Cell is { } cell && !CellAddress().IsMatch(cell)) is { } p =>
                $"a problem located at no cell: {p.Describe("en")}",
            IngestStatus.Rejected => outcome.Problems.SelectMany(p => Languages.Select(lang => p.Describe(lang))).FirstOrDefault(m => !IsSentence(m)) is { } bad
                ? $"not a sentence: {bad}"
                : null,
            IngestStatus.Loaded => uploadsAdded == 1 ? InvalidLoad(store, outcome) : $"a load added {uploadsAdded} uploads",
            IngestStatus.Validated => uploadsAdded == 0 && (outcome.Summary?.MetricRows ?? outcome.Monthly?.RowsPerSheet.Sum(r => r.Rows)) > 0
                ? null : "a dry run wrote, or checked no rows",
            _ => uploadsAdded == 0 ? null : "an upload already loaded was written again",
        };
    }

    // The upload's row counts what its summary says, and every value it wrote is finite and located at a real cell.
    private static string? InvalidLoad(CockpitStore store, IngestOutcome outcome)
    {
        var (id, rows) = outcome.Summary is { } s ? (s.UploadId, s.Rounds.Sum(r => r.Filled + r.Empty))
            : outcome.Monthly is { } m ? (m.UploadId, m.RowsPerSheet.Sum(r => r.Rows))
            : (0, 0);
        var stored = store.Connection.Scalar<int>("SELECT rows FROM uploads WHERE upload_id = $id AND sha256 = $sha", ("id", id), ("sha", outcome.Sha256));
        if (rows == 0 || stored != rows) return $"loaded as upload {id} with {rows} rows in its summary and {stored} stored";
        var bad = store.Connection.Scalar<long>("""
            SELECT (SELECT count(*) FROM forecast_entries WHERE upload_id = $id AND NOT regexp_full_match(cell, $cell))
                 + (SELECT count(*) FROM metric_values WHERE upload_id = $id
                      AND NOT (isfinite(actual) AND coalesce(isfinite(target), true) AND regexp_full_match(cell, $cell)))
                 + (SELECT count(*) FROM budget_rows WHERE upload_id = $id
                      AND NOT (isfinite(budget) AND isfinite(actual) AND coalesce(isfinite(forecast), true) AND regexp_full_match(cell, $cell)))
            """, ("id", id), ("cell", CellPattern));
        return bad == 0 ? null : $"upload {id} holds {bad} values that are not finite or not at a cell address";
    }

    private static long Uploads(CockpitStore store) => store.Connection.Scalar<long>("SELECT count(*) FROM uploads");

    // A message a person reads: ends as a sentence does, no exception type, no stack trace.
    private static bool IsSentence(string message) =>
        message.TrimEnd().EndsWith('.') && !message.Contains("Exception", StringComparison.Ordinal) && !StackFrame().IsMatch(message);

    private IEnumerable<string> MonthlyBases()
    {
        yield return MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Save(Temp.File("fuzz-kuukausi-teksti.xlsx"));
        yield return new MonthlyBook()
            .Sheet("Mätare", ["Mätare", "Månad", "Utfall", "Målnivå", "Enhet"], [[MonthlyBook.Teams, new DateTime(2020, 4, 30), "85,5", 80.0, "%"]])
            .Sheet("Ekonomi", ["Serviceområde", "Månad", "Budget", "Utfall", "Prognos"], MonthlyBook.GoodBudget((new DateTime(2020, 4, 1), "mmmm yyyy")))
            .Save(Temp.File("fuzz-manad-datum.xlsx"));
    }

    // A1 to XFD1048576 (roughly: three letters, seven digits)
    private const string CellPattern = "[A-Z]{1,3}[1-9][0-9]{0,6}";

    [GeneratedRegex("^" + CellPattern + "$")]
    private static partial Regex CellAddress();

    [GeneratedRegex(@"\bat [\w.]+\(|\bSystem\.\w")]
    private static partial Regex StackFrame();
}
