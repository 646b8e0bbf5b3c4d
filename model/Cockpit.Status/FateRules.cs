namespace Cockpit.Status;

/// <summary>
/// Verdicts read from what stands in the goal's way, or from how the work ended: a denied obstacle ("ei esteitä",
/// "nothing would prevent") is on track; a goal proved impossible ("mahdoton toteuttaa", "omöjligt", "impossible") is a
/// miss; what fell through with nothing in its place ("eikä korvaavia järjestetä", "no replacement") is a miss; a
/// project that was completed ("hanke valmistui", "the project was finished") is achieved.
/// </summary>
internal static class FateRules
{
    public static void Obstacle(SentenceContext s, int i, ref StatusResolver found)
    {
        // "Hankinnasta valitettiin, mutta markkinaoikeus hylkäsi valituksen", "The exhibition appealed to young audiences": no obstacle left.
        if (IsAppeal(s.T[i].Word) && (s.FindWord(0, s.T.Count, w => w.StartsWith("hylkä", StringComparison.Ordinal) || w.StartsWith("hylät", StringComparison.Ordinal)
                || w.StartsWith("avslog", StringComparison.Ordinal) || w is "rejected" or "dismissed") >= 0 || i + 1 < s.T.Count && s.T[i + 1].Word == "to")) return;
        // "Att biblioteket stänger hindrar inte målet": a Swedish verb denied by the "inte" after it.
        var deniedAfter = i + 1 < s.T.Count && s.T[i + 1].Word is "inte" or "ej" && s.T[i + 1].Clause == s.T[i].Clause
            && !(i + 2 < s.T.Count && s.T[i + 2].Word is "bara" or "endast" or "enbart"); // not "hindrar inte bara … utan också"
        if (!s.IsDenied(i) && !deniedAfter)
        {
            found.Add(SentenceReader.Make(s, Rules.RiskObstacle, false, i, i));
            return;
        }
        // "Mitään estettä nuorisotalon avaamiselle ei ole näköpiirissä": no obstacle in sight is on track whatever it names; only a
        // sentence that names the goal makes it a strong verdict.
        // "Leuto joulukuu ei estänyt tavoitteen täyttymistä" at year end: nothing stood in the way, and the year is over.
        var pastAtYearEnd = Tense.IsYearEnd(s, i) && s.T[i].Word is "estänyt" or "estäneet" or "hindrade" or "hindrat" or "prevented" && s.ContrastIn(i, s.T.Count) < 0
            && s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w is "kokonaan" or "täysin" or "kaikkia" or "helt" or "alla" or "fully" or "all") < 0; // not "ei kokonaan estänyt": in part
        found.Add(SentenceReader.Make(s, pastAtYearEnd ? Rules.VerdictAchieved : Rules.VerdictNoObstacle, s.HasGoal, deniedAfter ? i : DenierBefore(s, i), deniedAfter ? i + 1 : i));
    }

    private static bool IsAppeal(string w) => w.StartsWith("valitet", StringComparison.Ordinal) || w.StartsWith("överklag", StringComparison.Ordinal) || w == "appealed";

    /// <summary>The negator or "nothing" that denies token i.</summary>
    public static int DenierBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (s.T[j].Has(Cue.Negator | Cue.NegQuantifier)) return j;
        return i;
    }

    /// <summary>A denied obstacle before token i, or -1: "nothing that would prevent the target from being reached".</summary>
    public static int DeniedObstacleBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (s.T[j].Has(Cue.Obstacle) && s.IsDenied(j)) return j;
        return -1;
    }

    /// <summary>An undenied "impossible" before token i in its clause ("impossible to meet the target"), or -1.</summary>
    public static int InfeasibleBefore(SentenceContext s, int i)
    {
        for (var j = i - 1; j >= s.ClauseStart(i); j--)
            if (s.T[j].Has(Cue.Infeasible) && s.Negator(j) < 0) return j;
        return -1;
    }

    /// <summary>"Tavoite on osoittautunut mahdottomaksi toteuttaa": about doing the goal, not about assessing it.</summary>
    public static void Infeasible(SentenceContext s, int i, ref StatusResolver found)
    {
        // "hankinta on käytännössä mahdoton saada päätökseen tänä vuonna": the goal, or this year's work, is out of reach.
        if (s.Negator(i) < 0 && i + 1 < s.T.Count && s.T[i + 1].Word is "ennakoida" or "ennustaa" or "sanoa" or "förutse" or "förutsäga" or "predict" or "foresee")
        {
            // "Koronan vaikutusta on mahdoton ennakoida": what cannot be foreseen is uncertain, not ruled out; "Toteutumista on
            // mahdoton ennakoida" cannot be assessed.
            found.Add(SentenceReader.Make(s, s.ClauseHas(i, Cue.Realise) ? Rules.VerdictUnassessable : Rules.RiskUncertain, false, i, i + 1));
            return;
        }
        // "There is no way to squeeze the remaining 20 of the 28 lessons into the season": the rest of the year's count ruled out.
        var rest = s.FindWord(i + 1, s.T.Count, w => w is "remaining" or "loput" or "återstående" or "resterande") >= 0;
        if (!s.HasGoal && !s.HasThisYear && !rest || s.Negator(i) >= 0 || s.SentenceHas(Cue.Assess)) return;
        var modal = s.Modal(i);
        found.Add(modal >= 0 || s.Hedge >= 0 || s.Conditional >= 0
            ? SentenceReader.Make(s, Rules.VerdictRisk, true, modal >= 0 ? modal : i, i)
            : SentenceReader.Make(s, Rules.VerdictInfeasible, true, i, i));
    }

    /// <summary>
    /// At year end "Stenmuseet hölls stängt under sommaren", "museo oli suljettuna koko kesän": closed for its whole season; "Jo
    /// toinen vuosi kului ilman perinteisiä tapahtumia", "året gick utan …": a year without them. Nothing was held.
    /// </summary>
    public static void NothingHeld(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Outcome) return;
        var t = s.T;
        for (var i = 1; i + 1 < t.Count; i++)
        {
            var closed = t[i].Word is "stängt" or "stängd" or "suljettuna" or "closed" && t[i - 1].Word is "hölls" or "var" or "oli" or "pidettiin" or "was" or "remained" or "stayed"
                && s.FindWord(i + 1, s.ClauseEnd(i), w => w is "sommaren" or "säsongen" or "året" or "kesän" or "vuoden" or "summer" or "season" or "year") is var season && season > i
                && t[season - 1].Word is "under" or "hela" or "koko" or "all" or "the";
            var without = t[i].Word is "ilman" or "utan" or "without" && t[i - 1].Word is "kului" or "gick" or "passed" && i > 1 && t[i - 2].Word is "vuosi" or "året" or "år" or "year";
            // "Under året har vi inte haft någon verksamhet för äventyrare": no activity at all in the year.
            var none = t[i].Word is "verksamhet" or "toimintaa" or "activities" && t[i - 1].Word is "någon" or "mitään" or "any" && i > 1 && t[i - 2].Word is "haft" or "hade" or "ollut" or "had"
                && s.Negator(i - 2) >= 0 && s.HasThisYear;
            if (none)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictCancelled, false, s.Negator(i - 2), i));
                return;
            }
            if ((closed || without) && s.Negator(i) < 0)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictCancelled, false, i - 1, Math.Min(s.ClauseEnd(i) - 1, i + 3)));
                return;
            }
        }
    }

    /// <summary>
    /// At year end "Tuloksia saadaan helmikuussa 2095", "Vuoden tulokset valmistuvat maaliskuussa 2097": the measure's results
    /// come in a later year, so the goal cannot be assessed yet.
    /// </summary>
    public static void ResultsLater(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Outcome || ResultsDueLater(s) is not var (results, later)) return;
        found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, false, results, later));
    }

    /// <summary>The results noun opening the sentence and the later year they are due in, or null.</summary>
    internal static (int Results, int Later)? ResultsDueLater(SentenceContext s)
    {
        var results = s.FindWord(0, Math.Min(s.T.Count, 3), w => w is "tulokset" or "tuloksia" or "tulos" or "resultaten" or "resultatet" or "results");
        if (results < 0 || s.FindWord(results + 1, Math.Min(s.T.Count, results + 3), w => w is "saadaan" or "valmistuvat" or "valmistuu" or "kommer" or "blir" or "will" or "are" or "is") is not (var due and >= 0)
            || s.Negator(due) >= 0 || Tense.LaterYear(s, due) is not (var later and >= 0)) return null;
        return (results, later);
    }

    /// <summary>"Vuodelta ei siksi kertynyt mitattua tyytyväisyystietoa", "puuttuu … tyytyväisyystieto": no data gathered, nothing to assess the goal by.</summary>
    public static void NoDataGathered(SentenceContext s, ref StatusResolver found)
    {
        var missing = s.FindWord(0, s.T.Count, w => w is "puuttuu" or "puuttui");
        if (missing >= 0 && s.Negator(missing) < 0 && s.FindWord(missing + 1, Math.Min(s.ClauseEnd(missing), missing + 4), w => w.EndsWith("tieto", StringComparison.Ordinal) || w.EndsWith("tiedot", StringComparison.Ordinal)) is var lacking and >= 0)
        {
            found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, false, missing, lacking)); // "Vuodelta puuttuu siksi mitattu tyytyväisyystieto"
            return;
        }
        // "No visitor counts exist yet for the pop-up libraries", "Inga besökssiffror finns ännu": no data yet, nothing to assess by.
        if (s.FindWord(0, s.T.Count, w => w is "no" or "inga" or "ingen" or "inget") is var none and >= 0 && s.ClauseFind(none, Cue.Yet) >= 0
            && s.FindWord(none + 1, Math.Min(s.ClauseEnd(none), none + 4), OpenRules.IsData) is var noData and >= 0)
        {
            found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, false, none, noData));
            return;
        }
        var gathered = s.FindWord(0, s.T.Count, w => w is "kertynyt" or "kertyneet" or "saatu");
        var neg = gathered < 0 ? -1 : s.Negator(gathered);
        if (neg < 0) return;
        var data = s.FindWord(gathered + 1, Math.Min(s.ClauseEnd(gathered), gathered + 4), w => w.EndsWith("tietoa", StringComparison.Ordinal) || w.EndsWith("tietoja", StringComparison.Ordinal) || w.EndsWith("dataa", StringComparison.Ordinal)
            || w.EndsWith("tuloksia", StringComparison.Ordinal) || w.EndsWith("lukuja", StringComparison.Ordinal)); // "ei kertynyt tyytyväisyyslukuja"
        if (data >= 0) found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, false, Math.Min(neg, gathered), data));
    }

    /// <summary>
    /// "Laadun parantamiseen ei ole mahdollisuuksia", "It is no longer realistic to open the youth centre this year": what the
    /// goal needs is ruled out, with no verb of realisation (those are read as verdicts) and nothing assessed.
    /// </summary>
    public static void RuledOut(SentenceContext s, ref StatusResolver found)
    {
        var i = s.NoPossibility;
        if (i >= 0 && !s.SentenceHas(Cue.Realise) && FollowUpAfter(s, i) is var follow and >= 0)
        {
            // "flera av etappmålen inte är möjliga att följa upp": what cannot be followed up cannot be assessed.
            found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, s.HasGoal, Math.Min(i, DenierBefore(s, i)), follow));
            return;
        }
        if (i >= 0 && s.ClauseStart(i) > 0 && s.ClauseHas(s.ClauseStart(i) - 1, Cue.Assess) && !s.SentenceHas(Cue.Realise))
        {
            // "Kartoitukset – arvio: ei vielä mahdollinen": the assessment is what is not possible yet.
            found.Add(SentenceReader.Make(s, Rules.VerdictUnassessable, false, s.ClauseFind(s.ClauseStart(i) - 1, Cue.Assess), i));
            return;
        }
        if (i < 0 || s.SentenceHas(Cue.Assess | Cue.ForecastNoun) || RealiseOutsideReason(s, i)) return;
        // "Touhupirtin käyttöä ei ole mahdollista jatkaa": what cannot go on is a loss the goal must absorb, a risk.
        var goesOn = s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 3), w => w is "jatkaa" or "fortsätta" or "continue") >= 0;
        var rule = s.Hedge >= 0 || s.Conditional >= 0 || goesOn ? Rules.VerdictRisk : Rules.VerdictInfeasible;
        found.Add(SentenceReader.Make(s, rule, s.HasGoal, Math.Min(i, DenierBefore(s, i)), i));
    }

    /// <summary>
    /// In a forecast "elljusspåret kan inte återställas helt under innevarande vinter", "latua ei voida kunnostaa tänä
    /// talvena", "cannot be reopened this year": not to be done in the year or season reported on.
    /// </summary>
    public static void CannotThisYear(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.SentenceHas(Cue.Assess | Cue.ForecastNoun | Cue.Conditional | Cue.Hedge)) return;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!(s.T[i].Word is "voida" or "pystytä" or "ehditä" or "kan" or "can" && s.Negator(i) is var neg and >= 0 || s.T[i].Word == "cannot" && (neg = i) >= 0)) continue;
            var (start, end) = (s.ClauseStart(i), s.ClauseEnd(i));
            // Not "I år kan vi inte använda detta verktyg eftersom svarsfrekvensen är för låg": a tool or a measure that cannot be used.
            if (s.FindWord(start, end, w => w is "använda" or "käyttää" or "use" or "mäta" or "mitata" or "measure") >= 0) continue;
            if (s.HasIn(start, end, Cue.ThisYear) || s.FindWord(start, end, w => w is "innevarande" or "kuluvan" or "kuluvana") >= 0)
            {
                found.Add(SentenceReader.Make(s, Rules.VerdictInfeasible, s.HasGoal, Math.Min(neg, i), Math.Max(neg, i)));
                return;
            }
        }
    }

    /// <summary>
    /// "Kuivaluodon laituri on mahdollista uusia jo kuluvan vuoden aikana", "det är möjligt att renovera hallen i år": during the
    /// year, work that is only possible is not yet sure, a risk.
    /// </summary>
    public static void WorkPossible(SentenceContext s, ref StatusResolver found)
    {
        if (s.Round != RoundKind.Forecast || s.HasGoal || s.SentenceHas(Cue.Negator)) return;
        for (var i = 1; i + 1 < s.T.Count; i++)
        {
            var work = s.T[i].Word is "mahdollista" && s.T[i - 1].Word is "on" or "olisi" ? i + 1
                : s.T[i].Word is "möjligt" && s.T[i - 1].Word is "är" or "vore" && s.T[i + 1].Word == "att" ? i + 2 : -1;
            if (work < 0 || work >= s.T.Count || s.T[work].Word is not ("uusia" or "rakentaa" or "korjata" or "kunnostaa" or "peruskorjata" or "toteuttaa" or "aloittaa" or "avata"
                or "bygga" or "renovera" or "genomföra" or "öppna" or "starta" or "rusta")) continue;
            found.Add(SentenceReader.Make(s, Rules.VerdictPossible, false, i - 1, work));
            return;
        }
    }

    /// <summary>"klart att användas", "klart att använda": ready for use, not "klart att …", it is clear that.</summary>
    private static bool ReadyForUse(SentenceContext s, int att) => att + 1 < s.T.Count && (s.T[att].Word == "att" && s.T[att + 1].Word is "använda" or "användas" or "nyttja" or "nyttjas"
        || s.T[att].Word == "för" && s.T[att + 1].Word == "användning"); // "står den nya Korsnäsgården klar för användning"

    /// <summary>In a forecast, the construction finished ("Bygget blev klart", "rakennustyöt valmistuivat") in a text that says the place opens later.</summary>
    private static bool BuildingDoneOpeningAhead(SentenceContext s, int i) =>
        s.Round == RoundKind.Forecast && s.FindWord(s.ClauseStart(i), i, w => w is "bygget" or "byggarbetet" or "byggnationen" or "byggnadsarbetet" or "rakentaminen" or "rakennustyöt" or "construction") >= 0
        && (s.Text.Contains(" öppnar ", StringComparison.OrdinalIgnoreCase) || s.Text.Contains(" avataan ", StringComparison.OrdinalIgnoreCase) || s.Text.Contains(" avautuu ", StringComparison.OrdinalIgnoreCase)
            || s.Text.Contains(" opens ", StringComparison.OrdinalIgnoreCase) || s.Text.Contains(" will open ", StringComparison.OrdinalIgnoreCase));

    /// <summary>A verb of realisation in the sentence, not in a clause of reason after token i's (<see cref="SentenceReader.IsReason"/>).</summary>
    private static bool RealiseOutsideReason(SentenceContext s, int i)
    {
        for (var j = 0; j < s.T.Count; j++)
            if (s.T[j].Has(Cue.Realise) && !(s.T[j].Clause > s.T[i].Clause && SentenceReader.IsReason(s, j))) return true;
        return false;
    }

    /// <summary>"att följa upp", "att mäta", "seurata", "mitata", "to measure", "to monitor" within three words after token i, or -1.</summary>
    private static int FollowUpAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.T.Count && j <= i + 3 && s.T[j].Clause == s.T[i].Clause; j++)
        {
            var w = s.T[j].Word;
            if (w == "följa" && j + 1 < s.T.Count && s.T[j + 1].Word == "upp") return j + 1;
            if (w is "mäta" or "mitata" or "seurata" or "measure" or "monitor" or "track") return j;
        }
        return -1;
    }

    /// <summary>"Nämnden kan i nuläget inte bidra till kommunfullmäktigemålet", "cannot contribute to the target": the goal is out of reach.</summary>
    public static void CannotContribute(SentenceContext s, int i, ref StatusResolver found)
    {
        var neg = s.Negator(i);
        if (neg < 0 || !s.ClauseHas(i, Cue.Goal)) return;
        found.Add(SentenceReader.Make(s, Rules.VerdictInfeasible, true, Math.Min(neg, i), Math.Max(neg, i)));
    }

    public static bool IsSuffice(string w) =>
        w is "riitti" or "riittänyt" or "riittäneet" or "riittivät" or "riittää" or "riittävät" or "riitä" or "riittävä" or "räcker" or "räckte" or "räckt" or "räcka";

    /// <summary>"nykyvauhdilla se juuri ja juuri riittää", "räcker nätt och jämnt": money that will barely suffice may not.</summary>
    private static bool Barely(SentenceContext s, int i)
    {
        for (var j = Math.Max(2, i - 3); j <= Math.Min(s.T.Count - 1, i + 5); j++)
            if ((j < i ? s.T[j].Clause : s.T[j - 2].Clause) == s.T[i].Clause // "ja" may open a clause inside the phrase
                && (s.T[j].Word == "juuri" && s.T[j - 1].Word == "ja" && s.T[j - 2].Word == "juuri" || s.T[j].Word == "jämnt" && s.T[j - 1].Word == "och" && s.T[j - 2].Word == "nätt"))
                return true;
        return false;
    }

    /// <summary>
    /// "tulorahoitus riitti kattamaan nettoinvestoinnit", "säästötoimet eivät riitä kattamaan alijäämää", "eikä se riittänyt":
    /// money that sufficed or did not, for what the finances had to cover. "Not yet enough" is a risk.
    /// </summary>
    public static void Suffices(SentenceContext s, int i, ref StatusResolver found)
    {
        // "Tavoitteeseen tarvittaisiin vielä 900 osallistujaa, mihin nykyinen ohjaajamäärä tuskin riittää": what the goal needs, hardly enough.
        // "tavoitteena on antaa … riittävä tieto tavoitteiden saavuttamisesta": an attribute of what the goal is to give, not a verdict.
        if (s.T[i].Word == "riittävä" && !(i > 0 && s.T[i - 1].Word is "on" or "ole" or "oli" or "ollut" or "ovat") || OutcomeRules.GoalDefinedBefore(s, i)) return;
        var goalNeeds = s.HasGoal && s.Negator(i) >= 0 && s.FindWord(0, i, w => w.StartsWith("tarvit", StringComparison.Ordinal) || w is "behövs" or "behövde" or "needed" or "needs") >= 0;
        if (!AboutMoney(s) && !ReachingAfter(s, i) && !(AboutPlaces(s, i) && !SentenceReader.IsReason(s, i)) && !goalNeeds || s.T[i].Has(Cue.Assess)) return; // not "räcker inte för en bedömning"
        // "määräraha riittää neljään iltaan": enough for a count it names, which says how much, not that the goal is met.
        if (s.Negator(i) < 0 && i + 1 < s.T.Count && (FigureRules.NumberWords.ContainsKey(s.T[i + 1].Word) || char.IsAsciiDigit(s.T[i + 1].Word[0]))
            && s.FindWord(i + 1, Math.Min(s.ClauseEnd(i), i + 5), w => Lexicon.IsGoalWord(w)) < 0) return; // not "riitti 10 000 nuoren tavoitteeseen"
        var neg = s.Negator(i);
        var from = neg >= 0 ? Math.Min(neg, i) : i;
        var rule = neg >= 0 ? (s.ClauseHas(i, Cue.Yet) ? Rules.RiskPartial : s.FindWord(neg, i, w => w is "välttämättä" or "nödvändigtvis" or "necessarily") >= 0 ? Rules.VerdictRisk : Rules.VerdictNegated)
            : Tense.IsYearEnd(s, i) || s.T[i].Word is "riitti" or "riittänyt" or "riittivät" or "räckte" or "räckt" ? Rules.VerdictAchieved
            : Barely(s, i) ? Rules.VerdictHedged : Rules.VerdictOnTrack;
        // "Vuosikate riitti kattamaan suunnitelmanmukaiset poistot, mutta ei kaikkia lisäpoistoja": enough for part only.
        // Not "mutta ei niin selvästi kuin edellisvuonna": only "not all" of what it was to cover.
        // "…, mutta ei investointeja", "mutta ei syksyn ohjelmaan": not what the clause after it names.
        if (neg < 0 && s.ContrastIn(i + 1, s.T.Count) is var but and > 0 && s.HasIn(but, s.ClauseEnd(but), Cue.Negator)
            && (s.FindWord(but, s.ClauseEnd(but), w => w.StartsWith("kaik", StringComparison.Ordinal) || ResultRules.IsAll(w)) >= 0
                || but + 2 < s.T.Count && s.T[but + 1].Has(Cue.Negator) && s.T[but + 2].Form == VerbForm.None && !s.T[but + 2].Has(Cue.Degree)
                    && s.T[but + 2].Word is not ("niin" or "yhtä" or "kovin" or "aivan" or "täysin" or "enää" or "lika" or "så")))
        {
            found.Add(SentenceReader.Make(s, Rules.VerdictPartial, true, i, s.ClauseEnd(but) - 1));
            return;
        }
        found.Add(SentenceReader.Make(s, rule, true, from, Math.Max(neg, i)));
    }

    /// <summary>
    /// "riittävät nostamaan määrän tavoitetasolle", "ei ole riittävä hiilineutraaliksi pääsemiseen": enough, or not, for the
    /// goal named after it in its clause.
    /// </summary>
    private static bool ReachingAfter(SentenceContext s, int i)
    {
        for (var j = i + 1; j < s.ClauseEnd(i); j++)
            if (s.T[j].Has(Cue.Goal) || s.T[j].Word.StartsWith("pääsemise", StringComparison.Ordinal) || s.T[j].Word.StartsWith("saavuttamise", StringComparison.Ordinal)
                || s.T[j].Word is "alle" or "yli" or "under" or "över" && s.FindWord(i + 1, j, w => char.IsAsciiDigit(w[0])) >= 0) return true; // "riitä painamaan sitä tänä vuonna 45:n alle"
        return false;
    }

    /// <summary>"Platserna inom barnomsorgen kommer inte att räcka till", "päiväkotipaikat eivät riitä": places or capacity for those who need them.</summary>
    private static bool AboutPlaces(SentenceContext s, int i) =>
        s.FindWord(s.ClauseStart(i), s.ClauseEnd(i), w => w.Contains("paikat", StringComparison.Ordinal) || w.Contains("paikko", StringComparison.Ordinal)
            || w.StartsWith("plats", StringComparison.Ordinal) || w.Contains("kapasitee", StringComparison.Ordinal) || w.Contains("kapacitet", StringComparison.Ordinal)) >= 0;

    private static bool AboutMoney(SentenceContext s)
    {
        foreach (var t in s.T)
        {
            var w = t.Word;
            if (t.Has(Cue.Cost) || w.StartsWith("talou", StringComparison.Ordinal) || w.StartsWith("säästö", StringComparison.Ordinal) || w.StartsWith("vuosikat", StringComparison.Ordinal)
                || w.StartsWith("tulorahoitu", StringComparison.Ordinal) || w.StartsWith("alijää", StringComparison.Ordinal) || w.StartsWith("investoin", StringComparison.Ordinal)
                || w.StartsWith("ekonomi", StringComparison.Ordinal) || w.StartsWith("medl", StringComparison.Ordinal) || w is "medel" or "pengarna") return true;
        }
        return false;
    }

    private static bool PastBefore(SentenceContext s, int i)
    {
        for (var j = 0; j < i; j++)
            if (s.T[j].Form == VerbForm.Past) return true;
        return false;
    }

    /// <summary>"eikä korvaavia tilaisuuksia järjestetä", "inga ersättande", "no replacement": nothing takes the place of what fell through.</summary>
    public static void NotReplaced(SentenceContext s, int i, ref StatusResolver found)
    {
        if (!s.IsDenied(i) || s.SentenceHas(Cue.Partial) || s.Modal(i) >= 0 || s.Conditional >= 0) return;
        // Not "eikä ryhmille jouduttu etsimään korvaavia tiloja": no replacement was needed.
        if (s.FindWord(s.ClauseStart(i), i, w => w.StartsWith("joudut", StringComparison.Ordinal) || w.StartsWith("tarvi", StringComparison.Ordinal) || w.StartsWith("behöv", StringComparison.Ordinal) || w is "needed" or "need") >= 0) return;
        var from = i;
        for (var j = 0; j < i; j++)
            if (s.T[j].Has(Cue.Cancel) || s.T[j].Has(Cue.Realise) && s.Negator(j) >= 0) { from = j; break; }
        // "juhannusvalkeat järjestettiin suunnitellusti, mutta elokuun leiri peruttiin, eikä sitä korvata": the rest held, so met in part.
        var rest = SentenceReader.MetBeforeBut(s, from);
        // "Chances are good …, yet the sound engineer leaves in June with no replacement named": nothing fell through yet, a risk.
        // "eikä korvaavaa venettä saada tälle kaudelle": none for the season, so the season's work falls through.
        var fellThrough = from < i || Tense.IsYearEnd(s, i) || s.HasIn(0, i, Cue.Remain) || PastBefore(s, i) // "leirit jäävät pitämättä", "sopimus päättyi"
            || s.FindWord(i + 1, s.T.Count - 1, w => w == "tälle") is var season and > 0 && s.T[season + 1].Word is "kaudelle" or "kesälle" or "vuodelle";
        found.Add(SentenceReader.Make(s, rest ? Rules.VerdictPartial : fellThrough ? Rules.VerdictNotReplaced : Rules.VerdictRisk, s.HasGoal, rest ? 0 : Math.Min(from, DenierBefore(s, i)), i));
    }

    /// <summary>
    /// "Hanke valmistui kesäkuussa", "peruskorjaus valmistui elokuussa", "the project was finished in May": the goal's
    /// work completed is the goal achieved.
    /// </summary>
    public static bool Completed(SentenceContext s, int i, ref StatusResolver found)
    {
        if (!IsCompleted(s, i)) return false;
        if (ProgrammeRules.OnSchedule(s)) return true; // "uusimisohjelmassa 2091–2093 työt valmistuivat tämän vuoden aikana neljässä hallissa, ja viimeiset … 2093": the year's share of it
        if (BuildingDoneOpeningAhead(s, i))
        {
            // "Skateparken öppnar i augusti på villkor att … Bygget blev klart i juni.": the building done, the opening still to come.
            found.Add(SentenceReader.Make(s, Rules.Progress, false, i, i));
            return true;
        }
        // "Peruskorjaus valmistui vasta tammikuussa 2021": done, but only in the next year.
        found.Add(OnlyInLaterYear(s, i) is var late and >= 0 ? SentenceReader.Make(s, Rules.VerdictNotInTime, true, i, late)
            : PartLeftForLater(s, i) is var left and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, i, left)
            : SentenceReader.FigureWholeThenFewer(s, i) is var whole and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, whole, i) // "30 hankkeesta valmistui 24"
            // "Accessibility audits were completed for eight of the twelve youth centres": done for some of them.
            : ProportionRules.CountOutOfAny(s, s.ClauseStart(i), s.ClauseEnd(i)) is var outOf and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(i, outOf), Math.Max(i, outOf))
            : SentenceReader.CountFromWhole(s, i) is var fromWhole and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(i, fromWhole), Math.Max(i, fromWhole)) // "Kahdeksan … saatiin valmiiksi ohjelman neljästätoista"
            : s.ClauseFind(i, Cue.Degree) is var mostly and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(i, mostly), Math.Max(i, mostly)) // "Hanke valmistui pääosin"
            : SentenceReader.AllBut(s, i) is var except and >= 0 ? SentenceReader.Make(s, Rules.VerdictPartial, true, Math.Min(i, except), Math.Max(i, except)) // "Kaikki … valmistuivat Kurkimäkeä lukuun ottamatta"
            : SentenceReader.Make(s, Rules.VerdictCompleted, true, i, i));
        return true;
    }

    /// <summary>
    /// "vasta tammikuussa 2021", "först i januari 2021", "not until 2021" after token i in its clause: the year's index, or -1.
    /// The year is taken to be later than the one reported on, as "vasta" and "först" say, unless the report's year says otherwise.
    /// </summary>
    private static int OnlyInLaterYear(SentenceContext s, int i)
    {
        for (var j = i + 1; j + 1 < s.T.Count && s.T[j].Clause == s.T[i].Clause; j++)
        {
            if (s.T[j].Word is not ("vasta" or "först" or "until")) continue;
            for (var k = j + 1; k < s.T.Count && k <= j + 3 && s.T[k].Clause == s.T[i].Clause; k++)
                if (s.T[k].Has(Cue.NextYear) || s.T[k].Has(Cue.Year) && s.MayBeLaterYear(k)) return k;
        }
        return -1;
    }

    /// <summary>"keskustelu", "suunnittelu", "planering", "muut hankkeet": a process or other work, whose being unfinished is no unfinished part of this work.</summary>
    private static bool IsProcessNoun(string w) =>
        w.StartsWith("keskustelu", StringComparison.Ordinal) || w.StartsWith("suunnittelu", StringComparison.Ordinal) || w.StartsWith("arviointi", StringComparison.Ordinal)
        || w.StartsWith("neuvottelu", StringComparison.Ordinal) || w.StartsWith("selvity", StringComparison.Ordinal) || w.StartsWith("diskussion", StringComparison.Ordinal)
        || w.StartsWith("planering", StringComparison.Ordinal) || w.StartsWith("utredning", StringComparison.Ordinal) || w.StartsWith("förhandling", StringComparison.Ordinal)
        || w is "discussion" or "discussions" or "planning" or "negotiations" || w.Contains("hankkeet", StringComparison.Ordinal); // "kaupungin muut puistohankkeet": other projects

    /// <summary>"…, ja osa pihatöistä tehdään vasta keväällä": part of the work left for later, in a clause after token i; its time's index, or -1.</summary>
    private static int PartLeftForLater(SentenceContext s, int i)
    {
        // "…, mutta Malmin hallin laitteet asennetaan vasta tammikuussa 2034": a "but" names a part as well as a share does.
        var but = s.ContrastIn(i + 1, s.T.Count);
        for (var j = s.ClauseEnd(i); j < s.T.Count; j++)
        {
            if (!s.T[j].Has(Cue.Partial) && j != but) continue;
            for (var k = j + 1; k + 1 < s.T.Count && s.T[k].Clause == s.T[j].Clause; k++)
                if (s.T[k].Word is "vasta" or "först" && (s.T[k + 1].Has(Cue.LaterTime | Cue.NextYear | Cue.Year) || SentenceReader.MonthIn(s, k + 1))) return k + 1;
            // "peruskorjaus valmistui, mutta uusi saunaosasto on vielä kesken": a part still unfinished after the "but".
            if (j == but && Tense.IsYearEnd(s, i) && s.FindWord(but + 1, s.T.Count, ResultRules.IsUnfinished) is var unfinished and >= 0 && s.Negator(unfinished) < 0
                && s.FindWord(but + 1, unfinished, IsProcessNoun) < 0) return unfinished; // not "keskustelu aukioloajoista on vielä kesken"
        }
        // "valmistui neljä, ja Siltamäen ja Kurkimäen kohteet siirtyivät ensi kevääseen": the rest moved on to the next year.
        if (s.HasNextYearTarget)
            for (var j = s.ClauseEnd(i); j < s.T.Count; j++)
                if (s.T[j].Has(Cue.Shift) && s.Negator(j) < 0 && !s.ClauseHas(j, Cue.OnTrack) && !AsPlannedIn(s, j)) return j;
        return -1;
    }

    /// <summary>"muutto siirtyy tammikuulle suunnitelman mukaan", "enligt planen", "as planned": a later step the plan put there.</summary>
    private static bool AsPlannedIn(SentenceContext s, int j) =>
        s.FindWord(s.ClauseStart(j), s.ClauseEnd(j), w => w is "suunnitelman" or "suunnitellusti" or "aikataulun" or "planen" or "planerat" or "planned" or "plan") >= 0;

    private static bool IsCompleted(SentenceContext s, int i)
    {
        var w = s.T[i].Word;
        // "Nu står nya skateramper klara på Rotskär": ready now, the thing named between (not "Nu står det klart att …", it is clear that).
        // "… har monterats på badplatsen och nu är arbetet färdigt": the same after "och".
        var now = s.ClauseStart(i) is var c && c + 1 < s.T.Count && s.T[c].Word == "och" && s.T[c + 1].Word == "nu" ? c + 1 : 0;
        var forUse = ReadyForUse(s, i + 1);
        var readyNow = w is "klar" or "klara" or "klart" or "färdig" or "färdiga" or "färdigt" && i >= now + 3 && i <= now + 8 && s.T[now].Word == "nu" && s.T[now + 1].Word is "står" or "är"
            && (s.T[now + 2].Word != "det" || forUse) && !(i + 1 < s.T.Count && s.T[i + 1].Word == "att" && !forUse) && !WhenAfter(s, i)
            // "Efter tusentals talkotimmar står den nya Korsnäsgården klar för användning": the verb before its subject, ready for use.
            || w is "klar" or "klara" or "klart" or "färdig" or "färdiga" or "färdigt" && forUse && s.FindWord(Math.Max(0, i - 5), i, v => v is "står" or "är") >= 0 && !WhenAfter(s, i) && !s.FutureBefore(i);
        var past = readyNow || GotAtLast(s, i) || w is "valmistui" or "valmistuivat" or "valmistunut" or "valmistuneet" || w == "finished" && !s.FutureBefore(i)
            // "peruskorjaus saatettiin loppuun", "saatiin valmiiksi"; not "remontista saatiin valmiiksi lastenosasto, mutta …", a part
            // before a "but", nor "vain ensimmäinen vaihe", nor a plan or a study, which are steps before the work.
            || (w is "saatettiin" or "saatiin" || w == "saatu" && Tokenizer.PerfectAuxBefore(s.T, i))
                && i + 1 < s.T.Count && s.T[i + 1].Word is "loppuun" or "päätökseen" or "valmiiksi" && s.ContrastIn(i, s.T.Count) < 0 // "on juuri saatu valmiiksi"
                && s.FindWord(0, s.T.Count, v => v is "vain" or "vaihe" or "vaiheen" || v.Contains("suunnitel", StringComparison.Ordinal) || v.Contains("suunnittelu", StringComparison.Ordinal) || v.Contains("selvitys", StringComparison.Ordinal)
                    || v is "muut" or "loput" or "övriga" or "resten" or "remaining") < 0 // not "katto on saatu valmiiksi, ja muut työt jatkuvat keväällä"
            || w is "klar" or "klart" or "klara" or "färdig" or "färdigt" or "färdiga" or "komplett" && i > 0 && (s.T[i - 1].Word is "blev" or "blivit" // "Ombyggnaden … blev klar"
                || (s.T[i - 1].Word == "stod" || s.T[i - 1].Word == "sedan" && i > 1 && s.T[i - 2].Word == "stod") && s.ClauseFind(i, Cue.Year) < 0 // "stod (sedan) färdigt den 1:a augusti", not "stod klar i september 2020", a year's own story
                || (s.T[i - 1].Word is "är" or "står" || s.T[i - 1].Word is "nu" or "precis" or "äntligen" && i > 1 && s.T[i - 2].Word is "är" or "står")
                    && (BuildingIn(s, SubjectFrom(s, i), i) || WorkFirst(s)) && !WhenAfter(s, i)) // "Idrottshuset på Väster är komplett", "Byggnaden står (nu) klar", "Arbetet med att lägga ut konstgräset är precis klart"; not "står klar i juni 2024"
            // "Nu är lekplatsen besiktigad och klar att tas i bruk", "grupprummen är ändå redo att ta emot eleverna": ready for use.
            || w is "klar" or "klart" or "klara" or "färdig" or "färdigt" or "färdiga" or "redo" && i + 2 < s.T.Count && s.T[i + 1].Word == "att" && s.T[i + 2].Word is "tas" or "ta" && !WhenAfter(s, i) && !s.FutureBefore(i)
                && s.FindWord(s.ClauseStart(i), i, v => v is "skulle" or "ska" or "skall" or "should" or "would") < 0 && i > 0 && s.T[i - 1].Word != "vara" // not "skulle … vara klar att tas i bruk", "för att vara redo att tas i bruk i sommar"
            || w is "valmis" or "valmiit" && CopulaBefore(s, i) && BuildingIn(s, SubjectFrom(s, i), i) && !WhenAfter(s, i) && !s.FutureBefore(i) // "Jungon kaukalo on täysin valmis"
            || w is "avoinna" or "auki" or "käytössä" && i > 0 && s.T[i - 1].Word is "jälleen" or "taas" // "Kuusamon uimahalli on jälleen avoinna", "Nyt kirkko on jälleen käytössä": open again, the closure over
            || w is "utbyggd" or "ombyggd" or "tillbyggd" && i is >= 3 and <= 5 && s.T[0].Word == "nu" && s.T[1].Word == "är" && BuildingIn(s, 2, i) // "Nu är förskolan utbyggd med ytterligare två avdelningar"
            || (w is "invigdes" or "invigts" or "inaugurated") && !(i > 0 && s.T[i - 1].Word is "ha" or "have") // "I tisdags invigdes det nya folk- och skolbiblioteket", not "skulle ha invigts"
            || Opened(s, i) // "Katoksen avajaisia vietettiin viime perjantaina"
            || w == "luovutettiin" && s.T[s.ClauseStart(i)].Word is not ("koska" or "sillä" or "kun"); // "jo 5.7.2019 koulurakennus luovutettiin Vihdin kunnalle": handed over, done; not a reason
        // "hankesuunnitelma valmistui …, varsinainen rakentaminen käynnistyy kevään 2023 aikana": a plan done is a step before the work named
        // after it, unless the plan was the goal ("Tavoitteena oli hankesuunnitelman laatiminen").
        // "Hankeselvitys … on valmistunut jo vuonna 2014, mutta hankkeen alku on hilautunut eteenpäin": the subject may open the clause.
        if (i > 0 && !PlanWasTheGoal(s, i) && s.HasIn(i + 1, s.T.Count, Cue.Work | Cue.Delay | Cue.Shift)
            && (IsPlanOrStudy(s.T[i - 1].Word) || i > 1 && s.T[i - 1].Has(Cue.Auxiliary) && IsPlanOrStudy(s.T[i - 2].Word) || IsPlanOrStudy(s.T[s.ClauseStart(i)].Word))) return false;
        // "…, kun Itäkeskuksen hallin remontti on valmistunut": in a forecast, what will be done when; no verdict.
        if (s.Round == RoundKind.Forecast && s.ClauseStart(i) > 0 && s.T[s.ClauseStart(i)].Word is "kun" or "när" or "when" or "once") return false;
        // Not "Osa kohteista valmistui": only part of the work ("valmistui kaksi viikkoa etuajassa" counts weeks, not work).
        return past && s.Negator(i) < 0 && (s.ClauseHas(i, Cue.Goal | Cue.Work | Cue.Whole) || InUseSince(s, i) || BuildingIn(s, SubjectFrom(s, i), s.ClauseEnd(i)) || WorkFirst(s) || readyNow || GotAtLast(s, i) || Opened(s, i) || w is "luovutettiin" or "invigdes" or "invigts" or "inaugurated") && !s.HasIn(s.ClauseStart(i), i, Cue.Partial) && !s.ClauseHas(i, Cue.Hedge) && s.PartScope < 0;
    }

    /// <summary>"Arbetet med att lägga ut konstgräset …", "Renoveringen …": the sentence opens with the work itself.</summary>
    private static bool WorkFirst(SentenceContext s) => s.T[0].Has(Cue.Work) || s.T[0].Word is "arbetet" or "arbetena" or "projektet";

    /// <summary>"Saimme vihdoinkin …", "Nu fick äntligen föreningen …": got at last, at token i.</summary>
    private static bool GotAtLast(SentenceContext s, int i) =>
        s.T[i].Word is "saimme" or "saatiin" or "fick" or "fingo" or "got" && i + 1 < s.T.Count && s.T[i + 1].Word is "vihdoin" or "vihdoinkin" or "viimein" or "äntligen" or "finally";

    /// <summary>"avajaisia vietettiin", "avajaiset pidettiin": the opening held, the work done.</summary>
    private static bool Opened(SentenceContext s, int i) => s.T[i].Word is "vietettiin" or "pidettiin" && i > 0 && s.T[i - 1].Word.StartsWith("avajais", StringComparison.Ordinal);

    /// <summary>A month or a year after token i in its clause: when it will be so, still to come.</summary>
    private static bool WhenAfter(SentenceContext s, int i) =>
        s.FindWord(i + 1, s.ClauseEnd(i), w => Lexicon.Month(w) > 0) >= 0 || s.HasIn(i + 1, s.ClauseEnd(i), Cue.Year);

    /// <summary>Where the subject of token i may start: after the last "när", "då", "först" before it in its clause ("Målet om ett nytt bibliotek blir verklighet först när finansieringen är klar").</summary>
    private static int SubjectFrom(SentenceContext s, int i)
    {
        for (var j = i - 1; j > s.ClauseStart(i); j--)
            if (s.T[j].Word is "när" or "då" or "först" or "innan" or "tills" or "om" or "kun" or "kunnes" or "when" or "until") return j + 1;
        return s.ClauseStart(i);
    }

    /// <summary>"Ett nytt daghem … har blivit klart", "Idrottshuset … är komplett", "uimahalli on jälleen avoinna": a building between from and to is the work.</summary>
    private static bool BuildingIn(SentenceContext s, int from, int to) =>
        s.FindWord(from, to, w => w.Contains("daghem", StringComparison.Ordinal) || w.StartsWith("skola", StringComparison.Ordinal) || w.EndsWith("skolan", StringComparison.Ordinal)
            || w.EndsWith("huset", StringComparison.Ordinal) || w.EndsWith("hallen", StringComparison.Ordinal) || w.StartsWith("bibliotek", StringComparison.Ordinal) || w.EndsWith("biblioteket", StringComparison.Ordinal)
            || w is "bygget" or "nybygget" || w.StartsWith("byggnad", StringComparison.Ordinal) || w.StartsWith("lekplats", StringComparison.Ordinal) || w.EndsWith("rummen", StringComparison.Ordinal)
            || w.EndsWith("halli", StringComparison.Ordinal) || w.EndsWith("kirjasto", StringComparison.Ordinal) || w.EndsWith("kaukalo", StringComparison.Ordinal)
            || w.EndsWith("nuorisotalo", StringComparison.Ordinal) || w.StartsWith("rakennus", StringComparison.Ordinal) || w.EndsWith("koulu", StringComparison.Ordinal) || w.EndsWith("päiväkoti", StringComparison.Ordinal)
            || w.EndsWith("katos", StringComparison.Ordinal) || w.StartsWith("utegym", StringComparison.Ordinal) || w.EndsWith("keskus", StringComparison.Ordinal) || w.EndsWith("kenttä", StringComparison.Ordinal)
            || w.EndsWith("kirkko", StringComparison.Ordinal) || w.EndsWith("museo", StringComparison.Ordinal) || w.EndsWith("kyrkan", StringComparison.Ordinal) || w.EndsWith("museet", StringComparison.Ordinal)) >= 0; // "Nyt kirkko on jälleen käytössä"

    /// <summary>"Hyvän olon keskus Pirtti on otettu käyttöön maanantaina": a building taken into use, at token i ("käyttöön").</summary>
    public static bool BuildingTakenIntoUse(SentenceContext s, int i) =>
        s.T[i].Word == "käyttöön" && i > 0 && s.T[i - 1].Word is "otettu" or "otettiin" or "saatiin" or "saatu" && s.Negator(i) < 0 && !s.FutureBefore(i) && BuildingIn(s, s.ClauseStart(i), i - 1);

    /// <summary>"on valmis", "on täysin valmis", "ovat nyt valmiit": the present "is" right before token i, or one adverb before it.</summary>
    private static bool CopulaBefore(SentenceContext s, int i) =>
        i > 0 && s.T[i - 1].Word is "on" or "ovat" || i > 1 && s.T[i - 1].Word is "täysin" or "nyt" or "jo" or "kokonaan" && s.T[i - 2].Word is "on" or "ovat";

    private static bool IsPlanOrStudy(string w) =>
        w.Contains("suunnitelm", StringComparison.Ordinal) || w.Contains("selvity", StringComparison.Ordinal) || w.Contains("selvitys", StringComparison.Ordinal)
        || w.StartsWith("plan", StringComparison.Ordinal) || w.Contains("utredning", StringComparison.Ordinal);

    /// <summary>"Tavoitteena oli hankesuunnitelman laatiminen; hankesuunnitelma valmistui": a plan named in the goal before the plan's subject.</summary>
    private static bool PlanWasTheGoal(SentenceContext s, int i) =>
        s.FindWord(0, i, w => w is "tavoitteena" or "målet" or "goal") is var goal and >= 0
        && s.FindWord(goal + 1, i - 1, w => w.Contains("suunnitelm", StringComparison.Ordinal) || w.StartsWith("plan", StringComparison.Ordinal)) >= 0;

    /// <summary>"uusi liukumäki valmistui huhtikuussa ja on ollut asiakaskäytössä toukokuusta lähtien": done and in use since.</summary>
    private static bool InUseSince(SentenceContext s, int i)
    {
        var use = s.FindWord(i + 1, s.T.Count, w => w.EndsWith("käytössä", StringComparison.Ordinal) || w is "bruk" or "use");
        // Not "käytössä vain osittain", "rajoitetusti", "vain iltaisin", "vaikka osa valaistuksesta puuttuu yhä": in use only in part.
        return use > 0 && s.Negator(use) < 0 && s.ContrastIn(i, use) < 0
            && s.FindWord(use, Math.Min(s.T.Count, use + 4), w => w is "vain" or "osittain" or "rajoitetusti" or "endast" or "delvis" or "only" or "partly") < 0
            && !(s.FindWord(use, s.T.Count, w => w.StartsWith("puuttu", StringComparison.Ordinal)) is var missing and > 0
                && s.FindWord(Math.Max(use, missing - 3), Math.Min(s.T.Count, missing + 3), w => w is "yhä" or "vielä" or "still" or "fortfarande" or "ännu") >= 0);
    }

    /// <summary>
    /// "Koko remontti valmistuu vuoden loppuun mennessä", "ombyggnaden blir klar i år": the goal's work forecast done within
    /// the year, plainly said, is on course.
    /// </summary>
    public static bool CompletesThisYear(SentenceContext s, int i, ref StatusResolver found)
    {
        var completes = s.T[i].Word is "valmistuu" or "valmistuvat" || s.T[i].Word is "klar" or "klart" or "färdig" or "färdigt" && i > 0 && s.T[i - 1].Word == "blir"; // "blir klar före årsskiftet"
        if (!completes || s.Round != RoundKind.Forecast || !s.ClauseHas(i, Cue.ThisYear) || s.HasNextYearTarget
            || !s.ClauseHas(i, Cue.Goal | Cue.Work) || s.HasIn(s.ClauseStart(i), i, Cue.Partial) || s.Negator(i) >= 0 || s.Softener(i, miss: false) >= 0 || s.ContrastIn(i, s.T.Count) >= 0) return false;
        found.Add(SentenceReader.Make(s, Rules.VerdictOnTrack, true, i, s.ClauseFind(i, Cue.ThisYear) is var year and > 0 ? Math.Max(i, year) : i));
        return true;
    }

    /// <summary>Whether token i's clause holds a completion the goal is achieved by ("Hanke valmistui aikataulussa").</summary>
    public static bool ClauseCompleted(SentenceContext s, int i)
    {
        var c = s.T[i].Clause;
        for (var j = s.ClauseStart(i); j < s.T.Count && s.T[j].Clause == c; j++)
            if (s.T[j].Has(Cue.Finish) && IsCompleted(s, j)) return true;
        return false;
    }
}
