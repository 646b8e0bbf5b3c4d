namespace Cockpit.Status;

/// <summary>
/// Verdicts read from what happened rather than from a verb of realisation: a budget over- or underrun, a cancellation,
/// and time running out ("ei ehditä", "hinner inte", "won't be finished this year").
/// </summary>
internal static class OutcomeRules
{
    /// <summary>ylittyä/alittua: for costs under budget is good and overrun bad; for a target level it is the other way round.</summary>
    public static void Threshold(SentenceContext s, int i, ref StatusResolver found)
    {
        var tok = s.T[i];
        if (Tense.EarlierForecast(s, i) || SentenceReader.AboutAnotherYear(s, i) || GoalDefinedBefore(s, i)) return;
        // "ilman terveydenhuoltomenojen merkittävää ylitystä vuosi olisi ollut erinomainen": an overrun in a counterfactual, which the sentence's verdict weighs.
        if (IsThresholdNoun(tok.Word) && s.FindWord(Math.Max(s.ClauseStart(i), i - 4), i, w => w is "ilman" or "utan" or "without") >= 0 && s.FindWord(i + 1, s.T.Count, w => w is "olisi" or "skulle" or "would") >= 0) return;
        var neg = s.Negator(i);
        // "Henkilöstömenojen ylitystä ei voitu kattaa": a negated verb beside the noun of an overrun denies the covering, not the overrun.
        if (neg >= 0 && neg != i - 1 && IsThresholdNoun(tok.Word)) neg = -1;
        // "Ingen budgetöverskridning väntas", "Budgetöverskridningen undveks": an overrun denied by its quantifier or avoided.
        if (neg < 0 && IsThresholdNoun(tok.Word) && (i > 0 && s.T[i - 1].Word is "ingen" or "inga" or "no" ? i - 1 : s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsAvoided)) is var denier and >= 0)
            neg = denier;
        // "käsittelyajan keskiarvo ylitti tavoiteajan", "alle 4,5 prosentin raja alitettiin": over is bad where lower is better.
        var limit = IsLimitIn(s, i);
        var up = tok.Has(Cue.Above) ^ (neg >= 0) ^ (!s.ClauseHas(i, Cue.Cost) && (limit || TrendRules.LowerIsBetter(s, i) || SpendingGoalAfter(s, i)));
        var modal = s.Modal(i);
        var past = tok.Form == VerbForm.Past || (tok.Form == VerbForm.None && IsPastForm(tok.Word) && !s.FutureBefore(i)) || Tense.IsYearEnd(s, i);
        var from = Math.Min(i, Math.Min(modal < 0 ? i : modal, neg < 0 ? i : neg));
        // "Kun huomioidaan tuleva avustus (15 000 €) ylitys on 1 779,88 €": the noun of an overrun, in money, is a budget's.
        // "ett tilläggsanslag på 28 700 euro för att täcka överskridningen": an overrun money is granted to cover is a budget's.
        var money = IsThresholdNoun(tok.Word) && (!s.ClauseHas(i, Cue.Goal) && s.MoneyIn(i) || ExtraMoneyToCover(s, i));
        var netCost = NetCostIn(s, i);
        // "… ökningen av utgifterna … samt att målet för skatteintäkterna underskreds": the goal just before the verb is what it passed.
        var near = Math.Max(s.ClauseStart(i), i - 4);
        var goalJustBefore = s.FindWord(near, i, w => Lexicon.IsGoalWord(w) || w is "målet" or "target" or "goal") >= 0 && !s.HasIn(near, i, Cue.Cost | Cue.Realise); // not "the goal was met within budget"
        if (!goalJustBefore && (s.ClauseHas(i, Cue.Cost) || netCost || money || CostByPronoun(s, i) || !s.ClauseHas(i, Cue.Goal) && (s.PartScope >= 0 && s.SentenceHas(Cue.Cost) || SumAfter(s, i))))
        {
            // Costs under budget are good, income over it; "within the budget" ("pysyivät talousarviossa", "inom ramen") is good either way.
            // "toimintakate on alittumassa 1,9 milj. euroa, … tulonmenetykset ja energiakulujen kasvu": a margin short of budget, told by
            // its losses or summing up the misses before it.
            var good = (!up && IsWithinBudget(s, i) || up == BudgetRules.IsIncomeClause(s, i)) && !(netCost && !up && (LossNamed(s) || s.Before.Missed));
            // "olemme vielä pystyneet … talousarvion puitteissa, vaikka kuormitus on kasvanut": within budget still, against the odds.
            // "aiheuttaa riskin kiinteistökulujen ylittymisestä": an overrun named as a risk.
            // "summa on ylittymässä …, mutta kulut on mahdollista saada vielä mahtumaan budjetin raamiin": an overrun that can still be undone.
            // "tarjoukset ylittävät kustannusarvion": the bids run over, and what is bought is still to be decided.
            // "tulee olla huolellisia, etteivät koko vuodelle budjetoidut rahavarat ylity": a caution, not a fact.
            var risky = modal >= 0 || s.Conditional >= 0 || BudgetRules.NeedBefore(s, i) || CautionBefore(s, i) || tok.Form == VerbForm.Present && !Tense.IsYearEnd(s, i) && BidsBefore(s, i) || good && s.SentenceHas(Cue.Yet) && s.HasIn(i + 1, s.T.Count, Cue.Concessive) || !good && s.NamesRisk
                || !good && !past && s.ContrastIn(i + 1, s.T.Count) is var but and > 0 && s.HasIn(but, s.T.Count, Cue.Possible) && s.HasIn(but, s.T.Count, Cue.Yet);
            // The budget is for the whole year: under budget so far is on track, at year end achieved; an overrun in a quarter or
            // "so far" is a risk to the year, not yet its outcome. A plain or denied overrun ("eikä talousarviossa pysytty") is a miss.
            var interim = s.ClauseFind(i, Cue.Interim);
            // "Kulttuurin osalta menot alittuivat ja liikunnan osalta ylittyivät": a budget kept or missed for a part only.
            // "Av de 37 ansvarsområdena har endast fyra överskridit sin budget": only some overran.
            // "perusopetus ylitti talousarvion … ja varhaiskasvatus ylitti talousarvion": every part named went the same way, so no part.
            // "de flesta verksamheter klarar sina åtaganden … inom givna ramar": most kept the budget, not all.
            // "Tulojen ennustetaan ylittyvän 306 905 eurolla ja menojen 594 265 eurolla": one verb for income and costs, good for one and bad for the other.
            // "sekä toimintatuotot että toimintakulut alittavat odotusarvon": one verb after both, good for one and bad for the other.
            // "pysyi menoissaan budjetin rajoissa; tulopuolelta sen sijaan puuttui lopulta 0,15 milj. euroa": costs kept, income short.
            var rule = BudgetRules.Measured(s) is (true, true) && (VerbSharedAfter(s, i) || BothBefore(s, i)) || good && BudgetRules.IncomeMissingAfter(s, i) >= 0 ? Rules.VerdictMixed
                : s.PartScope >= 0 && OtherWayIn(s, i) || ProportionRules.OnlySomeIn(s, s.ClauseStart(i), i)
                || good && ProportionRules.CountOutOfAny(s, s.ClauseStart(i), i + 1) >= 0 // "3 av 5 nämnder följer budget": the others do not
                || good && ProportionRules.MostIn(s, tok.Form == VerbForm.None ? SentenceReader.SubjectStart(s, i) : s.ClauseStart(i), i)
                || good && s.ClauseFind(i, Cue.Degree) is var largely and >= 0 && largely < i // "övriga förvaltningar i stort följer budget"
                || good && SentenceReader.AllBut(s, i) >= 0 ? Rules.VerdictPartial // "Kaikki hallintokunnat yleishallintoa lukuun ottamatta alittivat budjettinsa"
                : risky ? Rules.CostRisk
                : good && ProbablyOnly(s, i) ? Rules.VerdictHedged // "verotulomäärä tulee kuitenkin todennäköisesti ylittymään": probably met is not met
                : good ? (Tense.IsYearEnd(s, i) && interim < 0 ? Rules.CostYearUnderBudget : Rules.CostUnderBudget)
                : interim >= 0 ? Rules.CostInterimOverrun
                : GoodNewsBefore(s, i) ? Rules.VerdictMixed // "ett år med flera goda nyheter, men också med kostnadsöverskridningar"
                : s.Before.CostsKept && BudgetRules.Measured(s) is (false, true) ? Rules.VerdictMixed // "… toimintakulujen alittumisesta 880 086 euroa. Toimintatuotot alittuivat 137 468 euroa."
                : Rules.CostOverrun;
            found.Add(SentenceReader.Make(s, rule, true, Math.Min(from, interim < 0 ? from : interim), Math.Max(i, interim)));
        }
        else if (s.ClauseHas(i, Cue.Goal) || limit || GoalBeforeAside(s, i))
        {
            if (!up && s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
            {
                // "Inget tyder på att väntetiden skulle överskrida maximinivån": a miss nothing points to.
                found.Add(SentenceReader.Make(s, Rules.VerdictDoubleNegation, true, FateRules.DenierBefore(s, s.NegatedEvidential), i));
                return;
            }
            // "vilket redan överstiger årsmålet", "already exceeds the target": a level reached, not a forecast.
            past |= up && (AlreadyReached(s, i) || ExceededSoFar(s, i));
            // A forecast or a shortfall is softened by a condition, a possibility or a hedge too ("On mahdollista, että
            // kävijätavoite alittuu, jos ..."); a level already passed is a fact that only a modal can qualify.
            var softener = up && past ? modal : s.Softener(i, miss: !up);
            if (softener >= 0) from = Math.Min(from, softener);
            var rule = softener >= 0 ? Rules.VerdictRisk : up ? (past ? Rules.VerdictAchieved : Rules.VerdictOnTrack) : Rules.VerdictShortfall;
            var to = i;
            if (up && softener < 0 && SentenceReader.QualifiedAfterContrast(s, i, delays: true) is var (qualifier, qualified) && qualifier >= 0)
                (rule, to) = (qualified, qualifier); // "kävijätavoite on jo ylitetty, mutta … ollaan vasta puolivälissä"
            // "… käsittelyaika ylitti tavoiteajan Etelä-Suomen aluehallintovirastoa lukuun ottamatta": over or under, all but one is in part.
            else if (softener < 0 && SentenceReader.Exception(s, i) is var except and >= 0) (rule, from, to) = (Rules.VerdictPartial, Math.Min(from, except), Math.Max(i, except));
            // "Kolme 12 mittarista jäi alle tavoitteen": short for a count out of a whole, met for the rest.
            else if (rule == Rules.VerdictShortfall && ProportionRules.CountsMetAndMissed(s, i) is var part and >= 0) (rule, from) = (Rules.VerdictPartOfGoals, Math.Min(from, part));
            found.Add(SentenceReader.Make(s, rule, true, from, to));
        }
    }

