namespace Cockpit.Status;

/// <summary>The languages a rule has wording for.</summary>
[Flags]
public enum RuleLanguages
{
    Fi = 1,
    Sv = 2,
    En = 4,
    All = Fi | Sv | En,
}
