using System.Globalization;

namespace Cockpit.Status;

/// <summary>
/// Figures against a target: "Tavoite 4 kpl, toteutunut 0 kpl", "Target 80 %, actual 85 %", "keskiarvo oli 4,3, kun
/// tavoitetaso oli 4,0", "utfall 12 000 mot målet 10 000". A target word with a number beside it sets the target (it
/// carries to the next sentences: "Tavoitetaso on 80 %. Toteuma 31.8.2020: 85 %."); a number after an actual word
/// (toteuma, toteutunut, oli, actual, utfall) is what was reached, after a forecast word what is expected.
/// Reached or better is achieved (forecast: on track); short of it is a miss when the year is closed or named, and
/// otherwise a risk that a later verdict may still answer. For costs, lower is better.
/// "jää alle 70 prosentin tavoitetason", "below the target": a shortfall without the actual figure.
/// </summary>
internal static class FigureRules
{
    public static void Read(SentenceContext s, ref double carriedTarget, ref StatusResolver found)
    {
        var t = s.T;
        int targetWord = -1, targetAt = -1;
        for (var i = 0; i < t.Count && targetAt < 0; i++)
        {
            if (!IsTargetWord(t[i])) continue;
            if (BelowNear(s, i) is var below and >= 0) BelowTarget(s, below, i, ref found);
            targetAt = FigureNear(s, i);
            if (targetAt >= 0) targetWord = i;
        }
        var target = targetAt >= 0 ? Value(t, targetAt) : carriedTarget;
        if (targetAt >= 0) carriedTarget = target;
        if (double.IsNaN(target)) return;
        for (var i = 0; i < t.Count; i++)
        {
            var forecast = t[i].Has(Cue.ForecastNoun);
            if (!t[i].Has(Cue.Actual) && !forecast) continue;
            var at = FigureAfter(s, i, targetAt);
            if (at < 0) continue;
            s.FigureWord = i;
            var actual = Value(t, at);
            var good = s.ClauseHas(i, Cue.Cost) ? actual <= target : actual >= target;
            var from = targetWord >= 0 ? Math.Min(targetWord, i) : i;
            var to = Math.Max(at, targetAt);
            if (good)
                found.Add(forecast
                    ? SentenceReader.Make(s, Rules.FigureForecastReached, true, from, to)
                    : SentenceReader.Make(s, Rules.FigureReached, true, from, to));
            else if (forecast || s.HasThisYear || Tense.IsYearEnd(s, i))
                found.Add(SentenceReader.Make(s, Rules.FigureShortfall, !forecast, from, to));
            else found.Add(SentenceReader.Make(s, Rules.RiskBelowTarget, false, from, to));
            return;
        }
    }

    /// <summary>"jää alle 70 prosentin tavoitetason", "stays below the target": a miss when it is about the year, else a risk.</summary>
    private static void BelowTarget(SentenceContext s, int below, int i, ref StatusResolver found)
    {
        if (s.Negator(below) >= 0) return;
        var modal = s.Softener(below, miss: true);
        var from = modal >= 0 ? Math.Min(modal, below) : below;
        if (modal < 0 && (s.ClauseHas(i, Cue.Remain) || s.HasThisYear || Tense.IsYearEnd(s, i)))
            found.Add(SentenceReader.Make(s, Rules.FigureBelowTarget, true, Math.Min(from, i), Math.Max(below, i)));
        else found.Add(SentenceReader.Make(s, Rules.RiskBelowTarget, false, Math.Min(from, i), Math.Max(below, i)));
    }

