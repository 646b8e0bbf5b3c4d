namespace Cockpit.Status;

/// <summary>How well a noun of realisation is said to go: "måluppfyllelsen är låg / god / hög", "toteutumisaste on heikko / hyvä".</summary>
internal static class Attainment
{
    /// <summary>-1 for low, +1 for high, with the adjective's index; (0, -1) when the clause grades nothing.</summary>
    public static (int Level, int At) Level(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = i + 1; j < s.T.Count && j <= i + 4 && s.T[j].Clause == c; j++)
        {
            var w = s.T[j].Word;
            if (s.Negator(j) >= 0) return (0, -1);
            if (w is "låg" or "svag" or "bristande" or "low" or "poor" or "weak" or "heikko" or "heikoksi" or "matala" or "alhainen" or "huono") return (-1, j);
            if (w is "god" or "hög" or "high" or "good" or "hyvä" or "korkea" or "erinomainen") return (1, j);
        }
        return (0, -1);
    }
}
