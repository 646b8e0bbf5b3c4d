namespace Cockpit.Status;

/// <summary>
/// Two counts set against the two agreed for the year, written as a pair in brackets: "vaellusretkiä tehtiin 22 ja niille
/// osallistui 310 nuorta, mikä vie kummankin luvun sovittua (16 ja 240) korkeammalle", "molemmissa luvuissa vuoden määrä
/// (1 200 ja 300) on tätä myöten takana". Each count is weighed against its own: both at or past them is met (during the
/// year too: the year's figure cannot fall back), both short is a shortfall at year end and a risk before it, one of each
/// is met in part. What is better lower is left to the other readers.
/// </summary>
internal static class BracketedPairRules
{
    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.Text.AsSpan(s.Sentence.Start, s.Sentence.Length).IndexOf('(') < 0) return false; // most sentences hold no brackets
        var figures = FigureRules.Figures(s);
        for (var k = 2; k + 1 < figures.Count; k++)
        {
            var (first, second) = (figures[k], figures[k + 1]);
            if (!Bracketed(s, first.At, second.At) || !AgreedBefore(s, first.At) || TrendRules.LowerIsBetter(s, first.At)) continue;
            var (a, b) = (figures[k - 2], figures[k - 1]);
            var met = (a.Value >= first.Value ? 1 : 0) + (b.Value >= second.Value ? 1 : 0);
            var rule = met == 2 ? Rules.FigureReached : met == 1 ? Rules.VerdictMixed : Tense.IsYearEnd(s, a.At) ? Rules.FigureShortfall : Rules.RiskBelowTarget;
            found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, a.At, FigureRules.PastFigure(s.T, second.At) - 1));
            return true;
        }
        return false;
    }

    /// <summary>"(16 ja 240)", "(1 000 och 70)", "(1 200 ja 2 400)": two figures joined by "and" inside one pair of brackets.</summary>
    private static bool Bracketed(SentenceContext s, int first, int second)
    {
        if (second != first + 2 && !(second == first + 3 && s.T[first + 1].Word is not ("ja" or "och" or "and"))) return false;
        if (s.T[second - 1].Word is not ("ja" or "och" or "and")) return false;
        var before = s.Text.AsSpan(0, s.T[first].Start).TrimEnd();
        var after = s.Text.AsSpan(s.T[FigureRules.PastFigure(s.T, second) - 1].End).TrimStart();
        return before.Length > 0 && before[^1] == '(' && after.Length > 0 && after[0] == ')';
    }

    /// <summary>"sovittua", "sovittujen", "vuoden määrä", "tavoitteiden": the pair named as what was agreed for the year.</summary>
    private static bool AgreedBefore(SentenceContext s, int at)
    {
        for (var j = Math.Max(0, at - 4); j < at; j++)
        {
            var w = s.T[j].Word;
            if (w.StartsWith("sovit", StringComparison.Ordinal) || w.StartsWith("tavoit", StringComparison.Ordinal) || w.StartsWith("mål", StringComparison.Ordinal)
                || w is "määrä" or "määrät" or "luvut" or "target" or "targets" or "agreed") return true;
        }
        return false;
    }
}
