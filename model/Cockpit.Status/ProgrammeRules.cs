namespace Cockpit.Status;

/// <summary>
/// A programme that spans years, reported at year end with its later part still to come as planned: "Liikuntapaikkojen
/// esteettömyysohjelman (2071–2073) kohteista korjattiin tänä vuonna 14, ja viimeiset yhdeksän kohdetta ovat vuoden 2073
/// työlistalla", "the last two follow in 2073", "In this middle year of the three-year programme …; the remaining three
/// paths get theirs next year". The year's share is progress on the programme, not a goal met or missed; a delay, shift,
/// cancellation, negation or hedge anywhere in the sentence leaves it to the rules that read those.
/// </summary>
internal static class ProgrammeRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        // Its later part in a later year of it: on course, over what was completed this year ("asennettiin tänä vuonna …, ja
        // loput neljä saarta opastetaan vuonna 2073").
        if (Applies(s) && LaterPart(s) is var (from, later)) found.Add(SentenceReader.Make(s, Rules.VerdictOnTrack, true, from, later));
    }

    /// <summary>Whether this rule reads the sentence as a programme on course; what it completed this year is then only its share.</summary>
    public static bool OnSchedule(SentenceContext s) => Applies(s) && LaterPart(s) is not null;

    private static bool Applies(SentenceContext s) =>
        s.Round == RoundKind.Outcome && s.ReportYear != 0 && !s.SentenceHas(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.Negator | Cue.Hedge | Cue.Conditional);

    /// <summary>Where the programme is named and where its later part is put in a later year of it, or null.</summary>
    private static (int From, int Later)? LaterPart(SentenceContext s)
    {
        var t = s.T;
        if (Span(s) is var (from, to))
        {
            for (var j = to + 1; j < t.Count; j++)
                if (t[j].Has(Cue.Year) && s.IsLaterYear(j) || LastYearOf(s, j)) return (from, j);
            // "de övriga fem följer 2088 då programmet 2086–2088 avslutas": the later year before the span.
            return LaterYearBefore(s, from) is var before and >= 0 ? (before, to) : null;
        }
        var named = -1;
        // "three halls remain for 2086, the closing year of the plan": a later year named as the last of it.
        for (var j = 0; j + 2 < t.Count; j++)
            if (t[j].Has(Cue.Year) && s.IsLaterYear(j) && (LastYearOf(s, j + 1) || LastYearOf(s, j + 2)))
                return (j, LastYearOf(s, j + 1) ? j + 2 : Math.Min(j + 3, t.Count - 1));
        // "Programmet avslutas 2093 med de tre sista parkerna", "Ohjelma päättyy 2093": the programme's own end, a later year.
        for (var j = 0; j + 2 < t.Count; j++)
            if ((t[j].Word.StartsWith("program", StringComparison.Ordinal) || t[j].Word.StartsWith("ohjelma", StringComparison.Ordinal)) && t[j + 1].Word is "avslutas" or "slutförs" or "päättyy" or "ends"
                && t[j + 2].Has(Cue.Year) && s.IsLaterYear(j + 2)) return (j, j + 2);
        for (var j = 0; j < t.Count && named < 0; j++)
            if (IsMultiYear(t[j].Word) || t[j].Word == "year" && j > 0 && t[j - 1].Word is "two" or "three" or "four" or "five" or "multi" && s.Text[t[j - 1].End] == '-') named = j - 1; // "three-year"
            else if ((t[j].Word.StartsWith("program", StringComparison.Ordinal) || t[j].Word.StartsWith("ohjelma", StringComparison.Ordinal))
                && (LastYearOf(s, j + 1) || LastYearOf(s, j + 2) || j + 1 < t.Count && t[j + 1].Word is "avslutas" or "päättyy" or "ends" && j > 0 && t[j - 1].Word is "då" or "jolloin" or "when"))
                named = j; // "in the programme's closing year", "programmets sista år", "ohjelmakauden viimeisenä vuotena"
        if (named < 0) return null;
        for (var j = named + 1; j < t.Count; j++)
            if (t[j].Has(Cue.NextYear) || LastYearOf(s, j))
                return (named, j + 1 < t.Count && t[j + 1].Word is "year" or "vuonna" or "år" ? j + 1 : j); // "next year", "ensi vuonna", "nästa år"
        // "four more parks follow in 2088, closing out this three-year scheme": the later year before the programme is named.
        return LaterYearBefore(s, named) is var earlier and >= 0 ? (earlier, named + 1) : null;
    }

    /// <summary>The first year later than the report's before token <paramref name="end"/>, or -1.</summary>
    private static int LaterYearBefore(SentenceContext s, int end)
    {
        for (var j = 0; j < end; j++)
            if (s.T[j].Has(Cue.Year) && s.IsLaterYear(j)) return j;
        return -1;
    }

    /// <summary>"viimeiselle vuodelle", "viimeisenä vuonna", "päätösvuonna", "sista året", "the closing year": the programme's last year at j.</summary>
    private static bool LastYearOf(SentenceContext s, int j) =>
        j < s.T.Count && (s.T[j].Word.StartsWith("päätösvuo", StringComparison.Ordinal) || s.T[j].Word is "slutåret" or "slutår")
        || j + 1 < s.T.Count && (s.T[j].Word is "viimeiselle" or "viimeisenä" or "viimeiseen" or "päättävänä" or "päättävälle" && s.T[j + 1].Word is "vuodelle" or "vuonna" or "vuotena" or "vuoteen"
            || s.T[j].Word is "closing" or "final" or "last" && s.T[j + 1].Word == "year" || s.T[j].Word == "sista" && s.T[j + 1].Word == "året");

    /// <summary>Two years joined by a dash ("2071–2073"), the first no later than the report's and the second after it: the tokens, or null.</summary>
    private static (int From, int To)? Span(SentenceContext s)
    {
        var t = s.T;
        for (var j = 1; j < t.Count; j++)
            if (t[j].Has(Cue.Year) && t[j - 1].Has(Cue.Year) && s.YearAt(j - 1) <= s.ReportYear && s.YearAt(j) > s.ReportYear
                && s.Text.AsSpan(t[j - 1].End, t[j].Start - t[j - 1].End).Trim() is "–" or "-" or "—")
                return (j - 1, j);
        return null;
    }

    /// <summary>"kolmivuotisen", "treåriga", "multiyear": a programme named by its length in years.</summary>
    private static bool IsMultiYear(string w) =>
        w == "multiyear"
        || w.StartsWith("kaksivuoti", StringComparison.Ordinal) || w.StartsWith("kolmivuoti", StringComparison.Ordinal) || w.StartsWith("nelivuoti", StringComparison.Ordinal)
        || w.StartsWith("viisivuoti", StringComparison.Ordinal) || w.StartsWith("monivuoti", StringComparison.Ordinal)
        || w.StartsWith("tvåårig", StringComparison.Ordinal) || w.StartsWith("treårig", StringComparison.Ordinal) || w.StartsWith("fyraårig", StringComparison.Ordinal)
        || w.StartsWith("femårig", StringComparison.Ordinal) || w.StartsWith("flerårig", StringComparison.Ordinal);
}
