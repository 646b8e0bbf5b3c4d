using System.Diagnostics;
using System.Globalization;

namespace Cockpit.Benchmarks;

/// <summary>One run of one side: its time, and its peak resident memory when it was a process of its own.</summary>
public sealed record Measurement(double Milliseconds, double? PeakMiB = null)
{
    public static async Task<Measurement> TimeAsync(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return new Measurement(clock.Elapsed.TotalMilliseconds);
    }
}

/// <summary>One side of a comparison: what is run, and what it is called in the output.</summary>
public sealed record Side(string Name, Func<Task<Measurement>> Run);

/// <summary>The ratio (ours / the anchor's) a comparison must stay at or under; <c>null</c> where a size is printed for information only.</summary>
public sealed record Target(double AtMost, string Text)
{
    public static Target Ratio(double atMost) => new(atMost, string.Create(CultureInfo.InvariantCulture, $"<= {atMost:F2}x"));
}

/// <summary>Medians of both sides over alternating pairs, their ratio (median A / median B) and the spread of the pairwise ratios.</summary>
public sealed record Comparison(string Name, string Measure, string NameA, string NameB, double[] ValuesA, double[] ValuesB, string Unit, Target? Target)
{
    public double MedianA => Median(ValuesA);
    public double MedianB => Median(ValuesB);
    public double Ratio => MedianA / MedianB;
    public double LowestPairRatio => ValuesA.Zip(ValuesB, (a, b) => a / b).Min();
    public double HighestPairRatio => ValuesA.Zip(ValuesB, (a, b) => a / b).Max();
    public string Verdict => Target is null ? "for information" : Ratio <= Target.AtMost ? "met" : "NOT met";

    public string RatioText => Format($"{Ratio:F3}x ({LowestPairRatio:F3}–{HighestPairRatio:F3}x over {ValuesA.Length} pairs)");
    public string TargetText => Target?.Text ?? "-";
    public string ValueText(double value) => Unit == "ms" && value >= 1000 ? Format($"{value / 1000:F2} s") : Format($"{value:F1} {Unit}");

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Runs two sides A B A B ... for <see cref="Pairs"/> pairs after one warm-up run of each, so that a machine shared with
/// others slows both alike, and prints each measure's medians, ratio, spread and target. Every comparison of the anchors
/// goes through here; <see cref="Results"/> keeps them for the summary table.
/// </summary>
public static class PairedTimer
{
    public const int MinimumPairs = 5;
    private static readonly List<Comparison> results = [];

    /// <summary>Pairs per comparison: at least five (<c>--pairs N</c>).</summary>
    public static int Pairs { get; set; } = MinimumPairs;

    public static IReadOnlyList<Comparison> Results => results;

    public static async Task<IReadOnlyList<Comparison>> CompareAsync(string name, Side a, Side b, Target? timeTarget, Target? memoryTarget = null)
    {
        await a.Run();
        await b.Run();
        var (runsA, runsB) = (new List<Measurement>(), new List<Measurement>());
        for (var pair = 0; pair < Pairs; pair++)
        {
            runsA.Add(await a.Run());
            runsB.Add(await b.Run());
        }
        List<Comparison> measured =
            [new(name, "time", a.Name, b.Name, [.. runsA.Select(r => r.Milliseconds)], [.. runsB.Select(r => r.Milliseconds)], "ms", timeTarget)];
        if (runsA.All(r => r.PeakMiB is not null) && runsB.All(r => r.PeakMiB is not null))
            measured.Add(new(name, "peak memory", a.Name, b.Name, [.. runsA.Select(r => r.PeakMiB!.Value)], [.. runsB.Select(r => r.PeakMiB!.Value)], "MiB", memoryTarget));
        Console.WriteLine($"{name}: A = {a.Name}, B = {b.Name}");
        foreach (var c in measured)
        {
            Console.WriteLine($"  {c.Measure,-12} median A {c.ValueText(c.MedianA)}, median B {c.ValueText(c.MedianB)}; ratio {c.RatioText}  target {c.TargetText}  {c.Verdict}");
            results.Add(c);
        }
        return measured;
    }

    /// <summary>Every comparison of this run as a Markdown table: the ratio beside its target.</summary>
    public static void PrintSummary()
    {
        if (results.Count == 0) return;
        Console.WriteLine("\n## summary: ours (A) against what a user would pick instead (B), measured in this run\n");
        Console.WriteLine("| comparison | measure | A median | B median | ratio A/B (pairwise spread) | target | |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var c in results)
            Console.WriteLine($"| {c.Name} | {c.Measure} | {c.ValueText(c.MedianA)} | {c.ValueText(c.MedianB)} | {c.RatioText} | {c.TargetText} | {c.Verdict} |");
    }
}
