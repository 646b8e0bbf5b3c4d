using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-24 unseen pair: a completion in a 'when' clause of a forecast; no slack left after 'but';
/// last year in one word; a budget that may be exceeded if; budgeted income missing; the goal's own effects not verified at
/// year end; 'mer än de … som var målsättningen'; a ceiling in parentheses; not launched in the year named; worse than
/// expected with a clitic; 'kun taas joissain ei'; 'isossa kuvassa'; data not collected; sent back for preparation;
/// 'annars'; 'om cirka'.
/// </summary>
public class RoundTwentyFourFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Tavoite saavutettaneen todennäköisesti, kun uimahallin remontti on valmistunut.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("A completion in a 'when' clause of a forecast is no verdict");
        yield return Sentence("Kävijätavoite on vielä saavutettavissa, mutta aikataulussa ei ole enää pelivaraa.", ForecastStatus.AtRisk, "verdict.risk")
            .For("No slack left after 'but' is a risk");
        yield return Sentence("Edellisvuonna tavoitteesta jäätiin, mutta tänä vuonna lainoja kertyi 1,2 milj., mikä ylittää 1,1 milj. tavoitteen.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Last year's shortfall in one word ('edellisvuonna') does not decide");
        yield return Sentence("Museon menot saattavat ylittää budjetin, jos näyttelyaikaa pidennetään.", ForecastStatus.AtRisk, "cost.risk")
            .For("A budget that may be exceeded if something is done is a risk");
        yield return Sentence("Budjetoiduista pääsylipputuotoista puuttui vuoden lopussa 0,4 milj. euroa.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("Budgeted income missing at year end is a miss");
        yield return Sentence("Liikuntaneuvonnan vaikutuksia ei pystytty todentamaan, koska seurantatietoja ei kerätty.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("At year end the goal's own effects not verified cannot be assessed");
        yield return Sentence("Lånen uppgick till 2,3 miljoner, vilket är mer än de 2,1 miljoner som var målsättningen.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("'mer än de … som var målsättningen' passes the target");
        yield return Sentence("Handläggningstiden var i genomsnitt 18 dagar (högst 21 dagar).", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("A ceiling in parentheses with no target word");
        yield return Sentence("The new booking system was not launched in 2025.", ForecastStatus.WillNotBeMet, "verdict.not_in_time", RoundKind.Outcome)
            .For("Not launched in the year named, at year end, is a miss");
        yield return Sentence("Taloudellisesti vuosi toteutui ennakoituakin heikommin.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("Worse than expected, with a clitic ('ennakoituakin'), is a miss");
        yield return Sentence("Tavoite saavutetaan osassa kirjastoista kesäkuun loppuun mennessä, kun taas joissain ei.", ForecastStatus.AtRisk, "verdict.partial")
            .For("'kun taas joissain ei' is met in part");
        yield return Sentence("Isossa kuvassa talousarvio toteutui suunnitellusti.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("'Isossa kuvassa' is on the whole, a degree");
        yield return Sentence("Vuonna 2024 tietoja ei kerätty järjestelmävaihdon vuoksi.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("Data not collected cannot be assessed");
        yield return Sentence("Kaupunginhallitus palautti uimahallin hankesuunnitelman valmisteluun.", ForecastStatus.AtRisk, "risk.delay")
            .For("Sent back for preparation is a delay");
        yield return Sentence("Annars når vi inte målet i år.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("'Annars' is a condition");
        yield return Sentence("Nämndens bokslut visar ett överskott om cirka 0,4 miljoner euro.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("'överskott om cirka' is an amount, not a condition");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_four_families(ClassifierCase c) => c.Check();
}
