namespace Cockpit.Status;

/// <summary>Wording against the target: falling short of it ("jäi tavoitteesta", "jäi vajaaksi"), work left undone ("jäi tekemättä", "jäi kesken"), far from it, or ahead of it.</summary>
internal static partial class SentenceReader
{
    /// <summary>
    /// "jäi vuoden 2019 tasosta", "jäi viime vuoden tasosta", "ovat jääneet viime vuoden tasolle", "jäikin edellisvuosien
    /// tasosta", "jäi aiempien vuosien tasosta": the level of an earlier year within four words after token i, or -1.
    /// </summary>
    private static int EarlierYearsLevelAfter(SentenceContext s, int i)
    {
        var level = s.FindWord(i + 1, Math.Min(s.T.Count, i + 5), w => w is "tasosta" or "tasolle");
        return level > i + 1 && s.FindWord(i + 1, level, w => w is "viime" or "edellisen" or "edellisten" or "aiempien" or "aiemman" || w.StartsWith("edellisvuo", StringComparison.Ordinal) || char.IsAsciiDigit(w[0])) >= 0
            && s.FindWord(i + 1, level, w => w.StartsWith("vuode", StringComparison.Ordinal) || w.StartsWith("vuosi", StringComparison.Ordinal) || w.StartsWith("edellisvuo", StringComparison.Ordinal) || char.IsAsciiDigit(w[0])) >= 0 ? level : -1;
    }

