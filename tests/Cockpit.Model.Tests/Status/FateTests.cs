using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// What stands in the goal's way and how the work ended: denied risks and obstacles are on track; "impossible", given up,
/// not reached (yltää) and not replaced are misses; a completed project or "managed to reach" is achieved.
/// </summary>
public class FateTests
{
    private static IEnumerable<TestCaseData> OnTrack()
    {
        yield return new ClassifierCase("Tavoitteen saavuttamiselle ei näy mitään estettä.", ForecastStatus.OnTrack, "verdict.no_obstacle",
            "Tavoitteen saavuttamiselle ei näy mitään estettä.").For("A Finnish denied obstacle is on track");
        yield return new ClassifierCase("Inget hinder för att nå målet har identifierats.", ForecastStatus.OnTrack, "verdict.no_obstacle",
            "Inget hinder för att nå målet har identifierats.").For("A Swedish denied obstacle is on track, not achieved");
        yield return new ClassifierCase("Nothing is expected to prevent the goal from being met.", ForecastStatus.OnTrack, "verdict.no_obstacle",
            "Nothing is expected to prevent the goal from being met.").For("An English 'nothing to prevent ... being met' is on track, not achieved");
        yield return new ClassifierCase("Mittarin tavoite ei ole uhattuna, sillä rekrytoinnit on tehty.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "Mittarin tavoite ei ole uhattuna, sillä rekrytoinnit on tehty.").For("A Finnish denied threat is on track");
        yield return new ClassifierCase("Målet är inte hotat.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "Målet är inte hotat.").For("A Swedish denied threat is on track");
        yield return new ClassifierCase("Ei ole syytä epäillä, etteikö tavoitetta saavutettaisi.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Ei ole syytä epäillä, etteikö tavoitetta saavutettaisi.").For("A Finnish 'ei syytä epäillä, etteikö ... saavutettaisi' is on track");
    }

    private static IEnumerable<TestCaseData> Risks()
    {
        yield return new ClassifierCase("Tavoite kävijämäärän kasvattamisesta on uhattuna.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite kävijämäärän kasvattamisesta on uhattuna.").For("A Finnish 'on uhattuna' is at risk");
        yield return new ClassifierCase("Tavoite talousarviossa pysymisestä on vaarassa.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite talousarviossa pysymisestä on vaarassa.").For("'talousarviossa pysymisestä' names the goal; it is not under budget");
        yield return new ClassifierCase("The target is threatened by staff shortages.", ForecastStatus.AtRisk, "verdict.hedged",
            "The target is threatened by staff shortages.").For("An English 'threatened' is at risk");
        yield return new ClassifierCase("Näyttelyn avaus siirtyi lokakuulle.", ForecastStatus.AtRisk, "risk.delay",
            "Näyttelyn avaus siirtyi lokakuulle.").For("A Finnish move to a later month is a delay");
        yield return new ClassifierCase("Asennustyössä on ollut aikatauluviivästyksiä.", ForecastStatus.AtRisk, "risk.delay",
            "Asennustyössä on ollut aikatauluviivästyksiä.").For("A Finnish compound ending in a delay word is a delay");
    }

    private static IEnumerable<TestCaseData> Misses()
    {
        yield return new ClassifierCase("Mittarin tavoitetasoon ei päästä eikä ylletä tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Mittarin tavoitetasoon ei päästä eikä ylletä tänä vuonna.").For("A Finnish negated 'yltää' is a miss");
        yield return new ClassifierCase("Tavoitteen toteuttaminen on osoittautunut mahdottomaksi.", ForecastStatus.WillNotBeMet, "verdict.infeasible",
            "Tavoitteen toteuttaminen on osoittautunut mahdottomaksi.").For("A Finnish 'mahdottomaksi' about the goal is a miss");
        yield return new ClassifierCase("Det har visat sig omöjligt att nå målet i år.", ForecastStatus.WillNotBeMet, "verdict.infeasible",
            "Det har visat sig omöjligt att nå målet i år.").For("A Swedish 'omöjligt att nå målet' is a miss, not on track");
        yield return new ClassifierCase("It has proved impossible to achieve the target this year.", ForecastStatus.WillNotBeMet, "verdict.infeasible",
            "It has proved impossible to achieve the target this year.").For("An English 'impossible to achieve the target' is a miss");
        yield return new ClassifierCase("Hankkeesta luovuttiin rahoituksen puutteen vuoksi.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "Hankkeesta luovuttiin rahoituksen puutteen vuoksi.").For("A Finnish 'luovuttiin' (given up) is a miss");
        yield return new ClassifierCase("Kurssit eivät toteudu syksyllä, eikä niiden tilalle järjestetä verkkokursseja.", ForecastStatus.WillNotBeMet, "verdict.not_replaced",
            "Kurssit eivät toteudu syksyllä, eikä niiden tilalle järjestetä verkkokursseja.").For("A Finnish 'eikä tilalle järjestetä' leaves nothing in place: a miss");
        yield return new ClassifierCase("The concerts were called off and no replacement events will be held.", ForecastStatus.WillNotBeMet, "verdict.not_replaced",
            "The concerts were called off and no replacement events will be held.").For("An English 'no replacement' is a miss");
        yield return new ClassifierCase("Toimenpide siirrettiin vuoden 2021 talousarvioon.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Toimenpide siirrettiin vuoden 2021 talousarvioon.").For("A Finnish move into a later year's plan is a miss for this year");
    }

    private static IEnumerable<TestCaseData> Achieved()
    {
        yield return new ClassifierCase("Projekti valmistui huhtikuussa.", ForecastStatus.Achieved, "verdict.completed",
            "Projekti valmistui huhtikuussa.").For("A Finnish 'projekti valmistui' is achieved");
        yield return new ClassifierCase("The project was finished in March.", ForecastStatus.Achieved, "verdict.completed",
            "The project was finished in March.").For("An English 'project was finished' is achieved");
        yield return new ClassifierCase("Tavoitetaso pystyttiin saavuttamaan jo elokuussa.", ForecastStatus.Achieved, "verdict.achieved",
            "Tavoitetaso pystyttiin saavuttamaan jo elokuussa.").For("A Finnish 'pystyttiin saavuttamaan' is achieved, not on track");
        yield return new ClassifierCase("Mittarin tavoitteeseen on onnistuttu pääsemään.", ForecastStatus.Achieved, "verdict.achieved",
            "Mittarin tavoitteeseen on onnistuttu pääsemään.").For("A Finnish 'on onnistuttu' is achieved");
    }

    [TestCaseSource(nameof(OnTrack))]
    public void Denied_risks_and_obstacles_are_on_track(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Risks))]
    public void Threats_and_delays_are_at_risk(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Misses))]
    public void Impossible_abandoned_and_unreplaced_goals_are_misses(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Achieved))]
    public void Completed_work_is_achieved(ClassifierCase c) => c.Check();
}
