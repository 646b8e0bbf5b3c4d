using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families behind the fourth hold-out's misses, in our own fi/sv/en wordings: a verdict limited to a part; tight
/// schedules, work left, still unfinished and denied certainty; completion on schedule; perfect passive progress; moves
/// into a season of a later year; no continuation this year; figures that close the year below target; part cancelled.
/// </summary>
public class ScopeAndClosureTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new ClassifierCase("Uimahallien osalta tavoite on saavutettu.", ForecastStatus.AtRisk, "verdict.partial",
            "Uimahallien osalta tavoite on saavutettu.").For("A Finnish verdict for a part (osalta) is partial");
        yield return new ClassifierCase("För simhallarnas del har målet uppnåtts.", ForecastStatus.AtRisk, "verdict.partial",
            "För simhallarnas del har målet uppnåtts.").For("A Swedish verdict for X's part (för X:s del) is partial");
        yield return new ClassifierCase("As for the swimming halls, the target has been achieved.", ForecastStatus.AtRisk, "verdict.partial",
            "As for the swimming halls, the target has been achieved.").For("An English verdict 'as for' a part is partial");
        yield return new ClassifierCase("Kaikkien kohteiden osalta tavoite on saavutettu.", ForecastStatus.Achieved, "verdict.achieved",
            "Kaikkien kohteiden osalta tavoite on saavutettu.").For("A Finnish verdict for all parts stays achieved");
        yield return new ClassifierCase("Mittarin osalta tavoite on saavutettu.", ForecastStatus.Achieved, "verdict.achieved",
            "Mittarin osalta tavoite on saavutettu.").For("A Finnish verdict for the metric itself stays achieved");
        yield return new ClassifierCase("Aikataulu on tiukka, ja työ pääsi alkamaan vasta syyskuussa.", ForecastStatus.AtRisk, "risk.hedge",
            "Aikataulu on tiukka, ja työ pääsi alkamaan vasta syyskuussa.").For("A tight schedule is a risk and 'got to start' is no success");
        yield return new ClassifierCase("Hankkeessa on vielä paljon tehtävää.", ForecastStatus.AtRisk, "risk.work_left",
            "Hankkeessa on vielä paljon tehtävää.").For("Finnish much work left is a risk");
        yield return new ClassifierCase("The schedule is challenging and a lot of work remains.", ForecastStatus.AtRisk, "risk.work_left",
            "The schedule is challenging and a lot of work remains.").For("English a lot of work remains is a risk");
        yield return new ClassifierCase("Tidtabellen är utmanande och mycket arbete återstår.", ForecastStatus.AtRisk, "risk.work_left",
            "Tidtabellen är utmanande och mycket arbete återstår.").For("Swedish much work remains is a risk");
        yield return new ClassifierCase("Peruskorjaus valmistui aikataulussa.", ForecastStatus.Achieved, "verdict.completed",
            "Peruskorjaus valmistui aikataulussa.").For("Finnish completed on schedule is achieved, not a forecast");
        yield return new ClassifierCase("Projektet slutfördes i september.", ForecastStatus.Achieved, "verdict.achieved",
            "Projektet slutfördes i september.").For("Swedish slutfördes is achieved");
        yield return new ClassifierCase("Projektet avslutades som planerat.", ForecastStatus.Achieved, "verdict.achieved",
            "Projektet avslutades som planerat.").For("Swedish avslutades as planned is achieved");
        yield return new ClassifierCase("The project was finished on schedule.", ForecastStatus.Achieved, "verdict.completed",
            "The project was finished on schedule.").For("English finished on schedule is achieved");
        yield return new ClassifierCase("Opasteet on asennettu kolmeen kohteeseen kuudesta.", ForecastStatus.OnTrack, "progress",
            "Opasteet on asennettu kolmeen kohteeseen kuudesta.").For("Finnish perfect passive with N of M is progress");
        yield return new ClassifierCase("Sopimukset on allekirjoitettu.", ForecastStatus.OnTrack, "progress",
            "Sopimukset on allekirjoitettu.").For("Finnish perfect passive is progress");
        yield return new ClassifierCase("Hankinta on edelleen kesken.", ForecastStatus.AtRisk, "risk.stalled",
            "Hankinta on edelleen kesken.").For("Finnish still unfinished is a risk");
        yield return new ClassifierCase("Rahoituksesta ei ole varmuutta.", ForecastStatus.AtRisk, "risk.uncertain",
            "Rahoituksesta ei ole varmuutta.").For("Finnish denied certainty is a risk");
        yield return new ClassifierCase("Det är inte säkert att finansieringen beviljas.", ForecastStatus.AtRisk, "risk.uncertain",
            "Det är inte säkert att finansieringen beviljas.").For("Swedish not certain is a risk");
        yield return new ClassifierCase("There is no certainty about the funding.", ForecastStatus.AtRisk, "risk.uncertain",
            "There is no certainty about the funding.").For("English no certainty is a risk");
        yield return new ClassifierCase("Festivaali on siirretty syksyyn 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Festivaali on siirretty syksyyn 2021.").For("Finnish move to a season of a later year is a miss");
        yield return new ClassifierCase("Invigningen har flyttats till våren 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Invigningen har flyttats till våren 2021.").For("Swedish move to spring of a later year is a miss");
        yield return new ClassifierCase("The opening has been moved to spring 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "The opening has been moved to spring 2021.").For("English move to spring of a later year is a miss");
        yield return new ClassifierCase("Avajaiset siirtyivät syksyyn 2020, kun tavoitteena oli kevät 2020.", ForecastStatus.AtRisk, "risk.delay",
            "Avajaiset siirtyivät syksyyn 2020, kun tavoitteena oli kevät 2020.").For("Finnish move to a season of the same year is a delay");
        yield return new ClassifierCase("Kurssitoiminta on keskeytetty, eikä sitä jatketa tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "Kurssitoiminta on keskeytetty, eikä sitä jatketa tänä vuonna.").For("Finnish suspended and not continued this year is a miss");
        yield return new ClassifierCase("The programme was suspended and will not continue this year.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "The programme was suspended and will not continue this year.").For("English not continued this year is a miss");
        yield return new ClassifierCase("Verksamheten fortsätter inte i år.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "Verksamheten fortsätter inte i år.").For("Swedish does not continue this year is a miss");
        yield return new ClassifierCase("Tilanne 31.12.2020: kursseja pidettiin 3 (tavoite 6).", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Tilanne 31.12.2020: kursseja pidettiin 3 (tavoite 6).").For("Finnish figure on 31.12 below target is a miss");
        yield return new ClassifierCase("Utfall vid årets slut: 55 % (mål 75 %).", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Utfall vid årets slut: 55 % (mål 75 %).").For("Swedish year-end figure below target is a miss");
        yield return new ClassifierCase("Year-end actual: 12 (target 20).", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Year-end actual: 12 (target 20).").For("English year-end figure below target is a miss");
        yield return new ClassifierCase("Vuoden lopussa toteuma oli 40 % (tavoite 60 %).", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Vuoden lopussa toteuma oli 40 % (tavoite 60 %).").For("Finnish vuoden lopussa figure below target is a miss");
        yield return new ClassifierCase("Toteuma 30.9.2020: 40 % (tavoite 60 %).", ForecastStatus.AtRisk, "risk.below_target",
            "Toteuma 30.9.2020: 40 % (tavoite 60 %).").For("Finnish interim figure below target is a risk");
        yield return new ClassifierCase("Vissa av evenemangen har ställts in.", ForecastStatus.AtRisk, "risk.cancelled",
            "Vissa av evenemangen har ställts in.").For("Swedish some events cancelled is a risk");
        yield return new ClassifierCase("Osa työpajoista on peruttu.", ForecastStatus.AtRisk, "risk.cancelled",
            "Osa työpajoista on peruttu.").For("Finnish part of the workshops cancelled is a risk");
        yield return new ClassifierCase("Some of the workshops have been cancelled.", ForecastStatus.AtRisk, "risk.cancelled",
            "Some of the workshops have been cancelled.").For("English some workshops cancelled is a risk");
        yield return new ClassifierCase("Tavoitetasoon ei päästy.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Tavoitetasoon ei päästy.").For("Finnish ei päästy is a miss");
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_family_is_read_as_a_person_reads_it(ClassifierCase c) => c.Check();
}
