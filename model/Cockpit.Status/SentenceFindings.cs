namespace Cockpit.Status;

/// <summary>What one sentence says: its verdict if it gives one, its most severe risk cue, and whether it reports progress.</summary>
internal record struct SentenceFindings(Finding? Verdict, Finding? Risk, Finding? Progress)
{
    public void AddVerdict(Finding f) => Verdict = Finding.LaterOrStronger(Verdict, f);

    public void AddRisk(Finding f) => Risk = Finding.MoreSevere(Risk, f);

    public void AddProgress(Finding f) => Progress ??= f;
}
