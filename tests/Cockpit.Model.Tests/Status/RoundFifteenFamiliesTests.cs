using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-15 unseen pair: budgets compared in new words (income larger than budgeted, below a
/// net budget, a larger surplus), a level filled or passed already, 'fulfils', what suffices for the goal, a shortfall
/// denied, limit values, a goal before an aside, X of Y met, a degree before 'and', a concession as the only verdict, a
/// periodised target so far, kept at the target, a delay that does not affect the goal, cuts, open questions, a level
/// given by its figure, only some, a stand taken later, not done this year, a goal lost, what cannot be followed up,
/// 'varken', a necessive after 'mutta', some held and some not, staff shortages, covering a deficit, and a share reached
/// with no goal named.
/// </summary>
public class RoundFifteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kurssitoiminnan tulot olivat tilinpäätöksessä 60 000 euroa budjetoitua suuremmat.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Income larger than budgeted at year end is better than budget");
        yield return Sentence("Biljettinkomsterna blev 0,2 miljoner euro större än budgeterat.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Swedish income larger than budgeted is better than budget");
        yield return Sentence("Museon vuosikulut asettuvat ennusteen mukaan noin 80 000 euroa budjetoitua alemmaksi.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("Costs settling below the budget is on track");
        yield return Sentence("Idrottsservicen beräknas ligga 0,3 miljoner euro under sin nettobudget.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("Under its net budget is under budget");
        yield return Sentence("Prognosen visar ett något större överskott än budgeterat.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("A larger surplus than budgeted is better than budget");
        yield return Sentence("Uusien kerhojen tavoitemäärä tuli täyteen jo huhtikuussa.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'tuli täyteen jo' is a level already filled");
        yield return Sentence("Utlåningen passerade redan i september årets målnivå.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'passerade redan' a target level is achieved");
        yield return Sentence("Every branch had opened on Sundays by December, which fulfils the target.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'fulfils the target' at year end is achieved");
        yield return Sentence("Tavoitetta ei ole vielä saavutettu, mutta syksyn varaukset riittävät nostamaan käyntimäärän tavoitetasolle.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("What suffices to lift the count to the target level is on track");
        yield return Sentence("Inget tyder på att antalet deltagare skulle stanna under målet.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("A shortfall nothing points to is on track");
        yield return Sentence("Melutaso ei ylittänyt kertaakaan HSY:n asettamia raja-arvoja.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("A limit value not exceeded is met");
        yield return Sentence("Vuodelle asetettu kävijätavoite - 120 000 käyntiä - ylitettiin.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("The goal before an aside between dashes is the subject of 'ylitettiin'");
        yield return Sentence("Nykyinen rekrytointitahti ei ole riittävä tavoitteen saavuttamiseen.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("Not sufficient for reaching the goal is a miss");
        yield return Sentence("Five of the eight pools met the opening-hours target.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("Five of the eight that met the target is part of the goals");
        yield return Sentence("Asiakaspalvelu on hoidettu pääosin lakisääteisten ja omien tavoitteiden mukaisesti.", ForecastStatus.AtRisk, "risk.partial")
            .For("'pääosin' before an 'and' that joins two attributes qualifies 'mukaisesti'");
        yield return Sentence("Vaikka lainaukset toteutuivat tavoitteen mukaisesti, kasvu jäi edellisvuotta pienemmäksi.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("A concession that is the only verdict grants it");
        yield return Sentence("Kävijämäärä har hittills i år legat 8 % under den periodiserade målnivån.", ForecastStatus.AtRisk, "risk.below_target")
            .For("Below a periodised target level so far is a risk");
        yield return Sentence("Lainakanta pidetään tavoitteessa eli alle 200 miljoonassa eurossa.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'pidetään tavoitteessa' is kept at the target; 'eli alle' restates it");
        yield return Sentence("Förseningen väntas inte påverka målet för året.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("A delay that does not affect the goal is not at risk");
        yield return Sentence("Olemme jo leikanneet sähkönkulutusta 12 % edellisvuodesta.", ForecastStatus.OnTrack, "progress")
            .For("A cut by a percentage of what is better lower is progress");
        yield return Sentence("Whether the spring season closes the gap to the visitor target remains an open question.", ForecastStatus.AtRisk, "risk.open")
            .For("An open question about the gap to the target is a risk");
        yield return Sentence("Varauksia on tullut niin vähän, että 70 prosentin käyttöasteesta jäädään selvästi.", ForecastStatus.WillNotBeMet, "verdict.shortfall")
            .For("'85 prosentin käyttöasteesta jäädään' falls short of a level given by its figure");
        yield return Sentence("Tavoite toteutuu toistaiseksi vain seitsemässä koulussa kymmenestä.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Only seven of ten is in part");
        yield return Sentence("Kantaa tavoitteen toteutumiseen otetaan vasta joulukuussa.", ForecastStatus.NotAssessed, "verdict.deferred")
            .For("A stand taken only later is deferred");
        yield return Sentence("Palautekyselyä ei tehdä lainkaan tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("Not done at all this year is a miss");
        yield return Sentence("Allekirjoitus ei ehdi tälle vuodelle, joten tavoite on menetetty.", ForecastStatus.WillNotBeMet, "verdict.failed")
            .For("'tavoite on menetetty' is lost");
        yield return Sentence("Flera av delmålen är inte möjliga att följa upp.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("What cannot be followed up is not assessed");
        yield return Sentence("Investeringarna blev nästan i enlighet med budget.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("Nearly in line with the budget is hedged");
        yield return Sentence("Kommunen bedöms varken nå eller komma nära målet i år.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'varken nå' is a negation");
        yield return Sentence("Käyntimäärät ovat edenneet tavoitteen mukaisesti, mutta markkinointia on tehostettava.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("A Finnish necessive after 'mutta' makes on course conditional");
        yield return Sentence("Konsertit järjestettiin Malmilla ja Kalliossa, Vuosaaren konsertti peruttiin.", ForecastStatus.AtRisk, "risk.cancelled", RoundKind.Outcome)
            .For("Some held and one cancelled is in part");
        yield return Sentence("Kurssit pidettiin kahdessa talossa, kolmannen talon kurssit jäivät pitämättä.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Some held and some left undone is in part");
        yield return Sentence("Aukiolotavoite toteutuu, mutta Kontulan henkilöstövaje on supistanut iltoja.", ForecastStatus.AtRisk, "verdict.risk")
            .For("A staff shortage beside a goal met in part of the places is a risk");
        yield return Sentence("Alue pystyy kattamaan alijäämänsä vuoden loppuun mennessä.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("Covering the deficit by year end is on track");
        yield return Sentence("Nykyisillä toimenpiteillä voidaan saavuttaa noin 60 prosentin vähennys.", ForecastStatus.AtRisk, "verdict.risk")
            .For("A share below 100 % that can be reached, with no goal named, is a risk");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_fifteen_families(ClassifierCase c) => c.Check();
}