    /// <summary>"jää tavoitteesta", "jäi tavoitetasosta": falls short of the goal; "lisäys jäi tekemättä": the work was left undone.</summary>
    private static void Shortfall(SentenceContext s, int i, ref StatusResolver found)
    {
        var t = s.T;
        if (EarlierYearsLevelAfter(s, i) is var level and >= 0 && s.Negator(i) < 0 && !TrendRules.LowerIsBetter(s, i) && !s.SentenceHas(Cue.Cost))
        {
            // "Kasvusta huolimatta kirjaston käyttö jäi vuoden 2019 tasosta", "jäi edellisen vuoden tasosta": below an earlier year's level.
            found.Add(Make(s, Rules.RiskBelowLastYear, false, i, level));
            return;
        }
        if (AboutAnotherYear(s, i)) return; // "Edellisvuonna tavoitteesta jäätiin, mutta vuonna 2025 …"
        if (i + 1 < t.Count && t[i + 1].Word == "taakse" && s.Negator(i) < 0 && s.HasIn(0, i, Cue.Goal))
        {
            // "eli kumpikin sovittu määrä (50 pajaa, 1 000 oppilasta) jäi taakse": the targets left behind, passed.
            found.Add(Make(s, Tense.IsYearEnd(s, i) || t[i].Word is "jäi" or "jäivät" ? Rules.FigureReached : Rules.FigureForecastReached, true, s.ClauseStart(i), i + 1));
            return;
        }
        var undone = Undone(s, i);
        if (undone < 0 && NoneLeftUndone(s, i) is var none and >= 0)
        {
            // "eikä yksikään harjoitusvuoro jäänyt pitämättä": not one was left undone, nothing off course.
            found.Add(Make(s, Rules.VerdictNotAtRisk, false, none, i + 1));
            return;
        }
        if (undone >= 0 && t[undone].Word == "käyttämättä" && (s.SentenceHas(Cue.Cost) || MoneyIn(s)))
        {
            // "Museoille varatusta määrärahasta jää käyttämättä runsaat 200 000 euroa": money left unspent is under budget.
            found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.CostYearUnderBudget : Rules.CostUnderBudget, true, i, undone));
            return;
        }
        if (undone >= 0 && IsReason(s, i)) return; // "ei voitu mitata, koska kysely jäi tekemättä"
        if (undone >= 0 && t[undone].Has(Cue.Assess))
        {
            // "Tavoitteen toteutuminen jää siksi todentamatta": left unverified, so it cannot be assessed, not missed.
            found.Add(Make(s, Rules.VerdictUnassessable, s.HasGoal, i, undone));
            return;
        }
        if (undone >= 0 && MeasurementBefore(s, i) is var survey and >= 0 && !s.ClauseHas(i, Cue.Goal))
        {
            // "Nuorisopalveluiden vaikuttavuuskysely jäi tekemättä": with no survey, there is nothing to measure the goal by.
            found.Add(Make(s, Rules.VerdictUnassessable, false, survey, undone));
            return;
        }
        if (undone >= 0 && t[undone].Word == "saamatta" && s.Before.CostsKept && BudgetRules.Measured(s) is (false, true))
        {
            // "Käyttötalousmenot jäivät 1,1 miljoonaa budjetoitua alhaisemmiksi. Verotuloista jäi saamatta 2,6 miljoonaa": costs kept, income short.
            found.Add(Make(s, Rules.VerdictMixed, true, i, undone));
            return;
        }
        if (undone >= 0)
        {
            // "lisäys jäi tekemättä", "tavoitetaso jää tänä vuonna tavoittamatta"; denied ("ei merkkejä siitä, että ... jäisi tavoittamatta"), on track.
            var denied = s.NegatedEvidential >= 0 && s.NegatedEvidential < i;
            // "Kävijätavoite täyttyi, mutta julkaisu jäi tekemättä": what a "but" sets against a sentence that names the goal, with
            // no hedge, is as strong as a verdict on it.
            var namesGoal = s.ClauseHas(i, Cue.Goal) || s.HasGoal && s.Hedge < 0 && s.ContrastIn(1, i) >= 0;
            var held = denied || s.ClauseHas(i, Cue.Goal) ? -1 : OutcomeRules.HeldBefore(s, i) is var before and >= 0 ? before : OutcomeRules.OthersHeldAfter(s, i);
            found.Add(Make(s, denied ? Rules.VerdictDoubleNegation : held >= 0 ? Rules.RiskPartial : PartlyMetBefore(s, i) || DoneBeforeBut(s, i) ? Rules.VerdictPartial : Rules.VerdictUnrealised, namesGoal,
                denied ? EvidenceStart(s, s.NegatedEvidential) : held >= 0 ? Math.Min(held, i) : i, Math.Max(held, undone)));
            return;
        }
        if (s.Negator(i) < 0 && (ShortWord(s, i) is var word and >= 0 ? word : FractionAfter(s, i)) is var shortOf and >= 0)
        {
            // "käyttöastetavoitteen kerrottiin jääneen noin viidenneksen vajaaksi": short of the goal.
            found.Add(Make(s, ProportionRules.ShortOfTarget(s), true, Math.Min(i, shortOf), Math.Max(i, shortOf)));
            return;
        }
        if (s.Negator(i) < 0 && ExpectedAfter(s, i) is var expected and >= 0)
        {
            // "Harrastusseteleiden käyttö on tähän mennessä jäänyt selvästi odotetusta": short of what was expected; after "määrä
            // nousi tavoitteeseen, kun taas …" one met and one short, a mix.
            found.Add(MetBeforeBut(s, i) || RoseToGoalBeforeBut(s, i)
                ? Make(s, Rules.VerdictMixed, true, i, expected)
                : Make(s, ProportionRules.ShortOfTarget(s), false, i, expected));
            return;
        }
        if (i + 1 < t.Count && t[i + 1].Word == "kesken" && s.Negator(i) < 0)
        {
            // "kartoitus jäi kesken": left unfinished, a miss at year end and a stall before it.
            var missed = ProportionRules.CountsMetAndMissed(s, i) >= 0 ? Rules.VerdictPartOfGoals // "kolme toteutui, mutta ... jäi kesken"
                : PartlyMetBefore(s, i) || DoneBeforeBut(s, i) ? Rules.VerdictPartial : Rules.VerdictUnrealised; // "Toteutui osittain: …, mutta … jäi kesken"
            // "laajennettiin tavoitteen mukaisesti, mutta … hankinta jäi kesken": set against a sentence that names the goal, as strong as its verdict.
            var namesGoal = s.ClauseHas(i, Cue.Goal) || s.HasGoal && s.Hedge < 0 && s.ContrastIn(1, i) >= 0;
            found.Add(Tense.IsYearEnd(s, i) ? Make(s, missed, namesGoal, i, i + 1) : Make(s, Rules.RiskStalled, false, i, i + 1));
            return;
        }
        if (s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsCarriedOver) >= 0) return; // "Hankkeesta saadut opit jäivät hyödynnettäviksi"
        var c = t[i].Clause;
        for (var j = s.ClauseStart(i); j < t.Count && t[j].Clause == c; j++)
        {
            var w = t[j].Word;
            // "Pirkkola ja Siltamäki jäivät niistä selvästi": "niistä" stands for the goals the sentence named.
            // "suomenkielisistä kouluista jäätiin 600 suorituksen päähän": a gap given by its figure is short of the target.
            if (!(IsTargetElative(s, i, j) || w is "niistä" or "siitä" && j == i + 1 && s.HasGoal
                || w == "päähän" && j - 2 > i && char.IsAsciiDigit(t[j - 2].Word[0]))) continue;
            var neg = s.Negator(i);
            var modal = s.Modal(i);
            // "vaikka käyntimäärissä jäätiin jälkeen vuositavoitteesta": a shortfall conceded is no verdict on the whole.
            // "ei näy merkkejä siitä, että kävijätavoitteesta jäätäisiin": a denied shortfall is on track.
            var denied = neg >= 0 || s.NegatedEvidential >= 0 && s.NegatedEvidential < i;
            var rule = denied ? Rules.VerdictDoubleNegation : modal >= 0 ? Rules.VerdictRisk : s.IsConceded(i) ? Rules.RiskPartial : Rules.VerdictShortfall;
            if (rule == Rules.VerdictShortfall && ProportionRules.CountsMetAndMissed(s, i) >= 0) rule = Rules.VerdictPartOfGoals;
            // "jää 90 retken tavoitteesta, ellei syyskuulle saada kahta lisäopasta": short unless something is done, in a forecast.
            if (rule == Rules.VerdictShortfall && s.Round == RoundKind.Forecast && s.Conditional > j && t[s.Conditional].Word is "ellei" or "elleivät" or "jollei") rule = Rules.RiskConditional;
            // "pääsylipputulot jäivät tammi–huhtikuussa 18 % budjetoidusta": short so far, not yet for the year.
            if (rule == Rules.VerdictShortfall && s.ClauseHas(i, Cue.Interim) && !Tense.IsYearEnd(s, i)) rule = Rules.FigurePartSoFar;
            var from = Math.Min(i, Math.Min(neg < 0 ? i : neg, modal < 0 ? i : modal));
            found.Add(Make(s, rule, true, from, Math.Max(i, j)));
            return;
        }
    }

    /// <summary>
    /// An elative of the target at j, what "jää" at i falls short of: "tavoitteesta", "tavoitellusta" (unless a share says how
    /// much, read as a share), or a level given by its figure ("85 prosentin käyttöasteesta jäädään selvästi").
    /// </summary>
    private static bool IsTargetElative(SentenceContext s, int i, int j)
    {
        var w = s.T[j].Word;
        return IsElative(w) && (s.T[j].Has(Cue.Goal) || w == "tavoitellusta" && !s.ClauseHas(i, Cue.Fraction)
            || j > 0 && w.Length > 7 && (s.T[j - 1].Word == "prosentin" || char.IsAsciiDigit(s.T[j - 1].Word[0])));
    }

    /// <summary>
    /// "ollaan vielä kaukana tavoitearvoista", "on jäljessä tavoitteesta", "långt ifrån målet", "far from the target": short of
    /// it; so is the target named before ("sovitusta luvusta oltiin kaukana", "tavoitteesta ollaan vielä kauas").
    /// </summary>
    private static void FarFromTarget(SentenceContext s, int i, ref StatusResolver found)
    {
        var t = s.T;
        if (s.Negator(i) >= 0) return;
        if (t[i].Word is "kaukana" or "kauas" && TargetElativeBefore(s, i) is var before and >= 0)
            found.Add(Tense.IsYearEnd(s, i) ? Make(s, Rules.VerdictShortfall, true, before, i) : Make(s, Rules.RiskBelowTarget, false, before, i));
        if (t[i].Word is not ("kaukana" or "jäljessä") && (i + 1 >= t.Count || t[i + 1].Word is not ("från" or "ifrån" or "from"))) return;
        if (t[i].Word == "jäljessä" && AfterSchedule(s, i) is var schedule and >= 0)
        {
            // "työmaa on noin 23 viikkoa jäljessä alkuperäisestä aikataulusta": behind schedule is a delay.
            found.Add(Make(s, Rules.RiskDelay, false, i, schedule));
            return;
        }
        if (t[i].Word == "jäljessä" && i > 0 && t[i - 1].Has(Cue.Goal) && t[i - 1].Clause == t[i].Clause && !(i + 1 < t.Count && t[i + 1].Word == "vai"))
        {
            // "vuokratuotot ovat jaksotettua tavoitetta jäljessä": behind the target, during the year so far.
            found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.FigurePartOfTarget : Rules.FigurePartSoFar, true, i - 1, i));
            return;
        }
        if (t[i].Word == "jäljessä" && s.FindWord(s.ClauseStart(i), i, w => w.Contains("mittari", StringComparison.Ordinal) || w.Contains("tavoit", StringComparison.Ordinal)) >= 0
            && s.FindWord(Math.Max(s.ClauseStart(i), i - 3), i, w => w is "prosenttia" or "%") is var percent and >= 0)
        {
            // "kävijämäärämittarissa ollaan syyskuun lopussa noin 20 prosenttia jäljessä": behind the metric by a share; after "mittari on
            // jo täyttynyt, mutta …", one met and one behind.
            found.Add(MetBeforeBut(s, i) ? Make(s, Rules.VerdictMixed, true, percent, i)
                : Make(s, Tense.IsYearEnd(s, i) ? Rules.FigurePartOfTarget : Rules.FigurePartSoFar, true, percent, i));
            return;
        }
        for (var j = i + 1; j < t.Count && j <= i + 5 && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.Goal) || t[j].Word is "balans" or "tasapainosta" or "balance") // "långt ifrån strukturell balans": the balance is the goal
            {
                found.Add(Make(s, ProportionRules.ShortOfTarget(s), true, i, j));
                return;
            }
    }

    /// <summary>"sovitusta luvusta", "tavoitteesta": the target or its figure, in the elative, within four words before i; or -1.</summary>
    private static int TargetElativeBefore(SentenceContext s, int i) =>
        s.FindWord(Math.Max(s.ClauseStart(i), i - 4), i, w => w.StartsWith("tavoittee", StringComparison.Ordinal) && w.EndsWith("sta", StringComparison.Ordinal)
            || w is "luvusta" or "määrästä" or "tasosta");

    /// <summary>"Perusrahoituksesta jäi käyttämättä 2 121 388,89 €": an amount of money in the sentence.</summary>
    private static bool MoneyIn(SentenceContext s)
    {
        foreach (var t in s.T)
            if (BalanceRules.IsMoney(t.Word) || t.Word.StartsWith("rahoitu", StringComparison.Ordinal)) return true;
        return s.EuroSignInSentence;
    }

    /// <summary>"aikataulusta", "aikataulua" within three words after token i in its clause, or -1.</summary>
    private static int AfterSchedule(SentenceContext s, int i) =>
        s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w.StartsWith("aikataulu", StringComparison.Ordinal));

    /// <summary>"lukupiirit jäivät puoleen siitä, mitä haettiin": a share right after "jää" in a text that names the goal, or -1.</summary>
    private static int FractionAfter(SentenceContext s, int i) =>
        s.HasGoal && i + 1 < s.T.Count && s.T[i + 1].Has(Cue.Fraction) && s.T[i + 1].Clause == s.T[i].Clause ? i + 1 : -1;

    /// <summary>"vajaaksi", "vajaa" after "jää" in its clause with the goal named in it: the index, or -1.</summary>
    private static int ShortWord(SentenceContext s, int i)
    {
        if (!s.ClauseHas(i, Cue.Goal)) return -1;
        for (var j = i + 1; j < s.T.Count && j <= i + 4 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word.StartsWith("vajaa", StringComparison.Ordinal)) return j;
        return -1;
    }

    /// <summary>An abessive within four words after "jää" in its clause ("jäi tekemättä", "jää tänä vuonna tavoittamatta"), undenied; or -1.</summary>
    private static int Undone(SentenceContext s, int i)
    {
        if (s.Negator(i) >= 0 || s.Modal(i) >= 0) return -1;
        for (var j = i + 1; j < s.T.Count && j <= i + 4 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].IsBareAbessive) return j;
        return -1;
    }

    /// <summary>"eikä yksikään kurssi jäänyt pitämättä", "ingen … föll bort": "not one" before a denied "left undone" at token i; its index, or -1.</summary>
    private static int NoneLeftUndone(SentenceContext s, int i) =>
        s.Negator(i) >= 0 && i + 1 < s.T.Count && s.T[i + 1].IsBareAbessive && s.FindWord(s.ClauseStart(i), i, w => w is "yksikään" or "ainuttakaan" or "mikään") is var none and >= 0 ? none : -1;

    /// <summary>"odotetusta", "ennakoidusta", "suunnitellusta" within three words after "jää" in its clause: the index, or -1.</summary>
    private static int ExpectedAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word is "odotetusta" or "ennakoidusta" or "arvioidusta" or "suunnitellusta" or "ennustetusta") return j;
        return -1;
    }

    /// <summary>"tavoitteessa pysyttiin", "pysyi tavoitetasossa": stayed at the target, so met; denied, missed.</summary>
    private static void StayedOnTarget(SentenceContext s, int i, ref StatusResolver found)
    {
        var w = s.T[i].Word;
        if (w is "on" or "ovat" && !(i + 1 < s.T.Count && IsAtTarget(s.T[i + 1].Word))) return; // "uimahallit ovat kävijätavoitteessaan"
        var at = i > 0 && IsAtTarget(s.T[i - 1].Word) ? i - 1 : -1;
        for (var j = i + 1; at < 0 && j < s.T.Count && j <= i + 4 && s.T[j].Clause == s.T[i].Clause; j++)
            if (IsAtTarget(s.T[j].Word)) at = j; // "pysyivät koko vuoden ajan tavoitteessa"
        if (at < 0 || w.StartsWith("pysymi", StringComparison.Ordinal)) return;
        var neg = s.Negator(i);
        var past = Tense.IsYearEnd(s, i) || w.EndsWith("ttiin", StringComparison.Ordinal) || w.EndsWith("yi", StringComparison.Ordinal) || w.EndsWith("ivät", StringComparison.Ordinal)
            || w.EndsWith("nyt", StringComparison.Ordinal) || w.EndsWith("neet", StringComparison.Ordinal) || w.EndsWith("tty", StringComparison.Ordinal);
        var rule = neg >= 0 ? Rules.VerdictNegated : past ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
        found.Add(Make(s, rule, true, Math.Min(neg >= 0 ? neg : i, Math.Min(i, at)), Math.Max(i, at)));
    }

    /// <summary>"tavoitteessa", "kävijätavoitteessaan", "tavoitteissaan"; "pysyi tavoitetasolla" is a level, read by FigureRules.</summary>
    private static bool IsAtTarget(string w) =>
        w.EndsWith("tavoitteessa", StringComparison.Ordinal) || w.EndsWith("tavoitteessaan", StringComparison.Ordinal) || w.EndsWith("tavoitteissa", StringComparison.Ordinal)
        || w.EndsWith("tavoitteissaan", StringComparison.Ordinal);

    /// <summary>"i allt väsentligt förenligt med de mål fullmäktige beslutat om": consistent with the goals; denied, not.</summary>
    private static void ConsistentWithGoals(SentenceContext s, int i, ref StatusResolver found)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 4 && s.T[j].Clause == s.T[i].Clause; j++)
        {
            if (!s.T[j].Has(Cue.Goal) || s.Asked >= 0 && s.Asked < i) continue; // not "bedöma om resultatet är förenligt med målen"
            var neg = s.Negator(i);
            var from = neg >= 0 ? Math.Min(neg, i) : i;
            var rule = neg >= 0 ? Rules.VerdictNegated : Tense.IsYearEnd(s, i) ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
            if (neg >= 0 && s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
                (rule, from) = (Rules.VerdictDoubleNegation, EvidenceStart(s, s.NegatedEvidential)); // "inget som tyder på att … inte skulle vara förenligt"
            else if (neg < 0 && (s.ClauseFind(i, Cue.Hedge) is var part and >= 0 || (part = DegreeNear(s, i)) >= 0))
                (rule, from) = (Rules.VerdictPartial, Math.Min(i, part)); // "delvis förenligt med målen"
            found.Add(Make(s, rule, true, from, j));
            return;
        }
    }

    /// <summary>"problem", "problemen", "problems", "ongelmia": trouble named (not "problematiskt", read as a hedge).</summary>
    private static bool IsProblem(string w) => w is "problem" or "problemen" or "problemet" or "problems" or "ongelmia" or "ongelmat" or "ongelma" or "ongelmaksi" or "puutteita" or "puutteet"
        || IsChallenge(w) // "mutta haasteitakin edelleen on ohjaajien saatavuudessa"
        || w.Length > 7 && (w.EndsWith("vaje", StringComparison.Ordinal) || w.EndsWith("vajeen", StringComparison.Ordinal) || w.EndsWith("pula", StringComparison.Ordinal)
            || w.EndsWith("personalbrist", StringComparison.Ordinal)) // "henkilöstövaje", "työvoimapula": a shortage of what the work needs
        || w.StartsWith("kosteusvauri", StringComparison.Ordinal) || w.StartsWith("homevauri", StringComparison.Ordinal) || w is "kosteuksia" or "kosteuspitoisuuksia"; // "on havaittu kohonneita kosteuksia": damp or mould found in a building

    /// <summary>"Toteutui osittain: …, mutta … jäi kesken": a verdict of success in part before a "but" that the miss after it details.</summary>
    private static bool PartlyMetBefore(SentenceContext s, int i) => MetBeforeBut(s, i, inPartOnly: true);

    /// <summary>"Infonäytöt vaihdettiin 31 toimipisteessä, mutta 12 toimipisteessä vaihto jäi kesken": work done (a past passive) before the "but".</summary>
    private static bool DoneBeforeBut(SentenceContext s, int i)
    {
        var but = s.ContrastIn(0, i);
        if (but < 0 || s.HasIn(0, but, Cue.OnTrack | Cue.Realise)) return false; // "laajennettiin tavoitteen mukaisesti, mutta …" is a verdict, and with the miss a mix
        for (var j = 0; j < but; j++)
            if ((s.T[j].Word.EndsWith("tiin", StringComparison.Ordinal) || OutcomeRules.IsHeld(s, j)) && !s.T[j].Has(Cue.Cancel | Cue.Delay | Cue.Shift) && s.Negator(j) < 0
                && !IsPreparation(s.T[j].Word)) return true; // not "Suunnitelma hyväksyttiin, mutta toteutus jäi kesken": a step before the work
        return false;
    }

    /// <summary>"hyväksyttiin", "kilpailutettiin", "suunniteltiin", "päätettiin": a step of preparing the work, none of the work itself.</summary>
    private static bool IsPreparation(string w) =>
        w.StartsWith("hyväksy", StringComparison.Ordinal) || w.StartsWith("kilpailut", StringComparison.Ordinal) || w.StartsWith("suunnitel", StringComparison.Ordinal)
        || w.StartsWith("päätet", StringComparison.Ordinal) || w.StartsWith("valmistel", StringComparison.Ordinal) || w.StartsWith("selvitet", StringComparison.Ordinal);

    /// <summary>"haasteita", "utmaningar", "challenges": difficulties named.</summary>
    private static bool IsChallenge(string w) => w is "haasteita" or "haasteitakin" or "haasteet" or "utmaningar" or "utmaningarna" or "challenges";

    /// <summary>
    /// "Målet nåddes i huvudsak, men kundnöjdheten låg under målnivån": an undenied verb of realisation before a "but" that what
    /// follows narrows to a part; with <paramref name="inPartOnly"/>, only one the sentence already qualifies ("osittain", "i huvudsak").
    /// </summary>
    internal static bool MetBeforeBut(SentenceContext s, int i, bool inPartOnly = false)
    {
        var but = s.ContrastIn(0, i);
        for (var j = 0; j < but; j++)
            if (IsMet(s, j) && (!inPartOnly || DegreeNear(s, j) >= 0 || s.ClauseFind(j, Cue.Hedge) >= 0)
                || !inPartOnly && (s.T[j].Has(Cue.OnTrack) && IsPlanned(s.T[j].Word) || AsTheGoal(s, j)) && s.Negator(j) < 0 // "Antalet deltagare ökade som planerat, men …", "ökade enligt målet, medan …"
                || !inPartOnly && ExceededGoal(s, j, but)) // "Esitysten määrä ylitti tavoitteen, mutta täyttöaste oli 72 prosenttia"
                return true;
        return false;
    }

    /// <summary>"ylitti tavoitteen", "tavoite ylittyi", "överträffade målet": a goal passed, at the verb j before <paramref name="but"/>.</summary>
    private static bool ExceededGoal(SentenceContext s, int j, int but) =>
        s.T[j].Has(Cue.Above) && s.T[j].Form is VerbForm.Past or VerbForm.Present && s.Negator(j) < 0 && !AboutAnotherYear(s, j)
        && s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w is "viime" or "edellisenä" or "förra" or "fjol" or "last") < 0
        && (j + 1 < but && s.T[j + 1].Has(Cue.Goal) || j > 0 && s.T[j - 1].Has(Cue.Goal));

    /// <summary>"tavoitteen mukaisesti", "enligt målet": as the goal set, at token j.</summary>
    private static bool AsTheGoal(SentenceContext s, int j) =>
        s.T[j].Word == "mukaisesti" && j > 0 && s.T[j - 1].Has(Cue.Goal) || s.T[j].Word == "enligt" && j + 1 < s.T.Count && s.T[j + 1].Has(Cue.Goal);

    /// <summary>An undenied verb of realisation before token <paramref name="end"/> ("saavutti monta tavoitetta, vaikka …"), or -1.</summary>
    internal static int MetBefore(SentenceContext s, int end)
    {
        for (var j = 0; j < end; j++)
            if (IsMet(s, j)) return j;
        return -1;
    }

    /// <summary>Token j is an undenied verb of realisation: "saavutettiin", "nåddes", "was met", not "toteutuminen" or "saavuttamatta".</summary>
    private static bool IsMet(SentenceContext s, int j) =>
        s.T[j].Has(Cue.Realise) && s.T[j].Form is not (VerbForm.None or VerbForm.Noun or VerbForm.Abessive) && s.Negator(j) < 0;

    /// <summary>"Kävijöiden määrä nousi tavoitteeseen, kun taas …": a rise to the goal in a clause before the contrast before token i.</summary>
    private static bool RoseToGoalBeforeBut(SentenceContext s, int i)
    {
        var but = s.ContrastIn(0, i);
        // The goal as where the rise ended ("nousi tavoitteeseen", "tavoitetasolle"), not "kohti tavoitetta".
        return but > 0 && s.FindWord(0, but, TrendRules.IsRise) is var rose and >= 0 && rose + 1 < but && s.T[rose + 1].Has(Cue.Goal)
            && (s.T[rose + 1].Word.EndsWith("seen", StringComparison.Ordinal) || s.T[rose + 1].Word.EndsWith("lle", StringComparison.Ordinal)) && s.Negator(rose) < 0;
    }

    /// <summary>"Tavoite toteutui vain liikuntapalvelujen osalta; nuorisopalvelujen … jäi 3,8:aan": an undenied verb of realisation limited to a part, in a clause before token i's.</summary>
    internal static bool MetForPartBefore(SentenceContext s, int i) =>
        s.PartScope >= 0 && s.T[s.PartScope].Clause < s.T[i].Clause && s.ClauseHasRealiseVerb(s.PartScope) && s.ClauseFind(s.PartScope, Cue.Negator) < 0;

    /// <summary>"kasvoi pääosin tavoitteen mukaisesti, 6 420 paikkaan tavoitteen 6 800 sijaan": on course by degree before token i, so met in part.</summary>
    internal static bool MostlyOnCourseBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < i; j++)
            if (s.T[j].Has(Cue.OnTrack) && s.Negator(j) < 0 && DegreeNear(s, j) is var degree and >= 0 && degree < j) return true;
        return false;
    }

    /// <summary>A survey or measurement before token i in its clause ("vaikuttavuuskysely", "mätningen", "the survey"), or -1.</summary>
    private static int MeasurementBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w.Contains("kysely", StringComparison.Ordinal) || w.Contains("mittau", StringComparison.Ordinal) || w.Contains("enkät", StringComparison.Ordinal)
            || w.Contains("mätning", StringComparison.Ordinal) || w is "survey" or "surveys" or "measurement");

    /// <summary>"ongelmat … on korjattu", "problemen har åtgärdats", "the problems were resolved": an undenied verb of solving in the problem's clause, or -1.</summary>
    private static int SolvedIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if ((w.StartsWith("korjat", StringComparison.Ordinal) || w.StartsWith("korjaantu", StringComparison.Ordinal) || w.StartsWith("ratkaist", StringComparison.Ordinal)
                    || w.StartsWith("ratke", StringComparison.Ordinal) || w.StartsWith("åtgärdat", StringComparison.Ordinal) || w is "åtgärdades" or "lösts" or "löstes" or "lösta" or "löst"
                    or "fixed" or "resolved" or "solved") && s.Negator(j) < 0) return j;
        }
        return -1;
    }

    /// <summary>"pyrkii korjaamaan … esille tuotuja haasteita", "arbetar för att åtgärda problemen": problems being worked on, not reported.</summary>
    private static bool BeingAddressed(SentenceContext s, int i) =>
        IsChallenge(s.T[i].Word) // a problem still being solved is still a problem
        && (s.FindWord(s.ClauseStart(i), i, w => w is "korjaamaan" or "ratkaisemaan" or "vastaamaan" or "puuttumaan" or "åtgärda" or "lösa" or "address" or "tackle"
                or "järjesti" or "järjestettiin" or "anordnade" or "ran" or "organised") >= 0 // "järjesti lukuhaasteita", "ran reading challenges": events
            || i > 0 && s.T[i - 1].Word is "tulevaisuuden" or "framtida" or "framtidens" or "future" or "reading");

    /// <summary>"omdömet är nära uppsatta målnivåer", "lähellä tavoitetasoa", "close to the target": near it, not at it.</summary>
    private static void NearTarget(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.Negator(i) >= 0 || s.ClauseHasRealiseVerb(i)) return;
        for (var j = i + 1; j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Has(Cue.Goal))
            {
                found.Add(Make(s, Rules.VerdictHedged, true, i, j));
                return;
            }
    }

    /// <summary>"mikä on hieman edellä tavoitevauhtia", "tavoitteesta edellä", "ahead of the target": ahead of the pace to the target.</summary>
    private static void AheadOfTarget(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.Negator(i) >= 0) return;
        for (var j = Math.Max(s.ClauseStart(i), i - 2); j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
            if (j != i && s.T[j].Has(Cue.Goal))
            {
                found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureReached : Rules.FigureForecastReached, true, Math.Min(i, j), Math.Max(i, j)));
                return;
            }
    }

    /// <summary>tavoitteesta, tavoitteestaan, tavoitteestansa: an elative, with or without a possessive suffix.</summary>
    private static bool IsElative(string w) =>
        w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal) || w.EndsWith("staan", StringComparison.Ordinal)
        || w.EndsWith("stään", StringComparison.Ordinal) || w.EndsWith("stansa", StringComparison.Ordinal) || w.EndsWith("stänsä", StringComparison.Ordinal);
}
