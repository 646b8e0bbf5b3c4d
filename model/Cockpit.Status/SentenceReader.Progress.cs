namespace Cockpit.Status;

/// <summary>Progress and its troubles: delays and moves to next year, work done or only begun, progress too slow or only in part, and what worsened.</summary>
internal static partial class SentenceReader
{
    /// <summary>A delay is a risk; a move to next year ("siirrettiin vuodelle 2021") is a miss for this year.</summary>
    private static void Delay(SentenceContext s, int i, ref StatusResolver found)
    {
        if (DeniedEffect(s, i) && s.ClauseFind(i, Cue.Affect) is var affect && affect > i)
        {
            // "Förseningen förväntas dock inte påverka den samlade målsättningen": a delay that does not touch the goal.
            if (s.HasIn(affect, s.ClauseEnd(i), Cue.Goal)) found.Add(Make(s, Rules.VerdictNotAtRisk, true, i, affect));
            return;
        }
        if (Tense.IsYearEnd(s, i) && (s.T[0].Word.StartsWith("avvikelse", StringComparison.Ordinal) || s.T[0].Word.StartsWith("poikkeam", StringComparison.Ordinal))
            && s.Negator(i) < 0 && s.Modal(i) < 0 && !MadeUpAfter(s, i)) // not "…, mutta ne kaikki toteutettiin syksyllä"
        {
            // "Avvikelsen beror … på att investeringar förskjuts framåt i tiden": at year end, money unspent because the works were put off.
            found.Add(Make(s, Rules.VerdictPostponed, true, 0, i));
            return;
        }
        var caughtUp = CatchUpPhraseAfter(s, i);
        if (caughtUp >= 0 && s.Negator(caughtUp) >= 0)
        {
            found.Add(Make(s, Rules.RiskDelay, false, i, caughtUp)); // "Viivästystä ei ole saatu kiinni": a delay not made up
            return;
        }
        if (s.Negator(i) >= 0 || CaughtUpAfter(s, i) || i > 0 && s.T[i - 1].Has(Cue.Without | Cue.NegQuantifier)) return; // not "ilman keskeytyksiä", "inga förseningar"
        if (caughtUp >= 0)
        {
            found.Add(Make(s, Rules.ProgressOnSchedule, false, i, caughtUp)); // "myöhästyi kolme viikkoa, mutta viivästys on saatu kiinni": back on schedule
            return;
        }
        if (s.T[i].Word is "keskeytettiin" or "keskeytetty" && (ProcurementIn(s, i) is var tender and >= 0 ? tender : s.ClauseFind(i, Cue.Goal)) is var halted and >= 0
            && MeasurementBefore(s, i) < 0 && !IsReason(s, i) && !AppealIn(s, i)) // not "on keskeytetty valituksen vuoksi", halted while an appeal is heard
        {
            // "kulunvalvontajärjestelmän kilpailutus keskeytettiin": a procurement called off, not a pause ("on keskeytynyt valituksen vuoksi").
            found.Add(Make(s, Rules.VerdictCancelled, s.HasGoal, Math.Min(i, halted), Math.Max(i, halted)));
            return;
        }
        // "Eftersom stadens personalenkät flyttades till 2054 finns inget utfall …": a survey moved, given as the reason, is no verdict.
        if (IsReason(s, i) && MeasurementBefore(s, i) >= 0) return;
        if (ByYears(s, i) is var years and >= 0 && s.Modal(i) < 0)
        {
            // "Tidsplanen har förskjutits med två år", "siirtyi vuodella": past this year.
            found.Add(Make(s, Rules.VerdictPostponed, s.HasGoal, Math.Min(i, years), Math.Max(i, years)));
            return;
        }
        // Not "kyselyn uudistus siirrettiin ensi vuoteen, joten tavoitteeksi asetettu uusi kysely …": there the survey is the goal.
        if (MeasurementBefore(s, i) is var survey and >= 0 && !s.ClauseHas(i, Cue.Goal) && s.FindWord(0, s.T.Count, w => w.StartsWith("tavoitteeksi", StringComparison.Ordinal)) < 0 && !IsReason(s, i))
        {
            // "Harrastamiskysely siirrettiin kouluterveyskyselyn yhteyteen", "asiakaskysely päätettiin siirtää": the survey moved, the measure is missing.
            found.Add(Make(s, Rules.VerdictUnassessable, false, survey, i));
            return;
        }
        if (s.HasNextYearTarget && s.FindWord(0, i, IsProposing) >= 0 && s.FindWord(s.ClauseStart(i), i, IsMoneyMoved) >= 0 && !s.SentenceHas(Cue.Negator) && !OtherShift(s, i)
            && s.FindWord(i + 1, s.ClauseEnd(i), w => Lexicon.IsBudgetPlace(w) || w is "budget" or "budgeten") is var budget and >= 0)
        {
            // "esittänyt, että Stoan peruskorjauksen poistot siirretään ensi vuoden talousarvioon": money moved between budgets, procedure.
            found.Add(Make(s, Rules.VerdictProcedure, false, i, budget));
            return;
        }
        // "Tekniska problem försenar publiceringen av den senaste informationen": the figures are late, not the goal; so is
        // "sillä heinäkuun kirjanpito suljettiin myöhässä", the books closed late, even given as a reason.
        var published = IsReason(s, i) ? -1 : s.FindWord(i + 1, s.ClauseEnd(i), IsPublication);
        if ((published >= 0 ? published : BooksClosed(s, i)) is var late and >= 0)
        {
            found.Add(Make(s, Rules.VerdictUnassessable, false, Math.Min(i, late), Math.Max(i, late)));
            return;
        }
        if (s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
        {
            // "Ei ole merkkejä siitä, että maksaminen viivästyisi": no sign of a delay is on track.
            found.Add(Make(s, Rules.VerdictDoubleNegation, s.HasGoal, EvidenceStart(s, s.NegatedEvidential), i));
            return;
        }
        if (s.HasNextYearTarget && ThisYearAfter(s, i) is var stillThisYear and >= 0 && !IsReason(s, stillThisYear))
        {
            // "siirtyy elokuulta lokakuulle 2030, joten avaus tapahtuu yhä tämän vuoden puolella": moved, but within the year.
            found.Add(Make(s, Rules.Progress, false, i, stillThisYear));
            return;
        }
        // "asennettiin 12 rannasta yhdeksälle; kolmen rannan asennus siirtyi kesään 2058": most done, the rest moved on.
        // "Kehityskeskustelut käytiin valtaosassa yksiköistä; muutamassa ne siirtyivät tammikuulle": done in most places, moved in a few.
        if (s.HasNextYearTarget && (MetBeforeBut(s, i, inPartOnly: true) || s.ClauseStart(i) > 0 && ProportionRules.CountOutOfAny(s, 0, s.ClauseStart(i)) >= 0 && s.Negator(i) < 0
            || s.ClauseStart(i) > 0 && s.HasIn(0, s.ClauseStart(i), Cue.Degree | Cue.Partial) && s.FindWord(s.ClauseStart(i), i, w => w is "muutamassa" or "muutamissa" or "osassa" or "joissakin" or "några" or "vissa" or "few") >= 0
            || RemainderMoved(s, i) || LeftOutBefore(s)
            || Exception(s, i) is var except and >= 0 && except < i && s.HasIn(0, except, Cue.Degree | Cue.OnTrack))) // "toteutui pääosin toimintasuunnitelman mukaisesti lukuun ottamatta … vuosikokouksen lykkääntymistä syyskuulle 2020"
        {
            // "genomfördes i huvudsak, men den sista utställningen flyttades till januari 2047": mostly done, a part moved on.
            found.Add(Make(s, Rules.VerdictPartial, true, 0, LastYearToken(s, i)));
            return;
        }
        if (s.HasNextYearTarget)
        {
            // "har försenats och kan dra ut på tiden till nästa år"; "Lupakäsittelyn venyminen siirtäisi työt kevääseen": would move, in the conditional mood.
            var hedged = s.Modal(i) >= 0 || s.Conditional >= 0 || ModalAfter(s, i) || Tokenizer.IsConditionalMood(s.T[i].Word);
            found.Add(hedged
                ? Make(s, Rules.VerdictRisk, false, i, i)
                : Make(s, Rules.VerdictPostponed, PostponedStrength(s, i), i, LastYearToken(s, i)));
            return;
        }
        if (s.Round == RoundKind.Forecast && !s.HasNextYearTarget && !s.SentenceHas(Cue.Year) && s.Negator(i) < 0 && !DeadlineSetBefore(s) && LaterMonthThisYear(s, i) is var later and >= 0)
        {
            // "käyttöönotto siirtyi kesäkuulta elokuulle": moved from one month to a later one of the same year.
            found.Add(Make(s, Rules.Progress, false, i, later));
            return;
        }
        if (s.Round == RoundKind.Forecast && s.Modal(i) < 0 && s.Conditional < 0 && ToEarlyMonth(s, i) is var month and >= 0)
        {
            // "rakennustyöt lykkääntyvät nyt tammikuun alkuun": a forecast is written during the year, so early next year.
            found.Add(Make(s, Rules.VerdictPostponed, s.HasGoal, Math.Min(i, month), Math.Max(i, month)));
            return;
        }
        if (s.Modal(i) < 0 && (s.ContrastIn(i + 1, s.T.Count) >= 0 || s.FindWord(i + 1, s.T.Count, w => w is "joten" or "så" or "so") >= 0)
            && ThisYearAfter(s, i) is var withinYear and >= 0)
        {
            // "valmistuminen siirtyy lokakuusta joulukuun alkuun, mutta kirjasto avataan vielä tämän vuoden puolella", "siirtyy
            // lokakuulle 2030, joten avaus tapahtuu yhä tämän vuoden puolella" in a report for 2030: within the year.
            found.Add(Make(s, Rules.Progress, false, i, withinYear));
            return;
        }
        if (s.Round == RoundKind.Forecast && s.Modal(i) < 0 && s.Conditional < 0 && ReadyInALaterMonth(s, i) is var ready and >= 0)
        {
            // "blev en månad försenad men står klar i slutet av oktober", "reopens in September after a delayed repair": late, but done within the year.
            found.Add(Make(s, Rules.Progress, false, Math.Min(i, ready), Math.Max(i, ready)));
            return;
        }
        // "Vaikka messutapahtuman ajankohta siirtyykin eteenpäin, … kohteet valmistuvat aikataulussa": a move conceded, the work on schedule.
        if (s.IsConceded(i) && s.Negator(i) < 0 && OnScheduleAfter(s, s.ClauseEnd(i))) return;
        // "Päätöksenteko hankkeesta tulee siirtymään aiemmin sovitusta": moved from the date agreed.
        if (s.T[i].Has(Cue.Delay) || s.HasLaterTime || s.Modal(i) >= 0 || FromAMonth(s, i) || FromTheAgreed(s, i)) // "avaaminen saattaa siirtyä", "siirtyy joulukuusta helmikuun loppuun"
            found.Add(s.Round == RoundKind.Forecast && s.Modal(i) < 0 && s.Hedge < 0 && IsReason(s, i) && LaterYearBefore(s, i) is var nextYear and >= 0
                ? Make(s, Rules.VerdictPostponed, s.HasGoal, nextYear, i) // "muutto tapahtuu tammikuussa 2071, koska peruskorjaus venyy": the delay is why it falls next year
                : Make(s, Rules.RiskDelay, false, i, i));
    }

    /// <summary>"aiemmin sovitusta", "alkuperäisestä", "suunnitellusta" within three words after the move at i: from what was agreed or planned.</summary>
    private static bool FromTheAgreed(SentenceContext s, int i) =>
        s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w is "sovitusta" or "alkuperäisestä" or "suunnitellusta" or "aikataulusta") >= 0;

