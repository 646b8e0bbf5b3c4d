namespace Cockpit.Status;

/// <summary>A derived status and why: the rule that decided, the sentence or phrase it rests on, and a confidence in [0, 1].</summary>
public sealed record StatusResult(ForecastStatus Status, Rule Rule, string Evidence, double Confidence)
{
    public string Code => Status.ToCode();

    /// <summary>The rule's stable code, as stored in the database's <c>rule</c> column.</summary>
    public string RuleCode => Rule.Code;
}
