using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-16 unseen pair: controllers' shorthand ('tav.', 'enn.', abbreviations that end no
/// sentence), a question mark, behind a periodised target, a gap not closed this year, better than the target whatever
/// the signs, a level set for the year, passed already, not got out this year, no worry, a half, a figure not yet
/// calculable, 'Som det ser ut', annual margins and 'medan', covering deficits (by some only), a deficit that grew,
/// 'för det mesta', made harder, shortcomings, 'inte säkra', worse than budget, weaker for other goals, only halfway
/// after 'mutta', a risk withdrawn, a target figure read only up to the verb, and 'avtal om'.
/// </summary>
public class RoundSixteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Lainat enn. 3,2 milj. (tav. 3,6 milj.).", ForecastStatus.WillNotBeMet, "figure.shortfall")
            .For("'enn.' and 'tav.' are a forecast and its target in shorthand");
        yield return Sentence("Kurssit 1–6/ 140 kpl, tav. 300 kpl/v; ennuste 320 kpl.", ForecastStatus.OnTrack, "figure.forecast_reached")
            .For("A forecast above a shorthand target is on track");
        yield return Sentence("Arvio: kysymysmerkki.", ForecastStatus.AtRisk, "risk.hedge")
            .For("'kysymysmerkki' is a question mark over the goal");
        yield return Sentence("Vuokratuotot ovat jaksotettua tavoitetta jäljessä.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("Behind a periodised target is so far");
        yield return Sentence("Vaje on 0,3 milj., eikä sitä ole kurottavissa umpeen tämän vuoden aikana.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("A gap that cannot be closed within the year is a miss");
        yield return Sentence("Energiankulutus: tavoitetta parempi (−6,1 %, tavoite −4 %).", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("'tavoitetta parempi' decides whatever the signs of the figures");
        yield return Sentence("Verkossa oli vuoden lopussa 2 100 uutta teosta, enemmän kuin vuodelle asetetut 2 000.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("More than the level set for the year is achieved");
        yield return Sentence("Kävijöiden määrä ohitti jo elokuussa koko vuoden tavoitteen.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'ohitti jo' the year's target is achieved");
        yield return Sentence("Uutta verkkopalvelua ei saada julki tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("Not got out this year is a miss");
        yield return Sentence("Ei mitään hätää kävijämäärän kanssa.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("'Ei mitään hätää' is no worry");
        yield return Sentence("Lukupiirit jäivät puoleen tavoitteesta.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("Falling to half of the target at year end is short of it");
        yield return Sentence("Kysely on tehty, mutta toteumaa ei ole vielä voitu laskea.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("A figure not yet calculable is not assessed");
        yield return Sentence("Som det ser ut nu klarar vi budgeten i år.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'Som det ser ut nu' opens no relative clause, so 'klarar budgeten' is a verdict");
        yield return Sentence("Årsbidraget blev 12 miljoner euro, dubbelt mer än budgeterat.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("An annual margin larger than budgeted is better than budget");
        yield return Sentence("Kostnaderna blir högre än beräknat medan intäkterna ligger på budgeterad nivå.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("'medan' opens a clause, so costs and income are weighed apart");
        yield return Sentence("Alue pystyy kattamaan alijäämänsä jo tämän vuoden aikana.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("Covering the deficit within the year is on track");
        yield return Sentence("Vain osa alueista arvioi, että alijäämä saadaan katettua.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Only some of them covering the deficit is part of the whole");
        yield return Sentence("Alijäämä on kasvanut jo 40 miljoonaa euroa.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("A deficit that grew is a worsening");
        yield return Sentence("Vi klarar för det mesta av att uppfylla garantin.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'för det mesta' is mostly, and the infinitive after 'klarar' is its object");
        yield return Sentence("Liukkaat kelit ovat vaikeuttaneet kunnossapitotavoitteen saavuttamista.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'vaikeuttaneet' made harder is a hedge");
        yield return Sentence("Useilla asemilla on puutteita vasteaikatavoitteen saavuttamisessa.", ForecastStatus.AtRisk, "risk.obstacle", RoundKind.Outcome)
            .For("Shortcomings in reaching the goal are a risk");
        yield return Sentence("Än så länge går det bra, men vi är inte säkra på att det håller året ut.", ForecastStatus.AtRisk, "risk.uncertain")
            .For("'inte säkra' is uncertain");
        yield return Sentence("Toimintakate toteutuu ennusteen mukaan 2 Me talousarviota heikompana.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("'talousarviota heikompana' is worse than budget");
        yield return Sentence("Målet för väntetider uppnåddes, medan utfallet var svagare för målen om kundnöjdhet.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("Met beside weaker results for other goals is in part");
        yield return Sentence("Kävijätavoite on jo ylitetty, mutta verkkoryhmien tavoitteesta ollaan vasta puolivälissä.", ForecastStatus.AtRisk, "verdict.risk")
            .For("Exceeded, but only halfway with another goal, is a risk");
        yield return Sentence("Keväällä pelättiin, että remontti vaarantaisi tavoitteen; nyt tätä riskiä ei enää ole, ja tavoitteeseen päästään.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("A risk feared earlier and withdrawn does not soften the verdict");
        yield return Sentence("Target reached (91 % of schools, target 85 %).", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("A target figure is read only up to the verb before it");
        yield return Sentence("Det avtal om kvällstider som målet förutsätter har inte kunnat ingås, och det är oklart om det hinner bli klart i år.", ForecastStatus.AtRisk, "risk.open")
            .For("'avtal om' is about, not if");
        yield return Sentence("Inget avtal om extra hyror behövs, och målet nås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'avtal om' is about, not if, when the goal is met");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_sixteen_families(ClassifierCase c) => c.Check();
}
