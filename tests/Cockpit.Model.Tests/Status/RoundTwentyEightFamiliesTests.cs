using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 28 showed once measured: goals decided only later, falls against a year ago, "hardly" and
/// "probably not" done this year, whole-year forecasts over a maximum, procedure and recommendations, savings and costs
/// within or over the budget, unknown start dates, what a goal hangs on, ceilings named after the target, postponements
/// at year end, for the most part and most of, managed to get done, growth nouns, work not brought to the finish, too
/// few, moves into January, later than planned, extra costs, every part over budget, and hopes.
/// </summary>
public class RoundTwentyEightFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kävijätavoitteen toteutuminen ratkeaa vasta joulukuussa.", ForecastStatus.AtRisk, "risk.open")
            .For("a goal that will only be decided later is open");
        yield return Sentence("Kerhojen osallistujamäärä on alkuvuonna ollut viidenneksen pienempi kuin vuosi sitten.", ForecastStatus.AtRisk, "risk.below_last_year")
            .For("fewer than a year ago is a fall during the year");
        yield return Sentence("Uimahallin saneeraus tuskin valmistuu ennen vuodenvaihdetta.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("hardly done before the turn of the year is not in time");
        yield return Sentence("Käsittelyajan koko vuoden keskiarvo jää ennusteen mukaan yli enimmäistavoitteen.", ForecastStatus.WillNotBeMet, "figure.shortfall")
            .For("a forecast for the whole year over the maximum is a miss");
        yield return Sentence("Jos kesätyöpaikkoja jää alle tavoitteen, syyt käydään läpi lautakunnan kanssa.", ForecastStatus.NotAssessed, "verdict.procedure")
            .For("what is gone through if a goal is missed is procedure");
        yield return Sentence("Liikuntapalveluille kertyy ennusteen mukaan noin 0,8 milj. euroa säästöä talousarvioon nähden.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("a sum saved against the budget is better than budgeted");
        yield return Sentence("Nuorisotalojen vuokriin tarvitaan arviolta 0,2 milj. euroa enemmän kuin on budjetoitu.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("more needed than budgeted is an overrun");
        yield return Sentence("Aineistokulut pysyivät budjetin sisällä.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("costs within the budget at year end are as budgeted");
        yield return Sentence("Avajaisten ajankohdasta ei ole vielä tietoa.", ForecastStatus.AtRisk, "risk.open")
            .For("when the work starts is not known: open");
        yield return Sentence("Reitin valmistuminen tänä vuonna on kiinni siitä, saadaanko rahoitus.", ForecastStatus.AtRisk, "risk.conditional")
            .For("what the goal depends on is a condition");
        yield return Sentence("Tarkastuslautakunta suosittelee, että hankkeille asetetaan mitattavat tavoitteet.", ForecastStatus.NotAssessed, "verdict.procedure", RoundKind.Outcome)
            .For("a recommendation is not a verdict");
        yield return Sentence("Renoveringen av simhallen blir troligen inte klar i år.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("probably not done this year is still a miss");
        yield return Sentence("Väntetiden var i snitt tre veckor och höll sig därmed under målet på högst fem veckor.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("under a target that is a ceiling is met");
        yield return Sentence("Invigningen av utställningen sköts upp till mars 2030.", ForecastStatus.WillNotBeMet, "verdict.postponed", RoundKind.Outcome)
            .For("at year end a postponement to a later date is a miss for the year");
        yield return Sentence("Målet om kvällsöppet uppfylldes till största delen.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("met for the most part is met in part");
        yield return Sentence("At 1.8 %, the share of cancelled bookings remained within the ceiling of 3 % set for the year.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("within a ceiling is met");
        yield return Sentence("The bookmobile reached most of its planned stops.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("most of them is met in part");
        yield return Sentence("Konserttisarja saatiin tänä vuonna pidettyä kokonaisuudessaan.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("managed to hold all of it is done");
        yield return Sentence("Tavoitteeksi asetettu 400 kesätyöseteliä saatiin myönnettyä kesäkuussa.", ForecastStatus.Achieved, "verdict.achieved")
            .For("the set goal managed to be granted is done");
        yield return Sentence("Kirjastokäyntien kasvua edelliseen vuoteen kertyi noin 3 000.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome)
            .For("growth against the year before is progress");
        yield return Sentence("Kentän nurmen uusinta ei mennyt kerralla maaliin.", ForecastStatus.AtRisk, "risk.stalled")
            .For("work not brought to the finish is stalled");
        yield return Sentence("Ohjaajia on liian vähän kävijämäärään nähden.", ForecastStatus.AtRisk, "risk.below_target")
            .For("too few is short of what is needed");
        yield return Sentence("Päiväkodin avaaminen lykkääntyy tammikuun alkuun.", ForecastStatus.WillNotBeMet, "verdict.postponed")
            .For("in a forecast, moved into January is next year");
        yield return Sentence("Koulu muuttaa uusiin tiloihin myöhemmin kuin suunniteltiin.", ForecastStatus.AtRisk, "risk.delay")
            .For("later than planned is a delay");
        yield return Sentence("Det kommer att kosta ytterligare fem miljoner kronor att renovera teatern.", ForecastStatus.WillNotBeMet, "cost.overrun")
            .For("an additional cost is an overrun");
        yield return Sentence("Vastuualueiden osalta liikuntapalvelut ylitti talousarvion 120 000 eurolla ja nuorisopalvelut ylitti talousarvion 80 000 eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome)
            .For("every part over the budget is an overrun, not a part");
        yield return Sentence("Vi hoppas att kommunstyrelsen skjuter till extra medel för fler sommarjobb.", ForecastStatus.AtRisk, "risk.hedge")
            .For("hoping for funding is a hedge");
        yield return Sentence("Talous on pääsääntöisesti pysynyt talousarviossa ja toiminnalliset tavoitteet saavutettu.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("an 'and' clause that leaves out its verb shares the degree before it");
        yield return new ClassifierCase("Biblioteksbesöken ökade med 3 000. Utlåningen minskade med 2,1 procent.", ForecastStatus.AtRisk, "risk.below_last_year",
            "Utlåningen minskade med 2,1 procent.", Round: RoundKind.Outcome).For("a use that fell by a percentage is a fall, and outweighs a rise beside it");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_eight_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
