using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 34 showed once measured: a work at a standstill ("on seis"), only part held beside a success, a weak
/// verb done only next year, a project's cost plan as its budget, fewer done than a whole named in figures, what was missing
/// from the target figure, met in one place and not started in another, a balance resting on savings still to make or said
/// barely and probably, work that remains ("kvarstår arbete"), at stake, out of reach, a long fall, made harder, in line with
/// the goal, a miss on a condition, advice ("anser att … bör"), "kuten tavoitteena oli", verbs of starting, the target's level
/// with its figure after it, an overrun in euros, no effect on the goal, a deficit turned into a surplus, what may upset the
/// schedule, a cap, and targets met "at or above"; and, with the report's year, last year's period named by its year.
/// </summary>
public class RoundThirtyFourFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kahvilan remontti on seis, kunnes uusi kalustetoimittaja on valittu.", ForecastStatus.AtRisk, "risk.delay")
            .For("a work at a standstill is delayed");
        yield return Sentence("Sommarteaterns publik blev större än väntat, medan endast tre av fem föreställningar kunde genomföras.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("at year end, only part held beside a success is in part");
        yield return Sentence("Parkeringsytan asfalteras också, men detta genomförs först nästa år.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("a work done only next year, without a goal named, is next year's");
        yield return Sentence("Skeittiparkin valaistuksen kustannukset pysyivät 300 000 euron hankesuunnitelman rajoissa.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("within a project's cost plan is within its budget");
        yield return Sentence("Korjauskohteiden 20 kohteesta valmistui vuoden aikana 15.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("at year end, fewer done than the whole named is done in part");
        yield return Sentence("Museokäyntien tavoitemäärästä puuttui noin 5 000 käyntiä.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("what was missing from the target figure is a shortfall");
        yield return Sentence("Målet för läxhjälpen har redan nåtts i Gårdsbacka, men i Kvarnbäcken har verksamheten inte kommit i gång.", ForecastStatus.AtRisk, "verdict.partial")
            .For("met in one place, not started in another, is met in part");
        yield return Sentence("Vi har besparingar på 400 000 kronor att ordna under hösten, men prognosen visar ett nollresultat.", ForecastStatus.AtRisk, "verdict.risk")
            .For("a balance that rests on savings still to make is at risk");
        yield return Sentence("Med nöd och näppe torde nämnden klara ett nollresultat i år.", ForecastStatus.AtRisk, "verdict.risk")
            .For("barely and probably a balance is at risk");
        yield return Sentence("Konstgräset är på plats, men det kvarstår arbete med belysningen.", ForecastStatus.AtRisk, "risk.work_left")
            .For("work that remains is work left");
        yield return Sentence("Kävijätavoite on vaakalaudalla, koska näyttely avautui kuukauden myöhässä.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("at stake is a risk");
        yield return Sentence("Sadan opastuksen tavoite ei ole enää ulottuvilla.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("no longer within reach is out of reach");
        yield return Sentence("Antalet lån minskar sedan länge.", ForecastStatus.AtRisk, "risk.worsening", RoundKind.Outcome)
            .For("a fall that has gone on for long is a worsening, at year end too");
        yield return Sentence("Tavoitteen saavuttamista on hankaloittanut sijaisten puute.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("made harder is a risk");
        yield return Sentence("Antalet besök ligger i linje med årsmålet.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("in line with the annual goal is on course");
        yield return Sentence("If the roof repair slips, the visitor target will be missed.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("a miss on a condition is at risk");
        yield return Sentence("Revisionsnämnden anser att målen bör följas upp oftare.", ForecastStatus.NotAssessed, "verdict.procedure")
            .For("an opinion of what should be done is advice");
        yield return Sentence("Uimahallin vesipisteet uusittiin kaikkiin pukuhuoneisiin, kuten tavoitteena oli.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("done as the goal had it is met");
        yield return Sentence("Tekonurmen rakentaminen alkaa vasta tammikuussa 2031.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("a start only in January of a later year is next year's");
        yield return Sentence("Tekonurmen rakentaminen ei alkanut vuonna 2030.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("at year end, not started in the year is a miss");
        yield return Sentence("Kävijämäärän arvioidaan olevan vuoden lopussa tavoitteen mukainen 120 000.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("a frame and the target's level, with its figure after it, is on course");
        yield return Sentence("Kun avustus huomioidaan, ylitys on 12 000 €.", ForecastStatus.WillNotBeMet, "cost.overrun")
            .For("an overrun in euros is an overrun");
        yield return Sentence("Kirjaston remontti ei vaikuta lainaustavoitteeseen.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("no effect on the goal is no risk");
        yield return Sentence("Alijäämäinen tilikausi vaihtui 0,4 miljoonan euron ylijäämäiseksi.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("a deficit that turned into a surplus is the surplus");
        yield return Sentence("Näyttelyn avaus on aikataulussa, mutta tilaajan muutostyöt voivat vielä sotkea aikataulun.", ForecastStatus.AtRisk, "risk.hedge")
            .For("a modal that may upset the schedule is a risk");
        yield return Sentence("Overtime exceeded the annual cap by 300 hours.", ForecastStatus.WillNotBeMet, "verdict.shortfall", RoundKind.Outcome)
            .For("more than a cap is a shortfall");
        yield return Sentence("Both the recycling rate and the number of volunteers ended the year at or above their targets.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("at or above their targets is met");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_thirty_four_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void The_same_period_of_the_year_before_named_by_its_year_is_last_year() =>
        Assert.That(StatusClassifier.Classify("Kävijöitä oli tammi–elokuussa 41 000, mikä on selvästi vähemmän kuin vuoden 2029 samalla jaksolla.", RoundKind.Forecast, 2030).RuleCode,
            Is.EqualTo("risk.below_last_year"), "in the report for 2030, 2029 is last year");

    [Test]
    public void Reports_still_missing_are_no_risk() =>
        Assert.That(StatusClassifier.Classify("Etelän ja keskustan kävijäraportit puuttuvat vielä.").Status, Is.Not.EqualTo(ForecastStatus.AtRisk),
            "figures not yet in say nothing about the goal");

    [Test]
    public void Without_an_interruption_is_no_cancellation_and_no_delay() =>
        Assert.That(StatusClassifier.Classify("Rantojen valvonta toimi ilman keskeytyksiä koko kesän.", RoundKind.Outcome).Status,
            Is.Not.EqualTo(ForecastStatus.WillNotBeMet).And.Not.EqualTo(ForecastStatus.AtRisk));

    [TestCase("Poikkeama ei johdu toiminnasta.", ForecastStatus.OnTrack, "a cause denied is no deviation denied")]
    [TestCase("Lautakunta katsoo, että aukiolotavoite pitää.", ForecastStatus.NotAssessed, "'pitää' that holds is no advice")]
    [TestCase("Vi hann bara med hälften av de kurser som målet krävde.", ForecastStatus.Achieved, "'som' of a relative clause is no 'så som'")]
    [TestCase("Urakkaan on varattu 8 200 000 €.", ForecastStatus.OnTrack, "money set aside, with a euro sign, is no work done")]
    [TestCase("Säästöjä kertyi vielä enemmän kuin arvioitiin, joten tulos on ylijäämäinen.", ForecastStatus.AtRisk, "savings made are no savings still to make")]
    public void Words_near_a_new_family_are_not_read_as_it(string text, ForecastStatus not, string why) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).Status, Is.Not.EqualTo(not), why);

    [Test]
    public void An_extension_project_is_no_progress_by_its_name() =>
        Assert.That(StatusClassifier.Classify("Laajennushankkeen kustannusarvio tarkastellaan uudelleen.").RuleCode, Is.Not.EqualTo("progress"));
}
