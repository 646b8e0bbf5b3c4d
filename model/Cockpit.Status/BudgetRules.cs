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
        if (GrownPastReserved(s, ref found) || NotSoForAnother(s, ref found) || OnExtraFunding(s, ref found) || PairsAgainstBudget(s, ref found) || ChangeAgainstEstimated(s, ref found)) return true;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (Judge(s, i) is not var (j, good)) continue;
            // After a contrast, another budget read the other way: "menot jäivät 70 000 euroa alle budjetin, mutta salivuokrista
            // jäätiin 110 000 euroa tuloarviosta" is kept in part; one that sums up ("mutta … nosti kaikki verotulot ennakoitua
            // paremmaksi") decides.
            if (LaterAfterContrast(s, i) is var (i2, j2, good2))
            {
                if (s.ClauseHas(i2, Cue.Whole)) (i, j, good) = (i2, j2, good2);
                else if (good2 != good)
                {
                    found.Add(SentenceReader.Make(s, Rules.VerdictMixed, true, Math.Min(i, j), Math.Max(i2, j2)));
                    return true;
                }
            }
            // "lipputuloja on kertynyt 210 000 euroa arviota enemmän, mutta … palkkiot ovat kasvattaneet menoja 240 000 eurolla": income up, costs up after it.
            if (good && CostsRoseAfterContrast(s, i) is var rose and >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictMixed, true, Math.Min(i, j), rose));
                return true;
            }
            if (OtherKindOtherWay(s, i, good) is var other and >= 0 || good && IncomeMissingAfter(s, i) is var missing and >= 0 && (other = missing) >= 0
                || ElidedOtherWay(s, i) is var elided and >= 0 && (other = elided) >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictMixed, true, Math.Min(i, j), other)); // "menot alittuivat 3 prosenttia, pääsylipputulot jäivät 9 prosenttia arviosta"
                return true;
            }
            var (start, end) = Clause(s, i);
            var interim = InterimOutsideBasis(s, start, end); // "hittills", "tähän mennessä", "toukokuun loppuun mennessä": so far
            // "Verot kehittyivät maaliskuun loppuun vielä talousarvion mukaisesti": in a forecast, kept for the months counted is kept so far.
            var monthsSoFar = s.Round == RoundKind.Forecast && FigureRules.MonthsCounted(s) is > 0 and < 12;
            // "anbudet … var det enda som höll sig inom budgeterade medel": a bid within the budget lets the work go ahead, no year's result.
            var bid = s.Round == RoundKind.Forecast && s.FindWord(0, s.T.Count, w => w.StartsWith("anbud", StringComparison.Ordinal) || w.StartsWith("tarjou", StringComparison.Ordinal) || w is "bid" or "bids" or "tender" or "tenders") >= 0;
            var yearEnd = !interim && !monthsSoFar && !bid && (Tense.ClosedYear(s) || PastIn(s, start, end));
            var rule = good ? (yearEnd ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : interim ? Rules.BudgetWorseSoFar : Rules.BudgetWorse;
            // "toteutuivat lähes talousarvion mukaisesti": nearly as budgeted is not as budgeted.
            // "budgeten höll relativt bra": kept only by a degree, here or in a later budget clause of the sentence.
            // "talousarvion mukaisesti pakkasvuosi, tosin paljon kylmempi kuin osasimme odottaa": as budgeted, granted, then taken back.
            if (good && (DegreeBefore(s, Math.Min(i, j)) || QualifiedVerdictBefore(s, Math.Min(i, j)) || KeptByDegreeAfter(s, Math.Min(i, j))
                || s.FindWord(Math.Max(i, j), s.T.Count, w => w is "tosin" or "joskin") >= 0)) rule = Rules.VerdictHedged;
            // "vi måste säkerställa att vi kan genomföra det inom vår budgetram": within budget as a need, not a fact.
            if (good && NeedBefore(s, Math.Min(i, j))) rule = Rules.VerdictConditional;
            // "tekniska nämnden (-14,8 miljoner kronor) har problem att hålla sina budgetar": struggling to keep it, at year end not kept.
            if (good && StruggleBefore(s, Math.Min(i, j))) rule = yearEnd || s.Round == RoundKind.Outcome ? Rules.BudgetWorse : Rules.CostRisk;
            // "parempi kaikkien lautakuntien osalta, paitsi infralautakunnan osalta … heikommin": better for all but one.
            // "Tre av fem nämnder håller budget": the others do not.
            if (good && (SentenceReader.Exception(s, i) is var except and >= 0 && except > i && s.FindWord(start, end, w => w == "kaikkien" || ResultRules.IsAll(w)) >= 0
                || ProportionRules.CountOutOfAny(s, start, Math.Min(i, j) + 1) >= 0)) rule = Rules.VerdictPartial;
            // "Henkilöstömenoissa on ylitysriski, koska palkankorotukset ovat budjetoitua suuremmat": worse, but only a risk.
            if (!good && (s.NamesRisk || ModalOver(s, Math.Min(i, j)) || s.Conditional >= 0 || WithoutIt(s, start, end))) rule = Rules.CostRisk; // "menot saattavat ylittää budjetin, jos …"
            // "Kolme neljästä hankkeesta pysyi kustannusarviossaan, mutta … ylitti arvion": kept in part, overrun in another.
            else if (!good && KeptBeforeBut(s, Math.Min(i, j))) rule = Rules.VerdictMixed;
            found.Add(SentenceReader.Make(s, rule, true, Math.Min(i, j), Math.Max(i, j)));
            return true;
        }
        return AgainstAmountBefore(s, ref found) || DearerBy(s, ref found) || PercentOfBudget(s, ref found) || OverrunsHappened(s, ref found) || CoveredIf(s, ref found)
            || SignedDeviation(s, ref found);
    }

    /// <summary>
    /// "lipputulot olivat 0,23 M€ budjetoidun 0,18 M€:n sijaan, samalla … vuokrakulut kasvoivat 0,15 M€:oon budjetoidusta 0,09
    /// M€:sta": income in one clause and costs in another, each amount beside its budgeted one; one better and one worse is a mix,
    /// both the same way is the budget kept or missed.
    /// </summary>
    private static bool PairsAgainstBudget(SentenceContext s, ref StatusResolver found)
    {
        if (s.FindWord(0, s.T.Count, IsBudget) < 0) return false; // most sentences name no budget: spare them the list of figures
        var figures = FigureRules.Figures(s);
        if (figures.Count != 4 || figures.Exists(f => double.IsNaN(FigureRules.MoneyAt(s, f.At)))) return false;
        var (a, b, c, d) = (figures[0], figures[1], figures[2], figures[3]);
        if (!OnePair(s, a, b) || !OnePair(s, c, d) || s.T[b.At].Clause == s.T[c.At].Clause
            || PairIsBetter(s, a, b, s.ClauseStart(c.At)) is not { } first || PairIsBetter(s, c, d, s.T.Count) is not { } second) return false;
        var closed = Tense.ClosedYear(s);
        var rule = first != second ? Rules.VerdictMixed : first ? (closed ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : closed ? Rules.BudgetWorse : Rules.BudgetWorseSoFar;
        found.Add(SentenceReader.Make(s, rule, true, a.At, d.At));
        return true;
    }

    /// <summary>Two amounts in one clause, or the second in the next ("0,15 M€:oon budjetoidusta 0,09 M€:sta", where the ending opens one).</summary>
    private static bool OnePair(SentenceContext s, (int At, double Value) x, (int At, double Value) y) => s.T[y.At].Clause - s.T[x.At].Clause is 0 or 1;

    /// <summary>
    /// "Kirkollisverotilitysten arvioitiin … vähenevän 3,0 % mutta vähennys oli lopulta 0,7 %": a change of income or costs
    /// as estimated, then after a "but" the change that came; a smaller fall of income (or rise of costs) is better.
    /// </summary>
    private static bool ChangeAgainstEstimated(SentenceContext s, ref StatusResolver found)
    {
        var estimated = s.FindWord(0, s.T.Count, w => w is "arvioitiin" or "ennakoitiin" or "ennustettiin" or "odotettiin" or "beräknades" or "väntades");
        if (estimated < 0 || s.FindWord(estimated + 1, Math.Min(s.T.Count, estimated + 6), w => TrendRules.IsFall(w) || IsRiseEstimated(w)) is not (var change and >= 0)
            || s.ContrastIn(change, s.T.Count) is not (var but and > 0)) return false;
        var percents = FigureRules.Figures(s).FindAll(f => FigureRules.IsPercent(s, f.At));
        if (percents.Count != 2 || percents[0].At < change || percents[0].At > but || percents[1].At < but) return false;
        var (costs, income) = Measured(s);
        if (costs == income || percents[0].Value == percents[1].Value) return false;
        var fall = TrendRules.IsFall(s.T[change].Word);
        var (expected, actual) = fall ? (-percents[0].Value, -percents[1].Value) : (percents[0].Value, percents[1].Value);
        var good = actual > expected == income;
        var closed = Tense.ClosedYear(s);
        found.Add(SentenceReader.Make(s, good ? (closed ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : closed ? Rules.BudgetWorse : Rules.BudgetWorseSoFar, true, estimated, percents[1].At));
        return true;
    }

    /// <summary>"kasvavan", "nousevan": a rise as it was estimated ("arvioitiin kasvavan 4 %"), or one said outright.</summary>
    private static bool IsRiseEstimated(string w) => TrendRules.IsRise(w) || w is "kasvavan" or "nousevan" or "lisääntyvän" or "öka";

    /// <summary>Two amounts of one pair, read up to <paramref name="end"/>, the one nearer its budget word the budgeted: whether the other is better, for income or costs; or null.</summary>
    private static bool? PairIsBetter(SentenceContext s, (int At, double Value) x, (int At, double Value) y, int end)
    {
        var start = s.ClauseStart(x.At);
        var (costs, income) = MeasuredNear(s, start, end);
        // "0,02 M€ arvioidun 0,05 M€ asemesta": an estimate stands for the budget as well.
        if (s.FindWord(start, end, w => IsBudget(w) || IsExpectation(w)) is not (var budget and >= 0) || costs == income || x.Value == y.Value) return null;
        var (budgeted, actual) = Math.Abs(x.At - budget) <= Math.Abs(y.At - budget) ? (x, y) : (y, x);
        return actual.Value > budgeted.Value == income;
    }

    /// <summary>
    /// "Jämfört med årets budgeterade resultat på 12,2 miljoner kronor blir det en avvikelse på -6,7 miljoner kronor": a
    /// deviation from a budget named before it, its sign on the amount.
    /// </summary>
    private static bool SignedDeviation(SentenceContext s, ref StatusResolver found)
    {
        var deviation = s.FindWord(1, s.T.Count, IsDeviation);
        if (deviation < 0 || s.Negator(deviation) >= 0 || s.Conditional >= 0 || s.FindWord(0, deviation, IsBudget) is not (var budget and >= 0)
            || BalanceRules.SignedFigureAfter(s, deviation) is not { } good) return false;
        var (start, end) = Clause(s, deviation);
        var rule = good ? (Tense.ClosedYear(s) ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : InterimOutsideBasis(s, start, end) ? Rules.BudgetWorseSoFar : Rules.BudgetWorse;
        found.Add(SentenceReader.Make(s, rule, true, budget, deviation));
        return true;
    }

    /// <summary>"Ylitys katetaan valtionavustuksella, jos ministeriö myöntää sen", "överskridandet täcks om …": an overrun covered only on a condition.</summary>
    private static bool CoveredIf(SentenceContext s, ref StatusResolver found)
    {
        if (s.Conditional < 0 || s.FindWord(0, s.T.Count, w => w is "katetaan" or "täcks" or "covered") is not (var covered and >= 0)
            || s.FindWord(0, s.T.Count, OutcomeRules.IsOverrunNoun) < 0) return false;
        found.Add(SentenceReader.Make(s, Rules.VerdictConditional, true, covered, Math.Max(covered, s.Conditional)));
        return true;
    }

    /// <summary>
    /// "Ilman avustusta tulot olisivat budjetoitua pienemmät": worse in the conditional mood only without something still
    /// to come; not "ennusteen mukaan verotulot jäisivät … alle talousarvion", a forecast reported in that mood.
    /// </summary>
    private static bool WithoutIt(SentenceContext s, int start, int end) =>
        s.FindWord(start, end, Tokenizer.IsConditionalMood) >= 0 && s.FindWord(0, end, w => w is "ilman" or "utan" or "without") >= 0;

    /// <summary>"har problem att", "har svårt att", "has difficulty", "on vaikeuksia": a struggle to do what follows.</summary>
    private static bool StruggleBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "problem" or "svårt" or "svårigheter" or "difficulty" or "difficulties" or "struggling" or "struggles" || w.StartsWith("vaikeuks", StringComparison.Ordinal)) is var hard and >= 0
        && hard + 1 < i && s.T[hard + 1].Word is "att" or "to" or "pysyä" or "pitää" && s.NegatorBefore(hard, -1) < 0 && s.ContrastIn(hard, s.T.Count) < 0
        && !(hard > 0 && s.T[hard - 1].Word is "trots" or "despite" or "huolimatta");

    /// <summary>"vi måste säkerställa att …", "täytyy varmistaa, että …", "must ensure that …" before token i: within budget as a need, not a fact.</summary>
    internal static bool NeedBefore(SentenceContext s, int i) =>
        s.FindWord(0, i, w => w is "säkerställa" or "varmistaa" or "ensure") is var need and >= 0 && need + 1 < s.T.Count && s.T[need + 1].Word is "att" or "että" or "that";

    /// <summary>"Yksittäisissä kohteissa tapahtui kuitenkin ylityksiä": overruns in some items, set against a whole budget kept; met in part.</summary>
    private static bool OverrunsHappened(SentenceContext s, ref StatusResolver found)
    {
        if (!s.SentenceHas(Cue.Above)) return false;
        var overruns = s.FindWord(0, s.T.Count, OutcomeRules.IsOverrunNoun);
        if (overruns < 0 || s.Negator(overruns) >= 0 || s.T[overruns].Has(Cue.NegQuantifier) || overruns > 0 && s.T[overruns - 1].Has(Cue.NegQuantifier)
            || s.FindWord(s.ClauseStart(overruns), s.ClauseEnd(overruns), w => w is "tapahtui" or "syntyi" or "oli" or "förekom" or "uppstod" or "were") is not (var happened and >= 0)) return false;
        // Only set against a whole budget kept ("kuitenkin", "dock") and in some items: not visitor targets exceeded, nor overruns that explain the whole's.
        if (s.FindWord(0, s.T.Count, w => w is "kuitenkin" or "dock" or "however" or "mutta" or "men" or "but") < 0
            || s.FindWord(0, s.T.Count, w => w.StartsWith("yksittäis", StringComparison.Ordinal) || w is "joissakin" or "osassa" or "vissa" or "some") < 0) return false;
        found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(happened, overruns), Math.Max(happened, overruns)));
        return true;
    }

    /// <summary>
    /// "Tilavuokratuloja kertyi 72 prosenttia tuloarviosta", "intäkterna blev 104 procent av budgeten": at year end, income or
    /// costs as a percentage of their budget; for income 100 or more is better, for costs 100 or less. During the year the same
    /// against the share of the months counted.
    /// </summary>
    private static bool PercentOfBudget(SentenceContext s, ref StatusResolver found)
    {
        if ((PercentBeforeBudget(s) ?? PercentAfterPeriodisedBudget(s)) is not var (at, value, budget)) return false;
        // During the year, "on kertynyt elokuun loppuun mennessä 72 prosenttia tuloarviosta" is weighed against the months counted;
        // a budget cut to the months ("laskennalliseen tammi-helmikuun talousarvioon verrattuna") already is.
        var closed = Tense.ClosedYear(s);
        var months = closed || Periodised(s, budget) ? 12 : FigureRules.MonthsCounted(s);
        if (months == 0) return false;
        // Not "kasvoivat 3 prosenttia budjetoidusta", "ylitys oli 7 prosenttia budjetista": a change or a deviation, which other rules read.
        if (s.FindWord(0, s.T.Count, w => TrendRules.IsRise(w) || TrendRules.IsFall(w) || IsDeviation(w)) >= 0 || s.SentenceHas(Cue.Above | Cue.Below)) return false;
        var (costs, income) = Measured(s);
        if (costs == income) return false;
        var pace = 100.0 * months / 12;
        var good = income ? value >= pace : value <= pace;
        // During the year a pace kept so far says nothing against a "but" or the year's forecast ("men helårsprognosen pekar på att budgeten inte nås").
        if (!closed && good && (s.ContrastIn(0, s.T.Count) >= 0 || s.SentenceHas(Cue.Negator | Cue.Hedge | Cue.ForecastNoun | Cue.Frame))) return false;
        found.Add(SentenceReader.Make(s, closed ? (good ? Rules.BudgetBetter : Rules.BudgetWorse) : good ? Rules.BudgetBetterSoFar : Rules.BudgetWorseSoFar, true, Math.Min(at, budget), Math.Max(at, budget)));
        return true;
    }

    /// <summary>"72 prosenttia tuloarviosta", "104 procent av budgeten", "45 percent of the budget": a percentage, then its budget word in its clause.</summary>
    private static (int At, double Value, int Budget)? PercentBeforeBudget(SentenceContext s)
    {
        foreach (var (at, value) in FigureRules.Figures(s))
        {
            if (!FigureRules.IsPercent(s, at)) continue;
            var next = FigureRules.PastFigure(s.T, at);
            if (next < s.T.Count && s.T[next].Word is "prosenttia" or "procent" or "percent" or "%") next++;
            if (next < s.T.Count && s.T[next].Word is "av" or "of") next++;
            if (next < s.T.Count && s.T[next].Word == "the") next++;
            if (next + 1 < s.T.Count && s.T[next].Word is "koko" or "hela" && s.T[next + 1].Word is "vuoden" or "året" or "årets") next += 2; // "88 prosenttia koko vuoden tuloarviosta"
            // "96 prosenttia koko vuoden arviosta": the year's estimate of income or costs.
            if (next < s.T.Count && (IsBudget(s.T[next].Word) || s.T[next].Word is "arviosta" or "arviota") && s.T[next].Clause == s.T[at].Clause) return (at, value, next);
        }
        return null;
    }

    /// <summary>"Laskennalliseen tammi-lokakuun talousarvioon verrattuna toimintakulut ovat 104,2 %": the budget compared with, then the percentage.</summary>
    private static (int At, double Value, int Budget)? PercentAfterPeriodisedBudget(SentenceContext s)
    {
        var compared = s.FindWord(1, s.T.Count, w => w is "verrattuna" or "jämfört");
        if (compared < 0 || !IsBudget(s.T[compared - 1].Word) || !Periodised(s, compared - 1)) return null;
        foreach (var (at, value) in FigureRules.Figures(s))
            if (at > compared && FigureRules.IsPercent(s, at)) return (at, value, compared - 1);
        return null;
    }

    /// <summary>"laskennalliseen", "jaksotettuun", "periodiserad", "tammi-lokakuun" before the budget word: the budget for the months so far.</summary>
    private static bool Periodised(SentenceContext s, int budget) =>
        s.FindWord(Math.Max(0, budget - 3), budget, w => w.StartsWith("laskennalli", StringComparison.Ordinal) || w.StartsWith("jaksotet", StringComparison.Ordinal)
            || w.StartsWith("periodiser", StringComparison.Ordinal)) >= 0;

    /// <summary>
    /// "Hanke tulee noin 400 000 euroa kalliimmaksi", "400 000 kronor dyrare beräknas projektet bli", "about 400,000 euros
    /// more expensive": dearer by an amount than decided, an overrun; a risk where it is only possible.
    /// </summary>
    private static bool DearerBy(SentenceContext s, ref StatusResolver found)
    {
        for (var i = 2; i < s.T.Count; i++)
        {
            var w = s.T[i].Word;
            var more = w == "expensive" && s.T[i - 1].Word == "more";
            if (!(more || w.StartsWith("kalliimp", StringComparison.Ordinal) || w.StartsWith("kalliimm", StringComparison.Ordinal) || w is "dyrare" or "costlier") || s.Negator(i) >= 0) continue;
            // Not "Lippujen hinta on 2 euroa kalliimpi kuin viime vuonna", "Vaihtoehto B olisi ollut 300 000 euroa kalliimpi": a price, a year, another option.
            if (s.FindWord(0, s.T.Count, w => w.StartsWith("hint", StringComparison.Ordinal) || w.StartsWith("pris", StringComparison.Ordinal) || w is "price" or "prices" or "tickets"
                || w.StartsWith("vaihtoehto", StringComparison.Ordinal) || w.StartsWith("alternativ", StringComparison.Ordinal) || w is "olisi" or "would" or "hade" || w.StartsWith("covered", StringComparison.Ordinal)) >= 0
                || TrendRules.AgainstLastYear(s)) continue;
            var money = more ? i - 2 : i - 1;
            var euroSign = money >= 0 && char.IsAsciiDigit(s.T[money].Word[0]) && s.EuroSignAfter(s.T[money]); // "350.000 € kalliimpi"
            if (!euroSign && (money < 1 || !BalanceRules.IsMoney(s.T[money].Word) || !char.IsAsciiDigit(s.T[money - 1].Word[0]) && !BalanceRules.IsMoney(s.T[money - 1].Word))) continue;
            var risky = s.Modal(i) >= 0 || s.Conditional >= 0 || s.Hedge >= 0;
            found.Add(SentenceReader.Make(s, risky ? Rules.CostRisk : Rules.BudgetWorse, true, money, i));
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Huoltomenot kohosivat 540 000 euroon. Alkuperäinen määräraha oli 350 000 euroa.", "Venepaikkamaksuja kertyy ennusteen
    /// mukaan 1,9 miljoonaa euroa. Talousarviossa tuloiksi oli merkitty 1,75 miljoonaa.": a budget's amount, set against the
    /// costs or income the sentence before measured.
    /// </summary>
    private static bool AgainstAmountBefore(SentenceContext s, ref StatusResolver found)
    {
        // Not an amount so far against the year's budget ("toukokuun loppuun mennessä 48 000 euroa … Koko vuoden tuloarvio on 160 000"), nor a balance.
        if (s.Before is not { Figure: { Percent: false, SoFar: false } before } || s.Before.Costs == s.Before.Income || double.IsNaN(before.Amount) || BalanceRules.NamesBalance(s)) return false;
        var budget = s.FindWord(0, s.T.Count, IsBudget);
        if (budget < 0 || BudgetsFigure(s, budget) is not (var at and >= 0) || SentenceReader.AboutAnotherYear(s, budget) || s.HasNextYearTarget || ChangedOrDeviation(s)) return false;
        var amount = FigureRules.MoneyAt(s, at);
        if (double.IsNaN(amount) || amount == before.Amount) return false;
        var good = s.Before.Costs ? before.Amount < amount : before.Amount > amount;
        var rule = !good ? Rules.BudgetWorse : Tense.IsYearEnd(s, budget) || before.Past && !before.Forecast ? Rules.BudgetBetter : Rules.BudgetBetterSoFar;
        var unit = FigureRules.PastFigure(s.T, at); // with its unit: "0,8 miljoonaa", not "0,8"
        found.Add(SentenceReader.Make(s, rule, true, Math.Min(budget, at), Math.Max(budget, unit < s.T.Count && s.T[unit].Clause == s.T[at].Clause ? unit : unit - 1)));
        return true;
    }

    /// <summary>
    /// The one figure of the sentence, or the one in the budget's clause when the others are last year's ("Talousarvion
    /// tuloarvio on 8,4 miljoonaa euroa, ja edellisvuoden toteuma oli 8,1 miljoonaa"); else -1.
    /// </summary>
    private static int BudgetsFigure(SentenceContext s, int budget)
    {
        var figures = FigureRules.Figures(s);
        if (figures.Count == 1) return figures[0].At;
        var inClause = figures.FindAll(f => s.T[f.At].Clause == s.T[budget].Clause);
        return inClause.Count == 1 && figures.TrueForAll(f => s.T[f.At].Clause == s.T[budget].Clause || LastYearsIn(s, f.At)) ? inClause[0].At : -1;
    }

    /// <summary>"edellisvuoden toteuma", "föregående års utfall", "last year's": the clause of token i speaks of the year before.</summary>
    private static bool LastYearsIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "edellisvuoden" or "edellisen" or "viime" or "föregående" or "fjolårets" or "förra" or "last" or "previous") >= 0;

    /// <summary>"enligt", "mukaisesti", "in line", "på budgeterad nivå": as budgeted.</summary>
    private static bool IsAsBudgeted(string w) =>
        w is "enligt" or "enlighet" or "mukaisesti" or "mukainen" or "mukaiselle" or "mukaisella" or "mukaisena" or "line" or "nivå";

    /// <summary>A comparative or a figure against the budget ("pienemmäksi", "paremmaksi", "alle", "jäätiin … tuloarviosta"), not a level as budgeted nor a threshold verb.</summary>
    private static bool IsComparative(Token t) =>
        !t.Has(Cue.Above | Cue.Below) && !IsAsBudgeted(t.Word)
        && !t.Word.StartsWith("pit", StringComparison.Ordinal) && !t.Word.StartsWith("höll", StringComparison.Ordinal) && !t.Word.StartsWith("håll", StringComparison.Ordinal);

    /// <summary>A budget or expectation word at token i read against what happened: the direction word and whether it is good, or null.</summary>
    private static (int At, bool Good)? Judge(SentenceContext s, int i, bool asBudget = false)
    {
        var w = s.T[i].Word;
        if (!asBudget && !IsBudget(w) && !IsExpectation(w) && !ThanEstimated(s, i) && !IsAccrual(s, i) && !ThanTheForecast(s, i) && !EstimateWas(s, i) || s.ClauseHas(i, Cue.Whether) || SentenceReader.IsQuestion(s, i)) return null; // not "ratkaisevat, jääkö vuoden tulo alle arvion", "Och håller ens budgeten?"
        // "Talousarvion 2026 aikataulujen mukaisesti yksiköt ovat syöttäneet …": the budget's timetable, not its money.
        if (s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), v => v.StartsWith("aikataulu", StringComparison.Ordinal) || v.StartsWith("tidsplan", StringComparison.Ordinal) || v.StartsWith("tidtabell", StringComparison.Ordinal)) >= 0) return null;
        if (w == "forecast" && i + 2 < s.T.Count && s.T[i + 1].Word == "of" && char.IsAsciiDigit(s.T[i + 2].Word[0])) return null; // "the full-year forecast of 52 000 visitors": the forecast's figure, not one set against it
        // "talousarvion tavoitteiden mukaisesti", "yli talousarvioon kirjatun tavoitteen": the budget's goals, not its money.
        if (!asBudget && (i + 1 < s.T.Count && s.T[i + 1].Has(Cue.Goal) || i + 2 < s.T.Count && s.T[i + 2].Has(Cue.Goal) && Lexicon.IsWrittenDown(s.T[i + 1].Word))) return null;
        // "alijäämäinen, mutta alijäämää on 10 miljoonaa ennakoitua vähemmän": against a forecast, the deficit itself decides.
        // "talousarvio on ylijäämäinen 678 000 euroa ja … tuloksesta tulee ennakoitua parempi": the budget's balance, and in a
        // clause of its own the result against the forecast, which this reads.
        var resultOfItsOwn = ResultIn(s, s.ClauseStart(i), s.ClauseEnd(i)) && !BalanceRules.NamesBalance(s, s.ClauseStart(i), s.ClauseEnd(i));
        if (!IsBudget(w) && BalanceRules.NamesBalance(s) && !resultOfItsOwn) return null;
        // "vaikka tulos toteutuikin talousarviota parempana": conceded; "för att få ett utfall enligt budget": a purpose.
        // "käytettiin 620 000 euroa, vaikka niihin oli varattu 450 000 euroa": a conceded budget is still weighed against the amount spent.
        var conceded = s.IsConceded(i) && s.T[s.ClauseStart(i)].Word is "vaikka" or "vaikkakin" or "fastän" or "although" or "though";
        if (InPurpose(s, i) || !IsBudget(w) && PeopleNotMoney(s)) return null;
        // "Enligt budgeten för 2013 skall bokslutet visa ett överskott": what the budget says is to come, not a result set against it.
        if (i > 0 && s.T[i - 1].Word is "enligt" && s.FindWord(i + 1, Math.Min(s.T.Count, i + 5), w => w is "skall" or "ska" or "should") >= 0) return null;
        var (start, end) = Clause(s, i);
        // "talousarviossa varauduttiin yli kahden miljoonan euron alijäämään": what the budget prepared for is its plan.
        // Not "kun talousarviossa oli varauduttu 5,3 milj. euroon", the budget's figure for what came in.
        if (s.FindWord(start, end, v => v.StartsWith("varaudu", StringComparison.Ordinal)) >= 0 && BalanceRules.NamesBalance(s, start, end)) return null;
        if ((conceded ? AmountAgainstBudget(s, i) : NearestDirection(s, i, start, end) ?? AmountAgainstBudget(s, i)) is not var (j, good)) return null;
        if (s.Negator(Math.Min(i, j)) is var neg and >= 0 && neg < Math.Min(i, j)) good = !good; // "kommer inte att klara att ha en budget i balans enligt prognosen"
        else if (s.HasIn(start, Math.Min(i, j), Cue.NegQuantifier)) good = !good; // "Ingen av sektorerna höll sin budget": none kept it
        // A work's own cost estimate is read only when overrun ("maksoi 360 000 euroa yli hyväksytyn kustannusarvion"); kept, the
        // work's completion decides ("valmistui … alle kustannusarvion"), and "hakemuksen mukainen kustannusarvio" is no comparison.
        // Compared with outright ("6 000 euroa halvempi kuin kustannusarvio"), it is read.
        if (good && w.StartsWith("kustannusarvio", StringComparison.Ordinal) && !ThanTheForecast(s, i)) return null;
        return (j, good);
    }

    /// <summary>"Osallistujia tuli reilusti yli arvion: … 150 nuorta": people counted against an estimate, with no money, costs or income named.</summary>
    private static bool PeopleNotMoney(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w.StartsWith("osallistuj", StringComparison.Ordinal) || w.StartsWith("kävij", StringComparison.Ordinal) || w.StartsWith("katsoj", StringComparison.Ordinal)
            || w.StartsWith("deltagar", StringComparison.Ordinal) || w.StartsWith("besökar", StringComparison.Ordinal) || w.StartsWith("participant", StringComparison.Ordinal) || w.StartsWith("visitor", StringComparison.Ordinal)) >= 0
        && !s.EuroSignInSentence && !s.T.Exists(t => BalanceRules.IsMoney(t.Word)) && Measured(s) is (false, false);

    /// <summary>
    /// "Taidemuseon menot alittuivat 3 prosenttia, pääsylipputulot jäivät 9 prosenttia arviosta": in a later clause, with no
    /// contrast word, costs where token i's clause weighs income (or the other way round) read the other way; its budget
    /// word's index, or -1.
    /// </summary>
    private static int OtherKindOtherWay(SentenceContext s, int i, bool good)
    {
        var (start, end) = Clause(s, i);
        var costs = Measures(s, start, end, cost: true);
        if (costs == Measures(s, start, end, cost: false)) return -1;
        for (var k = end; k < s.T.Count; k++)
        {
            if (Judge(s, k) is not var (at, good2) || good2 == good) continue;
            var (from, to) = Clause(s, k);
            if (s.FindWord(from, to, IsAsBudgeted) >= 0 || IsAsBudgeted(s.T[at].Word)) return -1; // not "medan intäkterna ligger på budgeterad nivå", as budgeted
            return Measures(s, from, to, cost: !costs) && !Measures(s, from, to, cost: costs) ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// "Om fullmäktige beviljar tilläggsmedel kan kontrakt skrivas", "jos lisämääräraha myönnetään": in a forecast, the work
    /// goes ahead only if more money is granted, a risk to the budget.
    /// </summary>
    private static bool OnExtraFunding(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.Conditional < 0 || s.T[s.Conditional].Word is not ("om" or "ifall" or "jos" or "mikäli" or "if") || s.FindWord(s.Conditional, s.ClauseEnd(s.Conditional), FigureRules.IsExtraFunding) is not (var extra and >= 0)) return false;
        found.Add(SentenceReader.Make(s, Rules.CostRisk, true, s.Conditional, extra));
        return true;
    }

    /// <summary>
    /// "Kommunens äldreomsorg verkar hålla sig inom ramen för kostnaderna. Det gör däremot inte den allmänna sociala
    /// verksamheten.": costs kept in the sentence before, not by another area in this one; the budget is kept in part.
    /// </summary>
    private static bool NotSoForAnother(SentenceContext s, ref StatusResolver found)
    {
        if (!s.Before.CostsKept || s.T.Count < 4 || s.T[0].Word is not ("det" or "så") || s.T[1].Word != "gör") return false;
        var not = s.FindWord(2, 5, w => w == "inte");
        if (not < 0 || s.FindWord(2, 6, w => w is "däremot" or "dock" or "emellertid") < 0) return false;
        found.Add(SentenceReader.Make(s, Rules.VerdictMixed, true, 0, not));
        return true;
    }

    /// <summary>
    /// "Verotuloja kertyi 2,7 miljoonaa euroa vähemmän kuin oli arvioitu, valtionosuuksia taas 2,9 miljoonaa euroa enemmän":
    /// a later clause that says "taas" ("in turn") with the other comparative and no verb of its own, the same comparison
    /// going the other way for another item. Its comparative's index, or -1.
    /// </summary>
    private static int ElidedOtherWay(SentenceContext s, int i)
    {
        var (start, end) = Clause(s, i);
        var more = s.FindWord(start, end, FigureRules.IsMore) >= 0;
        if (more == s.FindWord(start, end, FigureRules.IsLess) >= 0) return -1;
        for (var k = end; k < s.T.Count; k = s.ClauseEnd(k))
        {
            var (from, to) = (s.ClauseStart(k), s.ClauseEnd(k));
            if (s.FindWord(from, to, w => w is "taas" or "puolestaan" or "däremot" or "åter") < 0 || s.FindWord(from, to, w => IsExpectation(w) || IsBudget(w)) >= 0) continue; // its own comparison is read on its own
            var other = s.FindWord(from, to, more ? FigureRules.IsLess : FigureRules.IsMore);
            if (other >= 0) return other;
        }
        return -1;
    }

    /// <summary>
    /// "pysyi menoissaan budjetin rajoissa; tulopuolelta sen sijaan puuttui lopulta 0,15 milj. euroa": costs kept, income
    /// short by a sum in a later clause. Its verb's index, or -1.
    /// </summary>
    internal static int IncomeMissingAfter(SentenceContext s, int i)
    {
        if (!Measures(s, s.ClauseStart(i), s.ClauseEnd(i), cost: true)) return -1;
        for (var k = s.ClauseEnd(i); k < s.T.Count; k++)
            if (s.T[k].Word is "puuttui" or "puuttuu" or "saknades" or "saknas" or "fattades" or "fattas" && s.Negator(k) < 0 && s.MoneyIn(k)
                && Measures(s, s.ClauseStart(k), s.ClauseEnd(k), cost: false) && !Measures(s, s.ClauseStart(k), s.ClauseEnd(k), cost: true)
                || NowhereNearExpected(s, k) && s.ContrastIn(s.ClauseEnd(i), k) >= 0) return k;
        return -1;
    }

    /// <summary>"men pengarna in är inte i närheten av vad man räknat med": nowhere near what was expected, at token k.</summary>
    private static bool NowhereNearExpected(SentenceContext s, int k) =>
        s.T[k].Word == "närheten" && k >= 1 && s.T[k - 1].Word == "i" && s.Negator(k) >= 0 && s.FindWord(k + 1, s.ClauseEnd(k), w => IsExpectation(w) || w == "räknat") >= 0;

    /// <summary>A verb of rising with costs and money in its clause, after a contrast that follows token i's clause; its index, or -1.</summary>
    private static int CostsRoseAfterContrast(SentenceContext s, int i)
    {
        var but = s.ContrastIn(s.ClauseEnd(i), s.T.Count);
        for (var k = but + 1; but >= 0 && k < s.T.Count; k++)
            if ((TrendRules.IsRise(s.T[k].Word) || s.T[k].Word.StartsWith("kasvatt", StringComparison.Ordinal)) && s.Negator(k) < 0
                && s.FindWord(s.ClauseStart(k), s.ClauseEnd(k), w => Lexicon.IsCostNoun(w) || w is "costs" or "expenses") >= 0
                && (s.MoneyIn(k) || s.FindWord(s.ClauseStart(k), s.ClauseEnd(k), w => w.StartsWith("euro", StringComparison.Ordinal)) >= 0)
                && !LessThanBefore(s, but, k)) return k;
        return -1;
    }

    /// <summary>"Tuloja on kertynyt 50 000 euroa arviota enemmän, mutta myös menot ovat kasvaneet 20 000 eurolla": the rise after the contrast is smaller than the gain before it.</summary>
    private static bool LessThanBefore(SentenceContext s, int but, int k)
    {
        var figures = FigureRules.Figures(s);
        var before = figures.FindLast(f => f.At < but);
        var after = figures.Find(f => f.At > k || f.At > but && s.T[f.At].Clause == s.T[k].Clause);
        return before.At > 0 && after.At > 0 && after.Value < before.Value;
    }

    /// <summary>A budget word read in a clause after a contrast ("mutta", "men", "kun taas", "medan") that follows token i's clause.</summary>
    private static (int I, int At, bool Good)? LaterAfterContrast(SentenceContext s, int i)
    {
        var but = s.ContrastIn(s.ClauseEnd(i), s.T.Count);
        if (but < 0) return null;
        // "…, kun taas kunnallisverotuotto jäi 900 000 euroa tavoitetta pienemmäksi": a target in money is the budget's.
        // Not a level as budgeted ("medan intäkterna ligger på budgeterad nivå"), nor an overrun verb, which OutcomeRules reads.
        for (var k = but + 1; k < s.T.Count; k++)
            if (Judge(s, k, asBudget: s.T[k].Has(Cue.Goal) && s.MoneyIn(k)) is var (at, good))
                return IsComparative(s.T[at]) ? (k, at, good) : null;
        return null;
    }

    /// <summary>
    /// "tulot olivat 2,7 milj. euroa, kun talousarviossa oli arvioitu 2,2 milj. euroa", "intäkterna stannade på 1,1 miljoner
    /// euro, medan budgeten förutsatte 1,7 miljoner", "I stället för budgeterade 10.000 euro blev driftskostnaden 27.000": with
    /// no comparative, the one other amount against the budgeted one, for income or costs, at year end or in a forecast. The
    /// other amount and whether it is good, or null.
    /// </summary>
    /// <summary>
    /// "Talousarvioon oli varattu 140 000 euroa koko hankkeelle, mutta summa on kasvanut 270 000 euroon": an amount set aside,
    /// then after a "but" grown past it, is an overrun; grown to less, it is kept.
    /// </summary>
    private static bool GrownPastReserved(SentenceContext s, ref StatusResolver found)
    {
        var but = s.ContrastIn(1, s.T.Count);
        if (but < 0 || s.FindWord(0, but, IsSetAside) is not (var aside and >= 0) || s.FindWord(but + 1, s.T.Count, TrendRules.IsRise) is not (var rose and >= 0)
            || s.Negator(rose) >= 0 || MoneyIn(s, aside, but) is not { } reserved || MoneyIn(s, rose, s.T.Count) is not { } grown) return false;
        found.Add(SentenceReader.Make(s, grown.Value > reserved.Value ? Rules.CostOverrun : Rules.CostUnderBudget, true, aside, FigureRules.PastFigure(s.T, grown.At)));
        return true;
    }

    private static bool IsSetAside(string w) =>
        w is "varattu" or "varattiin" or "varannut" or "budjetoitu" or "budjetoitiin" or "avsatt" or "avsattes" or "avsatts" or "budgeterat" or "budgeterats" or "budgeterades" or "allocated" or "budgeted";

    /// <summary>The first amount of money after <paramref name="from"/> and before <paramref name="to"/>, scaled by its unit (<see cref="FigureRules.MoneyAt"/>).</summary>
    private static (int At, double Value)? MoneyIn(SentenceContext s, int from, int to)
    {
        foreach (var (at, _) in FigureRules.Figures(s))
            if (at > from && at < to && FigureRules.MoneyAt(s, at) is var money && !double.IsNaN(money))
                return (at, money);
        return null;
    }

    private static (int At, bool Good)? AmountAgainstBudget(SentenceContext s, int budget)
    {
        // "Hyran väntas uppgå till 310 000 euro, medan 220 000 euro har budgeterats": an expected amount is a forecast too.
        // "lopullinen toteuma oli 11 723 euroa": the final outcome, whatever the round.
        // "tarjousten perusteella hanke maksaa 1,55 miljoonaa euroa": what a work will cost, said in the present.
        if (!Tense.ClosedYear(s) && !s.SentenceHas(Cue.ForecastNoun) && s.FindWord(0, s.T.Count, w => w is "väntas" or "beräknas" or "arvioidaan" or "ennustetaan" or "odotetaan" or "expected" or "maksaa" or "kostar"
                or "lopullinen" or "slutliga" or "final") < 0 && !FigureRules.WholeYearForecast(s) // "mikä nostaa vuoden sähkökulut 1,12 M€:oon"
                && s.FindWord(0, s.T.Count, FigureRules.IsEstimateOrBid) < 0 // "Halvin tarjous … kohosi 0,57 M€:oon varauksen ollessa 0,43 M€": what the work will cost
            || BalanceRules.NamesBalance(s) || DeviationIn(s) || LeftOf(s, budget)) return null;
        var (costs, income) = Measured(s);
        // "snöröjningen stannade på 0,21 M€ med 0,29 M€ i budget": a service's money against its budget, with no word of income, is what it cost.
        // "bastun renoverades för 104 000 euro medan budgeten var 80 000 euro": the same for work done for a sum.
        if (!costs && !income && (s.FindWord(0, s.T.Count, w => w is "stannade" or "landade" or "pysähtyi" or "jäi" or "asettui") >= 0
            || s.FindWord(0, s.T.Count - 1, w => w is "för" or "hintaan") is var paid and >= 0 && !double.IsNaN(FigureRules.MoneyAt(s, paid + 1))
            || IsReservation(s.T[budget].Word) // "ilmanvaihdon säätö 126 000 euroa, varaus 90 000 euroa": a sum reserved is one to be spent
            || s.FindWord(0, budget, w => w == "eurolla") is var sum and > 0 && (s.HasIn(0, sum, Cue.Finish) || s.FindWord(0, sum, w => w.EndsWith("ttiin", StringComparison.Ordinal)) >= 0) // "kalustus valmistui 31 000 eurolla budjetin ollessa 42 000 euroa", "kalustettiin 18 000 eurolla": done for a sum
            || s.FindWord(0, budget, w => w is "dyr" or "dyrt" or "kallis" or "kalliiksi" or "expensive") >= 0 // "scenridå blev dyr: 93 000 euro, fast budgeten tillät 61 000"
            || s.FindWord(0, budget, w => w is "lasku" or "laskun" or "räkningen" or "fakturan" or "bill" or "invoice") >= 0)) costs = true; // "lasku 88 000 euroa, määrärahaa 59 000 euroa": a bill is paid
        var all = FigureRules.Figures(s);
        var figures = all.Count == 3 ? WithoutDifference(s, all, budget) ?? WithoutRate(s, all) ?? ForecastAndBudgeted(s, all, budget) : all;
        if (costs == income || figures.Count != 2 || (FigureRules.IsPercent(s, figures[0].At) || FigureRules.IsPercent(s, figures[1].At)) && !GrowthAgainstGrowth(s, figures)) return null;
        // Amounts so far ("toukokuun loppuun mennessä") are no year's outcome to set against the budget; of three amounts, only
        // the two weighed must not be so far.
        // "syyskuun loppuun kertynyt 780 000 euroa": the months counted so far say so too.
        if (figures.Count < all.Count ? s.ClauseHas(figures[0].At, Cue.Interim) || s.ClauseHas(figures[1].At, Cue.Interim)
                : s.SentenceHas(Cue.Interim) || !Tense.ClosedYear(s) && FigureRules.MonthsCounted(s) is > 0 and < 12) return null;
        // The budgeted amount is the one in the budget's clause ("kun talousarvioon oli merkitty 3,1 milj. €"), else the nearer.
        var firstIsBudgeted = s.T[figures[0].At].Clause == s.T[budget].Clause != (s.T[figures[1].At].Clause == s.T[budget].Clause)
            ? s.T[figures[0].At].Clause == s.T[budget].Clause
            : Math.Abs(figures[0].At - budget) <= Math.Abs(figures[1].At - budget);
        // "kulut olivat 0,58 M€ talousarvion ollessa 0,41 M€": the budget's own figure follows its "ollessa".
        // "0,41 M€ budjetoidun summan ollessa 0,52 M€": the same with the budget's noun between.
        if ((budget + 1 < s.T.Count && s.T[budget + 1].Word == "ollessa" || budget + 2 < s.T.Count && s.T[budget + 2].Word == "ollessa") && (figures[0].At > budget) != (figures[1].At > budget)) firstIsBudgeted = figures[0].At > budget;
        var (budgeted, actual) = firstIsBudgeted ? (figures[0], figures[1]) : (figures[1], figures[0]);
        // "toimintakatteen toteuma oli -52,3 milj. euroa talousarvion ollessa -53,0 milj. euroa": a margin below zero, better.
        var (budgetedValue, actualValue) = (Signed(s, budgeted), Signed(s, actual));
        if (Math.Abs(budgeted.At - budget) > 4 || budgetedValue == actualValue) return null;
        return (actual.At, actualValue > budgetedValue == income);
    }

    /// <summary>
    /// "toimintakulut olivat 41,2 M€ ja talousarvio 42,0 M€, joten kehykseen jäi 0,8 M€": of three amounts, the last, when it
    /// is the difference of the first two, says nothing more; the two, or null. Not when the budget is named beside the difference
    /// ("eli noin 8 miljoonaa ylitse tuloarvion"), which then says which way.
    /// </summary>
    private static List<(int At, double Value)>? WithoutDifference(SentenceContext s, List<(int At, double Value)> all, int budget)
    {
        var (a, b, difference) = (all[0], all[1], all[2]);
        var isDifference = Math.Abs(Math.Abs(a.Value - b.Value) - difference.Value) <= 0.005 * Math.Max(a.Value, b.Value);
        return isDifference && s.T[difference.At].Clause != s.T[budget].Clause ? [a, b] : null;
    }

    /// <summary>"hinta nousi 25 prosenttia, mikä nostaa vuoden kulut 1,12 M€:oon, vaikka budjetoitu summa on 0,90 M€": of three figures, the two amounts beside a rate; or null.</summary>
    private static List<(int At, double Value)>? WithoutRate(SentenceContext s, List<(int At, double Value)> all)
    {
        var amounts = all.FindAll(f => !FigureRules.IsPercent(s, f.At) && !double.IsNaN(FigureRules.MoneyAt(s, f.At)));
        return amounts.Count == 2 && FigureRules.IsPercent(s, all[0].At) ? amounts : null;
    }

    /// <summary>"nettokostnader ökade med 5,7 procent, att jämföra med de 3,7 procent som var budgeterade": a growth rate against the budgeted rate.</summary>
    private static bool GrowthAgainstGrowth(SentenceContext s, List<(int At, double Value)> figures) =>
        FigureRules.IsPercent(s, figures[0].At) && FigureRules.IsPercent(s, figures[1].At) && s.FindWord(0, figures[0].At, IsGrowth) >= 0;

    private static bool IsGrowth(string w) =>
        w is "ökade" or "ökat" or "ökar" or "kasvoi" or "kasvoivat" or "kasvaa" or "kasvavat" or "nousi" or "nousivat" or "increased" or "rose" or "grew";

    private static double Signed(SentenceContext s, (int At, double Value) figure) => FigureRules.SignAt(s, figure.At) < 0 ? -figure.Value : figure.Value;

    /// <summary>
    /// "menot olivat syyskuun lopussa 520 000 euroa, ja vuoden ennuste on 690 000 euroa, kun määrärahaa on 450 000 euroa":
    /// of three amounts, the year's forecast and the budgeted one, when each stands in a clause of its own; else all three.
    /// </summary>
    private static List<(int At, double Value)> ForecastAndBudgeted(SentenceContext s, List<(int At, double Value)> figures, int budget)
    {
        var forecast = figures.FindIndex(f => s.T[f.At].Clause != s.T[budget].Clause && s.ClauseHas(f.At, Cue.ForecastNoun));
        var budgeted = figures.FindIndex(f => s.T[f.At].Clause == s.T[budget].Clause);
        return forecast >= 0 && budgeted >= 0 && figures.Count(f => s.T[f.At].Clause == s.T[budget].Clause) == 1 ? [figures[forecast], figures[budgeted]] : figures;
    }

    /// <summary>"kuluvana vuonna", "kuluneen vuoden": time that goes by, not costs (but "korjauksiin on kulunut 265 000 euroa" is money spent).</summary>
    private static bool IsElapsing(string w) =>
        w.StartsWith("kuluv", StringComparison.Ordinal) || w is "kuluneen" or "kuluneena" or "kuluneella" or "kuluneelta";

    /// <summary>"määrärahasta jäi (käyttämättä) 18 000 euroa": the amount is what is left of the budget, not set against it.</summary>
    private static bool LeftOf(SentenceContext s, int budget) =>
        budget + 1 < s.T.Count && s.T[budget + 1].Has(Cue.Remain) && (s.T[budget].Word.EndsWith("sta", StringComparison.Ordinal) || s.T[budget].Word.EndsWith("stä", StringComparison.Ordinal));

    /// <summary>"en positiv avvikelse på 110,8 mnkr": an amount that is the deviation, not the outcome.</summary>
    private static bool DeviationIn(SentenceContext s)
    {
        foreach (var t in s.T)
            if (IsDeviation(t.Word)) return true;
        return false;
    }

    /// <summary>"olisi pitänyt kirjata talousarvioon": what should have been done, not a budget that held.</summary>
    private static bool ShouldHave(SentenceContext s, int j) =>
        j > 0 && s.T[j - 1].Word is "olisi" or "olisivat" || j + 1 < s.T.Count && s.T[j + 1].Word is var next && next.Length > 4 && (next.EndsWith("ata", StringComparison.Ordinal) || next.EndsWith("ätä", StringComparison.Ordinal));

    /// <summary>A figure within four words before token j: "1,2 milj. euroa säästöä", not "säästötoimia".</summary>
    private static bool FigureBefore(SentenceContext s, int j)
    {
        for (var k = Math.Max(0, j - 4); k < j; k++)
            if (char.IsAsciiDigit(s.T[k].Word[0]) && !s.T[k].Has(Cue.Year)) return true;
        return false;
    }

    private static bool KeptBeforeBut(SentenceContext s, int i)
    {
        var but = s.ContrastIn(0, i);
        return but > 0 && s.FindWord(0, but, w => w.StartsWith("pysy", StringComparison.Ordinal) || w.StartsWith("alitt", StringComparison.Ordinal)
            || w is "höll" or "håller" or "stayed" or "kept") is var kept and >= 0 && s.Negator(kept) < 0;
    }

    private static bool DegreeBefore(SentenceContext s, int i) =>
        i >= 1 && s.T[i - 1].Has(Cue.Degree) || i >= 2 && s.T[i - 2].Has(Cue.Degree) && s.T[i - 1].Word is not ("exakt" or "täsmälleen" or "exactly");

    /// <summary>"budgeten höll relativt bra": a budget word from token i on, kept and then a degree within three words.</summary>
    private static bool KeptByDegreeAfter(SentenceContext s, int i)
    {
        for (var k = i; k < s.T.Count; k++)
        {
            if (!IsBudget(s.T[k].Word) || s.FindWord(Math.Max(s.ClauseStart(k), k - 3), Math.Min(s.ClauseEnd(k), k + 4), w => w.StartsWith("höll", StringComparison.Ordinal)
                    || w.StartsWith("håll", StringComparison.Ordinal) || w.StartsWith("pysy", StringComparison.Ordinal) || w is "piti" or "held") is not (var kept and >= 0)) continue;
            var after = Math.Max(k, kept) + 1; // "höll budgeten relativt bra", "budgeten höll relativt bra", "talousarvio piti kohtalaisesti"
            if (after < s.T.Count && s.T[after].Has(Cue.Degree) && s.T[after].Clause == s.T[k].Clause) return true;
        }
        return false;
    }

    /// <summary>
    /// "toiminnallisten tavoitteiden toteutuneen kohtuullisen hyvin ja taloudellisen tuloksen … arvioitua paremmaksi": a verdict
    /// before the budget, joined to it by "and" and met only by a degree, qualifies the whole.
    /// </summary>
    private static bool QualifiedVerdictBefore(SentenceContext s, int i)
    {
        if (s.ClauseHas(i, Cue.Realise) || s.T[s.ClauseStart(i)].Word is not ("ja" or "och" or "and")) return false;
        var start = s.ClauseStart(i);
        var end = s.ContrastIn(0, start) is var contrast and >= 0 ? contrast : start; // not across a "mutta"
        for (var j = 0; j < end && j + 1 < start; j++)
            if (s.T[j].Has(Cue.Realise) && s.T[j].Form is not (VerbForm.None or VerbForm.Noun)
                && s.HasIn(j + 1, Math.Min(start, j + 4), Cue.Degree)) return true; // "genomförs för det mesta enligt plan och i enlighet med budgeten"
        return false;
    }

    /// <summary>"för att få ett utfall enligt budget", "för att möta underskott", "jotta …": token i inside a clause of purpose.</summary>
    internal static bool InPurpose(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i) + 1; j < i; j++)
            if (s.T[j].Word == "att" && s.T[j - 1].Word == "för" || s.T[j].Word == "jotta") return true;
        return false;
    }

    /// <summary>The direction word nearest the budget word in its clause ("jäivät yli 20 miljoonaa talousarviota pienemmiksi": "pienemmiksi", not "yli").</summary>
    private static (int At, bool Good)? NearestDirection(SentenceContext s, int i, int start, int end)
    {
        // "talousarvioon verrattuna valtionosuuksia saatiin 496 780 euroa vähemmän": compared with the budget, the direction may come later.
        var reach = i + 1 < s.T.Count && s.T[i + 1].Word is "verrattuna" or "nähden" ? 8 : 5;
        for (var d = 1; d <= 8; d++)
            foreach (var j in (ReadOnlySpan<int>)[i + d, i - d])
                if (j >= start && j < end && j - i <= reach && Direction(s, i, j, start, end) is { } good) return (j, good);
        return null;
    }

    /// <summary>
    /// "pääsymaksut", "venepaikkamaksuja", "kursavgifterna": fees the division charges its customers, which are income; not
    /// charges it pays ("sähkömaksut", "avgifterna för el"), which are costs.
    /// </summary>
    private static bool IsFeeCharged(string w) =>
        w.StartsWith("pääsymaks", StringComparison.Ordinal) || w.StartsWith("venepaikkamaks", StringComparison.Ordinal) || w.StartsWith("työpajamaks", StringComparison.Ordinal) || w.StartsWith("kurssimaks", StringComparison.Ordinal) || w.StartsWith("vuoromaks", StringComparison.Ordinal)
        || w.StartsWith("lukukausimaks", StringComparison.Ordinal) || w.StartsWith("osallistumismaks", StringComparison.Ordinal) || w.StartsWith("asiakasmaks", StringComparison.Ordinal)
        || w.StartsWith("entréavgift", StringComparison.Ordinal) || w.StartsWith("kursavgift", StringComparison.Ordinal) || w.StartsWith("båtplatsavgift", StringComparison.Ordinal)
        || w.StartsWith("deltagaravgift", StringComparison.Ordinal) || w.StartsWith("myöhästymismaks", StringComparison.Ordinal) || w.StartsWith("förseningsavgift", StringComparison.Ordinal)
        || w.StartsWith("ratamaks", StringComparison.Ordinal) || w.StartsWith("kenttämaks", StringComparison.Ordinal) || w.StartsWith("salimaks", StringComparison.Ordinal) || w.StartsWith("käyttömaks", StringComparison.Ordinal) // "keilaratojen ratamaksuja"
        || w.StartsWith("leirimaks", StringComparison.Ordinal) || w.StartsWith("kerhomaks", StringComparison.Ordinal); // "Leirimaksuja kertyi 8 % budjetoitua runsaammin"

    /// <summary>"stall fees", "admission fees": fees the customers pay; not "performer fees", paid out.</summary>
    private static bool FeeChargedInEnglish(SentenceContext s, int j) =>
        s.T[j].Word is "fees" or "fee" && j > 0 && s.T[j - 1].Word is "stall" or "admission" or "entrance" or "ticket" or "course" or "tuition" or "membership" or "user" or "parking" or "mooring" or "rental" or "pitch";

    internal static bool IsBudget(string w) =>
        IsReservation(w) || w.StartsWith("talousarvio", StringComparison.Ordinal) || w.Contains("budjet", StringComparison.Ordinal) || w.Contains("budget", StringComparison.Ordinal)
        || w.StartsWith("tuloarvio", StringComparison.Ordinal) || w.StartsWith("menoarvio", StringComparison.Ordinal) // "60 000 euroa yli tuloarvion"
        || w.StartsWith("kustannusarvio", StringComparison.Ordinal) // "maksoi 360 000 euroa yli hyväksytyn kustannusarvion": a work's own budget
        || w.StartsWith("määrärah", StringComparison.Ordinal) // "menoennuste on 300 000 euroa määrärahaa pienempi"
        || w is "varattu" or "varattiin" or "varattua" or "varatusta" or "varatun" or "varattuna" or "avsatt" or "avsatta" or "avsattes" // "kului 190 000 euroa, kun niihin oli varattu 120 000 euroa", "130 000 euroa varattua enemmän", "0,52 M€ varatusta 0,61 M€:sta"
        || w.StartsWith("hankesuunnitelm", StringComparison.Ordinal); // "kustannukset nousivat 15 prosenttia yli hankesuunnitelman": a project's cost plan

    /// <summary>"varaus", "varauksen ollessa", "0,05 M€:n varauksesta": a sum reserved, which is one to be spent.</summary>
    private static bool IsReservation(string w) => w is "varaus" or "varauksen" or "varauksena" or "varauksesta" or "reserverade" or "reserverat"; // "0,05 M€ av reserverade 0,09 M€"

    /// <summary>
    /// "Talousarvio alittui 20 000 eurolla", "Lisätalousarviossa määrärahaa korotettiin 600 000 euroon", "budgeten höjdes": a
    /// sentence about a difference or a changed budget, not the budget's amount.
    /// </summary>
    private static bool ChangedOrDeviation(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w.StartsWith("alitt", StringComparison.Ordinal) || w.StartsWith("ylitt", StringComparison.Ordinal) || w.StartsWith("korote", StringComparison.Ordinal)
            || w.StartsWith("lisätalousarvio", StringComparison.Ordinal) || w.StartsWith("tilläggsbudget", StringComparison.Ordinal) || w.StartsWith("höj", StringComparison.Ordinal)
            || w is "raised" or "increased" or "cut" or "leikattiin" or "sänktes") >= 0 || s.SentenceHas(Cue.Above | Cue.Below);

    /// <summary>"alle tasaisen kertymän ennusteen", "alle tasaisen käytön": the budget spread evenly over the year, a budget for the time so far.</summary>
    private static bool IsAccrual(SentenceContext s, int i) =>
        i > 0 && (s.T[i].Word.StartsWith("ennuste", StringComparison.Ordinal) && s.T[i - 1].Word == "kertymän" || s.T[i].Word == "käytön" && s.T[i - 1].Word == "tasaisen");

    /// <summary>"enemmän kuin arvioitu", "suurempi kuin aiemmin on arvioitu", "vähemmän kuin oli arvioitu": the estimate after "kuin".</summary>
    private static bool ThanEstimated(SentenceContext s, int i) =>
        s.T[i].Word == "arvioitu" && s.FindWord(Math.Max(0, i - 3), i, w => w == "kuin") >= 0;

    /// <summary>What was expected rather than budgeted: ennakoitua, odotettua, "mindre än väntat", "better than expected".</summary>
    internal static bool IsExpectation(string w) =>
        w.EndsWith("kin", StringComparison.Ordinal) && w.Length > 6 && IsExpectation(w[..^3]) || w is "ennakoitua" or "ennakoidusta" or "arvioidusta" or "ennustettua" or "arvioitua" or "arvion" or "arviota" or "arviosta" or "arvioon" or "laskelmaa" or "laskelmasta" or "laskelmaansa" or "laskettua" or "laskettu" or "tavoiteltu" or "tavoiteltua" or "arvioitiin" or "odotettiin" or "ennakoitiin" or "ennustettiin" or "arvioidun" or "odotettua" or "odotetun" or "odotetusta" or "ennusteita" or "ennustetta"
            or "suunniteltua" or "sovittua" or "päätettyä" or "asetettua" or "beräknat" or "beräknade" or "väntat" or "förväntat" or "förväntade" or "planerat" or "beräkningarna" or "expected" or "forecast" or "planned" or "estimated"
            or "ajateltu" or "ajateltua" or "oletettu" or "oletettua" or "luultu" or "tänkt" or "trott" or "thought" or "assumed"; // "kalliimpi kuin tähän asti on ajateltu"

    /// <summary>"kertyi laskuja 264 000 euroa, arvio oli 205 000", "kustannuslaskelma oli 142 000 euroa": the estimate's own figure said beside the amount (not "arvio olisi ollut").</summary>
    private static bool EstimateWas(SentenceContext s, int i) =>
        s.T[i].Word is "arvio" or "laskelma" or "kustannuslaskelma" or "kustannusarvio" && i + 2 < s.T.Count && s.T[i + 1].Word is "oli" or "on" && char.IsAsciiDigit(s.T[i + 2].Word[0]);

    /// <summary>
    /// A modal over token i: in its clause ("menot saattavat ylittää"), or in the one before that an "and" goes on with ("kan
    /// … försena bygget och dessutom göra det dyrare än väntat").
    /// </summary>
    private static bool ModalOver(SentenceContext s, int i) =>
        s.Modal(i) >= 0 || s.ClauseStart(i) is var start and > 0 && s.T[start].Word is "och" or "ja" or "and" && s.Modal(start - 1) >= 0;

    /// <summary>"blev mycket bättre än prognosen", "better than the forecast", "halvempi kuin kustannusarvio": the forecast or estimate compared with (not "prognosen visar").</summary>
    private static bool ThanTheForecast(SentenceContext s, int i) =>
        s.T[i].Word is "prognosen" or "prognos" or "forecast" or "kustannusarvio" or "arvio" or "kostnadskalkylen" or "estimate"
        && (i > 0 && s.T[i - 1].Word is "än" or "than" or "kuin" || i > 1 && s.T[i - 1].Word == "the" && s.T[i - 2].Word == "than");

    /// <summary>"budgetavvikelse", "budjettipoikkeama", "budget variance": a deviation, whose sign says which way.</summary>
    private static bool IsDeviation(string w) =>
        w.Contains("avvikelse", StringComparison.Ordinal) || w.Contains("poikkeam", StringComparison.Ordinal) || w is "variance" or "deviation";

    /// <summary>Whether the comparative at j is good news: better or worse, or higher or lower of something whose direction is known.</summary>
    private static bool? Direction(SentenceContext s, int budget, int j, int start, int end)
    {
        var w = s.T[j].Word;
        if (w.StartsWith("parem", StringComparison.Ordinal) || w.StartsWith("positiivisemp", StringComparison.Ordinal) || w.StartsWith("myönteisemp", StringComparison.Ordinal)
            || w is "parempi" or "bättre" or "better") return true; // "verotulojen talousarviota myönteisempi toteutuminen"
        // "blev en halv miljon kronor billigare än beräknat": cheaper is better whatever the sum is.
        if (w.StartsWith("halvemm", StringComparison.Ordinal) || w.StartsWith("halvemp", StringComparison.Ordinal) || w is "billigare" or "cheaper") return true;
        if ((w.StartsWith("edullisemm", StringComparison.Ordinal) || w.StartsWith("edullisemp", StringComparison.Ordinal))
            && s.FindWord(start, end, v => v.StartsWith("hin", StringComparison.Ordinal) || v.StartsWith("lippu", StringComparison.Ordinal)) < 0) return true; // not ticket prices priced cheaper // "tuli 40 000 euroa talousarviota edullisemmaksi"
        // "noin 1,2 milj. euroa säästöä talousarvioon nähden", "aineistokulut pysyivät budjetin sisällä": saved, or within it.
        if ((w is "säästöä" or "säästön" or "savings" || w.StartsWith("besparing", StringComparison.Ordinal)) && (FigureBefore(s, j) || !double.IsNaN(FigureRules.AmountAfter(s, j, 3)))) return true; // "säästöä kertyi 13 000 euroa"
        if (w == "säästöön" && j > 0 && s.T[j - 1].Has(Cue.Remain) && Math.Abs(j - budget) <= 3) return true; // "määrärahasta jäi säästöön 600 000 euroa": saved
        // "mikä jättää 1,3 miljoonan euron määrärahaan väljyyttä noin 180 000 euroa": room left in the budget.
        if (w is "väljyyttä" or "liikkumavaraa" && j == budget + 1) return true;
        if (w is "sisällä" or "sisäpuolella" && j == budget + 1 || w is "within" or "inom" && j < budget && budget - j <= 2) return true;
        // "työpajamaksuista puuttui budjetoituun nähden 24 000 euroa": income short of the budgeted, by a sum.
        if (w is "puuttui" or "puuttuu" or "saknades" or "saknas" && j < budget && budget - j <= 2 && s.T[budget].Word is "budjetoituun" or "talousarvioon" or "budgeterat" && s.FindWord(budget + 1, Math.Min(s.T.Count, budget + 4), v => char.IsAsciiDigit(v[0])) > 0
            && MeasuredNear(s, start, end) is (false, true)) return false;
        // "jäisivät 714 000 euroa talousarvioon merkitystä": the amount written into the budget, in the elative, is the budget's.
        if (s.T[j].Has(Cue.Remain) && (j < budget || j == budget + 1) && (s.T[budget].Word.EndsWith("sta", StringComparison.Ordinal)
                || budget + 1 < s.T.Count && s.T[budget + 1].Word is "merkitystä" or "kirjatusta" or "asetetusta"))
        {
            var measured = MeasuredNear(s, start, end);
            // "tulojen ennustetaan jäävän 1,8 milj. euroa talousarviosta": short of the budget.
            // "1,7 miljoonan euron tuloarviosta jäätiin 250 000 euroa": the estimate of income, fallen short of.
            if (measured is (false, true) || s.T[budget].Word.StartsWith("tuloarvio", StringComparison.Ordinal)) return false;
            // "Henkilöstömenoja kertyy 41,6 milj. euroa, mikä jää 0,9 milj. euroa talousarviosta": spending left under its budget.
            if (measured is (true, false) && j < budget && s.FindWord(j + 1, budget, w => char.IsAsciiDigit(w[0])) >= 0 && s.Conditional < 0) return true;
        }
        // "utvecklat sig enligt beräkningarna och budgeten", "talousarvion mukaisesti", "in line with the budget": as budgeted.
        // "Lautakuntien budjetit pitivät", "Driftsbudgeten höll": the budget held.
        // "Budgeten höll inte" did not hold; "kan inte hålla budgeten" is turned by the negation before both, in Read.
        // "eikä … talousarvio tule pitämään", "budgeten kommer inte att hålla", "the budget will hold".
        if (w is "piti" or "pitivät" or "pitänyt" or "pitäneet" or "pitää" or "pitävän" or "pidä" or "pitämään" or "höll" or "håller" or "hållit" or "hållits" or "hålla" or "hålls" or "hållas" or "held" or "holds" or "hold"
            && (Math.Abs(j - budget) <= 3 || j - budget == 4 && s.T[j - 1].Word is "att" or "to" && s.Conditional < 0) // "talousarvio taas on pitänyt"; not "målet att hålla budgeten", the goal named
            && !(j + 1 < s.T.Count && s.T[j + 1].Word is "kiinni" or "fast") // not "päätyy talousarviokokouksessa pitämään kiinni aikataulusta"
            && !(j > 0 && char.IsAsciiDigit(s.T[j - 1].Word[0]))) // not "38 held of 60 planned": courses held, counted
            return j >= 2 && s.T[j - 1].Word is "att" or "to" && s.T[j - 2].Has(Cue.Goal) || ShouldHave(s, j) ? null : s.Negator(j) is var neg && (neg < 0 || neg < Math.Min(budget, j));
        if (IsAsBudgeted(w) && Math.Abs(j - budget) <= 3 && (w != "nivå" || j == budget + 1 || j + 1 < s.T.Count && s.T[j + 1].Word == "med")) return true; // "på budgeterad nivå", "i nivå med budget", not "skriva in en nivå i budgeten"
        // "en positiv budgetavvikelse", "negativ i jämförelse med budget", "budgetavvikelsen så här långt är minus 120 miljoner".
        // Not "jämfört med ett budgeterat positivt resultat": what the budget itself was set at.
        // "budjetoidun alapuolelle" is a postposition after the budgeted sum, which reads on.
        if (j == budget + 1 && s.T[budget].Word is "budgeterat" or "budgeterade" or "budjetoitu" or "budjetoidun" or "budgeted"
            && !w.StartsWith("alapuol", StringComparison.Ordinal) && !w.StartsWith("yläpuol", StringComparison.Ordinal)) return null;
        if (w.StartsWith("positiv", StringComparison.Ordinal) || w is "plus" && IsDeviation(s.T[budget].Word)) return true;
        if (w.StartsWith("negativ", StringComparison.Ordinal) || w is "minus" && IsDeviation(s.T[budget].Word)) return false;
        if (w is "vaje" or "vajeen" or "vajetta" or "vajeeseen" || w.StartsWith("vajau", StringComparison.Ordinal)) return false; // "kirjasi 42 000 euron vajeen budjettiin nähden": a shortfall
        if (w.StartsWith("heikomm", StringComparison.Ordinal) || w.StartsWith("huonomm", StringComparison.Ordinal) || w.StartsWith("heikomp", StringComparison.Ordinal)
            || w.StartsWith("synkemm", StringComparison.Ordinal) || w.StartsWith("synkemp", StringComparison.Ordinal)
            || w.StartsWith("kalliimm", StringComparison.Ordinal) || w.StartsWith("kalliimp", StringComparison.Ordinal) || w is "dyrare" or "costlier"
            || w.StartsWith("huonomp", StringComparison.Ordinal) || w is "sämre" or "svagare" or "worse" or "weaker")
            return false;
        var higher = w.StartsWith("korkeamp", StringComparison.Ordinal) || w.StartsWith("suuremp", StringComparison.Ordinal) || w.StartsWith("korkeamm", StringComparison.Ordinal)
            || w.StartsWith("suuremm", StringComparison.Ordinal) || w.StartsWith("isomm", StringComparison.Ordinal) || w.StartsWith("isomp", StringComparison.Ordinal) || w.StartsWith("ylitt", StringComparison.Ordinal) || w.StartsWith("överst", StringComparison.Ordinal)
            || w.StartsWith("yläpuol", StringComparison.Ordinal) // "talousarvion yläpuolella"
            || w.StartsWith("runsaam", StringComparison.Ordinal) // "kertyi 12 % budjetoitua runsaammin"
            || w is "yli" or "enemmän" or "högre" or "större" or "mer" or "mera" or "över" or "utöver" or "higher" or "above" or "more" or "over" or "exceeded"
            || GrewAgainst(s, w, budget); // "kasvoi alkuperäiseen budjettiin nähden 5 miljoonalla eurolla"
        var lower = w.StartsWith("pienemm", StringComparison.Ordinal) || w.StartsWith("pienemp", StringComparison.Ordinal) || w == "short" || w.StartsWith("alhaisemp", StringComparison.Ordinal) || w.StartsWith("alhaisemm", StringComparison.Ordinal)
            || w.StartsWith("matalamm", StringComparison.Ordinal) || w is "jäljessä" or "behind" or "puuttui" or "puuttuu" or "puuttumaan" or "uupumaan" or "saknades" or "fattades" || w.StartsWith("alemm", StringComparison.Ordinal) || w.StartsWith("alemp", StringComparison.Ordinal) || w.StartsWith("alitt", StringComparison.Ordinal) || w.StartsWith("supistu", StringComparison.Ordinal) || w.StartsWith("underskr", StringComparison.Ordinal) || w.StartsWith("alapuol", StringComparison.Ordinal) || w is "pienempi" or "alle" or "vähemmän" or "niukemmin" or "niukempi" or "lägre" or "mindre" or "under" or "below" or "lower" or "less";
        if (!higher && !lower || ShareOfBudget(s, j)) return null;
        var (costs, income) = MeasuredNear(s, start, end);
        // "ennuste on 7,0 miljoonaa euroa yli talousarvion": with nothing named, what runs over a budget is its spending.
        if (!costs && !income && w is "yli" or "över" or "over" && j + 1 == budget) costs = true;
        // "Toimintakate kasvoi budjettiin nähden": the operating margin is net costs, which grow as it worsens.
        if (costs == income && GrewAgainst(s, w, budget) && s.FindWord(start, end, x => x.StartsWith("toimintakat", StringComparison.Ordinal)) >= 0) return false;
        if (costs == income) return null;
        return higher == income;
    }

    /// <summary>"kasvoi", "nousivat" before a budget "nähden": grew against the budget.</summary>
    private static bool GrewAgainst(SentenceContext s, string w, int budget) =>
        w is "kasvoi" or "kasvoivat" or "nousi" or "nousivat" && budget + 1 < s.T.Count && s.T[budget + 1].Word == "nähden";

    /// <summary>
    /// Whether costs or income are measured between start and end, or, when neither or both, in up to two clauses before
    /// ("verksamhetsintäkter, vilket är 5 miljoner mera än i budgeten", "kostnaderna skenade och slutnotan landade på 424
    /// miljoner, mer än dubbelt så dyrt som beräknat") or the one clause after ("54,7 miljoner mer än planerat, för att klara
    /// av kostnaderna").
    /// </summary>
    private static (bool Costs, bool Income) MeasuredNear(SentenceContext s, int start, int end)
    {
        // The clause after counts only as a purpose ("för att klara av kostnaderna"), not as another subject ("och intäkterna").
        var (costs, income) = (Measures(s, start, end, cost: true), Measures(s, start, end, cost: false));
        // "järjestyksenvalvonnan lasku taas paisui 0,09 M€:oon varatusta 0,05 M€:sta": a sum reserved is one to be spent.
        if (costs == income && s.FindWord(start, end, w => w is "varattu" or "varattua" or "varatusta" or "varatun" or "avsatt" or "avsatta") >= 0) (costs, income) = (true, false);
        // "lavan vuokra paisui 0,08 M€:oon varauksen ollessa 0,05 M€": a rent set against a reservation is one paid, whatever "vuokra" says alone.
        if (s.FindWord(start, end, IsReservation) >= 0) (costs, income) = (true, false);
        for (var (k, before) = (0, start); costs == income && k < 2 && before > 0; k++)
        {
            var end2 = before;
            before = s.ClauseStart(before - 1);
            (costs, income) = (Measures(s, before, end2, cost: true), Measures(s, before, end2, cost: false));
        }
        if (costs == income && start == 0 && s.T[0].Word is "det" or "detta" or "se" or "tämä" or "this" or "that" or "it") (costs, income) = (s.Before.Costs, s.Before.Income);
        if (costs == income && end < s.T.Count && s.T[end].Word is "för" or "jotta" or "to")
        {
            var after = end;
            while (after < s.T.Count && s.T[after].Clause == s.T[end].Clause) after++;
            (costs, income) = (Measures(s, end, after, cost: true), Measures(s, end, after, cost: false));
        }
        return (costs, income);
    }

    /// <summary>
    /// Whether token i's clause measures income rather than costs ("intäkterna översteg budgeten"), or the clause before does
    /// when this one names neither ("verotulojen kasvu oli 11,7 milj. euroa ja alkuperäinen talousarvio ylittyi"): over budget is then good.
    /// </summary>
    public static bool IsIncomeClause(SentenceContext s, int i)
    {
        var (costs, income) = MeasuredNear(s, s.ClauseStart(i), s.ClauseEnd(i));
        return income && !costs;
    }

    private static bool ResultIn(SentenceContext s, int start, int end) =>
        s.FindWord(start, end, w => w.StartsWith("tulokse", StringComparison.Ordinal) || w is "tulos" or "resultatet" or "resultat" or "result") >= 0;

    /// <summary>Whether the whole sentence measures costs or income.</summary>
    public static (bool Costs, bool Income) Measured(SentenceContext s) => (Measures(s, 0, s.T.Count, cost: true), Measures(s, 0, s.T.Count, cost: false));

    /// <summary>"kenttävuokrat", "hallivuokrat", "pukuhuonevuokrat": what users pay for the fields, halls and rooms the division lets, income (not "tilavuokrat", rent it pays).</summary>
    private static bool IsFacilityRent(string w) =>
        w.StartsWith("kenttävuokr", StringComparison.Ordinal) || w.StartsWith("kenttien", StringComparison.Ordinal) && w.Contains("vuokr", StringComparison.Ordinal)
        || w.StartsWith("hallivuokr", StringComparison.Ordinal) || w.StartsWith("vuorovuokr", StringComparison.Ordinal) || w.StartsWith("planhyr", StringComparison.Ordinal) || w.StartsWith("hallhyr", StringComparison.Ordinal)
        || w.StartsWith("pukuhuonevuokr", StringComparison.Ordinal) || w.StartsWith("saunavuokr", StringComparison.Ordinal) || w.StartsWith("ratavuokr", StringComparison.Ordinal) || w.StartsWith("omklädningsrumshyr", StringComparison.Ordinal)
        || w.StartsWith("iltavuokr", StringComparison.Ordinal) || w.StartsWith("välinevuokr", StringComparison.Ordinal) || w.StartsWith("kanoottivuokr", StringComparison.Ordinal) || w.StartsWith("venevuokr", StringComparison.Ordinal); // "Näyttelytilojen iltavuokrat": rentals to users

    /// <summary>"saunavuorojen vuokrista", "salivuorojen vuokrat", "yrittäjiltä perityt vuokrat": the rent of slots users book or tenants pay, income.</summary>
    private static bool SlotRent(SentenceContext s, int j) =>
        j > 0 && s.T[j].Word.StartsWith("vuokr", StringComparison.Ordinal)
        && (s.T[j - 1].Word.EndsWith("vuorojen", StringComparison.Ordinal) || s.T[j - 1].Word.StartsWith("perit", StringComparison.Ordinal));

    private static bool ToPay(SentenceContext s, int start, int end) =>
        s.FindWord(start, end, x => x.StartsWith("maksa", StringComparison.Ordinal) || x.StartsWith("maksettav", StringComparison.Ordinal)) >= 0;

    internal static bool Measures(SentenceContext s, int start, int end, bool cost)
    {
        for (var j = start; j < end; j++)
        {
            var w = s.T[j].Word;
            // "Musiikkistudioiden vuokrista saatiin vain 85 000 euroa": rents received are income, not rents paid.
            // "Salivuokria on syyskuun loppuun kertynyt 780 000 euroa": rents accrued are income too.
            if ((w.EndsWith("vuokrista", StringComparison.Ordinal) && j + 1 < end && IsReceived(s.T[j + 1].Word)
                    || w.EndsWith("vuokria", StringComparison.Ordinal) && !w.StartsWith("väistö", StringComparison.Ordinal) && s.FindWord(start, end, x => x.StartsWith("kerty", StringComparison.Ordinal)) >= 0
                        && !ToPay(s, start, end)) // not rents to pay, or unpaid
                && s.FindWord(start, end, x => x.StartsWith("lasku", StringComparison.Ordinal) || x.StartsWith("alennus", StringComparison.Ordinal)) < 0 // not "vuokrista saatu lasku"
                || (IsFacilityRent(w) || SlotRent(s, j)) && !ToPay(s, start, end))
            {
                if (!cost) return true;
                continue;
            }
            var isCost = w == "spending" && s.T[j].Has(Cue.Cost) || w.Contains("meno", StringComparison.Ordinal) || w is "kostade" or "kostar" or "kostat" or "betalade" or "betalat" or "maksoi" or "maksoivat" or "notan" or "hinta" or "priset" or "price" || w.Contains("kulu", StringComparison.Ordinal) && !IsElapsing(w)
                || w.Contains("alijäämä", StringComparison.Ordinal)
                || w.Contains("nettobudget", StringComparison.Ordinal) || w.Contains("nettobudjet", StringComparison.Ordinal) // a net budget is spending
                || w is "costs" or "cost" or "expenses" or "expenditure" or "deficit" || Lexicon.IsCostNoun(w) // "vartiointipalveluiden ostot", "solistien palkkiot"
                || w.StartsWith("määrärahavaraus", StringComparison.Ordinal) // "Määrärahavaraus kuntavaaleihin on ollut 6 090 euroa": money set aside to spend
                || w is "slutade" or "landade" && j + 2 < end && s.T[j + 1].Word == "på" && MoneyAfter(s, j, end) // "Reparationen slutade på 74 000 euro med 40 000 euro i budgeten"
                || w is "använde" or "använt" or "förbrukade" or "förbrukat" or "käytti" or "käyttivät" or "käytettiin" or "spent" or "used" // what was spent: "använde 3 % mindre än anslaget i budgeten"
                // "ovat käyttäneet enemmän rahaa kuin arvioitiin", "gjort av med mer pengar än beräknat": money spent (not "käyttänyt enemmän lapsia", users).
                || (w is "käyttänyt" or "käyttäneet" || w is "gjort" or "gjorde" && j + 2 < end && s.T[j + 1].Word == "av" && s.T[j + 2].Word == "med") && MoneyAfter(s, j, end)
                || w is "tarvitaan" or "tarvitsee" or "behövs" or "behöver" or "needed" || w.StartsWith("vuokri", StringComparison.Ordinal) || w.EndsWith("vuokrat", StringComparison.Ordinal) // "vuokriin tarvitaan 0,3 milj. euroa enemmän kuin on budjetoitu"
                || w is "hyra" or "hyran" or "hyror" or "hyrorna" // "Hyran … väntas uppgå till 310 000 euro, medan 220 000 euro har budgeterats"
                || w.Contains("toimeentulo", StringComparison.Ordinal); // "toimeentulotuen tarve jäi alle budjetoidun": income support is paid out, not income
            // "tulosennusteen mukaan … talousarvio olisi ylittymässä": a forecast of the result frames the verdict; it is not income.
            // Not "uusi tulostaulu", a scoreboard.
            var isIncome = w.Contains("tulo", StringComparison.Ordinal) && !w.Contains("toimeentulo", StringComparison.Ordinal) && !w.Contains("tulosennust", StringComparison.Ordinal) && !w.Contains("tulostaul", StringComparison.Ordinal)
                || w.Contains("voitto", StringComparison.Ordinal) || w.Contains("voitot", StringComparison.Ordinal) || w.Contains("vinst", StringComparison.Ordinal) || w.Contains("tuotto", StringComparison.Ordinal) || w.Contains("tuotot", StringComparison.Ordinal) || w.Contains("tuotoi", StringComparison.Ordinal)
                || w.Contains("vuosikate", StringComparison.Ordinal) || w.Contains("ylijäämä", StringComparison.Ordinal) || w.Contains("intäkt", StringComparison.Ordinal)
                || w.Contains("inkomst", StringComparison.Ordinal) || w.Contains("överskott", StringComparison.Ordinal) || IsStateSubsidy(s, j) || w.StartsWith("årsbidrag", StringComparison.Ordinal)
                || IsTax(w) || w.StartsWith("resultat", StringComparison.Ordinal) || w.StartsWith("försäljning", StringComparison.Ordinal) || w.Contains("myynti", StringComparison.Ordinal) || w.Contains("myynn", StringComparison.Ordinal)
                || w is "revenue" or "income" or "result" or "surplus" or "sales" || w == "spending" && !s.T[j].Has(Cue.Cost) // visitors' spending, see Tokenizer
                || IsFeeCharged(w) || FeeChargedInEnglish(s, j) // "Venepaikkamaksuja kertyy …": the fees customers pay
                || w.EndsWith("lipuista", StringComparison.Ordinal) || w.StartsWith("lipunmyyn", StringComparison.Ordinal) // "Konserttilipuista kertyi 0,21 M€": tickets sold
                || w.StartsWith("sarjakort", StringComparison.Ordinal) || w.StartsWith("kausikort", StringComparison.Ordinal) || w.StartsWith("klippkort", StringComparison.Ordinal) || w.StartsWith("säsongskort", StringComparison.Ordinal) // passes sold
                || w is "toi" or "toivat" or "tuotti" or "tuottivat" or "inbringade" or "brought" && MoneyAfter(s, j, end) // "Yhteistyösopimus toi 55 000 euroa budjetoitua enemmän"
                    && s.FindWord(j + 1, end, x => Lexicon.IsCostNoun(x) || x is "costs" or "cost") < 0; // not "toi … enemmän kuluja"
            if (cost ? isCost : isIncome) return true;
        }
        return false;
    }

    /// <summary>"yhteisöverojen", "kiinteistöverot", "verokertymä", "skatterna": taxes the city collects, income (not "veroton", tax-free).</summary>
    private static bool IsTax(string w) =>
        (w.Contains("verot", StringComparison.Ordinal) || w.Contains("verojen", StringComparison.Ordinal) || w.Contains("veroja", StringComparison.Ordinal) || w.StartsWith("verokerty", StringComparison.Ordinal))
        && !w.Contains("veroto", StringComparison.Ordinal)
        || w is "skatter" or "skatterna" or "taxes";

    private static bool MoneyAfter(SentenceContext s, int j, int end) =>
        s.FindWord(j + 1, end, w => BalanceRules.IsMoney(w) || w is "rahaa" or "pengar" or "money") >= 0 || s.EuroSignInSentence;

    /// <summary>"valtionosuus toteutui … arvioitua suurempana", "statsandelarna": the subsidy received, income; not a cut of it or a repayment.</summary>
    private static bool IsStateSubsidy(SentenceContext s, int j) =>
        s.T[j].Word is "valtionosuus" or "valtionosuudet" or "valtionosuuksia" or "statsandelarna" or "statsandelar" or "statsandelen"
        && !(j + 1 < s.T.Count && (s.T[j + 1].Word.StartsWith("palautu", StringComparison.Ordinal) || s.T[j + 1].Word.StartsWith("leikkau", StringComparison.Ordinal)));

    /// <summary>"motsvarar mindre än en procent av budget", "alle prosentin talousarviosta": the size of a deviation as a share of the budget, no direction.</summary>
    private static bool ShareOfBudget(SentenceContext s, int j) =>
        s.FindWord(0, j, w => w is "motsvarar" or "vastaa" or "corresponds" or "equals" || IsDeviation(w)) >= 0
        && s.FindWord(j + 1, Math.Min(s.T.Count, j + 5), w => w is "procent" or "prosentin" or "prosenttia" or "percent" or "%") is var p and > 0
        && p + 1 < s.T.Count && (s.T[p + 1].Word is "av" or "of" || IsBudget(s.T[p + 1].Word)); // not "Intäkterna beräknas bli mindre än 70 procent av budget"

    private static bool IsReceived(string w) => w is "saatiin" or "saatu" or "saadaan" or "kertyi" or "kertyy" or "kertyneet" or "kerättiin" or "laskutettiin";

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

    /// <summary>
    /// "so far" in the clause, but not in the basis of a comparison with what was thought: "kalliimpi kuin tähän asti on
    /// ajateltu" is said of the thought; "suuremmat kuin on budjetoitu tähän mennessä" is the period of the budget.
    /// </summary>
    private static bool InterimOutsideBasis(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (s.T[j].Has(Cue.Interim) && (s.T[s.ClauseStart(j)].Word is not ("kuin" or "än" or "than") || s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), IsExpectation) < 0)) return true;
        return false;
    }

    /// <summary>The budget's clause, with the clause before it when "kuin", "än" or "than" opens it ("3,2 milj. euroa alhaisempi kuin budjetti").</summary>
    private static (int Start, int End) Clause(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start > 0 && s.T[start].Word is "kuin" or "än" or "than") start = s.ClauseStart(start - 1);
        return (start, s.ClauseEnd(i));
    }
}
