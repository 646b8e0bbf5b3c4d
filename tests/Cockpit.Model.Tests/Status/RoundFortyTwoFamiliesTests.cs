using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 42's dangerous rows, read once it was measured: a forecast named as the source ("1. ennusteen mukaisesti"), a
/// schedule revised, a matter still being looked into, "möjligtvis", a gap that grows, a count of a whole said with "on",
/// a ceiling counted to the end of a month, and an effect on completion not yet assessed.
/// </summary>
public class RoundFortyTwoFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Toimialan 2. ennusteen mukaisesti nettomenojen arvioidaan olevan 2 miljoonaa euroa budjetoitua suuremmat.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("'ennusteen mukaisesti' before a forecast verb names whose forecast it is, not 'as forecast'");
        yield return Sentence("Työt ovat edenneet ennusteen mukaisesti.", ForecastStatus.OnTrack, "progress")
            .For("after the verb, 'ennusteen mukaisesti' is still 'as forecast'");
        yield return Sentence("Uimahallin peruskorjauksen aikataulua on jouduttu tarkistamaan kahdesti.", ForecastStatus.AtRisk, "risk.delay")
            .For("a schedule that had to be revised is a delay");
        yield return Sentence("Sitovien tavoitteiden tavoiteaikatauluja on korjattu valtuuston päätöksillä.", ForecastStatus.AtRisk, "risk.delay", RoundKind.Outcome)
            .For("schedules corrected by decisions, the schedule word inside a compound, is a delay");
        yield return Sentence("Tidsplanen har reviderats.", ForecastStatus.AtRisk, "risk.delay")
            .For("a Swedish schedule revised is a delay");
        yield return Sentence("Kaupunki selvittää vielä, mihin kirjasto siirretään remontin ajaksi.", ForecastStatus.AtRisk, "risk.open")
            .For("a matter still being looked into is open");
        yield return Sentence("Kommunen utreder fortfarande var biblioteket ska flytta under renoveringen.", ForecastStatus.AtRisk, "risk.open")
            .For("'utreder fortfarande' is open");
        yield return Sentence("Salen kan möjligtvis öppnas redan i december.", ForecastStatus.AtRisk, "risk.hedge")
            .For("'möjligtvis' is a possibly, as 'möjligen' is");
        yield return Sentence("Lainoja on 4 100, kun viime vuonna samaan aikaan niitä oli 5 000, ja ero on kasvanut joka kuukausi.", ForecastStatus.AtRisk, "risk.worsening")
            .For("behind last year, and the gap growing, is worse, not a growth");
        yield return Sentence("Skillnaden mot förra året har ökat under våren.", ForecastStatus.AtRisk, "risk.worsening")
            .For("a gap that has grown is worse");
        yield return Sentence("Kesäleirejä on kesäkuun alussa 14 puistossa 20:stä.", ForecastStatus.AtRisk, "risk.partial")
            .For("a count of a whole said with 'on' is in part so far");
        yield return Sentence("Kesäleirejä on 14 puistossa 20:stä, ja loput avataan heinäkuussa.", ForecastStatus.OnTrack, "progress")
            .For("in part so far, with the rest later in the year, is on course");
        yield return Sentence("Uudet opasteet valmistuivat kolmelle kuudesta liikuntapuistosta.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("done for three of six, the noun after the whole, is in part");
        yield return Sentence("Hälytyksiä on kirjattu syyskuun loppuun mennessä 10, kun koko vuodelle sallittu enimmäismäärä on 12.", ForecastStatus.AtRisk, "risk.below_target")
            .For("a ceiling counted to the end of September and past its pace is at risk");
        yield return Sentence("Hälytyksiä on kirjattu maaliskuun loppuun mennessä 2, kun koko vuodelle sallittu enimmäismäärä on 12.", ForecastStatus.OnTrack, "figure.forecast_reached")
            .For("within its pace at the end of March, the ceiling holds");
        yield return Sentence("Pohjatutkimuksissa löytyi louhittavaa kalliota, ja sen vaikutus valmistumiseen on vielä selvittämättä.", ForecastStatus.AtRisk, "risk.open")
            .For("an effect on completion not yet worked out leaves the date open");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_two_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void A_schedule_not_changed_is_no_delay() =>
        Assert.That(StatusClassifier.Classify("Hankkeen aikataulua ei ole muutettu.").Status, Is.Not.EqualTo(ForecastStatus.AtRisk));
}
