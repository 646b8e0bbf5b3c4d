namespace Cockpit.Status;

/// <summary>
/// A fall against the year before, with no target named: "lainausmäärä jäi neljänneksen edellisvuotta pienemmäksi",
/// "besöken minskade med en tredjedel jämfört med föregående år", "15 prosenttia vähemmän kuin vastaavana aikana viime
/// vuonna". At year end a large fall (a fraction, a fifth or more) or one beside a verb of realising means the goal of the
/// year was not reached; a smaller one ("sjönk något") is the wrong direction, a risk, as any fall is during the year.
/// Costs that fall are no such news.
/// </summary>
internal static class TrendRules
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        if (s.HasGoal)
        {
            FellInstead(s, ref found);
            return;
        }
        if (CostsUpIncomeDown(s, ref found) || CostsMayRise(s, ref found)) return;
        Rise(s, ref found);
        ThanBefore(s, ref found);
        FellInARow(s, ref found);
        Cut(s, ref found);
        DeclineBroken(s, ref found);
        ChangedFromTo(s, ref found);
        var year = LastYear(s);
        if (year < 0)
        {
            FellWhileRose(s, ref found); // against last year, the fall decides ("laski 40 prosenttia edellisvuodesta, mutta verkkokäyttö kasvoi")
            FellByPercent(s, ref found);
            FellAgainstTheSentenceBefore(s, ref found);
            return;
        }
        if (AgainstLastYearsFigure(s, year, ref found) || LastYearsFigureAfter(s, year, ref found)) return;
        for (var i = 0; i < s.T.Count; i++)
        {
            // "Utlåningen låg på drygt hälften av föregående års nivå": a fraction of last year's level is a fall (but not
            // "neljänneksen enemmän kuin viime vuonna", a quarter more, nor "kasvoi runsaalla neljänneksellä", "ökade med en fjärdedel").
            var fraction = s.T[i].Has(Cue.Fraction) && !(i + 1 < s.T.Count && (IsRise(s.T[i + 1].Word) || FigureRules.IsMore(s.T[i + 1].Word)))
                && s.FindWord(s.ClauseStart(i), i, IsRise) < 0;
            if (!IsFall(s.T[i].Word) && !fraction || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i)) continue;
            var (from, to) = (Math.Min(i, year), Math.Max(i, year));
            // "edellisvuotta enemmän käyntikertoja, mutta … lainaajien määrä vähenivät": one measure up and another down is a mix.
            var rose = RoseBefore(s, i);
            var mixed = rose >= 0;
            if (mixed) from = Math.Min(from, rose);
            found.Add(SentenceReader.Make(s, !Tense.IsYearEnd(s, i) ? Rules.RiskBelowLastYear : mixed ? Rules.VerdictMixed : s.SentenceHas(Cue.Fraction) || s.HasRealiseVerb || ByAFifthOrMore(s) ? Rules.FigureBelowLastYear : Rules.RiskBelowLastYear, false, from, to));
            return;
        }
    }

    /// <summary>A change of a fifth or more said by its percentage in the sentence ("minskade med 25 procent", "kasvoi 25 %").</summary>
    internal static bool ByAFifthOrMore(SentenceContext s)
    {
        foreach (var (j, value) in FigureRules.Figures(s))
            if (value >= 20 && FigureRules.IsPercent(s, j)) return true;
        return false;
    }

    /// <summary>
    /// "kulut ovat kovassa kasvussa, mutta tulot laskussa", "kostnaderna ökar medan intäkterna minskar": costs up and income
    /// down, each in a clause of its own, take the budget the wrong way.
    /// </summary>
    private static bool CostsUpIncomeDown(SentenceContext s, ref StatusResolver found)
    {
        var rise = s.FindWord(0, s.T.Count, w => IsRise(w) || w is "kasvussa" or "nousussa");
        var fall = s.FindWord(0, s.T.Count, w => IsFall(w) || w is "laskussa");
        if (rise < 0 || fall < 0 || s.T[rise].Clause == s.T[fall].Clause || s.Negator(rise) >= 0 || s.Negator(fall) >= 0) return false;
        bool Measures(int i, bool cost) => BudgetRules.Measures(s, s.ClauseStart(i), s.ClauseEnd(i), cost);
        if (!(Measures(rise, cost: true) && !Measures(rise, cost: false) && Measures(fall, cost: false) && !Measures(fall, cost: true))) return false;
        found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, Math.Min(rise, fall), Math.Max(rise, fall)));
        return true;
    }

    /// <summary>
    /// "Verkkokirjaston käynnit kasvoivat noin 74 %", "Kirjastokäyntejä oli 25 % enemmän kuin edellisenä vuonna", "Lainaus
    /// lisääntyi lähes 2 prosenttia": a use that grew, by a percentage or against the year before, is progress. Costs and
    /// what is better lower (queues, waiting times) are not.
    /// </summary>
    private static void Rise(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            // More of what is better lower ("sähkönkulutus kasvoi 3,4 %") is read as a worsening by SentenceReader.Progress.
            // "kysyntä vahvistuu maaliskuusta alkaen tasaisesti": strengthening at a steady pace is a rise too.
            var rise = IsRise(s.T[i].Word) || s.T[i].Word.StartsWith("vahvistu", StringComparison.Ordinal) && Steadily(s, i) >= 0;
            if (!rise || s.Negator(i) >= 0 || s.IsConceded(i)) continue; // not "vaikka kahvilan myynti kasvoikin"
            if (!s.T[i].Has(Cue.Progress) && s.FindWord(s.ClauseStart(i), i, IsBought) >= 0 && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsService) >= 0
                && ByPercentOrLastYear(s, i) is var more and >= 0)
            {
                // "Varkauden sairaalalta on ostettu palveluja 17,1 % viimevuotista enemmän": more bought than last year costs more.
                found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureBelowLastYear : Rules.RiskWorsening, false, Math.Min(i, more), Math.Max(i, more)));
                return;
            }
            if (s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i)) continue;
            var by = ByPercentOrLastYear(s, i) is var size and >= 0 ? size
                : Steadily(s, i) is var steady and >= 0 ? steady // "lainat lisääntyvät tasaisesti", "kohoavat maaliskuusta alkaen tasaiseen tahtiin": a steady rise
                : InARow(s, i); // "on kasvanut kolmena peräkkäisenä kuukautena", "ökat tre månader i rad"
            if (by < 0) continue;
            found.Add(SentenceReader.Make(s, Rules.Progress, false, Math.Min(i, by), Math.Max(i, by)));
            return;
        }
    }

    /// <summary>"tasaisesti", "tasaiseen tahtiin", "viikko viikolta", "i jämn takt", "steadily" in token i's clause after it: a steady pace; its index, or -1.</summary>
    private static int Steadily(SentenceContext s, int i) =>
        s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 5), w => w is "tasaisesti" or "jatkuvasti" or "stadigt" or "steadily") is var adverb and >= 0 ? adverb
        : s.FindWord(i + 2, Math.Min(s.ClauseEnd(i), i + 6), w => w is "viikolta" or "kuukaudelta") is var week and >= 0 && s.T[week - 1].Word is "viikko" or "kuukausi" ? week // "viikko viikolta"
        : s.FindWord(i + 2, Math.Min(s.ClauseEnd(i), i + 5), w => w is "tahtiin" or "takt" or "pace") is var pace and >= 0 && s.T[pace - 1].Word is "tasaiseen" or "jämn" or "steady" ? pace
        : s.FindWord(i + 2, Math.Min(s.ClauseEnd(i), i + 6), w => w is "tahtia") is var clear and >= 0 && s.T[clear - 1].Word is "selvää" or "hyvää" or "reipasta" or "tasaista" ? clear : -1; // "nousevat keväästä asti selvää tahtia"

    /// <summary>
    /// "lainataan viikko viikolta aiempaa useammin", "entistä vähemmän", "oftare än tidigare", "fewer than before": more of
    /// something than before is progress, less is the wrong direction; neither where lower is better or costs are counted.
    /// </summary>
    private static void ThanBefore(SentenceContext s, ref StatusResolver found)
    {
        // Not after a verdict ("määräraha on osoittautunut alimitoitetuksi. Huostaanottoja on ollut aiempaa suurempi määrä"), nor about forecasts' accuracy.
        if (found.Decided is { } d && d.Rule != Rules.Progress || s.SentenceHas(Cue.ForecastNoun)) return;
        for (var i = 1; i < s.T.Count; i++)
        {
            var w = s.T[i].Word;
            var before = Before(s, i);
            // How often or how much, not a size ("aiempaa suurempi määrä huostaanottoja" may be bad news); after it, any more ("parempi kuin edellisenä vuonna").
            var more = w is "enemmän" or "useammin" or "useampia" or "useampi" or "mer" or "fler" or "oftare" or "more" || before > i && FigureRules.IsMore(w);
            if (before < 0 || s.ContrastIn(i + 1, s.T.Count) >= 0 || !(more || w is "vähemmän" or "harvemmin" or "harvempia" or "harvempi" or "mindre" or "färre" or "fewer" or "less") || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i)) continue;
            found.Add(SentenceReader.Make(s, more ? Rules.Progress : Rules.RiskBelowLastYear, false, Math.Min(i, before), Math.Max(i, before)));
            return;
        }
    }

    /// <summary>"aiempaa" or "entistä" before the comparative at i, "än tidigare" or a year before after it, "blir fler": the word that says "before", or -1.</summary>
    private static int Before(SentenceContext s, int i)
    {
        if (s.T[i - 1].Word is "aiempaa" or "entistä" or "aikaisempaa" || s.T[i - 1].Word is "blir" or "blivit" && s.T[i].Word == "fler") return i - 1; // "vi blir fler invånare": growing
        // "viikko viikolta vähemmän", "yhä useampia"; not "yhä useammin pois ajosta", more often of whatever the verb says.
        if (s.T[i - 1].Word is "yhä" or "allt" && s.T[i].Word is not ("useammin" or "oftare") || i > 1 && s.T[i - 1].Word is "viikolta" or "kuukaudelta" && s.T[i - 2].Word is "viikko" or "kuukausi") return i - 1;
        if (i + 2 < s.T.Count && s.T[i + 1].Word is "än" or "than" && s.T[i + 2].Word is "tidigare" or "förut" or "before") return i + 2;
        // "var 2622 i slutet av december, vilket var 16 fler än ett år tidigare": more than a year before (a fall is weighed by the rules after).
        return i + 1 < s.T.Count && s.T[i + 1].Word is "än" or "than" or "kuin" && FigureRules.IsMore(s.T[i].Word) && LastYear(s) is var year && year > i + 1 && year <= i + 4 ? year : -1;
    }

    /// <summary>
    /// "kokonaiskustannukset saattavat nousta", "specialsjukvårdskostnaderna kan stiga", "energy costs could rise": during the
    /// year, costs that may rise are a risk to the budget.
    /// </summary>
    private static bool CostsMayRise(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast) return false;
        for (var i = 1; i < s.T.Count; i++)
        {
            if (s.T[i].Word is not ("stiga" or "öka" or "nousta" or "kasvaa" or "rise" or "increase" or "grow") || s.Negator(i) >= 0) continue;
            var modal = s.FindWord(i - 2, i, w => w is "kan" or "kunde" or "riskerar" or "voivat" or "voi" or "saattavat" or "saattaa" or "uhkaavat" or "uhkaa" or "may" or "might" or "could");
            if (modal < 0 || BudgetRules.Measured(s).Income || !BudgetRules.Measures(s, s.ClauseStart(i), s.ClauseEnd(i), cost: true)) continue;
            found.Add(SentenceReader.Make(s, Rules.CostRisk, false, modal, i));
            return true;
        }
        return false;
    }

    /// <summary>"käyttöaste on laskenut kolmena peräkkäisenä kuukautena", "minskat tre månader i rad": a measure falling steadily, with no target, is going the wrong way.</summary>
    private static void FellInARow(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!IsFall(s.T[i].Word) || s.Negator(i) >= 0 || s.IsConceded(i) || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i)) continue;
            if (InARow(s, i) is var row and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, i, row));
                return;
            }
        }
    }

    /// <summary>"kolmena peräkkäisenä kuukautena", "yhtäjaksoisesti", "tre månader i rad", "three months running", "every quarter" after token i in its clause, or -1.</summary>
    private static int InARow(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
            if (s.T[j].Word is "peräkkäisenä" or "peräkkäin" or "running" or "yhtäjaksoisesti" or "keskeytyksettä" or "tasaisesti" or "oavbrutet" or "stadigt" or "steadily" || s.T[j].Word is "rad" or "row" && s.T[j - 1].Word is "i" or "a" // not "en rad åtgärder"
                || s.T[j].Word is "jokaisella" or "joka" or "varje" or "every" && j + 1 < s.T.Count && IsPeriod(s.T[j + 1].Word)) return j; // "jokaisella vuosineljänneksellä", "varje månad"
        return -1;
    }

    /// <summary>"vuosineljänneksellä", "kuukausi", "månad", "kvartal", "quarter", "month": a period of the year.</summary>
    private static bool IsPeriod(string w) =>
        w.StartsWith("vuosineljännek", StringComparison.Ordinal) || w.StartsWith("neljännek", StringComparison.Ordinal) || w.StartsWith("kuukau", StringComparison.Ordinal)
        || w.StartsWith("månad", StringComparison.Ordinal) || w.StartsWith("kvartal", StringComparison.Ordinal) || w is "quarter" or "month";

    /// <summary>"ostettu", "ostettiin", "köptes": bought, what the city pays for.</summary>
    private static bool IsBought(string w) => w.StartsWith("ostet", StringComparison.Ordinal) || w.StartsWith("köpt", StringComparison.Ordinal) || w is "bought" or "purchased";

    /// <summary>"palveluja", "tjänster", "services": services bought in, a cost (not books or material, which serve the users).</summary>
    private static bool IsService(string w) => w.StartsWith("palvelu", StringComparison.Ordinal) || w.StartsWith("tjänst", StringComparison.Ordinal) || w.StartsWith("service", StringComparison.Ordinal);

    /// <summary>
    /// "Målet för året var att öka besökssiffrorna med två procent, men i stället har siffran minskat": the goal a rise, and
    /// instead a fall; at year end a miss, during the year a worsening.
    /// </summary>
    private static void FellInstead(SentenceContext s, ref StatusResolver found)
    {
        var instead = s.FindWord(0, s.T.Count, w => w is "stället" or "sijaan" or "instead");
        if (instead < 0)
        {
            FellAgainstRisingGoal(s, ref found);
            return;
        }
        var fall = s.FindWord(instead, s.T.Count, IsFall);
        var rise = s.FindWord(0, instead, w => IsRise(w) || w is "öka" or "lisätä" or "kasvattaa" or "nostaa");
        if (fall < 0 || rise < 0 || s.Negator(fall) >= 0 || LowerIsBetter(s, fall)) return;
        found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, fall) ? Rules.VerdictShortfall : Rules.RiskWorsening, true, instead, fall));
    }

    /// <summary>
    /// "Besöken minskade med en femtedel, fast målet var en ökning", "käynnit vähenivät, vaikka tavoitteena oli kasvu": a
    /// fall in one clause, and in another the goal that was a rise.
    /// </summary>
    private static void FellAgainstRisingGoal(SentenceContext s, ref StatusResolver found)
    {
        // A verb of falling, not a comparison ("jäi tavoitetta pienemmäksi" is a figure against the target).
        var fall = s.FindWord(0, s.T.Count, w => IsFall(w) && !FigureRules.IsLess(w));
        if (fall < 0 || s.HasRealiseVerb || s.Negator(fall) >= 0 || LowerIsBetter(s, fall) || s.ClauseHas(fall, Cue.Cost)) return;
        for (var g = 0; g < s.T.Count; g++)
        {
            if (!s.T[g].Has(Cue.Goal) || s.T[g].Clause == s.T[fall].Clause) continue;
            var rise = s.FindWord(s.ClauseStart(g), s.ClauseEnd(g), w => w is "ökning" or "ökningen" or "öka" or "kasvu" or "kasvua" or "kasvattaa" or "lisäys"
                or "lisätä" or "nousu" or "nostaa" or "increase" or "rise" or "growth");
            if (rise < 0) continue;
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, fall) ? Rules.VerdictShortfall : Rules.RiskWorsening, true, Math.Min(fall, g), Math.Max(fall, rise)));
            return;
        }
    }

    /// <summary>
    /// "täyttöaste on laskenut tammikuun 88 prosentista huhtikuun 71 prosenttiin", "har sjunkit från 88 till 71 procent": a
    /// fall from one figure to a lower one, with no target, is the wrong direction; "lisääntyi 9 400:sta 10 300:aan", a rise
    /// to a higher one, the right direction.
    /// </summary>
    private static void ChangedFromTo(SentenceContext s, ref StatusResolver found)
    {
        List<(int At, double Value)>? figures = null;
        for (var i = 0; i < s.T.Count; i++)
        {
            var fell = IsFall(s.T[i].Word);
            if (!fell && !IsRise(s.T[i].Word) || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i)) continue;
            var (from, to) = (double.NaN, double.NaN);
            // "on pienentynyt joka kuukausi vuodenvaihteen jälkeen, tammikuun 5 100 käynnistä huhtikuun 3 900 käyntiin": the
            // figures may stand in the clause after it.
            var end = s.ClauseEnd(i) < s.T.Count ? s.ClauseEnd(s.ClauseEnd(i)) : s.T.Count;
            foreach (var (j, value) in figures ??= FigureRules.Figures(s))
            {
                if (j <= i || j >= end) continue;
                var unit = FigureRules.PastFigure(s.T, j);
                var next = unit < end ? s.T[unit].Word : "";
                if (s.T[j - 1].Word is "från" or "from" || next.EndsWith("sta", StringComparison.Ordinal) || next.EndsWith("stä", StringComparison.Ordinal)) from = value;
                else if (!double.IsNaN(from) && (s.T[j - 1].Word is "till" or "to" || next.EndsWith("iin", StringComparison.Ordinal) || next.EndsWith("aan", StringComparison.Ordinal)
                    || next.EndsWith("ään", StringComparison.Ordinal) || next.EndsWith("een", StringComparison.Ordinal))) to = value;
            }
            if (fell ? from > to : from < to)
            {
                found.Add(SentenceReader.Make(s, fell ? Rules.RiskWorsening : Rules.Progress, false, i, i));
                return;
            }
        }
    }

    /// <summary>"Tendensen till minskade besök tycks ha brutits", "laskeva kehitys on taittunut": a fall that has stopped is progress.</summary>
    private static void DeclineBroken(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 1; i < s.T.Count; i++)
        {
            if (!IsBroken(s.T[i].Word) || s.Negator(i) >= 0 || s.FindWord(s.ClauseStart(i), i, IsTrendNoun) < 0) continue; // not "laskivat, kun palvelu katkesi"
            var fall = s.FindWord(0, i, IsFall);
            if (fall < 0 || s.ClauseHas(fall, Cue.Cost) || LowerIsBetter(s, fall)) continue;
            found.Add(SentenceReader.Make(s, Rules.Progress, false, fall, i));
            return;
        }
    }

    /// <summary>"tendensen", "trendi", "kehitys", "nedgången", "lasku", "decline": what goes on, which can be broken.</summary>
    private static bool IsTrendNoun(string w) =>
        w.StartsWith("tendens", StringComparison.Ordinal) || w.StartsWith("trend", StringComparison.Ordinal) || w.StartsWith("kehity", StringComparison.Ordinal)
        || w.StartsWith("nedgång", StringComparison.Ordinal) || w.StartsWith("minskning", StringComparison.Ordinal) || w.StartsWith("lasku", StringComparison.Ordinal)
        || w is "decline" or "fall";

    private static bool IsBroken(string w) =>
        w is "brutits" or "brutit" or "bröts" or "bruten" or "taittui" or "taittunut" or "taittuneen" or "katkesi" or "katkennut" or "pysähtyi" or "pysähtynyt"
            or "reversed" or "halted" or "broken";

    /// <summary>
    /// "Staden har minskat de totala utsläppen av koldioxid med 22 procent sedan 1990": less of what is better lower, by a
    /// figure, is progress. "Jonot ovat merkittävästi lyhentyneet": queues that shortened are, with nothing conceded.
    /// </summary>
    private static void Cut(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            var shortened = IsShortened(s.T[i].Word);
            if (!IsFall(s.T[i].Word) && !shortened || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || !LowerIsBetter(s, i)) continue;
            var by = ByPercentOrLastYear(s, i);
            if (by < 0) by = FromToAfter(s, i); // "Skuldbördan minskade från 22,72 miljoner euro till 21,24 miljoner euro"
            if (by < 0 && (!shortened || s.SentenceHas(Cue.Concessive))) continue;
            found.Add(SentenceReader.Make(s, by < 0 && Tense.IsYearEnd(s, i) ? Rules.ResultGood : Rules.Progress, false, by < 0 ? i : Math.Min(i, by), Math.Max(i, by)));
            return;
        }
    }

    /// <summary>"från 22,72 miljoner euro till 21,24", "from 3,1 to 2,8": a figure it went from and one it went to after token i in its clause; the latter, or -1.</summary>
    private static int FromToAfter(SentenceContext s, int i)
    {
        var from = s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 3), w => w is "från" or "from");
        if (from < 0 || from + 1 >= s.T.Count || !char.IsAsciiDigit(s.T[from + 1].Word[0])) return -1;
        var to = s.FindWord(from + 2, s.ClauseEnd(i), w => w is "till" or "to");
        return to > 0 && to + 1 < s.T.Count && char.IsAsciiDigit(s.T[to + 1].Word[0]) ? to + 1 : -1;
    }

    /// <summary>
    /// "Utlåningen minskade med 1,7 procent", "lainaus väheni 3 prosenttia": a use that fell by a percentage, with no year
    /// named to compare with, is a fall against the year before; a risk, since no target says how much it matters.
    /// </summary>
    private static void FellByPercent(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 0; i < s.T.Count; i++)
        {
            // "iltakäynnit ovat harventuneet huhtikuusta alkaen tasaisesti": thinning out steadily is a fall too.
            var fall = IsFall(s.T[i].Word) || s.T[i].Word.StartsWith("harventu", StringComparison.Ordinal) && Steadily(s, i) >= 0;
            if (!fall || s.T[i].Word is "vähemmän" or "pienempi" or "mindre" or "lägre" or "less" or "lower" || s.Negator(i) >= 0
                || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i) || s.ClauseHas(i, Cue.Goal)) continue;
            var by = ByPercentOrLastYear(s, i);
            if (by < 0 && Steadily(s, i) is var steadily and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, i, steadily)); // a steady fall, by no figure
                return;
            }
            if (by < 0 && i + 1 < s.T.Count && s.T[i + 1].Has(Cue.Fraction) && s.T[i + 1].Clause == s.T[i].Clause) by = i + 1; // "laski neljänneksen": by a quarter
            if (by < 0 && LastingFall(s, i) is var since and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, i, since));
                return;
            }
            // "Sulku … vähensivät lainaus- ja asiakasmääriä": something cut the use of the services, by no figure; a worsening.
            if (by < 0 && s.T[i].Word is "vähensi" or "vähensivät" or "vähentänyt" or "vähentäneet" or "reduced" && s.FindWord(i + 1, s.ClauseEnd(i), IsUse) is var use and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, i, use));
                return;
            }
            if (by < i && !(by >= 0 && s.T[by].Word is "fortsätter" or "continues")) continue;
            found.Add(SentenceReader.Make(s, Rules.RiskBelowLastYear, false, Math.Min(i, by), Math.Max(i, by)));
            return;
        }
    }

    /// <summary>
    /// "Fyysisten kirjastokäyntien määrä lisääntyi. Verkkokäyntien määrässä sitä vastoin oli laskua.": a use that fell, in a
    /// sentence set against the one before, by no figure; a risk (the fall by a percentage or against last year is read above).
    /// </summary>
    private static void FellAgainstTheSentenceBefore(SentenceContext s, ref StatusResolver found)
    {
        if (SetAgainstTheSentenceBefore(s) is not (var against and >= 0)) return;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!(IsFall(s.T[i].Word) || s.T[i].Word is "laskua" or "laskussa") || s.Negator(i) >= 0 || s.ClauseHas(i, Cue.Cost) || LowerIsBetter(s, i) || ByPercentOrLastYear(s, i) >= 0
                || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => IsUse(w) || w.Contains("käyn", StringComparison.Ordinal) || w.Contains("besök", StringComparison.Ordinal)) < 0
                || s.FindWord(0, s.T.Count, w => w is "kohden" or "per" or "hinta" or "kostnad" or "kostnaden" or "price" or "cost") >= 0) continue; // not "käyntikertaa kohden laskettu hinta laski"
            found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, Math.Min(i, against), Math.Max(i, against)));
            return;
        }
    }

    /// <summary>"sitä vastoin", "puolestaan", "sen sijaan", "däremot": the sentence set against the one before; the word's index, or -1.</summary>
    private static int SetAgainstTheSentenceBefore(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w is "vastoin" or "puolestaan" or "däremot" or "sijaan" or "hand") is var j and >= 0
        && (s.T[j].Word is not ("vastoin" or "sijaan" or "hand") || j > 0 && s.T[j - 1].Word is "sitä" or "sen" or "other") ? j : -1; // "on the other hand"

    /// <summary>
    /// "laskeneet toukokuusta lähtien", "minskar sedan länge", "har en minskande trend": a fall that has gone on, or a falling
    /// trend, after the fall word at i; its index, or -1.
    /// </summary>
    private static int LastingFall(SentenceContext s, int i) =>
        i + 1 < s.T.Count && s.T[i + 1].Word.StartsWith("trend", StringComparison.Ordinal) ? i + 1
        : s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 6), w => w is "lähtien" or "alkaen" or "sedan" or "since" or "åren" or "år" or "vuosia" or "years"); // "har sjunkit genom åren", "varit sjunkande under flera år"

    /// <summary>
    /// "HAMin kävijöitä oli tammi–maaliskuussa 38 000, kun vastaavana aikana vuotta aiemmin kävijöitä oli 52 000": with no word
    /// of rising or falling, this year's figure against last year's, said in the clause that names the year before.
    /// Returns whether it read one.
    /// </summary>
    private static bool AgainstLastYearsFigure(SentenceContext s, int year, ref StatusResolver found)
    {
        var figures = FigureRules.Figures(s);
        if (FigureMotLastYear(s, figures, year) is var (thisYear, lastYear))
        {
            // "i augusti kom 1 100 unga mot 760 ett år tidigare": this year's figure against last year's, in one clause.
            var up = thisYear.Value > lastYear.Value != LowerIsBetter(s, thisYear.At);
            found.Add(SentenceReader.Make(s, AgainstLastYear(up, Tense.IsYearEnd(s, thisYear.At)), false, thisYear.At, year));
            return true;
        }
        // Two counts, or two shares ("tyttöjä oli 31 prosenttia, kun osuus vuotta aiemmin oli 36 prosenttia").
        // Not two changes given as percentages ("Laskua oli 20 %, mutta kokonaislainauksessa vain 10 %").
        if (figures.Count != 2 || FigureRules.IsPercent(s, figures[0].At) != FigureRules.IsPercent(s, figures[1].At) || ChangeOutsideGap(s) || s.ClauseHas(year, Cue.Cost)
            || FigureRules.IsPercent(s, figures[0].At) && s.FindWord(0, s.T.Count, w => IsRise(w) || IsFall(w) || w.StartsWith("lasku", StringComparison.Ordinal) || w.StartsWith("kasvu", StringComparison.Ordinal) || w.StartsWith("nousu", StringComparison.Ordinal)) >= 0) return false;
        var lastClause = s.T[year].Clause;
        if ((s.T[figures[0].At].Clause == lastClause) == (s.T[figures[1].At].Clause == lastClause)) return false;
        var (last, now) = s.T[figures[0].At].Clause == lastClause ? (figures[0], figures[1]) : (figures[1], figures[0]);
        if (last.Value == now.Value) return false;
        var better = now.Value > last.Value != LowerIsBetter(s, now.At);
        var (from, to) = (Math.Min(now.At, last.At), Math.Max(now.At, last.At));
        found.Add(SentenceReader.Make(s, AgainstLastYear(better, Tense.IsYearEnd(s, now.At)), false, from, to));
        return true;
    }

    /// <summary>
    /// "Besöksantalet var 30 219 från juni till augusti. Samma period förra året var det totalt 43 426 besök.": last year's
    /// count of a use, alone in its sentence with no word of rising or falling, against the lone count of the sentence before.
    /// </summary>
    private static bool LastYearsFigureAfter(SentenceContext s, int year, ref StatusResolver found)
    {
        if (s.Before.Figure is not { Percent: false, Forecast: false } now || !double.IsNaN(now.Amount)) return false;
        var figures = FigureRules.Figures(s);
        if (figures.Count != 1 || FigureRules.IsPercent(s, figures[0].At) || s.FindWord(0, s.T.Count, IsUse) < 0
            || s.FindWord(0, s.T.Count, w => IsRise(w) || IsFall(w)) >= 0 || s.ClauseHas(year, Cue.Cost) || LowerIsBetter(s, figures[0].At)) return false;
        var then = figures[0].Value;
        if (then == now.Value) return false;
        found.Add(SentenceReader.Make(s, AgainstLastYear(now.Value > then, !now.SoFar && Tense.IsYearEnd(s, figures[0].At)), false, Math.Min(year, figures[0].At), Math.Max(year, figures[0].At)));
        return true;
    }

    /// <summary>This year's figure against last year's: better is progress; worse a miss when the year is closed, else a risk.</summary>
    private static Rule AgainstLastYear(bool better, bool yearEnd) => better ? Rules.Progress : yearEnd ? Rules.FigureBelowLastYear : Rules.RiskBelowLastYear;

    /// <summary>"1 100 unga mot 760 ett år tidigare", "1 100 against 760 a year earlier": two figures, the second after "mot" and just before the last year's words.</summary>
    private static ((int At, double Value) Now, (int At, double Value) Then)? FigureMotLastYear(SentenceContext s, List<(int At, double Value)> figures, int year)
    {
        if (figures.Count != 2 || figures[1].At < 1 || s.FindWord(0, s.T.Count, IsUse) < 0) return null; // "olyckor … 12 mot 8": not every count is better higher
        var then = figures[1].At;
        // "2 900 vuotta aiemmin kirjattujen 2 100:n sijaan": last year's figure named before it, instead of which this year's came.
        var instead = year > figures[0].At && year < then && then - year <= 4 && s.FindWord(then + 1, Math.Min(s.T.Count, then + 4), w => w is "sijaan" or "sijasta") >= 0;
        if (!instead && (s.T[then - 1].Word is not ("mot" or "against" or "vs" or "versus") || year <= then || year > then + 4)) return null;
        if (s.ClauseHas(year, Cue.Cost) || figures[0].Value == figures[1].Value) return null;
        return (figures[0], figures[1]);
    }

    /// <summary>
    /// "Utlåningen och besöksantalet sjönk en aning, medan distansanvändningen över webben ökade": one use down and another up,
    /// across a contrast, is a mix.
    /// </summary>
    private static void FellWhileRose(SentenceContext s, ref StatusResolver found)
    {
        var but = s.ContrastIn(1, s.T.Count);
        if (but < 0) return;
        int fell = -1, rose = -1;
        for (var j = 0; j < s.T.Count; j++)
        {
            var fall = IsFall(s.T[j].Word);
            if (!fall && !IsRise(s.T[j].Word) || s.Negator(j) >= 0 || s.ClauseHas(j, Cue.Cost) || LowerIsBetter(s, j)) continue;
            if (fall) fell = j;
            else rose = j;
        }
        if (fell < 0 || rose < 0 || Math.Min(fell, rose) > but || Math.Max(fell, rose) < but) return;
        found.Add(SentenceReader.Make(s, Rules.VerdictMixed, false, Math.Min(fell, rose), Math.Max(fell, rose)));
    }

    /// <summary>A word of change or comparison, not one of a gap that grows ("ja ero on kasvanut kuukausi kuukaudelta").</summary>
    private static bool ChangeOutsideGap(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
            if ((IsChange(s.T[j].Word) || FigureRules.IsMore(s.T[j].Word) || FigureRules.IsLess(s.T[j].Word))
                && s.FindWord(s.ClauseStart(j), j, Lexicon.IsGap) < 0) return true;
        return false;
    }

    /// <summary>A use of the services, better higher: visits, loans, participants, young people, members, customers.</summary>
    private static bool IsUse(string w) =>
        w.StartsWith("besök", StringComparison.Ordinal) || w.StartsWith("utlån", StringComparison.Ordinal) || w.StartsWith("deltag", StringComparison.Ordinal)
        || w.StartsWith("kävij", StringComparison.Ordinal) || w.StartsWith("käyn", StringComparison.Ordinal) || w.StartsWith("lainau", StringComparison.Ordinal)
        || w.StartsWith("osallistuj", StringComparison.Ordinal) || w.StartsWith("visit", StringComparison.Ordinal) || w.StartsWith("participant", StringComparison.Ordinal)
        || w.StartsWith("medlem", StringComparison.Ordinal) || w.StartsWith("jäsen", StringComparison.Ordinal) || w.StartsWith("asiakk", StringComparison.Ordinal)
        || w.StartsWith("nuor", StringComparison.Ordinal) || w is "unga" or "lån" or "lånen" or "loans" or "members" or "customers" or "users"
        || w.StartsWith("kuulij", StringComparison.Ordinal) || w.StartsWith("katsoj", StringComparison.Ordinal) || w.StartsWith("åhörar", StringComparison.Ordinal) || w is "listeners" or "viewers";

    /// <summary>A rise of something better higher in a clause before token i's, or -1.</summary>
    private static int RoseBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < s.ClauseStart(i); j++)
            if (IsRise(s.T[j].Word) && s.Negator(j) < 0 && !LowerIsBetter(s, j) && !s.ClauseHas(j, Cue.Cost)) return j;
        return -1;
    }

    public static bool IsShortened(string w) =>
        w.StartsWith("lyhen", StringComparison.Ordinal) || w is "kortades" or "kortats" or "förkortades" or "shortened";

    /// <summary>"året innan", "än innan": "before" as the time before; not the conjunction "innan eleverna kan gå på skolan".</summary>
    public static bool EarlierInnan(SentenceContext s, int j) =>
        s.T[j].Word == "innan" && (j + 1 == s.ClauseEnd(j) || j > 0 && s.T[j - 1].Word is "året" or "än" or "månaden" or "perioden" or "veckan");

    private static int ByPercentOrLastYear(SentenceContext s, int i)
    {
        // "neljänneksen enemmän kuin vastaavana aikana viime vuonna": the clause of comparison that "kuin", "än", "than" opens goes on.
        for (var j = s.ClauseStart(i); j < s.T.Count && (s.T[j].Clause == s.T[i].Clause || s.T[j].Clause == s.T[i].Clause + 1 && s.T[s.ClauseStart(j)].Word is "kuin" or "än" or "than"); j++)
        {
            var w = s.T[j].Word;
            if (w is "prosenttia" or "procent" or "percent" or "%" || char.IsAsciiDigit(w[0]) && s.PercentSignAfter(s.T[j])) return j;
            if (w.StartsWith("edellis", StringComparison.Ordinal) || w.StartsWith("föregående", StringComparison.Ordinal) || w is "förra" or "previous" or "fjol" || EarlierInnan(s, j)
                || w == "viime" && j + 1 < s.T.Count && s.T[j + 1].Word.StartsWith("vuo", StringComparison.Ordinal) && s.T[s.ClauseStart(j)].Word is "kuin" or "än" or "than")
                return j; // "enemmän kuin viime vuonna" compares; "lyhenivät viime vuonna" only dates
            // "osallistujamäärät lisääntyivät merkittävästi": by a size said in words.
            if (j > i && w is "merkittävästi" or "huomattavasti" or "selvästi" or "kraftigt" or "markant" or "betydligt" or "significantly" or "considerably" or "substantially") return j;
            // "minskar kontinuerligt", "vähenee jatkuvasti", "fortsätter att minska": a lasting trend, said in words.
            if (j > i && w is "kontinuerligt" or "stadigt" or "jatkuvasti" or "tasaisesti" or "edelleen" or "yhtäjaksoisesti" or "keskeytyksettä" or "steadily" or "continuously" || j + 2 == i && w is "fortsätter" or "continues" && s.T[j + 1].Word is "att" or "to") return j;
            // "en liten ökning jämfört med 2008", "verrattuna vuoteen 2019": against an earlier year named.
            if (j > i && w is "jämfört" or "verrattuna" or "compared" && s.FindWord(j + 1, Math.Min(s.T.Count, j + 4), v => v.Length == 4 && char.IsAsciiDigit(v[0])) is var year and > 0 && s.T[year].Has(Cue.Year)) return year;
            // "en ökning med 209 personer", "minskade med i storleksordning 40 personer", "increased by 300": by a count.
            if (j > i && j <= i + 3 && w is "med" or "by" && s.FindWord(j + 1, Math.Min(s.T.Count, j + 4), v => char.IsAsciiDigit(v[0])) is var count and > 0 && !s.T[count].Has(Cue.Year)) return count;
            // "on kohonnut kuukaudesta toiseen", "ökat månad för månad": steadily, period after period.
            if (j > i && j >= 2 && (w == "toiseen" && s.T[j - 1].Word is "kuukaudesta" or "vuodesta" || w is "månad" or "år" && s.T[j - 1].Word == "för" && s.T[j - 2].Word == w)) return j;
            // "nousivat yli 3000:lla", "kasvoivat 3 000 lainalla": by a count.
            if (j > i && char.IsAsciiDigit(s.T[j - 1].Word[0]) && !s.T[j - 1].Has(Cue.Year) && (w.EndsWith("lla", StringComparison.Ordinal) || w.EndsWith("llä", StringComparison.Ordinal))) return j;
        }
        return -1;
    }

    public static bool IsRise(string w) =>
        w.StartsWith("kasvoi", StringComparison.Ordinal) || w.StartsWith("kasvanut", StringComparison.Ordinal) || w.StartsWith("kasvanee", StringComparison.Ordinal) || w.StartsWith("lisääntyi", StringComparison.Ordinal)
        || w.StartsWith("lisääntyn", StringComparison.Ordinal) || w.StartsWith("nousi", StringComparison.Ordinal) || w.StartsWith("kohosi", StringComparison.Ordinal) || w.StartsWith("kohonn", StringComparison.Ordinal) || w.StartsWith("noussut", StringComparison.Ordinal) || w == "nousseet"
        || w is "enemmän" or "mer" or "more" or "ökade" or "ökat" or "ökar" or "växer" or "växte" or "vuxit" or "steg" or "stigit" or "fler" or "increased" or "rose" or "grew" or "kasvua" or "ökning" or "ökningen" or "increase"
        || w is "nousee" or "kasvaa" or "lisääntyy" or "nousevat" or "kasvavat" or "lisääntyvät" or "nousussa" or "uppåtgående" || w.StartsWith("kohos", StringComparison.Ordinal) || w.StartsWith("kohoa", StringComparison.Ordinal) || w.StartsWith("nousujohtei", StringComparison.Ordinal);

    /// <summary>
    /// Queues, waiting and processing times, the unemployed, dropouts, absences and sick leave, emissions and consumption of
    /// energy, deficits: a fall is good news, a rise bad.
    /// </summary>
    /// <summary>"mått", "mittaria", "indicators": a measure of a goal, as a traffic light colours it.</summary>
    private static bool IsMeasure(string w) =>
        w.StartsWith("mått", StringComparison.Ordinal) || w.StartsWith("mittar", StringComparison.Ordinal) || w.StartsWith("indikator", StringComparison.Ordinal) || w.StartsWith("indicator", StringComparison.Ordinal) || w.StartsWith("measure", StringComparison.Ordinal);

    public static bool LowerIsBetter(SentenceContext s, int i)
    {
        // "kokonaispäästöt … olivat 2 360 000 t ja laskivat yhdeksän prosenttia": a clause opened by "and" with its verb first goes on with the subject before.
        var start = s.ClauseStart(i);
        // "vaihtuvuus oli 7,8 prosenttia, ja se pysyi alle …": so does one that goes on with a pronoun for it.
        if (start > 0 && (i <= start + 2 || start + 1 < s.T.Count && s.T[start + 1].Word is "se" or "ne" or "den" or "de" or "it" or "they")
            && s.T[start].Word is "ja" or "och" or "and") start = s.ClauseStart(start - 1);
        for (var j = start; j < s.T.Count && s.T[j].Clause <= s.T[i].Clause; j++)
        {
            var w = s.T[j].Word;
            if (w is "kö" or "kön" or "köer" or "köerna" || w.StartsWith("kötid", StringComparison.Ordinal) || w.Contains("jono", StringComparison.Ordinal) || w.StartsWith("väntetid", StringComparison.Ordinal)
                || w.StartsWith("odotusa", StringComparison.Ordinal) || w.StartsWith("työttöm", StringComparison.Ordinal) || w.StartsWith("arbetslös", StringComparison.Ordinal)
                || w.StartsWith("keskeyttä", StringComparison.Ordinal) || w.StartsWith("poissaol", StringComparison.Ordinal) || w.StartsWith("frånvaro", StringComparison.Ordinal)
                || w.Contains("utsläpp", StringComparison.Ordinal) || w.StartsWith("hushållsavfall", StringComparison.Ordinal) || w.StartsWith("restavfall", StringComparison.Ordinal) || w.Contains("päästö", StringComparison.Ordinal) || w.StartsWith("energianvändning", StringComparison.Ordinal) || w.Contains("förbrukning", StringComparison.Ordinal) || w == "consumption"
                || w.Contains("kulutu", StringComparison.Ordinal) && !w.Contains("mittar", StringComparison.Ordinal) || w.StartsWith("käsittelya", StringComparison.Ordinal) || w.StartsWith("handläggningstid", StringComparison.Ordinal) // not "sähkönkulutusmittareita", meters lent
                || w.StartsWith("sairauspoissaolo", StringComparison.Ordinal) || w.StartsWith("sjukfrånvaro", StringComparison.Ordinal) || w.StartsWith("sjuktal", StringComparison.Ordinal) || w.StartsWith("sjukskrivning", StringComparison.Ordinal)
                || w.StartsWith("vaihtuvuu", StringComparison.Ordinal) && j > 0 && s.T[j - 1].Word is "henkilöstön" or "henkilökunnan" or "työntekijöiden" // staff turnover, not an exhibition's
                || w.StartsWith("henkilöstövaihtuvuu", StringComparison.Ordinal) || w.StartsWith("personalomsättning", StringComparison.Ordinal) || w == "turnover" && j > 0 && s.T[j - 1].Word == "staff"
                || w.StartsWith("alijää", StringComparison.Ordinal) || w.StartsWith("underskott", StringComparison.Ordinal)
                || w.StartsWith("maksuaika", StringComparison.Ordinal) || w.StartsWith("toimitusaika", StringComparison.Ordinal) || w.StartsWith("vastausaika", StringComparison.Ordinal) // how long it takes
                || w.StartsWith("ilkival", StringComparison.Ordinal) || w.StartsWith("skadegörelse", StringComparison.Ordinal) || w.StartsWith("vandal", StringComparison.Ordinal) // damage done
                || w is "röda" or "punaiset" or "punaisten" or "punaisia" or "red" && j + 1 < s.T.Count && IsMeasure(s.T[j + 1].Word) // "antalet röda mått ökat": measures off target
                || w.StartsWith("korjattav", StringComparison.Ordinal) // "betonissa on korjattavaa enemmän kuin arvioitiin": work to be mended
                || w.StartsWith("korkomeno", StringComparison.Ordinal) || w.StartsWith("korkokulu", StringComparison.Ordinal) || w.StartsWith("räntekostnad", StringComparison.Ordinal) // interest paid
                || w is "priset" or "priserna" || w.StartsWith("byggkostnad", StringComparison.Ordinal) // "Priset har stigit under processens gång": what the city pays
                || IsTrouble(w) && !ServedBy(s, j) // debt, complaints, vacancy; not "velkaneuvonnan asiakasmäärä", "käsiteltyjen valitusten määrä"
                || w.StartsWith("lainamäär", StringComparison.Ordinal) && (s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), x => x.StartsWith("euro", StringComparison.Ordinal)) >= 0 || s.EuroSignInSentence) // "Kaupungin lainamäärä nousi 17,1 miljoonalla eurolla": debt in euros, not a library's loans
                || w is "emissions" or "queue" or "waiting" or "unemployed" or "unemployment" or "deficit"
                || j == start && IsSpending(s.T[j]) && j + 2 < s.T.Count && s.T[j + 1].Has(Cue.Auxiliary)) return true; // "Menot ovat kasvaneet vuodesta toiseen": spending, the subject
        }
        return false;
    }

    /// <summary>
    /// "menot", "kostnaderna": spending itself, not how much of it is covered ("kostnadstäckningen", "kattavuus"); and
    /// "toimintakate", a municipality's net spending, which grows as it worsens.
    /// </summary>
    private static bool IsSpending(Token t) =>
        t.Word.StartsWith("toimintakat", StringComparison.Ordinal) || Lexicon.IsCostNoun(t.Word) && !t.Word.Contains("täckning", StringComparison.Ordinal) && !t.Word.Contains("kattavuu", StringComparison.Ordinal) && !t.Word.Contains("kate", StringComparison.Ordinal);

    /// <summary>Debt ("korjausvelka"), complaints (not "valitut", chosen), empty premises, dependence: more of it is worse.</summary>
    private static bool IsTrouble(string w) =>
        w.Contains("velka", StringComparison.Ordinal) || w.Contains("velan", StringComparison.Ordinal) || w.StartsWith("lainakan", StringComparison.Ordinal) || w.Contains("skuld", StringComparison.Ordinal)
        || w.StartsWith("valituks", StringComparison.Ordinal) || w is "valitus" or "valitusten" || w.StartsWith("reklamation", StringComparison.Ordinal) || w.StartsWith("klagom", StringComparison.Ordinal)
        || w is "tyhjien" or "tyhjiä" or "tyhjät" or "tomma" or "vacant" || w.StartsWith("riippuvuu", StringComparison.Ordinal)
        || w is "debt" or "backlog" or "complaints" or "dependence" or "dependency";

    /// <summary>A trouble word that names a service against it or what is done with it: "velkaneuvonta", "skuldrådgivning", "ehkäisytyö", "käsiteltyjen", "vuokraus".</summary>
    private static bool ServedBy(SentenceContext s, int j)
    {
        static bool IsService(string w) => w.Contains("neuvon", StringComparison.Ordinal) || w.Contains("rådgivning", StringComparison.Ordinal) || w.StartsWith("ehkäisy", StringComparison.Ordinal)
            || w.StartsWith("käsittely", StringComparison.Ordinal) || w.StartsWith("vuokraus", StringComparison.Ordinal) || w.StartsWith("förebygg", StringComparison.Ordinal) || w is "counselling" or "advice" or "prevention";
        return IsService(s.T[j].Word) || j + 1 < s.T.Count && IsService(s.T[j + 1].Word) || j > 0 && s.T[j - 1].Word.StartsWith("käsitel", StringComparison.Ordinal);
    }

    /// <summary>Whether the sentence sets its figure against the year before ("kuin viime vuonna", "än i fjol", "than last year").</summary>
    public static bool AgainstLastYear(SentenceContext s) => LastYear(s) >= 0;

    private static int LastYear(SentenceContext s)
    {
        // "61 000 henkilöä viime vuonna, kun vuotta aiemmin kävijöitä oli 37 000": the year before that is the base, not "viime vuonna".
        for (var j = 1; j < s.T.Count; j++)
            if (s.T[j].Word is "aiemmin" or "aikaisemmin" or "earlier" or "tidigare" && s.T[j - 1].Word is "vuotta" or "year" or "år") return j;
        for (var j = 0; j < s.T.Count; j++)
        {
            var w = s.T[j].Word;
            if (w.StartsWith("edellisvuo", StringComparison.Ordinal) || w.StartsWith("viimevuo", StringComparison.Ordinal) || w.StartsWith("föregående", StringComparison.Ordinal)
                || w is "previous" or "förra" or "fjol" or "ifjol" || EarlierInnan(s, j) || w is "viime" or "edellisenä" && j + 1 < s.T.Count && s.T[j + 1].Word.StartsWith("vuo", StringComparison.Ordinal)
                || w is "sitten" or "sedan" or "ago" && j > 0 && s.T[j - 1].Word is "vuosi" or "år" or "year" // "kuin vuosi sitten", "än för ett år sedan", "a year ago"
                || w is "aiemmin" or "aikaisemmin" or "earlier" or "tidigare" && j > 0 && s.T[j - 1].Word is "vuotta" or "year" or "år" // "vastaavana aikana vuotta aiemmin", "mot 760 ett år tidigare"
                || s.ReportYear > 0 && s.T[j].Has(Cue.Year) && s.YearAt(j) == s.ReportYear - 1) // "kuin vuoden 2034 samalla jaksolla" in the report for 2035
                return j;
        }
        return -1;
    }

    /// <summary>A word of rising or falling: the sentence speaks of a change, not a level.</summary>
    internal static bool IsChange(string w) => IsRise(w) || IsFall(w);

    internal static bool IsFall(string w) =>
        w.StartsWith("pienemm", StringComparison.Ordinal) || w.StartsWith("vähen", StringComparison.Ordinal) || w.StartsWith("laski", StringComparison.Ordinal)
        || w.StartsWith("laskene", StringComparison.Ordinal) || w.StartsWith("laskev", StringComparison.Ordinal) || w is "laskenut" or "laskee" or "declining"
        || w.StartsWith("pienen", StringComparison.Ordinal) || w.StartsWith("minsk", StringComparison.Ordinal) || w.StartsWith("leikan", StringComparison.Ordinal) || w.StartsWith("leikat", StringComparison.Ordinal)
        || w is "vähemmän" or "pienempi" or "alhaisempi" or "lägre" or "mindre" or "färre" or "sjönk" or "sjunkit" or "sjunker" or "sjunkande" or "fewer" or "lower" or "less" or "fell" or "declined" or "decreased"
        || w is "decline" or "drop" or "reduction" || w.StartsWith("minskning", StringComparison.Ordinal) || w.StartsWith("nedgång", StringComparison.Ordinal)
        || w.StartsWith("sänkning", StringComparison.Ordinal) || w.StartsWith("supistu", StringComparison.Ordinal) || w.StartsWith("kutistu", StringComparison.Ordinal) || w.StartsWith("hupen", StringComparison.Ordinal); // "kävijämäärä supistui tasaisesti", "käynnit hupenivat"
}
