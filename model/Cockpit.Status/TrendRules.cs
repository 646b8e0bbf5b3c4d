namespace Cockpit.Status;

/// <summary>
/// A fall against the year before, with no target named: "lainausmäärä jäi neljänneksen edellisvuotta pienemmäksi",
/// "besöken minskade med en tredjedel jämfört med föregående år", "15 prosenttia vähemmän kuin vastaavana aikana viime
/// vuonna". At year end the goal of the year was not reached; during it, a risk. Costs that fall are no such news.
/// </summary>
internal static class TrendRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        var year = LastYear(s);
        if (year < 0 || s.HasGoal) return;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!IsFall(s.T[i].Word) || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost)) continue;
            var (from, to) = (Math.Min(i, year), Math.Max(i, year));
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureBelowLastYear : Rules.RiskBelowLastYear, false, from, to));
            return;
        }
    }

    private static int LastYear(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
        {
            var w = s.T[j].Word;
            if (w.StartsWith("edellisvuo", StringComparison.Ordinal) || w.StartsWith("föregående", StringComparison.Ordinal)
                || w is "previous" or "innan" or "förra" || w == "viime" && j + 1 < s.T.Count && s.T[j + 1].Word.StartsWith("vuo", StringComparison.Ordinal))
                return j;
        }
        return -1;
    }

    private static bool IsFall(string w) =>
        w.StartsWith("pienemm", StringComparison.Ordinal) || w.StartsWith("vähen", StringComparison.Ordinal) || w.StartsWith("laski", StringComparison.Ordinal)
        || w.StartsWith("pienen", StringComparison.Ordinal) || w.StartsWith("minsk", StringComparison.Ordinal)
        || w is "vähemmän" or "pienempi" or "alhaisempi" or "lägre" or "mindre" or "färre" or "sjönk" or "fewer" or "lower" or "less" or "fell" or "declined" or "decreased"
        || w is "minskning" or "nedgång" or "decline" or "drop";
}
