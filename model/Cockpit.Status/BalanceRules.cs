namespace Cockpit.Status;

/// <summary>
/// A surplus or a deficit, the way municipal accounts report their result: "tilikauden ylijäämä oli 16,8 miljoonaa euroa",
/// "tulos oli 58,8 milj. euroa alijäämäinen", "nämnden redovisar ett underskott på 4,9 mkr per april", "budget i balans",
/// "resultatet uppgår till -5,4 miljoner", "tulos jää miinuksen puolelle". A surplus or balance is achieved at year end and
/// on track during it; a deficit a miss at year end and a risk during it. The first one a sentence names decides ("ett
/// samlat underskott, som maskeras till ett överskott"); a result compared with the budget ("alijäämä talousarvion alijäämää
/// pienemmäksi") is read by <see cref="BudgetRules"/> first, and one beside a budgeted figure by neither.
/// </summary>
internal static class BalanceRules
{
    /// <summary>"Målet uppnåddes inte, vilket ledde till ett underskott": a balance that follows from a verdict before it is its consequence, which the verdict decides.</summary>
    private static bool ConsequenceOfVerdict(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start == 0 || s.T[start].Word is not ("vilket" or "mikä" or "which")) return false;
        for (var j = 0; j < start; j++)
            if (s.T[j].Has(Cue.Realise) && s.T[j].Form is not (VerbForm.None or VerbForm.Noun)) return true;
        return false;
    }

    public static bool Read(SentenceContext s, ref StatusResolver found)
    {
        // "esittää … ensi vuodelle lievästi alijäämäistä talousarviota. Alijäämää olisi 0,14 miljoonaa euroa.": the plan's balance.
        if (s.Before.BudgetPlan && s.Round == RoundKind.Forecast || SentenceReader.IsQuestion(s, s.T.Count - 1)) return false; // nor "Blir budgeten i balans?"
        if (AgainstPlanned(s, ref found)) return true;
        for (var i = 0; i < s.T.Count; i++)
        {
            var sign = Sign(s, i);
            if (CoverBefore(s, i) is var cover and >= 0 && sign == false && !s.ClauseHas(cover, Cue.Yet))
            {
                // "pystyvät kattamaan alijäämänsä vuoden 2026 loppuun mennessä": the deficit will be covered; denied, it will not.
                var neg = s.Negator(cover);
                var softener = s.Softener(cover, miss: neg >= 0);
                var verdict = softener >= 0 || s.Asked >= 0 && s.Asked < cover ? Rules.VerdictRisk : neg >= 0 ? Rules.VerdictNegated : Tense.IsYearEnd(s, cover) ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
                found.Add(SentenceReader.Make(s, verdict, true, Math.Min(cover, neg < 0 ? cover : neg), i));
                return true;
            }
            // "tulot ja menot eivät ole tasapainossa": out of balance is a deficit; "ei ole täysin tasapainossa", not fully, is at risk.
            if (sign == true && s.T[i].Word is "tasapainossa" or "i" && s.Negator(i) is var denied and >= 0)
            {
                var fully = s.FindWord(denied + 1, i, w => w is "täysin" or "helt" or "fully" or "kokonaan") >= 0;
                found.Add(SentenceReader.Make(s, fully ? Rules.VerdictPartial : Rules.BalanceDeficit, true, Math.Min(denied, i), Math.Max(denied, i)));
                return true;
            }
            // "Underskottet som befarades i prognosen uppstod aldrig": a balance its own clause denies is none.
            // "vidtog åtgärder för att möta underskott …, vilket gav ett överskott": a deficit met in a purpose is none.
            // "Jos tulos on ylijäämäinen, ylijäämä käytetään korjausvelan vähentämiseen": a balance supposed in an if-clause is none.
            if (s.Conditional >= 0 && s.Conditional < i && s.T[i].Clause == s.T[s.Conditional].Clause && s.T[s.Conditional].Word is "jos" or "mikäli" or "om" or "if") continue;
            // "Eftersom kampanjen visade ett så positivt resultat, budgeterade bolaget …": a good result given as the reason for what
            // follows; a bad one ("Koska … tulos oli negatiivinen, hallitus joutui …") still says how the year went.
            if (sign == true && s.T[0].Word is "eftersom" or "koska" or "because" or "since" && s.T[i].Clause == s.T[0].Clause && (s.ClauseEnd(i) < s.T.Count || i + 2 < s.T.Count)) continue;
            if (sign == false && s.Negator(i) < 0 && s.Round == RoundKind.Forecast && PlannedBefore(s, i) && DraftBefore(s, i) is var draft and >= 0)
            {
                // "Ensimmäinen versio talousarviosta 2026 on selvästi alijäämäinen": a draft budget in deficit, its balancing still to come.
                found.Add(SentenceReader.Make(s, Rules.RiskOpen, false, draft, i));
                return true;
            }
            // Not "Pandemian uhkaa kuvaa …", the noun, nor a threat beside a deficit that happened ("…, sillä vuoden 2020 tulos oli … alijäämäinen").
            if (sign == false && s.Negator(i) < 0 && s.FindWord(s.ClauseStart(i), i, w => w is "uhkaa" or "uhkaavat" or "hotar" or "threatens" or "looms") is var threat and >= 0
                && !(threat > s.ClauseStart(threat) && s.T[threat - 1].Word.EndsWith('n')) && !DeficitAfter(s, s.ClauseEnd(i) - 1))
            {
                // "Myös tämän vuoden talousarviota uhkaa alijäämäisyys", "ett underskott hotar": a deficit threatened, not yet one.
                found.Add(SentenceReader.Make(s, Rules.RiskHedge, false, threat, i));
                return true;
            }
            if (sign is not { } good || s.Negator(i) >= 0 || s.ClauseFind(i, Cue.Negator) > i || PlannedBefore(s, i) || TurnsLater(s, i) || BudgetRules.InPurpose(s, i)
                || SentenceReader.AboutAnotherYear(s, i) || ConsequenceOfVerdict(s, i) // "Efter fjolårets solskensresultat då bokslutet visade ett överskott"
                || AfterYearsOf(s, i) // "Efter flera år med underskott redovisar kommunen ett positivt resultat"
                || OutcomeRules.GoalDefinedBefore(s, i) || MustBeBrought(s, i) // "Målet är att ligga på plus nästa år", "tulee saada tasapainoon ja ylijäämäiseksi"
                || ForNextYear(s, i)) continue;
            // "Ylijäämää kertyi 0,1 milj. euroa, ja koko vuoden tuloksen ennustetaan olevan -3,9 milj. euroa alijäämäinen": the forecast for the year decides.
            if (!s.ClauseHas(i, Cue.Frame) && ForecastBalanceAfter(s, i)) continue;
            good |= Covered(s, i); // "kertyneet alijäämät saatiin katettua", "underskottet kunde kvitteras", "alijäämäkierre saatiin katkaistua": the deficit is gone
            if (ComparesWithBudgeted(s, i) is var budgeted and >= 0)
            {
                // "ett negativt resultat på 8,3 miljoner kronor jämfört med ett budgeterat positivt resultat": in the red where the budget was in the black.
                if (good || budgeted + 1 >= s.T.Count || !IsPositive(s.T[budgeted + 1].Word)) return false;
                found.Add(SentenceReader.Make(s, Tense.ClosedYear(s) ? Rules.BudgetWorse : Rules.BudgetWorseSoFar, true, i, budgeted + 1));
                return true;
            }
            if (SizeAgainstExpected(s, i) is { } larger)
            {
                // "Alijäämä on puolet ennakoitua pienempi", "överskottet blev större än beräknat": the size against the one expected.
                var better = larger == good;
                found.Add(SentenceReader.Make(s, better ? (Tense.ClosedYear(s) ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : Tense.ClosedYear(s) ? Rules.BudgetWorse : Rules.BudgetWorseSoFar, true, i, s.ClauseEnd(i) - 1));
                return true;
            }
            // "Elokuun toteuman perusteella alueen tulos on päätymässä noin 2 miljoonaa euroa alijäämäiseksi": where the year ends up.
            var yearEnd = Tense.ClosedYear(s) && s.ClauseFind(i, Cue.Interim) < 0
                || !good && s.FindWord(s.ClauseStart(i), i, w => w is "päätymässä" or "päätyy" or "päätyvän" or "painumassa" or "painuu" or "painuvan" or "landar" or "hamnar") >= 0
                || !good && s.HasThisYear && s.FindWord(s.ClauseStart(i), i, w => w is "blir" or "will") >= 0 // "och i år blir det också ett minusresultat"
                || !good && s.FindWord(i + 1, s.ClauseEnd(i), w => w is "innevarande") is var current and > 0 && current + 1 < s.T.Count && s.T[current + 1].Word == "år" // "Ett underskott på 140.000 är resultatet för innevarande år"
                || !good && s.T[0].Word == "enligt" && s.T.Count > 1 && s.T[1].Word == "prognosen" && s.FindWord(2, i, w => w == "kommer") >= 0; // "Enligt prognosen … kommer den siffran att ersättas med ett minustecken"
            var rule = good ? (yearEnd ? Rules.BalanceSurplus : Rules.BalanceSurplusSoFar) : yearEnd ? Rules.BalanceDeficit : Rules.BalanceDeficitSoFar;
            // "Prognosen för helåret är 8,7 miljoner kronors budgetunderskott", "Prognosen för 2018 visar ett budgetunderskott": short of
            // the budget, which the year's forecast settles.
            if (!good && IsBudgetDeficit(s.T[i].Word)) rule = yearEnd || FigureRules.WholeYearForecast(s) || s.HasThisYear && s.SentenceHas(Cue.ForecastNoun) ? Rules.BudgetWorse : Rules.BudgetWorseSoFar;
            // "… bör årsprognosen peka på ett överskott på 400 kkr. Årsprognosen visar … ett överskott på 189 kkr": short of the surplus required.
            if (good && FigureRules.AmountAfter(s, i, 3) < s.Before.RequiredSurplus) rule = Rules.FigureShortfall;
            // "Sju av tio nämnder har en budget i balans": a balance for part of the whole.
            var clause = s.ClauseStart(i);
            if (ProportionRules.CountOutOfAny(s, clause, i) >= 0 || OnlySomeBefore(s, i)) rule = Rules.VerdictPartOfGoals; // "Vain osa niistä arvioi, että alijäämä saadaan katettua"
            if (good && SentenceReader.AllBut(s, i) >= 0) rule = Rules.VerdictPartial; // "Samtliga verksamheter, förutom vården, har nu en budget i balans"
            // "ett överskott, även om verksamhetsutgifterna var större än beräknat": a surplus with a concession is no clean result.
            // "det ser ut att bli ett nollresultat, såvida inte nya restriktioner införs": a balance on a condition is at risk.
            // "Med nöd och näppe torde vi klara ett nollresultat": a balance hedged is at risk. Not "budget i balans trots vissa orosmoln": despite a noun, the balance holds.
            // "Om allt går vägen landar vi på plus minus noll", "Mikäli kaikki menee hyvin, tulos on ylijäämäinen": an if-clause opening the sentence.
            if (good && (ConcessionAfter(s, i) && (!yearEnd || s.FindWord(i + 1, s.T.Count, BudgetRules.IsExpectation) >= 0) || s.Conditional > i && s.T[s.Conditional].Word != "om" || OpeningCondition(s, i) || s.Hedge >= 0 && s.T[s.Hedge].Has(Cue.Probable) || SavingsStillToMake(s, i))) rule = Rules.VerdictRisk; // not "uppgifterna om bokslutet"
            // "Kommunen verkar kunna göra ett positivt resultat": it only seems it can. "Vaikka tilinpäätös oli vahvasti ylijäämäinen, …
            // ongelma ei ole poistunut": granted, then qualified by a problem that persists.
            if (good && (!yearEnd && SeemsAbleBefore(s, i) || ConcededWhileProblemPersists(s, i))) rule = Rules.VerdictRisk;
            // "tavoittelema ylijäämä on vähenemässä hälyttävästi": a surplus shrinking is at risk.
            if (good && !yearEnd && s.FindWord(i + 1, s.ClauseEnd(i), w => TrendRules.IsFall(w) || w.StartsWith("supistu", StringComparison.Ordinal) || w.StartsWith("krymp", StringComparison.Ordinal)
                    || w is "shrinking" or "shrank") is var shrinks and >= 0 && s.Negator(shrinks) < 0)
            {
                found.Add(SentenceReader.Make(s, Rules.RiskWorsening, false, i, shrinks));
                return true;
            }
            if (s.Asked >= 0 && s.Asked < i) rule = Rules.VerdictRisk; // "Hösten avgör om underskottet kan täckas": still open
            // "Borgå stads ekonomi försvagas och prognosen för bokslutet tyder på ett nollresultat": barely even, the economy weakening.
            if (good && s.T[i].Word == "nollresultat" && s.FindWord(0, i, IsWeakening) >= 0) rule = Rules.VerdictRisk;
            // "budget i balans för fritidsramen medan bidragsramen prognostiserar ett underskott": one part each way.
            // "positivt resultat trots ett rejält underskott i nämnden", "ylijäämäinen huolimatta sosiaalitoimen alijäämästä": a part the other way.
            if (OtherSignAfterContrast(s, i, good) || good && DeficitConceded(s, i)) rule = Rules.VerdictMixed;
            found.Add(SentenceReader.Make(s, rule, true, i, i + 1 < s.T.Count && s.T[i].Word is "i" or "miinuksen" ? i + 1 : i));
            return true;
        }
        return false;
    }

    /// <summary>"ennakoitua pienempi", "arvioitua suuremmaksi", "större än beräknat": an expectation word beside a comparative of size in token i's clause; larger (true), smaller (false) or null.</summary>
    private static bool? SizeAgainstExpected(SentenceContext s, int i)
    {
        if (s.ClauseHas(i, Cue.Cost)) return null; // not "Ylijäämää kasvattivat odotettua pienemmät henkilöstökulut": the costs were smaller
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            if (!BudgetRules.IsExpectation(s.T[j].Word)) continue;
            for (var k = Math.Max(s.ClauseStart(i), j - 3); k < Math.Min(s.ClauseEnd(i), j + 3); k++)
            {
                var w = s.T[k].Word;
                if (w.StartsWith("pienemp", StringComparison.Ordinal) || w.StartsWith("pienemm", StringComparison.Ordinal) || w is "mindre" or "smaller" or "lower") return false;
                if (w.StartsWith("suuremp", StringComparison.Ordinal) || w.StartsWith("suuremm", StringComparison.Ordinal) || w is "större" or "larger" or "bigger" or "higher") return true;
            }
        }
        return null;
    }

    /// <summary>
    /// "Tilikauden tulokseksi oli arvioitu -409 620 euroa, mutta toteutuma oli +638 752 euroa", "tulos on noin 44 miljoonaa euroa
    /// alijäämäinen, vaikka talousarvio ennakoi 60,5 miljoonan alijäämää", "Årets resultat blev -12,4 miljoner, medan budgeten
    /// var -18 miljoner": a result or balance against the one budgeted, two amounts in clauses of their own, the budgeted one
    /// beside a budget word. The higher signed amount is the better, so a deficit smaller than budgeted is good news.
    /// </summary>
    private static bool AgainstPlanned(SentenceContext s, ref StatusResolver found)
    {
        var figures = FigureRules.Figures(s).FindAll(f => !s.T[f.At].Has(Cue.Year) && !FigureRules.IsPercent(s, f.At));
        if (figures.Count != 2 || !figures.Exists(f => FigureRules.IsAmount(s, f.At)) || figures.Exists(f => f.Value < 1000 && !FigureRules.IsAmount(s, f.At))
            || figures.Exists(f => ComparesIn(s, f.At))) return false;
        var plannedFirst = IsPlanned(s, figures[0].At, figures[1].At);
        if (plannedFirst == IsPlanned(s, figures[1].At, figures[0].At)) return false;
        var (planned, actual) = plannedFirst ? (figures[0], figures[1]) : (figures[1], figures[0]);
        if (!NamesResultOrBalance(s, actual.At) || s.ClauseHas(actual.At, Cue.Goal) || s.Conditional >= 0) return false;
        var (plannedSign, actualSign) = (SignOf(s, planned.At), SignOf(s, actual.At));
        var bothInTheRed = plannedSign < 0 && actualSign < 0;
        // "alijäämä oli 1,2 miljoonaa, kun talousarviossa arvioitiin 2,5 miljoonaa": the deficit named once is the other's too.
        if (plannedSign == 0) plannedSign = actualSign;
        if (actualSign == 0) actualSign = plannedSign;
        // "ett budgeterat minus på 700 000 euro blev i stället minus 9,9 miljoner": two deficits, each in its own unit.
        var (plannedAmount, actualAmount) = bothInTheRed ? (FigureRules.ScaledAt(s, planned.At), FigureRules.ScaledAt(s, actual.At)) : (planned.Value, actual.Value);
        var (plannedValue, actualValue) = (plannedSign < 0 ? -plannedAmount : plannedAmount, actualSign < 0 ? -actualAmount : actualAmount);
        if (plannedValue == actualValue) return false;
        var better = actualValue > plannedValue;
        var soFar = s.ClauseHas(actual.At, Cue.Interim);
        var rule = better ? (s.Round == RoundKind.Outcome && !soFar ? Rules.BudgetBetter : Rules.BudgetBetterSoFar) : soFar ? Rules.BudgetWorseSoFar : Rules.BudgetWorse;
        found.Add(SentenceReader.Make(s, rule, true, Math.Min(planned.At, actual.At), Math.Max(planned.At, actual.At)));
        return true;
    }

    /// <summary>"underskott mot budget på 456,3 mkr", "talousarviota parempana", "alitti … 160 034 eurolla", "10 miljoonaa ennakoitua vähemmän": an amount that is a difference, not a result.</summary>
    private static bool ComparesIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "mot" or "förhållande" or "jämfört" or "jämföra" or "verrattuna" or "against" or "compared" || w.StartsWith("parem", StringComparison.Ordinal) || w.StartsWith("heikom", StringComparison.Ordinal)
            || w.StartsWith("huonom", StringComparison.Ordinal) || w.StartsWith("bättre", StringComparison.Ordinal) || w.StartsWith("sämre", StringComparison.Ordinal) || w is "better" or "worse"
            || w.StartsWith("ylit", StringComparison.Ordinal) || w.StartsWith("alit", StringComparison.Ordinal) || w.StartsWith("avvik", StringComparison.Ordinal) || w.StartsWith("poikkea", StringComparison.Ordinal)) >= 0
        // "alijäämää on 10 miljoonaa euroa ennakoitua vähemmän": a comparative after the amount (not "mindre än budgeterat underskott om 381 261").
        || s.FindWord(i + 1, s.ClauseEnd(i), w => w is "vähemmän" or "enemmän" or "mindre" or "mer" or "less" or "more" || w.StartsWith("pienem", StringComparison.Ordinal)
            || w.StartsWith("suurem", StringComparison.Ordinal) || w.StartsWith("alhaisem", StringComparison.Ordinal) || w.StartsWith("korkeam", StringComparison.Ordinal)
            || w is "större" or "lägre" or "högre" or "lower" or "higher" or "smaller" or "larger") >= 0;

    /// <summary>
    /// "talousarviossa", "oli arvioitu", "budgeten", "alkuperäinen", "ennakoi" in the clause of the figure at i, or when the
    /// other figure shares it, within three words before this one ("toteuma oli -52,3 milj. euroa talousarvion ollessa -53,0").
    /// </summary>
    private static bool IsPlanned(SentenceContext s, int i, int other) =>
        s.T[i].Clause != s.T[other].Clause ? s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsPlanWord) >= 0 : s.FindWord(Math.Max(other < i ? other + 1 : 0, i - 3), i, IsPlanWord) >= 0;

    private static bool IsPlanWord(string w) => w.StartsWith("talousarvio", StringComparison.Ordinal) || w.StartsWith("budjet", StringComparison.Ordinal) || w.StartsWith("budget", StringComparison.Ordinal) && !IsBudgetDeficit(w)
            || w.StartsWith("arvioi", StringComparison.Ordinal) || w.StartsWith("ennakoi", StringComparison.Ordinal) || w.StartsWith("alkuperäi", StringComparison.Ordinal) || w.StartsWith("ursprungl", StringComparison.Ordinal)
            || w is "förutsatte" or "förutsåg" or "beräknat" or "beräknades" or "estimated";

    /// <summary>A result or a balance word in the clause of token i: "tulos", "toteutuma", "vuosikate", "alijäämä", "resultatet", "underskottet".</summary>
    private static bool NamesResultOrBalance(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
            if (IsResult(s.T[j].Word) || Sign(s, j) is not null || s.T[j].Word.StartsWith("toteuma", StringComparison.Ordinal) || s.T[j].Word.StartsWith("toteutuma", StringComparison.Ordinal) || s.T[j].Word.StartsWith("vuosikat", StringComparison.Ordinal)
                || s.T[j].Word.StartsWith("toimintakat", StringComparison.Ordinal) || s.T[j].Word.StartsWith("årsbidrag", StringComparison.Ordinal) || s.T[j].Word.StartsWith("utfall", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The sign of the amount at j: written ("-409 620", "+638 752"), else a deficit or surplus word within four words of it in its clause, else 0.</summary>
    private static int SignOf(SentenceContext s, int j)
    {
        if (FigureRules.SignAt(s, j) is var written and not 0) return written;
        for (var k = Math.Max(s.ClauseStart(j), j - 4); k < Math.Min(s.ClauseEnd(j), j + 5); k++)
            if (k != j && Sign(s, k) is { } surplus) return surplus ? 1 : -1;
        return 0;
    }

    /// <summary>"För att infria buffertkravet … bör årsprognosen peka på ett överskott på 400 kkr": the surplus a sentence requires, or NaN.</summary>
    public static double RequiredSurplus(SentenceContext s)
    {
        // A requirement, not a goal word alone: "Tavoite toteutui ja ylijäämää kertyi 500 000 euroa" requires nothing of the next sentence.
        if (s.FindWord(0, s.T.Count, IsRequirement) < 0) return double.NaN;
        for (var i = 0; i < s.T.Count; i++)
            if (Sign(s, i) == true && FigureRules.AmountAfter(s, i, 3) is var required && !double.IsNaN(required)) return required;
        return double.NaN;
    }

    private static bool IsRequirement(string w) =>
        w is "bör" or "ska" or "skall" or "måste" or "täytyy" or "should" or "must" || w.Contains("krav", StringComparison.Ordinal) || w.StartsWith("vaatimu", StringComparison.Ordinal);

    /// <summary>A balance of the other sign in a clause after a contrast ("medan", "mutta", "kun taas") that follows token i's clause.</summary>
    private static bool OtherSignAfterContrast(SentenceContext s, int i, bool good)
    {
        var but = s.ContrastIn(s.ClauseEnd(i), s.T.Count);
        for (var k = but + 1; but >= 0 && k < s.T.Count; k++)
            if (Sign(s, k) is { } other && other != good && s.Negator(k) < 0 && !OutcomeRules.GoalDefinedBefore(s, k)) return true; // not "men målet är att nå en budget i balans", an aim
        return false;
    }

    /// <summary>
    /// "räknas med ett underskott för nästa år", "ensi vuoden talousarvio on alijäämäinen": in a forecast, the balance of a coming
    /// year's budget, not this one's result (not "ensi vuoden alijäämän lisäksi kuluvalta vuodelta on tulossa … alijäämä").
    /// </summary>
    private static bool ForNextYear(SentenceContext s, int i) =>
        s.Round == RoundKind.Forecast && !s.ClauseHas(i, Cue.ThisYear)
        && s.HasIn(Math.Max(s.ClauseStart(i), i - 4), Math.Min(s.ClauseEnd(i), i + 5), Cue.NextYear);

    /// <summary>A deficit after "trots" or "despite", or next to "huolimatta", in the sentence of a surplus at token i.</summary>
    private static bool DeficitConceded(SentenceContext s, int i)
    {
        for (var k = 0; k < s.T.Count; k++)
            if (k != i && Sign(s, k) == false && s.Negator(k) < 0 && !PlannedBefore(s, k) // not "trots … ett budgeterat underskott"
                && (s.FindWord(0, k, w => w is "trots" or "despite") >= 0
                    || s.T[k].Word.EndsWith("stä", StringComparison.Ordinal) && s.FindWord(Math.Max(0, k - 3), Math.Min(s.T.Count, k + 2), w => w == "huolimatta") >= 0)) return true; // not "alijäämien kattamisesta huolimatta"
        return false;
    }

    /// <summary>"alijäämäinen tilikausi vaihtui 1,6 miljoonan euron ylijäämäiseksi": a balance that turned into another after token i; the later one decides.</summary>
    private static bool TurnsLater(SentenceContext s, int i)
    {
        var turn = s.FindWord(i + 1, s.T.Count, w => w is "vaihtui" or "muuttui" or "kääntyi" or "muuttunut" or "vaihtunut" or "vändes" or "byttes");
        // "onnistunut kääntämään alijäämäisen talouden ylijäämäiseksi", "on kääntynyt ennakoidusta ylijäämästä alijäämäiseksi": a verb
        // of turning before the balance, its new sign after.
        if (turn < 0 && !s.ClauseHas(i, Cue.Goal) && s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("kääntä", StringComparison.Ordinal) || w.StartsWith("käänty", StringComparison.Ordinal) || w == "vända" || w is "käänsi" or "käännettiin" or "käännettyä" or "käännetty" or "vände" or "turned") >= 0) turn = i;
        for (var k = turn + 1; turn >= 0 && k < s.T.Count; k++)
            if (Sign(s, k) is not null) return true;
        return false;
    }

    /// <summary>"Vi har besparingar på 900 000 kronor att ordna under hösten men prognosen visar ett nollresultat": the balance rests on savings still to make.</summary>
    private static bool SavingsStillToMake(SentenceContext s, int i) =>
        s.FindWord(0, s.ClauseStart(i), w => w.StartsWith("besparing", StringComparison.Ordinal) || w.StartsWith("sparkrav", StringComparison.Ordinal)
            || w.StartsWith("säästö", StringComparison.Ordinal) || w.StartsWith("sopeutus", StringComparison.Ordinal)) is var savings and >= 0
        && s.FindWord(savings + 1, Math.Min(s.ClauseEnd(savings), savings + 8), w => w == "att" || w.EndsWith("ttava", StringComparison.Ordinal)
            || w.EndsWith("ttävä", StringComparison.Ordinal) || w is "tehtävä" or "tehtäviä") >= 0; // "att ordna", "vielä tehtävä", "löydettävä": still to make

    /// <summary>
    /// A concessive clause after token i ("även om", "vaikka", "although"), not "trots", "despite" before a noun: "ett överskott,
    /// även om utgifterna var större än beräknat" (a part over the estimate). At year end the caller weighs it only beside an
    /// estimate: "Ylijäämää kertyi, vaikka tulosta heikensivät alaskirjaukset" was a surplus all the same.
    /// </summary>
    private static bool ConcessionAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Concessive) && !s.DespiteNoun(j) && s.T[j].Word != "despite") return true;
        return false;
    }

    private static bool ForecastBalanceAfter(SentenceContext s, int i)
    {
        for (var k = s.ClauseEnd(i); k < s.T.Count; k++)
            if (Sign(s, k) is not null && (s.ClauseHas(k, Cue.Frame) || YearResultIn(s, k) && !YearResultIn(s, i) && !PlannedBefore(s, k)) // "då … ett överskott, visar helårsutfallet ett underskott"
                && s.FindWord(s.ClauseStart(k), s.ClauseEnd(k), BudgetRules.IsBudget) < 0) return true; // not "…, kun talousarviossa ennakoitiin alijäämäksi …": what the budget foresaw
        return false;
    }

    /// <summary>"toteuma", "helårsutfallet", "bokslutet", "tilinpäätöksessä" in token i's clause: the year's result.</summary>
    private static bool YearResultIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
            if (s.T[j].Word.StartsWith("toteuma", StringComparison.Ordinal) || s.T[j].Word.Contains("utfall", StringComparison.Ordinal) || s.T[j].Word.Contains("bokslut", StringComparison.Ordinal)
                || s.T[j].Word.Contains("tilinpäätö", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"försvagas", "heikkenee", "heikentyy", "weakens": the economy getting weaker.</summary>
    private static bool IsWeakening(string w) =>
        w.StartsWith("försvag", StringComparison.Ordinal) || w.StartsWith("heikkene", StringComparison.Ordinal) || w.StartsWith("heikenty", StringComparison.Ordinal) || w.StartsWith("weaken", StringComparison.Ordinal);

    /// <summary>Whether the sentence names a surplus, a deficit or a balance.</summary>
    public static bool NamesBalance(SentenceContext s) => NamesBalance(s, 0, s.T.Count);

    public static bool NamesBalance(SentenceContext s, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (Sign(s, i) is not null) return true;
        return false;
    }

    /// <summary>"överskottsmålet", "ylijäämätavoite": the surplus aimed at, no surplus made.</summary>
    private static bool IsGoalCompound(string w) => w.Contains("mål", StringComparison.Ordinal) || w.Contains("tavoit", StringComparison.Ordinal);

    /// <summary>"Muuttovirta kuntaan ja kunnasta pois on tasapainossa": moves in and out balance, no budget does.</summary>
    private static bool IsPeopleFlow(SentenceContext s, int i) => s.FindWord(0, i, w => w.StartsWith("muutto", StringComparison.Ordinal) || w.StartsWith("väestö", StringComparison.Ordinal)
        || w.StartsWith("flytt", StringComparison.Ordinal) || w.StartsWith("befolkning", StringComparison.Ordinal) || w.StartsWith("migration", StringComparison.Ordinal)) >= 0;

    /// <summary>Whether token i says surplus (true), deficit (false), or neither (null).</summary>
    private static bool? Sign(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (w is "tasapainossa" || w == "i" && Next(s, i) is "balans") return IsPeopleFlow(s, i) ? null : true;
        if ((w.StartsWith("ylijäämä", StringComparison.Ordinal) || w.StartsWith("överskott", StringComparison.Ordinal)) && !IsGoalCompound(w) || w is "surplus") return true;
        // "tilinpäätös oli plussalla", not the goal's ("Tavoitteena on pitää tulos plussalla") nor one turned round after a "but".
        if (w is "plussalle" or "plussalla") return OutcomeRules.GoalDefinedBefore(s, i) || s.ClauseHas(i, Cue.Goal) || s.T[0].Has(Cue.Goal)
            || s.ContrastIn(i + 1, s.T.Count) >= 0 ? null : true;
        if (w.StartsWith("plussida", StringComparison.Ordinal) || w.StartsWith("plusresultat", StringComparison.Ordinal)) return true;
        if (w == "plus" && i > 0 && (IsMoney(s.T[i - 1].Word) || s.T[i - 1].Word == "på")) return true; // "6,1 miljoner kronor plus", "landar på plus 3,18 miljoner"
        // "Sjundeås bokslut för 2022 visar ett litet plus": the accounts show a surplus.
        // Not a forecast's ("Prognosen visar ett plus om …"), nor one hedged, supposed or denied.
        if (w == "plus" && s.FindWord(Math.Max(0, i - 3), i, v => v is "visar" or "uppvisar" or "visade" or "redovisar") is var shows and > 0
            && s.FindWord(0, shows, v => v.StartsWith("bokslut", StringComparison.Ordinal) || v.StartsWith("årsredovisning", StringComparison.Ordinal)) >= 0
            && s.Negator(i) < 0 && s.Conditional < 0 && s.Hedge < 0 && !DeficitAfter(s, i)) return true;
        if (w == "plus" && i > 0 && s.T[i - 1].Word is "gå" or "går" or "gick" or "gått" && s.Negator(i) < 0) return true; // "regionen gått plus med 223 miljoner"
        if (OneOverTheOther(s, i) is { } over) return over;
        if (w.StartsWith("minusresultat", StringComparison.Ordinal) || w == "back" && i > 0 && s.T[i - 1].Word is "gå" or "går" or "gick" or "gått") return false; // "gå back med 12,2 miljoner"
        if (w.StartsWith("alijäämä", StringComparison.Ordinal) || w.StartsWith("alijäämi", StringComparison.Ordinal) || w.StartsWith("underskott", StringComparison.Ordinal) || w.StartsWith("minussida", StringComparison.Ordinal) || w.StartsWith("miinusmerkki", StringComparison.Ordinal) // "talous sukelsi miinusmerkkiseksi"
            || w.StartsWith("minusteck", StringComparison.Ordinal) // "Ett minustecken mot budget på två miljoner kronor"
            || IsBudgetDeficit(w) || w is "deficit" or "miinukselle" or "miinuksella" || w == "miinuksen" && Next(s, i) is "puolelle" or "puolella" // "tulos on 95 760 euroa miinuksella"
            || w is "tappiota" or "tappiot" or "losses" or "förlust" or "förlusten") return false; // "ensi-illoista on tullut tappiota": a loss
        if (w.StartsWith("tappiolli", StringComparison.Ordinal) && s.Round == RoundKind.Outcome && s.FindWord(s.ClauseStart(i), i, IsResult) >= 0) return false; // "Tilikauden tulos jää tappiolliseksi 3,2 milj. euroa"
        // "går nämnden med 4 miljoner minus", "visar minus 6 miljoner kronor": an amount in the red.
        if (w is "backar" or "backade" && Next(s, i) is { Length: > 0 } amount && char.IsAsciiDigit(amount[0])) return false; // "backar 9 miljoner"
        if (w == "minus" && !(i > 0 && s.T[i - 1].Has(Cue.NegQuantifier)) && (Next(s, i) is { Length: > 0 } n && (char.IsAsciiDigit(n[0]) || n == "på") || i > 0 && (IsMoney(s.T[i - 1].Word) || s.T[i - 1].Word == "på"))) return false; // "går … på minus"
        if (w == "nollresultat" || IsResult(w) && i > 0 && s.T[i - 1].Word == "noll") return true; // "ligger på ett noll resultat": in balance
        if (NegativeResult(s, i)) return false;
        // "bokslut uppvisar ett positivt ekonomiskt resultat": a result in the black.
        // Not the goal's ("vaikka tavoitteena oli positiivinen tulos").
        // "Tilikauden tulos oli positiivinen": the same said of it.
        if (IsResult(w) && (s.FindWord(Math.Max(s.ClauseStart(i), i - 2), i, IsPositive) >= 0 || i + 2 < s.T.Count && s.T[i + 1].Word is "oli" or "on" or "var" or "är" or "was" && IsPositive(s.T[i + 2].Word)) && !s.ClauseHas(i, Cue.Goal) && !OutcomeRules.GoalDefinedBefore(s, i)
            && s.FindWord(Math.Max(0, i - 5), i, v => v.StartsWith("hopp", StringComparison.Ordinal) || v.StartsWith("toiv", StringComparison.Ordinal) || v == "hoped") < 0) return true; // not "hoppats på ett positivt resultat"
        // "resultatet uppgår till -5,4 miljoner", "Resultatet exklusive reavinster är +182 miljoner kronor": a signed result.
        return IsResult(w) ? SignedFigureAfter(s, i) ?? UnsignedPeriodResult(s, i) : null;
    }

    /// <summary>"tilikauden tulos on 186 172 euroa": the accounts' result for the period with no sign is in the black; a deficit is written with one.</summary>
    private static bool? UnsignedPeriodResult(SentenceContext s, int i) =>
        s.Round == RoundKind.Outcome && i > 0 && s.T[i - 1].Word is "tilikauden" or "räkenskapsperiodens" && Next(s, i) is "on" or "oli" or "är" or "var"
        && i + 2 < s.T.Count && char.IsAsciiDigit(s.T[i + 2].Word[0]) && !s.T[i + 2].Has(Cue.Year) && !DeficitAfter(s, i) ? true : null; // not "tulos oli 58,8 milj. euroa alijäämäinen"

    /// <summary>"visar ett plus för kulturtjänsterna men … gick back med 1,2 miljoner": a deficit after token i.</summary>
    private static bool DeficitAfter(SentenceContext s, int i)
    {
        for (var k = i + 1; k < s.T.Count; k++)
            if (Sign(s, k) == false) return true;
        return false;
    }

    /// <summary>What says a result is in the black: "positiivinen", "positivt", "positive", or the best yet ("teki historiansa parhaan taloudellisen tuloksen").</summary>
    private static bool IsPositive(string w) => w is "positivt" or "positiv" or "positiivinen" or "positiivisen" or "positiiviseen" or "positiivista" or "positiiviseksi" or "positiivisena" or "positive"
        or "parhaan" or "bästa";

    /// <summary>The balance at token i in a "vaikka", "fastän" or "although" clause, and a problem after it that "ei ole poistunut", "kvarstår", "remains".</summary>
    private static bool ConcededWhileProblemPersists(SentenceContext s, int i) =>
        s.IsConceded(i) && s.T[s.ClauseStart(i)].Word is "vaikka" or "vaikkakin" or "fastän" or "although" or "though"
        && s.FindWord(s.ClauseEnd(i), s.T.Count, w => w.StartsWith("ongelm", StringComparison.Ordinal) && !w.StartsWith("ongelmi", StringComparison.Ordinal) || w.StartsWith("problem", StringComparison.Ordinal)) >= 0
        && s.FindWord(s.ClauseEnd(i), s.T.Count, w => w is "poistunut" or "jatkuu" or "säilyy" or "kvarstår" or "består" or "remains" or "persists") >= 0;

    /// <summary>"verkar kunna", "seems to be able to": an appearance of ability, not the forecast "ser ut att göra ett överskott".</summary>
    private static bool SeemsAbleBefore(SentenceContext s, int i)
    {
        for (var j = 0; j + 1 < i; j++)
            if (s.T[j].Word is "verkar" or "tycks" && s.T[j + 1].Word == "kunna"
                || s.T[j].Word is "seems" or "appears" && s.FindWord(j + 1, Math.Min(i, j + 4), w => w == "able") >= 0) return true;
        return false;
    }

    /// <summary>
    /// An if-clause opening the sentence before the balance at token i, about something else: not "Jos verrataan edelliseen
    /// vuoteen", a comparison, nor "Jos tulos on ylijäämäinen, ylijäämä käytetään …", the balance itself supposed.
    /// </summary>
    private static bool OpeningCondition(SentenceContext s, int i) =>
        s.Conditional == 0 && i > 1 && s.FindWord(0, Math.Min(s.ClauseEnd(0), i), w => w.StartsWith("verrat", StringComparison.Ordinal) || w.StartsWith("jämför", StringComparison.Ordinal)
            || IsResult(w) || w.StartsWith("ylijää", StringComparison.Ordinal) || w.StartsWith("överskott", StringComparison.Ordinal) || w is "positivt" or "positiivinen") < 0;

    /// <summary>
    /// "ett negativt resultat", "ett negativt årsbidrag", "toiminnan tulos oli negatiivinen": a result in the red, said so;
    /// "negatiivisen tuloksen" or "a negative result" only with the amount after it ("… 239 000 euroa").
    /// </summary>
    private static bool NegativeResult(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (!IsResult(w) && !w.StartsWith("årsbidrag", StringComparison.Ordinal)) return false;
        var before = i > 0 ? s.T[i - 1].Word : "";
        return before is "negativt" or "negativ"
            || i + 2 < s.T.Count && s.T[i + 1].Word is "oli" or "var" && s.T[i + 2].Word is "negatiivinen" or "negativt"
            || IsResult(w) && before is "negatiivinen" or "negatiivisen" or "negative" && SignedFigureAfter(s, i) is null && FigureWithin(s, i, 4);
    }

    private static bool FigureWithin(SentenceContext s, int i, int words)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + words; j++)
            if (char.IsAsciiDigit(s.T[j].Word[0])) return true;
        return false;
    }

    private static bool OnlySomeBefore(SentenceContext s, int i)
    {
        for (var j = 1; j < i; j++)
            if (s.T[j].Has(Cue.Partial) && ProportionRules.IsOnlyWord(s.T[j - 1].Word)) return true;
        return false;
    }

    /// <summary>"budgetunderskott": a deficit against the budget, not the budget itself.</summary>
    private static bool IsBudgetDeficit(string w) => w.StartsWith("budgetunderskott", StringComparison.Ordinal);

    /// <summary>"kattamaan alijäämänsä", "täcka underskottet", "cover the deficit": a verb of covering right before token i, or -1.</summary>
    private static int CoverBefore(SentenceContext s, int i)
    {
        // "kattaa kerralla kaikki vanhat alijäämät", "kattaa taseeseen kertyneet alijäämät", "kattamaan taseessa olevan 1,6
        // miljoonan euron alijäämän": up to six words before.
        for (var j = i - 1; j >= 0 && j >= i - 6 && s.T[j].Clause == s.T[i].Clause && s.T[j].Form == VerbForm.None; j--)
        {
            var w = s.T[j].Word;
            if ((IsCoverWord(w) || w is "cover" or "covering") && !w.StartsWith("katettav", StringComparison.Ordinal)) return j; // not "on katettava", a duty
        }
        return -1;
    }

    /// <summary>"kattamaan", "katettua", "täcka", "täckts": a verb of covering (not the noun "kattamisvelvollisuus").</summary>
    private static bool IsCoverWord(string w) =>
        w.StartsWith("katta", StringComparison.Ordinal) && !w.StartsWith("kattamis", StringComparison.Ordinal) || w.StartsWith("katet", StringComparison.Ordinal) || w.StartsWith("täck", StringComparison.Ordinal);

    private static bool Covered(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 7 && s.T[j].Clause == s.T[i].Clause; j++)
        {
            var w = s.T[j].Word;
            if (w == "tasapainoon" && s.FindWord(i + 1, j, x => x is "saatu" or "saatiin") >= 0) return true; // "alijäämäkehitys on saatu … tasapainoon"
            // "alijäämäkierre saatiin katkaistua": a spiral broken is a deficit gone; not "Alijäämä on katettava", a duty.
            if (j <= i + 4 && (IsCoverWord(w) && !w.StartsWith("katettav", StringComparison.Ordinal) || w.StartsWith("kvitter", StringComparison.Ordinal) || w is "covered" or "eliminated"
                || w.StartsWith("katkais", StringComparison.Ordinal) || w.StartsWith("bruten", StringComparison.Ordinal) || w.StartsWith("brutit", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    internal static bool IsMoney(string w) =>
        w is "miljoner" or "miljon" or "mkr" or "mnkr" or "kronor" or "tkr" or "euro" or "euroa" or "miljoonaa" or "milj" or "million" or "euros";

    /// <summary>"Ensimmäinen versio talousarviosta", "talousarvioesitys", "budgetförslaget", "the draft budget" before token i in its clause, or -1.</summary>
    private static int DraftBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "versio" or "luonnos" or "draft" || w.StartsWith("talousarvioesity", StringComparison.Ordinal) || w.StartsWith("talousarvioluonno", StringComparison.Ordinal)
            || w.StartsWith("budgetförslag", StringComparison.Ordinal));

    /// <summary>"tulee saada tasapainoon", "on saatava ylijäämäiseksi", "måste komma i balans": a balance required, not reached.</summary>
    private static bool MustBeBrought(SentenceContext s, int i) =>
        s.FindWord(0, i, w => w is "saada" or "saatava") is var must and >= 0 && must > 0 && s.T[must - 1].Word is "tulee" or "täytyy" or "pitää" or "on"
        || s.FindWord(s.ClauseStart(i), i, w => w == "måste") is var måste and >= 0 && måste + 1 < i && s.T[måste + 1].Word is "komma" or "vara" or "bli" or "nå" or "ligga" or "hamna";

    /// <summary>"Vuoden 2023 talousarvio laadittiin 3,2 miljoonaa euroa ylijäämäiseksi": the budget's own plan is no result; "budget i balans" is one.</summary>
    private static bool PlannedBefore(SentenceContext s, int i)
    {
        // "Staden räknade med ett minusresultat, men ...": what was expected is no result.
        for (var j = Math.Max(s.ClauseStart(i), i - 4); j < i; j++)
            if (s.T[j].Word is "räknade" or "räknat" or "befarade" or "befarades" or "odotettiin" or "ennakoitiin" or "ennakoitu" or "budjetoitu" or "expected" or "feared") return true;
        if (s.T[i].Word == "i") return false;
        // "lähdettiin 3,2 miljoonan euron alijäämäisestä talousarviosta": the budget's own balance, its adjective.
        if (s.T[i].Word.StartsWith("alijäämäi", StringComparison.Ordinal) && i + 1 < s.T.Count && (s.T[i + 1].Word.StartsWith("talousarvio", StringComparison.Ordinal) || s.T[i + 1].Word.StartsWith("budjet", StringComparison.Ordinal))) return true;
        for (var j = s.ClauseStart(i); j < i; j++)
        {
            var w = s.T[j].Word;
            if (w.StartsWith("talousarvio", StringComparison.Ordinal) || w.StartsWith("budjet", StringComparison.Ordinal) || w.StartsWith("budget", StringComparison.Ordinal)
                || s.T[j].Has(Cue.Goal) && j + 1 < s.T.Count && s.T[j + 1].Word is "om" or "of") return true; // "målet om två procents överskott": the goal's own figure
        }
        return false;
    }

    private static string Next(SentenceContext s, int i) => i + 1 < s.T.Count ? s.T[i + 1].Word : "";

    private static bool IsResult(string w) =>
        w.StartsWith("resultat", StringComparison.Ordinal) || w.EndsWith("resultat", StringComparison.Ordinal) || w.EndsWith("resultatet", StringComparison.Ordinal) // "helårsresultat"
        || w.StartsWith("tulos", StringComparison.Ordinal) || w.StartsWith("tuloks", StringComparison.Ordinal) || w is "result" or "tulokseksi";

    /// <summary>The first number within six words after token i: false with a minus sign or after "minus", true with a plus sign, else null.</summary>
    internal static bool? SignedFigureAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 6; j++)
        {
            var t = s.T[j];
            if (!char.IsAsciiDigit(t.Word[0]) || t.Has(Cue.Year)) continue;
            return FigureRules.SignAt(s, j) switch { < 0 => false, > 0 => true, _ => null };
        }
        return null;
    }

    /// <summary>
    /// "Föreningens utgifter har … varit 1 588 kr högre än inkomsterna", "menot olivat tuloja suuremmat": costs over income
    /// is a deficit, income over costs a surplus; at token i, the second of the two, or null.
    /// </summary>
    private static bool? OneOverTheOther(SentenceContext s, int i)
    {
        var t = s.T;
        var compared = i >= 2 && t[i - 1].Word is "än" or "kuin" or "than" && IsLarger(t[i - 2].Word) || i + 1 < t.Count && t[i + 1].Word is "suuremmat" or "suurempia" or "korkeammat";
        if (!compared || s.Negator(i) >= 0) return null;
        if (IsIncomeSide(t[i].Word) && s.FindWord(0, i - 1, IsCostSide) >= 0) return false;
        if (IsCostSide(t[i].Word) && s.FindWord(0, i - 1, IsIncomeSide) >= 0) return true;
        return null;
    }

    private static bool IsLarger(string w) => w is "högre" or "större" or "suuremmat" or "suuremmiksi" or "korkeammat" or "higher" or "larger" or "greater" or "bigger";

    /// <summary>"inkomsterna", "tulot", "revenue": the income side of a costs-against-income comparison.</summary>
    private static bool IsIncomeSide(string w) => w.StartsWith("inkomst", StringComparison.Ordinal) || w.StartsWith("intäkt", StringComparison.Ordinal)
        || w is "tulot" or "tuloja" or "tuloihin" or "tuotot" or "tuottoja" or "income" or "revenue" or "revenues";

    /// <summary>"utgifterna", "menot", "expenses": the cost side of such a comparison (a shorter list than <see cref="Lexicon.IsCostNoun"/>, which also counts purchases, fees and bills).</summary>
    private static bool IsCostSide(string w) => w.StartsWith("utgift", StringComparison.Ordinal) || w.StartsWith("kostnad", StringComparison.Ordinal)
        || w is "menot" or "menoja" or "kulut" or "kuluja" or "expenses" or "costs" or "spending";

    /// <summary>"Efter flera år med underskott", "after years of deficits", "useiden alijäämäisten vuosien jälkeen": earlier years' balance, not this one's.</summary>
    private static bool AfterYearsOf(SentenceContext s, int i) =>
        s.FindWord(Math.Max(0, i - 4), i, w => w is "år" or "years") is var years and > 0 && s.FindWord(Math.Max(0, years - 2), years, w => w is "efter" or "after") >= 0
        || i + 2 < s.T.Count && s.T[i + 1].Word is "vuosien" or "vuoden" && s.T[i + 2].Word == "jälkeen";

    /// <summary>
    /// "ylijäämäinen, kun budjetoitu tulos on 4,5 miljoonaa", "sämre än vad som har budgeterats": in the balance's clause, or a
    /// clause after it that compares ("kun", "när", "medan", "while"), a budgeted figure; the balance may still fall short of it. The
    /// budgeted word, or -1.
    /// </summary>
    private static int ComparesWithBudgeted(SentenceContext s, int i)
    {
        var clause = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count; j++)
        {
            var t = s.T[j];
            if (t.Clause != clause && (t.Clause > clause + 1 || s.T[s.ClauseStart(j)].Word is not ("kun" or "när" or "medan" or "while" or "whereas"))) break;
            if (t.Word.StartsWith("budjetoi", StringComparison.Ordinal) || t.Word.StartsWith("budgeter", StringComparison.Ordinal) || t.Word == "budgeted") return j;
        }
        return -1;
    }
}
