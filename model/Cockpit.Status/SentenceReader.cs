namespace Cockpit.Status;

/// <summary>
/// Reads one sentence: a verdict about the goal if it gives one, risk cues, and plain progress.
/// Rules, in the words of domain.md: a verb of realisation (toteutua, saavuttaa, uppnå, achieve) is a verdict when the
/// sentence names the goal or frames a forecast, or when its form is one only goals take (on toteutumassa, saavutetaan);
/// its polarity comes from the negation scope and abessive forms; the verdict is then softened to at_risk by a modal,
/// a hedge, a conditional or a delay in its own sentence, and turned by a double negation.
/// </summary>
internal static partial class SentenceReader
{
    public static void Read(SentenceContext s, ref StatusResolver found)
    {
        var t = s.T;
        FateRules.RuledOut(s, ref found);
        FateRules.NoDataGathered(s, ref found);
        FateRules.ResultsLater(s, ref found);
        FateRules.NothingHeld(s, ref found);
        FateRules.CannotThisYear(s, ref found);
        FateRules.WorkPossible(s, ref found);
        PlanNotKept(s, ref found);
        HypotheticalProcedure(s, ref found);
        HowItIsCounted(s, ref found);
        PartInPlaceAtYearEnd(s, ref found);
        HalfwaySummed(s, ref found);
        NotHeldThisSeason(s, ref found);
        WholeYearsPlanAlready(s, ref found);
        WhichWasTheGoal(s, ref found);
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            if (CutShortBy(s, i) is var stopped and >= 0) found.Add(Make(s, Rules.RiskPartial, false, i - 1, stopped)); // "Två utställningar hann genomföras innan Covid-19 slog till"
            else if (tok.Has(Cue.Realise) && tok.Form != VerbForm.None && i != s.FigureWord) Realise(s, i, ref found);
            if (tok.Has(Cue.Fail)) Fail(s, i, ref found);
            if (tok.Has(Cue.Remain)) Shortfall(s, i, ref found);
            if (tok.Word is "only" or "vasta" or "först" or "tidigast" or "aikaisintaan" && !s.HasRealiseVerb && !s.SentenceHas(Cue.ForecastNoun | Cue.Assess) && s.Negator(i) < 0 && NextYearAfter(s, i) is var next and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i, next)); // "will only be installed next summer"
            if (tok.Word is "vasta" or "först" && i + 1 < t.Count && t[i + 1].Word is "kun" or "när" && s.Negator(i) < 0
                && (i > 0 && t[i - 1].Has(Cue.Progress) ? i - 1 : i > 1 && t[i - 2].Has(Cue.Progress) ? i - 2 : -1) is var started and >= 0)
                found.Add(Make(s, Rules.RiskConditional, false, started, i + 1)); // "Hankinta käynnistetään uudelleen vasta, kun valitus on käsitelty"
            if (tok.Word is "vasta" or "först" or "only" or "bara" && (i + 1 < t.Count && IsEarlyStage(t[i + 1].Word) ? i + 1 : i + 2 < t.Count && t[i + 1].Word is "på" or "i" && IsEarlyStage(t[i + 2].Word) ? i + 2 : -1) is var stage and > 0
                && s.Negator(i) < 0 && !s.ClauseHas(i, Cue.NextYear))
                found.Add(Make(s, Rules.RiskStalled, false, i, stage)); // "Oulunkylän urakka on vasta kilpailutuksessa", "bara på planeringsstadiet"; not "ensi vuoden laajennus on vasta selvitysvaiheessa"
            if (NotFullyEnsured(s, i) is var notSure and >= 0)
                found.Add(Make(s, Rules.RiskUncertain, false, Math.Min(i, notSure), i)); // "Pienempi budjetti ei täysin varmista tavoitteiden toteuttamista"
            if (ContinuesInLaterYear(s, i) is var year and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i, year)); // "entisöinti keskeytyi, … ja työ jatkuu vuonna 2053" in the report for 2052
            if (tok.Has(Cue.Possible) && s.Negator(i) < 0 && i + 1 < t.Count && t[i + 1].Word is "että" or "att" or "that" && s.ClauseFind(i + 1, Cue.Negator) is var possibleMiss && possibleMiss > i)
                found.Add(Make(s, Rules.RiskHedge, false, i, possibleMiss)); // "On mahdollista, että kaikki tapahtumat eivät vedä niin paljoa kävijöitä kuin on tavoiteltu"
            if (NoLongerHeld(s, i) is var held and >= 0)
                found.Add(Make(s, Rules.VerdictCancelled, s.HasGoal, Math.Min(s.Negator(i), i), Math.Max(i, held))); // "Summer Boom -tapahtumaa ei tulla enää järjestämään": discontinued
            if (PartLeftForNextStage(s, i) is var left and >= 0)
                found.Add(Make(s, Rules.RiskPartial, false, i, left)); // "tapahtumakalenteri ja maksutoiminnot jäivät seuraavaan versioon": a part left for later
            if (ClosedForNow(s, i) is var closed and >= 0)
                found.Add(Make(s, Rules.RiskStalled, false, Math.Min(i, closed), Math.Max(i, closed))); // "Vastasauna pysyy suljettuna toistaiseksi": closed with no date to open
            if (tok.Word == "invigning" && i >= 2 && t[i - 2].Word is "var" or "hölls" && t[i - 1].Word == "det" && s.Negator(i) < 0)
                found.Add(Make(s, Rules.VerdictCompleted, true, i - 2, i)); // "På söndagen var det invigning med öppet hus": opened, done
            if (tok.Word == "blir" && NothingWillBe(s, i) is var nothing and >= 0)
                found.Add(Make(s, Rules.VerdictCancelled, s.HasGoal, i, nothing)); // "Det blir inget nybyggt omsorgshem på Kökar", "Så det blir inget byte i år heller"
            if (tok.Word is "första" or "ensimmäisen" or "first" && i + 1 < t.Count && t[i + 1].Word is "gången" or "kerran" or "time" && s.Round == RoundKind.Forecast && s.Negator(i) < 0
                && !s.HasRealiseVerb && s.Conditional < 0 && Tense.LaterYear(s, i) is var firstYear and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i, firstYear)); // "Belysningen tänds för första gången i januari 2086" in the report for 2085
            // "toivoo, että uusiin tiloihin päästäisiin jo muutaman viikon päästä", "elätellään toiveita, että valtiolta löytyisi hankerahaa": a wish, not a date
            if ((tok.Word is "toivoo" or "toivovat" or "toivomme" or "toivotaan" || tok.Word.StartsWith("toive", StringComparison.Ordinal)) && i + 1 < t.Count && t[i + 1].Word == "että" && s.FindWord(i + 2, t.Count, Tokenizer.IsConditionalMood) is var wished and >= 0)
                found.Add(Make(s, Rules.RiskHedge, false, i, wished));
            if (tok.Word is "saa" or "saavat" or "tuo" or "tuovat" or "toimittaa" or "toimittavat" or "gets" or "receives" or "delivers" && s.Round == RoundKind.Forecast && s.Negator(i) < 0 && !s.HasRealiseVerb && s.Conditional < 0 && Tense.LaterYear(s, i) is var gotYear and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, Math.Min(i, gotYear), Math.Max(i, gotYear))); // "pelihuone saa kalusteensa helmikuussa 2089", "toimittaja tuo sohvat paikalleen tammikuussa 2089" in the report for 2088
            if (tok.Word is "until" or "förrän" && s.Round == RoundKind.Forecast && s.Negator(i) >= 0 && !s.HasRealiseVerb && Tense.LaterYear(s, i) is var untilYear and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, s.Negator(i), untilYear)); // "will not open until the spring of 2022"
            if (tok.Word is "hätää" or "huolta" or "huoleen" or "huolehdittavaa" or "fara" or "concern" or "worry" && !s.HasRealiseVerb && WorryDenied(s, i) is var denier and >= 0)
                found.Add(Make(s, Rules.VerdictNotAtRisk, false, Math.Min(i, denier), Math.Max(i, denier))); // "Ei mitään hätää tulojen kanssa", "hardly a concern any more", "syytä huoleen ei ole"
            // "beräknas var klart" is a slip for "vara".
            if (tok.Word is "klar" or "klart" or "klara" or "färdig" or "färdigt" && i > 0 && (t[i - 1].Word is "bli" or "blir" or "stå" or "står" || t[i - 1].Word == "vara" && s.HasFrame
                    || t[i - 1].Word == "var" && i > 1 && t[i - 2].Word is "beräknas" or "väntas" or "bedöms") && s.Negator(i) < 0 && Tense.LaterYear(s, i) < 0 && !s.HasNextYearTarget)
                found.Add(i > 1 && t[i - 2].Word == "skulle" && s.ContrastIn(i + 1, t.Count) >= 0
                    ? Make(s, Rules.RiskDelay, false, i - 2, s.ContrastIn(i + 1, t.Count)) // "skulle bli klar under september, men liknar just nu mest en leråker"
                    : Make(s, Rules.Progress, false, i - 1, i)); // "Bygget kommer att … bli klart under hösten": done later this year
            else if (tok.Word is "klar" or "klart" or "klara" or "färdig" or "färdigt" && i > 0 && t[i - 1].Word is "bli" or "blir" && s.Negator(i) < 0 && Tense.LaterYear(s, i) is var doneLater and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i - 1, doneLater)); // "Arbetet blir klart våren 2053" in the report for 2052
            if ((IsDateWord(tok.Word) || DateNotKnown(s, i)) && (s.Negator(i) is var noDate and >= 0 ? noDate : s.ClauseFind(i, Cue.NegQuantifier)) is var denied and >= 0)
                found.Add(Make(s, Rules.RiskOpen, false, Math.Min(i, denied), Math.Max(i, denied))); // "vi har inte fått några datum", "avaamiselle ei ole vielä päivämäärää": open
            if ((tok.Word.StartsWith("optimist", StringComparison.Ordinal) && s.FindWord(Math.Max(0, i - 2), i, w => w is "liian" or "för" or "alltför" or "väl" or "too" or "overly") >= 0
                    || tok.Word.StartsWith("ylioptimist", StringComparison.Ordinal) || tok.Word.StartsWith("överoptimist", StringComparison.Ordinal)) && s.Negator(i) < 0 && !s.HasRealiseVerb)
            {
                // "Tidplanen som först presenterades var lite väl optimistisk", "tavoite on liian optimistinen": too hopeful to hold.
                if (s.FindWord(0, i, IsSchedule) is var plan and >= 0) found.Add(Make(s, Rules.RiskDelay, false, plan, i));
                else if (s.ClauseFind(i, Cue.Goal) is var goal and >= 0 && s.FindWord(s.ClauseStart(i), i, IsReporting) < 0) found.Add(Make(s, Rules.RiskHedge, false, Math.Min(goal, i), Math.Max(goal, i)));
            }
            if (LaterThanPlanned(s, i) is var planned and >= 0)
                found.Add(AYearBefore(s, Math.Max(i, planned)) is var aYear and >= 0 && s.Modal(i) < 0
                    ? Make(s, Rules.VerdictPostponed, s.HasGoal, Math.Min(aYear, Math.Min(i, planned)), Math.Max(i, planned)) // "valmistuu vuoden suunniteltua myöhemmin": a year late
                    : Make(s, Rules.RiskDelay, false, Math.Min(i, planned), Math.Max(i, planned))); // "vid en senare tidpunkt än tänkt", "myöhemmin kuin suunniteltiin"
            if (tok.Word is "saamatta" && s.FindWord(s.ClauseStart(i), i, w => w is "vielä" or "yhä" or "edelleen") >= 0)
                found.Add(Make(s, Rules.RiskOpen, false, i, i)); // "Vartiosaaren paikan lupa on vielä saamatta": still not granted
            if ((tok.Word.StartsWith("pettä", StringComparison.Ordinal) || tok.Word.StartsWith("petti", StringComparison.Ordinal)) && s.FindWord(Math.Max(0, i - 3), i, w => w == "pohja") is var bottom and >= 0
                && s.FindWord(0, s.T.Count, Lexicon.IsCostWord) >= 0 && s.Negator(i) < 0)
                found.Add(Make(s, Rules.CostRisk, false, bottom, i)); // "Jo nyt tästä budjetista on pohja pettämässä": the budget will not hold
            if (tok.Word is "maaliin" && s.Negator(i) is var notDone and >= 0)
                found.Add(Make(s, Rules.RiskStalled, false, Math.Min(notDone, i), Math.Max(notDone, i))); // "uusinta ei mennyt kerralla maaliin"
            if (tok.Word is "vain" or "bara" or "only" && i + 2 < t.Count && (t[i + 1].Word == "joka" && t[i + 2].Word is "toinen" or "toisella" or "kolmas" or "kolmannella"
                    || t[i + 1].Word == "varannan" || t[i + 1].Word == "every" && t[i + 2].Word is "other" or "second" or "third") && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskPartial, false, i, i + 2)); // "iltoja on ollut vain joka toinen viikko": half as often as set
            if (tok.Word is "vähän" or "få" or "lite" or "few" or "little" && i > 0 && t[i - 1].Word is "liian" or "för" or "too" && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskBelowTarget, false, i - 1, i)); // "Valvontahenkilöstöä on liian vähän", "för få platser"
            if (tok.Word is "kosta" or "kostar" or "kostat" or "maksaa" or "maksamaan" or "cost" or "costs" && s.FindWord(i + 1, Math.Min(t.Count, i + 3), w => w is "ytterligare" or "lisää" or "extra" or "additional" or "another") is var extra and >= 0
                && s.FindWord(extra, Math.Min(t.Count, extra + 5), w => BalanceRules.IsMoney(w) || w.StartsWith("euro", StringComparison.Ordinal) || w.StartsWith("miljoon", StringComparison.Ordinal)) >= 0)
                found.Add(Make(s, Rules.CostOverrun, true, i, extra)); // "Det kommer att kosta ytterligare tio miljoner kronor att restaurera konsertteatern"
            if (tok.Word == "krävs" && tok.Has(Cue.Conditional) && s.FindWord(i + 1, t.Count, w => w is "klara" or "nå" or "uppnå") is var reach and >= 2
                && t[reach - 1].Word == "att" && t[reach - 2].Word == "för" && s.Negator(i) < 0)
                found.Add(Make(s, Rules.VerdictConditional, true, i, reach)); // "Nu krävs det att vi håller i för att klara det här året": on a condition, a later word on the goal
            if (tok.Word is "takana" or "ohi" && i > 0 && s.T[i - 1].Has(Cue.Already) && s.ClauseHas(i, Cue.Goal) && s.Negator(i) < 0)
                found.Add(Make(s, Rules.VerdictAchieved, true, i - 1, i)); // "Vuoden tavoitemäärä on siten jo takana", "tavoiteluku 30 on jo ohi": already passed
            if (tok.Word is "lisäaikaa" && i > 0 && t[i - 1].Word is "haettu" or "haettiin" or "haetaan" or "pyydetty" or "pyydettiin" or "anottu" && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskDelay, false, i - 1, i)); // "Rakentamisvelvoitteen täyttämiselle on haettu lisäaikaa": more time asked for
            if (tok.Word == "maalissa" && s.Negator(i) < 0 && !s.ClauseHas(i, Cue.Yet))
                found.Add(Make(s, Rules.VerdictAchieved, s.HasGoal, i, i)); // "ollaan maalissa": at the finish line
            if (tok.Word == "täyteen" && i > 0 && t[i - 1].Word is "tuli" or "tulivat" or "tullut" or "tulleet" or "tulee" or "tulevat" && s.Negator(i) < 0)
                found.Add(s.Hedge >= 0 && s.Hedge < i && s.T[s.Hedge].Has(Cue.Probable) && !s.T[s.Hedge].Has(Cue.Negator) && !HedgeWithdrawn(s, s.Hedge)
                    ? Make(s, Rules.VerdictHedged, s.HasGoal, s.Hedge, i) // "Arvelemme, että … tavoite tulee täyteen": probably
                    : Make(s, t[i - 1].Word.StartsWith("tule", StringComparison.Ordinal) && !Tense.IsYearEnd(s, i) ? Rules.VerdictOnTrack : Rules.VerdictAchieved, s.HasGoal, i - 1, i)); // "(tavoite 30) tuli täyteen jo toukokuussa"
            if (tok.Word == "täynnä" && i > 0 && t[i - 1].Word is "oli" or "on" && s.Negator(i) < 0 && s.Hedge < 0
                && (s.ClauseHas(i, Cue.Goal) || s.FindWord(s.ClauseStart(i), i, w => w is "sovittu" or "sovitut" or "suunniteltu") >= 0))
                found.Add(Make(s, Rules.VerdictAchieved, true, s.ClauseStart(i), i)); // "Sovittu määrä oli täynnä jo elokuussa", "Tavoitemäärä on täynnä": the target's count filled
            if (tok.Word is "liian" or "för" or "too" && i + 1 < t.Count && IsSlow(t[i + 1].Word))
                found.Add(Make(s, Rules.RiskStalled, false, i, i + 1)); // "kehitys on tavoitteeseen nähden liian hidasta"
            if (tok.Word is "kaukana" or "kauas" or "jäljessä" or "långt" or "far") FarFromTarget(s, i, ref found);
            if (tok.Word is "efter" or "under" && i > 0 && (t[i - 1].Word is "ligger" or "låg" or "legat" or "procent" || s.PercentSignAfter(t[i - 1]) || t[i - 1].Word is "är" or "något" && tok.Word == "efter" && PlanAfter(s, i))
                && s.Negator(i) < 0 && (tok.Word == "efter" || PlanAfter(s, i)))
                found.Add(Make(s, Rules.RiskBelowTarget, false, i - 1, i)); // "vilket ligger efter den takt som skulle krävas", "ligger under periodiseringen"
            if (tok.Word is "alle" or "under" or "below" && i + 1 == s.ClauseEnd(i) && i > 0 && t[i - 1].Has(Cue.Remain) && s.HasGoal)
                found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureBelowTarget : Rules.RiskBelowTarget, true, i - 1, i)); // "…, koululaisvierailut jäivät alle"
            if (tok.Word is "tarvita" or "tarvitse" or "tarvitaan" or "behövs" or "krävs" or "needed" or "required" && s.Negator(i) >= 0 && MeasuresAfter(s, i) is var measures and >= 0)
                found.Add(Make(s, Rules.VerdictNotAtRisk, false, Math.Min(i, s.Negator(i)), measures)); // "Talousarviossa pysymiseksi ei tarvita erityisiä toimia"
            if (tok.Word is "käytettävissä" or "saatavilla" or "tillgängliga" or "tillgänglig" or "tillgängligt" or "available" or "kerätty" or "kerätä" or "koottu" or "samlades" or "insamlade" or "collected" && s.Negator(i) >= 0 && !IsReason(s, i) && DataIn(s, i) is var data and >= 0)
                found.Add(Make(s, Rules.VerdictUnassessable, false, Math.Min(data, s.Negator(i)), i)); // "Mittarin tulos ei ole vielä käytettävissä"
            if (tok.Word is "edellä" or "ahead") AheadOfTarget(s, i, ref found);
            // "Roihuvuoren pajaan on ilmoittautunut vasta kolmannes paikoista": only a part so far.
            if (tok.Has(Cue.Fraction) && i > 0 && t[i - 1].Word is "vasta" or "först" && s.Negator(i) < 0 && !s.HasGoal) found.Add(Make(s, Rules.RiskPartial, false, i - 1, i));
            // "saunakulttuuri-illoista pidettiin vasta kaksi kuudesta": in a forecast, only a count out of its whole so far.
            if (tok.Word is "vasta" && s.Round == RoundKind.Forecast && s.Negator(i) < 0 && ProportionRules.CountOutOfAny(s, i, Math.Min(s.T.Count, i + 4)) is var ofWhole and > 0)
                found.Add(Make(s, Rules.RiskPartial, false, i, ofWhole));
            if (Lexicon.IsRealistic(tok.Word) && CopulaBefore(s, i) && !s.IsDenied(i) && !IsQuestion(s, i) && !s.IsConceded(i))
                found.Add(Tense.LaterYear(s, i) is var realisticFrom and >= 0
                    ? Make(s, Rules.VerdictNextYear, s.HasGoal, i, realisticFrom) // "avaaminen on realistista vasta kesäkaudella 2049"
                    // "Budgeten är en realistisk budget, men det krävs det här balanseringsprogrammet för att trygga den": realistic if more is done.
                    : QualifiedAfterContrast(s, i, delays: true) is var (qualifier, qualified) && qualifier >= 0 ? Make(s, qualified, s.HasGoal, i, qualifier)
                    : s.Conditional == i + 1 ? Make(s, Rules.VerdictConditional, s.HasGoal, i, s.Conditional) // "Budgeten är realistisk om sparprogrammet genomförs fullt ut"
                    : Make(s, Rules.VerdictOnTrack, s.HasGoal, i, i)); // "Det är fortfarande realistiskt och det är den tidplanen som gäller"
            if (IsAble(tok.Word) && s.Negator(i) >= 0 && s.ClauseFind(i, Cue.Fully) is var fully and >= 0 && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.RiskPartial, false, Math.Min(s.Negator(i), fully), Math.Max(i, fully))); // "kysyntään ei kyetty täysin vastaamaan"
            if ((IsReliable(tok.Word) && s.Negator(i) >= 0 || IsIndicative(s, i)) && !s.HasRealiseVerb && DataIn(s, i) is var figures and >= 0)
                found.Add(Make(s, Rules.VerdictUnassessable, false, Math.Min(i, figures), Math.Max(i, figures))); // "statistiken … är inte helt tillförlitliga", "tuloksia voidaan pitää lähinnä suuntaa antavina"
            if (tok.Word == "efter" && i + 1 < t.Count && IsSchedule(t[i + 1].Word) && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskDelay, false, i, i + 1)); // "ligger cirka en vecka efter tidsplanen"
            if ((tok.Word is "håller" or "höll" or "hållit" or "hålla" or "pitää" or "pidä" or "piti" or "pitänyt" or "pitäneet" or "holds" or "held" or "holding" or "hold"
                    || tok.Word == "fast" && i > 0 && t[i - 1].Word is "ligger" or "står") // "Tidsplanen ligger fast"
                && s.FindWord(s.ClauseStart(i), i, IsSchedule) is var schedule and >= 0)
                found.Add(s.Negator(i) >= 0 ? Make(s, Rules.RiskDelay, false, Math.Min(schedule, s.Negator(i)), i) : Make(s, Rules.Progress, false, schedule, i)); // "tidsplanen håller", "varken kostnadskalkylen eller tidsplanen höll"
            if (ScheduleRevised(s, i) is var revised and >= 0)
                found.Add(Make(s, Rules.RiskDelay, false, revised, i)); // "tavoiteaikatauluja on korjattu kahdesti", "tidsplanen har reviderats"
            if (tok.Word is "behövs" or "krävs" or "tarvitaan" or "needed" && s.Negator(i) < 0 && MoreTimeAfter(s, i) is var time and >= 0)
                found.Add(Make(s, Rules.RiskDelay, false, i, time)); // "det behövs ytterligare flera dagar för att få allt klart till öppning"
            if (tok.Word is "säger" or "säga" or "kerro" or "kertoa" or "says" or "say" or "tell" && SaysNothingOfTheGoal(s, i) is var aboutGoal and >= 0)
                found.Add(Make(s, Rules.VerdictUnassessable, true, i, aboutGoal)); // "resultatet inte säger något om målet", "står vi utan underlag för att säga något om målet"
            if (FigureRules.IsLess(tok.Word) && s.Negator(i) < 0 && FewerThanPlanned(s, i) is var fewerThan and >= 0)
                found.Add(s.ClauseHas(i, Cue.Cost) || TrendRules.LowerIsBetter(s, i)
                    ? Make(s, Tense.IsYearEnd(s, i) ? Rules.BudgetBetter : Rules.BudgetBetterSoFar, false, Math.Max(0, i - 1), fewerThan) // "Kustannukset olivat pienemmät kuin suunniteltiin"
                    : Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureShortfall : Rules.RiskBelowTarget, false, Math.Max(0, i - 2), fewerThan)); // "31 kierrosta vähemmän kuin toimintasuunnitelmassa oli päätetty"
            if (IsFaster(tok.Word) && s.Negator(i) < 0 && i + 2 < t.Count && t[i + 1].Word is "än" or "kuin" or "than" && IsPlanned(t[i + 2].Word))
                found.Add(Make(s, Rules.Progress, false, i, i + 2)); // "Renoveringen har gått fortare än planerat"
            if (tok.Word is "nära" or "lähellä" or "close" or "tangerar") NearTarget(s, i, ref found);
            if (tok.Word.StartsWith("pysy", StringComparison.Ordinal) || tok.Word is "on" or "ovat" or "pidetään" or "pidettiin" or "pidetty") StayedOnTarget(s, i, ref found);
            if (tok.Word.StartsWith("förenlig", StringComparison.Ordinal) || tok.Word.StartsWith("forenlig", StringComparison.Ordinal)) ConsistentWithGoals(s, i, ref found);
            if (IsProblem(tok.Word) && !s.IsDenied(i) && !s.IsConceded(i) && !SentenceContext.BeforeDespite(t, i) && !BeingAddressed(s, i) && (i == 0 || t[i - 1].Word is not ("utan" or "ilman" or "without" or "no")))
                found.Add(SolvedIn(s, i) is var solved and >= 0
                    ? Make(s, Rules.Progress, false, Math.Min(i, solved), Math.Max(i, solved)) // "Keväällä havaitut ongelmat … on korjattu"
                    : Make(s, Rules.RiskObstacle, false, i, i)); // "inom några områden ser vi problem"
            if (tok.Word is "kvar" or "jäljellä" or "remain" or "remains" && ProblemsIn(s, i) is var problem and >= 0)
                found.Add(Make(s, Rules.VerdictRisk, false, Math.Min(i, problem), Math.Max(i, problem))); // "men trots detta finns problemen kvar"
            if (FateRules.IsSuffice(tok.Word)) FateRules.Suffices(s, i, ref found);
            if (tok.Word is "saatu" or "saada" or "saatiin" && NotDoneThisYear(s, i))
            {
                // "ei saatu mitattua", "tuloista ei saatu vuodelta lopullista summaa": no figure to judge by, not work undone.
                var measured = s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => IsMeasured(w) || w is "summaa" or "lukua" or "lukuja" or "tietoja" or "tulosta") >= 0;
                found.Add(Make(s, measured ? Rules.VerdictUnassessable : Rules.VerdictNotInTime, s.HasGoal && !measured, Math.Max(0, s.Negator(i)), i + 1));
            }
            if (IsDeviation(tok.Word) && (s.IsDenied(i) || DeniedSignBefore(s, i)) && !s.SentenceHas(Cue.Realise))
            {
                // "Ei olennaisia poikkeamia", "det finns inte någon tydlig avvikelse kring något av målen", "det framgår inte någon
                // tydlig tendens till betydande budgetavvikelse": nothing off course.
                var from = FateRules.DenierBefore(s, i);
                found.Add(Tense.IsYearEnd(s, i) ? Make(s, Rules.VerdictAchieved, s.HasGoal, from, i) : Make(s, Rules.VerdictNotAtRisk, s.HasGoal, from, i));
            }
            if (tok.Has(Cue.Above | Cue.Below)) OutcomeRules.Threshold(s, i, ref found);
            if (tok.Has(Cue.Cancel)) OutcomeRules.Cancel(s, i, ref found);
            if (tok.Has(Cue.Finish)) OutcomeRules.NotInTime(s, i, ref found);
            if (tok.Has(Cue.ForecastNoun)) NoForecast(s, i, ref found);
            if (tok.Has(Cue.Delay | Cue.Shift)) Delay(s, i, ref found);
            var completed = tok.Has(Cue.Finish) && (FateRules.Completed(s, i, ref found) || FateRules.CompletesThisYear(s, i, ref found));
            if (tok.Has(Cue.Progress | Cue.OnTrack) && !completed) Progress(s, i, ref found);
            if (tok.Has(Cue.Hedge)) HedgePredicate(s, i, ref found);
            // "Det är oklart vad den slutliga kostnaden kommer att bli", "epäselvää, milloin …": what it will cost or when it is done is open.
            if (tok.Has(Cue.Open) && s.Negator(i) < 0 && i + 1 < s.T.Count && s.T[i + 1].Word is "vad" or "hur" or "när" or "mitä" or "milloin" or "paljonko" or "what" or "when" or "how"
                && s.FindWord(i + 2, s.T.Count, w => w.StartsWith("kostnad", StringComparison.Ordinal) || w.StartsWith("kustannu", StringComparison.Ordinal) || w is "cost" or "costs" || w.StartsWith("valmis", StringComparison.Ordinal) || w == "klar") >= 0)
                found.Add(Make(s, Rules.RiskOpen, false, i, i + 1));
            // "Hyllytoimittaja lupaa kalusteet maaliskuulle 2093": promised for a later year (not "lupasi päätöksen", no time).
            if (tok.Word is "lupaa" or "lupasi" or "lovar" or "lovade" or "promises" or "promised" && s.Negator(i) < 0 && Tense.LaterYear(s, i) is var promisedFor and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, false, i, promisedFor));
            if (InsteadLater(s, i) is var insteadIn and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, false, i, insteadIn)); // "Produktionen kommer nu istället att förverkligas sommaren 2021"
            // "Om salen stängs, föreslår vi nämnden en justering av besöksmålet": what is proposed if, no assessment.
            if (i == s.Conditional) // "Om …", "Jos …", and the inverted "Skulle teatern tvingas ställa in säsongen, …"
                found.Add(ProposalAfter(s, i) is var proposal and >= 0 ? Make(s, Rules.VerdictProcedure, false, i, proposal) : Make(s, Rules.RiskConditional, false, i, i));
            if (tok.Has(Cue.Assess)) Unassessable(s, i, ref found);
            // Not "Om residenset kan öppna i höst avgörs först när bygglovet har beviljats", "Huruvida hamnbolaget hyr ut kajen … avgörs
            // först i maj": whether the work can go ahead is open; nor "Finansieringen … avgörs först i oktober", funding still to be decided.
            if (tok.Has(Cue.Assess) && OnlyLaterAfter(s, i, reach: tok.Word == "kantaa" ? 4 : 1) is var only and >= 0 && s.Negator(i) < 0 && !s.HasRealiseVerb
                && !(s.T[0].Word is "om" or "huruvida" or "whether" && (s.HasIn(1, i, Cue.Modal) || s.T[0].Word != "om"))
                && !(tok.Word == "avgörs" && s.FindWord(s.ClauseStart(i), i, OpenRules.IsDecision) >= 0))
                found.Add(Make(s, Rules.VerdictDeferred, false, i, only)); // "Toteutumista arvioidaan vasta, kun …", "Kantaa … otetaan vasta marraskuussa"
            if (tok.Word is "laskea" or "laskettu" && s.Negator(i) >= 0 && s.ClauseHas(i, Cue.Actual) && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.VerdictUnassessable, false, s.Negator(i), i)); // "eikä mittarin toteumaa ole vielä voitu laskea"
            if (IsHappening(s, i) && s.Negator(i) >= 0 && (s.HasThisYear || DuringTheYear(s)) && s.Modal(i) < 0 && s.Conditional < 0 && !s.ClauseHas(i, Cue.Yet) && !s.SentenceHas(Cue.Assess)
                && s.T[s.ClauseStart(i)].Word is not ("joilla" or "joissa" or "jossa" or "missä" or "där" or "where") && s.PartScope < 0 // not "oli asuinalueita, joilla … ei järjestetty": some places only
                && !InsteadElsewhere(s, i) && s.FindWord(0, s.T.Count, w => w is "enää" or "ylimääräisiä" or "längre") < 0 // not "ei järjestetä tänä vuonna Kaisaniemessä vaan Kansalaistorilla"
                && !DoneBeforeBut(s, i)) // "järjestettiin muissa kirjastoissa, mutta Kalliossa ei" is in part
                found.Add(Make(s, Rules.VerdictNotInTime, s.HasGoal, Math.Min(s.Negator(i), i), Math.Max(s.Negator(i), i))); // "kyselyä ei tehdä lainkaan tänä vuonna", "blir inte av i år"
            if (tok.Has(Cue.Defer)) Deferred(s, i, ref found);
            if (tok.Word is "riittävästi" or "tarpeeksi" or "tillräckligt" or "enough" or "sufficiently" && ButNotBefore(s, i) is var but and >= 0)
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, but, i)); // "Nettotoimintakuluja saadaan pienennettyä, mutta ei riittävästi"
            if (tok.Has(Cue.Obstacle)) FateRules.Obstacle(s, i, ref found);
            if (tok.Has(Cue.Infeasible)) FateRules.Infeasible(s, i, ref found);
            if (tok.Has(Cue.Replace)) FateRules.NotReplaced(s, i, ref found);
            if (tok.Word.StartsWith("bidra", StringComparison.Ordinal) || tok.Word.StartsWith("contribut", StringComparison.Ordinal)) FateRules.CannotContribute(s, i, ref found);
            if (tok.Has(Cue.Certain) && i == s.Hedge && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.RiskUncertain, false, FateRules.DenierBefore(s, i), i));
            if (tok.Cues == Cue.None && IsPerfectPassive(s, i))
                found.Add(ProportionRules.FewBooked(s, i) is var places and >= 0 && s.Negator(i) < 0
                    ? Make(s, Rules.RiskPartial, false, places, i + 1) // "syksyn kurssien 45 paikasta on varattu 12": few takers so far
                    : tok.Word == "ehdotettu" ? Make(s, Rules.VerdictProcedure, false, i - 1, i) // "tilalle on ehdotettu tekstiviestikyselyä": a proposal, nothing done
                    : tok.Word is "pystytty" or "ehditty" or "kyetty" && ProportionRules.OfWhich(s, i) is var ofWhich and >= 0 && s.Negator(i) < 0
                        ? Make(s, Rules.RiskPartial, false, ofWhich, i) // "neljä kisaa, joista kolme on pystytty järjestämään": the rest could not be
                    : Make(s, Rules.Progress, false, i - 1, i));
            if (IsNeed(tok.Word) && s.Negator(i) < 0 && ImprovementAfter(s, i) is var better and >= 0)
                found.Add(Make(s, Rules.RiskWorkLeft, false, i, better)); // "väestönsuojelua pitää edelleen tehostaa", "behöver förbättras"
            if (tok.Word is "paljon" or "mycket" or "lot" or "much" or "riittää" && WorkLeft(s, i) // "tehtävää riittää vielä"
                || tok.Word is "kvarstår" or "återstår" && s.FindWord(i + 1, s.ClauseEnd(i), w => w.StartsWith("arbete", StringComparison.Ordinal)) >= 0 && s.Negator(i) < 0 && !s.HasIn(s.ClauseStart(i), i, Cue.Concessive)) // "Dock kvarstår arbete med läktaren"
                found.Add(Make(s, Rules.RiskWorkLeft, false, i, i));
            if (tok.Word is "nedgång" or "minskning" or "decline" or "drop" && i + 2 < t.Count && t[i + 1].Word is "från" or "from" && t[i + 2].Has(Cue.Year) && s.Negator(i) < 0
                && !TrendRules.LowerIsBetter(s, i))
                found.Add(Make(s, Rules.RiskBelowLastYear, false, i, i + 2)); // "Det är en stor nedgång från 2008 då resultatet låg på över en miljon"
            if (tok.Word is "nivå" or "tasolle" or "level" && i > 0 && s.T[i - 1].Word is "samma" or "samalle" or "same" && s.Negator(i) is var notUp and >= 0)
                found.Add(Make(s, Rules.RiskBelowLastYear, false, Math.Min(i, notUp), Math.Max(i, notUp))); // "kom de inte upp till samma nivå som åren före pandemin": below an earlier level
            if (WorkWentOn(s, i) is var goingOn and >= 0)
                found.Add(Make(s, Rules.Progress, false, goingOn, i)); // "Arbetet med … har fortsatt under året", "Työt jatkuivat"
            if (MoreWasNeeded(s, i) is var more and >= 0)
                found.Add(Make(s, Rules.VerdictShortfall, false, Math.Min(i, more), Math.Max(i, more))); // at year end "Lisääkin salivuoroja olisi tarvittu": there was too little
            if (tok.Word == "land" && i >= 2 && t[i - 1].Word == "i" && t[i - 2].Word is "rott" or "rodde" or "rotts" && s.Negator(i) < 0)
                found.Add(Make(s, Rules.VerdictCompleted, false, i - 2, i)); // "År 2012 hade man rott i land projektet": brought home, done
            if (tok.Word is "blandat" or "blandad" or "blandade" or "mixed" or "ristiriitainen" or "kaksijakoinen" && s.Negator(i) < 0
                && s.FindWord(Math.Max(0, i - 3), i, w => w is "är" or "var" or "blev" or "is" or "was" or "on" or "oli") is var copula and >= 0)
                found.Add(Make(s, Rules.VerdictMixed, true, copula, i)); // "Resultatet är alltså blandat", "Sammanlagt blev utfallet blandat": some met, some not
            OpenRules.AppliedFor(s, i, ref found);
            OpenRules.WaitingForWhen(s, i, ref found);
            if (tok.Word is "velkaa" or "velkoja" or "skulder" or "skuld" or "debts" or "debt" && s.ContrastIn(0, i) is var butDebt and >= 0 && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskObstacle, false, butDebt, i)); // "sauna on viittä vaille valmis, mutta yhdistyksellä 350 000 euroa velkaa"
            if (ThreatensObject(s, i))
                found.Add(Make(s, Rules.RiskObstacle, false, i, i + 1)); // "Lumen puute uhkaa … hiihtotapahtumia": a threat to the events
            if (tok.Word is "saatiin" or "fick" && i + 2 < t.Count && (t[i + 1].Word is "kaikkiin" or "kaikille" or "alla" || t[i + 2].Word is "kaikkiin" or "kaikille" or "alla") && s.Negator(i) < 0
                && Tense.IsYearEnd(s, i) && AllBut(s, i) is var allBut && allBut > i)
                found.Add(Make(s, Rules.RiskPartial, false, i, allBut)); // "Itsepalvelukioskit saatiin kaikkiin lähikirjastoihin, Haagan toimipiste pois lukien": all but one
            if (StillUnfixed(s, i) is var since and >= 0)
                found.Add(Make(s, Rules.RiskStalled, false, Math.Min(i, since), Math.Max(i, since))); // "Vattenläckan … är ännu inte åtgärdad", "är ännu under utarbetande"
            if (tok.Word is "left" or "lämnades" && s.Negator(i) < 0 && s.ClauseFind(i, Cue.NegQuantifier) < 0 && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w is "for" or "until" or "till" or "to") is var to and > 0
                && to + 1 < t.Count && (t[to + 1].Has(Cue.NextYear) || t[to + 1].Word is "next" or "nästa"))
                found.Add(Make(s, Rules.RiskWorkLeft, false, i, to + 1)); // "its lighting … were left for next year", "lämnades till nästa år"
            if (tok.Word is "jäi" or "jäivät" or "jää" or "jäävät" or "jäädä" or "jäänee" && s.Negator(i) < 0 && LeftForLater(s, i) is var later and >= 0)
                found.Add(Make(s, Rules.RiskWorkLeft, false, i, later)); // "tenniskentän aita jäi tehtäväksi vuonna 2021", "kartoitus jäi vuodelle 2034"
            if (tok.Word is "vaatii" or "vaativat" or "edellyttää" or "kräver" or "requires" && s.Negator(i) < 0 && s.ClauseFind(i, Cue.Work) is var work && work > i && s.HasIn(i, work, Cue.Yet))
                found.Add(Make(s, Rules.RiskWorkLeft, false, i, work)); // "Yhteistyön kehittäminen vaatii kuitenkin vielä toimenpiteitä": still needs work
            if (tok.Word is "vaatii" or "vaativat" && s.Negator(i) < 0 && s.Round == RoundKind.Forecast
                && s.FindWord(i + 1, s.ClauseEnd(i), w => w.Contains("rahoitu", StringComparison.Ordinal)) is var funding and >= 0)
                found.Add(Make(s, Rules.RiskConditional, false, i, funding)); // "vaatii se tueksi sopivan hankerahoituksen": only if the money comes
            if (tok.Word == "från" && GapFromTarget(s, i) is var target and > 0)
                found.Add(Make(s, s.FindWord(s.ClauseStart(i), i, w => w is "blev" or "hamnade" or "landade" or "var") >= 0 ? Rules.FigureShortfall : Rules.RiskBelowTarget, true, i - 1, target));
            if (tok.Word is "behövs" or "krävs" && s.Negator(i) < 0 && s.Round == RoundKind.Forecast && s.FindWord(i + 1, s.T.Count, w => w == "innan") is var before && before > i
                && !TrendRules.EarlierInnan(s, before))
                found.Add(Make(s, Rules.RiskConditional, false, i, before)); // "det behövs ett mer omfattande renoveringsarbete innan eleverna kan gå på skolan": not before more is done
            if (tok.Word == "kesken" && StillUnfinished(s, i))
                found.Add(Make(s, Rules.RiskStalled, false, StillUnfinished(s, i) ? s.ClauseStart(i) : i, i));
            if (NeedsToGoFaster(s, i) is var faster and >= 0) found.Add(Make(s, Rules.RiskStalled, false, i, faster));
            if (RaiseApproved(s, i) is var raise and >= 0) found.Add(Make(s, Rules.VerdictProcedure, false, i, raise));
            if (AdoptsBudget(s, i) is var adopted and >= 0) found.Add(Make(s, Rules.VerdictProcedure, false, Math.Min(i, adopted), Math.Max(i, adopted)));
            if (tok.Has(Cue.Worse) && i > 0 && s.T[i - 1].Has(Cue.Worse)) found.Add(Make(s, Rules.RiskWorsening, false, i - 1, i));
            if ((IsWorsened(tok.Word) || IsLengthened(tok.Word) && TrendRules.LowerIsBetter(s, i)) && s.Negator(i) < 0 && !s.ClauseHas(i, Cue.Cost))
                found.Add(Make(s, Rules.RiskWorsening, false, i, i)); // "kvaliteten försämrats något", "käsittelyajat ovat pidentyneet"
            if (tok.Has(Cue.Open) || tok.Has(Cue.Impossible) && tok.Word is "puuttuu" or "puuttuvat" or "saknas" or "saknar" or "fattas" or "missing" or "lacks") OpenRules.Read(s, i, ref found);
            OpenRules.DecidesWhether(s, i, ref found);
            if (tok.Word is "antaa" or "anneta" or "given" or "ges" or "anges" && NoneGiven(s, i) is var none and >= 0 && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsValueNoun) is var value and >= 0)
                found.Add(Make(s, Rules.VerdictUnassessable, false, Math.Min(value, none), i)); // "mittarin arvoa ei voi antaa", "no attendance figure can be given"
            if (tok.Word is "saknades" or "fattades" or "puuttui" or "lacked" && s.Negator(i) < 0 && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 3), IsStaff) is var staff and >= 0)
                found.Add(Make(s, Rules.RiskStalled, false, i, staff)); // "I Mellungsby saknades personal hela året": the work went undone there
            if (tok.Word is "arvioimatta" or "selvittämättä" && s.ClauseFind(i, Cue.Effect) is var effect and >= 0 && s.ClauseHas(i, Cue.Finish) && !s.IsDenied(i))
                found.Add(Make(s, Rules.RiskOpen, false, Math.Min(i, effect), Math.Max(i, effect))); // "sen vaikutus valmistumiseen ovat vielä arvioimatta": when it is done is open
            if (tok.Word is "lupaa" or "lupaavat" or "lovar" or "promises" && s.Round == RoundKind.Forecast && s.Negator(i) < 0 && s.FindWord(i + 1, Math.Min(t.Count, i + 3), w => w is "että" or "att" or "that") is var promised && promised > i)
                found.Add(Make(s, Rules.Progress, false, i, promised)); // "Puutarhuri lupaa silti, että rannalla on laituri jo tänä kesänä": promised, on course
            if (tok.Word is "invigs" or "invigas" && s.Negator(i) < 0 && Tense.LaterYear(s, i) is var inaugurated and >= 0)
                found.Add(Make(s, Rules.VerdictNextYear, s.HasGoal, i, inaugurated)); // "Den nya konstgräsplanen invigs i april 2088" in the report for 2087
            if (tok.Word == "eteenpäin" && i > 0 && t[i - 1].Word is "viedä" or "viedään" && s.Negator(i - 1) >= 0 && s.Conditional < 0)
                found.Add(Make(s, Rules.VerdictCancelled, s.HasGoal, s.Negator(i - 1), i)); // "päätti, että kirjastohanketta ei viedä eteenpäin": dropped
            if (OpenRules.IsDecided(tok.Word)) OpenRules.NotYetDecided(s, i, ref found);
            OpenRules.DecidedOnlyLater(s, i, ref found);
            OpenRules.Awaited(s, i, ref found);
            OpenRules.Otherwise(s, i, ref found);
            if (tok.Has(Cue.Affect | Cue.Effect) && s.Negator(i) is var noEffect and >= 0 && (s.ClauseHas(i, Cue.Goal) && !s.HasIn(s.ContrastIn(i, s.T.Count) is var butAt and > 0 ? butAt : s.T.Count, s.T.Count, Cue.Delay | Cue.Cancel | Cue.NextYear | Cue.Year)
                || s.ClauseHas(i, Cue.Cost) && !s.SentenceHas(Cue.Concessive | Cue.Delay | Cue.Cancel) && s.Conditional < 0 && s.ContrastIn(0, s.T.Count) < 0) && s.Modal(i) < 0 && !s.ClauseHas(i, Cue.Assess | Cue.Yet | Cue.Progress))
                found.Add(Make(s, Rules.VerdictNotAtRisk, true, Math.Min(noEffect, i), Math.Max(noEffect, i))); // "osallistujatavoitteeseen remontilla ei ole vaikutusta"
            if (tok.Word is "vaikuttaa" or "vaikuttavat" && s.Negator(i) < 0 && s.Modal(i) < 0 && WhenOrWhetherBefore(s, i) is var timing and >= 0)
                found.Add(Make(s, Rules.RiskUncertain, false, timing, i)); // "Investoinnin toteutumisen ajankohtaan vaikuttavat monet tekijät": when it comes is uncertain
            if (tok.Has(Cue.Certain) && OnlyLaterAfter(s, i, reach: 3) >= 0 && s.Negator(i) < 0)
                found.Add(Make(s, Rules.RiskUncertain, false, i, i + 1)); // "kaikki leirit täyttyvät, mutta varmuus saadaan vasta, kun …"
            if (DeniedDeviation(s, i) is var no and >= 0)
                found.Add(Make(s, Rules.VerdictNotAtRisk, false, Math.Min(no, i), Math.Max(no, i))); // "ei ole näkyvissä mitään poikkeavaa", "inga avvikelser": nothing off course
            if (CountSlashCount(s, i) is var whole and >= 0 && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.RiskPartial, false, i, whole)); // "valmiina 2/5 liikuntapaikkaa", "mittareista 2/3 tavoitetasolla"
            if ((tok.Word is "oli" or "olivat" or "var" or "was" or "were" || tok.Word is "on" or "ovat" or "är" or "is" or "are" or "voi" or "toimii" or "toimivat" or "palvelee" or "palvelevat" or "fungerar" or "tarjoaa" or "tarjoavat" or "erbjuder" or "löytyy" or "löytyvät" or "käy" or "käyvät" or "finns" && !ParticipleAfter(s, i) && !RestLater(s, i) && !TargetShareBefore(s, i) && !(i > 0 && s.T[i - 1].Word == "tavoitteena")) && !s.HasRealiseVerb && !s.SentenceHas(Cue.Progress | Cue.OnTrack | Cue.Finish) && ProportionRules.RestToCome(s) < 0 && ProportionRules.CountOutOfAny(s, i, s.ClauseEnd(i)) is var of and >= 0)
                // "syyskuussa tukea oli 29 kirjastossa 37:stä", "voi maksaa 8 toimipisteessä 21:stä", "toimii 9 kirjaston palvelutiskillä
                // 25:stä": in part of the whole; but "olivat poissa käytöstä kaksi päivää sallitusta seitsemästä" kept within an allowance.
                found.Add(of > 0 && s.T[of - 1].Word is "sallitusta" or "sallituista" or "tillåtna" or "allowed"
                    ? Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureReached : Rules.FigureForecastReached, true, i, of)
                    : Make(s, Rules.RiskPartial, false, i, of));
            // "koko vuodelle asetettu 30 kirjaston määrä on siis takanapäin", "vuoden määrä 1 000 on jo ohitettu", "kumpikin on jo vuoden
            // tavoitelukujen … yläpuolella": the year's figure already passed.
            if (tok.Word is "ohitettu" or "takanapäin" or "takana" or "kasassa" or "yläpuolella" && s.Negator(i) < 0 && s.Conditional < 0 && s.Hedge < 0
                && s.FindWord(s.ClauseStart(i), i, w => w is "jo" or "siis") >= 0 && s.FindWord(s.ClauseStart(i), i, w => w is "vuoden" or "vuodelle") is var yearsFigure and >= 0)
                found.Add(Make(s, Rules.FigureReached, true, yearsFigure, i));
            // At year end "vaihdettiin … neljääntoista kirjastoon kahdestakymmenestä", "ehti … yhdeksään toimipisteeseen kahdestatoista": done in part of the whole.
            if ((tok.Word.EndsWith("tiin", StringComparison.Ordinal) || tok.Word is "ehti" or "ehtivät") && Tense.IsYearEnd(s, i) && s.Negator(i) < 0 && !s.HasGoal
                && ProportionRules.CountOutOfAny(s, i, s.ClauseEnd(i)) is var reached and > 0)
                found.Add(Make(s, Rules.RiskPartial, false, i, reached));
            // "Ainoastaan lokakuussa myönnettävä lupa mahdollistaa aidan valmistumisen joulukuussa": only on that, a condition.
            if (i == 0 && tok.Word is "ainoastaan" or "vain" or "endast" or "bara" or "only" && s.Round == RoundKind.Forecast
                && s.FindWord(1, s.T.Count, w => w is "sallii" or "mahdollistaa" or "möjliggör" or "tillåter" or "allows" or "enables") is var enables and > 0 && s.Negator(enables) < 0)
                found.Add(Make(s, Rules.RiskConditional, false, 0, enables));
            // "katsomo uusitaan touko–heinäkuussa, ja ottelut pelataan uudessa katsomossa elokuusta alkaen": the work in one month, in use from a later one.
            if (tok.Word is "alkaen" or "lähtien" && i > 0 && t[i - 1].Word.EndsWith("kuusta", StringComparison.Ordinal) && Lexicon.Month(t[i - 1].Word) > 0 && s.Round == RoundKind.Forecast
                && s.Negator(i) < 0 && s.Hedge < 0 && s.Conditional < 0 && s.FindWord(0, s.ClauseStart(i), Lexicon.InMonth) is var workMonth and >= 0 && !(workMonth + 1 < t.Count && t[workMonth + 1].Has(Cue.Year)))
                found.Add(Make(s, Rules.Progress, false, workMonth, i));
            // "Evenemanget blev väldigt lyckat": it went well, done.
            if (tok.Word is "lyckat" or "lyckad" or "lyckade" && i > 0 && (t[i - 1].Word == "blev" || i > 1 && t[i - 2].Word == "blev" && IsIntensifier(t[i - 1].Word)) && s.Negator(i) < 0)
                found.Add(Make(s, Rules.VerdictAchieved, s.HasGoal, t[i - 1].Word == "blev" ? i - 1 : i - 2, i));
            // At year end "apurahoja ei saatu lukuisista anomuksista huolimatta", "ei yrityksistä huolimatta saatu": tried and not got, a miss.
            if (tok.Word is "saatu" or "onnistuttu" && s.Negator(i) is var notGot and >= 0 && Tense.IsYearEnd(s, i)
                && s.FindWord(1, s.T.Count, w => w == "huolimatta") is var despite and > 0 && IsEffort(t[despite - 1].Word))
                found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Min(notGot, despite - 1), Math.Max(i, despite)));
            // "kontti rajattiin rakennusohjelmassa vuodelle 2098" in the report for 2097: scheduled for a later year.
            if (tok.Word is "rajattiin" or "rajattu" or "rajataan" && s.Round == RoundKind.Forecast && s.Negator(i) < 0 && s.Conditional < 0
                && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w == "vuodelle") is var forYear and > 0 && forYear + 1 < t.Count && t[forYear + 1].Has(Cue.Year) && s.ReportYear > 0 && s.IsLaterYear(forYear + 1))
                found.Add(Make(s, Rules.VerdictPostponed, s.HasGoal, i, forYear + 1));
            // "Uutta avauspäivää ei ole nuorisotalon bänditilalle": no new date set, when it opens again is open.
            if ((tok.Word.EndsWith("päivää", StringComparison.Ordinal) || tok.Word.EndsWith("aikataulua", StringComparison.Ordinal)) && i > 0 && t[i - 1].Word == "uutta"
                && i + 2 < t.Count && t[i + 1].Word is "ei" or "eikä" && t[i + 2].Word is "ole" or "ollut")
                found.Add(Make(s, Rules.RiskOpen, false, i - 1, i + 2));
            // "pimeänä kaksi iltaa, mikä mahtuu hyvin vuoden sallittuun kahdeksaan iltaan": within the year's allowance.
            if (tok.Word is "mahtuu" or "mahtuvat" or "mahtui" or "mahtuivat" && s.Negator(i) < 0
                && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 5), w => w.StartsWith("sallit", StringComparison.Ordinal) || w.StartsWith("enimmäis", StringComparison.Ordinal) || w.StartsWith("yläraj", StringComparison.Ordinal) || w.EndsWith("kattoon", StringComparison.Ordinal)) is var allowed and > 0)
                found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureReached : Rules.FigureForecastReached, true, i, allowed));
            if (ProportionRules.FractionOfUsual(s, i) is var usual and >= 0 && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.RiskPartial, false, i, usual)); // "noin puolet koronaepidemiaa edeltävästä määrästä"
            if (ProportionRules.SeatsFilled(s, i) is var offered and >= 0)
                found.Add(Make(s, Tense.IsYearEnd(s, i) ? Rules.FigureShortfall : Rules.RiskBelowTarget, Tense.IsYearEnd(s, i), Math.Min(i, offered), Math.Max(i, offered))); // "fyllde fyra platser av arton"
            if (ProportionRules.AllButOne(s, i))
                found.Add(Make(s, Rules.RiskPartial, false, i - 1, i));
            if (ProportionRules.RestWaits(s, i))
                found.Add(Make(s, Rules.RiskPartial, false, i, i + 1)); // at year end "Resten väntar på paneler som levereras i mars": not all done
            if (ProportionRules.IsRestWord(tok.Word) && i == ProportionRules.RestToCome(s) && !s.HasRealiseVerb)
                found.Add(Make(s, Rules.Progress, false, i, s.ClauseEnd(i) - 1)); // "loput neljä pidetään syyskuussa": the rest still to come this year
            if (ProportionRules.PartOfPlanned(s, i) is var done and >= 0 && !s.HasRealiseVerb)
                found.Add(s.HasThisYear && !s.SentenceHas(Cue.Cancel | Cue.Fail) && s.FindWord(Math.Max(0, done - 2), done, w => w is "most" or "enintään" or "korkeintaan" or "högst" or "maximalt") >= 0
                    ? Make(s, Rules.FigureShortfall, true, Math.Max(0, done - 2), Math.Max(i, done)) // "At most 12 of the planned 30 sessions can be held this year": the year's most, short
                    : (i > 0 && t[i - 1].Has(Cue.Fraction) || ProportionRules.IsHeadcount(s, i + 1) || ProportionRules.IsHeadcount(s, done + 1)) && Tense.IsYearEnd(s, i) ? Make(s, Rules.FigureShortfall, true, Math.Min(i - 1, done), Math.Max(i, done)) // at year end "62 henkeä, mikä on kolmannes suunnitellusta 190:stä", "samlade 8 av 30 planerade deltagare"
                    : Make(s, Rules.RiskPartial, false, Math.Max(0, Math.Min(i - 1, done)), Math.Max(i, done))); // "Av de tre planerade … har två öppnat"
            if (ProportionRules.AllOfPlanned(s, i) is var all and >= 0 && Tense.IsYearEnd(s, i) && !s.HasRealiseVerb && s.Negator(i) < 0 && s.ContrastIn(0, s.T.Count) < 0)
                found.Add(Make(s, Rules.VerdictAchieved, false, all, i)); // at year end "alla 30 planerade föreställningar kunde ges": every one held
            else if (ProportionRules.AllHeld(s, i) >= 0 && Tense.IsYearEnd(s, i) && !s.HasRealiseVerb && (s.ClauseStart(i) == 0 || s.T[s.ClauseStart(i)].Word is "mutta" or "men" or "but" or "och" or "ja" or "and"))
                found.Add(Make(s, Rules.VerdictAchieved, false, s.ClauseStart(i) == 0 ? 0 : i, s.ClauseEnd(i) - 1)); // "…, mutta kaikki 40 työpajaa pidettiin": made up for, every one held; "Alla åtta kvällarna hölls"
            if (ProportionRules.OnlyShareOrCount(s, i) && !s.HasRealiseVerb) found.Add(Make(s, Rules.RiskPartial, false, Math.Max(0, i - 1), i)); // "tarjolla vain kolmessa viidestä"
            else if (ProportionRules.OnlyShareOrCount(s, i) && MetBeforeBut(s, i))
                found.Add(Make(s, Rules.VerdictPartial, true, Math.Max(0, i - 1), i)); // "tavoite toteutui, mutta yleisötapahtumia pidettiin vain neljä kymmenestä"
            if (tok.Has(Cue.Corona) && !DeniedEffect(s, i) && !SentenceContext.BeforeDespite(t, i) && !s.IsConceded(i)) found.Add(Make(s, Rules.RiskCorona, false, i, i)); // not "koronasta huolimatta"
        }
    }

    /// <summary>
    /// "sisällöt on koottu", "tilat ovat kunnostettu", "on laadittu": Finnish "on/ovat" with a past passive participle
    /// (-ttu, -tty, -ltu, -stu, -nnu, -rru) is work done; undenied, it is progress like "on aloitettu".
    /// </summary>
    private static bool IsPerfectPassive(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (i == 0 || w.Length < 5 || NotWork.Contains(w) || s.T[i - 1].Word is not ("on" or "ovat") || s.T[i - 1].Clause != s.T[i].Clause || s.Negator(i) >= 0) return false;
        if (w is "varattu" or "budjetoitu" && s.MoneyIn(i)) return false; // "urakkaan on varattu 8,2 miljoonaa euroa": money set aside, no work done
        if (s.T[s.ClauseStart(i)].Word is "joita" or "jotka" or "joka" or "jonka" or "mikä" or "mitä") return false; // "tehtäviä, joita laissa on annettu": said of what, no work done
        var e = w.AsSpan(w.Length - 3);
        return e[2] is 'u' or 'y' && e[1] == 't' && e[0] is 't' or 'l' or 's' || e is "nnu" or "nny" or "rru" or "rry";
    }

    /// <summary>"mittarina on käytetty", "on todettu", "on arvioitu", "on pyritty kompensoimaan": participles of saying, measuring and trying, not of work done.</summary>
    private static readonly HashSet<string> NotWork = ["käytetty", "todettu", "arvioitu", "asetettu", "määritelty", "mainittu", "kuvattu", "esitetty", "raportoitu", "mitattu", "pyritty", "yritetty"];

    /// <summary>"on (edelleen)", "är (fortfarande)", "is (still)", "pidetään" before token i in its clause: it is said of the subject, not an attribute ("realistinen uusi aikataulu").</summary>
    private static bool CopulaBefore(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "on" or "ovat" or "är" or "is" or "remains" or "pidetään" or "bedöms" or "anses" or "arvioidaan") return true;
        return false;
    }

    private static bool IsAble(string w) =>
        w.StartsWith("kyet", StringComparison.Ordinal) || w.StartsWith("kyen", StringComparison.Ordinal) || w.StartsWith("pysty", StringComparison.Ordinal) || w is "kunde" or "kunnat" or "could" or "able";

    private static bool IsReliable(string w) =>
        w.StartsWith("tillförlitlig", StringComparison.Ordinal) || w.StartsWith("luotettav", StringComparison.Ordinal) || w is "reliable" or "trustworthy";

    /// <summary>"yrityksistä", "anomuksista", "ponnisteluista": efforts, in the elative before "huolimatta".</summary>
    private static bool IsEffort(string w) =>
        w.StartsWith("yrity", StringComparison.Ordinal) || w.StartsWith("anomu", StringComparison.Ordinal) || w.StartsWith("hakemu", StringComparison.Ordinal) || w.StartsWith("ponnistel", StringComparison.Ordinal) || w.StartsWith("pyynnö", StringComparison.Ordinal);

    /// <summary>"Arbetet med … har fortsatt under året", "Työt jatkuivat vuoden aikana", "The work continued", "toiminta on jatkanut kasvuaan": a work or growth going on, with no trouble said; the work, or -1.</summary>
    private static int WorkWentOn(SentenceContext s, int i) =>
        s.T[i].Word is "jatkanut" or "jatkoi" && i + 1 < s.T.Count && s.T[i + 1].Word.StartsWith("kasvu", StringComparison.Ordinal) && s.Negator(i) < 0 ? i // "toiminta on edelleen jatkanut kasvuaan"
        : s.T[i].Word is "jatkui" or "jatkuivat" or "jatkunut" or "jatkuneet" or "fortsatt" or "fortsatte" or "continued" && s.Negator(i) < 0
            && !s.SentenceHas(Cue.Delay | Cue.Fail | Cue.Worse | Cue.Cancel | Cue.Corona | Cue.Hedge)
            ? s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("arbete", StringComparison.Ordinal) || w is "työ" or "työt" or "work" || w.StartsWith("hanke", StringComparison.Ordinal)
                || w.StartsWith("projekt", StringComparison.Ordinal) || w.StartsWith("renover", StringComparison.Ordinal) || w.StartsWith("remont", StringComparison.Ordinal)) : -1;

    /// <summary>
    /// "Lumen puute uhkaa eteläisen Suomen suuria hiihtotapahtumia", "Snöbristen hotar evenemangen": a threat with an object,
    /// not the modal "uhkaa jäädä", "hotar att", "threatens to", which the verb after it carries.
    /// </summary>
    private static bool ThreatensObject(SentenceContext s, int i)
    {
        if (s.T[i].Word is not ("uhkaa" or "uhkaavat" or "hotar" or "threatens" or "threaten") || s.Negator(i) >= 0 || i + 1 >= s.T.Count) return false;
        var next = s.T[i + 1].Word;
        return s.T[i].Word[0] == 'u'
            ? next.EndsWith("ia", StringComparison.Ordinal) || next.EndsWith("iä", StringComparison.Ordinal) || next.EndsWith("ja", StringComparison.Ordinal) || next.EndsWith("jä", StringComparison.Ordinal) || next.EndsWith('n')
            : next is not ("att" or "to");
    }

    /// <summary>"Lisääkin salivuoroja olisi tarvittu", "Fler tider hade behövts", "More slots would have been needed": at year end, too few; the "more", or -1.</summary>
    private static int MoreWasNeeded(SentenceContext s, int i) =>
        s.Round == RoundKind.Outcome && s.T[i].Word is "tarvittu" or "behövts" or "needed" && i > 0 && s.T[i - 1].Word is "olisi" or "hade" or "been" && s.Negator(i) < 0
            ? s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("lisää", StringComparison.Ordinal) || w is "enemmän" or "mer" or "fler" or "more") : -1;

    /// <summary>
    /// "Vattenläckan … är ännu inte åtgärdad", "Vuotoa ei ole vielä korjattu", "has not yet been fixed": a fault not yet mended;
    /// "är ännu under utarbetande", "on vielä valmisteilla": a work still being drawn up. The "yet" or "still", or -1.
    /// </summary>
    private static int StillUnfixed(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        var mended = w is "åtgärdad" or "åtgärdat" or "åtgärdats" or "korjattu" or "fixed" or "repaired";
        // Not "talouden seuranta … on esityslistan julkaisemisen aikaan vielä valmisteilla": a report being written, no work of the goal's.
        var drafted = w is "utarbetande" or "beredning" or "valmisteilla" or "valmistelussa" && !s.HasNextYearTarget
            && s.FindWord(0, i, x => x.Contains("seurant", StringComparison.Ordinal) || x.Contains("rapport", StringComparison.Ordinal) || x.Contains("raport", StringComparison.Ordinal) || x.StartsWith("report", StringComparison.Ordinal)) < 0;
        if (!mended && !drafted || mended && s.Negator(i) < 0 || drafted && s.Negator(i) >= 0) return -1;
        if (s.FindWord(0, i, x => x.StartsWith("ongelm", StringComparison.Ordinal) || x.StartsWith("problem", StringComparison.Ordinal)) >= 0) return -1; // problems not mended are obstacles, read there
        return s.FindWord(s.ClauseStart(i), i, x => x is "ännu" or "vielä" or "yet" or "fortfarande" or "edelleen" or "still");
    }

    /// <summary>"datum", "startdatum", "date", "päivämäärää", "ajankohtaa": a date.</summary>
    private static bool IsDateWord(string w) => w.EndsWith("datum", StringComparison.Ordinal) || w.EndsWith("datumet", StringComparison.Ordinal) || w is "date" or "päivämäärää" or "päivämäärä" or "ajankohtaa";

    /// <summary>"eikä korjauspäivästä tiedetä", "Avaamispäivää ei pystytä nimeämään": a date no one knows or can name.</summary>
    private static bool DateNotKnown(SentenceContext s, int i) =>
        (s.T[i].Word.EndsWith("päivästä", StringComparison.Ordinal) || s.T[i].Word.EndsWith("ajankohdasta", StringComparison.Ordinal))
        && s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), w => w is "tiedetä" or "tiedä" or "tietoa") >= 0
        // "Avaamispäivää ei pystytä nimeämään": a date, in the partitive, that cannot be named.
        || (s.T[i].Word.EndsWith("päivää", StringComparison.Ordinal) || s.T[i].Word.EndsWith("ajankohtaa", StringComparison.Ordinal)) && s.Negator(i) >= 0
            && s.FindWord(i + 1, Math.Min(s.T.Count, i + 5), w => w is "nimeämään" or "nimetä" or "sanomaan" or "sanoa" or "arvioimaan" or "arvioida" or "tiedetä" or "vahvistaa" or "vahvistamaan") >= 0;

    /// <summary>What denies the worry at i: the negator before it, or "ei ole" right after it ("syytä huoleen ei ole"); or -1.</summary>
    private static int WorryDenied(SentenceContext s, int i) =>
        s.IsDenied(i) ? FateRules.DenierBefore(s, i) : i + 2 < s.T.Count && s.T[i + 1].Word == "ei" && s.T[i + 2].Word == "ole" ? i + 2 : -1;

    /// <summary>"endast", "vain", "ainoastaan", "only" in token i's clause.</summary>
    private static bool OnlyIn(SentenceContext s, int i) => s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), ProportionRules.IsOnlyWord) >= 0;

    /// <summary>"poikkeavaa", "poikkeamia", "avvikelser", "deviations" denied by a negation or "mitään", "inga", "no": the denier's index, or -1.</summary>
    private static int DeniedDeviation(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (!(w.StartsWith("poikkeav", StringComparison.Ordinal) || w.StartsWith("poikkeam", StringComparison.Ordinal) || w.StartsWith("avvikelse", StringComparison.Ordinal)
            || w is "avvikande" or "deviation" or "deviations")) return -1;
        if (s.NegatorBefore(i, -1) is var no and >= 0) return no;
        // "Merkittäviä poikkeamia ei ole", "avvikelser finns inte": none there; not "Poikkeama ei johdu toiminnasta", a cause denied.
        var after = s.Negator(i);
        if (after > i && after + 1 < s.T.Count && s.T[after + 1].Word is "ole" or "ollut" or "finns" or "är" or "were" or "are") return after;
        if (i + 2 < s.T.Count && s.T[i + 1].Word is "finns" or "är" && s.T[i + 2].Has(Cue.Negator)) return i + 2;
        for (var j = Math.Max(s.ClauseStart(i), i - 2); j < i; j++)
            if (s.T[j].Has(Cue.NegQuantifier)) return j;
        return -1;
    }

    /// <summary>"suuntaa antavina", "indicative", "vägledande": figures good for a direction, not for a verdict.</summary>
    private static bool IsIndicative(SentenceContext s, int i) =>
        s.T[i].Word == "suuntaa" && i + 1 < s.T.Count && s.T[i + 1].Word.StartsWith("antav", StringComparison.Ordinal)
        || s.T[i].Word.StartsWith("suuntaa-antav", StringComparison.Ordinal) || s.T[i].Word is "indicative";

    /// <summary>
    /// "Tanken var att den skulle vara klar 2018, men så blev långt ifrån fallet", "Tarkoitus oli, että halli valmistuu
    /// kesäksi, mutta …": a finish that was planned, then a "but": the plan did not hold, so the goal is not met in time.
    /// </summary>
    private static void PlanNotKept(SentenceContext s, ref StatusResolver found)
    {
        var t = s.T;
        var plan = t.Count >= 4 && (t[0].Word is "tanken" or "planen" or "meningen" or "tarkoitus" or "suunnitelma" || t[0].Word == "the" && t[1].Word is "plan" or "idea" or "intention");
        var was = !plan ? -1 : s.FindWord(1, 4, w => w is "var" or "oli" or "was"); // "Tanken från början var att"
        var but = was < 0 ? -1 : s.ContrastIn(was + 1, t.Count);
        if (but < 0 || s.Modal(but) >= 0 || s.HasIn(but, t.Count, Cue.Delay)) return; // "…, mutta työt ovat viivästyneet": a delay, read as one
        for (var j = was + 1; j < but; j++)
            if (t[j].Has(Cue.Finish) || t[j].Word.StartsWith("valmi", StringComparison.Ordinal) || t[j].Word is "open" or "opened" or "öppna")
            {
                found.Add(Make(s, Rules.VerdictNotInTime, false, 0, but));
                return;
            }
    }

    /// <summary>
    /// During the year "hade … fått 40 nya kvällstider, vilket var vad som planerats för hela 2101", "had registered 250 new
    /// members, the full number set for 2101": a count so far that is already the whole year's plan, met.
    /// </summary>
    private static void WholeYearsPlanAlready(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.SentenceHas(Cue.Negator | Cue.Hedge | Cue.Conditional)) return;
        // The plan's words first: the figure readers below are the costly part, and most sentences have no "planned for".
        var plan = s.FindWord(1, s.T.Count - 2, w => w is "planerats" or "planerades" or "set" or "planned");
        if (plan < 0 || s.T[plan + 1].Word is not ("för" or "for") || !(s.T[plan + 2].Word is "hela" or "the" or "året" || s.T[plan + 2].Has(Cue.Year))) return;
        if (!FigureRules.HasPastVerb(s) || ProportionRules.CountOutOfAny(s, 0, s.T.Count) >= 0 || FigureRules.Figures(s).Count > 1) return; // one count, not "12 of the 20"
        // "vad som planerats", "the full number set": the plan's whole figure named as what the count is.
        if (s.FindWord(Math.Max(0, plan - 3), plan, w => w is "vad" or "full" or "whole") is var whole and >= 0
            && s.FindWord(0, whole, w => char.IsAsciiDigit(w[0]) && !Lexicon.IsYear(w)) is var count and >= 0)
            found.Add(Make(s, Rules.FigureReached, true, count, plan + 2));
    }

    /// <summary>
    /// "Savonlinnassa ei ole oopperajuhlia tänä kesänä", "Teatteri ei esitä tulevana syksynä suurmusikaalia": an event that will
    /// not be held this season, a miss.
    /// </summary>
    private static void NotHeldThisSeason(SentenceContext s, ref StatusResolver found)
    {
        var verb = s.FindWord(0, s.T.Count, w => w is "ole" or "esitä" or "esitetä" or "järjestä" or "järjestetä" or "pidä" or "pidetä");
        // Not "Tapahtumaa ei järjestetä tänä vuonna Kaisaniemessä vaan Kansalaistorilla": held elsewhere; nor "konserttia ei ole vielä
        // päätetty", "ei ole ollut häiriöitä": "ole" the auxiliary of a participle.
        if (verb < 0 || s.Negator(verb) is not (var neg and >= 0) || s.HasRealiseVerb || s.Conditional >= 0 || s.Hedge >= 0 || s.FindWord(verb, s.T.Count, w => w == "vaan") >= 0
            || s.T[verb].Word == "ole" && s.FindWord(verb + 1, s.ClauseEnd(verb), IsParticiple) >= 0) return;
        var season = s.FindWord(0, s.T.Count - 1, w => w is "tänä" or "tulevana") is var k and >= 0 && s.T[k + 1].Word is "kesänä" or "syksynä" or "keväänä" or "talvena" or "vuonna" ? k + 1 : -1;
        if (season >= 0 && s.FindWord(0, s.T.Count, IsEventNoun) is var show and >= 0)
            found.Add(Make(s, Rules.VerdictCancelled, false, Math.Min(neg, show), Math.Max(season, show)));
    }

    /// <summary>"ollut", "päätetty", "siirretty": a past participle.</summary>
    private static bool IsParticiple(string w) => w.EndsWith("ttu", StringComparison.Ordinal) || w.EndsWith("tty", StringComparison.Ordinal) || w.EndsWith("nut", StringComparison.Ordinal)
        || w.EndsWith("nyt", StringComparison.Ordinal) || w.EndsWith("llut", StringComparison.Ordinal) || w.EndsWith("neet", StringComparison.Ordinal);

    /// <summary>"oopperajuhlia", "suurmusikaalia", "konserttia", "festivaalia": an event to be held.</summary>
    private static bool IsEventNoun(string w) => (w.EndsWith('a') || w.EndsWith('ä')) && !(w.EndsWith("ssa", StringComparison.Ordinal) || w.EndsWith("ssä", StringComparison.Ordinal)
            || w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal) || w.EndsWith("lla", StringComparison.Ordinal) || w.EndsWith("llä", StringComparison.Ordinal)) // the partitive, what is not held
        && (w.Contains("juhl", StringComparison.Ordinal) || w.Contains("musikaal", StringComparison.Ordinal) || w.Contains("festivaal", StringComparison.Ordinal)
        || w.Contains("konsert", StringComparison.Ordinal) || w.Contains("näytelm", StringComparison.Ordinal) || w.Contains("tapahtum", StringComparison.Ordinal) || w.Contains("kilpailu", StringComparison.Ordinal));

    /// <summary>"Sammantaget blev året halvbra för simhallen", "Kaiken kaikkiaan vuosi onnistui puolittain": a summing up that says half, met in part.</summary>
    private static void HalfwaySummed(SentenceContext s, ref StatusResolver found)
    {
        if (s.T.Count < 3 || s.T[0].Word is not ("sammantaget" or "sammanlagt" or "sammanfattningsvis" or "kaiken" or "kokonaisuutena" or "kokonaisuudessaan")) return;
        if (s.FindWord(1, s.T.Count, w => w is "halvbra" or "halvlyckat" or "puolittain" or "puoliksi" || w.StartsWith("halvlyckad", StringComparison.Ordinal)) is var half and > 0 && s.Negator(half) < 0)
            found.Add(Make(s, Rules.VerdictPartial, true, 0, half));
    }

    /// <summary>
    /// At year end "Ulkokenttien led-valaistus palvelee vuoden lopussa kuutta kenttää kymmenestä", "Fyra av elva skolgårdar har nu
    /// nya basketkorgar": a thing in place in part of the places counted, with no verb of doing; the rest not, so met in part.
    /// </summary>
    private static void PartInPlaceAtYearEnd(SentenceContext s, ref StatusResolver found)
    {
        // Not a programme over years ("LED-valaistusohjelma 2056–2059 eteni suunnitellusti. Valaisimet on vaihdettu 11 kohteeseen 34:stä"): its share so far.
        if (s.Round != RoundKind.Outcome || s.HasRealiseVerb || s.HasGoal || s.Years.Count > 1 || s.SentenceHas(Cue.Negator | Cue.Progress | Cue.Finish | Cue.Cost | Cue.Hedge | Cue.OnTrack)) return;
        if (ProportionRules.CountOutOfAny(s, 0, s.T.Count) is var whole and >= 0)
            found.Add(Make(s, Rules.RiskPartial, false, Math.Max(0, whole - 3), whole));
    }

    /// <summary>
    /// "Ulkokuntoilupaikkojen käyttöä seurataan yhdellä kameralaskurilla … Ehdotamme toista laskuria", "samaa kävijää voidaan laskea
    /// useaan kertaan; tapahtumiin ehdotetaan QR-kirjautumista", "Tämän mittarin raportoinnissa on ollut puutteita": how the figure
    /// is counted or reported, and a change proposed or flaws named, is about the measure, not the goal's state.
    /// </summary>
    private static void HowItIsCounted(SentenceContext s, ref StatusResolver found)
    {
        if (s.HasRealiseVerb || s.FindWord(0, s.T.Count, IsCounting) is not (var counting and >= 0)) return;
        var change = s.FindWord(0, s.T.Count, w => w is "ehdotetaan" or "ehdotamme" or "föreslår" or "föreslås" or "propose" or "proposed" or "pyydetty" or "pyysimme" // "Laskentatavasta on pyydetty ohje"
            || w.StartsWith("puuttei", StringComparison.Ordinal) || w.StartsWith("brister", StringComparison.Ordinal) || w == "flaws");
        if (change >= 0 && s.Negator(change) < 0) found.Add(Make(s, Rules.VerdictProcedure, false, Math.Min(counting, change), Math.Max(counting, change)));
    }

    /// <summary>"kameralaskurilla", "kirjautumista", "raportoinnissa", "räknare", "counter": the way a figure is counted or reported.</summary>
    private static bool IsCounting(string w) => w.Contains("laskur", StringComparison.Ordinal) || w.StartsWith("laskentata", StringComparison.Ordinal) || w.Contains("kirjautum", StringComparison.Ordinal) || w.Contains("kirjaami", StringComparison.Ordinal)
        || w.StartsWith("raportoin", StringComparison.Ordinal) || w.Contains("räknare", StringComparison.Ordinal) || w.StartsWith("counter", StringComparison.Ordinal);

    /// <summary>
    /// "Mikäli talousarvio ei pidä, tulee lautakunnan hakea lisämäärärahaa", "Om något mål verkar bli svårt att nå beskriver
    /// vi vilka konsekvenser det kan få": what is to be done if a goal is at risk is procedure, not a verdict on one.
    /// </summary>
    private static void HypotheticalProcedure(SentenceContext s, ref StatusResolver found)
    {
        if ((s.FindWord(0, Math.Min(s.T.Count, 4), IsRecommend) is var first and >= 0 ? first : s.HasRealiseVerb || s.HasGoal ? -1 : s.FindWord(0, s.T.Count, IsRecommend)) is var recommends
            && recommends >= 0 && s.Negator(recommends) < 0)
        {
            // "Tarkastuslautakunta suosittelee, että hankkeille asetetaan mitattavat valmistumispäivät": advice, not a verdict.
            found.Add(Make(s, Rules.VerdictProcedure, true, recommends, recommends));
            return;
        }
        if (s.FindWord(0, Math.Min(s.T.Count, 4), w => w is "anser" or "katsoo" or "considers") is var opinion and >= 0
            && s.FindWord(opinion + 1, s.T.Count, w => w is "bör" or "borde" or "pitää" or "pitäisi" or "tulisi" or "täytyy" or "should" or "must") is var ought and >= 0
            && !s.T[ought].Has(Cue.OnTrack) && !(ought + 1 < s.T.Count && s.T[ought + 1].Word == "paikkansa") // not "katsoo, että tavoite pitää": it holds
            && !s.HasIn(ought + 1, s.T.Count, Cue.Realise))
        {
            // "Revisionsnämnden anser att målen bör uttryckas med siffror", "Lautakunta katsoo, että koulunuorisotyö pitää vakinaistaa": advice.
            found.Add(Make(s, Rules.VerdictProcedure, true, opinion, ought));
            return;
        }
        if (s.T.Count > 2 && (s.T[0].Word is "aloitteen" or "ehdotuksen" or "esityksen" && s.T[1].Word == "mukaan" || s.T[0].Word == "enligt" && s.T[1].Word is "motionen" or "förslaget")
            && !s.HasRealiseVerb)
        {
            // "Aloitteen mukaan rannan yhteyteen voisi suunnitella uimarannan", "Esityksen mukaan kustannusten tulee alittaa …": what a motion asks, no verdict.
            found.Add(Make(s, Rules.VerdictProcedure, true, 0, 1));
            return;
        }
        // "Ei määrärahan lisäystarvetta", "inget behov av tilläggsanslag": the appropriation will do, which is progress only and
        // says nothing against a delay or a miss elsewhere.
        if (s.Round == RoundKind.Forecast && NoExtraFundingNeeded(s) is var enough and >= 0)
            found.Add(Make(s, Rules.Progress, false, Math.Min(enough, s.Negator(enough) < 0 ? enough : s.Negator(enough)), enough));
        if (ExtraFundingDecision(s) is var funding and >= 0)
        {
            // "Kaupunginhallitukselle esitetään, että opetustoimelle myönnetään 2,7 miljoonan euron lisämääräraha", "tar troligen
            // ställning till ett tilläggsanslag": extra funding being decided says nothing yet about the goal.
            found.Add(Make(s, Rules.VerdictProcedure, true, funding, funding));
            return;
        }
        // "Mikäli …", "Talousarvion täytäntöönpano-ohjeiden mukaan, mikäli …": a condition that opens its clause near the start.
        if (s.Conditional < 0 || s.Conditional > 1 && (s.ClauseStart(s.Conditional) != s.Conditional || s.T[s.Conditional].Clause > 1)) return;
        for (var j = s.Conditional + 2; j < s.T.Count; j++)
        {
            var action = IsDuty(s.T[j].Word) && j + 1 < s.T.Count && s.FindWord(j + 1, Math.Min(s.T.Count, j + 3), IsProcedure) >= 0
                || IsReported(s.T[j].Word) && s.T[j - 1].Word is not ("att" or "to");
            if (!action) continue;
            for (var k = j + 1; k < s.T.Count; k++)
                if (s.T[k].Has(Cue.Realise) && s.T[k].Form is not (VerbForm.None or VerbForm.Noun)) return;
            found.Add(Make(s, Rules.VerdictProcedure, true, j, j)); // ordered at the duty, so it answers the if-clause before it
            return;
        }
        if (ContingencyAfter(s, s.Conditional) is var contingency and >= 0)
            found.Add(Make(s, Rules.VerdictProcedure, true, contingency, contingency)); // "Mikäli … jää saavuttamatta, ryhmiä markkinoidaan ensi vuonna …"
    }

    /// <summary>
    /// "Mikäli osallistujatavoite jää saavuttamatta, ryhmiä markkinoidaan ensi vuonna myös terveysasemien kautta": after an
    /// if-clause about the goal, the next clause opens with what will be done (a passive present), not a verdict; its index, or -1.
    /// </summary>
    private static int ContingencyAfter(SentenceContext s, int condition)
    {
        var end = s.ClauseEnd(condition);
        if (!s.ClauseHas(condition, Cue.Goal)) return -1;
        for (var j = end; j < s.T.Count && j <= end + 2 && s.T[j].Clause == s.T[end].Clause; j++)
        {
            var w = s.T[j].Word;
            // "…, flyttas de outnyttjade medlen till höstlovet": a Swedish passive opening the clause; "…, syynä on todennäköisesti …": the cause explained.
            if (j <= end + 1 && w is "esittää" or "ehdottaa" or "föreslår" or "proposes") return j; // "Jos … jää toteutumatta, toimiala esittää ensi vuodelle lisäopetusta"
            if (j == end && w is "övervägs" or "utreds" or "prövas" or "harkitaan" or "selvitetään") return j; // "Blir besöksmålet … inte nått, övervägs kortare öppettider nästa säsong"
            if (j == end && !s.SentenceHas(Cue.Already) && (w.Length > 5 && w.EndsWith("as", StringComparison.Ordinal) && j + 1 < s.T.Count && s.T[j + 1].Word is "de" or "den" or "det" or "dessa" || w is "syynä" or "orsaken" || w == "the" && j + 1 < s.T.Count && s.T[j + 1].Word == "reason")) return j;
            if (s.T[j].Cues == Cue.None && w.Length > 7 && (w.EndsWith("daan", StringComparison.Ordinal) || w.EndsWith("dään", StringComparison.Ordinal)
                || w.EndsWith("taan", StringComparison.Ordinal) || w.EndsWith("tään", StringComparison.Ordinal))) return j;
        }
        return -1;
    }

    /// <summary>
    /// "Sedan juni har samtliga bibliotek meröppet, vilket var årets mål", "…, mikä oli vuoden tavoite", "…, kuten tavoitteena
    /// oli", "så som målet angav": the clause before is the goal, said to hold; done when said in the past or perfect or at year
    /// end, else on course.
    /// </summary>
    private static void WhichWasTheGoal(SentenceContext s, ref StatusResolver found)
    {
        for (var c = 1; c < s.T.Count - 2; c++)
        {
            if (AsTheGoalSaid(s, c) is var said and >= 0)
            {
                // "lajitteluaste on kaikissa toimipisteissä vähintään 70 prosenttia, kuten tavoitteena oli", "så som målet angav".
                if (s.Negator(c - 1) >= 0 || s.Hedge >= 0 || s.Conditional >= 0 || s.HasRealiseVerb) return;
                found.Add(Make(s, Tense.IsYearEnd(s, c) || Tense.IsPast(s, c - 1) ? Rules.VerdictAchieved : Rules.VerdictOnTrack, true, c, said));
                return;
            }
            if (s.T[c].Word is not ("vilket" or "mikä" or "which") || s.ClauseStart(c) != c || s.T[c + 1].Word is not ("var" or "är" or "oli" or "on" or "was" or "is")) continue;
            if (s.FindWord(c + 2, Math.Min(s.T.Count, c + 5), w => Lexicon.IsGoalWord(w) || w is "mål" or "målet" or "target" or "goal" or "tavoite") is not (var goal and >= 0)
                || s.FindWord(c + 2, goal, w => w is not ("årets" or "vuoden" or "hankkeen" or "projektets" or "the" or "our" or "this" or "också" or "myös" or "also" or "även" or "juuri" or "just" or "precis" or "exactly")) >= 0
                || s.ClauseEnd(goal) != s.ClauseEnd(c) || s.Negator(c - 1) >= 0 || s.Hedge >= 0 || s.Conditional >= 0 || s.HasRealiseVerb) return;
            var future = s.HasIn(s.ClauseStart(c - 1), c, Cue.FutureAux) || s.FutureBefore(c);
            var done = !future && (Tense.IsYearEnd(s, c) || s.HasIn(s.ClauseStart(c - 1), c, Cue.Already)
                || s.FindWord(s.ClauseStart(c - 1), c, w => w is "har" or "on" or "ovat" or "has" or "have" or "sedan" or "since") >= 0);
            found.Add(Make(s, done ? Rules.VerdictAchieved : Rules.VerdictOnTrack, true, c, goal));
            return;
        }
    }

    /// <summary>"kuten tavoitteena oli", "så som målet angav", "as the target set": a last clause that says the goal asked for this; its verb's index, or -1.</summary>
    private static int AsTheGoalSaid(SentenceContext s, int c)
    {
        // "som" and "as" open relative clauses too ("de kurser som målet krävde"): only "så som" and a clause-opening "as".
        var opens = s.T[c].Word == "kuten" || s.T[c].Word == "som" && s.T[c - 1].Word is "så" or "precis" || s.T[c].Word == "as" && s.ClauseStart(c) == c;
        if (!opens || c + 2 >= s.T.Count || !s.T[c + 1].Has(Cue.Goal) && !(s.T[c + 1].Word == "the" && s.T[c + 2].Has(Cue.Goal))) return -1;
        var verb = s.T[c + 1].Word == "the" ? c + 3 : c + 2;
        return verb + 1 == s.T.Count && s.T[verb].Word is "oli" or "edellytti" or "angav" or "var" or "krävde" or "förutsatte" or "förutsätter" or "kräver" or "said" or "required" or "requires" or "set" ? verb : -1;
    }

    /// <summary>A need of more appropriation, denied: "ei määrärahan lisäystarvetta", "lisämäärärahan tarvetta ei ole", "inget behov av tilläggsanslag".</summary>
    private static int NoExtraFundingNeeded(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
        {
            var w = s.T[j].Word;
            var need = w.StartsWith("lisäystarve", StringComparison.Ordinal) && j > 0 && s.T[j - 1].Word.StartsWith("määrärah", StringComparison.Ordinal)
                || w.StartsWith("tarve", StringComparison.Ordinal) && j > 0 && s.T[j - 1].Word.StartsWith("lisämäärära", StringComparison.Ordinal)
                || w.StartsWith("tilläggsanslag", StringComparison.Ordinal) && j >= 2 && s.T[j - 1].Word == "av" && s.T[j - 2].Word == "behov";
            // Not "lisämäärärahan tarve ei ole vielä tiedossa" nor "… tarvetta ei vielä pystytä arvioimaan": unknown, not denied.
            if (need && !s.SentenceHas(Cue.Assess | Cue.Yet) && s.FindWord(j, s.ClauseEnd(j), v => v is "tiedossa" or "selvillä") < 0
                && (s.Negator(j) >= 0 || s.FindWord(s.ClauseStart(j), j, v => v is "inget" or "no") >= 0)) return j;
        }
        return -1;
    }

    /// <summary>
    /// An extra appropriation and a verb of deciding it in one clause, with no goal named and no condition; or a sum granted
    /// for the work ("Vi har sökt och beviljats 350 000 kronor för ett LONA-projekt") with no verdict: the word's index, or -1.
    /// </summary>
    private static int ExtraFundingDecision(SentenceContext s)
    {
        if (s.Conditional >= 0) return -1;
        var grant = s.FindWord(0, s.T.Count - 1, w => w is "beviljats" or "beviljades" or "myönnettiin" or "myönnetty");
        if (grant >= 0 && GrantedSum(s, grant) && !s.HasRealiseVerb && s.Negator(grant) < 0) return grant;
        if (s.HasGoal) return -1;
        var funding = s.FindWord(0, s.T.Count, w => w.StartsWith("lisämäärära", StringComparison.Ordinal) || w.StartsWith("tilläggsanslag", StringComparison.Ordinal)
            || w.StartsWith("tilläggsbudget", StringComparison.Ordinal));
        // "haettua lisämäärärahaa ei myönnetty": refused is an answer.
        if (funding < 0 || s.HasIn(0, s.ClauseEnd(funding), Cue.Negator)) return -1;
        return s.FindWord(0, s.T.Count, d => d.StartsWith("myönne", StringComparison.Ordinal) || d is "esitetään" or "ehdotetaan" or "ställning" or "beviljas" or "beviljades" or "föreslås") >= 0
            ? funding : -1;
    }

    /// <summary>"beviljats 350 000 kronor för": a sum of money right after the grant at i, given for something.</summary>
    private static bool GrantedSum(SentenceContext s, int i)
    {
        foreach (var (at, _) in FigureRules.Figures(s))
            if (at > i && at <= i + 2 && !double.IsNaN(FigureRules.MoneyAt(s, at))) return true;
        return false;
    }

    /// <summary>"mutta ei", "men inte", "but not" right before token i: the contrast's index, or -1.</summary>
    private static int ButNotBefore(SentenceContext s, int i) =>
        i >= 2 && s.T[i - 1].Has(Cue.Negator) && s.T[i - 2].Word is "mutta" or "men" or "but" ? i - 2 : -1;

    /// <summary>"ehdotamme", "föreslår vi", "we propose" in the clause after token i's: the index, or -1.</summary>
    private static int ProposalAfter(SentenceContext s, int i)
    {
        // Not "Om salen stängs når vi inte målet, och vi föreslår …": the verdict is what the condition governs.
        // "Jos … tavoitetta tarkistetaan …, uusi tavoitetaso viedään lautakunnan päätettäväksi": a goal revised is no goal missed.
        var next = s.ClauseEnd(i);
        // "Ifall Tölö bibliotek måste stängas för fuktsanering hålls sagostunderna i Berghäll": with no comma, the plan B after its condition.
        if (next >= s.T.Count && s.T[s.ClauseStart(i)].Word is "om" or "ifall" or "jos" or "mikäli" or "if" && !s.HasIn(i, next, Cue.Realise | Cue.Goal))
            return s.FindWord(i + 2, s.T.Count, w => IsRearranged(w) || w is "hålls" or "pidetään" or "held");
        if (next >= s.T.Count || s.HasIn(i, next, Cue.Realise)) return -1;
        // "Mikäli lautakunta hyväksyy hankesuunnitelman, alkaa yksityiskohtaisempi toteutussuunnittelu": a plan approved opens the next step of planning.
        var approved = s.FindWord(i, next, w => w.StartsWith("hyväksy", StringComparison.Ordinal) || w.StartsWith("godkän", StringComparison.Ordinal)) >= 0;
        if (approved && s.FindWord(next, s.ClauseEnd(next), IsPlanningStep) is var step and >= 0) return step;
        if (s.HasIn(i, next, Cue.Goal) && s.FindWord(i, next, IsRevising) < 0) return -1;
        return s.FindWord(next, s.ClauseEnd(next), w => IsProposing(w) || IsRearranged(w));
    }

    /// <summary>"toteutussuunnittelu", "hankesuunnittelun", "upphandla", "systemhandlingar": a step of planning or procurement before the work.</summary>
    private static bool IsPlanningStep(string w) =>
        w.Contains("suunnittelu", StringComparison.Ordinal) || w.StartsWith("upphandl", StringComparison.Ordinal) || w.StartsWith("systemhandling", StringComparison.Ordinal) || w.StartsWith("projekter", StringComparison.Ordinal);

    /// <summary>"flyttas språkcaféerna till …", "räknas lektionerna i stället från …", "mäts besöken därefter med …": a plan B arranged, no assessment.</summary>
    private static bool IsRearranged(string w) =>
        w is "flyttas" or "förs" or "räknas" or "mäts" or "bokförs" or "siirretään" or "siirtyvät" or "lasketaan" or "mitataan" or "moved" or "counted" or "measured"
            or "byts" or "ersätts" or "vaihdetaan" or "korvataan" or "replaced"; // "byts nyckeltalet för utlåning ut mot antalet besök": the measure changed

    private static bool IsRevising(string w) =>
        w.StartsWith("tarkiste", StringComparison.Ordinal) || w.StartsWith("muutet", StringComparison.Ordinal) || w.StartsWith("revider", StringComparison.Ordinal) || w.StartsWith("justera", StringComparison.Ordinal)
        || w is "revised" or "changed" or "adjusted";

    /// <summary>"ehdotamme", "on esittänyt", "föreslår", "we propose", "proposed", "päätettäväksi": a proposal, whose content is not yet decided.</summary>
    private static bool IsProposing(string w) =>
        w.StartsWith("esittäny", StringComparison.Ordinal) || w is "ehdotamme" or "esitämme" or "ehdotetaan" or "esittää" or "esitti" or "esittävät" or "ehdottaa" or "ehdotti" or "ehdottanut"
        or "föreslår" or "föreslås" or "föreslagit" or "föreslog" or "propose" or "proposes" or "proposed" or "suggest"
        or "päätettäväksi" or "käsiteltäväksi" // "viedään lautakunnan päätettäväksi": put to the committee to decide
        or "ersätts" or "korvataan" or "replaced"; // "Ifall biblioteket måste hålla stängt, ersätts nyckeltalet med …": the indicator replaced

    private static bool IsRecommend(string w) =>
        w.StartsWith("suosittel", StringComparison.Ordinal) || w.StartsWith("rekommend", StringComparison.Ordinal) || w.StartsWith("recommend", StringComparison.Ordinal);

    private static bool IsDuty(string w) => w is "tulee" or "tulisi" or "pitää" or "täytyy" or "ska" or "skall" or "måste" or "bör" or "must" or "should" or "shall";

    /// <summary>What a duty asks to be done ("tulee hakea lisämäärärahaa", "must be told"), or a report made ("beskriver vi").</summary>
    private static bool IsProcedure(string w) =>
        IsReported(w) || w is "hakea" or "tehdä" or "laatia" or "raportoida" or "ilmoittaa" or "kuvata" or "esittää" or "beskriva" or "suunnata" or "varata" or "osoittaa" or "avsätta"
            or "redovisa" or "rapportera" or "redogöra" or "selvittää" or "söka" or "report" or "describe" or "explain" or "apply" or "told" or "informed";

    private static bool IsReported(string w) =>
        w is "raportoidaan" or "kuvataan" or "beskriver" or "käydään" or "käsitellään" or "selvitetään" or "katetaan" or "täcks" or "gås" or "analyseras" or "redovisas" or "rapporteras"
            or "reviewed" or "analysed" or "analyzed" or "reported";

    /// <summary>"raportointi", "rapporteringen", "reporting": how the goals are reported, not how they go.</summary>
    private static bool IsReporting(string w) =>
        w.StartsWith("raportoin", StringComparison.Ordinal) || w.StartsWith("rapporter", StringComparison.Ordinal) || w.StartsWith("reporting", StringComparison.Ordinal);

    private static bool IsSchedule(string w) =>
        w.StartsWith("tidsplan", StringComparison.Ordinal) || w.StartsWith("tidplan", StringComparison.Ordinal) || w.StartsWith("tidtabell", StringComparison.Ordinal) || w.StartsWith("aikataulu", StringComparison.Ordinal)
        || w is "schemat" or "schedule" or "timetable";

    /// <summary>"on koottu", "ovat valmistuneet", "har öppnats": a perfect, whose "on" is no copula.</summary>
    private static bool ParticipleAfter(SentenceContext s, int i) =>
        s.FindWord(i + 1, s.ClauseEnd(i), w => w.Length > 4 && (w.EndsWith("tu", StringComparison.Ordinal) || w.EndsWith("ty", StringComparison.Ordinal) || w.EndsWith("nut", StringComparison.Ordinal)
            || w.EndsWith("nyt", StringComparison.Ordinal) || w.EndsWith("neet", StringComparison.Ordinal) || w.EndsWith("ats", StringComparison.Ordinal) || w.EndsWith("its", StringComparison.Ordinal)
            || w.EndsWith("ed", StringComparison.Ordinal))) >= 0;

    /// <summary>"Tavoitteena on saada viisi kymmenestä kirjastosta mukaan, ja nyt mukana on seitsemän kymmenestä": a share set as the goal in a clause before token i's.</summary>
    private static bool TargetShareBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < s.ClauseStart(i); j = s.ClauseEnd(j))
            if (s.ClauseHas(j, Cue.Goal) && ProportionRules.CountOutOfAny(s, s.ClauseStart(j), s.ClauseEnd(j)) >= 0) return true;
        return false;
    }

    /// <summary>"…, ja loput liitetään marraskuussa": a month or a later time in a clause after token i's, for the rest.</summary>
    private static bool RestLater(SentenceContext s, int i)
    {
        for (var j = s.ClauseEnd(i); j < s.T.Count; j = s.ClauseEnd(j))
            if (MonthIn(s, j) || s.ClauseHas(j, Cue.LaterTime)) return true;
        return false;
    }

    /// <summary>
    /// A schedule (also last in a compound, "tavoiteaikatauluja") up to three words before token i, a verb of changing it:
    /// "aikataulua on muutettu", "tavoiteaikatauluja on korjattu", "tidsplanen har reviderats"; "tarkistaa" and "päivittää" (also
    /// just "check", "update") only when it had to be done ("aikataulua on jouduttu tarkistamaan"). Not "muutettu aikataulun
    /// mukaisesti", changed as scheduled. The schedule's index, or -1.
    /// </summary>
    private static int ScheduleRevised(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        var had = w is "tarkistettu" or "tarkistettiin" or "tarkistamaan" or "päivitetty" or "päivitettiin" or "päivittämään";
        if (!had && w is not ("korjattu" or "korjattiin" or "muutettu" or "muutettiin" or "reviderats" or "reviderades" or "reviderad" or "ändrats"
                or "ändrades" or "justerats" or "justerades" or "revised" or "changed")) return -1;
        if (s.Negator(i) >= 0 || s.ClauseHas(i, Cue.OnTrack) || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), x => x is "mukaisesti" or "enligt") >= 0) return -1;
        if (had && s.FindWord(s.ClauseStart(i), i, x => x.StartsWith("joud", StringComparison.Ordinal) || x is "fått" or "måst" or "had") < 0) return -1;
        return s.FindWord(Math.Max(s.ClauseStart(i), i - 3), i, x => IsSchedule(x) || x.Contains("aikataulu", StringComparison.Ordinal) || x.Contains("tidsplan", StringComparison.Ordinal));
    }

    /// <summary>"ytterligare flera dagar", "lisää viikkoja", "a few more weeks": more time, within four words after token i; its unit, or -1.</summary>
    private static int MoreTimeAfter(SentenceContext s, int i)
    {
        var more = s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), w => w is "ytterligare" or "lisää" or "lisäaikaa" or "more" or "extra" or "additional");
        return more < 0 ? -1 : s.FindWord(more, Math.Min(s.T.Count, more + 3), w => w is "dagar" or "veckor" or "månader" or "päivää" or "viikkoa" or "kuukautta"
            or "viikkoja" or "kuukausia" or "days" or "weeks" or "months" or "lisäaikaa");
    }

    private static bool IsFaster(string w) => w is "fortare" or "snabbare" or "nopeammin" or "faster" or "quicker" or "sooner";

    private static bool IsPlanned(string w) =>
        w.StartsWith("planer", StringComparison.Ordinal) || w.StartsWith("suunnitel", StringComparison.Ordinal) || w.StartsWith("beräkn", StringComparison.Ordinal)
        || w.StartsWith("arvioi", StringComparison.Ordinal) || w.StartsWith("ennakoi", StringComparison.Ordinal) || w is "planned" or "expected" or "scheduled" or "väntat" or "förväntat";

    /// <summary>A denied "says something about the goal" ("inte säger något om målet", "utan underlag för att säga något om målet", "ei kerro mitään tavoitteesta", "says nothing about the target"): the goal word, or -1.</summary>
    private static int SaysNothingOfTheGoal(SentenceContext s, int i)
    {
        var denied = s.Negator(i) >= 0 || s.FindWord(s.ClauseStart(i), i, w => w is "underlag" or "grund" or "pohjaa" or "tietoa" or "data" or "basis" or "evidence") is var basis and > 0
                && s.T[basis - 1].Word is "utan" or "ilman" or "without" // "utan underlag för att säga", not "Ilman lisärahoitusta voidaan kertoa"
            || s.FindWord(i + 1, s.ClauseEnd(i), w => w is "nothing" or "mitään") >= 0;
        return denied ? s.ClauseFind(i, Cue.Goal) is var goal and > 0 && goal > i ? goal : -1 : -1;
    }

    /// <summary>"vähemmän kuin (toimintasuunnitelmassa oli) päätetty", "färre än planerat", "fewer than planned": the plan's word after the "than", or -1.</summary>
    private static int FewerThanPlanned(SentenceContext s, int i)
    {
        // "vähemmän kävijöitä kuin suunniteltiin": the "than" right after, or after the noun counted.
        var than = s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), w => w is "kuin" or "än" or "than"); // "kuin" opens a clause of its own
        if (than < 0) return -1;
        return s.FindWord(than + 1, Math.Min(s.T.Count, than + 5), w => IsPlanned(w) || w.Contains("suunnitel", StringComparison.Ordinal) // "toimintasuunnitelmassa"
            || w is "päätetty" or "päätettiin" or "sovittu" or "sovittiin" or "tavoiteltiin" or "budjetoitu" or "budgeterat" or "tänkt" or "målsatt" or "intended" or "agreed");
    }

    private static bool IsNeed(string w) => w is "pitää" or "täytyy" or "tarvitsee" or "behöver" or "måste" or "needs" or "need" or "must";

    /// <summary>A verb of improving within three words after token i in its clause ("pitää edelleen tehostaa", "needs to improve"), or -1.</summary>
    private static int ImprovementAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
        {
            var w = s.T[j].Word;
            if (w is "tehostaa" or "parantaa" or "kehittää" or "nopeuttaa" or "vahvistaa" or "lisätä" or "improve" or "increase" or "strengthen" or "accelerate"
                || w.StartsWith("förbättra", StringComparison.Ordinal) || w.StartsWith("effektivisera", StringComparison.Ordinal) || w.StartsWith("stärka", StringComparison.Ordinal)
                || w.StartsWith("öka", StringComparison.Ordinal) || w.StartsWith("skärpa", StringComparison.Ordinal)) return j;
        }
        return -1;
    }

    /// <summary>"tehtävää on vielä paljon", "paljon työtä jäljellä", "mycket arbete kvar", "a lot of work remains": much still to do.</summary>
    private static bool WorkLeft(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
            if (s.T[j].Word is "tehtävää" or "työtä" or "jäljellä" or "kvar" or "återstår" or "remains" or "remaining" or "left") return true;
        return false;
    }

    /// <summary>"onnistunut leikkaamaan", "lyckats minska", "succeeded in cutting": managed to do something that is no verb of realisation.</summary>
    private static bool ManagedSomethingElse(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        if (!(w.StartsWith("onnistu", StringComparison.Ordinal) || w.StartsWith("lycka", StringComparison.Ordinal) || w is "succeeded" or "managed")) return false;
        var next = i + 1 < s.T.Count && s.T[i + 1].Word is "att" or "in" or "to" ? i + 2 : i + 1;
        if (next >= s.T.Count || s.T[next].Clause != s.T[i].Clause || s.T[next].Has(Cue.Realise) || s.ClauseHas(i, Cue.Goal)) return false;
        var v = s.T[next].Word;
        return v.EndsWith("maan", StringComparison.Ordinal) || v.EndsWith("mään", StringComparison.Ordinal) || next == i + 2;
    }

    /// <summary>"av uppdragen", "of the tasks": a partitive of something other than the goal between start and end.</summary>
    private static bool OfASet(SentenceContext s, int start, int end)
    {
        for (var j = start; j + 1 < end; j++)
            if (s.T[j].Word is "av" or "of" && !s.T[j + 1].Has(Cue.Goal) && !char.IsAsciiDigit(s.T[j + 1].Word[0])) return true;
        return false;
    }

    /// <summary>"2/5": a whole count, a slash and a larger whole count up to 100 (not a round "1/2020" or a score "4,3/5"); the second, or -1.</summary>
    private static int CountSlashCount(SentenceContext s, int i)
    {
        var t = s.T;
        if (i + 1 >= t.Count || t[i].End >= s.Text.Length || s.Text[t[i].End] != '/' || t[i + 1].Start != t[i].End + 1) return -1;
        if (!int.TryParse(t[i].Word, out var part) || !int.TryParse(t[i + 1].Word, out var whole) || t[i + 1].Has(Cue.Year)) return -1;
        return part < whole && whole <= 100 ? i + 1 : -1;
    }

    /// <summary>
    /// "myöhemmin kuin suunniteltiin", "suunniteltua myöhemmin", "senare än vad som ursprungligen meddelats": later than
    /// planned or announced, after token i ("senare", "myöhemmin", "later"); the plan word's index, or -1.
    /// </summary>
    private static int LaterThanPlanned(SentenceContext s, int i)
    {
        var t = s.T;
        if (t[i].Word is not ("senare" or "myöhemmin" or "later")) return -1;
        if (i > 0 && t[i - 1].Word is "suunniteltua" or "arvioitua" or "aiottua" or "ennakoitua" or "luvattua" or "odotettua" && s.Negator(i) < 0) return i - 1;
        if (s.FindWord(i + 1, Math.Min(t.Count, i + 3), w => w is "än" or "kuin" or "than") is not (var than and >= 0)) return -1;
        for (var j = than + 1; j < t.Count && j <= than + 5 && t[j].Clause == t[than].Clause; j++)
            if (IsPlanned(t[j].Word) || t[j].Word is "tänkt" or "aiottu" or "intended" or "expected" or "meddelats" or "meddelat" or "aviserats" or "utlovat" or "utlovats" or "announced" or "promised"
                || t[j].Word.StartsWith("ilmoitet", StringComparison.Ordinal) || t[j].Word.StartsWith("luvat", StringComparison.Ordinal) || IsSchedule(t[j].Word)) return j; // "senare än i den ursprungliga tidplanen"
        return -1;
    }

    internal static bool MonthIn(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
        {
            var w = s.T[j].Word;
            if (w == "månad" || Lexicon.InMonth(w)) return true;
        }
        return false;
    }

    private static bool PlanAfter(SentenceContext s, int i) =>
        i + 1 < s.T.Count && (s.T[i + 1].Word.StartsWith("periodiser", StringComparison.Ordinal) || s.T[i + 1].Word.StartsWith("plan", StringComparison.Ordinal)
            || s.T[i + 1].Word.StartsWith("tidsplan", StringComparison.Ordinal) || s.T[i + 1].Has(Cue.Goal));

    /// <summary>
    /// "skulle behöva byggas ut dubbelt så snabbt som i dag", "pitäisi edetä nopeammin", "would need to go twice as fast": the pace
    /// now is too slow for the goal. The faster word's index after a need verb at i in its clause, or -1.
    /// </summary>
    private static int NeedsToGoFaster(SentenceContext s, int i) =>
        s.T[i].Word is "behöva" or "behöver" or "pitäisi" or "tarvitsisi" or "need" or "needs" && s.Negator(i) < 0
            ? s.FindWord(i + 1, s.ClauseEnd(i), w => w is "snabbare" or "snabbt" or "nopeammin" or "nopeammaksi" or "faster" or "quicker") : -1;

    /// <summary>
    /// "hyväksyi … tavoitekustannusten noston 1,25 milj. eurolla", "beslutade att utöka investeringsbudgeten med 45 miljoner": a
    /// body raising a budget or cost ceiling decides money, not whether a goal is met. The raise's index after the decision at i, or -1.
    /// </summary>
    private static int RaiseApproved(SentenceContext s, int i) =>
        s.T[i].Word is "hyväksyi" or "päätti" or "beslutade" or "beslöt" or "approved" && s.Negator(i) < 0 && s.SentenceHas(Cue.Cost)
            ? s.FindWord(i + 1, Math.Min(s.T.Count, i + 8), w => w is "noston" or "korotuksen" or "utöka" or "höja" or "increase" or "raise") : -1;

    /// <summary>
    /// "Kunnanvaltuusto hyväksyi vuoden 2023 talousarvion", "kunnanhallitus esittää valtuustolle ensi vuodelle … talousarviota",
    /// "Stadsfullmäktige har godkänt budgeten för år 2024": a budget adopted or proposed at token i, a plan with nothing yet to
    /// assess (not an amendment during the year, "lisätalousarvio", "budgetändring"); the budget word's index, or -1.
    /// </summary>
    internal static int AdoptsBudget(SentenceContext s, int i) =>
        s.T[i].Word is "hyväksyi" or "hyväksyttiin" or "hyväksynyt" or "esittää" or "esitti" or "esittänyt" or "ehdottaa" or "godkänt" or "godkände" or "godkändes"
            or "fastställde" or "fastställt" or "antog" or "antagit" or "föreslår" or "adopted" or "approved" or "proposes"
        && s.Negator(i) < 0 && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "ifjol" or "fjol" or "viime" or "last") < 0 // not "godkände ifjol en budget för 2018": this year's, background
        && s.FindWord(Math.Max(s.ClauseStart(i), i - 5), Math.Min(s.ClauseEnd(i), i + 8), w => (w.StartsWith("talousarvio", StringComparison.Ordinal) || w.StartsWith("budjet", StringComparison.Ordinal) || w.StartsWith("budget", StringComparison.Ordinal))
            && !w.Contains("muuto", StringComparison.Ordinal) && !w.Contains("ändring", StringComparison.Ordinal)) is var budget and >= 0
        && s.FindWord(0, s.T.Count, w => w.StartsWith("lisätalousarvio", StringComparison.Ordinal) || w.StartsWith("tilläggsbudget", StringComparison.Ordinal) || w.StartsWith("muutos", StringComparison.Ordinal)
            || w.StartsWith("toteutu", StringComparison.Ordinal) || w.StartsWith("utfall", StringComparison.Ordinal)) < 0
        && s.FindWord(Math.Min(i, budget), Math.Max(i, budget), w => w is "att" or "että" or "jotta" or "that" or "to") < 0 // the budget is what is adopted, not "föreslår att … överförs till årets budget"
            ? budget : -1;

    private static bool IsSlow(string w) => w.StartsWith("hida", StringComparison.Ordinal) || w is "hitaasti" or "långsam" or "långsamt" or "slow" or "slowly";

    /// <summary>"kilpailutuksessa", "suunnitteluvaiheessa", "planeringsstadiet", "the planning stage": a stage before the work.</summary>
    private static bool IsEarlyStage(string w) =>
        w is "kilpailutuksessa" or "tarjouskilpailussa" or "suunnittelussa" or "valmistelussa" or "alussa" or "planning" or "planeringsstadiet" or "planeringsfasen" or "upphandlingsfasen"
        || w.EndsWith("vaiheessa", StringComparison.Ordinal) || w.EndsWith("stadiet", StringComparison.Ordinal);

    /// <summary>Next year's words ("next summer", "ensi vuonna") within four words after token i in its clause: the last of them, or -1.</summary>
    private static int NextYearAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && (j <= i + 4 && s.T[j].Clause == s.T[i].Clause || j <= i + 6 && DateAfterComma(s, i, j)); j++)
            if (s.T[j].Has(Cue.NextYear)) return Tense.NextYearPhraseEnd(s, j);
            else if (s.T[j].Has(Cue.Year) && s.IsLaterYear(j) && !DataLater(s)) return j; // "kan tidigast invigas 2019", "tapahtuu vasta maaliskuussa 2021"
        return -1;
    }

    /// <summary>"monteras först efter badsäsongen, i september 2068": the next clause only a date that says when.</summary>
    private static bool DateAfterComma(SentenceContext s, int i, int j) =>
        s.T[j].Clause == s.T[i].Clause + 1 && s.ClauseStart(j) is var at && (s.T[at].Word is "i" or "in" or "eli" or "dvs" or "eller" || Lexicon.Month(s.T[at].Word) > 0)
        && s.ClauseEnd(j) - at <= 4;

    /// <summary>"tulokset julkaistaan vasta keväällä 2023", "värdena blir tillgängliga först 2020": the figures come later, not the work.</summary>
    private static bool DataLater(SentenceContext s) =>
        s.FindWord(0, s.T.Count, w => w.StartsWith("tulok", StringComparison.Ordinal) || w.StartsWith("tillgänglig", StringComparison.Ordinal)
            || w.StartsWith("värden", StringComparison.Ordinal) || w.StartsWith("tilasto", StringComparison.Ordinal) || w.StartsWith("statisti", StringComparison.Ordinal)
            || w is "mitataan" or "mätas" or "measured" || w.StartsWith("kysely", StringComparison.Ordinal) || w.StartsWith("enkät", StringComparison.Ordinal)) >= 0; // "mitataan vasta seuraavassa kyselyssä, helmikuussa 2068"

    /// <summary>"vasta", "först" within <paramref name="reach"/> words after token i in its clause ("arvioidaan vasta", "kantaa … otetaan vasta", "varmuus saadaan vasta"): the index, or -1.</summary>
    private static int OnlyLaterAfter(SentenceContext s, int i, int reach)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + reach && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word is "vasta" or "först") return j;
        return -1;
    }

    /// <summary>
    /// "edelleen kesken", "vielä kesken", at year end "kentät ovat kesken": still unfinished (not "kesken vuoden", in the middle
    /// of the year).
    /// </summary>
    private static bool StillUnfinished(SentenceContext s, int i)
    {
        if (Tense.IsYearEnd(s, i) && i > 0 && s.T[i - 1].Word is "on" or "ovat" or "oli" or "olivat" && (i + 1 == s.T.Count || s.T[i + 1].Clause != s.T[i].Clause) && s.Negator(i) < 0
            && !s.SentenceHas(Cue.OnTrack) && !s.HasNextYearTarget && s.FindWord(0, s.T.Count, w => w.StartsWith("monivuoti", StringComparison.Ordinal)) < 0) return true; // not a multi-year work on plan
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "edelleen" or "yhä" or "vieläkin" or "vielä") return true;
        return false;
    }

    /// <summary>
    /// "Två utställningar hann genomföras innan Covid-19 slog till", "ehdittiin järjestää kaksi ennen kuin halli suljettiin": some
    /// got done before something stopped the rest; the "before", or -1.
    /// </summary>
    private static int CutShortBy(SentenceContext s, int i)
    {
        // Not "Alla fyra konserterna hann genomföras innan sommaruppehållet": all of them, in time.
        if (i < 2 || s.T[i - 1].Word is not ("hann" or "hanns" or "ehti" or "ehtivät" or "ehdittiin") || s.Negator(i) >= 0 || s.SentenceHas(Cue.Whole)) return -1;
        for (var j = 0; j < i - 1; j++)
            if (ProportionRules.IsCount(s, j)) return s.FindWord(i + 1, Math.Min(s.T.Count, s.ClauseEnd(i) + 2), w => w is "innan" or "ennen" or "before");
        return -1; // no count before it: nothing says only some
    }

    private static void Realise(SentenceContext s, int i, ref StatusResolver found)
    {
        var tok = s.T[i];
        // "laajennushanke on saavuttanut harjakorkeutensa": a building topped out has reached a stage of the work, not its goal.
        if (s.StartsWork(i) || i + 1 < s.T.Count && (s.T[i + 1].Word.StartsWith("harjakorkeu", StringComparison.Ordinal) || s.T[i + 1].Word.StartsWith("taknock", StringComparison.Ordinal)))
        {
            found.Add(Make(s, Rules.Progress, false, i, i + 1));
            return;
        }
        if (tok.Form == VerbForm.Noun)
        {
            RealiseNoun(s, i, ref found);
            return;
        }
        // "the reach of digital youth work", "Optimaalista olisi, että … saavutettaisiin talouden tasapaino": a noun, a wish.
        // "whose records reach us at the end of the year": what arrives, not a goal reached.
        if (tok.Word == "reach" && i > 0 && s.T[i - 1].Word is "the" or "its" or "their" || tok.Word.EndsWith("ttaisiin", StringComparison.Ordinal)
            || tok.Word.StartsWith("reach", StringComparison.Ordinal) && i + 1 < s.T.Count && s.T[i + 1].Word is "us" or "me" or "you" or "them") return;
        if (SizeAfter(s, i) is var (comparative, larger) && comparative > i)
        {
            // "Verotulot toteutuivat 0,3 milj euroa pienempinä": income or costs came in smaller or larger, which says better or worse.
            var (costs, income) = BudgetRules.Measured(s);
            // "Odotusajat toteutuivat 3 päivää tavoitetta pidempinä": longer where shorter is better is worse.
            var betterOrWorse = s.T[comparative].Word.StartsWith("parem", StringComparison.Ordinal) || s.T[comparative].Word.StartsWith("heikom", StringComparison.Ordinal);
            var lowerIsBetter = !betterOrWorse && TrendRules.LowerIsBetter(s, i);
            var judged = betterOrWorse || lowerIsBetter;
            var better = betterOrWorse ? larger : lowerIsBetter ? !larger : larger == income;
            if (lowerIsBetter && costs == income)
            {
                var yearEnd = Tense.IsYearEnd(s, i);
                found.Add(Make(s, better ? (yearEnd ? Rules.FigureReached : Rules.FigureForecastReached) : yearEnd ? Rules.FigureShortfall : Rules.RiskBelowTarget, true, i, comparative));
                return;
            }
            if (judged || costs != income)
            {
                found.Add(Make(s, better ? (Tense.IsYearEnd(s, i) ? Rules.BudgetBetter : Rules.BudgetBetterSoFar)
                    : s.SentenceHas(Cue.Interim) || FigureRules.MonthsCounted(s) is > 0 and < 12 ? Rules.BudgetWorseSoFar : Rules.BudgetWorse, true, i, comparative)); // "Tammi-kesäkuun … heikompina": so far
                return;
            }
        }
        // "Alkuperäisen investoinnin toteutuneet kustannukset ovat 145 795 €": the actual costs, an attribute, no verdict.
        if (i + 1 < s.T.Count && s.T[i + 1].Clause == tok.Clause && Lexicon.IsCostNoun(s.T[i + 1].Word) || RealisedAgainstEstimate(s, i) || SumRealised(s, i)) return;
        // "Palvelujen tuottaminen on toteutunut ennakoitua laajempana": a size against the estimate, no verdict on a goal.
        if (!s.HasGoal && s.FindWord(i + 1, s.ClauseEnd(i), BudgetRules.IsExpectation) is var estimate and >= 0 && estimate + 1 < s.ClauseEnd(i)
            && s.T[estimate + 1].Word is var size && (size.EndsWith("mpana", StringComparison.Ordinal) || size.EndsWith("mpänä", StringComparison.Ordinal)))
            return;
        if (ManagedSomethingElse(s, i) && !Tense.IsYearEnd(s, i) && s.Negator(i) < 0)
        {
            // "Lahti, joka on onnistunut leikkaamaan päästöjään lähes 70 prosentilla": during the year, a step done, not the goal.
            found.Add(Make(s, Rules.Progress, false, i, i + 1));
            return;
        }
        // "verifiera om målet uppnåtts", "assess whether the target was met": the verb is asked about, not stated; so is one
        // in a clause of reasons, manner or situations ("perusteet, miksi tavoitteita ei ole saavutettu", "inverkan på hur målen
        // uppnåddes", "tilanteisiin, jossa tavoite ei toteudu").
        if (s.Asked >= 0 && s.Asked < i || s.T[s.ClauseStart(i)].Word is "miksi" or "why" or "jossa" or "joissa" or "jolloin" || MannerBefore(s, i)) return;
        // "Målet var att besöken skulle nå 2 000", "tavoitteena oli, että …": the goal set out, not a verdict on it.
        if (OutcomeRules.GoalDefinedBefore(s, i) && s.T[i].Form != VerbForm.Past) return;
        // At year end "besöken skulle nå 2 400": the figure that was to be reached, not a verdict (but "det stod klart att målet skulle nås" is one).
        if (s.Round == RoundKind.Outcome && i > 0 && s.T[i - 1].Word == "skulle" && s.Negator(i) < 0 && i + 1 < s.T.Count && char.IsAsciiDigit(s.T[i + 1].Word[0])) return;
        // "vi klarar för det mesta av att uppfylla platsgarantin": an infinitive after another verb of realisation is its object.
        if (i > 0 && s.T[i - 1].Word is "att" or "to" && RealiseVerbBefore(s, i)) return;
        // "Målet har inte kunnat mätas eftersom enkäten inte genomfördes": a work's fate given as the reason is not the verdict.
        if (IsReason(s, i)) return;
        // "Viime vuonna tavoite jäi niukasti saavuttamatta, mutta tänä vuonna …": last year's verdict; "Keväällä arvioitiin, että
        // tavoite saavutetaan, mutta …": an old assessment the sentence goes on to overturn.
        if (AboutAnotherYear(s, i) || OldAssessment(s, i)) return;
        // "ei toteutunut, vaikka tilinpäätöksessä se oli merkitty toteutuneeksi": what a concession grants is not the verdict.
        // A concession that is the only verdict ("Vaikka päästövähennykset toteutuivat tavoitteiden mukaisesti, oli tahti loivempaa") grants it.
        if (s.IsConceded(i) && s.T[s.ClauseStart(i)].Word is "vaikka" or "vaikkakin" or "although" or "though" or "fastän" && VerdictOutsideClause(s, i)) return;
        // "för att nå det budgeterade överskottet", "i stället för att nå", "jotta tavoite saavutetaan": a purpose, not a verdict.
        // "osa vaikutuksista toteutuu palvelutarpeen mukaan": effects that come about are no verdict on the goal.
        if (IsQuestion(s, i) || GoalStatedBefore(s, i) || DescribesGoals(s, i) || s.ClauseHas(i, Cue.Effect) && !s.ClauseHas(i, Cue.Goal)) return; // "Når vi målet?: Målet kan inte nås till 2040"
        if (TooToBefore(s, i) is var too and >= 0)
        {
            // "takten är för långsam för att nå målet", "too slow to meet the target": not enough, so a miss.
            found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, too, i));
            return;
        }
        // "Simundervisningen nådde 74 procent av eleverna mot målsatta 90 procent": a figure reached, which the figure rules weigh.
        if (i + 1 < s.T.Count && char.IsAsciiDigit(s.T[i + 1].Word[0]) && !s.HasIn(s.ClauseStart(i), i, Cue.Goal) && OtherVerdictOnGoal(s, i)) return;
        if (IsPurpose(s, i))
        {
            // "Takten i åtgärdsarbetet behöver öka för att målen ska kunna nås": what the goal still needs is a condition on it.
            if (NeedIn(s) is var need and >= 0) found.Add(Make(s, Rules.RiskConditional, false, Math.Min(need, i), Math.Max(need, i)));
            return;
        }
        if (IsCatchUp(s, i) && s.ClauseFind(i, Cue.Delay) is var delay and >= 0 && s.Negator(i) < 0)
        {
            // "förseningen har tagits igen": a delay caught up is back on schedule, not a verdict on the goal; after a delay told in
            // a sentence before ("… kolme viikkoa myöhässä. … myöhästyminen kurotaan kiinni syyskuussa"), it answers that delay.
            found.Add(Make(s, Rules.ProgressOnSchedule, false, Math.Min(i, delay), Math.Max(i, delay)));
            return;
        }
        // "Andelen som uppnår egenförsörjning är 36 procent": a relative clause about people, not the goal.
        if (i > 0 && s.T[i - 1].Word is "som" or "who" && !s.ClauseHas(i, Cue.Goal)) return;
        // "Jämfört med resultat från år 2011, då den första undersökningen genomfördes, …": what was done in the year named before.
        // Not "…, då målet om att halvera utsläppen uppnåddes": the goal named there is what was done.
        if (s.ClauseStart(i) is var start and > 0 && s.T[start].Word is "då" or "jolloin" or "when" && s.T[start - 1].Has(Cue.Year) && !s.ClauseHas(i, Cue.Goal)) return;
        // "toteutuneiksi ilmoitetuista tavoitteista kaksi ei toteutunut": a translative before a participle describes the goals counted.
        if (tok.Word.EndsWith("ksi", StringComparison.Ordinal) && i + 1 < s.T.Count && s.T[i + 1].Word is var next
            && (next.EndsWith("uista", StringComparison.Ordinal) || next.EndsWith("yistä", StringComparison.Ordinal))) return;
        var neg = s.Negator(i);
        if (neg < 0) neg = s.NoneOf(i);
        if (neg < 0 && i >= 2 && s.T[i - 1].Word is "ifrån" or "från" or "from" && s.T[i - 2].Word is "långt" or "far") neg = i - 2; // "är långt ifrån uppnått"
        // "inga investeringar har kunnat genomföras": a work denied by its quantifier.
        if (neg < 0 && tok.Has(Cue.Weak) && s.ClauseFind(i, Cue.NegQuantifier) is var none and >= 0 && none < i) neg = none;
        var weak = tok.Has(Cue.Weak) && tok.Form != VerbForm.Progressive;
        var neg0 = neg >= 0 ? Math.Min(neg, i) : i;
        // A subjectless verdict ("Toteutunut 31.8.2020.", "Ei toteudu tänä vuonna.") is about the goal the cell reports on;
        // a negated one about this year ("Palvelutorit eivät toteudu vuonna 2020") is a miss whatever its subject.
        // The work the goal is made of as subject ("käyttöönotto onnistui", "uudistus ei onnistu") stands for the goal, unless only part of it.
        var implicitGoal = s.OpensSentence(neg0) || (neg >= 0 && s.HasThisYear && !s.ClauseHas(i, Cue.Assess)) || (s.ClauseHas(i, Cue.Work) && !s.ClauseHas(i, Cue.Partial))
            || ProportionRules.ShareOfTarget(s, i) >= 0 || ProportionRules.PartOfGoals(s, i)
            || OutcomeRules.IsLimitIn(s, i) // "Hoitoon pääsy ei toteudu lain sallimassa enimmäisajassa": a legal limit is the goal
            || tok.Form == VerbForm.Abessive && s.FindWord(s.ClauseStart(i), i, IsVerbalNoun) >= 0; // "laajentaminen Malmille jäänee toteutumatta": the work itself
        // "Toimintakulut toteutuivat arvioitua maltillisempina": costs that came in are a budget matter, not a verdict.
        if (weak && s.ClauseFind(i, Cue.Cost) is var cost and >= 0 && cost < i && !s.ClauseHas(i, Cue.Goal)) return;
        if (weak && neg >= 0 && MeasurementBefore(s, i) is var survey and >= 0 && !s.ClauseHas(i, Cue.Goal) && !s.ClauseHas(i, Cue.Work) && !IsReason(s, i))
        {
            // "Enkäten om föreningarnas nöjdhet genomfördes inte 2027": with no survey, there is nothing to measure the goal by.
            found.Add(Make(s, Rules.VerdictUnassessable, false, survey, Math.Max(i, neg)));
            return;
        }
        if (weak && !s.HasGoal && !s.HasFrame && !implicitGoal)
        {
            // "Etätyöskentely toteutuu", "käyttöönottaminen ei tule onnistumaan": about something else than the goal.
            if ((neg >= 0 || tok.Form == VerbForm.Abessive) && ProportionRules.CountsMetAndMissed(s, i) is var counted and >= 0)
                found.Add(Make(s, Rules.VerdictPartOfGoals, false, Math.Min(counted, i), i)); // "mittareista 9 toteutui, 2 jäi toteutumatta": some met, some not
            else if ((neg >= 0 || tok.Form == VerbForm.Abessive) && !s.ClauseHas(i, Cue.Conditional) && Tense.IsYearEnd(s, i) && !s.ClauseHas(i, Cue.Partial) && s.Modal(i) < 0 && Exception(s, i) < 0 && NotAll(s, i) < 0
                && !(neg >= 0 && s.ClauseHas(i, Cue.Fully) && s.ClauseHas(i, Cue.Yet))) // "ei silti vielä aivan päästy": not quite yet, in part (but "aivan … eivät yltäneet" fell short)
                found.Add(Make(s, Rules.VerdictUnrealised, false, Math.Max(0, Math.Min(neg < 0 ? i : neg, i)), i)); // at year end "laajentaminen jäi toteutumatta" is undone
            else if (tok.Form == VerbForm.Abessive && PlannedBefore(s, i) is var plan and >= 0 && !s.ClauseHas(i, Cue.Partial) && s.Modal(i) < 0)
                found.Add(Make(s, Rules.VerdictUnrealised, false, plan, i)); // "Kajaanihalliin suunniteltu tapahtuma jää toteutumatta": what was planned will not happen
            else if (neg >= 0 && neg < i && s.T[neg].Has(Cue.Probable | Cue.Hedge))
                found.Add(Make(s, Rules.VerdictNegated, false, neg, i)); // "Emme usko shakkikoulun pääsevän vuoden 24 opetuskertaan": probably not
            else if (neg >= 0 && s.Modal(i) < 0 && !s.ClauseHas(i, Cue.Partial | Cue.Conditional) && s.FindWord(s.ClauseStart(i), i, w => w == "vuoden") is var year and >= 0
                && year + 1 < i && char.IsAsciiDigit(s.T[year + 1].Word[0]) && !s.T[year + 1].Has(Cue.Year))
                found.Add(Make(s, Rules.VerdictUnrealised, false, year, i)); // "vuoden 40 tapahtumaa ei toteudu": the year's count will not happen
            else if (neg >= 0 || tok.Form == VerbForm.Abessive)
                found.Add(Make(s, Rules.RiskPartial, false, Math.Max(0, Math.Min(neg < 0 ? i : neg, i)), i));
            else if (ProportionRules.CountOutOfAny(s, s.ClauseStart(i), s.ClauseEnd(i)) is var whole and >= 0)
                // "har genomförts i två av tre steg"; "medan endast fyra av sex utställningar kunde genomföras" at year end is a verdict of part.
                // At year end "140 aikuispaikasta täyttyi 48" leaves places empty: a count of people short of its whole.
                found.Add(Make(s, Tense.IsYearEnd(s, i) && HeadcountIn(s, i) ? Rules.FigureShortfall : OnlyIn(s, i) && Tense.IsYearEnd(s, i) ? Rules.VerdictPartial : Rules.RiskPartial,
                    false, Math.Min(i, whole), Math.Max(i, whole)));
            else if ((ProportionRules.ShareDone(s, SubjectStart(s, i), s.ClauseEnd(i)) is var done and >= 0 ? done : ProportionRules.PercentAfter(s, i)) is var share and >= 0)
                // "oli täytetty vain puolet" falls short of the target; "Av uppdragen har två tredjedelar utförts", a share of the tasks, is done in part.
                found.Add(Make(s, OfASet(s, SubjectStart(s, i), i) ? Rules.RiskPartial : ProportionRules.ShortOfTarget(s), false, Math.Min(i, share), Math.Max(i, share)));
            else if (OnlySomeInClause(s, i))
                found.Add(Make(s, Rules.RiskPartial, false, SubjectStart(s, i), i)); // "Vain kaksi alueista onnistui", "Vain neljällä alueella pääsee hoitoon"
            else if (ProportionRules.PartOfPlannedIn(s) is var planned and >= 0)
                found.Add(Make(s, Rules.RiskPartial, false, Math.Min(i, planned), Math.Max(i, planned))); // "Av de sex planerade utställningarna genomfördes fyra"
            else if (Tense.IsYearEnd(s, i) && Tense.IsPast(s, i) && !(tok.Form == VerbForm.Present && Tense.LaterYear(s, i) >= 0)) // not "arbetet slutförs våren 2053"
                // At year end "palvelulupaukset toteutuivat" reports them done; "i huvudsak genomfört" only mostly.
                // "toteutui osittain": only in part.
                found.Add(DegreeNear(s, i) is var degree and >= 0 ? Make(s, Rules.RiskPartial, false, Math.Min(i, degree), Math.Max(i, degree))
                    : s.ClauseFind(i, Cue.Hedge) is var part and >= 0 ? Make(s, Rules.VerdictPartial, false, Math.Min(i, part), Math.Max(i, part))
                    : AllBut(s, i) is var except and >= 0 ? Make(s, Rules.VerdictPartial, false, Math.Min(i, except), Math.Max(i, except)) // "genomfördes för alla … utom i Baggböle"
                    : NecessityBefore(s, i) is var need and >= 0 ? Make(s, Rules.RiskConditional, false, need, i)
                    : Make(s, Rules.VerdictAchieved, false, s.ClauseStart(i) == 0 && ResultRules.IsAll(s.T[0].Word) ? 0 : i, i)); // "Samtliga tio föreställningar genomfördes": every one, from the first word
            else if (DegreeNear(s, i) is var some and >= 0)
                found.Add(Make(s, Rules.RiskPartial, false, Math.Min(i, some), Math.Max(i, some))); // "palvelutakuut toteutuivat vaihtelevasti"
            else if (Tense.LaterYear(s, i) is var nextYear and >= 0 && (!Tense.IsPast(s, i) || tok.Form == VerbForm.Present) && ProportionRules.CountOutOfAny(s, 0, s.T.Count) < 0) // not "Två av tre delmål uppnåddes; … slutförs först nästa år"
                found.Add(Make(s, Rules.VerdictNextYear, false, i, nextYear)); // "men detta genomförs först under nästa år"
            else if (s.ClauseFind(i, Cue.Hedge) is var hedge and >= 0 && hedge == s.Hedge)
                found.Add(Make(s, Rules.RiskHedge, false, Math.Min(i, hedge), Math.Max(i, hedge))); // "paikkojen lisääminen toteutunee oletettavasti"
            else if (AllBut(s, i) is var allBut and >= 0)
                found.Add(Make(s, Rules.RiskPartial, false, Math.Min(i, allBut), Math.Max(i, allBut))); // "Kaikki toimialat, teknistä toimialaa lukuun ottamatta pääsivät … raamiin"
            else if (!IntentionOpens(s)) found.Add(Make(s, Rules.Progress, false, i, i)); // not "Tanken är att gården ska färdigställas under året", a plan
            return;
        }
        var from = neg >= 0 ? Math.Min(neg, i) : i;
        var to = Math.Max(neg, i);
        var miss = tok.Form == VerbForm.Abessive ? neg < 0 : neg >= 0;
        Rule rule;
        var notFully = miss && tok.Form != VerbForm.Abessive ? s.ClauseFind(i, Cue.Fully) : -1;
        if (notFully >= 0 && notFully + 1 < s.T.Count && s.T[notFully + 1].Word is "eller" or "tai" or "or") notFully = -1; // "helt eller delvis inte": either way a miss
        // "ei saavuttanut kaikkia asetettuja tavoitteita", "Kaikki tavoitteet eivät toteutuneet": not all is met in part.
        if (notFully < 0 && miss && tok.Form != VerbForm.Abessive && s.NoneOf(i) < 0) notFully = NotAll(s, i);
        if (notFully >= 0)
        {
            // "ei toteudu täysin", "uppnås inte helt", "will not be fully met": met in part (but "jää kokonaan toteutumatta" is a miss).
            rule = Rules.VerdictPartial;
            to = Math.Max(to, notFully);
        }
        else if (miss && neg > i && s.T[neg - 1].Has(Cue.Partial))
        {
            rule = Rules.VerdictPartial; // "Målen är uppfyllda några inte": some are not (after a comma, SomeNotAfter reads it)
        }
        else if (miss)
        {
            rule = tok.Form == VerbForm.Abessive ? Rules.VerdictUnrealised : Rules.VerdictNegated;
            var remain = s.ClauseFind(i, Cue.Remain);
            if (remain >= 0 && remain < from) from = remain;
            // "7 procent inte uppfyllt", "30 prosenttia tavoitteista ei toteutunut": a share of several goals missed, the rest met.
            if (ProportionRules.PercentBefore(s, i) is var percent and >= 0 && ProportionRules.ShareOfTarget(s, i) < 0)
                (rule, from) = (Rules.VerdictPartOfGoals, Math.Min(from, percent));
            else if (ProportionRules.CountsMetAndMissed(s, i) is var count and >= 0)
                (rule, from) = (Rules.VerdictPartOfGoals, Math.Min(from, count));
            else if (ProportionRules.CountOutOf(s, i) is var outOf and >= 0)
                (rule, to) = (Rules.VerdictPartOfGoals, Math.Max(to, outOf)); // "inte uppnåddes på två av tre punkter"
            else if (ProportionRules.OfWhich(s, i) is var ofWhich and >= 0)
                (rule, from) = (Rules.VerdictPartOfGoals, Math.Min(from, ofWhich)); // "35 bindande verksamhetsmål, varav 16 inte uppfylldes"
        }
        else if (tok.Form == VerbForm.Abessive)
        {
            rule = Rules.VerdictDoubleNegation; // "ei jää toteutumatta"
        }
        else
        {
            rule = Tense.IsPast(s, i) ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
            if (ProportionRules.PartOfGoals(s, i) || ProportionRules.PartOfGoals(s, SubjectStart(s, i), s.ClauseEnd(i)) || ProportionRules.PartOfGoalsAfter(s, i) || OnlySomeInClause(s, i) && ProportionRules.ShareOfTarget(s, i) < 0
                || ProportionRules.CountOutOfAny(s, s.ClauseStart(i), i) >= 0 // "Four of the six youth centres met the target"
                || ProportionRules.CountOutOfAny(s, i + 1, s.ClauseEnd(i)) >= 0 // "on toteutunut 31 talossa 38:sta"
                || ProportionRules.OfTheWholeThenCount(s, i) >= 0 // "Av de 14 åtgärderna i planen genomfördes 9"
                || CountedBodiesAsSubject(s, i)) // "i år når 83 kommuner och 12 regioner målet"
                // "jokainen kolmesta mittarista ylsi tavoitetasolleen": each of them is all of them; at year end "120 paikasta täyttyi
                // 41", seats left empty, is a count short of its whole.
                rule = EachOfCount(s, i) ? rule
                    : Tense.IsYearEnd(s, i) && ProportionRules.CountOutOfAny(s, s.ClauseStart(i), s.ClauseEnd(i)) is var seats and >= 0 && ProportionRules.IsSeats(s, seats + 1) ? Rules.FigureShortfall
                    : Rules.VerdictPartOfGoals;
            else if (CountShortOfTarget(s, i) is var count and >= 0)
                (rule, to) = (Tense.IsYearEnd(s, i) ? Rules.FigurePartOfTarget : Rules.FigurePartSoFar, Math.Max(to, count)); // "5 uuden kerhon tavoitteesta on toteutunut 3"
            else if (s.Round == RoundKind.Outcome && OnTheWayBefore(s, i) is var way and >= 0)
                (rule, from) = (Rules.VerdictPartial, Math.Min(from, way)); // at year end "måluppfyllelsen var på väg att nås": not yet reached
            else if (OnAverage(s, i))
                (rule, from) = (Rules.VerdictPartial, 0); // "Keskimäärin arvioinnin palvelutavoitteet toteutuvat": on average, so not everywhere
            else if (OnlyInCleft(s, i) is var cleft and >= 0)
                (rule, from) = (s.T[cleft].Has(Cue.NegQuantifier) ? Rules.VerdictNegated : Rules.VerdictPartial, Math.Min(from, cleft)); // "är det endast Läkemedel … som uppnår målet", "är det inga … som lever upp till den"
            else if (RequiredBefore(s, i) is var required and >= 0)
                (rule, from) = (Rules.VerdictConditional, Math.Min(from, required)); // "mutta se vaatii, että … toteutuvat": what the goal needs, not a verdict
            else if (OnlyAfter(s, i) is var only and >= 0)
                (rule, to) = (Rules.VerdictPartial, only); // "Kävijämäärätavoite toteutui ainoastaan Kainuun museossa", "Mittari täyttyi siten vain toiselta osaltaan"
            else if (DegreeCarriedOver(s, i) >= 0)
                rule = Rules.VerdictPartial; // "on pääsääntöisesti toteutunut … ja toiminnalliset tavoitteet saavutettu"
            else if (MostOfAfter(s, i) is var most and >= 0)
                (rule, to) = (Rules.VerdictPartial, most); // "reached most of its planned stops", "nådde merparten av"
            else if (SomeNotAfter(s, i) is var someNot and >= 0)
                (rule, to) = (Rules.VerdictPartial, someNot); // "Många av delmålen är uppfyllda, några inte"
            else if (Tense.IsYearEnd(s, i) && s.ContrastIn(i + 1, s.T.Count) is var whereas and > 0 && ProportionRules.ShareOfTarget(s, whereas + 1) is var shareShort && shareShort > whereas
                && !AboutAnotherYear(s, shareShort) && s.FindWord(whereas, s.T.Count, w => w is "föregående" or "edellisenä" or "edellisvuonna" or "previous") < 0)
                (rule, to) = (Rules.VerdictPartial, shareShort); // "nåddes i Stoa, medan Kannelhuset stannade vid 70 procent av sitt mål"
            else if (ExceptedGoalAfter(s, i) is var except and >= 0)
                (rule, to) = (Rules.VerdictPartial, except); // "Resultatmålet har uppnåtts, däremot inte finansieringsmålet"
            else if ((ProportionRules.ShareOfTarget(s, i) is var own and >= 0 ? own : ShareInAside(s, i) is var aside and >= 0 ? aside
                         : weak || !s.HasGoal ? ProportionRules.PercentAfter(s, i) : -1) is var share and >= 0) // "Tavoite toteutui alkuvuonna 80 prosentilla"
                (rule, from, to) = (ProportionRules.ShortOfTarget(s), Math.Min(from, share), Math.Max(to, share));
        }
        if (notFully < 0) Soften(s, i, miss, ref rule, ref from, ref to);
        if (!miss && rule.Status != ForecastStatus.WillNotBeMet && Tense.LaterYear(s, i) is var later and >= 0)
            (rule, from, to) = (Rules.VerdictNextYear, Math.Min(from, later), Math.Max(to, later));
        found.Add(Make(s, rule, s.HasGoal && !(weak && !s.ClauseHas(i, Cue.Goal) && ExplainsVerdictBefore(s, i)), from, to));
    }

    /// <summary>
    /// "The target … was not met: only 174 coaches completed the training": a clause after a colon that follows a verdict on
    /// the goal says how it came about; its own verb is no second verdict on the goal.
    /// </summary>
    private static bool ExplainsVerdictBefore(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start == 0 || s.Text.AsSpan(s.T[start - 1].End, s.T[start].Start - s.T[start - 1].End).IndexOf(':') < 0) return false;
        var before = start - 1;
        return s.ClauseHas(before, Cue.Goal) && s.ClauseHasRealiseVerb(before);
    }

    /// <summary>"jokainen kolmesta mittarista", "var och en av de tre", "each of the three" before the verb, undenied and with no "only": all of them.</summary>
    private static bool EachOfCount(SentenceContext s, int i)
    {
        if (s.Negator(i) >= 0 || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), ProportionRules.IsOnlyWord) >= 0) return false;
        for (var j = s.ClauseStart(i); j + 1 < i; j++)
            if (s.T[j].Word is "jokainen" or "jokaisen" or "varje" or "every" or "each" && (FigureRules.NumberWords.ContainsKey(s.T[j + 1].Word) || ProportionRules.Elatives.ContainsKey(s.T[j + 1].Word)
                || s.T[j + 1].Word is "av" or "of" or "en")) return true;
        return false;
    }

    /// <summary>A count of municipalities, regions or boards as the subject, before the verb or right after it ("i år når 83 kommuner"), with no "all": some of them.</summary>
    private static bool CountedBodiesAsSubject(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        for (var j = start; j + 1 < s.ClauseEnd(i) && j <= i + 1; j++)
        {
            if (s.T[j].Has(Cue.Whole) && j < i) return false;
            var next = s.T[j + 1].Word;
            if (char.IsAsciiDigit(s.T[j].Word[0]) && !s.T[j].Has(Cue.Year) && (next.StartsWith("kommun", StringComparison.Ordinal) || next.StartsWith("region", StringComparison.Ordinal)
                || next is "län" or "kuntaa" or "kunnat" or "municipalities" or "regions" || next.StartsWith("nämnd", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Talous on pääsääntöisesti toteutunut talousarvion puitteissa ja toiminnalliset tavoitteet saavutettu": a clause joined
    /// by "and" that leaves out its auxiliary shares the one before, and so its degree. The degree's index, or -1.
    /// </summary>
    private static int DegreeCarriedOver(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start == 0 || s.T[start].Word is not ("ja" or "och" or "and") || !IsBareParticiple(s.T[i]) || s.HasIn(start, i, Cue.Auxiliary | Cue.Frame)) return -1;
        return s.ClauseFind(start - 1, Cue.Degree);
    }

    private static bool IsBareParticiple(Token t) =>
        t.Form == VerbForm.Participle || t.Form == VerbForm.Past && (t.Word.EndsWith("ttu", StringComparison.Ordinal) || t.Word.EndsWith("tty", StringComparison.Ordinal)
            || t.Word.EndsWith("ats", StringComparison.Ordinal) || t.Word.EndsWith("tts", StringComparison.Ordinal));

    /// <summary>"most of", "merparten", "huvuddelen", "valtaosan", "suurimman osan" within three words after the verb in its clause, or -1.</summary>
    internal static int MostOfAfter(SentenceContext s, int i)
    {
        // "most" and "majority" only with "of" after them: "most of the events", not "the most visited".
        for (var j = i + 1; j + 1 < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
            if (Lexicon.IsMost(s.T, j) && (s.T[j].Word is not ("most" or "majority") || s.T[j + 1].Word == "of")) return j;
        return -1;
    }

    /// <summary>"ainoastaan", "vain", "endast", "only" within two words after the verb in its clause, not before a share ("vain puolet", weighed as a share); or -1.</summary>
    private static int OnlyAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j + 1 < s.T.Count && j <= i + 4 && s.T[j].Clause == s.T[i].Clause; j++) // "nåddes i sin tur endast av tre"
            if (ProportionRules.IsOnlyWord(s.T[j].Word))
                return s.T[j + 1].Has(Cue.Fraction | Cue.Partial) || char.IsAsciiDigit(s.T[j + 1].Word[0]) ? -1 : j;
        return -1;
    }

    private static bool RealiseVerbBefore(SentenceContext s, int i)
    {
        for (var j = Math.Max(s.ClauseStart(i), i - 6); j < i - 1; j++)
            if (s.T[j].Has(Cue.Realise) && s.T[j].Form is not (VerbForm.None or VerbForm.Noun)) return true;
        return false;
    }

    private static bool VerdictOutsideClause(SentenceContext s, int i)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Clause != s.T[i].Clause && (s.T[j].Has(Cue.Realise) && s.T[j].Form != VerbForm.None || s.T[j].Has(Cue.Fail | Cue.Above | Cue.Below))) return true;
        return false;
    }

    /// <summary>"…, däremot inte finansieringsmålet", "men inte", "mutta ei", "but not the second target": another goal excepted, with no verb of its own.</summary>
    private static int ExceptedGoalAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j + 1 < s.T.Count; j++)
        {
            if (!s.T[j].Has(Cue.Negator) || s.T[j - 1].Word is not ("däremot" or "men" or "mutta" or "but" or "dock") || s.ClauseHasRealiseVerb(j)) continue;
            for (var k = j + 1; k < s.T.Count && k <= j + 4 && s.T[k].Clause == s.T[j].Clause; k++)
                if (s.T[k].Has(Cue.Goal) || s.T[k].Word == "fråga" && s.T[k - 1].Word == "i" || s.T[k].Word is "gäller" or "osalta") return k; // "men inte i fråga om en jämn fördelning"
        }
        return -1;
    }

    /// <summary>
    /// "alla mål uppnås … förutom ett mål", "eteni tuottavuustavoitetta lukuun ottamatta suunnitellusti", "all were met except the
    /// last": an exception, so met in part; or -1. "Förutom" only after the verb (before it, it is "besides"); "paitsi myös",
    /// "förutom även" add rather than except.
    /// </summary>
    internal static int Exception(SentenceContext s, int i)
    {
        for (var j = 0; j < s.T.Count; j++)
        {
            var w = s.T[j].Word;
            if (j + 1 < s.T.Count && s.T[j + 1].Word is "myös" or "även" or "också") continue;
            if (j > 0 && s.T[j - 1].Word is "utan" or "inga" or "ilman" or "without" or "no") continue; // not "utan undantag", "ilman poikkeuksia": none at all
            if (w == "förutom" && j > i || w is "utom" or "paitsi" or "except" or "excepting" || w == "lukuun" && j + 1 < s.T.Count && s.T[j + 1].Word == "ottamatta"
                || w == "lukien" && j > 0 && s.T[j - 1].Word == "pois" // "Haagan toimipiste pois lukien"
                || w.StartsWith("undantag", StringComparison.Ordinal) || w.StartsWith("poikkeuksena", StringComparison.Ordinal)) return j;
        }
        return -1;
    }

    /// <summary>
    /// An exception after token i, or one before it that follows "all" ("Kaikki toimialat, teknistä toimialaa lukuun ottamatta
    /// pääsivät"), where "förutom" is except, not besides ("Samtliga verksamheter, förutom vården, har en budget i balans"); or -1.
    /// </summary>
    internal static int AllBut(SentenceContext s, int i)
    {
        if (Exception(s, i) is var except and >= 0 && (except > i || s.FindWord(0, except, ResultRules.IsAll) >= 0)) return except;
        var besides = s.FindWord(0, i, w => w == "förutom");
        return besides > 0 && s.FindWord(0, besides, ResultRules.IsAll) >= 0 ? besides : -1;
    }

    /// <summary>A clause after the verb that is only "some" and a negator ("…, några inte", "…, osa ei", "…, some not"): the negator, or -1.</summary>
    private static int SomeNotAfter(SentenceContext s, int i)
    {
        for (var j = s.ClauseEnd(i); j + 1 < s.T.Count; j = s.ClauseEnd(j))
        {
            if (s.T[j].Has(Cue.Partial) && s.T[j + 1].Has(Cue.Negator) && s.ClauseEnd(j) == j + 2) return j + 1;
            // "… saavutetaan kuun loppuun mennessä, kun taas joissain ei": whereas in some, not.
            for (var k = j; k + 1 < s.ClauseEnd(j); k++)
                if (s.T[k].Word is "joissain" or "joissakin" or "osassa" && s.T[k + 1].Has(Cue.Negator) && k + 2 == s.ClauseEnd(j)) return k + 1;
        }
        return -1;
    }

    /// <summary>Whether a word between start and i, in i's clause, could be its subject (anything but auxiliaries and the verb's particles).</summary>
    private static bool HasSubjectBefore(SentenceContext s, int start, int i)
    {
        for (var j = start; j < i; j++)
            if (!s.T[j].Has(Cue.Auxiliary | Cue.Frame)) return true; // "…, som är en del av planen, förväntas uppnås": no subject yet
        return false;
    }

    /// <summary>
    /// "täyttyneen vain kolmella kuudesta", "endast hälften av nämnderna och bolagen klarar sin målsättning": only some of
    /// them, in the verb's clause or in the subject the clause is joined to by "och", "ja", "and".
    /// </summary>
    private static bool OnlySomeInClause(SentenceContext s, int i) => ProportionRules.OnlySomeIn(s, SubjectStart(s, i), s.ClauseEnd(i));

    /// <summary>
    /// Where the subject of the verb at i begins: its clause, the clause its "och", "ja", "and" joins it to, or, when the
    /// clause has none, two clauses back, before an aside ("enbart 16 delmål, alltså mindre än hälften av delmålen, klarats av").
    /// </summary>
    internal static int SubjectStart(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start > 0 && s.T[start].Word is "och" or "ja" or "and" or "sekä") return s.ClauseStart(start - 1);
        return start > 0 && !HasSubjectBefore(s, start, i) ? s.ClauseStart(Math.Max(0, s.ClauseStart(start - 1) - 1)) : start;
    }

    /// <summary>
    /// "ettei uutta verkkopalvelua saatu julkaistua vuoden aikana", at year end "uudistusta ei saatu vietyä läpi", "ei saatu
    /// järjestettyä yhtäkään": a work not got done within the year.
    /// </summary>
    private static bool NotDoneThisYear(SentenceContext s, int i)
    {
        if (s.Negator(i) < 0 || !s.HasThisYear && !Tense.IsYearEnd(s, i) || i + 1 >= s.T.Count) return false;
        var next = s.T[i + 1].Word;
        return next.EndsWith("ttua", StringComparison.Ordinal) || next.EndsWith("ttyä", StringComparison.Ordinal) || next.EndsWith("tua", StringComparison.Ordinal)
            || next.EndsWith("tyä", StringComparison.Ordinal) || next is "julki" or "valmiiksi" or "käyttöön" or "liikenteeseen" or "päätökseen" or "maaliin"; // "ei saada julki tänä vuonna", "reittiä ei saatu liikenteeseen"
    }

    /// <summary>"had reached 1,150 young people, about 70 per cent of the 1,650 targeted": a share of the target in the clause after.</summary>
    private static int ShareInAside(SentenceContext s, int i)
    {
        var next = s.ClauseEnd(i);
        if (next >= s.T.Count || s.ClauseHasRealiseVerb(next) || s.T[next].Word is "eftersom" or "sillä" or "koska" or "kun" or "då" or "because" or "as" or "since")
            return -1; // "uppfyllt, eftersom andelen steg till 72 procent" gives the reason, not a share of the target
        return ProportionRules.ShareOfTarget(s, next);
    }

    internal static bool IsQuestion(SentenceContext s, int i)
    {
        var end = s.T[s.ClauseEnd(i) - 1].End;
        return end < s.Text.Length && s.Text[end] == '?';
    }

    /// <summary>"för att nå", "förutsättningarna att nå målet", "in order to meet", "jotta tavoite saavutetaan": a purpose or a prerequisite.</summary>
    /// "för att målen ska kunna nås" with its own subject, too.
    private static bool IsPurpose(SentenceContext s, int i) =>
        i >= 2 && s.T[i - 1].Word == "att" && s.T[i - 2].Word.StartsWith("förutsättning", StringComparison.Ordinal)
        || i >= 2 && s.T[i - 1].Word == "to" && s.T[i - 2].Word == "order"
        || JottaBefore(s, i) || InOrderThat(s, i);

    /// <summary>"blev ungefär 400 000 euro från det uppsatta målet": an amount away from the target, after "från" at i; the target's index, or -1.</summary>
    private static int GapFromTarget(SentenceContext s, int i)
    {
        if (i < 1 || !(char.IsAsciiDigit(s.T[i - 1].Word[0]) || s.T[i - 1].Word is "euro" or "kronor" or "procent" or "procentenheter") || s.Negator(i) >= 0) return -1;
        var target = s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w is "målet" or "målsättningen" or "målnivån");
        return target > 0 && s.FindWord(i + 1, target, w => w is not ("det" or "uppsatta" or "satta" or "budgeterade")) < 0 ? target : -1;
    }

    /// <summary>"jotta EU:n kierrätystavoitteet saavutetaan": "jotta" within six words before the verb (a colon in "EU:n" breaks no purpose).</summary>
    private static bool JottaBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 6; j--)
            if (s.T[j].Word == "jotta") return true;
        return false;
    }

    /// <summary>
    /// "för att" before token i in its clause: not after a noun it completes ("ingen risk för att målet inte uppfylls") or a
    /// degree ("inte i tillräckligt snabb takt för att målen ska kunna nås" is a verdict: not enough).
    /// </summary>
    private static bool InOrderThat(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        for (var j = Math.Max(1, start + 1); j < i; j++)
        {
            if (s.T[j].Word != "att" || s.T[j - 1].Word != "för") continue;
            if (j >= 2 && s.T[j - 2].Has(Cue.Hedge | Cue.Evidential | Cue.Possible | Cue.Certain)) return false;
            for (var k = start; k < j; k++)
                if (s.T[k].Word.StartsWith("tillräck", StringComparison.Ordinal)) return false;
            return true;
        }
        return false;
    }

    /// <summary>"Keskimäärin", "I genomsnitt", "On average" opening the sentence of a verdict with no figure in its clause (not "pääsee keskimäärin kolmessa viikossa").</summary>
    private static bool OnAverage(SentenceContext s, int i)
    {
        var opens = s.T[0].Word == "keskimäärin" || s.T.Count > 1 && (s.T[0].Word == "i" && s.T[1].Word == "genomsnitt" || s.T[0].Word == "on" && s.T[1].Word == "average");
        if (!opens || s.T[i].Clause != s.T[0].Clause) return false;
        for (var j = s.ClauseStart(i); j < s.ClauseEnd(i); j++)
            if (char.IsAsciiDigit(s.T[j].Word[0])) return false;
        return true;
    }

    /// <summary>"är det", "det är", "it is" within three words before token j ("är det numera inga …").</summary>
    private static bool CleftBefore(SentenceContext s, int j)
    {
        for (var k = j - 1; k >= 1 && k >= j - 3; k--)
            if (s.T[k - 1].Word is "är" or "var" && s.T[k].Word == "det" || s.T[k - 1].Word is "det" or "it" && s.T[k].Word is "är" or "var" or "is" or "was") return true;
        return false;
    }

    /// <summary>"se vaatii, että", "det kräver att", "it requires that" opening token i's clause: the verb of requiring, or -1.</summary>
    private static int RequiredBefore(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        if (start == 0 || s.T[start].Word is not ("että" or "att" or "that")) return -1;
        for (var j = start - 1; j >= s.ClauseStart(start - 1); j--)
            if (IsRequire(s.T[j].Word) || s.T[j].Word is "edellyttää" or "edellyttävät" or "förutsätter") return j;
        return -1;
    }

    /// <summary>"det är endast X som uppnår målet", "det är inga … som lever upp", "it is only X that met the target": "only" or "none" in a cleft before the verb; its index, or -1.</summary>
    private static int OnlyInCleft(SentenceContext s, int i)
    {
        for (var j = 2; j < i; j++)
        {
            if (!ProportionRules.IsOnlyWord(s.T[j].Word) && !s.T[j].Has(Cue.NegQuantifier) || !CleftBefore(s, j)) continue;
            for (var k = j + 1; k < i; k++)
                if (s.T[k].Word is "som" or "that" or "who") return j;
        }
        return -1;
    }

    /// <summary>"på väg att", "matkalla", "on the way to" within four words before token i in its clause: the index of "väg", "matkalla" or "way", or -1.</summary>
    private static int OnTheWayBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= s.ClauseStart(i) && j >= i - 4; j--)
            if (s.T[j].Word == "matkalla" || j > 0 && (s.T[j].Word == "väg" && s.T[j - 1].Word == "på" || s.T[j].Word == "way" && s.T[j - 1].Word is "the" or "its")) return j;
        return -1;
    }

    /// <summary>A result or data word in token i's clause ("mittarin tulos", "tiedot", "aineisto", "uppgifter", "data"), or -1.</summary>
    private static int DataIn(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.StartsWith("tulos", StringComparison.Ordinal) || w.StartsWith("tulok", StringComparison.Ordinal)
            || w.StartsWith("tiedo", StringComparison.Ordinal) || w.StartsWith("tieto", StringComparison.Ordinal) || w.StartsWith("aineisto", StringComparison.Ordinal)
            || w.StartsWith("resultat", StringComparison.Ordinal) || w.StartsWith("uppgift", StringComparison.Ordinal) || w.StartsWith("statisti", StringComparison.Ordinal)
            || w.Contains("tilasto", StringComparison.Ordinal) || w.EndsWith("lukua", StringComparison.Ordinal) || w.EndsWith("luvut", StringComparison.Ordinal) || w is "data" or "results" or "figures"); // "luotettavaa kävijälukua"

    /// <summary>"on ollut joiltain osin vain tyydyttävä eikä määrällisiin tavoitteisiin ole päästy": the hedge is in the clause before "eikä", not the miss's.</summary>
    private static bool HedgeBeforeEika(SentenceContext s, int i) =>
        s.T[s.Hedge].Clause != s.T[i].Clause && s.T[s.ClauseStart(i)].Word is "eikä" or "eivätkä";

    /// <summary>"toimia", "toimenpiteitä", "lisärahoitusta", "åtgärder", "measures" within three words after token i in its clause, or -1.</summary>
    private static int MeasuresAfter(SentenceContext s, int i) =>
        s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w.StartsWith("toim", StringComparison.Ordinal) || w.StartsWith("lisä", StringComparison.Ordinal)
            || w.StartsWith("åtgärd", StringComparison.Ordinal) || w is "measures" or "action" or "actions");

    /// <summary>A clause of reasons that names no goal ("koska kysely jäi tekemättä", "as the vendor failed", "eftersom enkäten inte genomfördes"): it explains the verdict, it is not one.</summary>
    internal static bool IsReason(SentenceContext s, int i) =>
        s.ClauseStart(i) > 0 && s.T[s.ClauseStart(i)].Word is "eftersom" or "because" or "koska" or "sillä" or "since" or "as" && !s.ClauseHas(i, Cue.Goal);

    /// <summary>
    /// Last year's verdict beside this year's ("Viime vuonna tavoite jäi saavuttamatta, mutta tänä vuonna …"), or in a forecast;
    /// at year end with nothing set against it, "nådde inte regionen målen förra året" is the year reported on.
    /// </summary>
    internal static bool AboutAnotherYear(SentenceContext s, int i) =>
        LastYearIn(s, i) && (s.Round == RoundKind.Forecast || s.ContrastIn(0, s.T.Count) >= 0 || ThisYearInText(s)) || YearBeforeThisYear(s, i) || YearBeforeNamed(s, i)
        || WhenThatYear(s, i);

    private static bool VerbBetween(SentenceContext s, int from, int to)
    {
        for (var m = from + 1; m < to; m++)
            if (s.T[m].Form is VerbForm.Past or VerbForm.Present) return true;
        return false;
    }

    /// <summary>"en förbättring från 2012 då två mål uppfylldes", "parannus vuodesta 2012, jolloin …": what happened in the year compared with, not this one.</summary>
    private static bool WhenThatYear(SentenceContext s, int i)
    {
        for (var k = s.ClauseStart(i) > 0 ? s.ClauseStart(i) - 1 : 0; k < i; k++)
            if (s.T[k].Word is "då" or "jolloin" or "when" && k > 1 && s.T[k - 1].Has(Cue.Year) && (s.ReportYear == 0 || s.YearAt(k - 1) < s.ReportYear)
                && s.T[k - 2].Word is "från" or "med" or "mot" or "vuodesta" or "vuoteen" or "kuin" or "from" or "with" or "than") // a year compared with, not "passerades 2020, då målet uppnåddes"
                return s.ContrastIn(k, i) < 0 && !VerbBetween(s, k, i); // the "då" clause's own verb, not "Jämfört med 2060 då målet inte nåddes uppnåddes det i år"
        return false;
    }

    /// <summary>
    /// "Edellisenä vuonna kulut … pysyivät budjetissa", "In the previous year …": a sentence that opens with the year before the
    /// one reported, whatever the round ("viime vuonna" in a year-end text may be the year reported on); not a comparison
    /// with it ("14 % enemmän kuin edellisvuonna").
    /// </summary>
    private static bool YearBeforeNamed(SentenceContext s, int i) =>
        (s.T.Count > 1 && s.T[0].Word is "in" or "the" ? 1 : 0) is var j && j < i && YearBeforeAt(s, j, s.T.Count, orLast: false)
        && s.ContrastIn(j, i) < 0 && !s.HasIn(j, s.T.Count, Cue.ThisYear) && !s.HasGoal && !s.HasRealiseVerb // not "Edellisvuonna avattu nuorisotila suljettiin, eikä tavoitetta saavutettu"
        && s.FindWord(j + 1, s.T.Count, w => char.IsAsciiDigit(w[0])) is var year && !(year > 0 && s.T[year].Has(Cue.Year) && !s.IsLaterYear(year) && s.YearAt(year) >= s.ReportYear && s.ReportYear > 0);

    /// <summary>
    /// "Vuonna 2026 täyttöaste ylitti tavoitteen. Tänä vuonna … eikä ylletä": a year named in a past sentence, and "this year"
    /// in a later one: the year named is an earlier one.
    /// </summary>
    private static bool YearBeforeThisYear(SentenceContext s, int i)
    {
        if (Tense.IsPast(s, i) && LaterYearAfter(s, i)) return true;
        // "Tavoite jäi vuonna 2032 toteutumatta, mutta tänä syksynä …": a year named, then this year after a "but".
        var past = Tense.IsPast(s, i) || s.T[i].Form == VerbForm.Abessive && s.FindWord(s.ClauseStart(i), i, w => w is "jäi" or "jäivät") >= 0;
        if (past && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), Lexicon.IsYear) >= 0 && s.ContrastIn(i + 1, s.T.Count) is var but and >= 0
            && s.HasIn(but, s.T.Count, Cue.ThisYear)) return true;
        if (!Tense.IsPast(s, i) || s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), Lexicon.IsYear) < 0 || ThisYearNamed(s)) return false;
        return NamesThisYear(s.Text.AsSpan(s.Sentence.End));
    }

    /// <summary>"140 aikuispaikasta täyttyi 48", "täyttyi 41 paikkaa 120:stä": people or places for them counted in token i's clause.</summary>
    private static bool HeadcountIn(SentenceContext s, int i)
    {
        for (var k = s.ClauseStart(i); k < s.ClauseEnd(i); k++)
            if (ProportionRules.IsHeadcount(s, k)) return true;
        return false;
    }

    /// <summary>"Vuonna 2029 ryhmät eivät täyttyneet, mutta vuonna 2030 … tavoite täyttyi": a year in token i's clause, and a later one after it.</summary>
    private static bool LaterYearAfter(SentenceContext s, int i)
    {
        var year = s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), Lexicon.IsYear);
        var but = s.ContrastIn(s.ClauseEnd(i), s.T.Count);
        if (year < 0 || but < 0 || !int.TryParse(s.T[year].Word, out var y)) return false;
        for (var j = but; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Year) && int.TryParse(s.T[j].Word, out var later) && later > y && later - y <= 2) return true;
        return false;
    }

    /// <summary>"tänä vuonna", "i år", "this year" in the sentence, not the "året" of "förra året".</summary>
    private static bool ThisYearNamed(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.ThisYear) && !(j > 0 && s.T[j - 1].Word is "förra" or "föregående" or "last" or "previous")) return true;
        return false;
    }

    /// <summary>"Sarja saatiin tänä vuonna pidettyä … Edellisvuonna neljä konserttia jäi pitämättä": this year named anywhere in the text.</summary>
    private static bool ThisYearInText(SentenceContext s) => ThisYearNamed(s) || NamesThisYear(s.Text);

    private static bool NamesThisYear(ReadOnlySpan<char> text) =>
        text.Contains("tänä vuonna", StringComparison.OrdinalIgnoreCase) || text.Contains(" i år", StringComparison.OrdinalIgnoreCase)
        || text.Contains("this year", StringComparison.OrdinalIgnoreCase);

    /// <summary>"viime vuonna", "edellisenä vuonna", "förra året", "last year" in token i's clause: what it says is about another year.</summary>
    private static bool LastYearIn(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        // "viime vuonna tilattiin, mutta tuolloin tunneista toteutui vain 2 743": "tuolloin" is the last year named before.
        if (s.FindWord(start, s.ClauseEnd(i), w => w == "tuolloin") >= 0 && LastYearBetween(s, 0, start)) return true; // not "silloin", also "in that case"
        return LastYearBetween(s, start, s.ClauseEnd(i));
    }

    private static bool LastYearBetween(SentenceContext s, int start, int end)
    {
        for (var j = start; j < end; j++)
            if (YearBeforeAt(s, j, end, orLast: true)) return true;
        return false;
    }

    /// <summary>
    /// "edellisvuonna", "edellisenä vuonna", "föregående år", "the previous year" at token j (its next word before
    /// <paramref name="end"/>): the year before; with <paramref name="orLast"/> also "viime vuonna", "i fjol", "förra året",
    /// "last year", which in a year-end text may be the year reported on.
    /// </summary>
    private static bool YearBeforeAt(SentenceContext s, int j, int end, bool orLast)
    {
        var (w, next) = (s.T[j].Word, j + 1 < end ? s.T[j + 1].Word : "");
        return w == "edellisvuonna" || w == "edellisenä" && next == "vuonna" || w == "föregående" && next is "året" or "år" or "årets" || w == "previous" && next == "year"
            || orLast && (w is "ifjol" or "fjol" or "fjolårets" || w == "viime" && next == "vuonna" || w == "förra" && next is "året" or "år" or "årets" || w == "last" && next == "year");
    }

    /// <summary>A past verb of estimating before token i and a "but" after it: the sentence reports what was once thought, then what is.</summary>
    private static bool OldAssessment(SentenceContext s, int i)
    {
        var then = false;
        for (var j = 0; j < i; j++)
            then |= s.T[j].Word is "arvioitiin" or "arvioimme" or "uskottiin" or "uskoimme" or "ennakoitiin" or "ennustettiin" or "ennustimme" or "odotettiin"
                or "bedömdes" or "bedömde" or "trodde" or "förväntades" or "expected" or "edellisessä" or "föregående";
        return then && s.ContrastIn(i + 1, s.T.Count) >= 0;
    }

    /// <summary>
    /// "det är nödvändigt att man … garanterar finansieringen för det arbete vi … hittills genomfört enligt plan": a necessity
    /// before token i, so the work done so far sits inside what must still be secured, a condition; its index, or -1.
    /// </summary>
    internal static int NecessityBefore(SentenceContext s, int i) => s.FindWord(0, i, w => w is "nödvändigt" or "välttämätöntä" or "necessary");

    /// <summary>"lisätä", "saavuttaa", "parantaa": a Finnish first infinitive (or a present that looks the same), not a figure or a noun.</summary>
    private static bool IsFirstInfinitive(string w) => w.Length > 4 && !char.IsAsciiDigit(w[0]) && (w.EndsWith("ta", StringComparison.Ordinal) || w.EndsWith("tä", StringComparison.Ordinal)
        || w.EndsWith("aa", StringComparison.Ordinal) || w.EndsWith("ää", StringComparison.Ordinal) || w.EndsWith("da", StringComparison.Ordinal) || w.EndsWith("dä", StringComparison.Ordinal));

    /// <summary>"Tavoitteena oli saavuttaa 500 000 verkkokävijää", "Målet är att nå", "The target is to reach": the goal stated, not a verdict.</summary>
    private static bool GoalStatedBefore(SentenceContext s, int i)
    {
        var infinitive = i >= 1 && s.T[i - 1].Word is "att" or "to";
        if (infinitive && i >= 3 && s.T[i - 2].Has(Cue.Goal) && s.T[i - 3].Word is "som" or "as") return true; // "hade som mål att färdigställa detaljplaner"
        // "päällimmäisenä tavoitteena on lisätä latujen turvallisuutta sekä saavuttaa energiansäästöä": a later infinitive joined to the
        // statement's first ("on lisätä"); not "Tavoitteena on 5 000 kävijää, ja museo saavuttaa sen", a verdict after a figure.
        if (!infinitive && i > 0 && s.T[i - 1].Word is "sekä" or "ja")
            for (var j = 1; j < i - 2; j++)
                if (s.T[j].Word is "on" or "oli" && s.T[j - 1].Has(Cue.Goal) && (s.T[j - 1].Word.EndsWith("na", StringComparison.Ordinal) || s.T[j - 1].Word.EndsWith("nä", StringComparison.Ordinal))
                    && IsFirstInfinitive(s.T[j + 1].Word)) return true;
        var copula = infinitive ? i - 2 : i - 1;
        if (copula < 1 || s.T[copula].Word is not ("on" or "oli" or "är" or "var" or "is" or "was") || !s.T[copula - 1].Has(Cue.Goal)) return false;
        var goal = s.T[copula - 1].Word;
        return infinitive || goal.EndsWith("na", StringComparison.Ordinal) || goal.EndsWith("nä", StringComparison.Ordinal); // the essive "tavoitteena"
    }

    /// <summary>"de miljömål som Sverige har satt upp och som ska vara uppfyllda år 2020": what the goals require, in a relative clause.</summary>
    private static bool DescribesGoals(SentenceContext s, int i)
    {
        var start = s.ClauseStart(i);
        // Not "såväl … som att", nor a sentence that opens "Som det ser ut nu" (as it looks now).
        if (start == 0 || s.T[start].Word is not ("som" or "jotka" or "joka" or "which" or "that") || start + 1 < s.T.Count && s.T[start + 1].Word == "att") return false;
        for (var j = start + 1; j < i; j++)
            if (s.T[j].Word is "ska" or "skall" or "skulle" or "pitää" or "pitäisi" or "should" or "must") return true;
        return false;
    }

    /// <summary>"för långsam för att nå", "too slow to meet": the degree word ("för", "too") before the verb, or -1.</summary>
    private static int TooToBefore(SentenceContext s, int i)
    {
        for (var j = Math.Max(0, s.ClauseStart(i) - 1); j + 3 <= i; j++)
            if (s.T[j].Word == "för" && j + 3 < s.T.Count && s.T[j + 2].Word == "för" && s.T[j + 3].Word == "att") return j;
        if (i >= 1 && s.T[i - 1].Word == "to")
            for (var j = Math.Max(0, i - 4); j < i - 1; j++)
                if (s.T[j].Word == "too") return j;
        return -1;
    }

    /// <summary>Another verb of realisation in the sentence whose clause names the goal ("…, så målet är inte uppfyllt").</summary>
    private static bool OtherVerdictOnGoal(SentenceContext s, int i)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (j != i && s.ClauseHas(j, Cue.Goal) && (s.T[j].Clause != s.T[i].Clause && s.T[j].Has(Cue.Realise) && s.T[j].Form is not (VerbForm.None or VerbForm.Noun)
                    || j > i + 1 && (s.T[j].Has(Cue.Fail | Cue.Below) || FigureRules.IsBelow(s.T[j].Word)))) // "reached 7,400, well short of (below) the target"
                return true;
        return false;
    }

    /// <summary>"vaatii", "kräver", "requires" right after the noun of reaching the goal at i, in its clause, or -1.</summary>
    private static int RequiresAfter(SentenceContext s, int i) => s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 3), IsRequire);

    private static bool IsRequire(string w) => w is "vaatii" or "vaativat" or "kräver" or "requires" or "require";

    /// <summary>"behöver öka", "krävs", "tarvitaan", "needs": a need stated in the sentence, before or after the purpose, or -1.</summary>
    private static int NeedIn(SentenceContext s)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (IsNeed(s.T[j].Word) || s.T[j].Word is "behövs" or "krävs" or "kräver" or "tarvitaan" or "required" or "vaatii" or "requires"
                || !s.T[j].Has(Cue.Realise) && (s.T[j].Word.EndsWith("ettävä", StringComparison.Ordinal) || s.T[j].Word.EndsWith("ettava", StringComparison.Ordinal))) // "tahtia on kiristettävä"
                return j;
        return -1;
    }

    /// <summary>
    /// During the year, what a "but" (or "kun taas") after a verdict of success adds: a need ("ovat edenneet tavoitteen mukaisesti, mutta
    /// laskuvauhtia on kiihdytettävä"), on course only if more is done; a problem or only a share ("toteutuu, mutta
    /// henkilöstövaje on supistanut iltoja", "mutta … ollaan vasta puolivälissä"), on course with a risk; with
    /// <paramref name="delays"/>, a delay too ("on jo ohittanut kävijätavoitteensa, kun taas … aikataulu on siirtynyt").
    /// (-1, _) if none.
    /// </summary>
    internal static (int At, Rule Rule) QualifiedAfterContrast(SentenceContext s, int i, bool delays = false)
    {
        if (Tense.IsYearEnd(s, i)) return (-1, Rules.VerdictRisk);
        // "should reach its goal, although two of the four venues have yet to confirm their dates": what a concession leaves
        // pending qualifies the verdict; a problem it concedes ("vaikka kesällä oli ongelmia") does not.
        if (s.ContrastIn(i + 1, s.T.Count) is not (var but and >= 0))
            return s.FindWord(i + 1, s.T.Count, w => w is "although" or "though" or "vaikka" or "fastän" or "trots") is var though and > 0
                && s.T[though].Has(Cue.ClauseBreak) ? (PendingAfter(s, though), Rules.VerdictRisk) : (-1, Rules.VerdictRisk);
        if (NeedIn(s) is var need && need > but) return (need, Rules.VerdictConditional);
        return (ProblemAfter(s, but, delays) is var problem and >= 0 ? problem : PendingAfter(s, but), Rules.VerdictRisk);
    }

    /// <summary>
    /// An open question or a confirmation still to come after token "from" ("have yet to confirm", "ei ole vielä vahvistanut",
    /// "har ännu inte bekräftat"): the index, or -1.
    /// </summary>
    private static int PendingAfter(SentenceContext s, int from)
    {
        for (var j = from + 1; j < s.T.Count; j++)
        {
            if (s.T[j].Has(Cue.Open) && !s.IsDenied(j)) return j;
            var w = s.T[j].Word;
            if (!(w.StartsWith("vahvist", StringComparison.Ordinal) || w.StartsWith("bekräft", StringComparison.Ordinal) || w.StartsWith("confirm", StringComparison.Ordinal))) continue;
            // "ei ole vielä vahvistanut", "on vielä vahvistamatta", "have/is yet to confirm", "remain to be confirmed"
            if (s.ClauseHas(j, Cue.Yet) && (s.Negator(j) >= 0 || w.EndsWith("matta", StringComparison.Ordinal) || s.FindWord(s.ClauseStart(j), j, y => y == "yet") is var yet and > 0
                    && s.T[yet - 1].Word is "have" or "has" or "is" or "are") || s.FindWord(s.ClauseStart(j), j, y => y is "remain" or "remains") >= 0) return j;
        }
        return -1;
    }

    /// <summary>
    /// A problem (or with <paramref name="delays"/> a delay) or an open question undenied after token "from", certainty only
    /// later, or only a share ("vasta puolivälissä", "only halfway"): the index, or -1.
    /// </summary>
    private static int ProblemAfter(SentenceContext s, int from, bool delays)
    {
        for (var j = from + 1; j < s.T.Count; j++)
            if ((IsProblem(s.T[j].Word) || delays && s.T[j].Has(Cue.Delay | Cue.Shift) || s.T[j].Has(Cue.Open)) && !s.IsDenied(j) // "mutta … aloittaminen on yhä ratkaisematta"
                || s.T[j].Has(Cue.Certain) && s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w is "vasta" or "först" or "only") >= 0 // "mutta varmuus siitä saadaan vasta, kun …"
                || (s.T[j].Has(Cue.Fraction) || s.T[j].Word is "puolivälissä" or "halvvägs" or "halfway") && (s.T[j - 1].Word == "vasta" || ProportionRules.IsOnlyWord(s.T[j - 1].Word))
                || s.T[j].Word is "vähän" or "niukasti" or "få" or "few" && FewRespondents(s, j)
                || s.T[j].Word is "joustoa" or "pelivaraa" or "marginaalia" or "marginal" or "slack" && s.IsDenied(j)) return j; // "mutta aikataulussa ei ole enää joustoa"
        return -1;
    }

    /// <summary>"mutta vastaajia on ollut vähän", "men svaren är få", "but few responded": too little data to trust the figure.</summary>
    private static bool FewRespondents(SentenceContext s, int j) =>
        s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w.StartsWith("vastaaj", StringComparison.Ordinal) || w.StartsWith("vastauks", StringComparison.Ordinal)
            || w.StartsWith("svar", StringComparison.Ordinal) || w.StartsWith("respond", StringComparison.Ordinal) || w.StartsWith("respons", StringComparison.Ordinal)) >= 0;

    private static int ProblemsIn(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
            if (s.T[j].Word.StartsWith("problem", StringComparison.Ordinal) || s.T[j].Word.StartsWith("brist", StringComparison.Ordinal)
                || s.T[j].Word.StartsWith("ongelm", StringComparison.Ordinal) || s.T[j].Word.StartsWith("puuttei", StringComparison.Ordinal)) return j;
        return -1;
    }

    private static bool Doubts(SentenceContext s)
    {
        foreach (var t in s.T)
            if (t.Word.StartsWith("epäil", StringComparison.Ordinal) || t.Word.StartsWith("tvivl", StringComparison.Ordinal) || t.Word.StartsWith("doubt", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"toteutuivat 0,3 milj euroa pienempinä", "toteutui talousarviota parempana": a comparative in the essive within five words after token i with an amount or a budget before it, and whether it says larger (or better).</summary>
    private static (int At, bool Larger)? SizeAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 5 && s.T[j].Clause == s.T[i].Clause; j++)
        {
            var w = s.T[j].Word;
            if (!(w.EndsWith("mpina", StringComparison.Ordinal) || w.EndsWith("mpinä", StringComparison.Ordinal) || w.EndsWith("mpana", StringComparison.Ordinal) || w.EndsWith("mpänä", StringComparison.Ordinal))) continue;
            if (s.FindWord(i + 1, j, v => char.IsAsciiDigit(v[0]) && !Lexicon.IsYear(v)) < 0) return null; // only with an amount: "toteutui arvioitua laajempana" is a size
            if (w.StartsWith("pienem", StringComparison.Ordinal) || w.StartsWith("alhaisem", StringComparison.Ordinal) || w.StartsWith("matalam", StringComparison.Ordinal) || w.StartsWith("heikom", StringComparison.Ordinal)) return (j, false);
            if (w.StartsWith("suurem", StringComparison.Ordinal) || w.StartsWith("korkeam", StringComparison.Ordinal) || w.StartsWith("parem", StringComparison.Ordinal)
                || w.StartsWith("pidem", StringComparison.Ordinal)) return (j, true);
            if (w.StartsWith("lyhyem", StringComparison.Ordinal)) return (j, false);
            return null;
        }
        return null;
    }

    /// <summary>"Niitä toteutui noin 2,5 miljoonan euron edestä": a sum of money spent, no verdict on a goal.</summary>
    private static bool SumRealised(SentenceContext s, int i) =>
        s.T[i].Word.StartsWith("toteutu", StringComparison.Ordinal) && s.T[i].Form == VerbForm.Past && !s.ClauseHas(i, Cue.Goal)
        && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 8), w => w.StartsWith("euro", StringComparison.Ordinal)) is var euros and >= 0 && s.FindWord(i + 1, euros, w => char.IsAsciiDigit(w[0])) >= 0;

    /// <summary>"Arvion ja toteutuneen eroa oli 2,4 milj. euroa": the realised figure set against the estimate, a noun, no verdict.</summary>
    private static bool RealisedAgainstEstimate(SentenceContext s, int i) =>
        s.T[i].Word.StartsWith("toteutunee", StringComparison.Ordinal)
        && (i >= 2 && s.T[i - 1].Word is "ja" or "sekä" && IsEstimateNoun(s.T[i - 2].Word)
            || i + 2 < s.T.Count && s.T[i + 1].Word is "ja" or "sekä" && IsEstimateNoun(s.T[i + 2].Word));

    private static bool IsEstimateNoun(string w) =>
        w is "arvion" or "ennusteen" or "talousarvion" or "budjetin" or "budjetoidun" or "arvioidun" or "ennakoidun" or "suunnitellun";

    /// <summary>"inverkan på hur målen uppnåddes", "arvioi, miten tavoitteet on saavutettu": how the goals were met, not whether.</summary>
    private static bool MannerBefore(SentenceContext s, int i)
    {
        for (var j = s.ClauseStart(i); j < i; j++)
            if (s.T[j].Word is "hur" or "miten" or "how") return true;
        return false;
    }

    private static int NotAll(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
        {
            if (j > i && s.T[j].Word is "att" or "että" or "that") break; // "inte uppnått målet om att alla bilar ska vara miljöbilar": what the goal says
            if (!ResultRules.IsAll(s.T[j].Word)) continue;
            // "alla tio schackturneringar … hinns" counts events: not all of them is the count missed, not a goal met in part.
            var allOfACount = j + 1 < s.T.Count && !s.HasGoal && Tokenizer.IsCountWord(s.T[j + 1].Word);
            return allOfACount ? -1 : j;
        }
        return -1;
    }

    /// <summary>The verdict's own sentence can weaken it: double negation, a modal, "not yet", a conditional, a hedge, a delay.</summary>
    private static void Soften(SentenceContext s, int i, bool miss, ref Rule rule, ref int from, ref int to)
    {
        if (!miss && rule.Status is ForecastStatus.Achieved or ForecastStatus.OnTrack && (Exception(s, i) is var except and >= 0 ? except : WorsenedAfter(s, i)) is var but and >= 0)
        {
            // "… förutom ett mål"; "4 indikatorer når målsättningen … och 1 indikator visar en försämring": met in part.
            (rule, from, to) = (Rules.VerdictPartial, Math.Min(from, but), Math.Max(to, but));
            return;
        }
        var infeasible = FateRules.InfeasibleBefore(s, i);
        if (infeasible >= 0 && !miss)
        {
            // "impossible to meet the target": the verb is what cannot be done.
            (rule, from) = (Rules.VerdictInfeasible, Math.Min(from, infeasible));
            if (s.Modal(infeasible) >= 0 || s.Hedge >= 0) rule = Rules.VerdictRisk;
            return;
        }
        var obstacle = FateRules.DeniedObstacleBefore(s, i);
        if (obstacle >= 0)
        {
            // "nothing would prevent the target from being reached": no obstacle is a forecast, not an achievement.
            (rule, from) = (miss ? Rules.VerdictNoObstacleToMiss : Rules.VerdictNoObstacle, Math.Min(from, FateRules.DenierBefore(s, obstacle)));
            return;
        }
        if (miss && DeniedHedgeBefore(s, i) is var denied and >= 0)
        {
            // "Vi ser ingen risk för att målet inte uppfylls", "ei ole riskiä, että tavoite jää saavuttamatta": no risk of a miss.
            (rule, from) = (Rules.VerdictDoubleNegation, Math.Min(from, FateRules.DenierBefore(s, denied)));
            return;
        }
        if (s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
        {
            // "Mikään ei viittaa siihen, että tavoite jäisi saavuttamatta": the denial of a miss is a forecast of success.
            rule = miss ? Rules.VerdictDoubleNegation : Rules.VerdictDeniedSuccess;
            from = Math.Min(from, EvidenceStart(s, s.NegatedEvidential));
            return;
        }
        if (s.NoPossibility >= 0 && s.NoPossibility < i && !miss)
        {
            // "Ei ole mahdollista, että tavoite toteutuu", "it is not possible to meet the target": ruled out.
            (rule, from) = (Rules.VerdictInfeasible, Math.Min(from, s.NoPossibility));
            return;
        }
        if (s.PartScope >= 0)
        {
            // "Mökkien osalta tavoite on saavutettu", "för stugornas del", "as for the cottages": met for a part only;
            // "Målet uppfylldes inte inom spårvägstrafiken": missed for a part only.
            rule = Rules.VerdictPartial;
            (from, to) = (Math.Min(from, s.PartScope), Math.Max(to, s.PartScope));
            return;
        }
        var modal = s.Modal(i);
        if (modal >= 0)
        {
            rule = Rules.VerdictRisk;
            from = Math.Min(from, modal);
            return;
        }
        // "ei ole vielä saavutettu"; in a forecast "Under juni månad uppnåddes inte mål för antal operationer": a month missed, not the year.
        // Not "with the post vacant until January 2057 the target will not be reached this year": a future denied.
        if (miss && s.T[i].Form is VerbForm.Past or VerbForm.Participle && (s.ClauseHas(i, Cue.Yet) || s.Round == RoundKind.Forecast && MonthIn(s, i) && !s.FutureBefore(i)))
        {
            rule = Rules.VerdictNotYet;
            return;
        }
        var without = miss ? Without(s, i) : -1;
        if (s.Conditional >= 0 || without >= 0)
        {
            var c = s.Conditional >= 0 ? s.Conditional : without;
            rule = Rules.VerdictConditional;
            (from, to) = (Math.Min(from, c), Math.Max(to, c));
            return;
        }
        if (s.Possibility >= 0)
        {
            // "On mahdollista, että tavoite jää saavuttamatta", "it is possible that the target is met": either way, uncertain.
            rule = Rules.VerdictPossible;
            (from, to) = (Math.Min(from, s.Possibility), Math.Max(to, s.Possibility));
            return;
        }
        var degree = DegreeNear(s, i);
        if (degree >= 0 && !miss)
        {
            // "toteutui lähes kokonaan", "nåddes nästan", "was largely met": met only nearly or mostly.
            rule = Rules.VerdictHedged;
            (from, to) = (Math.Min(from, degree), Math.Max(to, degree));
            return;
        }
        // "On epätodennäköistä, että tavoite saavutetaan", "it is unlikely that the target is met", "tavoitteen saavuttaminen
        // on hyvin epätodennäköistä": probably not, a miss.
        if (!miss && s.Hedge >= 0 && (s.Hedge < i || IsUnlikelyPredicate(s, s.Hedge)) && (s.T[s.Hedge].Has(Cue.Probable) && s.T[s.Hedge].Has(Cue.Negator) || NotLikely(s, s.Hedge)) && !HedgeWithdrawn(s, s.Hedge))
        {
            (rule, from) = (Rules.VerdictNegated, Math.Min(from, s.Hedge));
            return;
        }
        // "will probably be met" is uncertain; "will probably not be met" is still a forecast of a miss.
        if (s.Hedge >= 0 && !(miss && (s.T[s.Hedge].Has(Cue.Probable) || HedgeBeforeEika(s, i))) && !HedgeWithdrawn(s, s.Hedge))
        {
            rule = Rules.VerdictHedged;
            (from, to) = (Math.Min(from, s.Hedge), Math.Max(to, s.Hedge));
            return;
        }
        if (!miss && QualifiedAfterContrast(s, i) is var (qualifier, qualified) && qualifier >= 0)
        {
            (rule, to) = (qualified, Math.Max(to, qualifier));
            return;
        }
        // A delay in the verdict's clause or after it ("on toteutumassa, mutta korona voi viivästyttää") qualifies it;
        // one before it ("hankinta viivästyi, mutta tavoite saavutetaan") is what the verdict answers.
        var delay = s.ClauseFind(i, Cue.Delay);
        if (delay < 0) delay = FindAfter(s, i, Cue.Delay);
        if (!miss && delay >= 0 && s.Negator(delay) < 0 && !s.IsConceded(delay) && !(delay > 0 && s.T[delay - 1].Word is "trots" or "despite"))
        {
            rule = Rules.VerdictDelayed;
            (from, to) = (Math.Min(from, delay), Math.Max(to, delay));
        }
    }

    private static int DeniedHedgeBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < i; j++)
            if (s.T[j].Has(Cue.Hedge) && !s.T[j].Has(Cue.Probable | Cue.Maybe) && s.IsDeniedHedge(j)) return j;
        return -1;
    }

    /// <summary>A degree adverb within two words before or three after the verb in its clause ("toteutui pääosin", "saavuttivat tavoitteet pääsääntöisesti"), or -1.</summary>
    private static int DegreeNear(SentenceContext s, int i)
    {
        for (var j = Math.Max(0, i - 2); j < s.T.Count && j <= i + 8; j++) // "saavuttivat asetetut tavoitteet pääsääntöisesti", "toteutuu ennusteen mukaan vain osaksi"
            if (j != i && s.T[j].Has(Cue.Degree) && s.T[j].Clause == s.T[i].Clause) return j;
        return -1;
    }

    /// <summary>
    /// "ilman lisärahoitusta", "utan extra medel", "without more staff" makes a negated verdict conditional: in its clause,
    /// after it, or fronted at the head of the sentence ("Without extra staff, the target cannot be met").
    /// </summary>
    private static int Without(SentenceContext s, int i)
    {
        var w = s.ClauseFind(i, Cue.Without);
        if (w < 0) w = FindAfter(s, i, Cue.Without);
        if (w < 0 && s.T[0].Has(Cue.Without)) w = 0;
        return w;
    }

    private static int EvidenceStart(SentenceContext s, int evidential)
    {
        var start = s.ClauseStart(evidential);
        for (var j = start; j < evidential; j++)
            if (s.T[j].Has(Cue.Negator | Cue.NegQuantifier)) return j;
        return evidential;
    }

    private static int FindAfter(SentenceContext s, int i, Cue cue)
    {
        for (var j = i + 1; j < s.T.Count; j++)
            if (s.T[j].Has(cue)) return j;
        return -1;
    }

    /// <summary>"Tavoitteen toteutuminen on epävarma", "måluppfyllelsen är osäker", "toteutuminen riippuu ...".</summary>
    private static void RealiseNoun(SentenceContext s, int i, ref StatusResolver found)
    {
        var namesGoal = s.HasGoal;
        if (Attainment.Level(s, i) is var (level, at) && at >= 0)
        {
            // "Måluppfyllelsen är låg", "toteutumisaste jäi heikoksi": low attainment is met in part; high is met.
            // "Nämndens bedömning är att måluppfyllelsen är god": at year end an assessment of attainment reports the year.
            var yearEnd = Tense.ClosedYear(s);
            var rule = level < 0 ? Rules.VerdictHedged : yearEnd ? Rules.VerdictAchieved : Rules.VerdictOnTrack;
            if (level > 0 && ProportionRules.PartOfGoals(s, i)) rule = Rules.VerdictPartOfGoals; // "tre av målen når upp till god måluppfyllelse"
            else if (level > 0 && SeemsInSentence(s, i)) rule = Rules.VerdictHedged; // "ser ut att klara samtliga mål med en god måluppfyllelse"
            found.Add(Make(s, rule, namesGoal, Math.Min(i, at), Math.Max(i, at)));
            return;
        }
        if (s.NegatedEvidential >= 0 && s.SentenceHas(Cue.Evidential) && Doubts(s))
        {
            // "tavoitteen saavuttamista ei ole syytä epäillä", "det finns ingen anledning att tvivla på att målet nås": no doubt is on track.
            found.Add(Make(s, Rules.VerdictDoubleNegation, namesGoal, Math.Min(i, EvidenceStart(s, s.NegatedEvidential)), Math.Max(i, s.NegatedEvidential)));
            return;
        }
        var hedge = s.ClauseFind(i, Cue.Hedge);
        if (hedge >= 0 && s.ClauseHas(i, Cue.Assess) && s.Negator(hedge) < 0)
        {
            // "Kaupunkistrategian toteutumisen seuranta on ollut haasteellista": following the goal is hard, not reaching it.
            found.Add(Make(s, Rules.VerdictUnassessable, namesGoal, Math.Min(i, hedge), Math.Max(i, hedge)));
            return;
        }
        if (hedge >= 0 && s.IsDeniedHedge(hedge) && !s.T[hedge].Has(Cue.Assess))
        {
            // "eikä toteutumiselle ole tunnistettu riskejä": no risk to it is on track.
            found.Add(Make(s, Rules.VerdictNotAtRisk, namesGoal, Math.Min(i, FateRules.DenierBefore(s, hedge)), Math.Max(i, hedge)));
            return;
        }
        if (hedge >= 0 && !SentenceContext.WhollyOr(s.T, hedge))
        {
            found.Add(Make(s, Rules.VerdictHedged, namesGoal, Math.Min(i, hedge), Math.Max(i, hedge)));
            return;
        }
        // "Kierrätystavoitteiden saavuttaminen vaatii kaikkien toimijoiden panostusta": what reaching the goal requires is a condition.
        var condition = s.Conditional >= 0 ? s.Conditional : RequiresAfter(s, i);
        if (condition >= 0)
        {
            found.Add(Make(s, Rules.VerdictConditional, namesGoal, Math.Min(i, condition), Math.Max(i, condition)));
            return;
        }
        if (s.NoPossibility >= 0 && !s.ClauseHas(s.NoPossibility, Cue.Assess) && !s.ClauseHas(i, Cue.Assess))
        {
            // "Tavoitteen saavuttaminen ei ole realistista", "it is not possible": ruled out.
            found.Add(Make(s, Rules.VerdictInfeasible, namesGoal, Math.Min(i, s.NoPossibility), Math.Max(i, s.NoPossibility)));
            return;
        }
        var delay = s.ClauseFind(i, Cue.Delay);
        if (delay >= 0)
        {
            found.Add(Make(s, Rules.VerdictDelayed, namesGoal, Math.Min(i, delay), Math.Max(i, delay)));
            return;
        }
        var onTrack = s.ClauseFind(i, Cue.OnTrack | Cue.Progress);
        if (onTrack >= 0 && s.Negator(onTrack) < 0)
            found.Add(Make(s, Rules.VerdictOnTrack, namesGoal, Math.Min(i, onTrack), Math.Max(i, onTrack)));
    }

    private static void Fail(SentenceContext s, int i, ref StatusResolver found)
    {
        // "Vuoden 30 000 kävijän tavoitteesta ei tarvitse tinkiä": no need to cut the goal back is on course.
        if (s.Negator(i) is var neg and >= 0)
        {
            if (s.T[i].Word.StartsWith("tink", StringComparison.Ordinal) && s.ClauseHas(i, Cue.Goal) && s.Round == RoundKind.Forecast && s.Modal(i) < 0)
                found.Add(Make(s, Rules.VerdictDoubleNegation, true, Math.Min(neg, i), Math.Max(neg, i)));
            return;
        }
        // "No verdict can be given, as the survey vendor failed to deliver": a failure given as the reason is not the verdict;
        // "Vaikka yksi sopimus kariutui, tavoite toteutuu": nor one the verdict concedes.
        if (IsReason(s, i) || s.IsConceded(i) && VerdictOutsideClause(s, i)) return;
        var modal = s.Modal(i);
        // "The measure failed", "Toimenpide epäonnistui": the work the goal is made of failed.
        var work = (s.ClauseHas(i, Cue.Work) || s.ClauseHas(i, Cue.Cost)) && !s.ClauseHas(i, Cue.Partial); // "Nämnden missar budgeten"
        var namesGoal = s.HasGoal;
        if (s.NegatedEvidential >= 0 && s.NegatedEvidential < i)
        {
            // "There is no indication that the target will be missed", "ei merkkejä siitä, että aukiolosta jouduttaisiin tinkimään":
            // a denied failure is a forecast of success.
            found.Add(Make(s, Rules.VerdictDoubleNegation, namesGoal, EvidenceStart(s, s.NegatedEvidential), i));
            return;
        }
        if (!s.HasGoal && !s.HasFrame && !work && s.T.Count > 1) // a bare "Missed." is itself the verdict
        {
            found.Add(Make(s, Rules.RiskFailed, false, i, i));
            return;
        }
        // "Two of the three museum targets were met; the target for school visits fell short": met in part.
        // "får underkänt på 23 av de 89 miljömålen": failed on some of them.
        // "if the work slips, the target will be missed": a miss on a condition is at risk.
        var condition = s.Conditional >= 0 && s.Conditional < i && !Tense.IsPast(s, i) ? s.Conditional : -1;
        var rule = modal >= 0 ? Rules.VerdictRisk
            : condition >= 0 ? Rules.VerdictConditional
            : ProportionRules.CountsMetAndMissed(s, i) >= 0 || ProportionRules.CountOutOf(s, i) >= 0 ? Rules.VerdictPartOfGoals : Rules.VerdictFailed;
        found.Add(Make(s, rule, namesGoal, modal >= 0 ? modal : condition >= 0 ? condition : i, i));
    }

    /// <summary>"The goal is at risk", "tavoite on vaarassa": a hedge that is itself the verdict; elsewhere a risk cue.</summary>
    private static void HedgePredicate(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.IsDeniedHedge(i))
        {
            // "Tavoite ei ole vaarassa", "målet är inte hotat", "the goal is not at risk": denied risk is on track; "… att teaterns
            // ekonomiska framtid inte är hotad": a threat denied, though the goal is not named.
            if (s.ClauseHas(i, Cue.Goal) && !s.ClauseHasRealiseVerb(i))
                found.Add(Make(s, Rules.VerdictNotAtRisk, true, FateRules.DenierBefore(s, i), i));
            else if (s.T[i].Word.StartsWith("hotad", StringComparison.Ordinal) || s.T[i].Word == "hotat")
                found.Add(Make(s, Rules.VerdictNotAtRisk, false, FateRules.DenierBefore(s, i), i));
            return;
        }
        if (IsRemoved(s, i))
        {
            // "aikatauluun liittynyt riski on poistunut", "Risken … är undanröjd": a risk that has gone is no risk.
            found.Add(Make(s, Rules.VerdictNotAtRisk, false, i, i));
            return;
        }
        if (HedgeWithdrawn(s, i)) return;
        if (IsUnlikelyPredicate(s, i))
        {
            // "Det är osannolikt att vi får ihop 300 nya medlemmar", "Epätodennäköistä on, että käyttöaste nousee 75 prosenttiin": probably not, a miss.
            found.Add(Make(s, Rules.VerdictNegated, s.HasGoal, Math.Max(0, i - 1), i));
            return;
        }
        // "Målet är att ta reda på … och förhoppningsvis följa upp": a hope inside the aim's own statement.
        if (s.T.Count > 3 && s.T[0].Word is "målet" or "syftet" && s.T[1].Word == "är" && s.T[2].Word == "att") return;
        // "tiilet olivat tulleet oletettavasti 1950–1960-luvulla": a guess about decades ago.
        if (s.FindWord(s.ClauseStart(i) + 1, s.ClauseEnd(i), w => w == "luvulla") is var decade and > 0 && s.T[decade - 1].Has(Cue.Year)) return;
        if (s.ClauseHas(i, Cue.Goal) && !s.ClauseHasRealiseVerb(i) && !s.ClauseHas(i, Cue.Assess))
            found.Add(Make(s, Rules.VerdictHedged, true, PhraseStart(s, i), i));
        else if (i == s.Hedge && (!s.HasRealiseVerb || BeliefOverThat(s, i)))
            found.Add(Make(s, Rules.RiskHedge, false, i, i));
    }

    /// <summary>
    /// "Det blir inget nybyggt omsorgshem": in a forecast, the thing said not to come at all; its noun, or -1. Not a decision
    /// ("inget inriktningsbeslut"), nor trouble denied ("ingen försening"), nor under a hedge or condition.
    /// </summary>
    private static int NothingWillBe(SentenceContext s, int i)
    {
        if (s.Round != RoundKind.Forecast || i + 2 >= s.T.Count || s.T[i + 1].Word is not ("inget" or "ingen" or "inga") || s.Hedge >= 0 || s.Conditional >= 0) return -1;
        var noun = s.T[i + 2].Word.StartsWith("ny", StringComparison.Ordinal) && i + 3 < s.T.Count ? i + 3 : i + 2;
        return s.T[noun].Cues == Cue.None && !s.T[noun].Word.Contains("beslut", StringComparison.Ordinal) ? noun : -1;
    }

    /// <summary>"Uumoilemme, että kaikki 36 iltakierrosta saadaan pidettyä": a probability over the that-clause after it, whatever its verb says.</summary>
    private static bool BeliefOverThat(SentenceContext s, int i) =>
        s.T[i].Has(Cue.Probable) && !s.T[i].Has(Cue.Negator) && s.FindWord(i + 1, Math.Min(s.T.Count, i + 3), w => w is "että" or "att" or "that") >= 0;

    /// <summary>
    /// "Epäilemme vahvasti, että …", "Vi tvivlar (starkt) på att …", "Emme usko (odota), että …", "Vi tror inte att …": a doubt of our
    /// own over what follows, probably not. A plain "Epäilemme, että" may be a suspicion as well as a doubt, and stays a hedge.
    /// </summary>
    private static bool DoubtThat(SentenceContext s, int i) =>
        (s.T[i].Word is "tvivlar" or "tvivlade" or "usko" or "uskoa" or "odota" or "oleta" or "tror" or "trodde" or "räknar" or "räknade"
            || s.T[i].Word is "epäilemme" or "epäilen" && i + 1 < s.T.Count && s.T[i + 1].Word is "vahvasti" or "kovasti" or "suuresti" or "syvästi")
        && s.T[i].Has(Cue.Negator) && s.FindWord(i + 1, Math.Min(s.T.Count, i + 4), w => w is "että" or "att") >= 0;

    private static bool IsHeldAs(string w) => w is "pidämme" or "pidetään" or "pidän" or "pidimme";

    /// <summary>"är osannolikt", "on (hyvin) epätodennäköistä", "Epätodennäköistä on": unlikely said outright, not only seeming so ("näyttää epätodennäköiseltä").</summary>
    private static bool IsUnlikelyPredicate(SentenceContext s, int i) =>
        (NotLikely(s, i) || DoubtThat(s, i) || ProbablyNot(s, i) || s.T[i].Has(Cue.Probable | Cue.Negator) && (s.T[i].Word is "osannolikt" or "epätodennäköistä" or "unlikely" or "improbable" || s.T[i].Word is "troligt" or "sannolikt" && i > 0 && s.T[i - 1].Word == "föga")
            && (i > 0 && IsCopula(s.T[i - 1].Word) || i > 1 && (IsIntensifier(s.T[i - 1].Word) || s.T[i - 1].Word == "föga") && IsCopula(s.T[i - 2].Word) || i == 0 && i + 1 < s.T.Count && s.T[i + 1].Word == "on")
            || s.T[i].Word == "epätodennäköisenä" && (i > 0 && IsHeldAs(s.T[i - 1].Word) || i > 1 && s.T[i - 1].Word is "hyvin" or "erittäin" or "varsin" && IsHeldAs(s.T[i - 2].Word))) // "Pidämme (hyvin) epätodennäköisenä, että …"
        && !s.HasIn(s.ClauseStart(i), i, Cue.Delay | Cue.Shift | Cue.Cancel | Cue.Fail | Cue.Obstacle | Cue.Worse) // not "Hankkeen viivästyminen on hyvin epätodennäköistä"
        && !s.HasIn(i + 1, GovernedEnd(s, i), Cue.Delay | Cue.Shift | Cue.Cancel | Cue.Fail | Cue.Obstacle | Cue.Worse | Cue.Negator); // not "epätodennäköistä, että hanke viivästyy", "…, ettei tavoitetta saavuteta"

    /// <summary>The end of the clause token i governs: the that-clause after i's own, not a reason after it ("…, sillä valmistaja on siirtänyt toimituksen").</summary>
    private static int GovernedEnd(SentenceContext s, int i) => s.ClauseEnd(i) < s.T.Count ? s.ClauseEnd(s.ClauseEnd(i)) : s.T.Count;

    /// <summary>"toista konetta ei todennäköisesti saada kuntoon", "troligen inte", "tror knappast på": probably, beside a negator, is probably not.</summary>
    private static bool ProbablyNot(SentenceContext s, int i) =>
        s.T[i].Word is "todennäköisesti" or "luultavasti" or "troligen" or "sannolikt" or "probably"
        && (i > 0 && s.T[i - 1].Has(Cue.Negator) || i + 1 < s.T.Count && s.T[i + 1].Has(Cue.Negator))
        || s.T[i].Word is "tror" or "trodde" && s.T[i].Has(Cue.Negator) && i + 2 < s.T.Count && s.T[i + 2].Word == "på"; // "Vi tror knappast på alla tio turneringar"

    /// <summary>"Ei ole todennäköistä, että …": likely, denied by the copula before it.</summary>
    private static bool NotLikely(SentenceContext s, int i) =>
        s.T[i].Word is "todennäköistä" or "odotettavissa" && i >= 2 && s.T[i - 1].Word == "ole" && s.T[i - 2].Has(Cue.Negator) && s.T[i - 2].Word.StartsWith('e');

    /// <summary>The negation of giving at i: "ei voi antaa", or "no" or "inget" before it in its clause ("No figure can be given"); or -1.</summary>
    private static int NoneGiven(SentenceContext s, int i) =>
        s.Negator(i) is var neg and >= 0 ? neg : s.FindWord(s.ClauseStart(i), i, w => w is "no" or "inget" or "ingen" or "inga");

    private static bool IsValueNoun(string w) =>
        w.EndsWith("arvoa", StringComparison.Ordinal) || w.EndsWith("lukua", StringComparison.Ordinal) || w is "figure" or "figures" or "value" or "värde" or "värdet" or "siffra" or "siffror";

    private static bool IsStaff(string w) =>
        w.StartsWith("personal", StringComparison.Ordinal) || w.StartsWith("henkilö", StringComparison.Ordinal) || w.StartsWith("työntekijö", StringComparison.Ordinal)
        || w.StartsWith("ohjaaj", StringComparison.Ordinal) || w.StartsWith("opettaj", StringComparison.Ordinal) || w.StartsWith("lärare", StringComparison.Ordinal) || w is "staff" or "teachers" or "instructors";

    private static bool IsCopula(string word) => word is "är" or "on" or "is" or "it's";

    private static bool IsIntensifier(string word) => word is "hyvin" or "erittäin" or "varsin" or "mycket" or "väldigt" or "riktigt" or "synnerligen" or "högst" or "very" or "highly";

    /// <summary>"pelättiin, että … vaarantaisi kävijätavoitteen; … tätä riskiä ei enää ole": a risk a later clause denies is withdrawn.</summary>
    private static bool HedgeWithdrawn(SentenceContext s, int hedge)
    {
        if (s.RiskDeniedAfter(hedge) || IsRemoved(s, hedge)) return true;
        for (var j = s.ClauseEnd(hedge); j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Hedge) && !s.T[j].Has(Cue.Probable | Cue.Maybe) && (s.Negator(j) >= 0 || s.RiskDeniedAfter(j))) return true;
        return false;
    }

    /// <summary>"riski on poistunut", "risken är undanröjd", "the risk has been removed": within nine words after the noun of risk, in its clause.</summary>
    private static bool IsRemoved(SentenceContext s, int i)
    {
        if (!s.T[i].Word.StartsWith("risk", StringComparison.Ordinal)) return false;
        for (var j = i + 1; j < s.T.Count && j <= i + 9 && s.T[j].Clause == s.T[i].Clause; j++)
            if (s.T[j].Word is "poistunut" or "poistui" or "poistettu" or "väistynyt" or "undanröjd" or "undanröjts" or "eliminerad" or "removed" or "eliminated") return true;
        return false;
    }

    /// <summary>The first word of a two-word cue ("on track", "at risk", "enligt plan") belongs to the phrase.</summary>
    private static int PhraseStart(SentenceContext s, int i) =>
        i > 0 && s.T[i - 1].Clause == s.T[i].Clause && s.T[i - 1].Word is "on" or "at" or "as" or "enligt" or "som" or "in" ? i - 1 : i;

    /// <summary>"ei täysin varmista tavoitteiden toteuttamista": its own negator, not one of "voida" or "tarvita" ("ei tarvita … varmistamiseksi"); the negator, or -1.</summary>
    private static int NotFullyEnsured(SentenceContext s, int i) =>
        s.T[i].Word.StartsWith("varmist", StringComparison.Ordinal) && s.Negator(i) is var neg and >= 0 && neg >= i - 3 && s.SentenceHas(Cue.Goal) && !s.HasRealiseVerb
        && s.FindWord(neg + 1, i, w => w.StartsWith("voi", StringComparison.Ordinal) || w.StartsWith("pysty", StringComparison.Ordinal) || w.StartsWith("tarvi", StringComparison.Ordinal)) < 0 ? neg : -1;

    /// <summary>"entisöinti keskeytyi, … ja työ jatkuu vuonna 2053": after a stop, the work goes on in a later year; the year's index, or -1.</summary>
    private static int ContinuesInLaterYear(SentenceContext s, int i) =>
        s.T[i].Word is "jatkuu" or "jatketaan" or "fortsätter" or "continues" && s.SentenceHas(Cue.Delay) && s.Negator(i) < 0 && s.ReportYear > 0
        && s.FindWord(i + 1, s.ClauseEnd(i), w => char.IsAsciiDigit(w[0])) is var year and > 0 && s.T[year].Has(Cue.Year) && s.IsLaterYear(year) ? year : -1;

    /// <summary>
    /// "ei tulla enää järjestämään", "kommer inte längre att arrangeras": held no more, with no condition, no "vaan/utan" and no
    /// narrower scope ("etänä", "alkuperäisessä laajuudessa"); the verb's index, or -1.
    /// </summary>
    private static int NoLongerHeld(SentenceContext s, int i)
    {
        if (s.T[i].Word is not ("enää" or "längre") || s.Negator(i) < 0 || s.ClauseHas(i, Cue.Yet) || s.Conditional >= 0
            || s.FindWord(0, s.T.Count, w => w is "vaan" or "utan" or "but" or "etänä" or "distans" || w.StartsWith("laajuu", StringComparison.Ordinal) || w.StartsWith("omfattning", StringComparison.Ordinal)) >= 0) return -1;
        return s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "järjestämään" or "järjestetä" or "arrangeras" or "anordnas" || w.StartsWith("toteut", StringComparison.Ordinal) && !w.StartsWith("toteutu", StringComparison.Ordinal));
    }

    /// <summary>
    /// "ajankohtaan vaikuttavat", "tavoitteen toteutumiseen vaikuttaa sää": the timing or the fulfilment, right before a verb of
    /// affecting with no good word ("myönteisesti", "edistää"); its index, or -1.
    /// </summary>
    private static int WhenOrWhetherBefore(SentenceContext s, int i)
    {
        if (s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "myönteisesti" or "positiivisesti" or "suotuisasti" or "edistävästi") >= 0 || s.HasIn(i + 1, s.T.Count, Cue.Progress)) return -1;
        var j = i - 1;
        return j >= s.ClauseStart(i) && (s.T[j].Word.StartsWith("ajankohtaan", StringComparison.Ordinal) || s.T[j].Word is "toteutumiseen" or "aikatauluun" or "valmistumiseen") ? j : -1;
    }

    /// <summary>
    /// "jäivät seuraavaan versioon", "were left for the following spring", "lämnades till nästa etapp": a part left for a later
    /// version, season or stage (a later year is read as a postponement elsewhere); the later noun's index, or -1.
    /// </summary>
    private static int PartLeftForNextStage(SentenceContext s, int i)
    {
        if (s.T[i].Word is not ("jäi" or "jäivät" or "left" or "lämnades" or "lämnas") || s.Negator(i) >= 0) return -1;
        var next = s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w is "seuraavaan" or "seuraavalle" or "following" or "next" or "nästa" or "kommande");
        if (next < 0 || next + 1 >= s.T.Count || s.T[next + 1].Word is "vuoteen" or "vuodelle" or "year" or "år" or "året") return -1;
        return next + 1;
    }

    /// <summary>
    /// "Harrastustakuun 5 uuden kerhon tavoitteesta on toteutunut 3", "3 000 nuoren tavoitteesta on tavoitettu 2 480": a count
    /// after the verb smaller than the target's, written before the target in the elative; the count's index, or -1.
    /// </summary>
    private static int CountShortOfTarget(SentenceContext s, int i)
    {
        var target = s.FindWord(s.ClauseStart(i), i, w => w.Contains("tavoit", StringComparison.Ordinal) && (w.EndsWith("sta", StringComparison.Ordinal) || w.EndsWith("stä", StringComparison.Ordinal)));
        if (target < 0) return -1;
        var figures = FigureRules.Figures(s);
        var whole = figures.FindLastIndex(f => f.At < target && f.At >= target - 4);
        var part = figures.FindIndex(f => f.At > i && f.At <= i + 2);
        return whole >= 0 && part >= 0 && figures[part].Value < figures[whole].Value ? FigureRules.PastFigure(s.T, figures[part].At) - 1 : -1;
    }

    /// <summary>
    /// "pysyy suljettuna toistaiseksi", "är stängd tills vidare", "closed until further notice", "att stänga simhallen … på
    /// obestämd tid" at token i: the closure's index, or -1.
    /// </summary>
    private static int ClosedForNow(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        var forNow = w is "toistaiseksi" or "indefinitely" || w == "vidare" && i > 0 && s.T[i - 1].Word == "tills" || w == "notice" && i > 1 && s.T[i - 1].Word == "further"
            || w == "tid" && i > 0 && s.T[i - 1].Word == "obestämd" || w == "ajaksi" && i > 0 && s.T[i - 1].Word == "määräämättömäksi";
        // Not "stängdes på obestämd tid i mars men öppnade igen i juni".
        if (!forNow || s.Negator(i) >= 0 || s.FindWord(i + 1, s.T.Count, w => w.StartsWith("öppna", StringComparison.Ordinal) || w.StartsWith("avat", StringComparison.Ordinal) || w.StartsWith("avaut", StringComparison.Ordinal) || w.StartsWith("reopen", StringComparison.Ordinal)) >= 0) return -1;
        return s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), v => v.StartsWith("suljettu", StringComparison.Ordinal) || v is "kiinni" or "closed" or "suljetaan" or "sulkea" or "stänga" or "stängs"
            || v.StartsWith("stängd", StringComparison.Ordinal));
    }

    /// <summary>
    /// In a forecast "kommer nu istället att förverkligas sommaren 2021", "järjestetään sen sijaan ensi keväänä": done instead
    /// in a season of a later year; that year's index, or -1.
    /// </summary>
    private static int InsteadLater(SentenceContext s, int i)
    {
        var t = s.T;
        if (s.Round != RoundKind.Forecast || !(t[i].Word is "istället" or "instead" || t[i].Word == "sijaan" && i > 1 && t[i - 1].Word == "sen" && s.ClauseStart(i) < i - 1) || s.Negator(i) >= 0) return -1; // not "…, sen sijaan X on jäämässä", on the other hand
        for (var j = i + 1; j < t.Count && t[j].Clause == t[i].Clause; j++)
            if (t[j].Has(Cue.NextYear) || t[j].Has(Cue.Year) && s.MayBeLaterYear(j) && (Tokenizer.IsSeason(t[j - 1].Word) || t[j - 1].Word is "våren" or "hösten" or "sommaren" or "vintern")) return j;
        return -1;
    }

    /// <summary>"det finns ännu inget underlag för att bedöma målet", "no basis to assess": the denied basis, or -1.</summary>
    private static int NoBasisBefore(SentenceContext s, int i)
    {
        var basis = s.FindWord(Math.Max(0, i - 4), i, w => w.StartsWith("underlag", StringComparison.Ordinal) || w.StartsWith("perustei", StringComparison.Ordinal) || w is "utfall" or "basis" or "grounds");
        return basis < 0 ? -1 : s.Negator(basis) >= 0 ? s.Negator(basis) : basis > 0 && s.T[basis - 1].Has(Cue.NegQuantifier) ? basis - 1 : -1;
    }

    /// <summary>"Toteutumista ei voida arvioida" is not_assessed; "vaikutuksia ei pystytä arvioimaan" (effects, not fulfilment) is a risk.</summary>
    private static void Unassessable(SentenceContext s, int i, ref StatusResolver found)
    {
        var neg = s.Negator(i);
        // "eikä toimittaja osaa arvioida niiden luovutusta", "Toimittajalta ei ole saatu arviota": a supplier who cannot say when, the delivery open, no measure missing.
        if (s.Negator(i) >= 0 && s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("toimittaj", StringComparison.Ordinal) || w.StartsWith("urakoitsij", StringComparison.Ordinal) || w.StartsWith("leverantör", StringComparison.Ordinal)
            || w.StartsWith("entreprenör", StringComparison.Ordinal) || w is "supplier" or "contractor") is var supplier and >= 0)
        {
            found.Add(Make(s, Rules.RiskOpen, false, supplier, i));
            return;
        }
        // Not "Sektorn har inte meddelat när frågan avgörs": when a decision comes is not said, an open question (see OpenRules).
        if (s.T[i].Word is "avgörs" or "ratkaistaan" or "päätetään" && s.FindWord(s.ClauseStart(i), i, w => w is "när" or "milloin" or "when") >= 0) return;
        // Not "bedöms inte kunna nås", where the negator belongs to the verb of realisation after it.
        if (neg > i && s.ClauseHasRealiseVerb(i)) return;
        // "En samlad uppföljning avseende verksamhetsmål har inte kunnat göras": the assessing noun, denied later in its clause.
        if (neg < 0 && s.T[i].Form == VerbForm.None && s.ClauseFind(i, Cue.Negator) is var later and > 0 && later > i && !s.ClauseHasRealiseVerb(i)) neg = later;
        var impossible = s.ClauseFind(i, Cue.Impossible);
        if (neg < 0 && impossible < 0 && NoBasisBefore(s, i) is var basis and >= 0) neg = basis;
        if (neg < 0 && impossible < 0) return;
        // "Avauspäivää ei vielä pystytä arvioimaan", "går det inte att fastställa något startdatum": a date no one can give, open (read above).
        if (DateNotKnown(s, s.ClauseStart(i)) || s.FindWord(i + 1, s.ClauseEnd(i), IsDateWord) >= 0 && s.T[i].Word.StartsWith("fastställ", StringComparison.Ordinal)) return;
        if (impossible < 0 && (s.ClauseFind(i, Cue.Hedge) is var hedge and >= 0 && hedge > i && s.T[hedge].Word.StartsWith("risk", StringComparison.Ordinal) ? hedge
                : s.ClauseFind(i, Cue.Affect) is var affect && affect == i + 1 ? affect : -1) is var risk and >= 0)
        {
            // "valmistumiseen ei arvioida liittyvän riskejä", "det bedöms inte finnas några risker": no risk is seen, not an assessment missing;
            // "eikä remontin arvioida vaikuttavan vuoden varausmäärään": no effect is expected.
            found.Add(Make(s, Rules.VerdictNotAtRisk, false, Math.Min(i, neg), risk));
            return;
        }
        var from = Math.Min(i, neg >= 0 ? neg : impossible);
        var to = Math.Max(i, impossible);
        if (s.Conditional >= 0 && s.Conditional < s.ClauseStart(i) && s.T[s.Conditional].Word is "depends" or "depend" or "hinges" or "riippuu" or "beror"
            || IsReason(s, i) && !s.HasIn(0, s.ClauseStart(i), Cue.Assess))
        {
            // "… hinges on the sand delivery, which the supplier has not yet confirmed", "… is touch and go, as the grid
            // connection has not yet been confirmed": what the work depends on is open, not the goal unassessable.
            found.Add(Make(s, Rules.RiskOpen, false, Math.Min(from, s.Conditional >= 0 ? s.Conditional : from), to));
            return;
        }
        if ((s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsWhen) is var start and >= 0 ? start
                : s.SentenceHas(Cue.Delay) ? s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsHowLong) : -1) is var when and >= 0 && neg >= 0)
        {
            // "eikä rakentamisen aloitusajankohdasta ole tietoa": when it starts is not known, so the schedule is open; so is a
            // delay's ("myöhästyy, koska … poiston kestoa ei vielä osata arvioida"). A schedule alone that cannot be assessed is no assessment.
            found.Add(Make(s, Rules.RiskOpen, false, Math.Min(from, when), Math.Max(to, when)));
            return;
        }
        // "Koronan vaikutuksia ei voida arvioida", "vaikutuksia ei kaikilta osin pystytä arvioimaan": an outside effect, or
        // effects not fully assessable, are a risk; "Hankkeen vaikutusta ei voida vielä arvioida", "Energiansäästöhankkeen
        // vaikutuksia ei pystytty todentamaan": the effect the goal is about, not measured, cannot be assessed.
        // Not "tilastot eivät ole vielä valmiit, mutta koronavuoden vaikutuksista voi vetää …": effects after a "but" are another matter.
        if (s.HasEffect && (s.SentenceHas(Cue.Corona) || s.Hedge >= 0 || s.ClauseFind(i, Cue.Fully) >= 0) && !(!s.ClauseHas(i, Cue.Effect) && s.ContrastIn(i, s.T.Count) >= 0))
            found.Add(Make(s, Rules.RiskUnassessable, false, from, to));
        else
            found.Add(Make(s, Rules.VerdictUnassessable, s.HasGoal, from, to));
    }

    /// <summary>"jäi tehtäväksi", "jäi vuodelle 2034", "jää ensi vuoteen": left to be done later, within three words after token i; or -1.</summary>
    private static int LeftForLater(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), IsCarriedOver) >= 0 ? -1
        : s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 4), w => w is "tehtäväksi" or "vuodelle" or "vuoteen" or "myöhemmäksi") is var near and >= 0 ? near
            // "lattia jäi urakoitsijan aikataulun pettäessä ensi vuodelle": next year, named further on.
            : s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 8), w => w == "vuodelle") is var year and > 0 && s.T[year - 1].Has(Cue.NextYear) ? year
            // "kohteet jäivät sähköliittymien puutteen vuoksi vuoden 2068 puolelle", "jäi ensi vuoden puolelle": over into a later year.
            : s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 8), w => w == "puolelle") is var side and > 1
                && (s.T[side - 1].Has(Cue.NextYear) || s.T[side - 1].Has(Cue.Year) && s.IsLaterYear(side - 1) && s.T[side - 2].Word == "vuoden") ? side : -1;

    /// <summary>
    /// "tehdä", "järjestetä", "aloittamaan", "käynnistetty", "blir … av", "launched", "held": a verb of something taking place,
    /// which denied for this year ("ei järjestetä tänä vuonna", "blev aldrig av under 2036", "will not be launched this year") is a miss.
    /// </summary>
    private static bool IsHappening(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        return w is "tapahtunut" or "tapahtuneet" && s.LaterYearIn(i, s.T.Count) // "muutto ei tapahtunut vuonna 2067, vaan …  2068"; not "vahinkoja ei tapahtunut"
            || w is "tehdä" or "tehdään" or "järjestetä" or "järjestetty" or "järjestetään" or "aloittamaan" or "aloitettu" or "aloiteta" or "käynnistetty" or "käynnistetä" or "open"
            or "launched" or "held" or "arranged" or "organised" or "organized" or "staged"
            || w == "av" && i > 0 && s.T[i - 1].Word is "blir" or "blev" or "bli" or "blivit" && (i + 1 == s.T.Count || s.T[i + 1].Clause != s.T[i].Clause || s.T[i + 1].Word is "i" or "under" or "alls");
    }

    /// <summary>
    /// "ei järjestetä tänä vuonna Kaisaniemessä vaan Kansalaistorilla": done, but elsewhere or otherwise. Not "ei tapahtunut
    /// vuonna 2067, vaan muuttopäivä on nyt huhtikuussa 2068", moved to a later year.
    /// </summary>
    private static bool InsteadElsewhere(SentenceContext s, int i) =>
        s.FindWord(i + 1, s.T.Count, w => w is "vaan" or "utan" or "instead" or "but") is var instead and >= 0 && !s.LaterYearIn(instead, s.T.Count);

    /// <summary>"vuoden aikana", "under året", "during the year" in a year-end text: the year reported on.</summary>
    private static bool DuringTheYear(SentenceContext s) =>
        s.Round == RoundKind.Outcome && s.FindWord(1, s.T.Count, w => w is "aikana" or "året" or "year") is var k and > 0 && s.T[k - 1].Word is "vuoden" or "under" or "the"
        && (s.T[k].Word != "year" || k > 1 && s.T[k - 2].Word == "during");

    /// <summary>"säästöt jäivät käytettäviksi", "opit jäivät hyödynnettäviksi": money or lessons carried over to use, not work left undone.</summary>
    private static bool IsCarriedOver(string w) =>
        w is "käytettäviksi" or "hyödynnettäviksi" or "opit" or "varat" or "säästöt" or "säästö" or "säästöjä" or "määrärahat" or "määrärahaa" or "määräraha"; // not "säästösyistä"

    /// <summary>"inte någon tydlig tendens till", "ei merkkejä": a denied sign of what follows in the clause.</summary>
    private static bool DeniedSignBefore(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("tendens", StringComparison.Ordinal) || w.StartsWith("tecken", StringComparison.Ordinal)
            || w.StartsWith("merkk", StringComparison.Ordinal) || w is "sign" or "signs") is var sign and >= 0 && s.IsDenied(sign);

    /// <summary>"ei saatu mitattua", "ei saatu selvitettyä": what could not be got done is a measurement, so nothing is assessed.</summary>
    private static bool IsMeasured(string w) => w is "mitattua" or "selvitettyä" or "arvioitua" or "laskettua" or "kerättyä" or "tilastoitua" or "eroteltua" or "eriteltyä";

    /// <summary>When something starts, ends or arrives, or how long a pending process takes: "aloitusajankohdasta", "tidpunkten", "käsittelyajasta", "toimitusviikosta", "toimituspäivää".</summary>
    private static bool IsWhen(string w) =>
        w.Contains("ajankoh", StringComparison.Ordinal) || w.Contains("tidpunkt", StringComparison.Ordinal) || w.StartsWith("käsittelyaja", StringComparison.Ordinal)
        || w.StartsWith("handläggningstid", StringComparison.Ordinal) || w.StartsWith("toimitusviik", StringComparison.Ordinal) || w.StartsWith("toimitusaj", StringComparison.Ordinal) || w.StartsWith("toimituspäiv", StringComparison.Ordinal) || w.StartsWith("valmistumispäiv", StringComparison.Ordinal)
        || w.StartsWith("leveranstid", StringComparison.Ordinal) || w.StartsWith("leveransvecka", StringComparison.Ordinal) || w is "when" or "timing";

    /// <summary>How long or on what schedule: "poiston kestoa", "aikataulua", "tidsplanen", "duration".</summary>
    private static bool IsHowLong(string w) =>
        w.StartsWith("kesto", StringComparison.Ordinal) || w.StartsWith("aikataulu", StringComparison.Ordinal) || w.StartsWith("tidsplan", StringComparison.Ordinal)
        || w.StartsWith("varaktighet", StringComparison.Ordinal) || w is "duration" or "schedule";

    /// <summary>"Ennuste annetaan seuraavalla kierroksella": the forecast itself comes later.</summary>
    private static void Deferred(SentenceContext s, int i, ref StatusResolver found)
    {
        if (s.HasRealiseVerb || LaterThanPlanned(s, i) >= 0) return; // not "otetaan käyttöön arvioitua myöhemmin", a delay
        for (var j = 0; j < s.T.Count; j++)
        {
            if (!s.T[j].Has(Cue.ForecastNoun | Cue.Assess)) continue;
            found.Add(Make(s, Rules.VerdictDeferred, false, Math.Min(i, j), Math.Max(i, j)));
            return;
        }
    }

    /// <summary>"No forecast yet", "ei ennustetta", "ingen bedömning": the forecast is absent (a realise verb makes it a verdict instead).</summary>
    private static void NoForecast(SentenceContext s, int i, ref StatusResolver found)
    {
        // "ingen prognos för om målet kommer att nås": the verb after "whether" is asked, not a verdict.
        if (s.HasRealiseVerb && !(s.Asked > i) || i == 0 || s.T[i - 1].Clause != s.T[i].Clause) return;
        // "menoja ei voida ennustaa", "ei pystytä vielä ennustamaan": denied with the verb of ability between.
        var neg = i - 1;
        while (neg > 0 && neg >= i - 2 && s.T[neg].Word is "voida" or "voi" or "pystytä" or "pysty" or "kyetä" or "vielä" && s.T[neg - 1].Clause == s.T[i].Clause) neg--;
        if (!s.T[neg].Has(Cue.NegQuantifier | Cue.Negator) || neg < i - 1 && !s.T[neg].Has(Cue.Negator)) return;
        found.Add(Make(s, Rules.VerdictNoForecast, false, neg, i));
    }

    internal static Finding Make(SentenceContext s, Rule rule, bool namesGoal, int from, int to)
    {
        var t = s.T;
        // Keep "on", "ei", "tullaan", "will", "har" before the phrase: "on saavutettu", "will not be met".
        for (var k = 0; k < 2 && from > 0 && t[from - 1].Clause == t[from].Clause && t[from - 1].Has(Cue.Auxiliary | Cue.Negator); k++) from--;
        return new Finding(rule, namesGoal, s.Sentence, new TextRange(t[from].Start, t[to].End), s.Order + from, Qualified(s, from, to));
    }

    /// <summary>
    /// Within three words of the phrase in its clause, a word that may qualify it: a share, a degree, a hedge, a figure, or a
    /// manner adverb ("dåligt", "heikosti", "suunnitellusti", "poorly") that the phrase does not hold.
    /// </summary>
    private static bool Qualified(SentenceContext s, int from, int to)
    {
        var t = s.T;
        for (var j = Math.Max(0, from - 3); j < t.Count && j <= to + 3; j++)
        {
            if (j >= from && j <= to || t[j].Clause != t[from].Clause && t[j].Clause != t[to].Clause) continue;
            var w = t[j].Word;
            if (t[j].Has(Cue.Fraction | Cue.Degree | Cue.Partial | Cue.Hedge | Cue.Modal | Cue.Conditional)) return true;
            if (char.IsAsciiDigit(w[0]) && !t[j].Has(Cue.Year) && w.Count(c => c == '.') < 2) return true; // a figure, not a date
            if (w.Length > 5 && (w.EndsWith("sti", StringComparison.Ordinal) || w.EndsWith("ligt", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }
}
