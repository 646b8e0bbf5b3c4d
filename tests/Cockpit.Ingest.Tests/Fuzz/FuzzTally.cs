using System.Globalization;
using Cockpit.Ingest.Problems;

namespace Cockpit.Ingest.Tests.Fuzz;

/// <summary>What the fuzz cases came to, as the one line a run prints.</summary>
internal sealed class FuzzTally
{
    private readonly SortedDictionary<string, int> refusals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> outcomes = [];
    private int cases, unexpected;

    /// <summary>Counts one case: its outcome, or null when the ingest threw.</summary>
    public void Count(IngestOutcome? outcome)
    {
        cases++;
        var name = outcome?.Status.ToString() ?? "Threw";
        outcomes[name] = outcomes.GetValueOrDefault(name) + 1;
        if (outcome is not { Status: IngestStatus.Rejected }) return;
        if (outcome.Problems.Any(p => p.Code == ProblemCode.Unreadable)) unexpected++;
        foreach (var code in outcome.Problems.Select(p => p.Code.ToString()).Distinct())
            refusals[code] = refusals.GetValueOrDefault(code) + 1;
    }

    public string Line(int seed, int workers, TimeSpan took, TimeSpan cpu) => string.Create(CultureInfo.InvariantCulture,
        $"fuzz ingest: seed {seed}, {cases} cases in {took.TotalSeconds:0.0} s ({cpu.TotalSeconds:0} s CPU, {workers} workers): "
        + $"{Of(IngestStatus.Loaded)} loaded, {Of(IngestStatus.Validated)} checked by a dry run, {Of(IngestStatus.AlreadyLoaded)} already loaded, "
        + $"{Of(IngestStatus.Rejected)} refused ({string.Join(", ", refusals.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}), "
        + $"{unexpected} on the unexpected path (Unreadable), {outcomes.GetValueOrDefault("Threw")} exceptions escaped");

    private int Of(IngestStatus status) => outcomes.GetValueOrDefault(status.ToString());
}
