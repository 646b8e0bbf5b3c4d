namespace Cockpit.Status;

/// <summary>
/// A delay with a new date inside the year: "viivästyi keväällä …, mutta kaikki kirjastot ottavat ne käyttöön
/// syyskuussa", "Nyöppningen beräknas istället ske runt midsommar", "Nytt datum för öppning är planerat till slutet på
/// augusti". In a forecast the work is rescheduled, not at risk: the month after the delay is read here, and the resolver
/// lets it answer a delay said before it (<see cref="Rules.ProgressRescheduled"/>). A hedge, condition or doubt, a negation
/// or a later year leaves the delay standing.
/// </summary>
internal static class ScheduleRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.SentenceHas(Cue.Hedge | Cue.Conditional | Cue.Open | Cue.Maybe | Cue.Probable | Cue.Certain | Cue.Whether | Cue.NextYear | Cue.Cancel | Cue.Modal)
            || s.FindWord(0, s.T.Count, w => w is "tiukalla" or "tiukoilla" or "tiukka" or "knappt" or "tight" or "aikaisintaan" or "tidigast" or "earliest") >= 0) return; // "ehtiminen joulukuuksi on tiukalla": a deadline in doubt
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!IsWhenInYear(s.T[i].Word) && !(s.T[i].Word == "syksyn" && i + 1 < s.T.Count && s.T[i + 1].Word == "aikana") || s.Negator(i) >= 0 || LaterYearAfter(s, i)) continue;
            // The delay or a "but" in the sentence before it, or a new date said as such ("istället", "uudeksi päiväksi", "nyt"): not another
            // part's date in a sentence of its own ("Pukuhuoneet valmistuvat suunnitellusti elokuussa").
            // A delay in a sentence before counts too ("… viivästyi seitsemän viikkoa. … Portaat saadaan käyttöön lokakuun puolivälissä"),
            // but not another part on its first plan ("Salin valmistuminen viivästyi. Pukuhuoneet valmistuvat suunnitellusti elokuussa").
            if (!s.HasIn(0, i, Cue.Delay | Cue.Shift) && s.ContrastIn(0, i) < 0 && s.FindWord(0, s.T.Count, IsInstead) < 0 && !(s.Before.Delayed && !OnItsFirstPlan(s))) continue;
            // Not "ennen lokakuuta", a deadline; nor "jatkuu helmikuulle", a month of spring that a forecast can only mean next year.
            if (i > 0 && s.T[i - 1].Word is "ennen" or "före" or "innan" or "before" or "by" or "yli" or "över" || Lexicon.Month(s.T[i].Word) is > 0 and < 4) continue;
            var (start, end) = (s.ClauseStart(i), s.ClauseEnd(i));
            if (s.T[start].Word is "sillä" or "koska" or "kun" or "eftersom" or "because" or "as" or "since") continue; // a reason's date ("sillä valmistaja haki yrityssaneerausta heinäkuussa")
            if (s.FindWord(start, end, w => w is "alun" or "alkuperäisen" or "ursprungligen" or "originally" || w.StartsWith("tarkoitus", StringComparison.Ordinal)) >= 0) continue; // the date first meant
            // The new date in a clause of its own that does, opens or finishes the work ("mutta se otetaan käyttöön syksyn aikana"),
            // not the delay's own clause ("pysähtyi toukokuussa", "on nyt framflyttad till oktober").
            if (s.HasIn(start, end, Cue.Shift | Cue.Delay) || !s.HasIn(start, end, Cue.Progress | Cue.Finish | Cue.Realise | Cue.Work) && s.FindWord(start, end, IsNewDate) < 0) continue;
            found.Add(SentenceReader.Make(s, Rules.ProgressRescheduled, false, start == i ? i : start, i));
            return;
        }
    }

    /// <summary>"suunnitellusti", "aikataulussa", "Tavoitteena on", "Ensimmäinen vaihe": a work or part on its first plan, or an aim.</summary>
    private static bool OnItsFirstPlan(SentenceContext s) => s.SentenceHas(Cue.Goal | Cue.OnTrack)
        || s.FindWord(0, s.T.Count, w => w.StartsWith("suunnitel", StringComparison.Ordinal) || w.StartsWith("aikataulu", StringComparison.Ordinal) || w.StartsWith("vaihe", StringComparison.Ordinal)
            || w.StartsWith("etapp", StringComparison.Ordinal) || w is "planenligt" or "planned" or "schedule" or "phase") >= 0;

    private static bool IsInstead(string w) =>
        w is "istället" or "istallet" or "sijaan" or "sijasta" or "instead" or "nyt" or "nu" or "now" or "uudeksi" or "nytt";

    /// <summary>A month ("syyskuussa", "augusti"), midsummer or the autumn: a time within the year.</summary>
    private static bool IsWhenInYear(string w) => Lexicon.Month(w) > 0 || w is "juhannukseksi" or "juhannukseen" or "midsommar" or "syksyllä" or "hösten";

    /// <summary>"Nytt datum", "valmistumisajankohta", "uudeksi päiväksi": the new date given.</summary>
    private static bool IsNewDate(string w) =>
        w is "datum" or "datumet" || w.Contains("ajankoh", StringComparison.Ordinal) || w.StartsWith("päiväksi", StringComparison.Ordinal);

    /// <summary>
    /// A year after token i in its sentence later than the report's; unlike <see cref="SentenceContext.LaterYearIn"/>, also
    /// when the report's year is not known (the real sets), where a lone year in the text is taken as a later one.
    /// </summary>
    private static bool LaterYearAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year) && s.IsLaterYear(j)) return true;
        return false;
    }
}
