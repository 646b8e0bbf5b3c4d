namespace Cockpit.Status;

/// <summary>What kind of wording a rule reads; the README's rule table is grouped by it.</summary>
public enum CueFamily
{
    Cell,
    Realisation,
    Negation,
    Softener,
    Figure,
    Threshold,
    Cost,
    Cancellation,
    Delay,
    Time,
    Fate,
    Hedge,
    Condition,
    Assessment,
    Progress,
    Corona,
    Outcome,
    /// <summary>No cue: the words resemble labelled texts of one status (<see cref="Cockpit.Status.Resemblance"/>).</summary>
    Resemblance,
}
