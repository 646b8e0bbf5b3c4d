namespace Cockpit.Status;

/// <summary>
/// More or fewer than was expected, of anything but money (<see cref="BudgetRules"/> weighs money): "asiakkaita on tullut
/// vähän vähemmän kuin odotimme", "åtta fler än vi föresatt oss", "6 800 fler besök än beräknat", "määrät jäivät
/// tavoiteltuja pienemmiksi". More is reached (during the year, on course); fewer is short at year end and a risk before it.
/// </summary>
internal static class ExpectationRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 1; i < s.T.Count; i++)
        {
            var w = s.T[i].Word;
            if (!BudgetRules.IsExpectation(w) && w is not ("odotimme" or "föresatt" or "tavoiteltuja")) continue;
            if (Comparative(s, i) is not var (at, more) || s.Negator(at) >= 0) continue;
            if (AboutMoney(s) || BudgetRules.IsIncomeClause(s, i) || TrendRules.LowerIsBetter(s, i)) return;
            var (from, to) = (Math.Min(at, i), Math.Max(at, i));
            var closed = s.Round == RoundKind.Outcome && !s.FutureBefore(at); // not Tense.IsYearEnd: the expectation word itself frames a forecast
            found.Add(SentenceReader.Make(s, more ? (closed || Tense.IsPast(s, at) ? Rules.FigureReached : Rules.FigureForecastReached)
                : closed ? Rules.FigureShortfall : Rules.RiskBelowTarget, s.HasGoal, from, to));
            return;
        }
    }

    /// <summary>
    /// The comparative the expectation at i is measured by: up to three words before "kuin", "än", "than" right before it
    /// (or before "vi", "we", "me": "än vi föresatt oss"), or else the word right after it ("tavoiteltuja pienemmiksi").
    /// </summary>
    private static (int At, bool More)? Comparative(SentenceContext s, int i)
    {
        var than = s.T[i - 1].Word is "kuin" or "än" or "than" ? i - 1
            : i > 1 && s.T[i - 1].Word is "vi" or "we" or "me" && s.T[i - 2].Word is "kuin" or "än" or "than" ? i - 2 : -1;
        if (than < 0) return i + 1 < s.T.Count && Direction(s.T[i + 1].Word) is { } after ? (i + 1, after) : null;
        for (var j = than - 1; j >= 0 && j >= than - 3; j--)
            if (Direction(s.T[j].Word) is { } more) return (j, more);
        return null;
    }

    private static bool AboutMoney(SentenceContext s)
    {
        foreach (var t in s.T)
            if (t.Has(Cue.Cost) || BalanceRules.IsMoney(t.Word) || t.Word == "eur" || t.Word.StartsWith("talou", StringComparison.Ordinal) || t.Word.StartsWith("ekonomi", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool? Direction(string w) => FigureRules.IsMore(w) ? true : FigureRules.IsLess(w) ? false : null;
}
