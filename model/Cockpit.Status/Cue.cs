namespace Cockpit.Status;

/// <summary>What a word can signal; one word may carry several cues.</summary>
[Flags]
internal enum Cue : ulong
{
    None = 0,
    /// <summary>The goal itself: tavoite, hanke, mittari, målet, the goal, target, project.</summary>
    Goal = 1UL << 0,
    /// <summary>A verb or noun of the goal being realised; its <see cref="VerbForm"/> says when.</summary>
    Realise = 1UL << 1,
    /// <summary>A realise verb that needs a goal word or a forecast frame nearby to be a verdict (onnistua, täyttyä, genomföra).</summary>
    Weak = 1UL << 2,
    /// <summary>ei, en, eivät, eikä, inte, ej, not, never, cannot.</summary>
    Negator = 1UL << 3,
    /// <summary>mikään, inget, nothing, no: negates an evidential verb (double negation).</summary>
    NegQuantifier = 1UL << 4,
    /// <summary>viitata, tyda på, suggest, indicate: "nothing suggests that ...".</summary>
    Evidential = 1UL << 5,
    /// <summary>voi, saattaa, uhkaa, riskerar, may, might, could.</summary>
    Modal = 1UL << 6,
    /// <summary>varauksella, epävarma, osittain, riski, vaarassa, osäker, delvis, uncertain, partly.</summary>
    Hedge = 1UL << 7,
    /// <summary>mikäli, jos, edellyttäen, ellei, riippuu, om, förutsatt, if, provided, unless.</summary>
    Conditional = 1UL << 8,
    /// <summary>ilman, without: a conditional only when it follows a negated verdict.</summary>
    Without = 1UL << 9,
    /// <summary>vaikka, although, trots, fastän: the clause it opens concedes, it does not hedge.</summary>
    Concessive = 1UL << 10,
    /// <summary>viivästyä, lykkääntyä, jäissä, tauolla, försenas, delayed, postponed.</summary>
    Delay = 1UL << 11,
    /// <summary>siirtää, siirtyä, skjuta upp, flytta, move: a delay, or a miss when the target is next year.</summary>
    Shift = 1UL << 12,
    /// <summary>peruttu, peruuntui, inställd, cancelled, called off.</summary>
    Cancel = 1UL << 13,
    /// <summary>korona, covid, pandemia, poikkeusolot: a weak risk.</summary>
    Corona = 1UL << 14,
    /// <summary>etenee, edennyt, framskrider, progressing.</summary>
    Progress = 1UL << 15,
    /// <summary>aikataulussa, suunnitellusti, enligt plan, on track, on schedule, as planned.</summary>
    OnTrack = 1UL << 16,
    /// <summary>ennusteen mukaan, arvioidaan, ennustetaan, bedöms, expected, forecast: frames a verdict.</summary>
    Frame = 1UL << 17,
    /// <summary>arvioida, todentaa, bedöma, assess, verify: negated, fulfilment cannot be assessed.</summary>
    Assess = 1UL << 18,
    /// <summary>mahdoton, vaikea, omöjligt, impossible, too early: makes an assessment impossible like a negation.</summary>
    Impossible = 1UL << 19,
    /// <summary>ennuste, arvio, prognos, bedömning, forecast, assessment: the forecast itself.</summary>
    ForecastNoun = 1UL << 20,
    /// <summary>annetaan, seuraavalla, myöhemmin, nästa, senare, next, later: the forecast comes later.</summary>
    Defer = 1UL << 21,
    /// <summary>vaikutukset, effekter, effects, impact: what cannot be assessed is the effect, not fulfilment.</summary>
    Effect = 1UL << 22,
    /// <summary>menot, kustannukset, kulut, kostnader, costs, expenditure.</summary>
    Cost = 1UL << 23,
    /// <summary>ylittyä, ylittää, överskrida, exceed: good for a target level, bad for costs.</summary>
    Above = 1UL << 24,
    /// <summary>alittua, alittaa, underskrida, under budget: good for costs, bad for a target level.</summary>
    Below = 1UL << 25,
    /// <summary>A year such as 2021.</summary>
    Year = 1UL << 26,
    /// <summary>vuodelle, vuoteen, till, to, until: the year after it is a target of a move.</summary>
    ToYear = 1UL << 27,
    /// <summary>ensi/seuraava vuosi, nästa år, next year.</summary>
    NextYear = 1UL << 28,
    /// <summary>jää, jäi, jäänee: with an abessive or "tavoitteesta", a shortfall.</summary>
    Remain = 1UL << 29,
    /// <summary>epäonnistua, misslyckas, fail, fall short: a miss without a negator.</summary>
    Fail = 1UL << 30,
    /// <summary>vielä, ännu, yet: "not yet" is not a miss.</summary>
    Yet = 1UL << 31,
    /// <summary>Starts a new clause: ja, mutta, koska, och, men, eftersom, and, but, because.</summary>
    ClauseBreak = 1UL << 32,
    /// <summary>on, ovat, tullaan, tulee, har, kommer, will, was, is, be: kept in the evidence phrase before a verb.</summary>
    Auxiliary = 1UL << 33,
    /// <summary>will, be, to, expected: an English participle after it is future, not past.</summary>
    FutureAux = 1UL << 34,
    /// <summary>A season or "later": a move to it is a delay.</summary>
    LaterTime = 1UL << 35,
    /// <summary>tänä vuonna, vuoden loppuun, i år, this year, a year number: the span the goal is for.</summary>
    ThisYear = 1UL << 36,
    /// <summary>ehtiä, valmistua, hinna, bli klar, finish: negated with the year, there is no time left to meet the goal.</summary>
    Finish = 1UL << 37,
    /// <summary>osa, joitakin, useita, vissa, några, flera, some, several, a number: only part of something.</summary>
    Partial = 1UL << 38,
    /// <summary>kokonaan, koko, helt, hela, entirely, completely, altogether, whole: all of it.</summary>
    Whole = 1UL << 39,
    /// <summary>vuosineljännes, kvartal, quarter, so far: a part of the year, so a budget figure is not yet the year's outcome.</summary>
    Interim = 1UL << 40,
    /// <summary>este, estää, hinder, förhindra, prevent, obstacle: denied ("ei esteitä", "nothing would prevent"), a forecast of success.</summary>
    Obstacle = 1UL << 41,
    /// <summary>mahdoton, omöjlig, impossible: unlike "vaikea", about doing the goal it is a miss, not a risk.</summary>
    Infeasible = 1UL << 42,
    /// <summary>korvaava, ersättande, replacement, instead: "eikä korvaavia järjestetä" leaves nothing in place of what fell through.</summary>
    Replace = 1UL << 43,
    /// <summary>A word that reports a figure reached: toteuma, toteutunut, actual, utfall, oli, was.</summary>
    Actual = 1UL << 44,
    /// <summary>todennäköisesti, troligen, probably, likely: softens a forecast of success, but "probably not" is still a miss.</summary>
    Probable = 1UL << 45,
    /// <summary>The work a goal is made of: peruskorjaus, uudistus, käyttöönotto, toimenpide, renovering, åtgärd, measure, rollout.</summary>
    Work = 1UL << 46,
    /// <summary>mahdollista, möjligt, possible: "on mahdollista, että ..." softens what follows; denied, it rules it out.</summary>
    Possible = 1UL << 47,
    /// <summary>"om" after verifiera, "if" after assess, whether, huruvida, onko: what follows is asked, not stated.</summary>
    Whether = 1UL << 48,
    /// <summary>vaikuttaa, påverka, affect, hamper: "korona ei ole vaikuttanut" denies the corona risk.</summary>
    Affect = 1UL << 49,
    /// <summary>jo, redan, already: with a present "exceeds" the level is reached, not forecast.</summary>
    Already = 1UL << 50,
    /// <summary>ehkä, mahdollisesti, kanske, maybe, perhaps: an adverb of doubt that softens a miss as well ("ei ehkä toteudu").</summary>
    Maybe = 1UL << 51,
    /// <summary>kokonaan, täysin, täydellä, helt, fully, completely: "ei toteudu täysin" is met in part, not a miss.</summary>
    Fully = 1UL << 52,
    /// <summary>varmuus, säkert, certain, sure: denied ("ei ole varmuutta", "inte säkert", "no certainty"), an uncertainty.</summary>
    Certain = 1UL << 53,
    /// <summary>auki, ratkaisematta, oklar, olöst, unresolved: a decision or funding the goal needs is still open.</summary>
    Open = 1UL << 54,
    /// <summary>huonompaan suuntaan, mot det sämre, in the wrong direction: the metric moves away from the goal.</summary>
    Worse = 1UL << 55,
    /// <summary>puolet, kolmannes, neljännes, hälften, tredjedel, half, third: a share of the target.</summary>
    Fraction = 1UL << 56,
    /// <summary>lähes, pääosin, nästan, i stort sett, largely, almost: next to a verdict verb, met only nearly or mostly.</summary>
    Degree = 1UL << 57,
}
