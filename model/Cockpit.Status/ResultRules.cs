namespace Cockpit.Status;

/// <summary>
/// Plain good news with no target named. A good result: "fortsatt goda resultat", "VGR:s kulturverksamheter har haft ett
/// bra besöksår", "hyvä kävijävuosi", "strong results". A state that holds for all: "Kaikki kuusi nuorisotaloa ovat avoinna
/// myös kesäkuukausina", "Samtliga bibliotek i kommunen har meröppet", "All district libraries are open on Sundays". At
/// year end the year's goal was met; during it, progress. Weak evidence: any risk or verdict in the text outweighs it.
/// </summary>
internal static class ResultRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        if (AllInPlace(s))
        {
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, 0) ? Rules.StateAll : Rules.StateAllSoFar, false, 0, Math.Min(2, s.T.Count - 1)));
            return;
        }
        if (Success(s) is var success and >= 0)
        {
            // "Oodin ensimmäinen vuosi on ollut menestys", "har varit en framgång", "has been a success": done, and well.
            found.Add(SentenceReader.Make(s, Rules.VerdictAchieved, s.HasGoal, Math.Max(0, success - 2), success));
            return;
        }
        for (var i = 1; i < s.T.Count; i++)
        {
            if (!IsGood(s.T[i - 1].Word) || !IsResult(s.T[i].Word) || s.T[i - 1].Clause != s.T[i].Clause || s.Negator(i) >= 0) continue;
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.ResultGood : Rules.ResultGoodSoFar, false, i - 1, i));
            return;
        }
    }

    /// <summary>A sentence that opens with "all" and says nothing against it: no negation, hedge, condition, modal, delay or cancellation.</summary>
    private static bool AllInPlace(SentenceContext s)
    {
        if (s.T.Count < 3 || s.T[0].Word is not ("kaikki" or "samtliga" or "alla" or "all") || s.Hedge >= 0 || s.Conditional >= 0) return false;
        foreach (var t in s.T)
            if (t.Has(Cue.Negator | Cue.NegQuantifier | Cue.Modal | Cue.Delay | Cue.Cancel | Cue.Realise | Cue.Goal | Cue.Yet | Cue.LaterTime | Cue.NextYear)) return false;
        return true;
    }

    /// <summary>"menestys", "framgång", "success" after a past or perfect copula, undenied: the noun's index, or -1.</summary>
    private static int Success(SentenceContext s)
    {
        for (var i = 1; i < s.T.Count; i++)
        {
            if (s.T[i].Word is not ("menestys" or "framgång" or "success") || s.Negator(i) >= 0) continue;
            for (var j = Math.Max(0, i - 3); j < i; j++)
                if (s.T[j].Word is "ollut" or "oli" or "varit" or "var" or "been" or "was") return i;
        }
        return -1;
    }

    private static bool IsGood(string w) =>
        w is "goda" or "gott" or "god" or "bra" or "utmärkta" or "starka" or "hyvä" or "hyvän" or "hyviä" or "hyvät" or "erinomainen"
            or "erinomaisia" or "erinomaiset" or "good" or "strong" or "excellent";

    private static bool IsResult(string w) =>
        w.StartsWith("resultat", StringComparison.Ordinal) || w.StartsWith("tulos", StringComparison.Ordinal) || w.StartsWith("tulok", StringComparison.Ordinal)
        || w.EndsWith("år", StringComparison.Ordinal) || w.EndsWith("vuosi", StringComparison.Ordinal) || w is "result" or "results" or "year";
}
