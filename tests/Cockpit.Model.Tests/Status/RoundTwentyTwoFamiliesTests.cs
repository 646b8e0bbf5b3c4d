using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-22 unseen pair: done in some of the places by a progress verb; a figure under its annual
/// target by a month's end; an overrun named as a risk; a procurement called off ('keskeytettiin') or only interrupted; not
/// started in the year the goal set; 'det är troligt att'; under the highest allowed time; behind schedule; a legal maximum
/// time not kept; 'både … och'; 'i enlighet med uppsatta mål'; 'varav'; 'framflyttad'; moved by a year; last year at year
/// end with nothing set against it; 'blir inte klar i tid'; no forecast of whether; a plan not kept ('piti', 'skulle ha').
/// </summary>
public class RoundTwentyTwoFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Tavoite ”Jokaisessa koulussa on kirjastoauton pysäkki” on toteutettu 18 koulussa 30:stä.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Done in 18 of 30 places, by a progress verb, is in part");
        yield return Sentence("Tänä vuonna kävijöitä on kesäkuun loppuun mennessä ollut 210 000 (vuoden tavoite 500 000).", ForecastStatus.AtRisk, "risk.below_target")
            .For("A figure under its annual target by a month's end is so far");
        yield return Sentence("Sähkön hinnan nousu aiheuttaa riskin ylläpitokulujen ylittymisestä.", ForecastStatus.AtRisk, "cost.risk")
            .For("An overrun named as a risk is a risk");
        yield return Sentence("Nuorisotalojen kameravalvonnan hankinta keskeytettiin, koska tarjouksia ei saatu.", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("A procurement called off is cancelled");
        yield return Sentence("Laitehankinnan kilpailutus on keskeytynyt valituksen vuoksi.", ForecastStatus.AtRisk, "risk.delay")
            .For("A procurement interrupted by an appeal is only a delay");
        yield return Sentence("Rakennustyöt eivät alkaneet vuonna 2023 tavoitteen mukaisesti.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("At year end, not started in the year the goal set is a miss");
        yield return Sentence("Besöken ökar och det är troligt att målet nås.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'det är troligt att målet nås' is probably met, a risk");
        yield return Sentence("Handläggningstiden var tio dagar, vilket underskrider den högsta tillåtna tiden på tre veckor.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Under the highest allowed time is good");
        yield return Sentence("Kirjaston työmaa on kuusi viikkoa jäljessä aikataulusta.", ForecastStatus.AtRisk, "risk.delay")
            .For("Weeks behind schedule is a delay");
        yield return Sentence("Hoitoon pääsy ei toteudu lain sallimassa enimmäisajassa kolmessa kunnassa.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("A legal maximum time not kept is the goal missed");
        yield return Sentence("Målet nåddes både inom biblioteken och inom simhallarna.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'både … och' parts make the whole, not a part");
        yield return Sentence("Arbetet utvecklas bra i enlighet med uppsatta mål.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'i enlighet med uppsatta mål' is on track");
        yield return Sentence("Nämnderna hade 20 verksamhetsmål, varav 7 inte uppfylldes.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("'varav 7 inte uppfylldes' is some of the goals missed");
        yield return Sentence("Invigningen av konsthallen är framflyttad till november.", ForecastStatus.AtRisk, "risk.delay")
            .For("'framflyttad' is a delay");
        yield return Sentence("Tidsplanen för simhallen har förskjutits med ett år.", ForecastStatus.WillNotBeMet, "verdict.postponed")
            .For("Moved by a year is past this year");
        yield return Sentence("Trots insatserna nådde inte nämnden målet förra året.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("At year end, last year named with nothing set against it is the year reported on");
        yield return Sentence("Renoveringen blir inte klar i tid.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("'blir inte klar i tid' is a miss");
        yield return Sentence("Rapporten ger ingen prognos för om målet kommer att nås.", ForecastStatus.NotAssessed, "verdict.no_forecast")
            .For("No forecast of whether the goal is met is not assessed");
        yield return Sentence("Uimahallin piti avata ovensa syyskuussa.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("'piti avata' (was to open) is a plan not kept");
        yield return Sentence("Nuorisotalon remontti, jonka piti valmistua jo toukokuussa, venyi syyskuulle.", ForecastStatus.AtRisk, "risk.delay")
            .For("A plan not kept whose delay is given is a delay");
        yield return Sentence("Viime vuonna tavoite saavutettiin, mutta tänä vuonna kävijöitä jäi tavoitteesta.", ForecastStatus.WillNotBeMet, "verdict.shortfall", RoundKind.Outcome)
            .For("Last year's verdict beside this year's: this year's decides");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_two_families(ClassifierCase c) => c.Check();
}
