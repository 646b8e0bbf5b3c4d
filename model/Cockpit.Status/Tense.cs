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

    /// <summary>A year-end column whose sentence moves nothing into next year: what a result, a balance or attainment reports on.</summary>
    public static bool ClosedYear(SentenceContext s) => s.Round == RoundKind.Outcome && !s.HasNextYearTarget;

    /// <summary>"suunnitelman mukaisesti", "seuraava vaihe", "nästa etapp", "the next phase": a later year the plan itself gives.</summary>
    private static bool PlannedLater(SentenceContext s, int j)
    {
        for (var k = s.ClauseStart(j); k < s.ClauseEnd(j); k++) // "käynnistyy suunnitelman mukaisesti tammikuussa 2049"; not "eteni suunnitelman mukaisesti, mutta museo avataan maaliskuussa 2021"
            if (s.T[k].Has(Cue.OnTrack) && s.Negator(k) < 0
                || IsPhase(s.T[k].Word) && k + 1 < s.T.Count && char.IsAsciiDigit(s.T[k + 1].Word[0]) // "etapp 2 blir klar våren 2053"
                || k > 0 && IsPhase(s.T[k].Word) && s.T[k - 1].Word is "seuraava" or "toinen" or "kolmas" or "viimeinen"
                    or "nästa" or "andra" or "tredje" or "sista" or "next" or "second" or "third" or "final")
                return true;
        // "Renoveringen blir klar sommaren 2053 enligt den ursprungliga tidsplanen", "…, som planerat": the plan put it there.
        return s.ContrastIn(0, s.T.Count) < 0 && s.FindWord(0, s.T.Count, w => w is "planerat" or "planerad" || w.StartsWith("tidsplan", StringComparison.Ordinal)
            || w.StartsWith("tidplan", StringComparison.Ordinal)) is var plan and >= 0 && s.Negator(plan) < 0;
    }

    /// <summary>"vaihe", "etappen", "fas", "phase": a phase of the work.</summary>
    internal static bool IsPhase(string w) =>
        w.StartsWith("vaihe", StringComparison.Ordinal) || w.StartsWith("etapp", StringComparison.Ordinal) || w is "fas" or "fasen" or "phase" or "stage";

    /// <summary>
    /// "leirikausi on ohi", "säsongen är över", "the season is over": what the season counted is final, even in a forecast;
    /// not "koronakausi", nor with a contrast, a year's target or a season still to come ("talvikausi jatkuu").
    /// </summary>
    public static bool SeasonOver(SentenceContext s) =>
        s.FindWord(1, s.T.Count, w => w is "ohi" or "över" or "slut" or "over" or "päättyi" or "päättyessä" or "päättynyt" or "ended") is var over and > 0 && s.Negator(over) < 0 && s.ContrastIn(0, s.T.Count) < 0
        && s.FindWord(s.ClauseStart(over), over, w => (w.Contains("kausi", StringComparison.Ordinal) || w.Contains("kaude", StringComparison.Ordinal) || w.Contains("säsong", StringComparison.Ordinal) || w == "season")
            && !w.StartsWith("korona", StringComparison.Ordinal)) >= 0
        && s.FindWord(over + 1, s.T.Count, w => w.Contains("kaude", StringComparison.Ordinal) || w.Contains("kausi", StringComparison.Ordinal) || w.Contains("säsong", StringComparison.Ordinal)) < 0 // not "syyskauden kurssit alkavat"
        && s.FindWord(0, s.T.Count, w => w.StartsWith("vuosi", StringComparison.Ordinal) || w.StartsWith("vuode", StringComparison.Ordinal) || w.StartsWith("helår", StringComparison.Ordinal) || w.StartsWith("årsmål", StringComparison.Ordinal)
            || w.StartsWith("jatku", StringComparison.Ordinal) || w is "edessä" or "year" or "yearly" or "annual") < 0;

    /// <summary>Whether the text reports a closed year and nothing puts token i in the future.</summary>
    public static bool IsYearEnd(SentenceContext s, int i) => s.Round == RoundKind.Outcome && !ForecastWording(s, i);

    /// <summary>
    /// "saavutetaan vasta ensi vuonna", "nås först nästa år", "will be met next year", "vasta vuonna 2022": the goal is put
    /// in a later year than the one reported on. The index of the phrase's last word in token i's clause, or -1.
    /// </summary>
    public static int LaterYear(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
        {
            if (s.T[j].Has(Cue.NextYear)) return NextYearPhraseEnd(s, j);
            if (s.T[j].Has(Cue.Year) && EarlyInYear(s, j) && !IsPast(s, i) && s.MayBeLaterYear(j)) return j;
            // "otetaan käyttöön maaliskuussa 2049" in the report for 2048: a month or season of a year known to be later.
            // Not "seuraava vaihe alkaa maaliskuussa 2049", nor "käynnistyy suunnitelman mukaisesti tammikuussa 2049": a later step the plan puts there.
            if (s.T[j].Has(Cue.Year) && s.ReportYear > 0 && s.IsLaterYear(j) && (!IsPast(s, i) || s.T[i].Form == VerbForm.Present) && j > 0 && (Lexicon.Month(s.T[j - 1].Word) > 0 || Tokenizer.IsSeason(s.T[j - 1].Word) || s.T[j - 1].Word is "våren" or "hösten" or "sommaren" or "vintern")
                && !PlannedLater(s, j)) return j;
            // At year end "färdigställs 2021", "valmistuu vuonna 2021": a present that names a year is still to come.
            if (s.T[j].Has(Cue.Year) && s.Round == RoundKind.Outcome && s.T[i].Form == VerbForm.Present && j > i && j <= i + 2
                && (s.ReportYear > 0 ? s.IsLaterYear(j) : s.SentenceHas(Cue.Delay | Cue.Shift)) // with the year unknown, only after a delay: not "Bokslutet visar att målet nås 2061"
                && (j == i + 1 || s.T[i + 1].Word is "år" or "vuonna" or "in") && !PlannedLater(s, j)
                && s.FindWord(s.ClauseStart(i), i, w => w is "nästa" or "next" || w.StartsWith("seuraava", StringComparison.Ordinal)) < 0) return j; // not "Nästa undersökning genomförs 2025"
            if (j + 1 >= s.T.Count || s.T[j].Word is not ("vasta" or "först" or "until" or "förrän" or "aikaisintaan" or "tidigast" or "earliest")) continue;
            var next = s.T[j + 1];
            // "otetaan käyttöön vasta helmikuussa": a forecast is written during the year, so an early month still to come is next year's.
            if (s.Round == RoundKind.Forecast && IsEarlyMonth(next.Word) && !IsPast(s, i)) return j + 1;
            // "kan öppnas först i januari 2016": the same after a preposition.
            if (s.Round == RoundKind.Forecast && next.Word is "i" or "in" && j + 2 < s.T.Count && IsEarlyMonth(s.T[j + 2].Word) && !IsPast(s, i)) return j + 2;
            // "vasta vuonna 2022", "först under säsongen 2021", "until the summer season of 2021".
            for (var k = j + 1; k < s.T.Count && k <= j + 5 && s.T[k].Clause == s.T[j].Clause; k++)
                if (s.T[k].Has(Cue.Year) && (!IsPast(s, i) || s.T[i].Form == VerbForm.Present) && s.MayBeLaterYear(k)) return k;
        }
        return -1;
    }

    /// <summary>The last word of a next-year phrase that starts at j ("ensi vuonna", "next summer").</summary>
    public static int NextYearPhraseEnd(SentenceContext s, int j) => j + 1 < s.T.Count && s.T[j + 1].Has(Cue.NextYear) ? j + 1 : j;

    /// <summary>
    /// "vuoden 2021 ensimmäisellä neljänneksellä", "vuoden 2021 alussa", "i början av 2021", "early 2021": the start of a named
    /// year. A forecast is written during the year it reports on, so a start still to come is a later year's.
    /// </summary>
    private static bool EarlyInYear(SentenceContext s, int year)
    {
        var after = year + 1 < s.T.Count ? s.T[year + 1].Word : "";
        var before = year >= 1 ? s.T[year - 1].Word : "";
        var twoBefore = year >= 2 ? s.T[year - 2].Word : "";
        return before == "vuoden" && (after.StartsWith("alu", StringComparison.Ordinal) || after.StartsWith("alku", StringComparison.Ordinal)
                || after.StartsWith("ensimmäi", StringComparison.Ordinal) || after.StartsWith("kevää", StringComparison.Ordinal) || after == "puolella")
            || before is "early" or "början" || before is "av" or "of" && twoBefore is "början" or "start" or "beginning" or "kvartalet" or "quarter" or "half"
            || before is "halvåret" or "kvartalet" && twoBefore == "första"; // "under första halvåret 2020"
    }

    /// <summary>January to March, as the month something happens in: "tammikuussa", "i mars", "in February".</summary>
    private static bool IsEarlyMonth(string w) =>
        Lexicon.InMonth(w) && (Lexicon.MonthName(w) is var named and > 0 ? named : Lexicon.Month(w)) is >= 1 and <= 3;

    /// <summary>
    /// At year end, what was once expected: "Lokakuussa ei arvioitu menojen ylittyvän", "I våras bedömdes att målet skulle nås".
    /// A past verb of estimating with a verb at token i that looked ahead (-vAn, "skulle", "would"): an old forecast, not the year's result.
    /// </summary>
    public static bool EarlierForecast(SentenceContext s, int i)
    {
        if (s.Round != RoundKind.Outcome) return false;
        var w = s.T[i].Word;
        var ahead = w.EndsWith("van", StringComparison.Ordinal) || w.EndsWith("vän", StringComparison.Ordinal) || s.ClauseStart(i) is var c && HasWord(s, c, i, "skulle", "would");
        return ahead && (HasWord(s, s.ClauseStart(i), i, "arvioitiin", "ennakoitiin", "ennustettiin", "odotettiin", "bedömdes", "beräknades", "förväntades", "expected")
            || HasWord(s, s.ClauseStart(i), i, "arvioitu", "ennakoitu", "ennustettu") && s.Negator(i) >= 0);
    }

    private static bool HasWord(SentenceContext s, int from, int to, params ReadOnlySpan<string> words)
    {
        for (var j = from; j < to; j++)
            if (words.Contains(s.T[j].Word)) return true;
        return false;
    }

    /// <summary>"bedöms bli uppfyllt", "kommer att bli uppnått": a participle after "bli" (become) is what will be.</summary>
    private static bool AfterBecome(SentenceContext s, int i) =>
        i >= 1 && (s.T[i - 1].Word is "bli" or "bliva" or "blir" || s.T[i - 1].Word == "vara" && s.Round == RoundKind.Forecast); // "beräknas vara färdigställda under vecka 51"

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
