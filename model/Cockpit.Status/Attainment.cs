namespace Cockpit.Status;

/// <summary>How well a noun of realisation is said to go: "måluppfyllelsen är låg / god / hög", "toteutumisaste on heikko / hyvä".</summary>
internal static class Attainment
{
    /// <summary>-1 for low, +1 for high, with the adjective's index; (0, -1) when the clause grades nothing.</summary>
    public static (int Level, int At) Level(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        // "en god måluppfyllelse", "hyvä toteutumisaste", "good attainment": the adjective before the noun.
        for (var j = i - 1; j >= 0 && j >= i - 2 && s.T[j].Clause == c; j--)
            if (Grade(s.T[j].Word) is var before and not 0) return (before, j);
        for (var j = i + 1; j < s.T.Count && j <= i + 4 && s.T[j].Clause == c; j++)
        {
            var w = s.T[j].Word;
            if (s.Negator(j) >= 0) return (0, -1);
            if (Grade(w) is var grade and not 0) return (grade, j);
        }
        return (0, -1);
    }

    private static int Grade(string w) =>
        w is "låg" or "svag" or "bristande" or "low" or "poor" or "weak" or "heikko" or "heikoksi" or "matala" or "alhainen" or "huono" ? -1
        : w is "god" or "goda" or "hög" or "high" or "good" or "hyvä" or "korkea" or "erinomainen" ? 1 : 0;
}
