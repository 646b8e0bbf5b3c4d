namespace Cockpit.Status;

/// <summary>
/// Whether a verb of realisation reports the goal met (past) or forecasts it (present): by its form, by the auxiliary
/// before an English participle, and by the round. At year end a present tense reports what happened ("Tavoite
/// toteutuu", "Målet uppfylls" in a Toteuma/Utfall column), unless it is framed or put in the future.
/// </summary>
internal static class Tense
{
    public static bool IsPast(SentenceContext s, int i)
    {
        var tok = s.T[i];
        if (tok.Form == VerbForm.Past && AfterBecome(s, i)) return IsYearEnd(s, i);
        if (tok.Form == VerbForm.Past || AfterPastCatenative(s, i) || AfterPerfect(s, i)) return true;
        if (tok.Form == VerbForm.Participle && !s.FutureBefore(i) && !AfterPresentAuxiliary(s, i)) return true;
        return tok.Form is VerbForm.Present or VerbForm.Participle && IsYearEnd(s, i);
    }

    /// <summary>Whether the text reports a closed year and nothing puts token i in the future.</summary>
    public static bool IsYearEnd(SentenceContext s, int i) => s.Round == RoundKind.Outcome && !ForecastWording(s, i);

    /// <summary>"bedöms bli uppfyllt", "kommer att bli uppnått": a participle after "bli" (become) is what will be.</summary>
    private static bool AfterBecome(SentenceContext s, int i) => i >= 1 && s.T[i - 1].Word is "bli" or "bliva" or "blir";

    /// <summary>"has been met", "to have been met", "har uppnåtts": a perfect is past whatever stands before it.</summary>
    private static bool AfterPerfect(SentenceContext s, int i) =>
        i >= 2 && s.T[i - 1].Word == "been" && s.T[i - 2].Word is "have" or "has" or "had";

    /// <summary>"The target is met", "targets are reached": a present passive, a forecast unless the round is over.</summary>
    private static bool AfterPresentAuxiliary(SentenceContext s, int i) =>
        i >= 1 && s.T[i - 1].Clause == s.T[i].Clause && s.T[i - 1].Word is "is" or "are" or "being";

    /// <summary>A frame, a future auxiliary or a move to next year keeps even a year-end present tense a forecast.</summary>
    private static bool ForecastWording(SentenceContext s, int i)
    {
        if (s.HasFrame || s.HasNextYearTarget || s.FutureBefore(i)) return true;
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "tullaan" or "tulee" or "tulevat" or "kommer" or "will" or "shall") return true;
        return false;
    }

    /// <summary>"on onnistuttu saavuttamaan", "pystyttiin saavuttamaan": an infinitive after a past "managed to" is past.</summary>
    private static bool AfterPastCatenative(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (i == 0 || !(w.EndsWith("maan", StringComparison.Ordinal) || w.EndsWith("mään", StringComparison.Ordinal))) return false;
        var prev = s.T[i - 1];
        return prev.Clause == s.T[i].Clause && (prev.Has(Cue.Realise) && prev.Form == VerbForm.Past
            || prev.Word is "pystyttiin" or "pystytty" or "pystyi" or "pystyivät" or "pystyneet" or "pystynyt");
    }
}
