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
        if (ReductionAgainstTarget(s, ref found)) return;
        int targetWord = -1, targetAt = -1, metAt = -1;
        var judged = false;
        for (var i = 0; i < t.Count && targetAt < 0; i++)
        {
            var supposedAt = SupposedTo(t, i);
            var supposed = supposedAt >= 0;
            var isTarget = IsTargetWord(t[i]) || IsAgreed(t, i);
            if (isTarget && !IsTargetWord(t[i]) && i + 1 < t.Count && IsTargetWord(t[i + 1])) continue; // "230 lainaa sovitun tason ollessa 160": the noun after carries the figure
            if (isTarget && s.ClauseHas(i, Cue.Whether)) continue; // "arvioon siitä, täyttyikö 4,2:n tyytyväisyystavoite": a target asked about
            if (isTarget && IsMaximum(t[i].Word) && s.HasIn(i + 1, s.T.Count, Cue.Above)) continue; // "Enimmäisaika, 14 päivää, ylittyi kolmessa tapauksessa": the ceiling exceeded, read as a verdict
            if (isTarget && IsMaximum(t[i].Word) && s.HasIn(Math.Max(0, i - 2), i, Cue.Above)) continue; // "översteg maxvärdet på 3 000 MWh med 150 MWh": the same
            // "kertyy tavoitteen mukaiset 48": the count as the target sets it, read as a verdict; so is "kasvoi tavoitteen mukaisesti,
            // 6 420 paikkaan tavoitteen 6 800 sijaan" ("i huvudsak enligt målet", "in line with the target") when a later target word holds the figure.
            if (isTarget && i + 1 < t.Count && t[i + 1].Has(Cue.OnTrack) && t[i + 1].Word is "mukaiset" or "mukaisen") continue;
            if (isTarget && AsTargetPhrase(t, i) && LaterTargetWord(t, i)) continue;
            if (isTarget && i > 0 && OutcomeRules.IsHeld(s, i - 1) && s.ContrastIn(i, t.Count) >= 0) continue; // "pidettiin sovitut 14 kertaa, mutta …": held as agreed, and a "but" after
            if (!isTarget && !IsLevelSet(t, i) && !CeilingInAside(s, i) && !MetricWithAside(s, i) && !supposed)
            {
                // "viisi, vaikka suunnitelmassa niitä oli yhdeksän": the plan's figure stands for the target (not "enemmän kuin suunnitelmassa tähän ajankohtaan").
                if (InThePlan(t, i) && FigureNear(s, i) is var planned and >= 0) (targetWord, targetAt) = (i, planned);
                continue;
            }
            if (SentenceReader.AboutAnotherYear(s, i)) continue; // "Edellisenä vuonna … tavoitetta vähemmän, mutta tänä vuonna …"
            if (MissingFrom(s, i) is var missing and >= 0)
            {
                // "jäädytyspäivien tavoitemäärästä puuttui lähes 30 päivää": the figure is the gap, not the target.
                var rule = GapRule(s, i, missing);
                found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, Math.Min(i, missing), Math.Max(i, missing)));
                judged = true;
                break;
            }
            if (!supposed && BelowNear(s, i) is var below and >= 0) // not "kun sen piti jäädä alle 21 vuorokauden", a ceiling set, weighed below
            {
                BelowTarget(s, below, i, ref found);
                judged = true;
            }
            else if (!supposed && MoreNear(s, i) is var above and >= 0)
            {
                // "Kustannukset nousivat yli talousarvioon asetetun tavoitteen": costs over their target are an overrun.
                if (!CostsIn(s, i)) AboveTarget(s, above, i, ref found);
                else if (s.Negator(above) < 0) found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) || HasPastVerb(s) ? Rules.CostOverrun : Rules.CostRisk, true, Math.Min(above, i), Math.Max(above, i)));
                judged = true;
            }
            else if ((RoseTo(s, i) is var rose and >= 0 ? rose : StayedAt(s, i)) is var reached and >= 0 && RoseToTarget(s, reached, i, ref found).Status != ForecastStatus.AtRisk
                && s.Negator(reached) < 0) metAt = reached;
            else if (NearLevel(s, i) is var near and >= 0 && s.Negator(near) < 0)
                found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureShortfall : Rules.RiskBelowTarget, false, near, i)); // "on lähes tavoitteen tasolla": near is not at it

            targetAt = supposed ? supposedAt : FigureNear(s, i);
            if (targetAt >= 0) targetWord = i;
        }
        var target = targetAt >= 0 ? Value(t, targetAt) : carriedTarget;
        if (targetAt >= 0) carriedTarget = target;
        // "tavoitetta parempi (−7,4 %, tavoite −5 %)": better or worse says which way, whatever the signs of the figures.
        // "on toteutettu 31 talossa 44:stä": a count out of a whole, read by the verb's rules, not a figure against the target.
        // Not a count before a "but" that the target follows: "Kesän kuudesta turnauksesta on pelattu kaikki, mutta … 30 pelaajaa 160 paikalle".
        if (double.IsNaN(target) || judged || ProportionRules.CountOutOfAny(s, Math.Max(0, s.ContrastIn(0, targetAt)), t.Count) >= 0) return;
        for (var i = 0; i < t.Count; i++)
        {
            var forecast = t[i].Has(Cue.ForecastNoun) && !s.AfterComparison(i); // not "past every estimate: 180 children"
            if (!t[i].Has(Cue.Actual) && !forecast) continue;
            var at = FigureAfter(s, i, targetAt);
            if (at < 0 || targetAt >= 0 && t[at].Clause < t[targetAt].Clause && OwnFigureBefore(s, at, targetAt)) continue;
            s.FigureWord = i;
            // "(tavoite 16 500), ja kortinhaltijoita oli vuoden lopussa 7 900 (tavoite 7 000)": a figure with its own target in brackets is measured against that.
            if (OwnTargetAfter(s, at) is var own and >= 0 && own != targetAt) (targetAt, target) = (own, Value(t, own));
            var actual = InDays(s, at, targetAt, Value(t, at));
            var good = CostsIn(s, i) || AtMost(s, targetAt) || LowerLevelIsBetter(s, at) || TimeTaken(s, at) ? actual <= target : actual >= target; // "sähkönkulutus asettuu 1,9:ään, kun tavoitteena on 1,7"
            var from = targetWord >= 0 ? Math.Min(targetWord, i) : i;
            var to = Math.Max(PastFigure(t, at), PastFigure(t, targetAt)) - 1; // to the figure's last group: "2 400", not "2"
            // "Utfallet är hittills 82 % (målnivå 80 %)": a rate at its target so far must still hold, unlike a count already reached.
            if (SecondPairDisagrees(s, to, good) is var other and >= 0)
                found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, from, other)); // "var 4,3 (mål 4,2), medan … blev 3,9 (mål 4,1)"
            else if (EarlierPairDisagrees(s, at, good) is var earlier and >= 0)
                found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(from, earlier), to)); // "tehtiin 19 400 käyntiä (tavoite 16 500), ja … oli 6 900 (tavoite 7 000)"
            else if (good && AtMost(s, targetAt) && SecondCeilingBroken(s, to) is var broken and >= 0)
                found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, from, broken)); // "alle 5 prosenttia … ja alle 3 prosenttia esihenkilöillä, joiden osuus oli 3,6"
            else if (good)
                found.Add(forecast || s.ClauseHas(i, Cue.Interim) && IsPercent(s, at) && !Tense.IsYearEnd(s, i)
                    ? SentenceReader.Make(s, Rules.FigureForecastReached, true, from, to)
                    : SentenceReader.Make(s, Rules.FigureReached, true, from, to));
            else if (CountPastCeiling(s, at, targetAt))
                found.Add(SentenceReader.Make(s, Rules.FigureShortfall, true, from, to)); // "sulkemaan 14 päivänä, ja vuodelle sallittu yläraja on 12": a count past its ceiling stays past it
            else if (!forecast && !Tense.IsYearEnd(s, i) && s.SentenceHas(Cue.Interim))
                found.Add(SentenceReader.Make(s, Rules.FigurePartSoFar, true, from, to)); // "on syyskuun loppuun mennessä ollut 410 000 (vuoden tavoite 600 000)"
            else if (SentenceReader.MetBeforeBut(s, i) || SentenceReader.MetForPartBefore(s, i) || OutcomeRules.AllHeldBefore(s, i) || OutcomeRules.AllHeldAfter(s, at) || s.Before.AllHeld)
                // "Toteutui osittain: …, mutta museoissa tulos oli 3,9 (tavoite 4,2)" is met in part; "ökade som planerat, men antalet
                // kurser blev 12 i stället för de målsatta 16", one measure met and another short, a mix; so is every event held
                // before a "but" ("Kaikki kymmenen festivaalia järjestettiin, mutta niiden yleisö jäi 9 400 henkeen tavoitteen ollessa 15 000").
                found.Add(SentenceReader.Make(s, s.HasIn(0, i, Cue.Hedge | Cue.Partial | Cue.Degree) || SentenceReader.MetForPartBefore(s, i) ? Rules.VerdictPartial : Rules.VerdictMixed, true, from, to));
            else if (forecast || s.HasThisYear || Tense.IsYearEnd(s, i) || Tense.SeasonOver(s) || s.FindWord(0, t.Count, IsEstimateOrBid) >= 0) // "halvin tarjous oli 0,22 M€ varatun 0,15 M€:n sijaan"
                found.Add(SentenceReader.Make(s, Rules.FigureShortfall, !forecast, from, to));
            else found.Add(SentenceReader.Make(s, Rules.RiskBelowTarget, false, from, to));
            return;
        }
        if (targetAt >= 0) OtherFigure(s, targetWord, targetAt, target, metAt, ref found);
    }

    /// <summary>
    /// "ryhmät olivat täynnä (1 450 paikkaa), perheliikunnan ryhmiin sen sijaan saatiin 260 osallistujaa 500:n tavoitteesta":
    /// a figure in an earlier clause is another measure's when the target's own clause holds one of its kind before it (after <paramref name="after"/>).
    /// </summary>
    private static bool OwnFigureBefore(SentenceContext s, int after, int targetAt)
    {
        for (var j = Math.Max(after + 1, s.ClauseStart(targetAt)); j < targetAt; j++)
            if ((IsFigure(s.T, j) || IsNumberWord(s.T, j) && Concludes(s, targetAt)) && SameKind(s, j, targetAt)) return true;
        return false;
    }

    /// <summary>"…, eli vuoden lukemaksi tulee yhdeksän sovitun 16:n sijaan": a clause that sums up what was said before it.</summary>
    private static bool Concludes(SentenceContext s, int i) => s.T[s.ClauseStart(i)].Word is "eli" or "siis" or "siispä" or "joten" or "dvs" or "alltså";

    /// <summary>
    /// "Omatoimikirjastoja avattiin neljä (tavoite 3)", "solmittiin 4, tavoitteena oli 10", "38 päivässä, kun tavoitteena oli
    /// enintään 45 päivää": with no actual word, the one other figure of the same kind in the sentence is what was done.
    /// </summary>
    private static void OtherFigure(SentenceContext s, int targetWord, int targetAt, double target, int metAt, ref StatusResolver found)
    {
        var t = s.T;
        // "Kirjastokäynnit tammi–elokuu: 3,1 milj. (vuositavoite 6,5 milj.; vastaava ajanjakso 2019: 4,4 milj.)": the figure before the aside.
        var aside = InAside(s, targetWord) ? LastFigureBefore(s, targetWord, IsPercent(s, targetAt)) : FigureOpeningBracket(s, targetWord);
        // "lainamäärä, 16,2 miljoonaa, saavutti tavoitteen, mutta käyntikerrat jäivät 8,6 miljoonaan, kun niitä tavoiteltiin 9
        // miljoonaa": after a "but", the one figure there is the target's, the ones before are another goal's.
        var other = aside >= 0 ? aside : s.ContrastIn(0, targetWord) is var but and > 0 ? OnlyOtherFigure(s, but, targetAt) : -1;
        if (other == -1) other = OnlyOtherFigure(s, 0, targetAt);
        // "grew to 1 140 against a target of 1 000, but the number of young participants, 15 800, …": the pair before the "but".
        var butAfter = other == -2 ? s.ContrastIn(targetAt, s.T.Count) : -1;
        if (butAfter > 0) other = OnlyOtherFigure(s, 0, targetAt, butAfter);
        // "ilmoittautui kahdeksan 18 paikkaan, kesän kuusi pihateatteriesitystä pidettiin kaikki": the count of a later clause of all held is another matter's.
        if (other == -2 && OutcomeRules.AllHeldAfter(s, targetAt)) other = OnlyOtherFigure(s, 0, targetAt, s.ClauseEnd(targetAt));
        // "soitettiin kaikki kymmenen konserttia, kuulijoita kävi 1 700 vaikka odotettiin 3 600": the same with the clause of all held before.
        if (other == -2 && OutcomeRules.AllHeldEndsAt(s, targetAt) is var held and > 0) other = OnlyOtherFigure(s, held, targetAt);
        if (other == -2) other = YearsFigureBefore(s, targetWord, targetAt);
        var scope = 0; // where the verbs that say done or closed are read: the whole sentence, or the target's own clause
        if (other == -2 && OwnFigureBefore(s, -1, targetAt)) other = OnlyOtherFigure(s, scope = s.ClauseStart(targetAt), targetAt);
        if (other == -2) return;
        if (other >= 0 && scope == 0) scope = AfterSemicolon(s, Math.Min(other, targetAt)); // "kevään konsertit pidettiin; syksyn 45 paikasta on varattu 12": another matter's verb
        // Not "… minskade 2000–2014 med 37 procent. Men målet för 2020 är 80 procent.": a target for a later year than the figure's.
        if (other < 0 && aside < 0 && s.Before.Figure is { } before && before.Percent == IsPercent(s, targetAt) && !s.HasRealiseVerb && !s.HasFrame
            && !(s.ClauseFind(targetWord, Cue.Year) is var year and >= 0 && s.IsLaterYear(year)))
        {
            FigureBefore(s, before, targetWord, targetAt, target, ref found); // "… käynyt 140 nuorta. Vuoden tavoite on 320."
            return;
        }
        if (other < 0 || !SameKind(s, other, targetAt)) return;
        if (s.FindWord(Math.Max(0, other - 4), other, w => w.StartsWith("puuttu", StringComparison.Ordinal)) >= 0)
        {
            // "Vuositavoitteesta, 70 000 matkustajasta, puuttuu enää 9 000, ja ne kertyvät lokakuun vuoroilla": the figure is the gap.
            var gap = GapRule(s, other, other);
            found.Add(SentenceReader.Make(s, gap, gap.Kind == RuleKind.Verdict, Math.Min(other, targetWord), Math.Max(PastFigure(t, other), PastFigure(t, targetAt)) - 1));
            return;
        }
        var actual = InDays(s, other, targetAt, Value(t, other));
        if (TargetInAsideAfter(s, targetAt, other)) (actual, target) = (target, actual); // "saavutti tavoitteen: 2,05 miljoonaa lainaa (2,0 milj.)"
        var ceiling = AtMost(s, targetAt);
        var good = ceiling || CostsIn(s, targetWord) || CostsIn(s, other) || LowerLevelIsBetter(s, other) || TimeTaken(s, other) ? actual <= target : actual >= target;
        // "Kevään avustukset maksettiin keskimäärin 20 arkipäivässä (enimmäisaika 30)" in a forecast: a ceiling kept for part of the year must still hold;
        // so must the year's ("oli suljettuna kolme päivää, vuoden yläraja 14 päivää").
        // "Redan i april hade instrumentutlåningen passerat årsmålet: 1 050 lån mot målet 1 000": already past it during the year.
        // Not "had 41 000 viewers by the end of August, and the year is expected to close at about 60 000": the pair's figure is expected.
        // Not "osallistujamääräksi arvioidaan tälle vuodelle 280, tavoitteeksi asetettiin 220": in a forecast, an estimated figure is not yet done.
        var done = !(s.Round == RoundKind.Forecast && EstimatedBefore(s, other))
            && (Tense.IsYearEnd(s, other) || HasPastVerb(s, scope) && !(ceiling && good && s.Round == RoundKind.Forecast && (PartOfYear(s, other) || YearsTarget(s, targetWord))) && !s.HasIn(s.ClauseStart(other), other, Cue.Frame)
                || good && !ceiling && s.HasIn(0, s.ClauseEnd(other), Cue.Already) && s.Negator(other) < 0 // not "…, och höstens program är redan bokat"
                || good && !ceiling && MetDuringTheYear(s, targetWord, other));
        // During the year a figure reached is reached, but one short of the target is only the count so far ("on täytetty 410, kun tavoite on 500").
        // "3,1 milj. (vuositavoite 6,5 milj.; 2019: 4,4 milj.)", "on syyskuun loppuun mennessä ollut 410 000 (vuoden tavoite 600 000)": so far.
        var closed = Tense.IsYearEnd(s, other) || aside < 0 && (s.HasThisYear || HasSimplePast(s, scope) || WholeYearForecast(s)) && !s.SentenceHas(Cue.Interim) && MonthsCounted(s) == 0 || StaysThere(s)
            || !good && CountPastCeiling(s, other, targetAt)
            || s.FindWord(0, s.T.Count, IsEstimateOrBid) >= 0; // "vuosiarvio", "halvin tarjous on 0,47 M€": the year's sum as estimated or offered
        var rule = good ? (done ? Rules.FigureReached : Rules.FigureForecastReached) : closed ? Rules.FigureShortfall : done ? Rules.FigurePartSoFar : Rules.RiskBelowTarget;
        // "Kaikki kymmenen festivaalia järjestettiin, mutta niiden yleisö jäi 9 400 henkeen tavoitteen ollessa 15 000": every event held, one measure short.
        if (rule == Rules.FigureShortfall && (OutcomeRules.AllHeldBefore(s, Math.Min(other, targetAt)) || OutcomeRules.AllHeldAfter(s, Math.Max(other, targetAt)) || OutcomeRules.FullBefore(s, Math.Min(other, targetAt))
            || s.Before.AllHeld)) rule = Rules.VerdictPartial; // or all held in a sentence before: "Alla 40 kvällar … hölls. Deltagarna var däremot 620, medan målet var 1 000."
        // "ylityötunteja kertyi tammi–elokuussa 6 900, kun koko vuodelle asetettu enimmäismäärä on 9 000": a count under the
        // ceiling so far, but past its pace for the months counted (not a rate, "2,1 %", which does not add up).
        if (ceiling && good && s.Round == RoundKind.Forecast && !IsPercent(s, targetAt) && !WholeYearForecast(s) && !IsAverage(s) && MonthsCounted(s) is var months and > 0 && actual > target * months / 12) rule = Rules.RiskBelowTarget;
        // "lainattiin tammi–maaliskuussa 1 150 työkalua, ja koko vuoden tavoite on 4 000": short of the year's target so far, but
        // ahead of its pace for the months counted.
        // It is progress, not a verdict: any risk said with it decides.
        if (rule == Rules.FigurePartSoFar && !ceiling && s.Round == RoundKind.Forecast && !IsPercent(s, targetAt) && s.ContrastIn(0, s.T.Count) < 0
            && MonthsCounted(s) is var counted and > 0 && actual > target * counted / 12) rule = Rules.Progress;
        // "lainamäärä saavutti tavoitteen, mutta käyntikerrat jäivät 8,6 miljoonaan, kun niitä tavoiteltiin 9 miljoonaa": one met, one short.
        // "on lisätty tavoitteen mukaisesti 300, mutta niiden täyttöaste on 62 prosenttia, kun tavoite on 75 prosenttia": so during the year too.
        if ((rule == Rules.FigureShortfall || rule == Rules.RiskBelowTarget) && SentenceReader.MetBeforeBut(s, Math.Min(other, targetWord))) rule = Rules.VerdictMixed;
        // "kasvoi pääosin tavoitteen mukaisesti, 6 420 paikkaan tavoitteen 6 800 sijaan": mostly on course and short, so in part.
        if (rule == Rules.FigureShortfall && SentenceReader.MostlyOnCourseBefore(s, Math.Min(other, targetWord))) rule = Rules.VerdictPartial;
        // "ligger i nivå med målet, medan andelen nya deltagare hittills har stannat vid 8 procent mot målsatta 20": one at its target, one short.
        if (!good && metAt >= 0 && s.ContrastIn(metAt, Math.Min(other, targetWord)) >= 0) rule = Rules.VerdictMixed;
        // "ökade till 520 (mål 500), men andelen nya deltagare stannade på 18 procent mot målet 25": one pair met, the next short.
        if (good && SecondPairDisagrees(s, Math.Max(PastFigure(t, other), PastFigure(t, targetAt)) - 1, good) >= 0) rule = Rules.VerdictPartial;
        // "…, kun tavoite oli 2 000, mutta iltavuorojen osuus, 61 %, jäi alle 70 %:n tavoitteen": the measure after the "but" fell short.
        // "…, but paid subscriptions stayed at 1 300 against 2 000": a bare pair after it, short.
        else if (good && butAfter > 0 && (PairAgainstDisagrees(s, butAfter, good) || s.FindWord(butAfter, s.T.Count, w => w == "short") >= 0)) rule = Rules.VerdictPartial; // "well short of 1 000"
        else if (good && butAfter > 0 && s.FindWord(butAfter, s.T.Count, w => IsBelow(w) || IsLess(w)) >= 0 && s.FindWord(butAfter, s.T.Count, w => w.StartsWith("tavoit", StringComparison.Ordinal)
            || w.Contains("mål", StringComparison.Ordinal) || w is "target" or "goal") >= 0) rule = Rules.VerdictPartial;
        // "now exist in four swimming halls; the goal covered all seven": part of the whole that was the goal was done.
        if (rule == Rules.FigureShortfall && targetAt > 0 && t[targetAt - 1].Has(Cue.Whole) && actual > 0) rule = Rules.VerdictPartial;
        found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, Math.Min(other, targetWord), Math.Max(PastFigure(t, other), PastFigure(t, targetAt)) - 1));
    }

    /// <summary>Both shares or both counts; a bare target closing the sentence takes the share's unit: "stannat vid 8 procent mot målsatta 20".</summary>
    private static bool SameKind(SentenceContext s, int other, int targetAt) =>
        IsPercent(s, other) == IsPercent(s, targetAt) || IsPercent(s, other) && PastFigure(s.T, targetAt) == s.T.Count && Value(s.T, targetAt) <= 100 && !OtherCountBesides(s, targetAt);

    /// <summary>
    /// A figure that is no share besides the one at <paramref name="targetAt"/>: "konsertteja pidettiin 10, kun tavoite oli 12" is
    /// a count, not the share's target. Not a count weighed against a goal of its own before a "but" ("esitysten määrä, 410,
    /// ylitti tavoitteen, mutta täyttöaste oli 72 prosenttia tavoitteen ollessa 75"): that is another goal's.
    /// </summary>
    private static bool OtherCountBesides(SentenceContext s, int targetAt)
    {
        var but = s.ContrastIn(0, targetAt);
        foreach (var (at, _) in Figures(s))
            if (at != targetAt && !IsPercent(s, at) && !(at < but && s.HasIn(at + 1, but, Cue.Goal))) return true;
        return false;
    }

    /// <summary>"joten vuosiluku jää tähän", "antalet stannar där": the count so far is the year's; so is where the year is said to end.</summary>
    private static bool StaysThere(SentenceContext s) =>
        s.FindWord(1, s.T.Count, w => w is "tähän" or "siihen" or "där" or "there") is var j and > 0 && s.T[j - 1].Word is "jää" or "jäänee" or "stannar" or "stay" or "stays"
        || YearEndsAt(s);

    /// <summary>"joten vuosi päättyy noin 470 opastukseen", "året slutar på 640", "the year will end at 470": where the year ends up.</summary>
    private static bool YearEndsAt(SentenceContext s) =>
        s.FindWord(0, s.T.Count - 2, w => w is "vuosi" or "året" or "year") is var year and >= 0
        && (s.T[year + 1].Word is "päättyy" or "päättynee" or "slutar" or "ends" || s.T[year + 1].Word == "will" && s.T[year + 2].Word == "end");

    /// <summary>What is missing from the target (the gap at <paramref name="gap"/>): short at year end, else progress when said to fill later, else a risk.</summary>
    private static Rule GapRule(SentenceContext s, int i, int gap) =>
        Tense.IsYearEnd(s, i) ? Rules.FigureShortfall : GapFilledLater(s, gap) ? Rules.Progress : Rules.RiskBelowTarget;

    /// <summary>
    /// "puuttuu enää 9 000, ja ne kertyvät lokakuun vuoroilla": in a forecast, the gap said to accumulate in a later month or
    /// season of the year, with nothing hedged, delayed or denied after it.
    /// </summary>
    private static bool GapFilledLater(SentenceContext s, int missing)
    {
        if (s.Round != RoundKind.Forecast || s.Hedge >= 0 || s.Conditional >= 0) return false;
        bool accrues = false, later = false;
        for (var j = s.ClauseEnd(missing); j < s.T.Count; j++)
        {
            // Not "mikä on enemmän kuin lokakuussa yleensä kertyy", nor "…, joiden kävijämäärä on ollut noin 3 000": a comparison or another figure weighs the gap.
            if (s.T[j].Has(Cue.Delay | Cue.Shift | Cue.Cancel | Cue.NextYear | Cue.Open | Cue.Hedge | Cue.Negator | Cue.Modal)
                || s.T[j].Word is "kuin" or "än" or "than" or "mikä" or "vilket" or "which" || IsMore(s.T[j].Word) || IsLess(s.T[j].Word) || IsFigure(s.T, j) || IsNumberWord(s.T, j)) return false;
            accrues |= s.T[j].Word is "kertyvät" or "kertyy" or "karttuvat" or "karttuu" or "tulevat" or "saadaan" or "kommer" or "tillkommer";
            later |= Lexicon.Month(s.T[j].Word) > 0 || Tokenizer.IsSeason(s.T[j].Word) || s.T[j].Word.StartsWith("syysloma", StringComparison.Ordinal);
        }
        return accrues && later;
    }

    /// <summary>"vuosiarvio", "tarjous", "anbudet": the year's sum as estimated, or a price offered (not "tarjouskilpailu", the tendering).</summary>
    internal static bool IsEstimateOrBid(string w) =>
        w.StartsWith("vuosiarvio", StringComparison.Ordinal) || w is "tarjous" or "tarjoukset" or "tarjouksen" or "tarjousten" or "anbud" or "anbudet" or "anbuden";

    /// <summary>"keskimäärin neljä arkipäivää", "i genomsnitt", "on average": an average, which does not add up over the months.</summary>
    private static bool IsAverage(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w is "keskimäärin" or "genomsnitt" or "snitt" or "average" || w.StartsWith("keskiarvo", StringComparison.Ordinal)) >= 0;

    /// <summary>"ennusteen perusteella koko vuonna", "prognosen för hela året": a forecast for the whole year is its result.</summary>
    internal static bool WholeYearForecast(SentenceContext s) =>
        s.SentenceHas(Cue.ForecastNoun) && s.FindWord(0, s.T.Count, w => w is "koko" or "hela" or "whole" or "full" or "helåret" || w.StartsWith("vuosiennust", StringComparison.Ordinal)
            || w.StartsWith("helårsprognos", StringComparison.Ordinal) || w.StartsWith("årsprognos", StringComparison.Ordinal)) >= 0
        || YearEndsAt(s)
        // "Helårssiffran för utlåningen landar på 640": the whole year's figure, named so.
        || s.FindWord(0, s.T.Count, w => w.StartsWith("helårs", StringComparison.Ordinal) || w.StartsWith("kokovuo", StringComparison.Ordinal)) >= 0
        // "Vi beräknar 310 utlånade cyklar för helåret": the whole year's figure as estimated.
        || s.FindWord(0, s.T.Count, w => w is "beräknar" or "uppskattar" or "räknar" or "bedömer") >= 0 && s.FindWord(0, s.T.Count, w => w is "helåret" or "helår") >= 0
        // "Gymbesöken landar för helåret kring 19 000": where the whole year lands.
        || s.FindWord(0, s.T.Count, w => w is "landar" or "hamnar" or "stannar") is var lands and >= 0 && s.FindWord(lands + 1, Math.Min(s.T.Count, lands + 4), w => w == "helåret") >= 0
        // "Vuoden arvio vuorovarauksista on 1 480 tuntia", "årets prognos": the forecast of the year.
        || s.FindWord(1, s.T.Count, w => w.EndsWith("arvio", StringComparison.Ordinal) || w.EndsWith("ennuste", StringComparison.Ordinal) || w is "prognos" or "prognosen" or "forecast" or "estimate") is var noun and > 0
            && s.T[noun - 1].Word is "vuoden" or "årets" or "year's" // "vuoden vuorotuntiarvio on 3 100"
        // "valvontaa arvioidaan kertyvän kesän aikana 2 100 tuntia", "väntas landa på 640": the total as estimated.
        || s.FindWord(0, s.T.Count, w => w is "arvioidaan" or "ennustetaan" or "odotetaan" or "beräknas" or "väntas" or "bedöms") >= 0
            && s.FindWord(0, s.T.Count, w => w is "kertyvän" or "toteutuvan" or "nousevan" or "jäävän" or "tulevan" or "landa" or "stanna" or "uppgå" or "hamna" or "få") >= 0
        // "Biljetterna beräknas till 3 900": the total as estimated.
        || s.FindWord(0, s.T.Count - 1, w => w is "beräknas" or "bedöms" or "uppskattas") is var estimated and >= 0 && s.T[estimated + 1].Word == "till"
        // "vuoden lainamääräksi laskemme 310 teosta", "Laskelmamme mukaan … vuoden lainamäärä on noin 1 300": the year's figure as we reckon it.
        // "katsojamääräksi arvioimme kaudelta 6 200": the season's.
        || s.FindWord(0, s.T.Count, w => w is "laskemme" or "arvioimme" or "ennustamme" or "laskelmamme" or "arviomme" or "ennusteemme") >= 0
            && s.FindWord(0, s.T.Count, w => w is "vuoden" or "vuodelle" or "kaudelta" or "kaudeksi" or "kauden" || w.EndsWith("määräksi", StringComparison.Ordinal)) >= 0
        // "Lasten luistelukoulujen vuoden osallistujamääräksi arvioidaan 410", "Vuoden luvuksi tulee siis noin 260": the same in the passive, with the year's figure named.
        || s.FindWord(0, s.T.Count, w => w is "arvioidaan" or "ennustetaan" or "lasketaan" or "tulee") >= 0 && s.FindWord(0, s.T.Count - 1, w => w == "vuoden") is var of and >= 0
            && s.T[of + 1].Word.EndsWith("ksi", StringComparison.Ordinal)
        || s.FindWord(0, s.T.Count, w => w is "tulee" or "jää" or "kertyy" or "arvioidaan" or "ennustetaan") >= 0 && s.FindWord(0, s.T.Count, w => w is "vuodeksi" or "vuodessa" or "vuodelta" or "vuodelle") >= 0 // "Vuodeksi tulee siten 16 piiriä", "kertyy vuodessa noin 900 lainaa", "arvioidaan vuodelta noin 520", "vuodelle kertyy siten seitsemän"
        // "Vuoden turnauksia kertyy siis viisi": the year's count, opening the sentence.
        || s.T[0].Word == "vuoden" && s.FindWord(1, s.T.Count, w => w is "kertyy" or "tulee" or "jää") >= 0
        // "päätyvät tätä vauhtia lainaan vain 240 kertaa vuodessa": at this pace, the year's figure.
        || (s.FindWord(1, s.T.Count, w => w is "vauhtia" or "vauhdilla" or "tahtia" or "tahdilla") is var pace and > 0 && s.T[pace - 1].Word is "tätä" or "tällä" || s.FindWord(0, s.T.Count, w => w is "nykyvauhdilla" or "nykytahdilla") >= 0)
            && s.FindWord(0, s.T.Count, w => w is "vuodessa" or "vuodeksi" or "vuoden") >= 0 // "Nykyvauhdilla … varataan vuodessa 310 kertaa"
        // "lainoja kertyy laskelmien valossa noin 640": the year's figure as reckoned.
        || s.FindWord(0, s.T.Count - 1, w => w is "laskelmien" or "laskelman" or "laskelmamme") is var reckoned and >= 0 && s.T[reckoned + 1].Word is "valossa" or "mukaan" && s.FindWord(0, s.T.Count, w => w == "kertyy") >= 0
        // "Vuoden määrä jää siten noin 180:een", "vuoden kävijämäärä nousee 41 000:een", "vuoden kulut nousevat 0,71 M€:oon": the year's figure, where it comes to.
        // "mikä nostaa vuoden sähkökulut 1,12 M€:oon": the same, raised by what was said before.
        || s.FindWord(0, s.T.Count - 1, w => w == "vuoden") is var figureOf and >= 0 && (s.T[figureOf + 1].Word.EndsWith("määrä", StringComparison.Ordinal) || s.T[figureOf + 1].Word is "luku" or "kertymä"
                || s.T[figureOf + 1].Word.EndsWith("kulut", StringComparison.Ordinal) || s.T[figureOf + 1].Word.EndsWith("menot", StringComparison.Ordinal) || s.T[figureOf + 1].Word.EndsWith("tulot", StringComparison.Ordinal))
            && (s.FindWord(figureOf + 2, s.T.Count, w => w is "jää" or "jäänee" or "nousee" or "nousevat" or "noussee" or "kohoaa" or "kohoavat" or "asettuu" or "kertyy" or "laskee" or "laskevat" or "alenee" or "alenevat") >= 0
                || s.FindWord(Math.Max(s.ClauseStart(figureOf), figureOf - 3), figureOf, w => w is "nostaa" or "nostavat" or "nostanee" or "laskee" or "laskevat" or "pudottaa") >= 0) // "laskee liikuntapaikkojen vuoden vartiointikulut"
        // "Prognosen för antalet utlånade snöskor är 480", "Enligt prognosen kommer …": the forecast, opening the sentence, is the year's.
        || s.T[0].Word is "prognosen" || s.T.Count > 1 && s.T[0].Word == "enligt" && s.T[1].Word == "prognosen"
        // "nostavat vuoden lajitteluastetta arviolta 52 prosenttiin", "Käyntikertoja kertyy vuodessa arviolta 38 000": the year's figure, estimated.
        || s.FindWord(0, s.T.Count, w => w is "arviolta" or "uppskattningsvis") >= 0 && s.FindWord(0, s.T.Count, w => w is "vuoden" or "vuodessa" or "årets") is var year and >= 0
            && !(year > 0 && s.T[year - 1].Word is "viime" or "ensi" or "edellisen" or "seuraavan" or "förra" or "nästa") && !(year + 1 < s.T.Count && IsTargetWord(s.T[year + 1]));

    /// <summary>"tavoitemäärästä puuttui", "tavoitteesta puuttuu": what is missing from the target, right after it; the verb's index, or -1.</summary>
    private static int MissingFrom(SentenceContext s, int i)
    {
        if (!s.T[i].Word.EndsWith("sta", StringComparison.Ordinal) && !s.T[i].Word.EndsWith("stä", StringComparison.Ordinal)) return GapAfterFellShort(s, i);
        // "suunnitellusta 140:stä puuttui lähes kaksi kolmasosaa": the target's figure may stand between.
        var verb = i + 3 < s.T.Count && IsFigure(s.T, i + 1) && s.T[i + 2].Word is "sta" or "stä" ? i + 3 : i + 1;
        return verb < s.T.Count && s.T[verb].Word.StartsWith("puuttu", StringComparison.Ordinal) && s.T[verb].Clause == s.T[i].Clause
            && !(verb + 1 < s.T.Count && s.T[verb + 1].Word is "enää" or "vain" or "ainoastaan") ? verb // not "puuttuu enää 42 000": only that is left
            : GapAfterFellShort(s, i);
    }

    /// <summary>"kävijämäärä jäi 412 000 käyntiin, 38 000 käyntiä tavoitteesta": after "jäi", a count right before the target in the elative is the gap; its index, or -1.</summary>
    private static int GapAfterFellShort(SentenceContext s, int i)
    {
        if (!s.T[i].Word.EndsWith("tavoitteesta", StringComparison.Ordinal) || i < 2 || s.FindWord(0, i, w => w is "jäi" or "jäivät" or "jää" or "jäävät") is not (var fell and >= 0)
            || s.ContrastIn(fell, i) >= 0) return -1;
        var unit = IsFigure(s.T, i - 1) ? i - 1 : i - 2;
        var head = FirstGroup(s.T, unit);
        return IsFigure(s.T, head) && !IsPercent(s, head) && s.T[head].Clause == s.T[i].Clause ? head : -1;
    }

    /// <summary>A level of what is better lower (consumption, queues), not a change in it ("päästöt laskivat 3 %, kun tavoitteena oli 7 %" is a cut).</summary>
    private static bool LowerLevelIsBetter(SentenceContext s, int j) => TrendRules.LowerIsBetter(s, j) && !ChangeNamed(s) || IsRank(s, j);

    /// <summary>"plats 48", "sijalle 12", "rank 5": a place in a ranking, better the lower.</summary>
    private static bool IsRank(SentenceContext s, int j) =>
        j > 0 && s.T[j - 1].Word is "plats" or "platsen" or "placering" or "sija" or "sijalle" or "sijalla" or "sijoitus" or "rank" or "place" or "position";

    /// <summary>A word of rise, fall or cut in the sentence other than token <paramref name="besides"/>: what is weighed is then a change, not a level.</summary>
    internal static bool ChangeNamed(SentenceContext s, int besides = -1)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (j != besides && (TrendRules.IsChange(s.T[j].Word) || s.T[j].Word.StartsWith("vähennys", StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>"Kevään", "syyskuussa", "i augusti", "hittills": the sentence speaks of a part of the year.</summary>
    private static bool PartOfYear(SentenceContext s, int i) =>
        s.SentenceHas(Cue.Interim) || SentenceReader.MonthIn(s, i) || s.FindWord(0, s.T.Count, Tokenizer.IsSeason) >= 0 || MonthsCounted(s) > 0 // "elokuun loppuun"
        || s.FindWord(0, s.T.Count, IsHoliday) >= 0; // "Efter påsklovet hade … lockat 520 barn"

    /// <summary>"påsklovet", "sportlovet", "hiihtoloman", "pääsiäisen", "midsommar": a school holiday or feast, a time within the year.</summary>
    private static bool IsHoliday(string w) => w.StartsWith("påsklov", StringComparison.Ordinal) || w.StartsWith("sportlov", StringComparison.Ordinal) || w.StartsWith("hiihtolom", StringComparison.Ordinal)
        || w.StartsWith("pääsiäi", StringComparison.Ordinal) || w.StartsWith("talvilom", StringComparison.Ordinal) || w == "easter"
        || w.StartsWith("midsommar", StringComparison.Ordinal) || w.StartsWith("juhannu", StringComparison.Ordinal) || w == "midsummer";

    /// <summary>
    /// "sähkönkulutus laski 11 %, kun tavoitteena oli 8 prosentin vähennys", "Elförbrukningen minskade med 2 procent, medan
    /// målet var en minskning med 5 procent": a cut in percent against a target cut in percent. More cut is better.
    /// </summary>
    private static bool ReductionAgainstTarget(SentenceContext s, ref StatusResolver found)
    {
        int goal = -1, cut = -1, targetCut = -1, rise = -1;
        for (var j = 0; j < s.T.Count; j++)
        {
            if (goal < 0 && s.T[j].Has(Cue.Goal)) goal = j;
            if (rise < 0 && TrendRules.IsRise(s.T[j].Word) && PercentNear(s, j) is var up and >= 0) rise = up;
            if (!TrendRules.IsFall(s.T[j].Word) || PercentNear(s, j) is not (var p and >= 0)) continue;
            if (goal >= 0 && s.T[j].Clause == s.T[goal].Clause) targetCut = p;
            else if (cut < 0) cut = p;
        }
        // "sähkönkulutus kasvoi 3,4 %, vaikka tavoitteena oli kahden prosentin vähennys": a rise against a cut set as the goal.
        if (goal >= 0 && targetCut >= 0 && cut < 0 && rise >= 0 && s.T[rise].Clause != s.T[goal].Clause && s.Negator(rise) < 0 && TrendRules.LowerIsBetter(s, rise))
        {
            var past = Tense.IsYearEnd(s, rise) || HasSimplePast(s);
            found.Add(SentenceReader.Make(s, past ? Rules.FigureShortfall : Rules.RiskBelowTarget, past, Math.Min(rise, targetCut), Math.Max(rise, targetCut)));
            return true;
        }
        if (goal < 0 || cut < 0 || targetCut < 0 || s.Negator(cut) >= 0) return false;
        var good = Value(s.T, cut) >= Value(s.T, targetCut);
        var done = Tense.IsYearEnd(s, cut) || HasSimplePast(s);
        var rule = good ? (done ? Rules.FigureReached : Rules.FigureForecastReached) : done ? Rules.FigureShortfall : Rules.RiskBelowTarget;
        found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, Math.Min(cut, targetCut), Math.Max(cut, targetCut)));
        return true;
    }

    /// <summary>A percentage within three words either side of token j in its clause ("laski 11 %", "8 prosentin vähennys", "minskning med 5 procent"), or -1.</summary>
    private static int PercentNear(SentenceContext s, int j)
    {
        for (var d = 1; d <= 3; d++)
            foreach (var k in (ReadOnlySpan<int>)[j + d, j - d])
                if (k >= 0 && k < s.T.Count && s.T[k].Clause == s.T[j].Clause && (IsFigure(s.T, k) || IsNumberWord(s.T, k)) && IsPercent(s, k)) return k;
        return -1;
    }

    /// <summary>
    /// "tavoitteen: 2,05 miljoonaa lainaa (2,0 milj.)": the target word's figure followed by a bare figure in parentheses
    /// within three words; as in "3,2 (helårsmål 8,0)", the one in parentheses is the target.
    /// </summary>
    private static bool TargetInAsideAfter(SentenceContext s, int targetAt, int other) =>
        other > targetAt && other - targetAt <= 3 && InAside(s, other) && !s.HasIn(targetAt + 1, other, Cue.Year);

    /// <summary>Whether the target word opens an aside in parentheses: "3,2 (helårsmål 8,0)".</summary>
    private static bool InAside(SentenceContext s, int targetWord) => s.SignBefore(targetWord) == '(';

    /// <summary>"(212 kertaa, vuoden tavoite 180)", "(1 460, tavoite 1 300)": the figure that opens the target's own brackets, or -1.</summary>
    private static int FigureOpeningBracket(SentenceContext s, int targetWord)
    {
        for (var j = targetWord - 1; j >= 0 && j >= targetWord - 5; j--)
        {
            if (s.Text.AsSpan(s.T[j].End, s.T[j + 1].Start - s.T[j].End).Contains(')')) return -1;
            if (s.SignBefore(j) == '(') return IsFigure(s.T, j) ? j : -1;
        }
        return -1;
    }

    /// <summary>"Varsinainen mittari, talvikunnossapidon kattavuus 95 %, jäi 88 prosenttiin": a metric, its target in an aside between commas.</summary>
    private static bool MetricWithAside(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (!w.StartsWith("mittari", StringComparison.Ordinal) && !w.StartsWith("mätare", StringComparison.Ordinal) && w is not ("metric" or "indicator")) return false;
        var aside = i + 1;
        if (aside >= s.T.Count || s.ClauseStart(aside) != aside || s.SignBefore(aside) != ',') return false;
        var end = s.ClauseEnd(aside);
        return end < s.T.Count && s.SignBefore(end) == ',' && FigureNear(s, i) > aside;
    }

    /// <summary>
    /// "Kundnöjdheten i biblioteken var 4,3 (mål 4,2), medan idrottstjänsternas resultat blev 3,9 (mål 4,1)": a second figure
    /// against a target of its own after <paramref name="after"/> that goes the other way. Its target figure, or -1.
    /// </summary>
    private static int SecondPairDisagrees(SentenceContext s, int after, bool good)
    {
        for (var k = after + 1; k < s.T.Count; k++)
        {
            if (!IsTargetWord(s.T[k]) || FigureNear(s, k) is not (var targetAt and > 0) || targetAt < k) continue;
            var actual = LastFigureBefore(s, k, IsPercent(s, targetAt));
            // "men andelen nya deltagare stannade på 18 procent mot målet 25": a bare target closing the sentence after a share is the share's.
            if (actual <= after && !IsPercent(s, targetAt) && PastFigure(s.T, targetAt) == s.T.Count && LastFigureBefore(s, k, true) is var share && share > after && IsPercent(s, share))
                actual = share;
            else if (actual <= after || IsPercent(s, actual) != IsPercent(s, targetAt)) return -1;
            var better = Meets(s, actual, targetAt, k);
            return better == good ? -1 : targetAt;
        }
        return -1;
    }

    /// <summary>Whether the figure at <paramref name="actual"/> meets the target's at <paramref name="target"/>: at or under a ceiling, costs, or what is better lower; else at or over it.</summary>
    private static bool Meets(SentenceContext s, int actual, int target, int costsAt) =>
        AtMost(s, target) || CostsIn(s, costsAt) || LowerLevelIsBetter(s, actual) ? Value(s.T, actual) <= Value(s.T, target) : Value(s.T, actual) >= Value(s.T, target);

    /// <summary>"1 300 against 2 000", "1 300 mot 2 000": a figure set against another after token <paramref name="from"/> going the other way than <paramref name="good"/>.</summary>
    private static bool PairAgainstDisagrees(SentenceContext s, int from, bool good)
    {
        for (var j = from; j < s.T.Count; j++)
        {
            if (!IsFigure(s.T, j) || PastFigure(s.T, j) is not (var next and >= 0) || next + 1 >= s.T.Count || s.T[next].Word is not ("against" or "mot" or "vastaan")
                || !IsFigure(s.T, next + 1) || EarlierYearIn(s, j)) continue; // not "but the 2023 figure had been only 48 000 against 50 000"
            var better = LowerLevelIsBetter(s, j) ? Value(s.T, j) <= Value(s.T, next + 1) : Value(s.T, j) >= Value(s.T, next + 1);
            return better != good;
        }
        return false;
    }

    /// <summary>Token j's clause speaks of an earlier year: a year before the report's, or a pluperfect ("had been", "hade varit", "oli ollut").</summary>
    private static bool EarlierYearIn(SentenceContext s, int j)
    {
        var (start, end) = (s.ClauseStart(j), s.ClauseEnd(j));
        var year = s.FindWord(start, end, Lexicon.IsYear);
        return year >= 0 && (s.ReportYear > 0 && s.YearAt(year) < s.ReportYear
            || s.FindWord(start, end, w => w is "had" or "hade") >= 0 || s.FindWord(start, end, w => w == "oli") is var was and >= 0 && was + 1 < end && s.T[was + 1].Word == "ollut");
    }

    /// <summary>A figure before token <paramref name="before"/> with its own target in brackets that goes the other way than <paramref name="good"/>: the figure's index, or -1.</summary>
    private static int EarlierPairDisagrees(SentenceContext s, int before, bool good)
    {
        for (var j = 0; j < before; j++)
        {
            if (!IsFigure(s.T, j) || OwnTargetAfter(s, j) is not (var own and >= 0) || own >= before) continue;
            var better = Meets(s, j, own, j);
            if (better != good) return j;
        }
        return -1;
    }

    /// <summary>
    /// "…, kun tavoitteena oli alle 5 prosenttia koko henkilöstön osalta ja alle 3 prosenttia esihenkilöillä, joiden osuus oli
    /// 3,6": a second ceiling after token <paramref name="after"/> with a later figure over it; the figure's index, or -1.
    /// </summary>
    private static int SecondCeilingBroken(SentenceContext s, int after)
    {
        for (var j = after + 1; j + 1 < s.T.Count; j++)
        {
            if (!(s.T[j].Word is "alle" or "under" or "below" || IsAtMostWord(s.T[j].Word)) || !IsFigure(s.T, j + 1)) continue;
            var ceiling = Value(s.T, j + 1);
            for (var k = PastFigure(s.T, j + 1); k < s.T.Count; k++)
                if (IsFigure(s.T, k) && (IsPercent(s, k) == IsPercent(s, j + 1) || PastFigure(s.T, k) >= s.T.Count || s.T[PastFigure(s.T, k)].Clause != s.T[k].Clause) // "joiden osuus oli 3,6."
                    && Value(s.T, k) > ceiling) return k;
        }
        return -1;
    }

    /// <summary>The last figure before token i of the same kind as the target (a percentage or not): "96 % … within the 30-day limit (target 90 %)".</summary>
    private static int LastFigureBefore(SentenceContext s, int i, bool percent)
    {
        for (var j = i - 1; j >= 0; j--)
            if (IsFigure(s.T, j) && IsPercent(s, j) == percent) return j;
        return -1;
    }

    internal static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["yksi"] = 1, ["kaksi"] = 2, ["kolme"] = 3, ["neljä"] = 4, ["viisi"] = 5, ["kuusi"] = 6, ["seitsemän"] = 7, ["kahdeksan"] = 8,
        ["yhdeksän"] = 9, ["kymmenen"] = 10, ["kahteen"] = 2, ["kolmeen"] = 3, ["neljään"] = 4, ["viiteen"] = 5, ["kuuteen"] = 6,
        ["seitsemään"] = 7, ["kahdeksaan"] = 8, ["yhdeksään"] = 9, ["kymmeneen"] = 10, // "jäi kahdeksaan kilometriin"
        ["kahdessa"] = 2, ["kolmessa"] = 3, ["neljässä"] = 4, ["viidessä"] = 5, ["kuudessa"] = 6, ["seitsemässä"] = 7, ["kahdeksassa"] = 8,
        ["yhdeksässä"] = 9, ["kymmenessä"] = 10, // "käsiteltiin kuudessa viikossa"
        ["kahtena"] = 2, ["kolmena"] = 3, ["neljänä"] = 4, ["viitenä"] = 5, ["kuutena"] = 6, ["seitsemänä"] = 7, ["kahdeksana"] = 8,
        ["yhdeksänä"] = 9, ["kymmenenä"] = 10, // "jouduttu sulkemaan kolmena päivänä"
        ["kahta"] = 2, ["kolmea"] = 3, ["neljää"] = 4, ["viittä"] = 5, ["kuutta"] = 6, ["seitsemää"] = 7, ["kahdeksaa"] = 8,
        ["yhdeksää"] = 9, ["kymmentä"] = 10, // "kun vuoden kattona pidetään kymmentä valitusta"
        ["kahdelle"] = 2, ["kolmelle"] = 3, ["neljälle"] = 4, ["viidelle"] = 5, ["kuudelle"] = 6, ["seitsemälle"] = 7, ["kahdeksalle"] = 8,
        ["yhdeksälle"] = 9, ["kymmenelle"] = 10, // "kurssit vain viidelle ryhmälle"
        ["två"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6, ["sju"] = 7, ["åtta"] = 8, ["nio"] = 9,
        ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["tretton"] = 13, ["fjorton"] = 14, ["femton"] = 15, ["sexton"] = 16, ["sjutton"] = 17, ["arton"] = 18, ["nitton"] = 19, ["tjugo"] = 20,
        ["yksitoista"] = 11, ["kaksitoista"] = 12, ["kolmetoista"] = 13, ["neljätoista"] = 14, ["viisitoista"] = 15, ["kuusitoista"] = 16, ["seitsemäntoista"] = 17,
        ["kahdeksantoista"] = 18, ["yhdeksäntoista"] = 19, ["yhdessätoista"] = 11, ["kahdessatoista"] = 12, ["kolmessatoista"] = 13, ["neljässätoista"] = 14,
        ["viidessätoista"] = 15, ["kuudessatoista"] = 16, ["seitsemässätoista"] = 17, ["kahdeksassatoista"] = 18, ["yhdeksässätoista"] = 19, // "kolmessatoista päästiin tavoitetasolle"
        ["kahdestakymmenestä"] = 20, ["kolmestakymmenestä"] = 30, ["sadasta"] = 100, ["tuhannesta"] = 1000, // "380 odotetusta tuhannesta", "12 kirjastossa kahdestakymmenestä"
        ["kahdestasadasta"] = 200, ["kolmestasadasta"] = 300, ["neljästäsadasta"] = 400, ["viidestäsadasta"] = 500, ["kuudestasadasta"] = 600,
        ["seitsemästäsadasta"] = 700, ["kahdeksastasadasta"] = 800, ["yhdeksästäsadasta"] = 900, ["kahdestatuhannesta"] = 2000, ["kolmestatuhannesta"] = 3000, // "240 odotetusta viidestäsadasta"
    };

    /// <summary>"viisi", "åtta", "nine": a number written as a word, not one that closes a range.</summary>
    private static bool IsNumberWord(List<Token> t, int j) => (NumberWords.ContainsKey(t[j].Word) || GenitiveNumber(t, j) > 0) && !EndOfRange(t, j)
        && !(j > 0 && t[j - 1].Word is "ilman" or "utan" or "without"); // not "ilman kolmea lisäopettajaa": what is lacking, no count

    /// <summary>
    /// "viiden prosentin vähennys", "alle kahden viikon", "alle yhden": a number word in the genitive before "prosentin" or a unit
    /// of time, or after "alle" or "yli", its value, or 0 (not "kolmen tapahtuman osalta", a count of things).
    /// </summary>
    private static double GenitiveNumber(List<Token> t, int j) =>
        j + 1 < t.Count && t[j + 1].Word is "prosentin" or "viikon" or "kuukauden" or "päivän" or "arkipäivän" or "tunnin"
        || j > 0 && t[j - 1].Word is "alle" or "yli" // "pitää luku alle yhden"
        || j + 1 < t.Count && t[j + 1].Word is "sijaan" or "sijasta" or "asemesta" // "kaksi päivää sallitun kuuden sijaan"
            ? t[j].Word switch
            {
                "yhden" => 1, "kahden" => 2, "kolmen" => 3, "neljän" => 4, "viiden" => 5, "kuuden" => 6, "seitsemän" => 7, "kahdeksan" => 8, "yhdeksän" => 9, "kymmenen" => 10,
                "yhdentoista" => 11, "kahdentoista" => 12, "kolmentoista" => 13, "neljäntoista" => 14, "viidentoista" => 15, _ => 0, // "kahdentoista tunnin ylärajan alla"
            } : 0;

    /// <summary>"asteikolla yhdestä viiteen": a number word after one in the elative closes a range, it is no figure.</summary>
    private static bool EndOfRange(List<Token> t, int j) =>
        j > 0 && (t[j - 1].Word.EndsWith("sta", StringComparison.Ordinal) || t[j - 1].Word.EndsWith("stä", StringComparison.Ordinal))
        && !t[j].Word.EndsWith("sta", StringComparison.Ordinal) && !t[j].Word.EndsWith("stä", StringComparison.Ordinal); // "odotetusta tuhannesta" is the whole, in the same case

    internal static bool IsPercent(SentenceContext s, int j) =>
        j + 1 < s.T.Count && (s.T[j + 1].Word is "prosenttia" or "prosentin" or "prosenttiin" or "prosentissa" or "prosentilla" or "procent" or "percent" or "%"
            || s.T[j + 1].Word == "per" && j + 2 < s.T.Count && s.T[j + 2].Word == "cent") || s.PercentSignAfter(s.T[j]); // "75 per cent"

    /// <summary>"enintään 45 päivää", "högst 10", "at most 5": a target that is a ceiling.</summary>
    private static bool AtMost(SentenceContext s, int targetAt)
    {
        for (var j = Math.Max(0, targetAt - 3); j < targetAt; j++)
            if (IsAtMostWord(s.T[j].Word) || s.T[j].Word is "alle" or "under" or "below"
                || s.T[j].Word.StartsWith("maksimi", StringComparison.Ordinal) || IsMaximum(s.T[j].Word) // "enimmäisajaksi oli asetettu 14 päivää", "the ceiling of 3 %"
                || IsCeiling(s.T[j].Word) && !s.T.Skip(j + 1).Take(targetAt - j - 1).Any(IsTargetWord)) return true; // "medan taket är satt till 4,2 GWh", "the limit of 21 days"
        // "vuodelle sallittu yläraja tällaisille sulkemisille oli 12 iltaa": the ceiling, then what it limits, then its figure.
        if (targetAt >= 5 && IsCeiling(s.T[targetAt - 4].Word) && s.T[targetAt - 1].Word is "oli" or "on" or "var" or "är" or "was" or "is") return true;
        // "yhden prosentin katon alla", "30 päivän enimmäisajan": the ceiling named after its figure and unit.
        var unit = PastFigure(s.T, targetAt);
        return unit < s.T.Count && (IsCeiling(s.T[unit].Word) || unit + 1 < s.T.Count && (s.T[unit + 1].Has(Cue.Goal) && IsCeiling(s.T[unit + 1].Word) || IsMaximum(s.T[unit + 1].Word))); // "12 tunnin ylärajan alla"
    }

    /// <summary>A past verb not in the perfect ("stannade vid", "uppnåddes inte"; not "on täytetty", "har öppnat"): an event over and done.</summary>
    private static bool HasSimplePast(SentenceContext s, int from = 0)
    {
        for (var j = from; j < s.T.Count; j++)
            if (s.T[j].Form == VerbForm.Past && !(j > 0 && s.T[j - 1].Word is "on" or "ovat" or "har" or "has" or "have") || IsPastWord(s.T[j].Word))
                return true;
        return false;
    }

    /// <summary>
    /// In a forecast, a count already past the whole year's target: "osallistui 1 460 lasta, joten koko vuodelle asetettu 1 200 lapsen
    /// tavoite on jo takana", "had logged 5 300 hours by the end of August, above the full-year target of 5 000"; a count for
    /// months named before the year's target ("osallistui syyskuun alkuun 2 450 oppilasta, vuodelle sovittu määrä 2 000"). Not
    /// a rate, which can still fall, nor a forecast of the count.
    /// </summary>
    private static bool MetDuringTheYear(SentenceContext s, int targetWord, int count) =>
        s.Round == RoundKind.Forecast && !IsPercent(s, count) && !s.SentenceHas(Cue.ForecastNoun | Cue.Modal | Cue.FutureAux) && s.Negator(count) < 0
        && s.FindWord(0, s.T.Count, w => w is "arviolta" or "uppskattningsvis" or "estimated") < 0 // "kertyy arviolta 1 720": an estimate of the year
        && !TrendRules.LowerIsBetter(s, count) && s.FindWord(0, s.T.Count, w => w.StartsWith("ylityö", StringComparison.Ordinal) || w.StartsWith("övertid", StringComparison.Ordinal)
            || w.StartsWith("valitu", StringComparison.Ordinal) || w.StartsWith("klagomål", StringComparison.Ordinal) || w.StartsWith("overtime", StringComparison.Ordinal) || w.StartsWith("complaint", StringComparison.Ordinal)) < 0 // overtime, complaints
        && (s.SentenceHas(Cue.Already) || YearsTarget(s, targetWord) && (HasPastVerb(s) || s.SentenceHas(Cue.Interim) || count < targetWord && PartOfYear(s, count))
            || BracketedTarget(s, targetWord) && s.FindWord(0, s.T.Count, w => Lexicon.Month(w) > 0) >= 0); // "Kirjastokummeja 46 (tavoite 40) … heinäkuun lopussa": counted at a date, already past

    /// <summary>"46 (tavoite 40)": the target word opens a bracket after the count.</summary>
    private static bool BracketedTarget(SentenceContext s, int targetWord) =>
        targetWord >= 0 && s.Text.AsSpan(0, s.T[targetWord].Start).TrimEnd() is var before && before.Length > 0 && before[^1] == '(';

    /// <summary>"vuositavoite", "koko vuodelle asetettu … tavoite", "årsmålet", "the full-year target", "målet för hela året": the whole year's target.</summary>
    private static bool YearsTarget(SentenceContext s, int targetWord) =>
        targetWord >= 0 && (s.T[targetWord].Word.StartsWith("vuosi", StringComparison.Ordinal) || s.T[targetWord].Word.StartsWith("årsmål", StringComparison.Ordinal)
            || s.T[targetWord].Word is "set" or "satt" or "määräksi" or "luvuksi" // marked as the year's figure: "220 set for the year"
            || s.FindWord(Math.Max(0, targetWord - 5), targetWord, w => w is "vuodelle" or "vuodessa" or "årets" or "helårets" or "full-year" or "annual" or "helårs" or "helårsmålet" or "luvuksi" or "määräksi") >= 0 // "vuoden luvuksi sovittu 2 500", "vuodessa sallitaan enintään kahdeksan"
            || targetWord > 0 && s.T[targetWord - 1].Word == "vuoden" && !(targetWord > 1 && s.T[targetWord - 2].Word is "viime" or "edellisen" or "ensi" or "tulevan" or "seuraavan") // "; vuoden tavoite 750"
            || s.FindWord(targetWord + 1, Math.Min(s.T.Count, targetWord + 6), w => w is "whole" or "full" or "hela" or "koko") >= 0 // "its goal for the whole of the year", "a target of 45 for the whole year"
            || s.FindWord(targetWord + 1, Math.Min(s.T.Count, targetWord + 3), w => w is "vuodessa" or "årligen" or "annually") >= 0 // "suurin sallittu määrä vuodessa kymmenen päivää"
            || WholeYearAfter(s.T, targetWord + 1)); // "beyond the 100 planned for the year", "fler än de 150 som planerades för hela året"

    /// <summary>"osallistujamääräksi arvioidaan tälle vuodelle 280, tavoitteeksi asetettiin 220": the figure at i is estimated in its clause, whatever the target's verb.</summary>
    private static bool EstimatedBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "arvioidaan" or "ennakoidaan" or "ennustetaan" or "beräknas" or "bedöms" or "uppskattas") >= 0;

    /// <summary>The first token after the last semicolon before token i, or 0: a semicolon sets apart a matter of its own.</summary>
    private static int AfterSemicolon(SentenceContext s, int i)
    {
        var semicolon = s.Text.LastIndexOf(';', s.T[i].Start, s.T[i].Start - s.T[0].Start);
        if (semicolon < 0) return 0;
        for (var j = i; j > 0; j--)
            if (s.T[j - 1].End <= semicolon) return j;
        return 0;
    }

    /// <summary>
    /// A past verb from token <paramref name="from"/> on: avattiin, solmittiin, tehtiin, oli, var, was, "held 15" (not "with
    /// 112 held"), or a bare participle ("reached 72 %").
    /// </summary>
    internal static bool HasPastVerb(SentenceContext s, int from = 0)
    {
        for (var j = from; j < s.T.Count; j++)
            if (s.T[j].Form == VerbForm.Past || IsPastWord(s.T[j].Word) || s.T[j].Word is "held" or "hosted" && j + 1 < s.T.Count && IsFigure(s.T, j + 1) || s.T[j].Form == VerbForm.Participle && j > 0 && !s.T[j - 1].Has(Cue.Auxiliary | Cue.FutureAux)) return true; // "reached 72 %"
        return false;
    }

    /// <summary>
    /// A past passive ("avattiin", "tehtiin") or a past copula ("oli", "var", "was") that the lexicon gives no form; not a
    /// noun into which ("konserttiin", "prosenttiin", "projektiin").
    /// </summary>
    private static bool IsPastWord(string w) =>
        w.EndsWith("tiin", StringComparison.Ordinal) && !w.EndsWith("nttiin", StringComparison.Ordinal) && !w.EndsWith("rttiin", StringComparison.Ordinal) && !w.EndsWith("ktiin", StringComparison.Ordinal)
        || w is "oli" or "olivat" or "var" or "was" or "were" or "hade" or "had" // "hade … ordnat 15", "had run 21": the past perfect
        || w is "osallistui" or "osallistuivat" or "kävi" or "kävivät" or "saapui" or "saapuivat" // "retkille osallistui elokuun loppuun 830 koululaista": a count of those who came
        || w is "kertyi" or "kertyivät" // "tapaamisia kertyi elokuun loppuun saakka 540"
        || w is "höll" or "hölls" or "gav" or "gavs" // "Berghälls bibliotek höll 19 poesikvällar under januari–april"
        || w is "attended" or "joined" or "visited" // "290 children attended origami Saturdays"
        || w is "drew" or "attracted" or "hosted" or "ran"; // "workshops drew 96 children from January to April"

    /// <summary>"jää alle 70 prosentin tavoitetason", "stays below the target": a miss when it is about the year, else a risk.</summary>
    private static void BelowTarget(SentenceContext s, int below, int i, ref StatusResolver found)
    {
        if (s.Negator(below) >= 0) return;
        if (s.NegatedEvidential >= 0 && s.NegatedEvidential < below)
        {
            // "Ingenting tyder på att deltagarantalet skulle stanna under målet": a shortfall nothing points to.
            found.Add(SentenceReader.Make(s, Rules.VerdictDoubleNegation, true, FateRules.DenierBefore(s, s.NegatedEvidential), Math.Max(below, i)));
            return;
        }
        if ((TrendRules.LowerIsBetter(s, below) || IsCeiling(s.T[i].Word) || CeilingAfter(s, i) || s.FindWord(below + 1, i, IsAtMostWord) >= 0) && !s.ClauseHas(i, Cue.Cost) || CostsIn(s, i))
        {
            // "Sjukfrånvaron låg under målet på fem procent", "alle enintään 45 litran tavoitetason": under is good where lower is better, or under a ceiling;
            // "Kustannukset jäivät alle talousarvioon kirjatun tavoitteen": costs under their target too.
            found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) || HasPastVerb(s) ? Rules.FigureReached : Rules.FigureForecastReached, true, Math.Min(below, i), Math.Max(below, i)));
            return;
        }
        var modal = s.Softener(below, miss: true);
        var from = modal >= 0 ? Math.Min(modal, below) : below;
        if (modal < 0 && ProportionRules.CountsMetAndMissed(s, i) >= 0)
            found.Add(SentenceReader.Make(s, Rules.VerdictPartOfGoals, true, Math.Min(from, i), Math.Max(below, i))); // "puolet täyttyi ja puolet jäi tavoitetason alle"
        // "har så här långt i år legat 12 % under den periodiserade målnivån": so far, not yet the year.
        else if (modal < 0 && !SoFar(s, i) && (s.ClauseHas(i, Cue.Remain) || s.HasThisYear || Tense.IsYearEnd(s, i) || s.SentenceHas(Cue.ForecastNoun) && s.FutureBefore(below)
            || WholeYearForecast(s))) // "Kävijöiden vuosiennuste on 40 000, mikä on 5 000 alle tavoitteen"
            found.Add(SentenceReader.Make(s, SentenceReader.MetBeforeBut(s, below) || OutcomeRules.AllHeldBefore(s, below) ? Rules.VerdictPartial : Rules.FigureBelowTarget, true, Math.Min(from, i), Math.Max(below, i)));
        else found.Add(SentenceReader.Make(s, Rules.RiskBelowTarget, false, Math.Min(from, i), Math.Max(below, i)));
    }

    private static bool SoFar(SentenceContext s, int i) =>
        !Tense.IsYearEnd(s, i) && (s.ClauseHas(i, Cue.Interim) || i > 0 && s.T[i - 1].Word.StartsWith("periodiser", StringComparison.Ordinal));

    /// <summary>
    /// "alle" within four words before the target word in its clause ("alle 50 000 kävijän tavoitteen"), "tavoitetason alle"
    /// right after it, or a comparative of less ("lägre än målet", "tavoitetta heikommaksi", "lower than the target"), or -1.
    /// </summary>
    private static int BelowNear(SentenceContext s, int i)
    {
        var first = s.ClauseStart(i);
        if (first > 0 && s.T[first].Word is "kuin" or "än" or "than") first = s.ClauseStart(first - 1); // "vähemmän (koululaisryhmiä) kuin tavoitteena": "kuin" opens a clause
        // "jäivät alle asetetun 1,3 milj. euron enimmäistason": one word more past a participle of setting.
        var reach = s.FindWord(Math.Max(first, i - 5), i, w => Lexicon.IsWrittenDown(w) || w is "sovitun" or "päätetyn") >= 0 ? 5 : 4;
        for (var j = i - 1; j >= first && j >= i - reach; j--)
            if (IsBelow(s.T[j].Word) && !DuringTime(s, j) || IsLess(s.T[j].Word) && ThanAfter(s, j, i) // "vähemmän koululaisryhmiä kuin tavoite edellytti"
                || s.T[j].Word is "within" or "inside" or "inom" && IsMaximum(s.T[i].Word)) return j; // "remained within the ceiling of 3 %", "well inside the 40-day maximum"
        for (var j = i + 1; j < s.T.Count && j <= i + 2 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word == "alle" && !(j + 1 < s.T.Count && (IsFigure(s.T, j + 1) || IsNumberWord(s.T, j + 1)) && !(j == i + 1 && s.T[i].Word.EndsWith('n'))) // not "tavoite (oli) alle 14 päivää", a maximum; "tavoitteen alle yhden prosentin verran" is below it
                && s.T[j - 1].Word is not ("eli" or "dvs") // not "tavoitteessa eli alle miljardissa", the goal restated
                || IsLess(s.T[j].Word) && (s.T[i].Word.EndsWith("ta", StringComparison.Ordinal) || s.T[i].Word.EndsWith("tasoa", StringComparison.Ordinal))) return j; // "tavoitetasoa vähemmän"
        return -1;
    }

    /// <summary>"kuin", "än", "than" right after the comparative at j, or one word (its noun) later, before the target at i: "fler besök än".</summary>
    private static bool ThanAfter(SentenceContext s, int j, int i) =>
        s.T[j + 1].Word is "än" or "than" or "kuin" || j + 2 < i && s.T[j + 2].Word is "än" or "than" or "kuin";

    /// <summary>
    /// "under målet på högst fem veckor", "tavoitteen (enintään 6 viikkoa)", "kuin tavoitteessa sallittiin": the target is a
    /// ceiling, said right after it.
    /// </summary>
    private static bool CeilingAfter(SentenceContext s, int i) => s.FindWord(i + 1, Math.Min(s.T.Count, i + 4), w => IsAtMostWord(w) || IsAllowed(w)) >= 0;

    /// <summary>"sallittiin", "sallitaan", "tillåts", "allowed": what a target allows is a most.</summary>
    private static bool IsAllowed(string w) =>
        w.StartsWith("sallit", StringComparison.Ordinal) || w.StartsWith("tillåt", StringComparison.Ordinal) || w.StartsWith("tilläts", StringComparison.Ordinal)
        || w is "allowed" or "permitted";

    private static bool IsAtMostWord(string w) => w is "enintään" or "korkeintaan" or "högst" or "max" or "maximum" or "most";

    /// <summary>"uppnådde under året den övergripande ambitionsnivån": "under" a time is during it, not below the target.</summary>
    private static bool DuringTime(SentenceContext s, int j) =>
        s.T[j].Word == "under" && j + 1 < s.T.Count && (s.T[j + 1].Has(Cue.Year | Cue.ThisYear | Cue.Interim)
            || s.T[j + 1].Word is "året" or "perioden" or "hela" or "våren" or "hösten" or "sommaren" or "vintern" or "första" or "andra" or "tredje" or "fjärde");

    /// <summary>"tavoitetta suurempi", "enemmän kuin tavoitteena", "högre än målet", "higher than the target": past the target, without its figure.</summary>
    private static void AboveTarget(SentenceContext s, int above, int i, ref StatusResolver found)
    {
        if (s.Negator(above) is var negator and >= 0)
        {
            // "eikä vastausaika ollut yhtenäkään kuukautena yli viiden arkipäivän enimmäisajan": never over the ceiling.
            if (IsMaximum(s.T[i].Word))
                found.Add(SentenceReader.Make(s, Tense.IsYearEnd(s, i) || HasPastVerb(s) ? Rules.FigureReached : Rules.FigureForecastReached, true, Math.Min(negator, above), i));
            return;
        }
        var (from, to) = (Math.Min(above, i), Math.Max(above, i));
        // "nuorten työttömien määrä oli suurempi kuin tavoitteena": more of what should be fewer is short of the goal.
        // "mycket bättre än det mål på 5 %" is better whatever is measured.
        var before = ContinuesClauseBefore(s, above);
        var worse = s.T[above].Word is not ("bättre" or "better" or "parempi") && !s.T[above].Word.StartsWith("paremm", StringComparison.Ordinal)
            && (TrendRules.LowerIsBetter(s, above) || before >= 0 && TrendRules.LowerIsBetter(s, before) || IsCeiling(s.T[i].Word) || CeilingAfter(s, i) || TakesLonger(s, above));
        // "Väntetiden kortades i Östra centrum men låg kvar över målnivån i Mejlans": better in one place, short in another.
        var betterBefore = before >= 0 && (s.HasIn(s.ClauseStart(before), before + 1, Cue.Progress)
            || s.FindWord(s.ClauseStart(before), before + 1, w => TrendRules.IsShortened(w) || TrendRules.IsFall(w)) >= 0);
        // "koko vuoden keskiarvo jää ennusteen mukaan selvästi yli enimmäistavoitteen": a forecast for the whole year is its result.
        var yearForecast = !SoFar(s, i) && (s.HasThisYear || WholeYearForecast(s));
        var rule = worse ? (!Tense.IsYearEnd(s, i) && !yearForecast ? Rules.RiskBelowTarget : SentenceReader.MetBeforeBut(s, above) || betterBefore ? Rules.VerdictPartial : Rules.FigureShortfall)
            : s.Softener(above, miss: false) >= 0 ? Rules.RiskBelowTarget
            : Tense.IsYearEnd(s, i) || s.T[i].Form == VerbForm.Past || s.ClauseHas(i, Cue.Actual) && PastCopula(s, i)
                || AlreadyHadBefore(s, above) || HadBeforeYearsFigure(s, above, i) || (HasPastVerb(s) && PartOfYear(s, above) || MonthsCounted(s) > 0) && YearsTarget(s, i) // "höll 19 under januari–april, fler än de 15 som planerats för hela året", "Till och med april har 160 deltagit, fler än …"
                || above > 0 && s.T[above - 1].Word is "eli" or "dvs" or "alltså" && !s.HasIn(0, above, Cue.ForecastNoun) && (HasSimplePast(s) || s.FindWord(0, above, w => w.StartsWith("kertyi", StringComparison.Ordinal)) >= 0) // "osallistujia kertyi 4 300 eli enemmän kuin 4 000 lapsen tavoite"
                ? Rules.FigureReached // "har redan i maj haft fler besök än hela årets mål": already had, not "on jo nyt enemmän"
            : Rules.FigureForecastReached;
        // "rose to 36 %, above the 35 % target, but … stayed at 28 % against a target of 33 %": one pair above, the next short.
        if (!worse && rule != Rules.RiskBelowTarget && SecondPairDisagrees(s, to, good: true) >= 0) rule = Rules.VerdictPartial;
        found.Add(SentenceReader.Make(s, rule, true, from, to));
    }

    /// <summary>"tar längre tid än beräknat", "kestää kauemmin kuin arvioitiin": longer in time than planned is a delay, not more of something good.</summary>
    internal static bool TakesLonger(SentenceContext s, int above) =>
        (s.T[above].Word is "kauemmin" or "pidempään" || s.T[above].Word is "längre" or "pidempi" or "longer" && (s.FindWord(Math.Max(0, above - 1), Math.Min(s.T.Count, above + 2), w => w is "tid" or "aikaa" or "aika" or "time") >= 0
            || s.FindWord(Math.Max(0, above - 2), above, IsTake) >= 0)) // "tar dock längre än planerat"
        // what takes longer, not what runs or stays longer ("visas längre tid än planerat")
        && s.FindWord(Math.Max(0, above - 3), above, IsTake) >= 0
        // "håller man cykelvägen stängd längre än planerat", "suljettuna pidempään kuin suunniteltiin": closed for longer.
        || s.T[above].Word is "längre" or "pidempään" or "kauemmin" or "longer" && s.FindWord(Math.Max(0, above - 3), above, w => w is "stängd" or "stängt" or "stängda" or "suljettuna" or "kiinni" or "closed") >= 0;

    private static bool IsTake(string w) => w is "tar" or "tog" or "tagit" or "kestää" or "kesti" or "kestänyt" or "vie" or "vei" or "takes" or "took" or "taking";

    /// <summary>
    /// "har redan i maj haft fler besök än hela årets mål": "already" and a perfect before the comparative at <paramref name="above"/>
    /// in its clause, or in the clause before when the comparative's clause opens with a count or "more" ("Redan före sommaren
    /// hade 31 författare gästat …, tre fler än årsplanens 28").
    /// </summary>
    /// <summary>"By the end of April … had run 41 sewing workshops, well past the 35 set for the whole year": a count past the year's figure during it.</summary>
    private static bool HadBeforeYearsFigure(SentenceContext s, int above, int i) =>
        !IsPercent(s, i) && HadBefore(s, above) && s.FindWord(i, s.T.Count, w => w is "year" or "året") >= 0;

    /// <summary>"had", "hade" before token i: a pluperfect, done before the time it reports from.</summary>
    private static bool HadBefore(SentenceContext s, int i) => s.FindWord(0, i, w => w is "had" or "hade") >= 0;

    private static bool AlreadyHadBefore(SentenceContext s, int above)
    {
        var from = s.ClauseStart(above);
        if (NumberWords.ContainsKey(s.T[from].Word) || IsMore(s.T[from].Word)) from = s.ClauseStart(Math.Max(0, from - 1));
        return s.HasIn(from, above, Cue.Already) && s.FindWord(from, above, w => w is "haft" or "varit" or "ollut" or "had" or "been" or "hade" or "oli") >= 0
            || above > 0 && s.T[above - 1].Has(Cue.Already) && s.FindWord(0, above, w => w is "had" or "hade" or "oli" or "olivat") >= 0; // "had fixed 412 items, already more than the 400 set for the year"
    }

    /// <summary>"Väntetiden kortades i Östra centrum men låg kvar över målnivån": a clause opened by "men", "mutta", "but" with no subject of its own goes on with the one before; its last word, or -1.</summary>
    private static int ContinuesClauseBefore(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        return start > 0 && s.T[start].Word is "men" or "mutta" or "but" ? start - 1 : -1;
    }

    /// <summary>
    /// "laski kustannuksia 1 miljoonan", "vähensi kuluja 200 000 eurolla", "minskade kostnaderna med 1 miljon", "cut costs by
    /// 1 million": the figure at j is how much was cut, so more is better even of costs.
    /// </summary>
    private static bool CutBy(SentenceContext s, int j)
    {
        if (s.FindWord(s.ClauseStart(j), j, w => TrendRules.IsFall(w) || w is "sänkte" or "cut" or "reduced") < 0) return false;
        if (j > 0 && s.T[j - 1].Word is "med" or "by") return true;
        var unit = j + 1;
        while (unit < s.T.Count && FigureEndsAt(s.T, unit)) unit++;
        return unit < s.T.Count && s.T[unit].Clause == s.T[j].Clause
            && (s.T[unit].Word.EndsWith("lla", StringComparison.Ordinal) || s.T[unit].Word.EndsWith("llä", StringComparison.Ordinal)
                || Scale(s.T[unit].Word) > 1 && s.T[unit].Word.EndsWith('n') && !s.T[unit].Word.EndsWith("aan", StringComparison.Ordinal) && !s.T[unit].Word.EndsWith("ään", StringComparison.Ordinal)); // not "laskivat 5 miljoonaan", a level
    }

    /// <summary>Costs in token i's clause, where lower is better; not a rate of recovering them ("kustannusten palautumisaste", "täckningsgrad").</summary>
    private static bool CostsIn(SentenceContext s, int i)
    {
        var costs = false;
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            if (IsFigure(s.T, j) && CutBy(s, j)) return false; // what a cut saved is better larger
            // "ett överskott om cirka 0,8 ME mot budgeterade 0,1 ME": a surplus is better larger, whatever the budget word.
            if (s.T[j].Word.StartsWith("överskott", StringComparison.Ordinal) || s.T[j].Word.StartsWith("ylijää", StringComparison.Ordinal) || s.T[j].Word == "surplus") return false;
            if (s.T[j].Word.StartsWith("palautumis", StringComparison.Ordinal) || s.T[j].Word.StartsWith("kattavuu", StringComparison.Ordinal)
                || s.T[j].Word.Contains("täckningsgrad", StringComparison.Ordinal) || s.T[j].Word == "recovery") return false;
            // "tavoitteen mukaiseen 12 konserttiin tarvitaan lisämääräraha": money the target needs, not money counted against it.
            if (IsExtraFunding(s.T[j].Word)) continue;
            if (s.T[j].Word == "varatun" && j + 1 < s.T.Count && IsFigure(s.T, j + 1) && !double.IsNaN(MoneyAt(s, j + 1))) costs = true; // "0,36 M€ varatun 0,24 M€:n sijasta": money set aside to spend
            // "väntas få 6 100 besök i stället för budgeterade 8 000": a count the budget set, not an amount of money.
            // "3 900 bokade timmar mot 3 600 budgeterade": the same with the count before.
            if (s.T[j].Word is "budgeterade" or "budgetens" or "budjetoidun" or "budjetoitu" or "budjetoitua" or "budgeted"
                && (j + 1 < s.T.Count && IsFigure(s.T, j + 1) && double.IsNaN(MoneyAt(s, j + 1)) || FigureEndsAt(s.T, j - 1) && double.IsNaN(MoneyAt(s, FirstGroup(s.T, j - 1))))) continue;
            // "Talousarviossa tavoitteeksi on kirjattu 70 000": the budget is where the target is written, not what it counts.
            // "Talousarvion tavoitteena oli 22 valvottua rantaa": the budget's target, not its money.
            // "I budgeten räknade vi med 12 000", "in the budget": where the figure is written.
            if (s.T[j].Has(Cue.Cost) && !Lexicon.IsBudgetPlace(s.T[j].Word) && !Lexicon.IsBudgetedGoal(s.T[j].Word) && !(j + 1 < s.T.Count && IsTargetWord(s.T[j + 1]))
                && !(j > 0 && s.T[j - 1].Word is "i" or "in" && s.T[j].Word is "budgeten" or "budget")) costs = true;
        }
        return costs;
    }

    internal static bool IsExtraFunding(string w) =>
        w.StartsWith("lisämääräraha", StringComparison.Ordinal) || w.StartsWith("lisärahoitu", StringComparison.Ordinal) || w.StartsWith("tilläggsanslag", StringComparison.Ordinal) || w.StartsWith("tilläggsmedel", StringComparison.Ordinal);

    private static bool PastCopula(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word is "oli" or "olivat" or "var" or "was" or "were") return true;
        return false;
    }

    /// <summary>"nousi tavoitetasolle", "kasvoi tavoitteeseen", "rose to the target": a rise that reached the target, or -1.</summary>
    private static int RoseTo(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        var into = w.EndsWith("lle", StringComparison.Ordinal) || w.EndsWith("seen", StringComparison.Ordinal) || w.EndsWith("oon", StringComparison.Ordinal)
            || i >= 1 && s.T[i - 1].Word == "till" || i >= 2 && s.T[i - 1].Word == "the" && s.T[i - 2].Word == "to"
            || i + 1 < s.T.Count && s.T[i + 1].Word is "mukaiselle" or "mukaiseen"; // "nousi tavoitteen mukaiselle tasolle"
        if (!into) return -1;
        for (var j = i - 1; j >= s.ClauseStart(i) && j >= i - 3; j--)
            if (s.T[j].Has(Cue.Progress) || IsReturn(s.T[j].Word)) return j;
        return -1;
    }

    /// <summary>
    /// "kirjanneet 61 000 käyntiä, ja syksyn tahdilla vuoden luku on noin 80 000, kun tavoite on 75 000": of several figures, the
    /// one in the clause right before the target that speaks of the whole year (or of a forecast) is the one weighed; else -2.
    /// </summary>
    private static int YearsFigureBefore(SentenceContext s, int targetWord, int targetAt)
    {
        var closest = -1;
        for (var j = 0; j < Math.Min(targetWord, targetAt); j++)
            if (IsFigure(s.T, j) && !IsThousands(s.T, targetAt, j)) closest = j;
        if (closest < 0 || s.ClauseStart(closest) == 0) return -2;
        var start = s.ClauseStart(closest);
        var year = s.HasIn(start, closest, Cue.Frame | Cue.ForecastNoun)
            || s.FindWord(start, closest, w => w is "vuoden" or "vuosiluku" or "årets" or "year's" || w.StartsWith("koko", StringComparison.Ordinal)) >= 0;
        return year ? OnlyOtherFigure(s, start, targetAt) : -2;
    }

    /// <summary>The one figure from token <paramref name="start"/> on of the target's kind, other than the target's own: its index, -1 if none, -2 if several or of another kind.</summary>
    private static int OnlyOtherFigure(SentenceContext s, int start, int targetAt, int end = int.MaxValue)
    {
        var t = s.T;
        var other = -1;
        for (var j = start; j < t.Count && j < end; j++)
        {
            if (j == targetAt || !(IsFigure(t, j) || IsNumberWord(t, j)) || IsThousands(t, targetAt, j) || CountsThePeriod(t, j)) continue;
            // "Kävijöistä 30 prosenttia oli nuoria, ja tapahtumia järjestettiin 45, kun tavoite oli 60": a share in a clause of its own is another measure.
            if (!SameKind(s, j, targetAt) && t[j].Clause < t[targetAt].Clause - 1 && IsPercent(s, j)) continue;
            if (other >= 0 && AfterThePair(t, j, other, targetAt)) continue;
            if (!SameKind(s, j, targetAt) || other >= 0) return -2;
            other = j;
        }
        return other;
    }

    /// <summary>"alkuvuoden kolmen kuukauden aikana", "de första tre månaderna", "årets fyra första månader", "in the first three months": the length of the period counted, no figure of the goal.</summary>
    private static bool CountsThePeriod(List<Token> t, int j) =>
        j + 1 < t.Count && IsPeriodNoun(t[j + 1].Word)
        && (j + 2 < t.Count && t[j + 2].Word is "aikana" or "ajalta" or "jaksolla" || j > 0 && t[j - 1].Word is "alkuvuoden" or "första" or "first" or "ensimmäisen")
        || j + 2 < t.Count && t[j + 1].Word is "första" or "first" && IsPeriodNoun(t[j + 2].Word);

    private static bool IsPeriodNoun(string w) => w is "kuukauden" or "viikon" or "månaderna" or "månader" or "veckorna" or "veckor" or "months" or "weeks";

    /// <summary>
    /// "neljä viikkoa, kun raja on kuusi viikkoa, ja syksyn kaksi lisäryhmää …", "tre veckor mot högst fem veckor, och ingen har
    /// väntat längre än fyra": after a pair that names its unit, a figure of another unit in a later clause counts something else.
    /// </summary>
    private static bool AfterThePair(List<Token> t, int j, int other, int targetAt) =>
        j > Math.Max(other, targetAt) && t[j].Clause > Math.Max(t[other].Clause, t[targetAt].Clause)
        && UnitAfter(t, targetAt) is { Length: > 1 } unit && char.IsLetter(unit[0]) && UnitAfter(t, other) == unit && UnitAfter(t, j) != unit;

    private static string UnitAfter(List<Token> t, int j) => PastFigure(t, j) is var k && k < t.Count ? t[k].Word : "";

    /// <summary>"tammi–elokuussa", "januari–augusti", "from January to April", "elokuun loppuun mennessä", "till och med augusti", "by the end of August": the months counted from January, or 0.</summary>
    internal static int MonthsCounted(SentenceContext s)
    {
        for (var j = 0; j + 1 < s.T.Count; j++)
        {
            if (Lexicon.Month(s.T[j].Word) == 1 && Lexicon.Month(s.T[j + 1].Word) is var last and > 1) return last;
            // "from January to April", "januari till april"
            if (Lexicon.Month(s.T[j].Word) == 1 && j + 2 < s.T.Count && s.T[j + 1].Word is "to" or "till" or "through" && Lexicon.Month(s.T[j + 2].Word) is var through and > 1) return through;
            // "alkuvuoden kolmen kuukauden aikana", "årets första tre månader": the first months of the year.
            if (s.T[j + 1].Word is "kuukauden" or "månaderna" or "månader" or "months" && CountsThePeriod(s.T, j) && (IsFigure(s.T, j) || IsNumberWord(s.T, j))
                && Value(s.T, j) is var first and >= 1 and < 12) return (int)first;
            if (Lexicon.Month(s.T[j].Word) is var end and > 1 && (s.T[j + 1].Word is "loppuun" or "lopussa" || j >= 2 && s.T[j - 2].Word is "slutet" or "end" && s.T[j - 1].Word is "av" or "of"
                    || j >= 3 && s.T[j - 3].Word == "till" && s.T[j - 2].Word == "och" && s.T[j - 1].Word == "med"
                    || j >= 1 && (s.T[j - 1].Word == "by" || j >= 2 && s.T[j - 1].Word is "late" or "early" or "mid" && s.T[j - 2].Word == "by")
                        && s.FindWord(0, s.T.Count, w => w is "had" or "has" or "have") >= 0)) // "By May 38 had been held", "By late May … had drawn 280"
                return end;
        }
        return 0;
    }

    /// <summary>"palautui tavoitetasolle", "återgick till målnivån", "returned to the target": back at the level.</summary>
    private static bool IsReturn(string w) =>
        w.StartsWith("palautu", StringComparison.Ordinal) || w is "palasi" or "palasivat" or "återgick" or "återvände" or "returned" or "recovered";

    /// <summary>"pysyi tavoitetasolla", "on tavoitteen tasolla", "vastaa tavoitetta": at the target level, or -1.</summary>
    private static int StayedAt(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        // "mikä vastaa tavoitetta", "mikä vastasi vuodelle asetettua tavoitetta", "motsvarar målet", "matches the target": as much as the target.
        for (var j = i - 1; j >= s.ClauseStart(i) && j >= i - 3; j--)
            if (s.T[j].Word is "vastaa" or "vastasi" or "vastaavat" or "vastasivat" or "motsvarar" or "motsvarade" or "matches" or "matched"
                || s.T[j].Word == "nivå" && j > 0 && s.T[j - 1].Word == "i") return j; // "i nivå med målsättningen"
        // "vuosiluku on lokakuun arvion mukaan tavoitteen tasolla": the target's level, the copula further back.
        // "9 mittaria 13:sta oli vuoden lopussa sovitulla tasolla": the level agreed is the target's.
        var targetsLevel = (w.StartsWith("tavoittee", StringComparison.Ordinal) || w == "sovitulla") && i + 1 < s.T.Count && s.T[i + 1].Word == "tasolla";
        if (!targetsLevel && (!w.StartsWith("tavoitetaso", StringComparison.Ordinal) || !(w.EndsWith("lla", StringComparison.Ordinal) || w.EndsWith("llä", StringComparison.Ordinal) || w.EndsWith("llaan", StringComparison.Ordinal))))
            return -1;
        if (NearLevel(s, i) >= 0) return -1;
        for (var j = i - 1; j >= s.ClauseStart(i) && j >= i - (targetsLevel ? 5 : 3); j--)
            if (s.T[j].Word.StartsWith("pysy", StringComparison.Ordinal) || s.T[j].Word.StartsWith("säily", StringComparison.Ordinal)
                || s.T[j].Word is "oli" or "olivat" or "on" or "ovat") return j;
        return -1;
    }

    /// <summary>"on lähes tavoitteen tasolla", "melkein tavoitetasolla": near the target level, not at it; the "near", or -1.</summary>
    private static int NearLevel(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (!(w.StartsWith("tavoittee", StringComparison.Ordinal) && i + 1 < s.T.Count && s.T[i + 1].Word == "tasolla" || w.StartsWith("tavoitetasolla", StringComparison.Ordinal))) return -1;
        return s.FindWord(Math.Max(s.ClauseStart(i), i - 2), i, v => v is "lähes" or "melkein" or "miltei" or "likimain");
    }

    private static Rule RoseToTarget(SentenceContext s, int rose, int i, ref StatusResolver found)
    {
        var neg = s.Negator(rose);
        var from = neg >= 0 ? Math.Min(neg, rose) : rose;
        var reached = s.T[rose].Form == VerbForm.Past || PastCopula(s, rose) || IsPastForm(s.T[rose].Word) || Tense.IsYearEnd(s, rose)
            || s.T[rose].Word.EndsWith("neen", StringComparison.Ordinal) || s.T[rose].Word.EndsWith("nyt", StringComparison.Ordinal);
        var rule = neg >= 0 ? (reached ? Rules.FigureShortfall : Rules.RiskBelowTarget)
            : s.Softener(rose, miss: false) >= 0 ? Rules.RiskBelowTarget
            : ProportionRules.CountOutOfAny(s, s.ClauseStart(i), s.ClauseEnd(i)) >= 0 ? Rules.VerdictPartOfGoals // "18 sitovasta mittarista 13 oli tavoitetasolla": only some
            : reached ? Rules.FigureReached : Rules.FigureForecastReached;
        found.Add(SentenceReader.Make(s, rule, true, from, i));
        return rule;
    }

    /// <summary>nousi, kasvoi, parani, rose, increased, steg, ökade: a Finnish, English or Swedish past of a verb of rising.</summary>
    private static bool IsPastForm(string w) =>
        w.EndsWith("si", StringComparison.Ordinal) || w.EndsWith("i", StringComparison.Ordinal) && !w.EndsWith("ii", StringComparison.Ordinal)
        || w.EndsWith("ed", StringComparison.Ordinal) || w is "rose" or "grew" or "steg" || w.EndsWith("ade", StringComparison.Ordinal);

    /// <summary>A comparative of more before the target word ("enemmän kuin tavoitteena") or right after it ("tavoitetta suurempi"), or -1.</summary>
    private static int MoreNear(SentenceContext s, int i)
    {
        var first = s.ClauseStart(i);
        if (first > 0 && s.T[first].Word is "kuin" or "än" or "than") first--;
        // "mer än de 1,2 miljoner som var målsättningen": the target named after its figure, in a relative clause.
        // "fler än de 20 som var årets mål": the same, with the target's year before it.
        var reach = i >= 2 && s.T[i - 1].Word is "var" or "was" or "oli" && s.T[i - 2].Word is "som" or "that" or "joka" or "mikä"
            || i >= 3 && s.T[i - 2].Word is "var" or "was" or "oli" && s.T[i - 3].Word is "som" or "that" or "joka" or "mikä"
            || i >= 2 && s.T[i - 1].Word == "som" && s.T[i - 2].Word is "har" or "hade" // "fler än de 220 deltagare vi har som mål"
            || s.FindWord(Math.Max(first, i - 6), i, w => w == "cent") >= 0 ? 8 : 6; // "above the 75 per cent set as the target": two words for "%"
        for (var j = i - 1; j >= first && j >= i - reach; j--)
            if (IsMore(s.T[j].Word) && ThanAfter(s, j, i) || IsOver(s, j, i))
                return j; // "reippaasti yli tavoitetason", "fler besök än hela årets mål"
        for (var j = i + 1; j < s.T.Count && j <= i + 2 && s.T[j].Clause == s.T[i].Clause; j++)
            if (IsMore(s.T[j].Word) && s.T[i].Word.EndsWith("ta", StringComparison.Ordinal)
                || (s.T[j].Word.StartsWith("yläpuol", StringComparison.Ordinal) || s.T[j].Word == "yli" && s.T[i].Word.EndsWith('n')) && j == i + 1) return j; // "nousi tavoitetason yläpuolelle", "nousivat tavoitelukujen yli"
        return -1;
    }

    /// <summary>"yli tavoitetason", "yli vuoden tavoitteen", "över årsmålet", "above the target": token j is "over" the target word i.</summary>
    private static bool IsOver(SentenceContext s, int j, int i) =>
        s.T[j].Word is "yli" or "över" or "above" or "over" or "past" or "pass" or "passed" or "beyond"
        && (j + 1 == i || j + 2 == i && s.T[j + 1].Word is "vuoden" or "asetetun" or "the" or "its" or "their" or "this" or "annual" or "det"
            || j + 3 == i && Lexicon.IsBudgetPlace(s.T[j + 1].Word) && Lexicon.IsWrittenDown(s.T[j + 2].Word) // "yli talousarvioon kirjatun tavoitteen"
            || IsMaximum(s.T[i].Word) // "yli viiden arkipäivän enimmäisajan"
            || TargetFigureBetween(s, j, i)); // "above the 88 % set as the goal"

    /// <summary>Between j and i only the target's own figure and the words that set it ("the 88 % set as the", "de 2 000 som satts som").</summary>
    private static bool TargetFigureBetween(SentenceContext s, int j, int i)
    {
        var figure = false;
        for (var k = j + 1; k < i; k++)
        {
            var w = s.T[k].Word;
            if (IsFigure(s.T, k)) figure = true;
            else if (IsThousands(s.T, k - 1, k)) continue;
            else if (w is not ("the" or "a" or "de" or "det" or "set" or "as" or "som" or "satts" or "satt" or "%" or "per" or "cent" or "percent" or "procent" or "asetetun" or "asetettua" or "prosentin")
                && !(k + 1 == i && w.EndsWith('n') && figure && FigureEndsAt(s.T, k - 1))) // "yli 20 000 hengen tavoitteen": the figure's unit in the genitive
                return false;
        }
        return figure;
    }

    internal static bool IsMore(string w) =>
        w is "högre" or "större" or "fler" or "mer" or "mera" or "bättre" or "längre" or "higher" or "more" or "greater" or "larger" or "better" or "longer" or "enemmän" or "suurempi" or "korkeampi" or "parempi" or "pidempi" or "useammin" or "oftare"
        || w.StartsWith("suuremm", StringComparison.Ordinal) || w.StartsWith("korkeamm", StringComparison.Ordinal) || w.StartsWith("paremm", StringComparison.Ordinal) || w.StartsWith("paremp", StringComparison.Ordinal);

    internal static bool IsBelow(string w) => w is "alle" or "below" or "under";

    /// <summary>A comparative of less: lägre, mindre, färre, lower, fewer, less, heikompi, pienempi, alhaisempi, vähemmän (and their translatives).</summary>
    internal static bool IsLess(string w) =>
        w is "lägre" or "mindre" or "färre" or "sämre" or "lower" or "fewer" or "less" or "smaller" or "worse"
        || w.StartsWith("heikomm", StringComparison.Ordinal) || w.StartsWith("pienemm", StringComparison.Ordinal)
        || w.StartsWith("alhaisemm", StringComparison.Ordinal) || w.StartsWith("matalamm", StringComparison.Ordinal)
        || w is "heikompi" or "pienempi" or "alhaisempi" or "matalampi" or "vähemmän" or "vähempi" or "harvemmin"
        || w.StartsWith("pienempä", StringComparison.Ordinal) || w.StartsWith("heikompa", StringComparison.Ordinal); // "suunniteltua pienempänä", "heikompana"

    /// <summary>"24 dagar (högst 30 dagar)", "(enintään 7 arkipäivää)": a ceiling in parentheses with its figure, the target unnamed.</summary>
    private static bool CeilingInAside(SentenceContext s, int i) =>
        s.T[i].Word is "högst" or "enintään" or "korkeintaan" or "max" && i + 1 < s.T.Count && IsFigure(s.T, i + 1) && InAside(s, i);

    /// <summary>"enemmän kuin vuodelle asetetut 4 000", "tavoitteeksi oli asetettu vähintään 4,2": the level set, before its figure.</summary>
    private static bool IsLevelSet(List<Token> t, int i) =>
        t[i].Word is "asetetut" or "asetettu" && i + 1 < t.Count
        && (IsFigure(t, i + 1) || i + 2 < t.Count && t[i + 1].Word is "vähintään" or "enintään" or "noin" && IsFigure(t, i + 2)) // "asetettu vähintään 4,2"
        // "Mittarin taso on 11 000", "Mittarissa luku on 500": the metric's own level is the target.
        || t[i].Word is "taso" or "luku" && i > 0 && t[i - 1].Word.StartsWith("mittari", StringComparison.Ordinal) && i + 2 < t.Count && t[i + 1].Word is "on" or "oli" && IsFigure(t, i + 2)
            && !t.Exists(IsTargetWord); // not "Mittarin luku oli 9 000, kun tavoite oli 11 000": there the metric's figure is what was reached

    /// <summary>A target that can carry a figure; not "tavoitteista (103 kpl)", the goals counted.</summary>
    private static bool IsTargetWord(Token t) =>
        t.Has(Cue.Goal) && !t.Word.EndsWith("tavoitteista", StringComparison.Ordinal) && (t.Word.Contains("tavoite", StringComparison.Ordinal) || t.Word.Contains("tavoitte", StringComparison.Ordinal)
            || t.Word is "target" or "targets" or "goal" or "aim" or "mark" or "mål" or "målet" or "tav" || t.Word.EndsWith("mål", StringComparison.Ordinal) || t.Word.EndsWith("målet", StringComparison.Ordinal) || t.Word.EndsWith("målets", StringComparison.Ordinal) || t.Word.Contains("målsiffr", StringComparison.Ordinal) || t.Word.StartsWith("målnivå", StringComparison.Ordinal) || t.Word.StartsWith("målsättning", StringComparison.Ordinal) || t.Word is "målsatta" or "målsatt"
            || t.Word.StartsWith("målvärde", StringComparison.Ordinal) || t.Word.StartsWith("ambition", StringComparison.Ordinal) || IsCeiling(t.Word)
            || t.Word.StartsWith("taso", StringComparison.Ordinal) || t.Word.StartsWith("nivå", StringComparison.Ordinal) // "asetetun tason", "den uppsatta nivån"
            || t.Word.EndsWith("planens", StringComparison.Ordinal) || t.Word.EndsWith("suunnitelman", StringComparison.Ordinal) // "än årsplanens 28"
            || t.Word.EndsWith("planen", StringComparison.Ordinal) || t.Word.EndsWith("suunnitelma", StringComparison.Ordinal) // "kuin vuosisuunnitelma vaatii"
            || IsPlannedWord(t.Word) // "than the 45 planned", "against 380 aimed at", "mot förväntade 1 200", "380 besökare mot 800 väntade"
            || t.Word is "räknat" or "räknade" && t.Has(Cue.Frame) // "färre än de 12 000 vi räknat med"
            || t.Word is "set" or "satt" or "määräksi" or "luvuksi" or "årets" or "plan" or "asetettua" or "asetetun" or "asetettu" or "paikkaan" or "paikalle" or "paikasta" || IsPlacesOffered(t.Word) || Tokenizer.IsYearsCount(t.Word)) // marked as the year's figure: "the 35 set for the year", "vuoden luku", "vuodelle asetettua 650", "160 paikkaan", "20 seats"
            || t.Word.StartsWith("mitoitu", StringComparison.Ordinal) || t.Word == "sized" || IsMaximum(t.Word); // "140 hengen mitoitus", "sized for 40"

    /// <summary>"till tjugo platser", "for 20 seats": the places offered, the figure a headcount is set against.</summary>
    internal static bool IsPlacesOffered(string w) => w is "platser" or "seats" or "places";

    /// <summary>"planned", "planerade", "aimed", "expected", "väntade": the word that names a figure as what was planned or expected.</summary>
    internal static bool IsPlannedWord(string w) =>
        w is "planned" or "planerats" or "planerade" or "planerat" or "aimed" or "sought" or "förväntade" or "väntade" or "expected" or "väntats" or "förväntats";

    /// <summary>"var 250", "för hela året var nio" from token k on: what a plan was, past words naming the year.</summary>
    private static bool PlanWas(List<Token> t, int k)
    {
        if (WholeYearAfter(t, k)) k += t[k + 1].Word is "hela" or "the" ? 3 : 2; // past "för (hela) året"
        return k + 1 < t.Count && t[k].Word is "var" or "är" && (IsFigure(t, k + 1) || IsNumberWord(t, k + 1));
    }

    /// <summary>
    /// "vuodelle sovittu 380", "sovitun 550 sijaan", "vuodelle päätetty 1 100", "on … 610 sovitun 800:n sijaan", "2 400
    /// suunnitellun sijaan", "odotetusta 2 500:sta", "suunniteltua 1 800:aa enemmän", "mot väntade 3 000": the figure agreed,
    /// planned or expected for the year; not what has been agreed so far ("on sovittu 120 000 euroa", "on sovittu vasta 19
    /// koulun kanssa"), nor a count of what was planned ("Kaikki 24 suunniteltua tapahtumaa", "16 … 20 suunnitellusta").
    /// A budgeted figure counts only beside its figure ("i stället för budgeterade 8 000", "budjetoidun 0,41 M€:n sijaan").
    /// </summary>
    private static bool IsAgreed(List<Token> t, int i)
    {
        var w = t[i].Word;
        var next = i + 1 < t.Count ? t[i + 1].Word : "";
        var figureNext = i + 1 < t.Count && (IsFigure(t, i + 1) || IsNumberWord(t, i + 1))
            || i + 2 < t.Count && t[i + 1].Word is "knappa" or "drygt" or "cirka" or "noin" or "runsaat" or "vajaat" && IsFigure(t, i + 2); // "mot budgeterade knappa 0,1 ME"
        var agreed = w switch
        {
            "sovitulla" => next == "tasolla", // "oli vuoden lopussa sovitulla tasolla": at the level agreed
            "sovittuja" => IsMore(next) || figureNext || next is "oli" or "on" && i + 2 < t.Count && (IsFigure(t, i + 2) || IsNumberWord(t, i + 2)), // "olivat sovittuja suuremmat (20 konserttia, 2 500 kuulijaa)", "…, sovittuja 24", "sovittuja oli kymmenen"
            "suunniteltu" => figureNext && !t[i + 1].Has(Cue.Year), // "osallistui 160 nuorta, suunniteltu 100"
            "planned" => next == "for" && i + 2 < t.Count && (IsFigure(t, i + 2) || WholeYearAfter(t, i + 1)), // "the lessons planned for 50", "while 25 were planned for the whole year"
            "mot" => figureNext && (WholeYearAfter(t, PastFigure(t, i + 1)) || YearEstimatedBefore(t, i)), // "26 kvällar under januari–april, mot 20 för hela året", "Timmarna för året beräknas till 4 100 mot 3 800"
            "planen" or "årsplanen" => PlanWas(t, i + 1) || figureNext // "340 seniorer deltog i datorkurserna, planen var 250", "medan planen för hela året var nio", "vid årets slut var de 360, planen 240"
                || PlanSaid(t, i), // "medan årsplanen räknade med elva"
            "suunnitelma" => figureNext, // "lainat kirjastoista 430 (suunnitelma 300)"
            "planerade" => next is "antal" or "antalet" && i + 3 < t.Count && t[i + 2].Word is "var" or "är" && IsFigure(t, i + 3) // "årets planerade antal var 22"
                || i > 0 && t[i - 1].Word == "årets" && figureNext // "redan är över årets planerade 30"
                || i >= 3 && (IsFigure(t, i - 1) || IsNumberWord(t, i - 1)) && t[i - 2].Word is "var" or "är" && t[i - 3].Word is "året" or "helåret" // "för hela året var 20 planerade"
                || i >= 2 && t[i - 1].Word is "var" or "är" && (IsFigure(t, i - 2) || IsNumberWord(t, i - 2)) && WholeYearAfter(t, i + 1), // "nio var planerade för året"
            "expected" => i >= 2 && IsFigure(t, i - 1) && t[i - 2].Word is "with" or "versus" or "against", // "290 children attended, with 170 expected", "140 … versus 80 expected"
            "plan" => next == "for" || (i > 0 && t[i - 1].Word == "a" || i + 2 < t.Count && (IsFigure(t, i + 2) || IsNumberWord(t, i + 2))) && next == "of" // "the plan for the whole year was 80", "against a plan of 120", "a whole-year plan of 18"
                || next is "was" or "had" && t.Skip(i + 2).Take(2).Any(x => char.IsAsciiDigit(x.Word[0])) // "where the plan had been 200"
                || PlanSaid(t, i), // "medan hela årets plan angav elva"
            "sovittu" or "sovitun" or "sovitut" or "sovittua" or "sovittuun" or "sovittujen" or "päätetty" or "päätetyn" or "päätettyä" or "päätetyt" or "planerades"
                or "kaavailtu" or "kaavaillun" or "kaavailtua" or "kaavaillusta" => true, // "190 vuodelle kaavaillusta 1 600 käynnistä"
            "suunnitellun" or "odotetun" or "arvioidun" or "budjetoidun" or "varatun" or "tavoitellun" => t.Skip(i + 1).Take(4).Any(x => x.Word is "sijaan" or "sijasta" or "tilalle" or "asemesta"), // "2 900 henkeä 2 400 suunnitellun sijaan", "0,36 M€ varatun 0,24 M€:n sijasta"
            "kirjattu" or "kirjatun" or "kirjattua" => figureNext && i > 0 && t[i - 1].Word.StartsWith("mittari", StringComparison.Ordinal) // "enemmän kuin mittariin kirjattu 3 500"
                || w == "kirjatun" && t.Skip(i + 1).Take(4).Any(x => x.Word is "sijaan" or "sijasta"), // "380 joukkuetta budjettiin kirjatun 450 joukkueen sijaan"
            "sovitusta" or "odotetusta" or "suunnitellusta" or "varatusta" or "väntade" or "budgetens" => figureNext, // "sovitusta 95 000:sta", "varatusta 0,38 M€:sta", "mot väntade 3 000", "att jämföra med budgetens 8 800"; not "20 suunnitellusta"
            "budgeterade" => figureNext || i >= 3 && FigureEndsAt(t, i - 1) && t.Skip(i - 4).Take(3).Any(x => x.Word == "mot"), // "mot budgeterade 8 000", "3 900 bokade timmar mot 3 600 budgeterade"
            "odotettiin" or "toivottiin" => figureNext && i > 0 && t[i - 1].Word is "vaikka" or "kun" or "mutta", // "kuulijoita kävi 1 700 vaikka odotettiin 3 600"
            "aimed" => next is "for" or "at" && FigureEndsAt(t, i - 1), // "fell well short of the 3 000 aimed for"
            "sovittiin" => figureNext && i > 0 && t[i - 1].Word is "vuodeksi" or "vuodelle", // "; vuodeksi sovittiin 1 500"
            "räknat" or "räknade" => next == "med" && i > 0 && t[i - 1].Word is "hade" or "har" or "vi" or "man" && i + 2 < t.Count && IsFigure(t, i + 2), // "samlade 360 personer, vi hade räknat med 900", "vi räknade med 600"
            "suunniteltua" or "odotettua" => figureNext && t.Skip(i + 2).Take(4).Any(x => IsMore(x.Word) || x.Word is "vähemmän" or "pienempi" or "pienemmäksi"), // "suunniteltua 1 800:aa enemmän"
            _ => false,
        };
        return agreed && (w is "sovitulla" or "sovittuja" or "plan" || ComparedWith(t, i)
            || !t.Skip(i - 6).Take(6).Any(x => x.Clause == t[i].Clause && (x.Word is "on" or "oli" or "ovat" or "olivat" or "ole" or "ollut" or "olleet" && !ForTheYear(t, i) || x.Has(Cue.Negator))));
    }

    /// <summary>"for the whole year", "för hela året", "för året" from token j on.</summary>
    /// <summary>"årsplanen räknade med elva", "årets plan angav 12": what the plan at i said, a figure.</summary>
    private static bool PlanSaid(List<Token> t, int i)
    {
        var said = i + 1 < t.Count && t[i + 1].Word is "räknade" or "räknar" ? i + 2 : i + 1 < t.Count && t[i + 1].Word is "angav" or "anger" ? i + 1 : -1;
        if (said < 0 || said + 1 >= t.Count || said > i + 1 && t[said].Word != "med") return false;
        return IsFigure(t, said + 1) || IsNumberWord(t, said + 1);
    }

    /// <summary>"Timmarna för året beräknas till 4 100": the year's total as estimated, before token i.</summary>
    private static bool YearEstimatedBefore(List<Token> t, int i)
    {
        var estimated = t.FindIndex(0, i, x => x.Word is "beräknas" or "bedöms" or "uppskattas");
        return estimated > 0 && estimated + 1 < t.Count && t[estimated + 1].Word == "till" && t.FindIndex(0, estimated, x => x.Word == "för") is var of and >= 0 && WholeYearAfter(t, of);
    }

    private static bool WholeYearAfter(List<Token> t, int j) =>
        j + 1 < t.Count && t[j].Word is "for" or "för" && (t[j + 1].Word is "året" or "helåret" || j + 2 < t.Count && t[j + 1].Word is "hela" or "the" && t[j + 2].Word is "året" or "year"
            || j + 3 < t.Count && t[j + 1].Word == "all" && t[j + 2].Word == "of" && (t[j + 3].Has(Cue.Year) || t[j + 3].Word == "the") // "while 24 were planned for all of 2087"
            || j + 3 < t.Count && t[j + 1].Word == "the" && t[j + 2].Word is "whole" or "full" && t[j + 3].Word == "year");

    /// <summary>Whether a figure ends at j: a number, or the last thousands group of one ("1 800").</summary>
    private static bool FigureEndsAt(List<Token> t, int j) => j >= 0 && (IsFigure(t, j) || j > 0 && IsThousands(t, j - 1, j));

    /// <summary>"on sovittua 11 000:ta korkeampi": a partitive figure compared with, never the perfect "on sovittu 120 000 euroa".</summary>
    private static bool ComparedWith(List<Token> t, int i) =>
        (t[i].Word.EndsWith("ua", StringComparison.Ordinal) || t[i].Word.EndsWith("yä", StringComparison.Ordinal)) && i + 1 < t.Count && IsFigure(t, i + 1)
        && t.Skip(PastFigure(t, i + 1)).Take(3).Any(x => IsMore(x.Word) || x.Word is "vähemmän" or "pienempi" or "alempi" or "matalampi");

    /// <summary>"610 sovitun 800:n sijaan", "vuodeksi oli sovittu 1 100": a figure or the year just before token i marks the year's figure.</summary>
    private static bool ForTheYear(List<Token> t, int i) =>
        FigureEndsAt(t, i - 1)
        // "0,38 M€ budjetoidun 0,41 M€:n sijaan": the figure's unit between; "260 nuorta sovitun 180:n sijaan": any word, before "instead of".
        || i > 1 && FigureEndsAt(t, i - 2) && (UnitScale(t[i - 1].Word) != 1 || IsCurrency(t[i - 1].Word) || t.Skip(i + 1).Take(4).Any(x => x.Word is "sijaan" or "sijasta" or "tilalle" or "asemesta"))
        || t.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(x => x.Word is "vuodeksi" or "vuodelle" or "luvuksi" or "määräksi");

    /// <summary>"sänktes till 12 år i stället för 15", "5 euro i stället för 8", "vecka 40 i stället för 36": a price, an age or a time, not a count.</summary>
    private static bool NotACount(List<Token> t, int i) =>
        t.Exists(x => x.Word is "sänktes" or "höjdes" or "sänkts" or "höjts")
        || t.Skip(Math.Max(0, i - 3)).Take(7).Any(x => x.Word is "år" or "euro" or "kr" or "kronor" or "vecka" or "veckan" or "kl" or "procent");

    /// <summary>"suunnitelmassa", "i planen": where a planned figure is written.</summary>
    private static bool InThePlan(List<Token> t, int i) =>
        (t[i].Word is "suunnitelmassa" or "suunnitelmaan" || t[i].Word == "planen" && i > 0 && t[i - 1].Word == "i"
            || t[i].Word is "sijaan" or "sijasta" && i >= 2 && t[i - 1].Word == "n" && IsFigure(t, i - 2) // "osallistui 240 nuorta 150:n sijaan"
            || t[i].Word is "stället" or "istället" && i + 1 < t.Count && t[i + 1].Word == "för" && !t.Skip(i).Take(5).Any(IsTargetWord) && !NotACount(t, i)) && !RestLater(t); // "blev två i stället för fem", not "i stället för de målsatta 40"

    /// <summary>"loput ensi vuonna", "resten nästa år", "the rest next year": a plan that spans years, so its figure is not this year's.</summary>
    private static bool RestLater(List<Token> t) =>
        t.Exists(x => x.Word is "loput" or "loppuosa" or "resten" or "rest" or "remainder") && t.Exists(x => x.Has(Cue.NextYear | Cue.LaterTime));

    /// <summary>
    /// "kun määrän piti nousta 2 400:aan", "fast de skulle nå 2 400", "oli tarkoitus pitää 45", "vi hade siktat på 60", "vaikka heitä odotettiin 1 500": what was to be reached, a verb before its figure, is the
    /// target when no target word is written (not the forecast "pitäisi nousta 1 500:aan, kun tavoite on 2 000").
    /// </summary>
    private static int SupposedTo(List<Token> t, int i)
    {
        if (t[i].Word is not ("piti" or "skulle" or "tarkoitus" or "siktat" or "siktade" or "aimed" or "räknade" or "räknat" or "odotettiin") || i + 2 >= t.Count || t[i + 1].Clause != t[i].Clause || t.Exists(IsTargetWord)) return -1;
        // "I budgeten räknade vi med 12 000": what the budget counted on.
        if (t[i].Word is "räknade" or "räknat" && !(t.Exists(x => x.Word.StartsWith("budget", StringComparison.Ordinal)) && t.Exists(x => x.Word == "med"))) return -1;
        if (!(t[i].Word is "skulle" or "räknade" or "räknat" or "odotettiin" || t[i + 1].Word is "på" or "at" or "for" || t[i].Word is not ("siktat" or "siktade" or "aimed") && IsInfinitive(t, i + 1))) return -1;
        // "piti järjestää vuoden aikana 12": the figure may come a few words after the verb, in its clause.
        for (var j = t[i].Word == "odotettiin" ? i + 1 : i + 2; j < t.Count && j <= i + 5 && t[j].Clause == t[i].Clause && !t[j - 1].Has(Cue.Finish); j++) // not "som skulle erbjudas stigen hann nio": what was done
            if (IsFigure(t, j) || IsNumberWord(t, j)) return ADifference(t, j) ? -1 : j; // "trots att vi hade siktat på 60", "we had aimed for 60"
        return -1;
    }

    /// <summary>"nousta", "käsitellä", not the adessive phrase of "piti yhdellä vanhalla laitteella yhdeksän iltaa" (held nine with one device).</summary>
    private static bool IsInfinitive(List<Token> t, int i) => (t[i].Word.EndsWith('a') || t[i].Word.EndsWith('ä')) && !(Adessive(t[i].Word) && i + 1 < t.Count && Adessive(t[i + 1].Word));

    private static bool Adessive(string w) => w.EndsWith("lla", StringComparison.Ordinal) || w.EndsWith("llä", StringComparison.Ordinal);

    /// <summary>A count (not a rate or an average) past a ceiling: it can only grow, so it stays past it ("sulkemaan 14 päivänä, ja vuodelle sallittu yläraja on 12").</summary>
    private static bool CountPastCeiling(SentenceContext s, int at, int targetAt) => AtMost(s, targetAt) && !IsPercent(s, at) && !IsPercent(s, targetAt) && !IsAverage(s);

    /// <summary>"piti maksaa 11 miljoonaa euroa vähemmän", "skulle bli 40 färre": the figure at j is a difference, not what was to be reached.</summary>
    private static bool ADifference(List<Token> t, int j) =>
        t.Skip(PastFigure(t, j)).Take(3).Any(x => x.Word is "vähemmän" or "enemmän" or "mindre" or "mer" or "fler" or "färre" or "less" or "more" or "fewer");

    /// <summary>"taket", "takvärdet" (marked a goal only before "på" and its figure), or a maximum: a target that is a ceiling.</summary>
    private static bool IsCeiling(string w) => w is "taket" or "takvärdet" or "taknivån" or "katon" or "katto" or "kattoa" or "katossa" or "kattona" or "katoksi" or "raja" or "rajan" or "rajaa" or "gränsen" or "gräns" or "limit" || IsMaximum(w);

    /// <summary>"enimmäisaika", "ylärajan", "maxgränsen", "the six-week maximum": a noun that names a ceiling set as the target.</summary>
    private static bool IsMaximum(string w) =>
        w.StartsWith("enimmäis", StringComparison.Ordinal) || w.StartsWith("yläraj", StringComparison.Ordinal)
        || w.StartsWith("takaraj", StringComparison.Ordinal) || w.StartsWith("maxgräns", StringComparison.Ordinal) || w.StartsWith("maxtid", StringComparison.Ordinal) || w.StartsWith("maxnivå", StringComparison.Ordinal) || w.StartsWith("maxvärde", StringComparison.Ordinal)
        || w is "maximum" or "ceiling" or "cap" or "tillåtna" or "sallittu" or "sallitun" or "sallitusta" or "sallittua" or "sallitaan" or "sallii" or "sallivat" or "tillåter" or "allows" // "sopimus sallii koko vuodelle enintään 40 katkopäivää"
        || w.StartsWith("kulutuskat", StringComparison.Ordinal) || w.StartsWith("kustannuskat", StringComparison.Ordinal); // "kulutuskatoksi oli sovittu 160 litraa"

    /// <summary>The target's number: within three words after it ("Tavoite 4 kpl", "tavoitetaso oli 4,0"), else just before it ("70 prosentin tavoitetason").</summary>
    private static int FigureNear(SentenceContext s, int i)
    {
        var t = s.T;
        // Not "80 prosentin tavoitetta vasten": a level in the genitive.
        if (IsCountedGoal(t[i].Word) && (i > 0 && IsFigure(t, i - 1) || i > 1 && IsFigure(t, i - 2) && !t[i - 1].Word.EndsWith('n'))) return -1;
        // "vuoden 300 käyttökerran tavoitteesta on koossa 190": out of the target named before it, the figure after is the part gathered.
        if (t[i].Word.EndsWith("tavoitteesta", StringComparison.Ordinal) && i > 1 && t[i - 1].Word.EndsWith('n') && IsFigure(t, i - 2)) return i - 2;
        if (t[i].Word is "paikasta" or "paikkaan" or "paikalle" && i > 0 && IsFigure(t, i - 1)) return FirstGroup(t, i - 1); // "240 paikasta on varattu 90", "kahdeksan 18 paikkaan": the places are the whole
        // "tavoitteena oli pitää se enintään 4,5 prosentissa", "tavoitteen mukaan niitä sai olla korkeintaan 40": a ceiling up to
        // six words on, in the target's own clause; not
        // past a colon ("ylsivät tavoitetasolle: työpajoja pidettiin 1 150"), after which the figures are what was done.
        for (var j = i + 1; j < t.Count && j <= i + 8 && !(j == i + 1 && s.SignBefore(j) == ':'); j++)
        {
            // "Tavoitteeksi oli asetettu, että osuus pysyy alle viiden prosentin": a ceiling in the clause of "että" that states the target.
            var thatClause = t[j].Clause == t[i].Clause + 1 && t[s.ClauseStart(j)].Word is "että" or "att" or "that";
            // "ei noussut tavoitetasolle, vaan jäi 41 000:een": a clause set against the target's is not its figure.
            if (t[j].Clause != t[i].Clause && t[s.ClauseStart(j)].Word is "vaan" or "mutta" or "men" or "utan" or "but") break;
            // "målet var satt till 2 000", "the target was set at 5 000": the figure the target was set to.
            var setTo = j == i + 4 && t[j - 1].Word is "till" or "to" or "at" && t[j - 2].Word is "satt" or "satts" or "set" or "fastställt" or "fastställd"
                || t[j].Clause == t[i].Clause && t[j - 1].Word is "on" or "oli" or "är" or "var" or "is" or "was"; // "sallittu pisin aika on 15", "its goal for the whole of the year is 350"
            if (j > i + 3 && !setTo && !((t[j].Clause == t[i].Clause && j <= i + 6 || thatClause) && (IsAtMostWord(t[j - 1].Word) || t[j - 1].Word is "alle" or "under" or "below"))) continue;
            // "sallitun ylärajan ollessa 20": the target's own noun after its adjective goes on to the figure.
            var ownNoun = j == i + 1 && IsMaximum(t[i].Word) && IsMaximum(t[j].Word);
            if (t[j].Has(Cue.Actual | Cue.ForecastNoun) && !t[j].Has(Cue.Auxiliary) || IsTargetWord(t[j]) && !ownNoun || t[j].Has(Cue.Realise) && t[j].Form != VerbForm.None) break; // "tavoitetaso oli 4,0", "Target reached (82 %"
            if (IsFigure(t, j) && !InCompound(s, j) || IsNumberWord(t, j)) return j;
        }
        // "900 lainaa 300 sovittua vähemmän", "180 suunniteltua useammin": the figure before is the difference, not the target.
        if (i + 1 < t.Count && (t[i].Word.EndsWith("ua", StringComparison.Ordinal) || t[i].Word.EndsWith("yä", StringComparison.Ordinal)) && (IsMore(t[i + 1].Word) || IsLess(t[i + 1].Word))) return -1;
        // "with 60 as the aim": the figure named as the target.
        if (i >= 3 && t[i - 1].Word == "the" && t[i - 2].Word == "as" && IsFigure(t, i - 3)) return FirstGroup(t, i - 3);
        for (var j = i - 1; j >= 0 && j >= i - 2 && t[j].Clause == t[i].Clause; j--)
        {
            // "1 500 ryhmän tavoitetta", "de 12 000 vi räknat med": the figure from its first group (not "112 000 eli tavoitteen verran")
            var first = j == i - 2 && t[i - 1].Word is not ("eli" or "dvs" or "or") && !IsPace(s, i) || j == i - 1 && j > 0 && IsThousands(t, j - 1, j) ? FirstGroup(t, j) : j; // "mot 3 600 budgeterade", "the 3 000 aimed for"
            if (IsFigure(t, first) && !InCompound(s, j) || j == i - 1 && (IsMaximum(t[i].Word) || IsPlacesOffered(t[i].Word)) && IsNumberWord(t, j)) return first; // "enintään kymmenen sallitun sijaan", "till tjugo platser"
            if (j == i - 2 && IsMaximum(t[i].Word) && (GenitiveNumber(t, j) > 0 || NumberWords.ContainsKey(t[j].Word))) return j; // "kahdentoista tunnin ylärajan alla", "kymmenen poikkeaman ylärajan"
            if (j == i - 2 && t[i].Word == "planerade" && t[i - 1].Word is "var" or "är" && IsNumberWord(t, j)) return j; // "nio var planerade för året"
        }
        // "3 000:n tavoitteesta": a figure of thousands in the genitive.
        var head = FirstGroup(t, i - 2);
        return i >= 3 && t[i - 1].Word == "n" && head < i - 2 && IsFigure(t, head) ? head : -1;
    }

    /// <summary>The first group of the figure whose group is at <paramref name="j"/>: "1" of "1 500".</summary>
    internal static int FirstGroup(List<Token> t, int j)
    {
        while (j > 0 && IsThousands(t, j - 1, j)) j--;
        return j;
    }

    /// <summary>"jota 3 200 osallistujan vuositavoite vaatii" after "sitä tahtia": the target's pace, weighed by other words.</summary>
    private static bool IsPace(SentenceContext s, int i) =>
        s.FindWord(i - 6, i + 5, w => w.StartsWith("tahti", StringComparison.Ordinal) || w.StartsWith("tahdi", StringComparison.Ordinal)
            || w.StartsWith("takt", StringComparison.Ordinal) || w == "pace") >= 0;

    /// <summary>"yli 23-vuotiaiden", "3-vuotinen": a number joined to a word by a hyphen describes, it is no figure.</summary>
    private static bool InCompound(SentenceContext s, int j)
    {
        var end = s.T[j].End;
        return end + 1 < s.Text.Length && s.Text[end] == '-' && char.IsLetter(s.Text[end + 1]);
    }

    /// <summary>"14 tavoitetta", "20 sitovasta tavoitteesta": a number before these counts goals; a level takes the genitive ("70 prosentin tavoite").</summary>
    private static bool IsCountedGoal(string w) => w.EndsWith("tavoitetta", StringComparison.Ordinal) || w.EndsWith("tavoitteesta", StringComparison.Ordinal);

    /// <summary>"tavoitteen mukaisesti", "enligt målet", "in line with the target": the target word i in a phrase of "as the target sets".</summary>
    private static bool AsTargetPhrase(List<Token> t, int i) =>
        i + 1 < t.Count && t[i + 1].Word == "mukaisesti" || i > 0 && t[i - 1].Word == "enligt"
        || i > 2 && t[i - 1].Word == "the" && t[i - 2].Word == "with" && t[i - 3].Word == "line";

    private static bool LaterTargetWord(List<Token> t, int i)
    {
        for (var k = i + 2; k < t.Count; k++)
            if (IsTargetWord(t[k])) return true;
        return false;
    }

    /// <summary>"7 900 (tavoite 7 000)": the figure of a target in brackets right after the figure at <paramref name="at"/>, or -1.</summary>
    private static int OwnTargetAfter(SentenceContext s, int at)
    {
        var next = PastFigure(s.T, at);
        if (next < s.T.Count && !IsFigure(s.T, next) && !IsTargetWord(s.T[next])) next++; // its unit: "7 900 käyntiä (tavoite 7 000)"
        return next + 1 < s.T.Count && IsTargetWord(s.T[next]) && s.Text[s.T[at].End..s.T[next].Start].Contains('(') && IsFigure(s.T, next + 1) ? next + 1 : -1;
    }

    /// <summary>The number after an actual or forecast word, skipping dates ("Toteuma 31.8.2020: 85 %") and the target's own number.</summary>
    private static int FigureAfter(SentenceContext s, int i, int targetAt)
    {
        var t = s.T;
        for (var (j, last) = (i + 1, i + 4); j < t.Count && j <= last; j++)
        {
            if (IsTargetWord(t[j])) return -1;
            // "nousi 1,31 miljoonasta 1,46 miljoonaan": the figure it rose from is not what it reached.
            if (j + 2 < t.Count && IsFigure(t, j) && (t[j + 1].Word.EndsWith("sta", StringComparison.Ordinal) || t[j + 1].Word.EndsWith("stä", StringComparison.Ordinal)) && IsFigure(t, j + 2)) continue;
            if (InRange(s, j))
            {
                last++; // "nousi asteikolla 1–5 arvoon 4,5": the ends of a scale are not what was reached, nor counted in the distance
                continue;
            }
            if (j != targetAt && IsFigure(t, j) && (targetAt < 0 || SameKind(s, j, targetAt))) return j; // not "within the 30-day limit (target 90 %)"
        }
        return -1;
    }

    /// <summary>
    /// "12 päivää, kun enimmäisajaksi oli sovittu kolme viikkoa": a time in days set against a target in weeks or months is
    /// weighed in the target's unit; any other figure is returned as it is.
    /// </summary>
    private static double InDays(SentenceContext s, int at, int targetAt, double value)
    {
        if (targetAt < 0) return value;
        var (unit, targetUnit) = (DaysPer(s.T, at), DaysPer(s.T, targetAt));
        return unit > 0 && targetUnit > 0 ? value * unit / targetUnit : value;
    }

    /// <summary>"vastattiin kahdessa viikossa", "besvarades inom fem dagar", "answered within ten days": the time something took, better shorter.</summary>
    private static bool TimeTaken(SentenceContext s, int j)
    {
        if (DaysPer(s.T, j) == 0) return false;
        var unit = s.T[PastFigure(s.T, j)].Word;
        return unit.EndsWith("ssa", StringComparison.Ordinal) || unit.EndsWith("ssä", StringComparison.Ordinal) || j > 0 && s.T[j - 1].Word is "inom" or "within"
            || s.FindWord(s.ClauseStart(j), j, w => w.StartsWith("kest", StringComparison.Ordinal) || w is "took" or "take" or "lasted" or "tog" or "tar" or "varade") >= 0; // "se kesti 5 kuukautta"
    }

    /// <summary>The days in the unit after the figure at j (päivää 1, viikkoa 7, kuukautta 30), or 0 when it is no time.</summary>
    private static int DaysPer(List<Token> t, int j)
    {
        var after = PastFigure(t, j);
        if (after >= t.Count) return 0;
        var w = t[after].Word;
        return w.StartsWith("päiv", StringComparison.Ordinal) || w.StartsWith("arkipäiv", StringComparison.Ordinal) || w.StartsWith("dag", StringComparison.Ordinal) || w.StartsWith("day", StringComparison.Ordinal) ? 1
            : w.StartsWith("viiko", StringComparison.Ordinal) || w.StartsWith("viikk", StringComparison.Ordinal) || w.StartsWith("veck", StringComparison.Ordinal) || w.StartsWith("week", StringComparison.Ordinal) ? 7
            : w.StartsWith("kuukau", StringComparison.Ordinal) || w.StartsWith("månad", StringComparison.Ordinal) || w.StartsWith("month", StringComparison.Ordinal) ? 30
            : 0;
    }

    /// <summary>"1–5", "1-5": a number joined by a dash to another, one end of a range.</summary>
    private static bool InRange(SentenceContext s, int j)
    {
        var (start, end, text) = (s.T[j].Start, s.T[j].End, s.Text);
        return end + 1 < text.Length && text[end] is '–' or '-' && char.IsAsciiDigit(text[end + 1])
            || start >= 2 && text[start - 1] is '–' or '-' && char.IsAsciiDigit(text[start - 2]);
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
        if (separators > 1 || IsPhaseNumber(t, j)) return false;
        // "12 000": the thousands group belongs to the number before it.
        return !(j > 0 && IsThousands(t, j - 1, j));
    }

    /// <summary>"2 ja 3 vaihetta", "etapp 2": a number that names a phase, not a count.</summary>
    private static bool IsPhaseNumber(List<Token> t, int j)
    {
        static bool Phase(string w) => w.StartsWith("vaihe", StringComparison.Ordinal) || w.StartsWith("etapp", StringComparison.Ordinal) || w.StartsWith("phase", StringComparison.Ordinal);
        return j + 1 < t.Count && Phase(t[j + 1].Word) || j + 3 < t.Count && t[j + 1].Word is "ja" or "och" or "and" && Phase(t[j + 3].Word) || j > 0 && Phase(t[j - 1].Word);
    }

    /// <summary>"12 000": a group of three digits one space after the number before it, which it belongs to.</summary>
    internal static bool IsThousands(List<Token> t, int head, int group) =>
        head >= 0 && group < t.Count && t[group].Word.Length == 3 && t[group].Start == t[head].End + 1 && char.IsAsciiDigit(t[head].Word[^1])
        && t[head].Word.Length <= 3 && t[group].Word.All(char.IsAsciiDigit);

    /// <summary>
    /// A target whose figure stands in the sentence before: "Mopokorjaamon kursseilla on tammi–elokuussa käynyt 140 nuorta.
    /// Vuoden tavoite on 320." A figure forecast for the year, or at year end, short of the target is short of it; counted for
    /// part of the year it is so far. The sentence of the target must hold no verdict of its own ("arvioidaan toteutuvan").
    /// </summary>
    private static void FigureBefore(SentenceContext s, LoneFigure before, int targetWord, int targetAt, double target, ref StatusResolver found)
    {
        // "Kesällä pidettiin 30 tapahtumaa, ja … vuoden kävijämäärä on 20 000. Tavoitteena on 50 tapahtumaa.": the target counts the events, not the forecast's visitors.
        if (before.CountedUnit is { } unit && PastFigure(s.T, targetAt) is var after && after < s.T.Count && s.T[after].Word.StartsWith(unit, StringComparison.Ordinal)) return;
        var good = AtMost(s, targetAt) || CostsIn(s, targetWord) || LowerLevelIsBetter(s, targetWord) || before.LowerIsBetter ? before.Value <= target : before.Value >= target;
        var done = !before.Forecast && (Tense.IsYearEnd(s, targetWord) || before.Past) && !before.SoFar;
        // "hade redan i maj hållit 31 sagostunder. Årsmålet var 25.": a count so far already past the year's target is met during the year.
        var metEarly = good && !before.Forecast && before.Past && !before.Percent && !AtMost(s, targetAt);
        var rule = good ? (done || metEarly ? Rules.FigureReached : Rules.FigureForecastReached)
            : before.Forecast || done ? Rules.FigureShortfall : before.SoFar ? Rules.FigurePartSoFar : Rules.RiskBelowTarget;
        if (rule == Rules.FigureShortfall && s.Before.AllHeld) rule = Rules.VerdictPartial; // "… hölls med alla 18 planerade uppläsningar. Åhörarna blev 1 300. Målet var 2 000."
        found.Add(SentenceReader.Make(s, rule, rule.Kind == RuleKind.Verdict, targetWord, Math.Max(targetWord, PastFigure(s.T, targetAt) - 1)));
    }

    /// <summary>The one figure of a sentence with no target word, for a target in the next sentence; or null.</summary>
    public static LoneFigure? Lone(SentenceContext s)
    {
        if (s.HasGoal) return null;
        var at = -1;
        for (var j = 0; j < s.T.Count; j++)
            if (IsFigure(s.T, j))
            {
                if (at >= 0) return ForecastAfterCount(s); // more than one figure
                at = j;
            }
        // "Väntetiden var fem månader": with no figure in digits, one time in words.
        if (at < 0 && s.FindWord(0, s.T.Count, w => NumberWords.ContainsKey(w)) is var word and >= 0 && IsNumberWord(s.T, word) && DaysPer(s.T, word) > 0 && IsLevelInWords(s, word)) at = word;
        if (at < 0) return null;
        // "Melontakeskuksen vuokrakausi päättyi syyskuun lopussa 3 100 vuokraukseen": a season that ended is counted in full.
        // Not "Kevätkausi päättyi … 3 000 käyntiin", a part of the year, nor "Korona-aika loppui kesäkuussa, ja …" in another clause.
        // "Uimarantojen kesäkausi päättyi …, ja valvonta saatiin 19 rannalle": a season named as ended, in any clause before.
        // "pidettiin 38, ja kausi päättyi elokuun lopussa": the season named as ended after the count too.
        var ended = (s.FindWord(s.ClauseStart(at), at, Lexicon.IsEnded) >= 0 || s.FindWord(0, s.T.Count, Lexicon.IsEnded) is var end and > 0 && IsSeasonWord(s.T[end - 1].Word))
            && s.FindWord(0, s.T.Count, IsHalfYearSeason) < 0;
        var soFar = !ended && (s.SentenceHas(Cue.Interim) || PartOfYear(s, at) && s.Round == RoundKind.Forecast);
        // "pystytään tarjoamaan tänä vuonna enintään 2 300": a figure for this year, not so far, is the year's forecast.
        return new LoneFigure(Value(s.T, at), IsPercent(s, at), soFar, s.SentenceHas(Cue.Frame | Cue.ForecastNoun) || s.Round == RoundKind.Forecast && s.HasThisYear && !soFar && !HasPastVerb(s), ended || HasPastVerb(s) || s.HasRealiseVerb && Tense.IsPast(s, at)
            || HadBefore(s, at), MoneyAt(s, at), LowerIsBetter: LowerLevelIsBetter(s, at)); // "hade redan i maj hållit 31 sagostunder"
    }

    /// <summary>
    /// "väntetiden var fem månader": a level, not a change ("förlängdes med fem månader", "fem månader längre än året innan",
    /// "kaksi kuukautta pidempi") nor one part set against another ("…, men för ett av tre ärenden var väntetiden över sex månader").
    /// </summary>
    private static bool IsLevelInWords(SentenceContext s, int word) =>
        !(word > 0 && s.T[word - 1].Word is "med" or "by" or "verran") && s.ContrastIn(0, s.T.Count) < 0 && !ChangeNamed(s)
        && s.FindWord(0, s.T.Count, w => IsMore(w) || IsLess(w) || w is "kortare" or "shorter" or "lyhyempi" || w.StartsWith("pidemp", StringComparison.Ordinal)
            || w.StartsWith("förläng", StringComparison.Ordinal) || w.StartsWith("förkort", StringComparison.Ordinal) || w.StartsWith("pidenty", StringComparison.Ordinal) || w.StartsWith("lyheni", StringComparison.Ordinal)) < 0;

    /// <summary>
    /// "Kesän pop-up-kirjastot keräsivät 9 300 käyntiä, ja … vuoden kävijämäärän ennustetaan nousevan noin 12 500:aan": a count
    /// so far, then in a clause of its own the year's forecast; the forecast is the sentence's figure. Null where no forecast closes it.
    /// </summary>
    private static LoneFigure? ForecastAfterCount(SentenceContext s)
    {
        var figures = Figures(s);
        var (last, _) = figures[^1];
        var before = figures[^2].At;
        if (s.ClauseStart(last) <= before || !s.HasIn(s.ClauseStart(last), last, Cue.Frame | Cue.ForecastNoun) || s.Negator(last) >= 0) return null;
        // "kului maaliskuun loppuun mennessä 780 000 euroa, ja … arvioidaan maksavan vielä noin 300 000 euroa": the rest to come, added to what was counted.
        var more = s.FindWord(s.ClauseStart(last), last, w => w is "vielä" or "lisäksi" or "ytterligare" or "further" or "another") >= 0;
        if (more && (figures.Count != 2 || IsPercent(s, before) || IsPercent(s, last))) return null;
        var money = more ? MoneyAt(s, before) + MoneyAt(s, last) : MoneyAt(s, last);
        var unit = PastFigure(s.T, before) is var u && u < s.T.Count && s.T[u].Clause == s.T[before].Clause && s.T[u].Word.Length >= 5 ? s.T[u].Word[..5] : null;
        if (unit is not null && s.FindWord(s.ClauseStart(last), s.ClauseEnd(last), w => w.StartsWith(unit, StringComparison.Ordinal)) >= 0) unit = null; // the forecast counts the same thing
        return new LoneFigure(more ? Value(s.T, before) + Value(s.T, last) : Value(s.T, last), IsPercent(s, last), SoFar: false, Forecast: true, Past: false, money, more ? null : unit);
    }

    private static bool IsSeasonWord(string w) =>
        w.EndsWith("kausi", StringComparison.Ordinal) && !w.StartsWith("poikkeus", StringComparison.Ordinal) && !w.StartsWith("korona", StringComparison.Ordinal) && !w.StartsWith("haku", StringComparison.Ordinal) || w.StartsWith("säsong", StringComparison.Ordinal) || w.EndsWith("säsongen", StringComparison.Ordinal) || w == "season";

    /// <summary>The figures of a sentence (not years, dates, or the thousands groups of a figure before them), with their values.</summary>
    internal static List<(int At, double Value)> Figures(SentenceContext s)
    {
        var figures = new List<(int, double)>();
        for (var j = 0; j < s.T.Count; j++)
            if (IsFigure(s.T, j) || IsAmountInWords(s.T, j) || IsWholeInWords(s.T, j)) figures.Add((j, Value(s.T, j))); // a thousands group is no figure of its own
        return figures;
    }

    /// <summary>A figure of money ("540 000 euroa", "20 mnkr") or with a scale ("60,5 miljoonan alijäämää"), not a bare count.</summary>
    internal static bool IsAmount(SentenceContext s, int j) =>
        !double.IsNaN(MoneyAt(s, j)) || PastFigure(s.T, j) is var unit && unit < s.T.Count && s.T[unit].Clause == s.T[j].Clause && UnitScale(s.T[unit].Word) > 1;

    /// <summary>The sign written before the figure at j: -1 for "-52,3", "−409 620", "minus 5", 1 for "+638 752", "+ 72,8", else 0.</summary>
    internal static int SignAt(SentenceContext s, int j)
    {
        var start = s.T[j].Start;
        var sign = start > 0 && (start < 2 || !char.IsLetterOrDigit(s.Text[start - 2])) ? s.Text[start - 1] : ' ';
        if (sign == ' ' && start >= 3 && s.Text[start - 3] == ' ') sign = s.Text[start - 2]; // "uppgår till + 72,8 miljoner"
        return sign is '-' or '\u2212' or '\u2013' || j > 0 && s.T[j - 1].Word == "minus" || j > 1 && s.T[j - 1].Word is "på" or "om" && s.T[j - 2].Word == "minus" ? -1 : sign == '+' ? 1 : 0; // "ett budgeterat minus på 700 000 euro"
    }

    /// <summary>"380 odotetusta tuhannesta", "12 kirjastossa kahdestakymmenestä": a whole out of which, in words, is a figure like one in digits.</summary>
    private static bool IsWholeInWords(List<Token> t, int j) => (t[j].Word.EndsWith("sta", StringComparison.Ordinal) || t[j].Word.EndsWith("stä", StringComparison.Ordinal)) && NumberWords.TryGetValue(t[j].Word, out var value) && value >= 20;

    /// <summary>"tre miljoner kronor", "kolme miljoonaa euroa": a number word before a scale is an amount like one in digits.</summary>
    private static bool IsAmountInWords(List<Token> t, int j) => j + 1 < t.Count && NumberWords.ContainsKey(t[j].Word) && Scale(t[j + 1].Word) > 1 && !EndOfRange(t, j);

    /// <summary>The amount of the first figure within <paramref name="reach"/> words after token i, scaled by its unit ("400 kkr", "1,2 mnkr"), or NaN.</summary>
    internal static double AmountAfter(SentenceContext s, int i, int reach)
    {
        var t = s.T;
        for (var j = i + 1; j < t.Count && j <= i + reach; j++)
        {
            if (!IsFigure(t, j)) continue;
            var unit = PastFigure(t, j);
            return Value(t, j) * (unit < t.Count ? UnitScale(t[unit].Word) : 1);
        }
        return double.NaN;
    }

    /// <summary>
    /// The amount of money the figure at j names, scaled by its unit ("540 000 euroa", "1,9 miljoonaa euroa", "0,54 M€",
    /// "540 t€", "20 mnkr"), or NaN when no currency follows it: a count is no amount of money.
    /// </summary>
    internal static double MoneyAt(SentenceContext s, int j)
    {
        var t = s.T;
        var unit = PastFigure(t, j);
        var u = unit < t.Count && t[unit].Clause == t[j].Clause ? t[unit].Word : "";
        var scale = UnitScale(u);
        var last = scale != 1 ? unit : unit - 1; // the word the currency follows
        var after = last + 1 < t.Count && t[last + 1].Clause == t[j].Clause ? t[last + 1].Word : "";
        var end = t[last].End;
        var currency = u is "mnkr" or "mkr" or "tkr" or "kkr" or "me" || IsCurrency(scale != 1 ? after : u)
            || s.Text.AsSpan(end, Math.Min(3, s.Text.Length - end)).Contains('€');
        return currency ? Value(t, j) * scale : double.NaN;
    }

    /// <summary>"kevätkausi", "syksyn", "höstterminen", "spring": a season that is only part of the year.</summary>
    private static bool IsHalfYearSeason(string w) =>
        w.StartsWith("kevä", StringComparison.Ordinal) || w.StartsWith("syksy", StringComparison.Ordinal) || w.StartsWith("syyskau", StringComparison.Ordinal)
        || w.StartsWith("vårsäsong", StringComparison.Ordinal) || w.StartsWith("vårtermin", StringComparison.Ordinal) || w.StartsWith("höst", StringComparison.Ordinal)
        || w is "spring" or "autumn";

    /// <summary>What a unit after a figure multiplies it by: "miljoonaa", "M€" (token "m"), "milj", "t€" (token "t"), "tkr"'s "t".</summary>
    /// <summary>The figure at j scaled by the unit after it ("9,9 miljoner", "700 000"), money or not.</summary>
    internal static double ScaledAt(SentenceContext s, int j) =>
        Value(s.T, j) * (PastFigure(s.T, j) is var unit && unit < s.T.Count && s.T[unit].Clause == s.T[j].Clause ? UnitScale(s.T[unit].Word) : 1);

    private static double UnitScale(string u) => u is "m" or "me" or "milj" ? 1e6 : u is "t" or "k" or "te" ? 1e3 : Scale(u);

    private static bool IsCurrency(string w) =>
        w.StartsWith("euro", StringComparison.Ordinal) || w is "eur" or "e" or "kr" or "kronor" or "kronorna" or "sek";

    /// <summary>The index right after the figure at j and its thousands groups ("5 100 käynnistä": the index of "käynnistä").</summary>
    internal static int PastFigure(List<Token> t, int j)
    {
        var k = j + 1;
        while (k < t.Count && IsThousands(t, k - 1, k)) k++;
        return k;
    }

    /// <summary>The scale a unit word gives, in any case: "tuhatta", "miljoonaa", "miljoonaan" (into millions), "miljoner", "mnkr", "billion".</summary>
    private static double Scale(string unit) =>
        unit is "kkr" or "tkr" or "tusen" or "thousand" || unit.StartsWith("tuhat", StringComparison.Ordinal) || unit.StartsWith("tuhann", StringComparison.Ordinal) ? 1e3
        : unit is "mnkr" or "mkr" or "milj" or "million" or "millions" || unit.StartsWith("miljoon", StringComparison.Ordinal) || unit.StartsWith("miljon", StringComparison.Ordinal) ? 1e6
        : unit is "mdkr" or "billion" || unit.StartsWith("miljard", StringComparison.Ordinal) ? 1e9 : 1;

    internal static double Value(List<Token> t, int j)
    {
        if (NumberWords.TryGetValue(t[j].Word, out var word)) return word;
        if (GenitiveNumber(t, j) is var inWords and > 0) return inWords;
        var value = double.Parse(t[j].Word.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        for (var k = j + 1; k < t.Count && IsThousands(t, k - 1, k); k++) value = value * 1000 + int.Parse(t[k].Word, CultureInfo.InvariantCulture);
        return value;
    }
}
