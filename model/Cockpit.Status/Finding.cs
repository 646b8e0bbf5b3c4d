namespace Cockpit.Status;

/// <summary>
/// One reading of a sentence: a verdict (<see cref="Strength"/> 1 or 2: 2 when the sentence names the goal),
/// a risk cue (<see cref="Severity"/> &gt; 0), or plain progress. <see cref="Phrase"/> is the deciding words.
/// </summary>
internal readonly record struct Finding(
    ForecastStatus Status, string Rule, int Strength, int Severity, double Confidence, TextRange Sentence, TextRange Phrase, int Order)
{
    public bool IsVerdict => Strength > 0;

    /// <summary>The verdict to keep between two: the stronger; of equal strength, the later one.</summary>
    public static Finding? LaterOrStronger(Finding? kept, Finding next) =>
        kept is not { } k || next.Strength > k.Strength || (next.Strength == k.Strength && next.Order >= k.Order) ? next : kept;

    /// <summary>The risk cue to keep between two: the more severe; of equal severity, the later one.</summary>
    public static Finding? MoreSevere(Finding? kept, Finding next) =>
        kept is not { } k || next.Severity > k.Severity || (next.Severity == k.Severity && next.Order >= k.Order) ? next : kept;
}
