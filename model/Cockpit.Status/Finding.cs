namespace Cockpit.Status;

/// <summary>
/// One reading of a sentence by a <see cref="Rule"/>: <see cref="NamesGoal"/> when the sentence names the goal (a verdict
/// that does is stronger), <see cref="Phrase"/> the deciding words, <see cref="Order"/> its position in the text.
/// <see cref="Qualified"/> when words beside the phrase that no rule read may qualify it ("uppnåtts dåligt", "saavutettu
/// vasta kolmannes"): such a reading stays below <see cref="Cockpit.Status.Confidence.AutoAccept"/>, so a person checks it.
/// </summary>
internal readonly record struct Finding(Rule Rule, bool NamesGoal, TextRange Sentence, TextRange Phrase, int Order, bool Qualified = false)
{
    /// <summary>The highest confidence of a qualified reading: below <see cref="Cockpit.Status.Confidence.AutoAccept"/>.</summary>
    public const double QualifiedCeiling = 0.85;

    public ForecastStatus Status => Rule.Status;

    /// <summary>2 for a verdict naming the goal, 1 for one that does not, 0 for a risk or progress.</summary>
    public int Strength => Rule.Kind != RuleKind.Verdict ? 0 : NamesGoal ? 2 : 1;

    public double Confidence => Math.Min(Qualified ? QualifiedCeiling : 1, Rule.Kind != RuleKind.Verdict || NamesGoal ? Rule.Confidence : Rule.ConfidenceUnnamed);
}
