namespace Cockpit.Status;

/// <summary>
/// One row of the rule table (<see cref="Rules"/>). <see cref="Code"/> is what the database's <c>rule</c> column and the
/// review page store, so it never changes for an existing rule. <see cref="Confidence"/> applies when the deciding
/// sentence names the goal (or the rule is not a verdict), <see cref="ConfidenceUnnamed"/> when a verdict does not.
/// </summary>
public sealed record Rule(
    string Code, CueFamily Family, RuleLanguages Languages, ForecastStatus Status, RuleKind Kind, int Severity, double Confidence,
    double ConfidenceUnnamed)
{
    public Rule(string code, CueFamily family, RuleLanguages languages, ForecastStatus status, RuleKind kind, double confidence)
        : this(code, family, languages, status, kind, 0, confidence, confidence)
    {
    }

    public override string ToString() => Code;
}