    /// <summary>An undenied word of keeping to schedule from token <paramref name="from"/> on ("kohteet valmistuvat aikataulussa", not "ei ole aikataulussa").</summary>
    private static bool OnScheduleAfter(SentenceContext s, int from)
    {
        for (var j = from; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.OnTrack) && s.Negator(j) < 0) return true;
        return false;
    }

    /// <summary>A later year named in a clause before token i's ("tapahtuu tammikuussa 2071, koska …"), or -1.</summary>
    private static int LaterYearBefore(SentenceContext s, int i)
    {
        for (var c = 0; c < s.ClauseStart(i); c = s.ClauseEnd(c))
            if (Tense.LaterYear(s, c) is var later and >= 0) return later;
        return -1;
    }

    /// <summary>
    /// "toimitus myöhästyi kolme viikkoa, mutta kenttä avataan alkuperäisen aikataulun mukaisesti", "försenades, men är nu i fas
    /// med tidsplanen", "keskeytyivät, mutta tunnit pidettiin jälkikäteen": a "but" after the delay and an undenied word of keeping
    /// to schedule or of making up afterwards; the delay was caught up.
    /// </summary>
    private static bool CaughtUpAfter(SentenceContext s, int i)
    {
        var but = s.ContrastIn(i + 1, s.T.Count);
        if (but < 0) return false;
        for (var j = but + 1; j < s.T.Count; j++)
            if ((s.T[j].Has(Cue.OnTrack) || s.T[j].Word is "jälkikäteen" or "efteråt" or "afterwards" || AllDone(s, j)) && s.Negator(j) < 0 && !s.T[j].Has(Cue.Delay)) return true;
        return false;
    }

    /// <summary>
    /// "nousi lähes 1,7 miljoonaan lainaan": nearly a total risen to, said of a figure, not a degree of the work; unlike "lähes 80
    /// prosentissa toimipisteistä", the places covered.
    /// </summary>
    private static bool NearlyATotal(SentenceContext s, int j)
    {
        if (j + 1 >= s.T.Count || !char.IsAsciiDigit(s.T[j + 1].Word[0])) return false;
        for (var k = j + 2; k < s.T.Count && k <= j + 4; k++)
            if (!char.IsAsciiDigit(s.T[k].Word[0])) return s.T[k].Word.EndsWith("aan", StringComparison.Ordinal) || s.T[k].Word.EndsWith("ään", StringComparison.Ordinal) || s.T[k].Word.EndsWith("iin", StringComparison.Ordinal);
        return false;
    }

    /// <summary>"kaikki 24 näytöstä saadaan esitettyä": every one of them done or to be done, at token j.</summary>
    private static bool AllDone(SentenceContext s, int j) =>
        s.T[j].Has(Cue.Realise) && s.T[j].Form is VerbForm.Present or VerbForm.Past && s.ClauseFind(j, Cue.Whole) is var all and >= 0 && all < j;

    /// <summary>A phrase of catching up after the delay at token i in its sentence ("…, mutta viivästys on saatu kiinni"), or -1.</summary>
    private static int CatchUpPhraseAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (IsCatchUp(s, j)) return j;
        return -1;
    }

    /// <summary>"viive on kurottu kiinni", "viivästys saatiin kiinni", "förseningen har tagits igen", "the delay has been made up": caught up.</summary>
    private static bool IsCatchUp(SentenceContext s, int j)
    {
        if (j == 0 || s.T[j - 1].Clause != s.T[j].Clause) return false;
        var (verb, particle) = (s.T[j - 1].Word, s.T[j].Word);
        // "Urakoitsija kuroi eron kiinni": the object between the verb and the particle.
        var objectBetween = j >= 2 && s.T[j - 2].Clause == s.T[j].Clause && (s.T[j - 2].Word.StartsWith("kuro", StringComparison.Ordinal) || s.T[j - 2].Word.StartsWith("kiri", StringComparison.Ordinal));
        return particle == "kiinni" && (objectBetween || verb.StartsWith("kurot", StringComparison.Ordinal) || verb.StartsWith("kirit", StringComparison.Ordinal) || verb is "saatu" or "saatiin" or "saadaan" or "saada")
            || particle is "igen" or "in" && verb is "tagits" or "togs" or "tas" or "hämtats" or "hämtades" or "hämtas"
            || particle == "up" && verb is "made" or "caught";
    }

    /// <summary>"25 korjaustoimenpiteestä toteutettiin vuoden aikana 17": a figure with its noun in the elative before token i and a smaller count ("17", "seitsemän") after it, in its clause; the whole's index, or -1.</summary>
    internal static int FigureWholeThenFewer(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j + 1 < i; j++)
        {
            if (!int.TryParse(s.T[j].Word, out var whole) || s.T[j].Has(Cue.Year) || !(s.T[j + 1].Word.EndsWith("sta", StringComparison.Ordinal) || s.T[j + 1].Word.EndsWith("stä", StringComparison.Ordinal))) continue;
            for (var k = i + 1; k < s.ClauseEnd(i); k++)
                if (CountAt(s, k) < whole) return j;
        }
        return -1;
    }

    /// <summary>Token k as a count, "24" or "seitsemän" (not a year); NaN otherwise.</summary>
    private static double CountAt(SentenceContext s, int k) =>
        int.TryParse(s.T[k].Word, out var n) && !s.T[k].Has(Cue.Year) ? n : FigureRules.NumberWords.GetValueOrDefault(s.T[k].Word, double.NaN);

    /// <summary>
    /// A count word right before token i ("kaksi valmistui") or within three words after it ("kunnostettiin vuoden aikana
    /// yksitoista"), and a larger elative count before token i in the clause ("kolmesta", "kuudestatoista"); or a count opening
    /// the clause and a larger elative closing it ("Kahdeksan … toimenpidettä saatiin valmiiksi ohjelman neljästätoista"): the
    /// elative, or -1.
    /// </summary>
    internal static int CountFromWhole(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        var partAt = i > 0 && FigureRules.NumberWords.ContainsKey(s.T[i - 1].Word) ? i - 1
            : s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => FigureRules.NumberWords.ContainsKey(w));
        if (partAt < 0 && FigureRules.NumberWords.TryGetValue(s.T[start].Word, out var opening)
            && s.ClauseEnd(i) - 1 is var last && last > i && ProportionRules.Elatives.TryGetValue(s.T[last].Word, out var closing) && closing > opening) return last;
        if (partAt < 0) return -1;
        var part = FigureRules.NumberWords[s.T[partAt].Word];
        for (var j = Math.Max(start, i - 6); j < i - 1; j++)
            if (ProportionRules.Elatives.TryGetValue(s.T[j].Word, out var whole) && whole > part) return j;
        return -1;
    }

    /// <summary>"valmistuivat 86 prosenttisesti": a share given as an adverb within three words after token i, or -1.</summary>
    private static int PercentAdverbAfter(SentenceContext s, int i)
    {
        for (var j = i + 2; j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word == "prosenttisesti" && char.IsAsciiDigit(s.T[j - 1].Word[0])) return j;
        return -1;
    }

    /// <summary>
    /// A plan in the past within three words before token i: "piti", "oli määrä", "oli tarkoitus", "oli kirjattu", "skulle ha", "was supposed to".
    /// Its first word's index, or -1.
    /// </summary>
    /// <summary>"…, mutta ne viivästyivät kilpailutusvirheen vuoksi": after a "but", a delay in the past tense.</summary>
    private static bool DelayedAfterBut(SentenceContext s, int i)
    {
        var but = s.ContrastIn(i, s.T.Count);
        for (var j = but + 1; but > 0 && j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Delay) && (s.T[j].Form == VerbForm.Past || IsFinnishPast(s.T[j].Word)) && s.Negator(j) < 0) return true;
        return false;
    }

    private static int PastPlanBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= s.ClauseStart(i) && j >= i - 3; j--)
        {
            var w = s.T[j].Word;
            if (w == "piti" || w == "ha" && j > 0 && s.T[j - 1].Word == "skulle" || w == "supposed" && j > 0 && s.T[j - 1].Word is "was" or "were") return w == "piti" ? j : j - 1;
            if (w is "määrä" or "kirjattu" or "suunniteltu" or "tarkoitus" && j > 0 && s.T[j - 1].Word is "oli" or "olivat") return j - 1;
        }
        return -1;
    }

    /// <summary>"helmikuussa 2025", "syksyllä 2025" in token i's clause: a month or season of a named year, which a present tense at year end puts after it. The year's index, or -1.</summary>
    private static int MonthOfYear(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i) + 1; j < s.ClauseEnd(i); j++)
            if (s.T[j].Has(Cue.Year) && (s.T[j - 1].Word.EndsWith("kuussa", StringComparison.Ordinal) || s.T[j - 1].Word is "keväällä" or "kesällä" or "syksyllä" or "talvella")
                && s.MayBeLaterYear(j))
                return j;
        return -1;
    }

    /// <summary>"lainkaan", "ollenkaan", "alls", "at all" in token i's clause: a denial of the whole.</summary>
    private static bool AtAllIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "lainkaan" or "ollenkaan" or "alls") is var none and >= 0
        || s.FindWord(s.ClauseStart(i) + 1, s.ClauseEnd(i), w => w == "all") is var all and > 0 && s.T[all - 1].Word == "at";

    /// <summary>"valmistui", "valmistuneet", "saatiin valmiiksi": a Finnish past at token i or in the word before it, which the lexicon leaves without a form.</summary>
    private static bool FinnishPastAt(SentenceContext s, int i) =>
        IsFinnishPast(s.T[i].Word) || i > 0 && s.T[i - 1].Clause == s.T[i].Clause && IsFinnishPast(s.T[i - 1].Word);

    private static bool IsFinnishPast(string w) => w.Length > 3 && (
        w.EndsWith("ui", StringComparison.Ordinal) || w.EndsWith("uivat", StringComparison.Ordinal) || w.EndsWith("yi", StringComparison.Ordinal)
        || w.EndsWith("yivät", StringComparison.Ordinal) || w.EndsWith("nut", StringComparison.Ordinal) || w.EndsWith("nyt", StringComparison.Ordinal)
        || w.EndsWith("neet", StringComparison.Ordinal) || w.EndsWith("tiin", StringComparison.Ordinal)); // not "nyt" (now)

    /// <summary>A count word or figure before token i in its clause ("Kolmen kohteen kartoitukset").</summary>
    private static bool CountBefore(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (FigureRules.NumberWords.ContainsKey(s.T[j].Word) || s.T[j].Word is "kolmen" or "kahden" or "neljän" or "viiden" || char.IsAsciiDigit(s.T[j].Word[0]) && !s.T[j].Has(Cue.Year)) return true;
        return false;
    }

    /// <summary>"suunniteltu", "suunnitellut", "planerade" before token i in its sentence ("suunniteltu X ja Y -tapahtuma"): the thing was planned. The index, or -1.</summary>
    private static int PlannedBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < i; j++)
            if (s.T[j].Word is "suunniteltu" or "suunnitellut" or "suunniteltua" or "planerade" or "planerad" or "planerat") return j;
        return -1;
    }

    /// <summary>"kaikki", "samtliga", "all" before token i in its clause (not "koko vuoden ajan").</summary>
    private static bool AllBefore(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (ResultRules.IsAll(s.T[j].Word)) return true;
        return false;
    }

    /// <summary>
    /// "uusittiin Pukinmäen ja Herttoniemen kentillä, mutta Kannelmäen kentän osuus siirtyi", "…, mutta Stoan osuus jäi
    /// odottamaan": after a "but", a part moved, left, denied or not yet done; "järjestettiin kaikki, silti kävijöitä kertyi vain
    /// 640 tavoitellusta tuhannesta": only so many, after "silti". The contrast's index, or -1.
    /// </summary>
    private static int PartLeftAfterContrast(SentenceContext s, int i) =>
        (s.ContrastIn(i + 1, s.T.Count) is var but and >= 0 ? but : s.FindWord(i + 1, s.T.Count, w => w is "silti" or "ändå" or "still")) is var from and >= 0
        && (s.HasIn(from, s.T.Count, Cue.Delay | Cue.Shift | Cue.Remain | Cue.Negator | Cue.Yet) || s.FindWord(from, s.T.Count, ProportionRules.IsOnlyWord) >= 0) ? from : -1;

    /// <summary>The clause after token i's gives a reason ("…, koska tarjouksia ei saatu"), not one that all was done already.</summary>
    private static bool ReasonNext(SentenceContext s, int i) =>
        s.ClauseEnd(i) is var next && next < s.T.Count && IsReason(s, next)
        && !s.HasIn(next, s.ClauseEnd(next), Cue.Already | Cue.OnTrack); // not "…, koska kaikki oli jo koulutettu", nothing left undone

    /// <summary>"aloittamisen", "käyttöönottaminen": a verbal noun, which a negator before it does not deny.</summary>
    private static bool IsVerbalNoun(string w) => w.EndsWith("misen", StringComparison.Ordinal) || w.EndsWith("minen", StringComparison.Ordinal);

    /// <summary>"från början", "alun perin", "ursprungligen", "originally" opening the sentence: the index of its last word, or -1.</summary>
    private static int OriginallyAt(SentenceContext s)
    {
        if (s.T[0].Word is "ursprungligen" or "originally" or "alkujaan") return 0;
        // "Alkuperäisen suunnitelman mukaan katsomon piti valmistua jo toukokuussa", not "… on määrä valmistua".
        if (s.T.Count > 2 && s.T[0].Word == "alkuperäisen" && s.T[1].Word is "suunnitelman" or "aikataulun" && s.T[2].Word == "mukaan" && s.FindWord(3, s.T.Count, w => w is "piti" or "oli") >= 0) return 2;
        return s.T.Count > 1 && (s.T[0].Word == "från" && s.T[1].Word == "början" || s.T[0].Word == "alun" && s.T[1].Word == "perin") ? 1 : -1;
    }

    /// <summary>"kehitys", "utvecklingen", "the trend" in token i's clause: "kehitys on ollut tavoitteen mukaisesti laskusuunnassa" is progress, not the goal met.</summary>
    private static bool TrendIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.StartsWith("kehity", StringComparison.Ordinal) || w.StartsWith("utveckling", StringComparison.Ordinal) || w is "trend" or "trends") >= 0;

    /// <summary>"hankinta", "kilpailutus", "upphandlingen", "the procurement" in token i's clause, or -1.</summary>
    private static int ProcurementIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.StartsWith("hankinta", StringComparison.Ordinal) || w.StartsWith("kilpailutu", StringComparison.Ordinal)
            || w.StartsWith("upphandling", StringComparison.Ordinal) || w is "procurement" or "tender");

    /// <summary>
    /// "valmistuu vuoden alun perin suunniteltua myöhemmin", "blir klart ett år senare än planerat": a year named within five
    /// words before a lateness at i, in its clause (not "puoli vuotta", "tämän vuoden"); its index, or -1.
    /// </summary>
    private static int AYearBefore(SentenceContext s, int i)
    {
        for (var j = Math.Max(s.ClauseStart(i), i - 5); j < i; j++)
            if (s.T[j].Word is "vuoden" or "vuotta" && !(j > 0 && s.T[j - 1].Word is "puoli" or "tämän" or "kuluvan" or "viime" or "edellisen" or "ensi" or "koko")
                || s.T[j].Word is "år" or "year" && j > 0 && s.T[j - 1].Word is "ett" or "a" or "one")
                return j;
        return -1;
    }

    /// <summary>"med två år", "med ett år", "vuodella", "kahdella vuodella", "by a year" after token i in its clause: the index of the year word, or -1.</summary>
    private static int ByYears(SentenceContext s, int i)
    {
        // "vuoden lykkäys", "ett års försening", "a one-year delay": a delay of a year named before it.
        if (i > 0 && s.T[i - 1].Clause == s.T[i].Clause && !s.T[i].Has(Cue.Year) && s.T[i].Form == VerbForm.None
            && (s.T[i - 1].Word is "vuoden" or "års" or "ettårig" or "ettåriga" || s.T[i - 1].Word == "year" && i > 1 && s.T[i - 2].Word is "one" or "a")
            && !(i > 1 && (s.T[i - 2].Has(Cue.Year) || s.T[i - 2].Word is "tämän" or "kuluvan" or "viime" or "edellisen" or "ensi" or "koko" or "årets" or "förra" or "detta"))) return i - 1; // not "tämän vuoden viivästykset"
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if (w is "vuodella" or "vuosilla") return j;
            if (w == "vuotta" && j == i + 2 && s.T[j - 1].Word is "kaksi" or "kolme" or "2" or "3") return j; // "aloitusta lykättiin kaksi vuotta"
            if (w is "år" or "year" or "years" && j >= 2 && s.T[j - 2].Word is "med" or "by") return j;
            if (w is "år" or "year" && s.T[j - 1].Word is "ett" or "a" && j - 2 >= i && s.T[j - 2].Word is "fram" or "framåt" or "back") return j; // "skjuts fram ett år", "pushed back a year"
        }
        return -1;
    }

    /// <summary>
    /// A word of being ready or opening, undenied, with a month from March on near it and no year after it: after a contrast
    /// that follows the delay at i ("viivästyi, mutta valmistuu lokakuun lopussa"), or before "after" the delay ("reopens in
    /// September after a delayed repair"). Its index, or -1.
    /// </summary>
    private static int ReadyInALaterMonth(SentenceContext s, int i)
    {
        var but = s.ContrastIn(i + 1, s.T.Count);
        var after = s.FindWord(s.ClauseStart(i), i, w => w is "after" or "efter" or "jälkeen");
        if (but < 0 && after < 0) return -1;
        var (from, to) = but >= 0 ? (but, s.T.Count) : (s.ClauseStart(i), after);
        for (var k = from; k < to; k++)
        {
            var w = s.T[k].Word;
            if (!(s.T[k].Has(Cue.Finish) && !w.StartsWith("jatk", StringComparison.Ordinal) && !w.StartsWith("continu", StringComparison.Ordinal) && !w.StartsWith("fortsätt", StringComparison.Ordinal)
                    || w is "reopens" or "opens" or "avataan" or "avautuu" or "öppnar" or "öppnas") || s.Negator(k) >= 0) continue;
            return s.FindWord(Math.Max(0, k - 3), Math.Min(s.T.Count, k + 7), m => Lexicon.Month(m) >= 3) >= 0 && !s.HasIn(k, s.T.Count, Cue.Year) ? k : -1;
        }
        return -1;
    }

    /// <summary>"tämän vuoden puolella", "i år", "this year" in a clause after token i's: said to stay within the year; its index, or -1.</summary>
    private static int ThisYearAfter(SentenceContext s, int i)
    {
        for (var j = s.ClauseEnd(i); j < s.T.Count; j++)
            if ((s.T[j].Has(Cue.ThisYear) || BeforeALaterMonth(s, j)) && s.Negator(j) < 0 && !s.ClauseHas(j, Cue.Goal | Cue.Cancel | Cue.Fail | Cue.NegQuantifier)) return j; // not "så målet för i år faller bort", "so nothing will be built this year"
        return -1;
    }

    /// <summary>"ennen marraskuuta", "före november": in a forecast, before a month after February with no year is this year.</summary>
    private static bool BeforeALaterMonth(SentenceContext s, int j)
    {
        if (s.Round != RoundKind.Forecast || s.T[j].Word is not ("ennen" or "före" or "before") || j + 1 >= s.T.Count || j + 2 < s.T.Count && s.T[j + 2].Has(Cue.Year)) return false;
        var m = s.T[j + 1].Word;
        return m.EndsWith("kuuta", StringComparison.Ordinal) && !m.StartsWith("tammi", StringComparison.Ordinal) && !m.StartsWith("helmi", StringComparison.Ordinal)
            || Lexicon.MonthName(m) >= 3;
    }

    /// <summary>"tammikuun alkuun", "helmikuulle", "till januari", "to February": moved into the first months of a year, after token i in its clause; or -1.</summary>
    private static int ToEarlyMonth(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if ((w.StartsWith("tammikuu", StringComparison.Ordinal) || w.StartsWith("helmikuu", StringComparison.Ordinal))
                    && (w.EndsWith("lle", StringComparison.Ordinal) || w.EndsWith("hun", StringComparison.Ordinal) || PartOfMonthAfter(s, j))
                || Lexicon.MonthName(w) is 1 or 2 && j > 0 && s.T[j - 1].Word is "till" or "to" or "into" or "until") return j;
        }
        return -1;
    }

    /// <summary>
    /// "joulukuusta": moved from a month (a Finnish elative of a month), so later than planned (not "siirtyy käyttöön syyskuussa");
    /// "kuukaudella", "viikoilla", "eteenpäin": moved on by weeks or months, or forward.
    /// </summary>
    private static bool FromAMonth(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if (w.EndsWith("kuusta", StringComparison.Ordinal) && w.Length > 8 || w is "eteenpäin" or "kuukaudella" or "kuukausilla" or "viikolla" or "viikoilla") return true;
        }
        return false;
    }

    /// <summary>"kirjanpito suljettiin", "bokföringen stängdes": the books closed in token i's clause (not "kirjanpitojärjestelmän käyttöönotto"); the word, or -1.</summary>
    private static int BooksClosed(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.StartsWith("sulje", StringComparison.Ordinal) || w.StartsWith("suljet", StringComparison.Ordinal) || w.StartsWith("stäng", StringComparison.Ordinal)) < 0 ? -1
            : s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "kirjanpito" or "kirjanpidon" or "bokföringen" or "bookkeeping");

    private static bool IsPublication(string w) =>
        w.StartsWith("publicer", StringComparison.Ordinal) || w.StartsWith("julkai", StringComparison.Ordinal) || w.StartsWith("raportoin", StringComparison.Ordinal)
        || w.StartsWith("rapporter", StringComparison.Ordinal) || w is "publication" or "reporting";

    private static bool ModalAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Modal) && s.Negator(j) < 0) return true;
        return false;
    }

    /// <summary>
    /// The goal, or the whole of its work ("käyttöönotto siirtyy vuoteen 2021"), moved into next year outweighs "not on
    /// schedule" in the same sentence; part of it ("osa kursseista"), or a clause that concedes, does not.
    /// </summary>
    private static bool PostponedStrength(SentenceContext s, int i) =>
        s.ClauseHas(i, Cue.Goal) || s.ClauseHas(i, Cue.Work) && !s.ClauseHas(i, Cue.Partial) && !s.IsConceded(i);

    /// <summary>"Korona ei ole vaikuttanut aikatauluun", "the pandemic has not affected": a corona cue whose effect is denied.</summary>
    private static bool DeniedEffect(SentenceContext s, int i)
    {
        var affect = s.ClauseFind(i, Cue.Affect);
        return affect >= 0 && s.Negator(affect) >= 0;
    }

    private static int LastYearToken(SentenceContext s, int i)
    {
        var last = i;
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year | Cue.NextYear)) last = j;
        return last;
    }

    /// <summary>"i stället för att minska", "instead of falling", "vähenemisen sijaan" after token i in its clause: the index of "för", "of" or "sijaan", or -1.</summary>
    private static int InsteadAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
            if (s.T[j].Word == "sijaan" || j + 1 < s.T.Count && (s.T[j].Word is "stället" or "istället" && s.T[j + 1].Word == "för" || s.T[j].Word == "instead" && s.T[j + 1].Word == "of"))
                return s.T[j].Word == "sijaan" ? j : j + 1;
        return -1;
    }

    /// <summary>Whether token i's clause holds a rise or a fall ("nousi tavoitteen mukaisesti 20 prosentilla"): its percentage is a rate.</summary>
    private static bool RiseOrFallIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), TrendRules.IsChange) >= 0;

    /// <summary>
    /// The end of token i's clause and of the clauses after it that have no verb of their own, share it and set themselves
    /// against it: "järjestettiin tavoitellut 24 taidenäyttelyä, esityksiä sen sijaan 160 asetetusta 210:stä".
    /// </summary>
    private static int ThroughGapped(SentenceContext s, int i)
    {
        var end = s.ClauseEnd(i);
        while (end < s.T.Count && !HasVerb(s, end, s.ClauseEnd(end)) && SetAgainst(s, end, s.ClauseEnd(end))) end = s.ClauseEnd(end);
        return end;
    }

    private static bool SetAgainst(SentenceContext s, int from, int to) =>
        s.ContrastIn(from, to) >= 0 || s.FindWord(from, to, w => w is "sijaan" or "däremot" or "puolestaan" or "however") >= 0;

    private static bool HasVerb(SentenceContext s, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (s.T[j].Form != VerbForm.None || s.T[j].Has(Cue.Auxiliary | Cue.Progress | Cue.Realise)) return true;
        return false;
    }

    private static void Progress(SentenceContext s, int i, ref StatusResolver found)
    {
        if (i > 0 && s.T[i - 1].Word is "än" or "kuin" or "than") return; // "mer än planerat": a comparison, read by the budget rules
        if (IntentionOpens(s)) return; // "Tanken är att gården ska färdigställas under året": what is meant to happen, a plan
        if (FateRules.BuildingTakenIntoUse(s, i))
        {
            found.Add(Make(s, Rules.VerdictCompleted, false, i - 1, i)); // a building in use: done, as one finished is
            return;
        }
        // "arvioidaan laajemmin, miten strategian toteuttaminen on edennyt": how far it went is what will be assessed, not said.
        if (s.Asked >= 0 && s.Asked < i && s.T[s.Asked].Word is "miten" or "kuinka" && s.T[i].Clause == s.T[s.Asked].Clause) return;
        // "Selvityksen valmistuttua marraskuussa päätetään, mitä korjataan": in a forecast, once the study is done, a time to come.
        if (s.Round == RoundKind.Forecast && s.T[i].Has(Cue.Finish) && (s.T[i].Word.EndsWith("ttua", StringComparison.Ordinal) || s.T[i].Word.EndsWith("ttyä", StringComparison.Ordinal))) return;
        // "tiedot voivat päivittyä tilinpäätöksen valmistumisen yhteydessä": the time when something else happens.
        if (i + 1 < s.T.Count && s.T[i].Word.EndsWith("misen", StringComparison.Ordinal) && s.T[i + 1].Word is "yhteydessä" or "jälkeen") return;
        if (s.Round == RoundKind.Forecast && s.T[i].Word.EndsWith("aika", StringComparison.Ordinal) && s.Negator(i) < 0 && Tense.LaterYear(s, i) is var nextYear and >= 0)
        {
            // "nyt arvioitu aloitusaika on ensi vuoden maaliskuu": the time the work now starts or ends is next year's.
            found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i, nextYear));
            return;
        }
        if (s.Round == RoundKind.Forecast && s.Negator(i) < 0 && s.FindWord(0, s.T.Count, w => w is "tilattiin" or "tilataan" or "beställdes" or "beställs" or "commissioned") is var ordered and >= 0
            && s.FindWord(0, s.T.Count, w => w.Contains("selvity", StringComparison.Ordinal) || w.Contains("selvitys", StringComparison.Ordinal) || w.Contains("utredning", StringComparison.Ordinal) || w is "study") >= 0)
        {
            // "hissien uusimistarpeesta tilattiin selvitys, valmis syyskuussa": a study ordered is a step before the work, procedure.
            found.Add(Make(s, Rules.VerdictProcedure, false, Math.Min(ordered, i), Math.Max(ordered, i)));
            return;
        }
        if (s.T[i].Word is "etenee" or "etenevät" && s.FindWord(i + 1, s.ClauseEnd(i), IsToABoard) is var board and >= 0)
        {
            // "se etenee hallituksen käsittelyn jälkeen valtuustolle": a matter going on to be decided is procedure.
            found.Add(Make(s, Rules.VerdictProcedure, false, i, board));
            return;
        }
        if (s.T[i].Word is "pågår" or "käynnissä" or "ongoing" or "underway" && s.Round == RoundKind.Forecast && s.Negator(i) < 0 && !s.HasGoal
            && MeasurementBefore(s, i) is var measuring and >= 0)
        {
            // "Mätningar av inomhusluften i simhallen pågår också": measuring under way, its result still to come.
            found.Add(Make(s, Rules.VerdictUnassessable, false, measuring, i));
            return;
        }
        if (s.T[s.ClauseStart(i)].Word == "jotta") return; // "Jotta rakennusprojekti etenee, vaatii se …": what a purpose needs, not progress
        // "minskar kön inte alls, utan tvärtom ökar": what "utan", "vaan" sets against a clause about a queue is about the queue.
        var lowerIsBetter = TrendRules.LowerIsBetter(s, i) || s.ClauseStart(i) > 0 && s.T[s.ClauseStart(i)].Word is "utan" or "vaan" && TrendRules.LowerIsBetter(s, s.ClauseStart(i) - 1)
            || (TrendRules.IsRise(s.T[i].Word) || PriceBefore(s, i)) && CostsOnlyIn(s, i); // "Kostnaderna har stigit kraftigt", "kulut ovat nousseet", "Hyrorna har stigit", "Hinta on noussut": what the city pays
        if (lowerIsBetter && TrendRules.IsRise(s.T[i].Word) && s.Negator(i) < 0 && !s.IsConceded(i))
        {
            // "Kiinteistöjen sähkönkulutus kasvoi 3,4 %": more of what should fall is no progress.
            // "kustannusarvio nousi keväällä", "kostnadskalkylen har stigit": a project's estimate risen past the one it was given is an overrun.
            var estimate = s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsCostEstimate) >= 0;
            // At year end, a rise against a goal ("vaikka tavoitteena oli vähennys"), a large one ("kasvoi 25 %") or one "utan tvärtom" against the fall sought is the year's miss; a rise of no told size, the wrong way.
            var missed = s.HasGoal || s.SentenceHas(Cue.Fraction) || s.HasRealiseVerb || TrendRules.ByAFifthOrMore(s) || s.T[s.ClauseStart(i)].Word is "utan" or "vaan";
            found.Add(Make(s, estimate ? Rules.CostOverrun : !Tense.IsYearEnd(s, i) ? Rules.RiskWorsening : missed ? Rules.FigureBelowLastYear : Rules.RiskBelowLastYear, estimate, i, i));
            return;
        }
        if ((TrendRules.IsRise(s.T[i].Word) || TrendRules.IsFall(s.T[i].Word)) && InsteadAfter(s, i) is var instead and >= 0 && s.Negator(i) < 0)
        {
            // "Bruttokostnaden ökar i stället för att minska enligt fastställt mål": the wrong way, against the goal.
            found.Add(Make(s, Rules.VerdictOffTrack, s.ClauseHas(i, Cue.Goal), i, instead));
            return;
        }
        // "En positiv trend ökar förutsättningarna att nå målet": what grew is the chance, not the result.
        if (i + 1 < s.T.Count && (s.T[i + 1].Word.StartsWith("förutsättning", StringComparison.Ordinal) || s.T[i + 1].Word.StartsWith("edellytyk", StringComparison.Ordinal))) return;
        var neg = s.Negator(i);
        // "Neither the skate park nor the ball field was opened": a quantifier denies the work.
        if (neg < 0 && s.ClauseFind(i, Cue.NegQuantifier) is var none and >= 0 && none < i) neg = none;
        // "ei ole haitannut hankkeen etenemistä", "has not affected progress": the harm is denied, not the progress.
        if (neg >= 0 && s.HasIn(neg + 1, i, Cue.Affect)) neg = -1;
        var goal = s.ClauseHas(i, Cue.Goal);
        if (neg < 0 && s.Conditional == 0 && s.T[0].Word is "går" or "skulle" && s.T[i].Has(Cue.OnTrack))
        {
            // "Går allt enligt planerna kan idrottsanläggningen stå klar 2025": to plan only if all goes to plan.
            found.Add(Make(s, Rules.RiskConditional, false, 0, i));
            return;
        }
        // Not "utan undantag", "inga undantag", nor an exception "joka ei vaikuta avaamiseen".
        if (neg < 0 && s.T[i].Has(Cue.OnTrack) && Exception(s, i) is var butFor && butFor > i && !s.T[butFor - 1].Has(Cue.Without | Cue.NegQuantifier)
            && s.T[butFor - 1].Word is not ("utan" or "inga" or "ilman" or "without" or "no") && !(s.HasIn(butFor, s.T.Count, Cue.Affect) && s.HasIn(butFor, s.T.Count, Cue.Negator)))
        {
            // "har arbetena gått enligt plan ekonomiskt med undantag för det pålnings- och bergförankringsarbete …": to plan but for a part.
            found.Add(Make(s, Rules.RiskPartial, false, i, butFor));
            return;
        }
        if (neg < 0 && OriginallyAt(s) is var originally and >= 0 && originally < i)
        {
            // "Från början var tanken att … skulle vara färdigt vårterminen 2020": the first plan, since changed.
            found.Add(Make(s, Rules.RiskDelay, false, originally, i));
            return;
        }
        if (neg < 0 && PastPlanBefore(s, i) is var plan and >= 0 && !s.IsConceded(i)
            && (s.ContrastIn(i, s.T.Count) < 0 && !s.SentenceHas(Cue.Delay | Cue.Shift) || DelayedAfterBut(s, i)))
        {
            // "päiväkodin piti avata ovensa lokakuussa", "skulle ha invigts i september": what was to happen, and so did not;
            // "Työt piti aloittaa jo tänä vuonna, mutta ne viivästyivät": nor did it, once delayed.
            found.Add(Make(s, Rules.VerdictNotInTime, s.HasGoal, plan, i));
            return;
        }
        if (neg < 0 && (ProportionRules.CountOutOfAny(s, i + 1, ThroughGapped(s, i)) is var after and >= 0 ? after : Tense.IsYearEnd(s, i) ? ProportionRules.CountOutOfAny(s, s.ClauseStart(i), i) : -1) is var outOf and >= 0
            && ProportionRules.RestToCome(s) < 0 && (Tense.IsYearEnd(s, i) || s.HasGoal || !(i > 0 && s.T[i - 1].Word is "on" or "ovat") || s.FindWord(i + 1, s.T.Count, ProportionRules.IsRestWord) >= 0))
        {
            // "Tavoite … on toteutettu 31 talossa 44:stä", at year end "Three of the four branches … were opened": done in some of the places, not all;
            // not "asennettu kuuteen liikuntapuistoon kahdeksasta, ja loput kaksi asennetaan marraskuussa", the rest to come this year, nor
            // "Opasteet on asennettu kolmeen kohteeseen kuudesta" in a forecast, work so far (but not with the rest later or not at all).
            // "14 toimenpidettä 40:stä, mikä on ohjelman väliaikataulun mukainen määrä": as many as the schedule has by now, on course.
            found.Add(AsScheduledAfter(s, outOf) is var scheduled and >= 0
                ? Make(s, Rules.ProgressOnSchedule, false, Math.Min(i, outOf), scheduled)
                : ProportionRules.FarShortOfPlanned(s, outOf) ? Make(s, Rules.FigureShortfall, true, Math.Min(i, outOf), Math.Max(i, outOf))
                : Make(s, Rules.VerdictPartOfGoals, s.HasGoal, Math.Min(i, outOf), Math.Max(i, outOf)));
            return;
        }
        if (neg < 0 && Tense.IsYearEnd(s, i) && (RiseOrFallIn(s, i) ? -1 : ProportionRules.PercentAfter(s, i) is var done and >= 0 ? done : MostOfAfter(s, i)) is var some and >= 0)
        {
            // At year end "kohteista toteutettiin 82 prosenttia", "hölls i de flesta bibliotek": done in part, not all.
            found.Add(Make(s, Rules.RiskPartial, false, Math.Min(i, some), Math.Max(i, some)));
            return;
        }
        if (neg >= 0 && s.T[i].Has(Cue.Finish)) return; // "ei valmistu": read as time running out by OutcomeRules.NotInTime
        // "…100 000 euroa enemmän kuin talousarviossa, vaikka seurakunnan jäsenmäärä ei ole kasvanut": a growth denied in a concession, after the news it qualifies.
        if (neg >= 0 && s.IsConceded(i) && s.ClauseStart(i) > 0 && s.T[s.ClauseStart(i)].Word is "vaikka" or "fastän" or "trots" or "although") return;
        if (neg >= 0)
        {
            // "ei ole edennyt", "is not on track": stalled. "Yhteislippua ei oteta käyttöön": a work that will not be done is
            // a miss, unless only "not yet".
            if (!goal && MeasurementBefore(s, i) is var survey and >= 0)
                found.Add(Make(s, Rules.VerdictUnassessable, false, survey, i)); // "Nuorten harrastuskyselyä ei toteutettu vuonna 2020": nothing measured
            else if (s.ClauseHas(i, Cue.Probable) && s.Round == RoundKind.Forecast && !s.ClauseHas(i, Cue.Yet))
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i))); // "ei todennäköisesti tule käynnistymään": probably not, a miss
            else if (goal && s.T[i].Has(Cue.OnTrack))
                // At year end "työmaa ei käynnistynyt vuonna 2023 tavoitteen mukaisesti": the year's goal was missed.
                // "Toteutuminen ei ole tavoitteen mukainen" at year end: the outcome itself was not as the goal set.
                // Not "ei ole täysin tavoitteen mukainen", not wholly.
                found.Add(Make(s, s.Round == RoundKind.Outcome && (s.ClauseHas(i, Cue.Year) || s.FindWord(s.ClauseStart(i), neg, w => w is "toteutuminen" or "toteuma" or "utfallet" or "utfall") >= 0)
                    && s.FindWord(neg, i, w => w is "täysin" or "kaikilta" or "helt" or "fully" or "entirely") < 0 ? Rules.VerdictNegated : Rules.VerdictOffTrack, true, Math.Min(neg, i), Math.Max(neg, i)));
            else if (Tense.LaterYear(s, i) is var until and >= 0 && s.Round == RoundKind.Forecast)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, Math.Min(neg, i), until)); // "will not go live until the summer season of 2021"
            else if (s.T[i].Word == "käyttöön" && i > 0 && s.T[i - 1].Word is "oteta" or "otettu" && !s.ClauseHas(i, Cue.Yet) && s.Modal(i) < 0)
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i)));
            // "Palvelutorien kokeilua ei ole vielä käynnistetty" at year end: not started within the year.
            // "tekonurmen uusiminen ei käynnistynyt vuonna 2020", "was not launched in 2025", "kesätansseja ei järjestetty lainkaan" at year end: not done in the year.
            // "laajennusta ei toteutettu, koska kilpailutuksessa ei saatu yhtään tarjousta": not done, and why.
            else if (s.Round == RoundKind.Outcome && (s.ClauseHas(i, Cue.Yet) || s.ClauseHas(i, Cue.Year) || AtAllIn(s, i) || ReasonNext(s, i)) && !s.ClauseHas(i, Cue.Frame) && s.Modal(i) < 0 && !goal && !IsVerbalNoun(s.T[i].Word))
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i)));
            // "kolmesta toimintamallista mikään ei edennyt … vuoden aikana": at year end, none of them got anywhere.
            else if (Tense.IsYearEnd(s, i) && s.ClauseFind(i, Cue.NegQuantifier) is var nothing and >= 0 && nothing < i && s.Modal(i) < 0 && !s.ClauseHas(i, Cue.Yet))
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(nothing, i), Math.Max(neg, i)));
            // "Målet har redan nåtts i Kallvik, men i Munksnäs har verksamheten inte kommit i gång": met in one part only.
            else if (MetBeforeBut(s, i) && !s.T[i].Has(Cue.OnTrack)) found.Add(Make(s, Rules.VerdictPartial, true, Math.Min(neg, i), Math.Max(neg, i)));
            // "Huaröds friluftsbad kommer dessvärre inte öppnas", "will not open": a future denied outright, with no "yet" or hedge, is a miss;
            // "kommer inte att öppnas enligt tidigare planering": not on the earlier schedule, a delay.
            else if (s.FindWord(s.ClauseStart(i), Math.Min(neg, i), w => w is "kommer" or "will" or "shall") >= 0 && !s.ClauseHas(i, Cue.Yet) && s.Modal(i) < 0 && s.Hedge < 0 && s.Conditional < 0)
                found.Add(s.FindWord(i + 1, s.ClauseEnd(i), w => w is "planering" or "planeringen" or "tidsplanen" or "tidplanen" or "schedule") >= 0 && !s.ClauseHas(i, Cue.ThisYear)
                    ? Make(s, Rules.RiskDelay, false, Math.Min(neg, i), Math.Max(neg, i))
                    : Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i)));
            // "vi räknar inte med att hallen kommer att vara i bruk innan årsskiftet": not by the turn of the year, said outright.
            else if (s.Round == RoundKind.Forecast && s.Negator(i) >= 0 && !s.ClauseHas(i, Cue.Yet) && s.Modal(i) < 0 && s.Hedge < 0 && s.Conditional < 0
                && s.FindWord(0, s.T.Count, w => w.StartsWith("utesluta", StringComparison.Ordinal) || w.StartsWith("poissulj", StringComparison.Ordinal)) < 0 // not "inte uteslutet att …"
                && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "årsskiftet" or "vuodenvaihdetta" or "vuodenvaihteeseen") is var turn and >= 0 && s.T[turn].Has(Cue.ThisYear))
                found.Add(Make(s, Rules.VerdictNotInTime, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i)));
            // At year end "Kurssia ei järjestetty": the work was not done in the year; not "asuinalueita, joilla kerhotoimintaa ei järjestetty", in some places.
            else if (Tense.IsYearEnd(s, i) && neg < i && !s.ClauseHas(i, Cue.Yet) && s.Modal(i) < 0 && s.Hedge < 0 && s.Conditional < 0
                && s.T[s.ClauseStart(i)].Word is not ("joilla" or "joissa" or "jossa" or "jolla" or "där") && OutcomeRules.HeldBefore(s, i) < 0 // nor held elsewhere before it
                && (s.T[i].Word.EndsWith("tty", StringComparison.Ordinal) || s.T[i].Word.EndsWith("ttu", StringComparison.Ordinal)))
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, neg, i));
            // "Kunnanhallituksen päätökseksi tuli, ettei parantamishanketta toteuteta tässä vaiheessa": decided against, not stalled.
            else if (s.Modal(i) < 0 && s.Hedge < 0 && s.Conditional < 0 && s.FindWord(0, neg, w => w is "päätti" or "päättivät" or "päättänyt" or "päätettiin" or "päätökseksi" or "beslutade" or "beslöt" or "beslutat" or "beslutades") is var decision and >= 0
                && s.T[neg].Word is "ettei" or "ei" or "inte" or "not" && !s.ClauseHas(i, Cue.Yet))
                found.Add(Make(s, Rules.VerdictCancelled, s.HasGoal, decision, Math.Max(neg, i)));
            else found.Add(Make(s, Rules.RiskStalled, false, Math.Min(neg, i), Math.Max(neg, i)));
            return;
        }
        if (ProportionRules.PartOfGoals(s, i))
        {
            // "Puolet indikaattoreista on menossa oikeaan suuntaan": progress for part of the goals.
            found.Add(Make(s, Rules.VerdictPartOfGoals, true, s.ClauseStart(i), i));
            return;
        }
        if (neg < 0 && s.Round == RoundKind.Outcome && (CountFromWhole(s, i) is var whole and >= 0 ? whole : FigureWholeThenFewer(s, i)) is var of and >= 0)
        {
            // At year end "kolmesta pukusuojien peruskorjauksesta kaksi valmistui", "25 korjaustoimenpiteestä toteutettiin 17": done for part of them.
            found.Add(Make(s, Rules.RiskPartial, false, Math.Min(of, i), Math.Max(of, i)));
            return;
        }
        if (neg < 0 && s.Round == RoundKind.Outcome && (ProportionRules.PercentBefore(s, i) is var share and >= 0 ? share : PercentAdverbAfter(s, i)) is var part and >= 0)
        {
            // "56 procent av åtgärderna bedömdes som påbörjade", at year end "arvioinnit valmistuivat 86 prosenttisesti määräajassa": done in part.
            found.Add(Make(s, Rules.RiskPartial, false, Math.Min(i, part), Math.Max(i, part)));
            return;
        }
        if (SlowOrOnlyPart(s, i) is var (slow, partRule) && slow >= 0)
        {
            // "on edennyt hitaasti", "valmistuu vain kahdessa neljästä liikuntapuistosta", "etenivät pääosin suunnitelmien
            // mukaisesti", "i huvudsak genomfört": progress, but too little.
            found.Add(Make(s, partRule, false, Math.Min(i, slow), Math.Max(i, slow)));
            return;
        }
        var from = PhraseStart(s, i);
        // Not "mittausten tulokset valmistuvat helmikuussa 2056, eikä … toteutumista voida arvioida sitä ennen": figures due later, nothing to assess.
        if (Tense.IsYearEnd(s, i) && s.T[i].Has(Cue.Finish) && !Tense.IsPast(s, i) && !FinnishPastAt(s, i) && !IsReason(s, i) && !s.SentenceHas(Cue.Assess) && (Tense.LaterYear(s, i) is var laterYear and >= 0 ? laterYear : MonthOfYear(s, i)) is var next and >= 0)
        {
            if (FateRules.ResultsDueLater(s) is not null) return; // "Vuoden tulokset valmistuvat helmikuussa 2097": the measure's results, read by FateRules.ResultsLater
            // At year end "Kolmen kohteen kartoitukset valmistuvat helmikuussa 2025": some of the work left for next year.
            found.Add(Make(s, s.ClauseHas(i, Cue.Partial) || CountBefore(s, i) ? Rules.VerdictPartial : Rules.VerdictNextYear, s.HasGoal, from, next));
            return;
        }
        if (Tense.IsYearEnd(s, i) && IsOnlyBegun(s.T[i].Word) && !goal)
        {
            // At year end "arbetet med en handlingsplan har påbörjats": only begun when the year is over.
            found.Add(Make(s, Rules.RiskPartial, false, from, i));
            return;
        }
        // Not "Under det första halvåret 2023 har invånarantalet ökat": part of a year so far is the year reported on.
        // Not "konkurssi saattaa siirtää valmistumista ensi vuoteen": a move that only may come is read as the risk it is.
        if (Tense.LaterYear(s, i) is var later and >= 0 && !Tense.IsPast(s, i) && !s.SentenceHas(Cue.ForecastNoun | Cue.Assess) && !IsReason(s, i)
            && !(later > 0 && s.T[later - 1].Has(Cue.Interim) && s.ReportYear == 0) && !(s.ClauseHas(i, Cue.Modal) && s.ClauseHas(i, Cue.Shift)))
        {
            // "The new service will only be launched next spring", "otetaan käyttöön vasta ensi vuonna": past the year; "… pois lukien.
            // Sinne laite asennetaan helmikuussa 2101": the one place left out before, so the whole is met in part.
            found.Add(Make(s, LeftOutBefore(s) ? Rules.VerdictPartial : Rules.VerdictNextYear, s.HasGoal, Math.Min(from, later), Math.Max(i, later)));
            return;
        }
        if (s.T[i].Has(Cue.OnTrack) && FateRules.ClauseCompleted(s, i)) return; // "Hanke valmistui aikataulussa": done, not a forecast
        if (s.Round == RoundKind.Outcome && s.T[i].Word is "pågår" or "käynnissä" or "ongoing" && !goal && !s.ClauseHas(i, Cue.OnTrack))
        {
            // At year end "för de övriga pågår ett arbete": still under way when the year is over.
            found.Add(Make(s, Rules.RiskWorkLeft, false, from, i));
            return;
        }
        // In a forecast, "Hanke saatiin maaliin jo helmikuussa": done already, in a month past.
        // "avattiin toukokuussa, joten hankkeesta ei ole mitään tekemättä": the work done and the project named after it, not a
        // phase, with no later date or work still left (but "Uusi toimintamalli otettiin käyttöön maaliskuussa" alone is progress
        // with no verdict, and "… kaikissa nuorisotaloissa huhtikuussa; tietojen siirto on yhä kesken" is not done).
        var doneInMonth = IsCompletion(s, i) && s.Round == RoundKind.Forecast && MonthIn(s, i) && s.ContrastIn(i + 1, s.T.Count) < 0
            && (s.ClauseHas(i, Cue.Already) || !NamesPhase(s) && !MonthAfter(s, s.ClauseEnd(i)) && !s.SentenceHas(Cue.Yet | Cue.Remain) && ProjectAfter(s, s.ClauseEnd(i)));
        // Not "Kentät uusittiin osittain": only in part.
        if ((!goal || doneInMonth) && (s.T[i].Has(Cue.OnTrack) || IsCompletion(s, i)) && (Tense.IsYearEnd(s, i) || doneInMonth) && !s.ClauseHas(i, Cue.Partial)
            && !(IsCompletion(s, i) && (s.ClauseHas(i, Cue.Degree) || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "osittain" or "delvis" or "partly" or "partially") >= 0))
            && !Seems(s, i) && !AnyMiss(s) && !IsReason(s, i) && !(MultiYear(s, i) && s.T[i].Has(Cue.OnTrack)))
        {
            // At year end "vuosi sujui suunnitelmien mukaisesti", "toiminta on jatkunut suunnitellusti": the year went as planned;
            // "järjestelmä on otettu käyttöön kaikissa toimipisteissä": the work was done; not "…, sillä kävijäkirjaus otettiin
            // käyttöön vasta elokuussa", a reason. "… uusittiin kahdella kentällä, mutta kolmannen osuus siirtyi": done in part.
            // "genomfördes för alla åttondeklassare utom i Baggböle": all but one, so in part.
            // "Kaksi konserttia peruttiin, ja kaikki 8 muuta konserttia järjestettiin": all the others, after some fell through, is in part.
            var othersAfterLoss = s.HasIn(0, s.ClauseStart(i), Cue.Cancel | Cue.Shift) && s.FindWord(s.ClauseStart(i), i, w => w is "muuta" or "muut" or "muita" or "övriga" or "andra" or "other" or "remaining") >= 0;
            found.Add(othersAfterLoss ? Make(s, Rules.VerdictPartial, false, 0, i)
                : PartLeftAfterContrast(s, i) is var left and >= 0 ? Make(s, Rules.VerdictPartial, false, from, left)
                : Exception(s, i) is var except && except > i ? Make(s, Rules.VerdictPartial, false, from, except)
                : NecessityBefore(s, i) is var need and >= 0 ? Make(s, Rules.RiskConditional, false, need, i)
                : Make(s, Rules.VerdictAchieved, false, from, i));
            return;
        }
        if (goal && s.T[i].Has(Cue.OnTrack) && s.FindWord(s.ClauseStart(i), i, IsDecidedTo) is var decided and >= 0)
        {
            // "päätti edistää hankkeen toteutusta suunnitelman mukaisesti": what a board decided to do, procedure.
            found.Add(Make(s, Rules.VerdictProcedure, false, decided, i));
            return;
        }
        if (goal && s.T[i].Has(Cue.OnTrack) && !s.ClauseHas(i, Cue.Realise) && !TrendIn(s, i))
        {
            // "on track with a slight reservation", "enligt plan, men ... försenats": softened like any verdict.
            // At year end "toteutui tavoitteen mukaisesti", "enligt målet" reports the goal met.
            // "kunnostus valmistui huhtikuussa, kuten tavoitteessa edellytettiin", "avattiin kesäkuun loppuun mennessä tavoitteen
            // mukaisesti": a work done as the goal required, met during the year.
            // At year end a multi-year programme "eteni suunnitelman mukaisesti" is on course, not done.
            var (rule, to) = (Tense.IsYearEnd(s, i) && !MultiYear(s, i) || CompletedBefore(s, s.ClauseStart(i)) || PastDoneIn(s, i) ? Rules.VerdictAchieved : Rules.VerdictOnTrack, i);
            Soften(s, i, false, ref rule, ref from, ref to);
            found.Add(Make(s, rule, true, from, to));
        }
        else if (s.Round == RoundKind.Forecast && OughtBefore(s, i) is var ought and >= 0)
            found.Add(Make(s, Rules.RiskHedge, false, ought, i)); // "Mattilan mielestä sen pitäisi valmistua tämän vuoden aikana": what should happen, in someone's view
        else if (OnScheduleAt(s, i) is var asPlanned and >= 0)
            found.Add(Make(s, Rules.ProgressOnSchedule, false, from, Math.Max(i, asPlanned))); // "asennus saadaan päätökseen syyskuussa aiotusti": to be done as planned
        else if (s.Round == RoundKind.Outcome && s.T[i].Word is "järjestettiin" or "toteutettiin" && s.Negator(i) < 0 && s.Hedge < 0 && !s.SentenceHas(Cue.Partial) && i > 0 && s.T[i - 1].Word is "päivä" or "tapahtuma" or "juhla" or "retki" or "matka")
            found.Add(Make(s, Rules.VerdictAchieved, false, i - 1, i)); // at year end "Päivä toteutettiin yhteistyössä paloaseman kanssa": the event held, done
        else if (s.Round == RoundKind.Outcome && s.T[i].Word is "toteutettua" or "järjestettyä" or "täytettyä" && s.FindWord(s.ClauseStart(i), i, w => w == "saatiin") is var got and >= 0
            && s.Negator(i) < 0 && s.Hedge < 0 && !s.SentenceHas(Cue.Partial | Cue.Degree) && s.ContrastIn(i, s.T.Count) < 0
            && s.FindWord(0, got, w => w.StartsWith("toimenpi", StringComparison.Ordinal) || w.StartsWith("åtgärd", StringComparison.Ordinal)) < 0) // not "Toimenpiteet saatiin toteutettua": measures, no goal
            found.Add(Make(s, Rules.VerdictAchieved, false, got, i)); // at year end "Lasten hiihtokoulukin saatiin lumitilanteesta huolimatta toteutettua": got done
        else found.Add(Make(s, Rules.Progress, false, from, i));
    }

    /// <summary>
    /// "ohjelmakauden 2053–2056 aikana", "monivuotinen", "flerårig", "multi-year": a programme over several years, reaching past the
    /// report's, in the sentence; not one said to be finished ("saatiin päätökseen").
    /// </summary>
    private static bool MultiYear(SentenceContext s, int i)
    {
        for (var k = 0; k < s.T.Count; k++)
            if (s.T[k].Has(Cue.Finish) && s.T[k].Form == VerbForm.Past) return false;
        if (s.FindWord(0, s.T.Count, w => w.StartsWith("ohjelmakau", StringComparison.Ordinal) || w.StartsWith("monivuoti", StringComparison.Ordinal) || w.StartsWith("flerårig", StringComparison.Ordinal) || w == "multi-year") >= 0) return true;
        for (var j = 0; j + 1 < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year) && s.T[j + 1].Has(Cue.Year) && s.ReportYear > 0 && !s.IsLaterYear(j) && s.IsLaterYear(j + 1)) return true; // "2053–2056" across the report's year
        return false;
    }

    /// <summary>"Tavoitteena on, että palvelu on käytössä kesäkuun loppuun mennessä.": a goal or deadline set in an earlier sentence.</summary>
    private static bool DeadlineSetBefore(SentenceContext s)
    {
        var before = s.Text.AsSpan(0, s.Sentence.Start);
        return before.Contains("mennessä", StringComparison.Ordinal) || before.Contains("tavoit", StringComparison.OrdinalIgnoreCase) || before.Contains("senast", StringComparison.Ordinal)
            || before.Contains("mål", StringComparison.OrdinalIgnoreCase) || before.Contains("target", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"siirtyi kesäkuulta elokuulle", "flyttas från juni till augusti": a month moved from, then a later month moved to; the later's index, or -1.</summary>
    private static int LaterMonthThisYear(SentenceContext s, int i)
    {
        for (var j = i + 1; j + 1 < s.ClauseEnd(i) && j <= i + 4; j++)
        {
            var (from, to) = s.T[j].Word == "från" && j + 3 < s.T.Count && s.T[j + 2].Word == "till" ? (j + 1, j + 3) : (j, j + 1);
            if (Lexicon.Month(s.T[from].Word) is var m1 and > 0 && Lexicon.Month(s.T[to].Word) is var m2 && m2 > m1
                && (s.T[from].Word.EndsWith("lta", StringComparison.Ordinal) || s.T[from].Word.EndsWith("ltä", StringComparison.Ordinal) || s.T[from].Word.EndsWith("sta", StringComparison.Ordinal) || from > j) // "kesäkuulta", "syyskuusta"
                && (s.T[to].Word.EndsWith("lle", StringComparison.Ordinal) || from > j || IntoPartOfMonth(s, to)) && !(to + 1 < s.T.Count && s.T[to + 1].Has(Cue.Year))) return to;
        }
        return -1;
    }

    /// <summary>"elokuun alkuun", "syyskuun puoliväliin": into a part of the month at i.</summary>
    private static bool IntoPartOfMonth(SentenceContext s, int i) => s.T[i].Word.EndsWith("kuun", StringComparison.Ordinal) && PartOfMonthAfter(s, i);

    /// <summary>"alkuun", "loppuun", "puoliväliin" right after the month at i: into its start, end or middle.</summary>
    private static bool PartOfMonthAfter(SentenceContext s, int i) => i + 1 < s.T.Count && s.T[i + 1].Word is "alkuun" or "loppuun" or "puoliväliin";

    /// <summary>A simple past of a verb of doing or opening in token i's clause ("avattiin", "valmistui", "öppnades"), not of starting or rising.</summary>
    private static bool PastDoneIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if ((s.T[j].Form == VerbForm.Past || w.EndsWith("ttiin", StringComparison.Ordinal)) && s.T[j].Has(Cue.Progress | Cue.Finish) && s.Negator(j) < 0
                && !w.StartsWith("aloit", StringComparison.Ordinal) && !w.StartsWith("käynnist", StringComparison.Ordinal) && !TrendRules.IsRise(w)) return true;
        }
        return false;
    }

    /// <summary>A past completion of the work ("valmistui", "otettiin käyttöön") before token <paramref name="end"/>, undenied.</summary>
    private static bool CompletedBefore(SentenceContext s, int end)
    {
        for (var j = 0; j < end; j++)
            if (IsCompletion(s, j) && s.Negator(j) < 0 && !s.ClauseHas(j, Cue.Partial)) return true;
        return false;
    }

    /// <summary>"pitäisi valmistua", "borde bli klart", "should be finished": an ought one or two words before token i, in its clause, or -1.</summary>
    private static int OughtBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 2 && s.T[j].Clause == s.T[i].Clause; j--)
            if (s.T[j].Word is "pitäisi" or "tulisi" or "borde" or "bör" or "should") return j;
        return -1;
    }

    /// <summary>"Investointeja jää toteutumatta suunnitellussa laajuudessa ja aikataulussa": a verb of realisation missed anywhere in the sentence.</summary>
    private static bool AnyMiss(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Realise) && (s.T[j].Form == VerbForm.Abessive || s.Negator(j) >= 0)) return true;
        return false;
    }

    /// <summary>"ser ut att", "verkar", "näyttää", "seems" anywhere before token i: how it looks, not yet how it is.</summary>
    internal static bool SeemsInSentence(SentenceContext s, int i)
    {
        for (var j = 0; j + 1 < i; j++)
            if (s.T[j].Word is "ser" && s.T[j + 1].Word == "ut" || s.T[j].Word is "verkar" or "seems" or "appears") return true;
        return false;
    }

    /// <summary>"vaikuttaa etenevän", "näyttää", "verkar", "seems": an impression, not a report.</summary>
    private static bool Seems(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "vaikuttaa" or "näyttää" or "verkar" or "seems" or "appears") return true;
        return false;
    }

    private static bool IsOnlyBegun(string w) =>
        w.StartsWith("påbörja", StringComparison.Ordinal) || w.StartsWith("aloitett", StringComparison.Ordinal) || w.StartsWith("käynnisty", StringComparison.Ordinal)
        || w is "started" or "begun" or "initiated" or "inletts" or "inlett";

    private static bool IsDeviation(string w) =>
        w.StartsWith("poikkeam", StringComparison.Ordinal) || w.StartsWith("avvikelse", StringComparison.Ordinal) || w is "deviation" or "deviations";

    /// <summary>A worsening undenied in a clause after the verdict at i ("… och 1 indikator visar en försämring"), or -1.</summary>
    private static int WorsenedAfter(SentenceContext s, int i)
    {
        for (var j = s.ClauseEnd(i); j < s.T.Count; j++)
            if ((IsWorsened(s.T[j].Word) || IsWeakerOnGoals(s, j)) && s.Negator(j) < 0 && !s.IsConceded(j)) return j;
        return -1;
    }

    /// <summary>"utfallet var svagare när det gällde mål inom …", "heikompi muiden tavoitteiden osalta": weaker for other goals.</summary>
    private static bool IsWeakerOnGoals(SentenceContext s, int j) =>
        s.T[j].Word is "svagare" or "sämre" or "weaker" or "worse" or "heikompi" or "heikommin" or "huonompi" or "huonommin" && s.ClauseHas(j, Cue.Goal);

    /// <summary>"pidentyneet", "piteni", "förlängts", "lengthened": a time that grew longer.</summary>
    private static bool IsLengthened(string w) =>
        w.StartsWith("pidenty", StringComparison.Ordinal) || w.StartsWith("piteni", StringComparison.Ordinal) || w.StartsWith("pitenty", StringComparison.Ordinal)
        || w.StartsWith("förläng", StringComparison.Ordinal) || w is "lengthened" or "longer";

    private static bool IsWorsened(string w) =>
        w.StartsWith("försämr", StringComparison.Ordinal) || w.StartsWith("heikentyi", StringComparison.Ordinal) || w.StartsWith("heikentyn", StringComparison.Ordinal)
        || w.StartsWith("huonontu", StringComparison.Ordinal) || w.StartsWith("heikkeni", StringComparison.Ordinal) || w.StartsWith("passivoitu", StringComparison.Ordinal)
        || w.StartsWith("romahti", StringComparison.Ordinal) || w.StartsWith("romahta", StringComparison.Ordinal)
        || w.StartsWith("hiipui", StringComparison.Ordinal) || w.StartsWith("hiipuu", StringComparison.Ordinal) // "myynti hiipui viikko viikolta": waned
        || w is "worsened" or "deteriorated" or "collapsed";

    /// <summary>"on otettu käyttöön", "otettiin käyttöön", "avattiin", "was opened": a past completion of the work.</summary>
    private static bool IsCompletion(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        var before = i > 0 ? s.T[i - 1].Word : "";
        // "Kaikki 24 suunniteltua tapahtumaa järjestettiin": every one of them held.
        // "3D-tulostimet uusittiin kaikissa kahdeksassa pajakirjastossa": in every one of the places.
        if (w.EndsWith("tiin", StringComparison.Ordinal) && (AllBefore(s, i) || i + 1 < s.T.Count && s.T[i + 1].Clause == s.T[i].Clause && ResultRules.IsAll(s.T[i + 1].Word))) return true;
        return w is "käyttöön" or "tuotantoon" && before is "otettu" or "otettiin" || w is "valmiiksi" or "maaliin" or "liikenteeseen" && before is "saatiin" or "saatu"
            || w is "avattiin" or "avautui" or "öppnades" or "öppnade" or "opened" && !s.FutureBefore(i)
            || w is "valmistui" or "valmistuivat" or "färdigställdes" or "asennettiin" or "uusittiin" or "installerades" && !Counted(s, i); // "päiväkoti valmistui syksyllä", not "valmistui 4 843 asuntoa"
    }

    /// <summary>"ensimmäinen vaihe", "första etappen", "part of": the sentence names a phase or part of the work.</summary>
    private static bool NamesPhase(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => Tense.IsPhase(w) || w.StartsWith("osa", StringComparison.Ordinal) || w is "part" or "del" or "delen" or "ensimmäinen" or "första" or "first") >= 0;

    /// <summary>"…, joten hanke on päättynyt", "and the project is closed": the project named after the work done.</summary>
    private static bool ProjectAfter(SentenceContext s, int start) =>
        s.FindWord(start, s.T.Count, w => w.StartsWith("hanke", StringComparison.Ordinal) || w.StartsWith("hankkee", StringComparison.Ordinal) || w.StartsWith("projekt", StringComparison.Ordinal) || w is "project") >= 0;

    /// <summary>A month named from token <paramref name="start"/> on: a later date for the rest ("ja järjestelmä avataan marraskuussa").</summary>
    private static bool MonthAfter(SentenceContext s, int start) => s.FindWord(start, s.T.Count, w => Lexicon.Month(w) > 0) >= 0;

    /// <summary>
    /// A count or figure in token i's clause (not a year): what was done is then measured, not simply done (but "valmistui
    /// lokakuussa, ja kustannukset jäivät 52 000 euroa kustannusarviota pienemmiksi" is done, its cost in a clause of its own).
    /// </summary>
    private static bool Counted(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
            if (FigureRules.NumberWords.ContainsKey(s.T[j].Word) || ProportionRules.Elatives.ContainsKey(s.T[j].Word) || char.IsAsciiDigit(s.T[j].Word[0]) && !s.T[j].Has(Cue.Year)) return true;
        return false;
    }

    /// <summary>"… pois lukien." before "Sinne laite asennetaan helmikuussa 2101.": a sentence about the place the one before left out.</summary>
    private static bool LeftOutBefore(SentenceContext s) => s.Before.Partial && s.T[0].Word is "sinne" or "siihen" or "siellä" or "dit" or "där" or "there";

    /// <summary>
    /// At year end "11 were held; the other five moved to spring 2069", "loput viisi siirtyivät", "medan de tre övriga skjuts till
    /// 2069": the rest moved on, after a clause that did the other part (in a forecast, the year's count is then a miss).
    /// </summary>
    private static bool RemainderMoved(SentenceContext s, int i) =>
        s.Round == RoundKind.Outcome && s.ClauseStart(i) > 0 && s.Negator(i) < 0 && !s.Before.Missed
        && s.FindWord(s.ClauseStart(i), i, w => w is "loput" or "loppuosa" or "jäljellä" or "jäljelle" or "resten" or "övriga" or "återstående" or "rest" or "remaining"
            || w == "other" && s.FindWord(s.ClauseStart(i), i, x => x == "the") >= 0) >= 0;

    private static bool NearlyFinished(SentenceContext s, int j) =>
        s.Round == RoundKind.Forecast && s.T[j].Word is "melkein" or "lähes" or "nästan" or "almost" or "nearly" && j + 1 < s.T.Count
        && s.T[j + 1].Word is "valmis" or "valmiina" or "klar" or "klart" or "färdig" or "färdigt" or "ready" or "finished" or "complete";

    /// <summary>
    /// In token i's clause: "hitaasti", "långsamt", "slowly", "suunniteltua hitaammin" (stalled); a degree ("pääosin", "i huvudsak", "largely") or "vain",
    /// "endast", "only" before a count or share (in part). The word's index and rule, or -1.
    /// </summary>
    private static (int At, Rule Rule) SlowOrOnlyPart(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
        {
            if (s.T[j].Word is "hitaasti" or "långsamt" or "slowly" or "hitaammin" or "långsammare" or "slower") return (j, Rules.RiskStalled);
            // Not "nousi lähes 1,7 miljoonaan lainaan": nearly a figure is about a figure, not a degree of the work.
            // Not "on melkein valmis" in a forecast: nearly finished, with the year still to run, is on course.
            if (s.T[j].Has(Cue.Degree) && !NearlyATotal(s, j) && !NearlyFinished(s, j) || ProportionRules.OnlyShareOrCount(s, j) || OnlyASeason(s, j)) return (j, Rules.RiskPartial);
        }
        // "järjestämään pääosin lakisääteisten ja … tavoitteiden mukaisesti": a degree before an "and" that joins two attributes.
        var start = s.ClauseStart(i);
        for (var j = start - 1; j >= 0 && j >= start - 3 && s.T[start].Word is "ja" or "och" or "and"; j--)
            if (s.T[j].Has(Cue.Degree)) return (j, Rules.RiskPartial);
        return (-1, Rules.RiskPartial);
    }

    /// <summary>"ordnades bara under våren", "järjestettiin vain syksyllä", "only in spring": done for one season of the year.</summary>
    private static bool OnlyASeason(SentenceContext s, int j) =>
        ProportionRules.IsOnlyWord(s.T[j].Word) && s.FindWord(j + 1, Math.Min(s.T.Count, j + 3), IsSeason) >= 0;

    private static bool IsSeason(string w) =>
        w is "våren" or "hösten" or "sommaren" or "vintern" or "keväällä" or "syksyllä" or "kesällä" or "talvella" or "kevään" or "syksyn" or "kesän" or "talven"
            or "spring" or "autumn" or "summer" or "winter";

    /// <summary>"aikataulun mukainen", "väliaikataulun mukaisesti", "enligt tidsplanen", "on schedule" after <paramref name="from"/>: its last word, or -1.</summary>
    private static int AsScheduledAfter(SentenceContext s, int from)
    {
        for (var j = from + 1; j + 1 < s.T.Count; j++)
        {
            var (w, next) = (s.T[j].Word, s.T[j + 1].Word);
            if ((w.Contains("aikataulu", StringComparison.Ordinal) && next.StartsWith("mukai", StringComparison.Ordinal)
                || w == "enligt" && (next.StartsWith("tidsplan", StringComparison.Ordinal) || next.StartsWith("tidtabell", StringComparison.Ordinal))
                || w == "on" && next == "schedule") && s.Negator(j) < 0 && SaidOfTheCount(s, from, j)) return j + 1;
        }
        return -1;
    }

    /// <summary>"…, mikä on (ohjelman) aikataulun mukainen": the schedule said of the count, not "alle aikataulun mukaisen määrän" or "olisi ollut".</summary>
    private static bool SaidOfTheCount(SentenceContext s, int count, int schedule)
    {
        var which = s.FindWord(count + 1, schedule, w => w is "mikä" or "joka" or "vilket" or "which");
        return which >= 0 && which + 1 < schedule && s.T[which + 1].Word is "on" or "är" or "is" && schedule - which <= 4
            && s.FindWord(count + 1, schedule, w => w is "alle" or "yli" or "jäljessä" or "olisi" or "skulle" or "below" or "behind" or "would" or "under") < 0;
    }

    /// <summary>
    /// In a forecast, "… asennus keskeytyi … Asennus saadaan päätökseen syyskuussa aiotusti": the same work named before, to be
    /// finished as planned this year, with no goal, condition, doubt, contrast, delay, phase or "at the earliest" in the
    /// sentence; the word that says so, or -1.
    /// </summary>
    private static int OnScheduleAt(SentenceContext s, int i)
    {
        if (s.Round != RoundKind.Forecast || !s.T[i].Has(Cue.Finish) || Tense.IsPast(s, i) || s.Negator(i) >= 0 || s.Conditional >= 0 || s.Hedge >= 0 || s.HasGoal
            || s.ContrastIn(0, s.T.Count) >= 0 || s.SentenceHas(Cue.Delay | Cue.Shift | Cue.Modal | Cue.NextYear | Cue.LaterTime) || LaterYearIn(s)
            || s.FindWord(0, s.T.Count, w => Tense.IsPhase(w) || w is "aikaisintaan" or "tidigast" or "earliest" or "muut" or "övriga" or "other" or "ensimmäinen" or "first") >= 0) return -1;
        var planned = s.ClauseFind(i, Cue.OnTrack);
        return planned > 0 && s.Negator(planned) < 0 && s.T[planned - 1].Word is not ("kuin" or "än" or "than") && NamedBefore(s, i) ? planned : -1;
    }

    /// <summary>
    /// Whether the word right before the verb of token i ("asennus saadaan päätökseen", "pukuhuoneet valmistuvat") was named in
    /// the text before the sentence ("asennus keskeytyi"; not "Uimahallin remontti on myöhässä").
    /// </summary>
    private static bool NamedBefore(SentenceContext s, int i)
    {
        var verb = i;
        while (verb > s.ClauseStart(i) && s.T[verb - 1].Word is "saadaan" or "saatetaan" or "on" or "ovat" or "blir" or "är" or "will" or "be") verb--;
        if (verb == s.ClauseStart(i) || s.T[verb - 1].Word.Length < 4) return false;
        var subject = s.T[verb - 1].Word;
        return s.Text.AsSpan(0, s.T[0].Start).Contains(subject.AsSpan(0, Math.Min(5, subject.Length)), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A year after the report's in the sentence.</summary>
    private static bool LaterYearIn(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year) && s.IsLaterYear(j)) return true;
        return false;
    }

    /// <summary>"…, mutta ne kaikki toteutettiin syksyllä": after a "but", what was delayed (a pronoun) was done, in no later year.</summary>
    private static bool MadeUpAfter(SentenceContext s, int i) =>
        s.ContrastIn(i, s.T.Count) is var but and > 0 && s.FindWord(but, s.T.Count, w => w is "ne" or "se" or "de" or "den" or "they" or "it") >= 0
        && s.HasIn(but, s.T.Count, Cue.Realise | Cue.Finish | Cue.Progress) && !s.HasIn(but, s.T.Count, Cue.Year | Cue.NextYear);

    /// <summary>"Hinta on noussut", "hinnat nousivat": a price as the subject before token i.</summary>
    private static bool PriceBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w is "hinta" or "hinnat" or "urakkahinta" || w.EndsWith("priset", StringComparison.Ordinal) || w.EndsWith("priserna", StringComparison.Ordinal) || w == "price") >= 0;

    /// <summary>Costs or prices, and no income, in token i's clause.</summary>
    private static bool CostsOnlyIn(SentenceContext s, int i) =>
        !BudgetRules.Measured(s).Income && s.FindWord(0, s.T.Count, w => w.Contains("täckning", StringComparison.Ordinal) || w.Contains("kattavuu", StringComparison.Ordinal)
            || w.StartsWith("biljett", StringComparison.Ordinal) || w.StartsWith("lippu", StringComparison.Ordinal)) < 0 // not cost coverage, not ticket prices
        && (BudgetRules.Measures(s, s.ClauseStart(i), s.ClauseEnd(i), cost: true) || PriceBefore(s, i));

    /// <summary>"Tanken är att", "Avsikten är att", "Tarkoituksena on", "Ajatuksena on", "The intention is": a sentence that says what is meant.</summary>
    private static bool IntentionOpens(SentenceContext s) =>
        s.T.Count > 2 && (s.T[0].Word is "tanken" or "avsikten" or "tarkoituksena" or "ajatuksena" && s.T[1].Word is "är" or "on" || s.T[0].Word == "the" && s.T[1].Word is "intention" or "idea" && s.T[2].Word == "is");

    /// <summary>"valtuustolle", "kaupunginhallitukselle", "lautakunnan käsittelyyn": to a board, for its decision.</summary>
    private static bool IsToABoard(string w) =>
        w.EndsWith("valtuustolle", StringComparison.Ordinal) || w.EndsWith("hallitukselle", StringComparison.Ordinal) || w.EndsWith("lautakunnalle", StringComparison.Ordinal)
        || w.EndsWith("käsittelyyn", StringComparison.Ordinal);

    /// <summary>"päätti", "beslöt", "decided": a board's decision to do something.</summary>
    private static bool IsDecidedTo(string w) => w is "päätti" or "päättivät" or "päättänyt" or "beslöt" or "beslutade" or "decided";

    /// <summary>"kustannusarvio", "kostnadskalkylen", "kostnadsberäkningen": a project's estimate of its cost.</summary>
    private static bool IsCostEstimate(string w) =>
        w.StartsWith("kustannusarvi", StringComparison.Ordinal) || w.StartsWith("kostnadskalkyl", StringComparison.Ordinal) || w.StartsWith("kostnadsberäkning", StringComparison.Ordinal);

    /// <summary>"valituksen vuoksi", "på grund av överklagandet", "pending an appeal": an appeal named in token i's clause.</summary>
    private static bool AppealIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.StartsWith("valituks", StringComparison.Ordinal) || w == "valitus" || w.StartsWith("överklagande", StringComparison.Ordinal) || w.StartsWith("appeal", StringComparison.Ordinal)) >= 0;

    /// <summary>"poistot", "määrärahat", "rahoitus", "anslaget", "medlen": money, not the work or the opening it pays for.</summary>
    private static bool IsMoneyMoved(string w) =>
        w.StartsWith("poisto", StringComparison.Ordinal) || w.StartsWith("määrärah", StringComparison.Ordinal) || w.StartsWith("rahoitu", StringComparison.Ordinal)
        || w.StartsWith("anslag", StringComparison.Ordinal) || w is "medel" or "medlen" or "avskrivningarna" or "funding" or "appropriation";

    /// <summary>A move outside token i's clause: "avaaminen siirretään ensi vuoteen, ja määrärahat siirretään …" moves the work too.</summary>
    private static bool OtherShift(SentenceContext s, int i)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Shift) && s.T[j].Clause != s.T[i].Clause) return true;
        return false;
    }
}
