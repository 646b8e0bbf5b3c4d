namespace Cockpit.Status;

/// <summary>A derived status and why: the rule that decided, the sentence or phrase it rests on, and a confidence in [0, 1].</summary>
public sealed record StatusResult(ForecastStatus Status, string Rule, string Evidence, double Confidence)
{
    public string Code => Status.ToCode();
}
