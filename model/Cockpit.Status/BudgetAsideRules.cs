namespace Cockpit.Status;

/// <summary>
/// Two amounts or more, each with its budget in brackets after it: "vuokratulot olivat 0,21 M€ (budjetti 0,16 M€) ja
/// järjestyksenvalvonnan kulut 0,12 M€ (budjetti 0,08 M€)". Each is weighed by its own kind, income higher and costs lower
/// being better: all better is better, all worse is worse, some of each a mix. One amount alone is the budget rules'.
/// </summary>
internal static class BudgetAsideRules
{
    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.Text.AsSpan(s.Sentence.Start, s.Sentence.Length).IndexOf('(') < 0) return false; // most sentences hold no brackets
        var figures = FigureRules.Figures(s);
        var (better, worse, from) = (0, 0, 0);
        for (var k = 0; k + 1 < figures.Count; k++)
        {
            var (actual, budget) = (figures[k], figures[k + 1]);
            if (!BudgetInBrackets(s, actual.At, budget.At)) continue;
            var (costs, income) = (BudgetRules.Measures(s, from, actual.At, cost: true), BudgetRules.Measures(s, from, actual.At, cost: false));
            if (costs == income || actual.Value == budget.Value) return false;
            if (actual.Value > budget.Value == income) better++;
            else worse++;
            from = budget.At + 1;
            k++;
        }
        if (better + worse < 2) return false;
        var yearEnd = Tense.IsYearEnd(s, figures[0].At);
        var rule = worse == 0 ? (yearEnd ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : better == 0 ? (yearEnd ? Rules.BudgetWorse : Rules.BudgetWorseSoFar) : Rules.VerdictMixed;
        found.Add(SentenceReader.Make(s, rule, true, figures[0].At, from - 1));
        return true;
    }

    /// <summary>"0,12 M€ (budjetti 0,08 M€)": an amount, its unit, and the budget's word and figure opening a bracket.</summary>
    private static bool BudgetInBrackets(SentenceContext s, int actual, int budget)
    {
        var word = budget - 1;
        if (word <= actual || word - actual > 3 || s.T[word].Word is not ("budjetti" or "budget" or "talousarvio" or "ta" or "budjetoitu" or "budgeterat")) return false;
        var before = s.Text.AsSpan(0, s.T[word].Start).TrimEnd();
        return before.Length > 0 && before[^1] == '(';
    }
}
