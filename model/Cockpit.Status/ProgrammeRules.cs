namespace Cockpit.Status;

/// <summary>
/// A programme that spans years, reported at year end with its later part still to come as planned: "Liikuntapaikkojen
/// esteettömyysohjelman (2071–2073) kohteista korjattiin tänä vuonna 14, ja viimeiset yhdeksän kohdetta ovat vuoden 2073
/// työlistalla", "the last two follow in 2073". The year's share is progress on the programme, not a goal met or missed; a
/// delay, shift, cancellation, negation or hedge anywhere in the sentence leaves it to the rules that read those.
/// </summary>
internal static class ProgrammeRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Outcome || s.ReportYear == 0 || ProgrammeSpan(s) is not var (from, to)
            || s.SentenceHas(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.Negator | Cue.Hedge | Cue.Conditional)) return;
        var t = s.T;
        for (var j = to + 1; j < t.Count; j++)
            if (t[j].Has(Cue.Year) && s.YearAt(j) > s.ReportYear)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictOnTrack, false, from, j)); // its later part in a later year of the span: the programme on course
                return;
            }
    }

    /// <summary>Two years joined by a dash ("2071–2073"), the first no later than the report's and the second after it: the tokens, or null.</summary>
    private static (int From, int To)? ProgrammeSpan(SentenceContext s)
    {
        var t = s.T;
        for (var j = 1; j < t.Count; j++)
            if (t[j].Has(Cue.Year) && t[j - 1].Has(Cue.Year) && s.YearAt(j - 1) <= s.ReportYear && s.YearAt(j) > s.ReportYear
                && s.Text.AsSpan(t[j - 1].End, t[j].Start - t[j - 1].End).Trim() is "–" or "-" or "—")
                return (j - 1, j);
        return null;
    }
}
