using System.Diagnostics;
using Cockpit.Status;

namespace Cockpit.Benchmarks;

/// <summary>Texts classified per second on one thread, over the dev set's texts repeated.</summary>
public static class ClassifierBenchmark
{
    public static void Run(string devSetPath)
    {
        var texts = File.ReadLines(devSetPath).Skip(1)
            .Select(line => line.Split('\t')[^1].Replace("\\\\n", "\n").Replace("\\n", "\n")) // the dev set writes \n, sometimes doubled
            .ToArray();
        foreach (var text in texts) StatusClassifier.Classify(text); // warm-up
        const int passes = 500;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < passes; i++)
            foreach (var text in texts) StatusClassifier.Classify(text);
        clock.Stop();
        var count = passes * texts.Length;
        Console.WriteLine($"classify: {count} texts in {clock.Elapsed.TotalSeconds:F2} s = {count / clock.Elapsed.TotalSeconds:N0} texts/s (one thread)");
    }
}
