namespace Cockpit.Status;

/// <summary>How a rule's finding takes part in the resolution: see <see cref="StatusResolver"/>.</summary>
public enum RuleKind
{
    /// <summary>Decides where no cue does: an empty cell, a placeholder, no cue at all, or the words' resemblance.</summary>
    Fallback,
    /// <summary>An explicit verdict about the goal; the strongest (naming the goal beats not), then the last, decides.</summary>
    Verdict,
    /// <summary>A risk cue; decides only when no verdict does; the most severe, then the last.</summary>
    Risk,
    /// <summary>Plain progress; decides only when there is neither verdict nor risk.</summary>
    Progress,
}