    /// <summary>"ett tilläggsanslag … för att täcka överskridningen": extra money granted to cover it (not savings that "riittävät kattamaan ylityksen").</summary>
    private static bool ExtraMoneyToCover(SentenceContext s, int i) =>
        s.FindWord(Math.Max(0, i - 3), i, w => w is "täcka" or "kattaa" or "kattamaan" or "cover") >= 0
        && s.FindWord(0, s.T.Count, w => w.StartsWith("tilläggsanslag", StringComparison.Ordinal) || w.StartsWith("lisämäärärah", StringComparison.Ordinal)
            || w.StartsWith("lisärahoitu", StringComparison.Ordinal) || w is "appropriation" or "supplementary") >= 0;

    /// <summary>"tulee todennäköisesti ylittymään": probably, in the budget verb's own clause and not yet past (not "ylittivät budjetin, todennäköisesti suhdanteen vuoksi").</summary>
    private static bool ProbablyOnly(SentenceContext s, int i) =>
        s.ClauseFind(i, Cue.Probable) is var probably and >= 0 && !s.T[probably].Has(Cue.Negator) && !Tense.IsPast(s, i);

    /// <summary>"tulee olla huolellisia, etteivät … ylity": an "ettei" clause after an obligation (not "On varmistettu, ettei talousarvio ylity").</summary>
    private static bool CautionBefore(SentenceContext s, int i) =>
        s.T[s.ClauseStart(i)].Word is "ettei" or "etteivät" && s.FindWord(0, s.ClauseStart(i), w => w is "tulee" or "täytyy" or "pitää"
            || w.StartsWith("huolellis", StringComparison.Ordinal) || w.StartsWith("varottava", StringComparison.Ordinal) || w.StartsWith("varmistettava", StringComparison.Ordinal)
            || w == "syytä") >= 0;

