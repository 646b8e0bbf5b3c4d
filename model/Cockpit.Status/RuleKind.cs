namespace Cockpit.Status;

/// <summary>How a rule's finding takes part in the resolution: see <see cref="StatusResolver"/>.</summary>
public enum RuleKind
{
    /// <summary>Decides before any cue is read: an empty cell, a placeholder, or no cue at all.</summary>
    Fallback,
    /// <summary>An explicit verdict about the goal; the strongest (naming the goal beats not), then the last, decides.</summary>
    Verdict,
    /// <summary>A risk cue; decides only when no verdict does; the most severe, then the last.</summary>
    Risk,
    /// <summary>Plain progress; decides only when there is neither verdict nor risk.</summary>
    Progress,
}
