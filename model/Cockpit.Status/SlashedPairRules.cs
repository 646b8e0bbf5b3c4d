namespace Cockpit.Status;

/// <summary>
/// Counts written against their targets with a slash: "Kotiseutukävelyt 64/50, kaupunginosaoppaiden koulutukset 9/8",
/// "4 300 osallistujaa / tavoite 3 800; tyytyväisyys 4,5 / tavoite 4,2". Each count is weighed against the figure after its
/// slash: all at or past them is met, none is short (at year end a miss, before it a risk), some met and some not is a mix. A
/// lone bare pair ("auki 24/7") says nothing, nor does a date ("15/3"); a target word after the slash, or two pairs, say it is
/// a count and its target.
/// </summary>
internal static class SlashedPairRules
{
    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.Text.AsSpan(s.Sentence.Start, s.Sentence.Length).IndexOf('/') < 0) return false; // most sentences hold no slash
        var figures = FigureRules.Figures(s);
        int pairs = 0, met = 0, named = 0, dates = 0, first = -1, last = -1;
        for (var k = 0; k + 1 < figures.Count; k++)
        {
            var (count, target) = (figures[k], figures[k + 1]);
            if (Slashed(s, count.At, target.At) is not { } withWord) continue;
            pairs++;
            named += withWord ? 1 : 0;
            dates += !withWord && count.Value is >= 1 and <= 31 && target.Value is >= 1 and <= 12 && count.Value % 1 == 0 && target.Value % 1 == 0 ? 1 : 0;
            met += count.Value >= target.Value ? 1 : 0;
            if (first < 0) first = count.At;
            last = FigureRules.PastFigure(s.T, target.At) - 1;
            k++;
        }
        // Not "hålls 15/3 och 30/4": every pair a day and a month.
        if (pairs == 0 || pairs == 1 && named == 0 || dates == pairs || TrendRules.LowerIsBetter(s, first)) return false;
        var rule = met == pairs ? (Tense.IsYearEnd(s, first) ? Rules.FigureReached : Rules.FigureForecastReached)
            : met > 0 ? Rules.VerdictMixed
            : Tense.IsYearEnd(s, first) ? Rules.FigureShortfall : Rules.RiskBelowTarget;
        found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, first, last));
        return true;
    }

    /// <summary>
    /// Whether the figure at <paramref name="count"/> and the one at <paramref name="target"/> stand either side of a slash:
    /// true when a target word follows the slash ("/ tavoite 3 800"), false for a bare pair ("64/50"); null when no slash joins them.
    /// </summary>
    private static bool? Slashed(SentenceContext s, int count, int target)
    {
        var countEnd = FigureRules.PastFigure(s.T, count) - 1;
        if (target - countEnd > 3 || s.T[countEnd].Clause != s.T[target].Clause) return null;
        var between = s.Text.AsSpan(s.T[countEnd].End, s.T[target].Start - s.T[countEnd].End);
        var slash = between.IndexOf('/');
        if (slash < 0 || between.Count('/') > 1) return null;
        if (target == countEnd + 1) return false;
        // "4 300 osallistujaa / tavoite 3 800": a unit before the slash, the target word after it.
        return s.T[target - 1].Has(Cue.Goal) && s.T[target - 1].Start > s.T[countEnd].End + slash ? true : null;
    }
}
