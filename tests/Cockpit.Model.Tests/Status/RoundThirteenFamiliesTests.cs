using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-13 unseen pair: no obstacle in sight, last year's verdict, periodised budgets at a
/// month's end, 'on kiinni' as depends on, a share of what was planned behind the periodisation, an old assessment overturned,
/// fulfilment that cannot be foreseen, no picture of the situation, a budget held so far, what reaching the goal requires,
/// 'om två år', departing from the goal, only some at year end, goals met fairly beside a budget, and one indicator worsening.
/// </summary>
public class RoundThirteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Mitään estettä uimahallin avaamiselle ei ole näköpiirissä.", ForecastStatus.OnTrack, "verdict.no_obstacle")
            .For("No obstacle in sight is on track, with no goal word");
        yield return Sentence("Viime vuonna tavoite jäi saavuttamatta, mutta tänä vuonna kävijätavoitteeseen ylletään.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("Last year's miss does not outweigh this year's verdict");
        yield return Sentence("Nuorisopalvelujen menot ovat syyskuun lopussa 2 % yli jaksotetun budjetin.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("A periodised budget at the end of a month is so far");
        yield return Sentence("Vuositavoite on kiinni syksyn tapahtumista.", ForecastStatus.AtRisk, "risk.conditional")
            .For("'on kiinni … tapahtumista' depends on");
        yield return Sentence("Hittills har 38 % av de planerade konserterna genomförts, vilket ligger under periodiseringen.", ForecastStatus.AtRisk, "risk.below_target")
            .For("A share of the planned events below the periodisation is behind");
        yield return Sentence("Keväällä arvioitiin, että tavoite saavutetaan, mutta nyt tavoitetta ei enää pidetä saavutettavana.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("An old assessment overturned in the same sentence gives way to the new one");
        yield return Sentence("Toteutumista on mahdoton ennakoida ennen kuin rahoituspäätös saadaan.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("Fulfilment impossible to foresee is not assessed");
        yield return Sentence("Kyselyn tulokset saadaan vasta tammikuussa, joten tilannekuvaa ei ole.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("'tilannekuvaa ei ole' is no assessment");
        yield return Sentence("Ostopalveluiden talousarvio on pitänyt tähän saakka.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("'talousarvio on pitänyt tähän saakka' held so far");
        yield return Sentence("Liikuntatavoitteiden saavuttaminen vaatii lisää ohjaajia.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("What reaching the goal requires is a condition");
        yield return Sentence("Simhallen väntas stå färdig om två år.", ForecastStatus.OnTrack, "progress")
            .For("'om två år' is time, not a condition");
        yield return Sentence("Nämnden väljer att göra avsteg från målet om två procents överskott.", ForecastStatus.WillNotBeMet, "verdict.failed", RoundKind.Outcome)
            .For("'göra avsteg från målet' is a miss, and the goal's own surplus is no result");
        yield return Sentence("Vain kolme kirjastoista onnistui aukiolojen laajentamisessa.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Only three of the libraries is in part");
        yield return Sentence("Tavoitteet toteutuivat kohtuullisen hyvin ja tulos muodostui talousarviota paremmaksi.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("Goals met only fairly beside a budget result is in part");
        yield return Sentence("Tre indikatorer når målet och en indikator visar en försämring.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("One indicator worsening beside three met is in part");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_thirteen_wording(ClassifierCase c) => c.Check();

    [Test]
    public void A_sentence_may_end_in_saatu() =>
        Assert.That(StatusClassifier.Classify("Yhtäkään sopimusta ei saatu.", RoundKind.Outcome).Status, Is.Not.EqualTo(ForecastStatus.Achieved));

    [Test]
    public void A_purpose_may_open_the_sentence() =>
        Assert.That(StatusClassifier.Classify("För att nå målet behövs fler öppettimmar.").Status, Is.EqualTo(ForecastStatus.AtRisk));
}
