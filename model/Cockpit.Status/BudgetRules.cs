namespace Cockpit.Status;

/// <summary>
/// A result against the budget: "vuosikate toteutui talousarviota parempana", "verotulot jäivät alle budjetin", "toimintakate
/// on 0,9 miljoonaa euroa ajankohdan talousarviota parempi", "65 miljoner kronor bättre än budget". Better or worse decides;
/// higher or lower decides by what is measured (costs and deficits lower is better, income and results higher). Better is
/// achieved at year end and on track during it; worse is a miss, during the year a risk while it is only so far.
/// </summary>
internal static class BudgetRules
{
    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!IsBudget(s.T[i].Word)) continue;
            var (start, end) = Clause(s, i);
            for (var j = Math.Max(start, i - 4); j < end && j <= i + 3; j++)
            {
                if (j == i || Direction(s, j, start, end) is not { } good) continue;
                var interim = s.ClauseFind(i, Cue.Interim) >= 0;
                var yearEnd = !interim && (Tense.IsYearEnd(s, j) || PastIn(s, start, end));
                var rule = good ? (yearEnd ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : interim ? Rules.BudgetWorseSoFar : Rules.BudgetWorse;
                found.Add(SentenceReader.Make(s, rule, true, Math.Min(i, j), Math.Max(i, j)));
                return true;
            }
        }
        return false;
    }

    private static bool IsBudget(string w) =>
        w.StartsWith("talousarvio", StringComparison.Ordinal) || w.StartsWith("budjet", StringComparison.Ordinal) || w.StartsWith("budget", StringComparison.Ordinal)
        || w is "ennakoitua" or "ennustettua" or "arvioitua";

    /// <summary>Whether the comparative at j is good news: better or worse, or higher or lower of something whose direction is known.</summary>
    private static bool? Direction(SentenceContext s, int j, int start, int end)
    {
        var w = s.T[j].Word;
        if (w.StartsWith("parem", StringComparison.Ordinal) || w is "parempi" or "bättre" or "better") return true;
        if (w.StartsWith("heikomm", StringComparison.Ordinal) || w.StartsWith("huonomm", StringComparison.Ordinal) || w is "heikompi" or "huonompi" or "sämre" or "worse")
            return false;
        var higher = w.StartsWith("korkeamp", StringComparison.Ordinal) || w.StartsWith("suuremp", StringComparison.Ordinal) || w.StartsWith("korkeamm", StringComparison.Ordinal)
            || w.StartsWith("suuremm", StringComparison.Ordinal) || w is "yli" or "enemmän" or "högre" or "större" or "mer" or "higher" or "above" or "more";
        var lower = w.StartsWith("pienemm", StringComparison.Ordinal) || w.StartsWith("alhaisemp", StringComparison.Ordinal) || w.StartsWith("alhaisemm", StringComparison.Ordinal)
            || w.StartsWith("matalamm", StringComparison.Ordinal) || w is "pienempi" or "alle" or "vähemmän" or "lägre" or "mindre" or "under" or "below" or "lower" or "less";
        if (!higher && !lower) return null;
        var costs = Measures(s, start, end, cost: true);
        var income = Measures(s, start, end, cost: false);
        if (costs == income) return null;
        return higher == income;
    }

    private static bool Measures(SentenceContext s, int start, int end, bool cost)
    {
        for (var j = start; j < end; j++)
        {
            var w = s.T[j].Word;
            var isCost = w.Contains("meno", StringComparison.Ordinal) || w.Contains("kulu", StringComparison.Ordinal) || w.Contains("kustannu", StringComparison.Ordinal)
                || w.Contains("alijäämä", StringComparison.Ordinal) || w.Contains("kostnad", StringComparison.Ordinal) || w.Contains("utgift", StringComparison.Ordinal)
                || w is "costs" or "expenses" or "expenditure" or "deficit";
            var isIncome = w.Contains("tulo", StringComparison.Ordinal) || w.Contains("tuotto", StringComparison.Ordinal) || w.Contains("tuotot", StringComparison.Ordinal)
                || w.Contains("vuosikate", StringComparison.Ordinal) || w.Contains("ylijäämä", StringComparison.Ordinal) || w.Contains("intäkt", StringComparison.Ordinal)
                || w.StartsWith("resultat", StringComparison.Ordinal) || w is "revenue" or "income" or "result" or "surplus";
            if (cost ? isCost : isIncome) return true;
        }
        return false;
    }

    private static bool PastIn(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            var t = s.T[j];
            if (t.Form == VerbForm.Past || t.Word is "oli" or "olivat" or "var" or "was" or "were" || t.Word.EndsWith("ivät", StringComparison.Ordinal)
                || t.Word.EndsWith("ivat", StringComparison.Ordinal) || t.Word.EndsWith("tui", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The budget's clause, with the clause before it when "kuin", "än" or "than" opens it ("3,2 milj. euroa alhaisempi kuin budjetti").</summary>
    private static (int Start, int End) Clause(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start > 0 && s.T[start].Word is "kuin" or "än" or "than") start = s.ClauseStart(start - 1);
        var end = i;
        while (end < s.T.Count && s.T[end].Clause == s.T[i].Clause) end++;
        return (start, end);
    }
}