    /// <summary>
    /// "alle" within four words before the target word in its clause ("alle 50 000 kävijän tavoitteen"), "tavoitetason alle"
    /// right after it, or a comparative of less ("lägre än målet", "tavoitetta heikommaksi", "lower than the target"), or -1.
    /// </summary>
    private static int BelowNear(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 4 && s.T[j].Clause == s.T[i].Clause; j--)
            if (IsBelow(s.T[j].Word) || IsLess(s.T[j].Word) && s.T[j + 1].Word is "än" or "than" or "kuin") return j;
        for (var j = i + 1; j < s.T.Count && j <= i + 2 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word == "alle" || IsLess(s.T[j].Word) && s.T[i].Word.EndsWith("ta", StringComparison.Ordinal)) return j;
        return -1;
    }

    private static bool IsBelow(string w) => w is "alle" or "below" or "under";

    /// <summary>A comparative of less: lägre, mindre, färre, lower, fewer, less, heikompi, pienempi, alhaisempi (and their translatives).</summary>
    private static bool IsLess(string w) =>
        w is "lägre" or "mindre" or "färre" or "sämre" or "lower" or "fewer" or "less" or "worse"
        || w.StartsWith("heikomm", StringComparison.Ordinal) || w.StartsWith("pienemm", StringComparison.Ordinal)
        || w.StartsWith("alhaisemm", StringComparison.Ordinal) || w.StartsWith("matalamm", StringComparison.Ordinal)
        || w is "heikompi" or "pienempi" or "alhaisempi" or "matalampi";

    private static bool IsTargetWord(Token t) =>
        t.Has(Cue.Goal) && (t.Word.Contains("tavoite", StringComparison.Ordinal) || t.Word.Contains("tavoitte", StringComparison.Ordinal)
            || t.Word is "target" or "targets" or "mål" or "målet" || t.Word.StartsWith("målnivå", StringComparison.Ordinal)
            || t.Word.StartsWith("målvärde", StringComparison.Ordinal));

    /// <summary>The target's number: within three words after it ("Tavoite 4 kpl", "tavoitetaso oli 4,0"), else just before it ("70 prosentin tavoitetason").</summary>
    private static int FigureNear(SentenceContext s, int i)
    {
        var t = s.T;
        for (var j = i + 1; j < t.Count && j <= i + 3; j++)
        {
            if (t[j].Has(Cue.Actual | Cue.ForecastNoun) && !t[j].Has(Cue.Auxiliary) || IsTargetWord(t[j])) break; // "tavoitetaso oli 4,0"
            if (IsFigure(t, j)) return j;
        }
        for (var j = i - 1; j >= 0 && j >= i - 2 && t[j].Clause == t[i].Clause; j--)
            if (IsFigure(t, j)) return j;
        return -1;
    }

    /// <summary>The number after an actual or forecast word, skipping dates ("Toteuma 31.8.2020: 85 %") and the target's own number.</summary>
    private static int FigureAfter(SentenceContext s, int i, int targetAt)
    {
        var t = s.T;
        for (var j = i + 1; j < t.Count && j <= i + 4; j++)
        {
            if (IsTargetWord(t[j])) return -1;
            if (j != targetAt && IsFigure(t, j)) return j;
        }
        return -1;
    }

    /// <summary>A number that is neither a year nor a date: 4, 0, 4,3, 85, 12 000.</summary>
    private static bool IsFigure(List<Token> t, int j)
    {
        var w = t[j].Word;
        if (!char.IsAsciiDigit(w[0]) || t[j].Has(Cue.Year)) return false;
        var separators = 0;
        foreach (var c in w)
        {
            if (c is '.' or ',') separators++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        if (separators > 1) return false;
        // "12 000": the thousands group belongs to the number before it.
        return !(j > 0 && IsThousands(t, j - 1, j));
    }

    private static bool IsThousands(List<Token> t, int head, int group) =>
        group < t.Count && t[group].Word.Length == 3 && t[group].Start == t[head].End + 1 && char.IsAsciiDigit(t[head].Word[^1])
        && t[head].Word.Length <= 3 && t[group].Word.All(char.IsAsciiDigit);

    private static double Value(List<Token> t, int j)
    {
        var value = double.Parse(t[j].Word.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        for (var k = j + 1; k < t.Count && IsThousands(t, k - 1, k); k++) value = value * 1000 + int.Parse(t[k].Word, CultureInfo.InvariantCulture);
        return value;
    }
}
