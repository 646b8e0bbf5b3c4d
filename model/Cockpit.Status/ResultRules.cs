namespace Cockpit.Status;

/// <summary>
/// A good result with no target named: "fortsatt goda resultat", "VGR:s kulturverksamheter har haft ett bra besöksår",
/// "hyvä kävijävuosi", "strong results". At year end the year's goal was met; during it, progress. Weak evidence: any risk
/// or verdict in the text outweighs it.
/// </summary>
internal static class ResultRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 1; i < s.T.Count; i++)
        {
            if (!IsGood(s.T[i - 1].Word) || !IsResult(s.T[i].Word) || s.T[i - 1].Clause != s.T[i].Clause || s.Negator(i) >= 0) continue;
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, i - 1, i));
            return;
        }
    }

    private static bool IsGood(string w) =>
        w is "goda" or "gott" or "god" or "bra" or "utmärkta" or "starka" or "hyvä" or "hyvän" or "hyviä" or "hyvät" or "erinomainen"
            or "erinomaisia" or "erinomaiset" or "good" or "strong" or "excellent";

    private static bool IsResult(string w) =>
        w.StartsWith("resultat", StringComparison.Ordinal) || w.StartsWith("tulos", StringComparison.Ordinal) || w.StartsWith("tulok", StringComparison.Ordinal)
        || w.EndsWith("år", StringComparison.Ordinal) || w.EndsWith("vuosi", StringComparison.Ordinal) || w is "result" or "results" or "year";
}
