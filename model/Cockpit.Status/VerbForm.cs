namespace Cockpit.Status;

/// <summary>What a "goal is realised" word says about time: already met, will be met, missed (abessive), or only names the realisation.</summary>
internal enum VerbForm : byte
{
    None,
    /// <summary>Past or perfect: saavutettiin, toteutui, har uppnåtts, was achieved.</summary>
    Past,
    /// <summary>Present or future: saavutetaan, toteutuu, tullaan saavuttamaan, uppnås, will be met.</summary>
    Present,
    /// <summary>Progressive: on toteutumassa.</summary>
    Progressive,
    /// <summary>English past participle; past or future depends on the auxiliary before it (was met / will be met).</summary>
    Participle,
    /// <summary>Abessive, a negation without "ei": toteutumatta, saavuttamatta.</summary>
    Abessive,
    /// <summary>A noun of realisation: toteutuminen, saavuttaminen, måluppfyllelse.</summary>
    Noun,
}
