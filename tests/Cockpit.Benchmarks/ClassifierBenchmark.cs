using System.Diagnostics;
using Cockpit.Status;

namespace Cockpit.Benchmarks;

/// <summary>
/// Texts classified per second on one thread, over every labelled text (the shared dev set and the test project's sets,
/// each in its round), against issue 16's target of 20,000. The rate is per second of processor time, so other work on
/// the machine slows the wall clock (printed too) but not the figure; the best of five one-second runs counts.
/// </summary>
public static class ClassifierBenchmark
{
    public const double TargetTextsPerSecond = 20_000;

    public static void Run(params string[] files)
    {
        var texts = files.SelectMany(Read).ToArray();
        for (var pass = 0; pass < 30; pass++) // warm-up: let the JIT tier the hot paths up
            foreach (var (text, round) in texts) StatusClassifier.Classify(text, round);
        var process = Process.GetCurrentProcess();
        var best = 0.0;
        for (var run = 0; run < 5; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var count = 0;
            while (clock.ElapsedMilliseconds < 1000)
                foreach (var (text, round) in texts)
                {
                    StatusClassifier.Classify(text, round);
                    count++;
                }
            process.Refresh();
            var perCpuSecond = count / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            best = Math.Max(best, perCpuSecond);
            Console.WriteLine($"classify: {count:N0} texts, {perCpuSecond:N0} per processor second ({count / clock.Elapsed.TotalSeconds:N0} per wall-clock second)");
        }
        Console.WriteLine($"classify: best {best:N0} texts/s on one thread over {texts.Length:N0} labelled texts in {files.Length} files " +
            $"(target {TargetTextsPerSecond:N0}: {(best >= TargetTextsPerSecond ? "met" : "missed")})");
    }

    /// <summary>The labelled files: the shared dev set and every <c>status-*.tsv</c> of the model tests.</summary>
    public static string[] LabelledFiles(string devSet) =>
        [devSet, .. Directory.GetFiles(Path.Combine("tests", "Cockpit.Model.Tests", "Status"), "status-*.tsv").Order()];

    // Header "label lang source [round] text"; a line break inside a text is written \n, sometimes doubled.
    private static IEnumerable<(string Text, RoundKind Round)> Read(string path)
    {
        var lines = File.ReadLines(path).ToList();
        var hasRound = lines[0].Split('\t') is [_, _, _, "round", ..];
        foreach (var cells in lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')))
            yield return (string.Join('\t', cells[(hasRound ? 4 : 3)..]).Replace("\\\\n", "\n").Replace("\\n", "\n"),
                hasRound && cells[3] == "outcome" ? RoundKind.Outcome : RoundKind.Forecast);
    }
}
