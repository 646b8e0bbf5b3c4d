using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-14 unseen pair: an earlier forecast in the first person, 'tight' and 'knife edge', 'jäi
/// niistä', parts of what was planned (with the count after the planned word, or with a verb of realisation), 'oklart om' as
/// a question, a Finnish necessive before 'jotta', only some during the year, a price above what was aimed at, a loss denied,
/// 'ei voida todeta', a comparison not possible, behind the timetable, many of the goals, and how it looks.
/// </summary>
public class RoundFourteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Edellisessä ennusteessa arvioimme tavoitteen täyttyvän, mutta rekrytointi on sittemmin takkuillut.", ForecastStatus.AtRisk, "risk.delay")
            .For("An earlier forecast in the first person, overturned by 'mutta', is no verdict");
        yield return Sentence("Kävijätavoitteen saavuttaminen näyttää tiukalta.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'näyttää tiukalta' is tight");
        yield return Sentence("Kallio ja Pasila ylittivät lainaustavoitteensa, mutta Malmi jäi niistä selvästi.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("'jäi niistä' stands for the goals named before");
        yield return Sentence("Suunnitelluista kuudesta näyttelystä toteutettiin neljä.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Four of six planned, the count after the planned word, is in part");
        yield return Sentence("Av de fem planerade konserterna genomfördes tre under året.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Three of five planned with a verb of realisation is in part");
        yield return Sentence("Det är oklart om vi når målet i år.", ForecastStatus.AtRisk, "risk.open")
            .For("'oklart om vi når målet' asks, it is no verdict");
        yield return Sentence("Tahtia on kiristettävä, jotta EU:n tavoitteet saavutetaan ajallaan.", ForecastStatus.AtRisk, "risk.conditional")
            .For("A Finnish necessive before 'jotta' is a need");
        yield return Sentence("Vain kolmessa kirjastossa pääsee lainaamaan sunnuntaisin.", ForecastStatus.AtRisk, "risk.partial")
            .For("Only three libraries is in part during the year too");
        yield return Sentence("Hinta on 0,4 miljoonaa korkeampi kuin on tavoiteltu.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("A price above what was aimed at is an overrun");
        yield return Sentence("Inget tyder på att målet skulle gå förlorat.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("'skulle gå förlorat' denied is on track");
        yield return Sentence("Kävijätavoitteen osalta ollaan veitsenterällä.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'veitsenterällä' is a knife edge");
        yield return Sentence("Tavoitteen toteutumista ei voida todeta.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'ei voida todeta' is not assessed");
        yield return Sentence("Suora vertailu edellisvuoteen ei ole mahdollista.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("A comparison that is not possible is not assessed");
        yield return Sentence("Hittills har 48 % av anslaget beviljats, vilket är något efter tidsplanen.", ForecastStatus.AtRisk, "risk.below_target")
            .For("'något efter tidsplanen' is behind");
        yield return Sentence("Tavoitteet on pitkälti saavutettu, ja ennusteiden mukaan monet vuoden 2030 tavoitteet tullaan saavuttamaan.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("'monet … tavoitteet' is some of the goals");
        yield return Sentence("Regionen ser ut att klara samtliga mål med en god måluppfyllelse.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'ser ut att klara … god måluppfyllelse' is how it looks, not yet how it is");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_fourteen_wording(ClassifierCase c) => c.Check();
}
