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
        DeniedCount(s, ref found);
        for (var i = 1; i < s.T.Count; i++)
        {
            var w = s.T[i].Word;
            if (!BudgetRules.IsExpectation(w) && w is not ("odotimme" or "föresatt" or "tavoiteltuja" or "asetettuja" or "sovittuja" or "suunniteltuja" or "räknat" or "målsatt" or "odotetusti")) continue;
            if ((Comparative(s, i) ?? NotAsMany(s, i)) is not var (at, more) || s.Negator(at) >= 0 && w != "odotetusti") continue;
            if ((AboutMoney(s) || BudgetRules.IsIncomeClause(s, i)) && !(more && s.T[at].Has(Cue.Negator))) return; // not "ei ollut taloudellisesti niin synkkä kuin arvioitiin", which no budget rule reads
            var (from, to) = (Math.Min(at, i), Math.Max(at, i));
            // "betonissa on korjattavaa enemmän kuin arvioitiin", "kön blev längre än väntat": more of what is better lower is worse.
            // Not the size of a change: "Vandalism decreased more than expected" is good.
            if (TrendRules.LowerIsBetter(s, from) && !FigureRules.ChangeNamed(s, besides: at)) more = !more;
            // "konserveringen tar längre tid än beräknat": longer than planned is a delay.
            if (more && FigureRules.TakesLonger(s, at) && s.ContrastIn(at, s.T.Count) < 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskDelay, false, from, to));
                return;
            }
            var closed = s.Round == RoundKind.Outcome && !s.FutureBefore(at); // not Tense.IsYearEnd: the expectation word itself frames a forecast
            // "messutapahtuma saavutti monta tavoitetta, vaikka kävijämäärä jäi odotettua pienemmäksi": others met, this one short.
            if (!more && (SentenceReader.MetBeforeBut(s, from) || s.IsConceded(from)) && SentenceReader.MetBefore(s, s.ClauseStart(from)) is var met and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictMixed, true, met, to));
                return;
            }
            found.Add(SentenceReader.Make(s, more ? (closed || Tense.IsPast(s, at) || PastTheYearsFigure(s, i) ? Rules.FigureReached : Rules.FigureForecastReached)
                : closed || FigureRules.WholeYearForecast(s) ? Rules.FigureShortfall : Rules.RiskBelowTarget, s.HasGoal, from, to)); // "kertyy vuodessa noin 900 lainaa 300 sovittua vähemmän": the year's figure, short
            return;
        }
    }

    /// <summary>
    /// "kohosivat elokuun lopussa vuodeksi sovittua lukua korkeammalle", "Elokuun loppuun … piti 34 …, eli … vuodelle asetettuja
    /// määriä suuremmat": a past verb, or a count up to a month, took the count past the year's figure, met during the year.
    /// </summary>
    private static bool PastTheYearsFigure(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "vuodeksi" or "vuodelle" or "helåret" or "whole" or "full-year") >= 0
        && (FigureRules.HasPastVerb(s, s.ClauseStart(i)) || FigureRules.MonthsCounted(s) > 0 || s.FindWord(s.ClauseStart(i), i, w => w.EndsWith("sivat", StringComparison.Ordinal) || w.EndsWith("sivät", StringComparison.Ordinal)) >= 0); // "kohosivat", "nousivat"

    /// <summary>
    /// The comparative the expectation at i is measured by: up to three words before "kuin", "än", "than" right before it
    /// (or before "vi", "we", "me": "än vi föresatt oss"), or else the word right after it ("tavoiteltuja pienemmiksi").
    /// </summary>
    private static (int At, bool More)? Comparative(SentenceContext s, int i)
    {
        var than = s.T[i - 1].Word is "kuin" or "än" or "than" ? i - 1
            : i > 1 && s.T[i - 1].Word is "vi" or "we" or "me" && s.T[i - 2].Word is "kuin" or "än" or "than" ? i - 2 : -1;
        // "tavoiteltuja pienemmiksi", "suunniteltua hieman pienempänä", "sovittua lukua korkeammalle": right after it, or past one word of degree or count.
        if (than < 0)
            return i + 1 < s.T.Count && Direction(s.T[i + 1].Word) is { } after ? (i + 1, after)
                : i + 2 < s.T.Count && s.T[i + 1].Word is "hieman" or "selvästi" or "vähän" or "något" or "klart" or "slightly" or "lukua" or "lukuja" or "määrää" or "määriä"
                    && PastBracket(s, i + 2) is var k && k < s.T.Count && Direction(s.T[k].Word) is { } later ? (k, later) : null;
        for (var j = than - 1; j >= 0 && j >= than - 3; j--)
            if (Direction(s.T[j].Word) is { } more) return (j, more);
        return null;
    }

    /// <summary>"asetettuja määriä (30 hetkeä, 300 vauvaa) suuremmat": where a bracket opens right before token k, the first token after it closes (the sentence's end if it never does); else k.</summary>
    private static int PastBracket(SentenceContext s, int k)
    {
        if (s.Text.AsSpan(s.T[k - 1].End, s.T[k].Start - s.T[k - 1].End).IndexOf('(') < 0) return k;
        for (var m = k; m + 1 < s.T.Count; m++)
            if (s.Text.AsSpan(s.T[m].End, s.T[m + 1].Start - s.T[m].End).IndexOf(')') >= 0) return m + 1;
        return s.T.Count;
    }

    /// <summary>
    /// "blev inte lika många som kommunen räknat med", "ei ole tullut yhtä paljon kuin arvioitiin", "eivät ole löytäneet
    /// palveluihin odotetusti": not as many, or not as well, as expected is fewer. The negator, or null.
    /// </summary>
    private static (int At, bool More)? NotAsMany(SentenceContext s, int i)
    {
        if (s.T[i].Word == "odotetusti") return s.Negator(i) is var denied and >= 0 ? (denied, false) : null;
        for (var j = i - 1; j >= 2 && j >= i - 4; j--)
        {
            if (s.T[j].Word is not ("som" or "kuin" or "as")) continue;
            var equal = s.T[j - 2].Word is "lika" or "yhtä" or "as" && s.T[j - 1].Word is "många" or "mycket" or "paljon" or "monta" or "many" or "much" or "high" or "hyvä";
            // "ei ollut taloudellisesti niin synkkä kuin ennakolta arvioitiin": not as bad as expected is better.
            var bad = s.T[j - 2].Word is "niin" or "yhtä" or "så" or "lika" or "as" && s.T[j - 1].Word is "synkkä" or "huono" or "heikko" or "paha" or "vaikea" or "dålig" or "dåligt" or "dyster" or "dystert" or "bad" or "grim";
            if (bad && s.Negator(j - 2) is var notSoBad and >= 0) return (notSoBad, true);
            return equal && s.Negator(j - 2) is var neg and >= 0 ? (neg, false) : null;
        }
        return null;
    }

    private static bool AboutMoney(SentenceContext s)
    {
        foreach (var t in s.T)
            if (t.Has(Cue.Cost) || BalanceRules.IsMoney(t.Word) || t.Word == "eur" || t.Word.StartsWith("talou", StringComparison.Ordinal) || t.Word.StartsWith("ekonomi", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool? Direction(string w) => FigureRules.IsMore(w) ? true : FigureRules.IsLess(w) ? false : null;

    /// <summary>
    /// "Knappast blir det 18 turneringar i år", "Det blir inte 18", "Osallistujia tuskin tulee 300": in a forecast, the year's
    /// count denied or hardly to come is a miss foretold.
    /// </summary>
    private static void DeniedCount(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.Conditional >= 0 || s.HasNextYearTarget) return;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (s.T[i].Word is not ("blir" or "tulee" or "kertyy" or "kertyvät") || s.Negator(i) is not (var no and >= 0) || Math.Abs(no - i) > 3) continue;
            for (var j = i + 1; j < Math.Min(s.T.Count, i + 4) && s.T[j].Clause == s.T[i].Clause; j++)
                if (char.IsAsciiDigit(s.T[j].Word[0]) && !s.T[j].Has(Cue.Year))
                {
                    found.Add(SentenceReader.Make(s, Rules.VerdictNegated, false, Math.Min(no, i), j));
                    return;
                }
        }
    }
}