    /// <summary>"ylittämään menotavoitteen", "överskrida kostnadsmålet": the verb's object a goal for spending, where over is the miss.</summary>
    private static bool SpendingGoalAfter(SentenceContext s, int i) =>
        s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 3), w => (w.StartsWith("meno", StringComparison.Ordinal) || w.StartsWith("kustannus", StringComparison.Ordinal)
            || w.StartsWith("kulu", StringComparison.Ordinal) || w.StartsWith("kostnads", StringComparison.Ordinal)) && (w.Contains("tavoit", StringComparison.Ordinal) || w.Contains("mål", StringComparison.Ordinal))
            && !w.Contains("säästö", StringComparison.Ordinal) && !w.Contains("besparing", StringComparison.Ordinal)) >= 0; // not "menosäästötavoite", a saving to reach

    /// <summary>"undveks", "vältettiin", "avoided": what was kept from happening.</summary>
    private static bool IsAvoided(string w) =>
        w.StartsWith("undv", StringComparison.Ordinal) || w.StartsWith("vältettiin", StringComparison.Ordinal) || w.StartsWith("vältyttiin", StringComparison.Ordinal)
        || w is "avoided" or "averted" or "avvärjdes";

    /// <summary>"tarjoukset ylittävät", "anbuden överstiger": the bids right before the verb, as its subject.</summary>
    private static bool BidsBefore(SentenceContext s, int i) =>
        s.FindWord(Math.Max(s.ClauseStart(i), i - 2), i, w => w.StartsWith("tarjou", StringComparison.Ordinal) || w.StartsWith("anbud", StringComparison.Ordinal) || w is "bids" or "tenders") >= 0;

    /// <summary>
    /// "Toimintakuluissa käyttöprosentti on 19,9 % ja näin ollen ne ovat alittaneet …", "Toimintakate on … -20 829 000 euroa ja
    /// sen ennakoidaan ylittyvän": the pronoun is the costs, or the net cost, of the clause before.
    /// </summary>
    private static bool CostByPronoun(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        var pronoun = start > 0 && !s.ClauseHas(i, Cue.Goal) ? s.FindWord(start, i, w => w is "ne" or "sen" or "de" or "den" or "they" or "it") : -1;
        // Not "ja sen seurauksena kävijätavoite alittui": the pronoun of a cause, not the verb's subject.
        return pronoun >= 0 && !(pronoun + 1 < i && s.T[pronoun + 1].Word is "seurauksena" or "vuoksi" or "takia" or "ansiosta" or "jälkeen")
            && (s.ClauseHas(start - 1, Cue.Cost) || NetCostIn(s, start - 1) || s.FindWord(s.ClauseStart(start - 1), start, Lexicon.IsCostNoun) >= 0);
    }

    /// <summary>"raja-arvoja", "gränsvärdet", "määräajat", "the limit value": a limit, which like a goal is reached or not, but from below.</summary>
    internal static bool IsLimitIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if (w == "raja" && j + 1 < s.T.Count && s.T[j + 1].Word.StartsWith("arvo", StringComparison.Ordinal) || w.StartsWith("raja-arvo", StringComparison.Ordinal)
                || w.StartsWith("gränsvärd", StringComparison.Ordinal) || w is "limit" && j + 1 < s.T.Count && s.T[j + 1].Word.StartsWith("value", StringComparison.Ordinal)
                || w.StartsWith("määräaj", StringComparison.Ordinal) || w.StartsWith("tidsgräns", StringComparison.Ordinal) || w is "deadline" or "deadlines"
                || w == "upper" && j + 1 < s.T.Count && s.T[j + 1].Word == "limit" || w is "cap" or "ceiling") return true; // "määräajat ovat ylittyneet": a time limit; "exceeded the annual cap"
        }
        // "alittaa tavoitteen ylärajan"; "Enimmäisajaksi oli asetettu 35 vuorokautta, joten tavoitetaso alitettiin": a ceiling, in this clause or the one before.
        for (var j = s.ClauseStart(i) > 0 ? s.ClauseStart(s.ClauseStart(i) - 1) : 0; j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if (w.StartsWith("yläraj", StringComparison.Ordinal) || w.StartsWith("enimmäis", StringComparison.Ordinal) || w.StartsWith("maksimi", StringComparison.Ordinal)
                || w.StartsWith("maximinivå", StringComparison.Ordinal) || w.StartsWith("maxnivå", StringComparison.Ordinal) || w.StartsWith("taknivå", StringComparison.Ordinal) || w == "ceiling"
                || w.StartsWith("maxvärde", StringComparison.Ordinal) || w == "maximum" && !(j >= 2 && s.T[j - 2].Word == "to")
                || w is "tillåtna" or "tillåten" or "sallittu" or "sallitun" or "sallitussa" or "sallimassa" or "allowed" or "permitted") return true; // "den högsta tillåtna väntetiden"
        }
        return false;
    }

    /// <summary>
    /// "Vuodelle 2021 asetettu välitavoite - … - ylitettiin", "kävijätavoite, 30 000 käyntiä, ylittyi elokuussa": the goal
    /// before an aside between dashes, or a figure alone between commas, the verb right after it.
    /// </summary>
    private static bool GoalBeforeAside(SentenceContext s, int i)
    {
        if (s.ClauseStart(i) != i || i == 0) return false;
        var aside = s.ClauseStart(i - 1);
        if (aside == 0) return false;
        var dashes = DashBefore(s, i) && DashBefore(s, aside);
        var figure = s.SignBefore(i) == ',' && s.SignBefore(aside) == ',' && FigureAlone(s, aside, i);
        return (dashes || figure) && s.ClauseHas(aside - 1, Cue.Goal);
    }

    private static bool DashBefore(SentenceContext s, int i) => TextNormalizer.IsDash(s.SignBefore(i));

    /// <summary>An amount and its unit, no more than four words: "30 000 käyntiä", "1,2 miljoonaa euroa".</summary>
    private static bool FigureAlone(SentenceContext s, int start, int end)
    {
        if (end - start > 4 || !char.IsAsciiDigit(s.T[start].Word[0])) return false;
        for (var j = start; j < end; j++)
            if (s.T[j].Form != VerbForm.None || s.T[j].Cues != Cue.None) return false;
        return true;
    }

    /// <summary>
    /// "jo", "redan", "already" with a present "exceeds" ("ylittää jo", "redan överstiger", "already exceeds"), not a future
    /// one ("will already be exceeded", "ylittyy jo lokakuussa", "ser ut att passeras redan under hösten").
    /// </summary>
    private static bool AlreadyReached(SentenceContext s, int i) =>
        (s.ClauseHas(i, Cue.Already) || RelativeToAlready(s, i)) && !s.FutureBefore(i) && !s.T[i].Word.StartsWith("ylitty", StringComparison.Ordinal)
        && !s.ClauseHas(i, Cue.LaterTime) && !SentenceReader.SeemsInSentence(s, i)
        && s.T[i].Word is not ("exceed" or "överstiga" or "överskrida");

    /// <summary>
    /// In a forecast "oli elokuun lopussa 14, … mikä ylittää vuoden tavoitteet": the year's target already passed by the
    /// count so far, said in the present.
    /// </summary>
    private static bool ExceededSoFar(SentenceContext s, int i) =>
        s.Round == RoundKind.Forecast && s.T[i].Word is "ylittää" or "ylittävät" or "överstiger" or "exceeds" && s.Modal(i) < 0 && !s.HasFrame
        && s.Negator(i) < 0 && (s.SentenceHas(Cue.Interim) || SentenceReader.MonthIn(s, 0))
        && s.FindWord(0, s.T.Count, w => w is "vauhdilla" or "tahdilla" or "päättyy" or "päätyy" or "kertyy" or "takt" or "pace") < 0; // not "nykyisellä lainausvauhdilla vuosi päättyy …, mikä ylittää"

    /// <summary>"målet var att den inte skulle överstiga sju dagar", "tavoitteena oli, ettei se ylitä": the goal set out, not a verdict.</summary>
    internal static bool GoalDefinedBefore(SentenceContext s, int i)
    {
        for (var k = Math.Max(0, i - 8); k + 2 < i; k++)
            if (s.T[k].Has(Cue.Goal) && s.T[k + 1].Word is "var" or "är" or "oli" or "on" or "was" or "is" && s.T[k + 2].Word is "att" or "että" or "ettei" or "that" or "to"
                || s.T[k].Word == "som" && s.T[k + 1].Has(Cue.Goal) && s.T[k + 2].Word == "att") // "har haft som mål att få ett överskott"
                return true;
        return false;
    }

    /// <summary>"sekä toimintatuotot että toimintakulut alittavat": income and costs joined by "sekä … että" right before the one verb at i.</summary>
    private static bool BothBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "sekä" or "både" or "both") is var both and >= 0 && s.FindWord(both + 1, i, w => w is "että" or "och" or "and") > both
        && BudgetRules.Measures(s, both, i, cost: true) && BudgetRules.Measures(s, both, i, cost: false) && s.FindWord(both, i, w => w.EndsWith("vat", StringComparison.Ordinal) || w.EndsWith("ivät", StringComparison.Ordinal)) < 0;

    /// <summary>A clause after token i's with a figure and no verb of its own ("… ja menojen 594 265 eurolla"): it shares i's verb.</summary>
    private static bool VerbSharedAfter(SentenceContext s, int i)
    {
        var next = s.ClauseEnd(i);
        if (next >= s.T.Count || s.T[next].Word is not ("ja" or "och" or "and")) return false;
        var end = s.ClauseEnd(next);
        // The second figure a difference like the first ("594 265 eurolla"), not a level ("tulot 2,1 miljoonaa euroa").
        return !s.HasIn(next, end, Cue.Above | Cue.Below | Cue.Realise | Cue.Remain | Cue.Auxiliary) && s.FindWord(next, end, w => char.IsAsciiDigit(w[0])) >= 0
            && s.FindWord(next, end, w => w.EndsWith("lla", StringComparison.Ordinal) || w.EndsWith("llä", StringComparison.Ordinal)) >= 0;
    }

    private static bool IsThresholdNoun(string w) =>
        IsOverrunNoun(w) || w.StartsWith("alitus", StringComparison.Ordinal) || w.StartsWith("alituk", StringComparison.Ordinal);

    /// <summary>"ylitys", "ylityksiä", "överskridandet", "budgetöverskridning", "overruns": the noun of an overrun.</summary>
    internal static bool IsOverrunNoun(string w) =>
        w.StartsWith("ylitys", StringComparison.Ordinal) || w.StartsWith("ylityk", StringComparison.Ordinal) || w.Contains("överskridand", StringComparison.Ordinal)
        || w.Contains("överskridning", StringComparison.Ordinal) || w is "overrun" or "overruns";

    /// <summary>"Ennusteen mukaan toimintakate ylittyy n. 13,6 Me": the operating margin is net costs, so over it is an overrun.</summary>
    private static bool NetCostIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
            if (s.T[j].Word.StartsWith("toimintakat", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"tulonmenetykset", "tappio", "förluster", "losses": what was lost.</summary>
    private static bool LossNamed(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w.Contains("menetyk", StringComparison.Ordinal) || w.StartsWith("tappio", StringComparison.Ordinal)
            || w.StartsWith("förlust", StringComparison.Ordinal) || w is "loss" or "losses") >= 0;

    /// <summary>A threshold word going the other way from token i's, or a word of staying within, elsewhere in the sentence.</summary>
    private static bool OtherWayIn(SentenceContext s, int i)
    {
        var other = s.T[i].Has(Cue.Above) ? Cue.Below : Cue.Above;
        for (var j = 0; j < s.T.Count; j++)
            if (j != i && (s.T[j].Has(other) || s.T[j].Word.StartsWith("pysy", StringComparison.Ordinal) || s.T[j].Word is "höll" or "håller"
                || s.T[j].Word is "within" or "inom" && j + 1 < s.T.Count && (s.T[j + 1].Has(Cue.Cost) || s.T[j + 1].Word.StartsWith("ram", StringComparison.Ordinal)))) return true;
        return false;
    }

    /// <summary>"Erikoissairaanhoidon arvioidaan ylittyvän n. 10,3 Me": a sum of money the verb runs over or under by, so a budget line.</summary>
    private static bool SumAfter(SentenceContext s, int i)
    {
        if (s.FindWord(0, s.T.Count, BudgetRules.IsExpectation) >= 0) return false; // "ylitti arvioidun 2,6 milj. eurolla": read against the estimate
        for (var j = i + 2; j < s.ClauseEnd(i) && j <= i + 5; j++)
            if (char.IsAsciiDigit(s.T[j - 1].Word[0]) && (BalanceRules.IsMoney(s.T[j].Word) || s.T[j].Word.StartsWith("euro", StringComparison.Ordinal)
                || s.T[j].Word.StartsWith("miljoon", StringComparison.Ordinal) || s.T[j].Word is "me" or "m€" or "meur" or "t€")) return true;
        return false;
    }

    /// <summary>"pysyivät talousarviossa", "raameissa", "inom budget", "within the appropriation": within the budget, not under or over it.</summary>
    private static bool IsWithinBudget(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        return Lexicon.IsBudgetLocative(w)
            || i >= 1 && s.T[i - 1].Word is "inom" or "within" || i >= 2 && s.T[i - 2].Word is "inom" or "within";
    }

    /// <summary>"Käyttäjiä oli jo elokuussa 3 420, mikä ylittää …": a relative clause about a clause that says "already".</summary>
    private static bool RelativeToAlready(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        return start > 0 && s.T[start].Word is "mikä" or "vilket" or "which" && s.ClauseHas(start - 1, Cue.Already);
    }

    /// <summary>English "exceeded", Swedish "överskreds", "översteg", "har överskridit": a past form of a threshold verb.</summary>
    private static bool IsPastForm(string w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("des", StringComparison.Ordinal) || w.EndsWith("de", StringComparison.Ordinal)
        || w.EndsWith("ds", StringComparison.Ordinal) || w.EndsWith("ts", StringComparison.Ordinal) || w.EndsWith("it", StringComparison.Ordinal) || w.EndsWith("eg", StringComparison.Ordinal);

    /// <summary>"bland annat", "muun muassa" up to five words before token i in its clause: one thing among others.</summary>
    private static bool AmongOthers(SentenceContext s, int i) =>
        s.FindWord(Math.Max(s.ClauseStart(i), i - 5), i, w => w is "annat" or "muassa") is var other and > 0 && s.T[other - 1].Word is "bland" or "muun";

    /// <summary>
    /// A cancelled goal or project is a miss. A cancelled event is a miss too when it is the whole thing ("peruttiin
    /// kokonaan", "är inställd i år", "the festival was cancelled"); only part of it ("osa tapahtumista", "vissa",
    /// "two workshops", "kevään konsertit") is a risk. A hedge, modal or condition makes either a risk.
    /// </summary>
    public static void Cancel(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.Negator(i) >= 0 || i > 0 && s.T[i - 1].Has(Cue.NegQuantifier | Cue.Without)) return; // "medför inga avbrott", "fungerade utan avbrott": none at all
        if (s.HasIn(s.ClauseStart(i), i, Cue.NegQuantifier)) return; // "Inga föreningars turer faller bort": none falls through
        // "Ministeriön lakkautettua seuran avustamisen ovat jäsenmaksut suurin tulonlähde": what someone else ended, as the time of the sentence.
        if (Tokenizer.IsAfterParticiple(s.T[i].Word) && s.FindWord(i + 1, Math.Min(s.T.Count, i + 4), w => w.EndsWith("misen", StringComparison.Ordinal)) > 0) return;
        // "aita kaatui huhtikuun myrskyssä": a storm knocked a thing over, no plan fell through.
        if (s.T[i].Word.StartsWith("kaatu", StringComparison.Ordinal) && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.Contains("myrsky", StringComparison.Ordinal) || w.StartsWith("tuule", StringComparison.Ordinal)) >= 0) return;
        // "de befarade avhoppen uteblev": what was feared did not happen.
        if (s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("befara", StringComparison.Ordinal) || w.StartsWith("fruktade", StringComparison.Ordinal) || w.StartsWith("pelät", StringComparison.Ordinal) || w == "feared") >= 0) return;
        // "de mål som ställdes inför 2020": set, not called off. "vanhan järjestelmän käyttö on lopetettu": the old one ended,
        // the new in use. "peruttiin 9 prosenttia varatuista vuoroista": a share cancelled is a measure, read by its trend.
        if (s.T[i].Word is "ställdes" or "ställts" && (i + 1 == s.T.Count || s.T[i + 1].Word != "in")
            || s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("vanha", StringComparison.Ordinal) || w is "gamla" or "old") >= 0
            || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "prosenttia" or "procent" or "percent" or "%") >= 0) return;
        var start = i > 0 && s.T[i - 1].Has(Cue.Cancel) && s.T[i - 1].Clause == s.T[i].Clause ? i - 1 : i; // "called off"
        // "sisäteatterinkin ohjelmistoon tuli peruutuksia keväällä": in a forecast, some cancellations, not the whole called off.
        // "då de bland annat fått ställa in uppsättningar": some called off among other troubles, the year goes on.
        if (s.Round == RoundKind.Forecast && (s.T[i].Word is "peruutuksia" or "peruutuksiakin" or "cancellations" || AmongOthers(s, i)))
        {
            found.Add(SentenceReader.Make(s, Rules.RiskCancelled, false, start, i));
            return;
        }
        var modal = s.Modal(i);
        var goal = s.ClauseHas(i, Cue.Goal);
        if (modal >= 0 || s.Conditional >= 0)
        {
            if (goal) found.Add(SentenceReader.Make(s, Rules.VerdictRisk, true, modal >= 0 ? modal : i, i));
            else found.Add(SentenceReader.Make(s, Rules.RiskCancelled, false, start, i));
            return;
        }
        // "… är inställd, liksom all annan övrig kulturell verksamhet": with everything else, the whole.
        var whole = s.ClauseFind(i, Cue.Whole) is var all and >= 0 ? all
            : s.FindWord(i + 1, s.T.Count - 1, w => w is "all" or "allt" or "kaikki") is var rest && rest > i && s.T[rest + 1].Word is "annan" or "annat" or "muu" or "muut" ? rest : -1;
        if (goal && MetInEarlierClause(s, i) is var met and >= 0)
        {
            // "Av fyra mål uppfylldes tre; målet om längre öppettider föll bort": the others were met, so met in part.
            found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, met, i));
            return;
        }
        // "Sommarens friluftsteater blir inte av i år": not taking place this year at all, whatever season names it.
        var notThisYear = s.T[i].Word == "av" && s.HasThisYear && HeldBefore(s, i) < 0;
        if (goal || whole >= 0 || notThisYear || !IsPartial(s, i) && HeldBefore(s, i) < 0)
        {
            var to = Math.Max(i, whole);
            found.Add(SentenceReader.Make(s, Rules.VerdictCancelled, goal, start, to));
            return;
        }
        found.Add(SentenceReader.Make(s, Rules.RiskCancelled, false, start, i));
    }

    /// <summary>
    /// "Kesäleirit järjestettiin Lauttasaaressa ja Kivikossa, Herttoniemen leiri peruttiin", "äänestys pidettiin kolmella
    /// alueella, … äänestykset jäivät pitämättä": others held in an earlier clause, so only part fell through. The index, or -1.
    /// </summary>
    public static int HeldBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < s.ClauseStart(i); j++)
            if (IsHeld(s, j)) return j;
        return -1;
    }

    /// <summary>"…, kun taas muut neljä festivaalia pidettiin sovittuina päivinä": the others held, in a clause after token i's; the index, or -1.</summary>
    public static int OthersHeldAfter(SentenceContext s, int i)
    {
        for (var j = s.ClauseEnd(i); j < s.T.Count; j++)
            if (IsHeld(s, j) && s.FindWord(s.ClauseStart(j), j, w => w is "muut" or "muita" or "övriga" or "andra" or "other" or "others") >= 0) return j;
        return -1;
    }

    /// <summary>
    /// "Kesän 16 puistojumppaa pidettiin kaikki, mutta osallistujia oli …": every event held before a "but" that token i
    /// follows; with no "but", in a clause before token i's ("soitettiin suunnitellut 18, yleisöä niissä oli 1 100 …").
    /// </summary>
    public static bool AllHeldBefore(SentenceContext s, int i) => AllHeldEndsAt(s, i) >= 0;

    /// <summary>The end of the clause before token i that says every event was held, or -1.</summary>
    public static int AllHeldEndsAt(SentenceContext s, int i)
    {
        var but = s.ContrastIn(0, i);
        if (but < 0) but = s.ClauseStart(i);
        for (var j = 0; j < but; j++)
            if (IsHeld(s, j) && s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w is "kaikki" or "alla" or "all" or "jokainen" or "varje" or "every" or "sovitut" or "suunnitellut") >= 0) return s.ClauseEnd(j);
        return -1;
    }

    /// <summary>
    /// "ryhmät olivat syksyllä täynnä", "900 paikkaa myytiin loppuun", "käyttäjämäärä nousi tavoitteeseen" in a clause before
    /// token i's: one measure full or met, before another said short.
    /// </summary>
    public static bool FullBefore(SentenceContext s, int i)
    {
        for (var j = 1; j < s.ClauseStart(i); j++)
            if (s.Negator(j) < 0 && (s.T[j].Word is "täynnä" or "fullsatta" or "fullbokade" || s.T[j].Word == "loppuun" && s.T[j - 1].Word == "myytiin"
                    || s.T[j].Word == "tavoitteeseen" && s.T[j - 1].Word is "nousi" or "ylsi" or "yltyi")) return true;
        return false;
    }

    /// <summary>"Alla 40 kvällar … hölls", "Poesifestivalen hölls med alla 18 planerade uppläsningar": every event held, anywhere in the sentence.</summary>
    public static bool AllHeldIn(SentenceContext s) => s.T.Count > 0 && AllHeldAfter(s, -1);

    /// <summary>"saapui 900 odotetun 2 000:n sijaan; konsertit itse pidettiin kaikki kahdeksan": every event held, said after token i (from the start for -1).</summary>
    public static bool AllHeldAfter(SentenceContext s, int i)
    {
        for (var j = i < 0 ? 0 : s.ClauseEnd(i); j < s.T.Count; j++)
            if (IsHeld(s, j) && s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w is "kaikki" or "alla" or "samtliga" or "all" or "jokainen" or "varje" or "every") >= 0) return true;
        return false;
    }

    /// <summary>"pidettiin", "hölls", "took place", "kom i gång", "toteutui": token j says, undenied, that something was held.</summary>
    public static bool IsHeld(SentenceContext s, int j)
    {
        var t = s.T[j];
        var held = t.Word is "pidettiin" or "soitettiin" or "esitettiin" or "pelattiin" or "käynnistyivät" or "hölls" or "spelades" or "gavs" or "held" || t.Has(Cue.Progress) && (t.Form == VerbForm.Past || t.Word.EndsWith("ttiin", StringComparison.Ordinal) || t.Word.EndsWith("ades", StringComparison.Ordinal))
            || t.Word is "took" or "ägde" && j + 1 < s.T.Count && s.T[j + 1].Word is "place" or "rum" // "Two of the three residencies took place"
            || t.Word is "went" or "gick" && j + 1 < s.T.Count && s.T[j + 1].Word is "ahead" or "av" // "All eight concerts went ahead", "gick av stapeln"
            || t.Word is "gång" or "igång" && t.Has(Cue.Progress) // "Läsgrupperna kom i gång i Forsby, men … gruppen uteblev"
            || t.Has(Cue.Realise) && t.Form == VerbForm.Past && !s.ClauseHas(j, Cue.Goal); // "kolmesta residenssistä kaksi toteutui"
        return held && !t.Has(Cue.Cancel | Cue.Delay) && s.Negator(j) < 0 && !s.IsConceded(j);
    }

    private static int MetInEarlierClause(SentenceContext s, int i)
    {
        for (var j = 0; j < s.ClauseStart(i); j++)
            if (s.T[j].Has(Cue.Realise) && s.T[j].Form is VerbForm.Past or VerbForm.Participle && s.Negator(j) < 0) return j;
        return -1;
    }

    /// <summary>"19.2.", "7.1.": a day and month written in figures, followed by the date's closing point; or a day before a month's name ("den 7-16 augusti").</summary>
    private static bool IsDayOfDate(SentenceContext s, int j) =>
        s.T[j].Word.IndexOf('.') is var dot and > 0 and < 3 && dot < s.T[j].Word.Length - 1 && s.T[j].End < s.Text.Length && s.Text[s.T[j].End] == '.'
        || s.FindWord(j + 1, Math.Min(s.T.Count, j + 3), w => Lexicon.Month(w) > 0) > j && s.T[j].Word.Length <= 2; // "den 7-16 augusti"

    /// <summary>A quantifier, a count, or a season before it in its clause: only some of the events were cancelled.</summary>
    private static bool IsPartial(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
        {
            var t = s.T[j];
            // Not "Tämän kesän tapahtumakokonaisuus on peruttu": this summer's event as a whole.
            // Not "sunnuntaina 19.2. on peruttu": a date's day is no count.
            if (t.Has(Cue.Partial) && !(j > 0 && s.T[j - 1].Word == "tämän") || (char.IsAsciiDigit(t.Word[0]) && !t.Has(Cue.Year) && !IsDayOfDate(s, j))) return true;
            // "tuotantoja ja tilaisuuksia on peruttu": a partitive plural right before the verb, some of them (not "toteuttaja").
            if (j >= i - 2 && t.Word.Length > 5 && !t.Has(Cue.Goal) && (t.Word.EndsWith("ia", StringComparison.Ordinal) || t.Word.EndsWith("iä", StringComparison.Ordinal)
                || t.Word.EndsWith("oja", StringComparison.Ordinal) || t.Word.EndsWith("öjä", StringComparison.Ordinal) || t.Word.EndsWith("uja", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>"i tid", "ajoissa", "in time", "urakka-ajan puitteissa" after token i in its clause: the index of "tid", "ajoissa", "time" or "puitteissa", or -1.</summary>
    private static int InTimeAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
            if (s.T[j].Word == "ajoissa" || s.T[j].Word is "tid" or "time" && s.T[j - 1].Word is "i" or "in"
                || s.T[j].Word == "puitteissa" && (s.T[j - 1].Word.EndsWith("ajan", StringComparison.Ordinal) || s.T[j - 1].Word.StartsWith("aikataulu", StringComparison.Ordinal))) return j; // "urakka-ajan puitteissa"
        return -1;
    }

    /// <summary>A verb or predicate of finishing ("valmistunut", "ehtinyt", "hann", "färdiga", "finished"), not a noun or a time ("valmistumiseen mennessä", "jatkossa").</summary>
    private static bool FinishedSaid(Token t) =>
        t.Form != VerbForm.None || t.Word is "hann" or "hunnit" or "färdig" or "färdiga" or "färdigt" or "klar" or "klara" or "finished" or "completed" or "ready"
        || t.Word.StartsWith("valmistu", StringComparison.Ordinal) && !t.Word.StartsWith("valmistumi", StringComparison.Ordinal)
        || t.Word.StartsWith("ehti", StringComparison.Ordinal) || t.Word.StartsWith("ehdi", StringComparison.Ordinal);

    /// <summary>
    /// "ei ehditä laatia vuoden loppuun mennessä", "ei valmistu tänä vuonna", "hinner inte i år", "won't be finished this
    /// year", "blir inte klar i tid": no time left this year is a miss; without the year, or "not yet", it is a delay; a modal
    /// or condition, a risk.
    /// </summary>
    public static void NotInTime(SentenceContext s, int i, ref StatusResolver found)
    {
        var neg = s.Negator(i);
        if (neg < 0 && s.ClauseFind(i, Cue.NegQuantifier) is var none and >= 0 && none < i) neg = none; // "Neither ... nor ... was opened"
        if (neg < 0) return;
        var (from, to) = (Math.Min(neg, i), Math.Max(neg, i));
        // Not "ei remontin viivästymisen takia avaudu", a delay as the reason, nor "ei ainoastaan hidasta … vaan voi estää".
        if (neg + 1 < i && (s.T[neg + 1].Has(Cue.Delay) && !s.T[neg + 1].Word.EndsWith('n') || s.T[neg + 1].Word == "hidasta") && s.T[neg + 2].Word is not ("takia" or "vuoksi" or "johdosta")
            && s.Modal(i) < 0 && s.Hedge < 0 && s.FindWord(i, s.T.Count, w => w is "vaan" or "utan" or "but") < 0)
        {
            // "siirto ei hidasta valmistumista elokuun loppuun mennessä": the delay is denied, not the finishing.
            found.Add(SentenceReader.Make(s, Rules.VerdictNotAtRisk, s.HasGoal, from, to));
            return;
        }
        if (Tense.LaterYear(s, i) is var later and >= 0)
        {
            // "blir inte klara förrän 2022", "not finished until 2022": past the year.
            found.Add(SentenceReader.Make(s, Rules.VerdictNextYear, s.HasGoal, from, Math.Max(to, later)));
            return;
        }
        // "blir troligen inte klar i år": probably not is still a miss; "ei välttämättä ehdi": perhaps not is a risk.
        var hedged = s.Modal(i) >= 0 || s.Conditional >= 0 || s.Hedge >= 0 && !s.T[s.Hedge].Has(Cue.Probable);
        // "Emme usko ehtivämme pitää kaikkia 14 runopajaa": a disbelief of finishing in time is a miss, as a doubt is not.
        var disbelief = neg == s.Hedge && s.T[neg].Has(Cue.Probable) || s.T[neg].Word is "knappast" or "tuskin" or "hardly"; // "Knappast hinner vi ordna de tolv"
        // Not "Tänä vuonna … vuokrasopimus umpeutuu, eikä jatkosopimusta ole tehty": the year belongs to the clause before "eikä", and what is not done is open.
        var thisYear = s.HasThisYear && !(s.T[neg].Word == "eikä" && s.ClauseFind(i, Cue.Year | Cue.ThisYear) < 0);
        if ((thisYear || disbelief || InTimeAfter(s, i) >= 0 || Tense.IsYearEnd(s, i) && Math.Abs(neg - i) <= 2 && FinishedSaid(s.T[i]) && !s.IsConceded(i) && s.Round == RoundKind.Outcome) && !hedged && !s.ClauseHas(i, Cue.Yet)) // "blir inte klar i tid", at year end "hann inte bli färdiga"
            found.Add(SentenceReader.Make(s, Rules.VerdictNotInTime, s.HasGoal, from, Math.Max(to, InTimeAfter(s, i))));
        else found.Add(SentenceReader.Make(s, Rules.RiskDelay, false, from, to));
    }

    /// <summary>"flera goda nyheter, men också …", "paljon hyviä uutisia, mutta myös …": good news granted before the contrast that brings token i.</summary>
    private static bool GoodNewsBefore(SentenceContext s, int i)
    {
        var but = s.ContrastIn(0, i);
        return but > 0 && s.FindWord(0, but, w => w is "nyheter" or "uutisia" or "news") is var news and > 0 && s.T[news - 1].Word is "goda" or "hyviä" or "good" or "positiva" or "myönteisiä";
    }
}
