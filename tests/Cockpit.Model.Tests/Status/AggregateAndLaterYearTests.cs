using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-2 unseen sets: a goal reached only in a later year, aggregates of several goals
/// (shares, counts met and missed, "merparten"), comparatives against the target without its figure, the one other
/// figure beside a target, manner adverbs that qualify a verdict, and that a part not assessable takes nothing back.
/// </summary>
public class AggregateAndLaterYearTests
{
    private static IEnumerable<TestCaseData> LaterYear()
    {
        yield return Sentence("Tavoite saavutetaan vasta ensi vuonna.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("A Finnish goal met only next year is a miss this year");
        yield return Sentence("Tavoite tullaan saavuttamaan ensi vuonna.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("A Finnish future passive next year is a miss this year");
        yield return Sentence("Målet nås först nästa år.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("A Swedish 'först nästa år' is a miss this year");
        yield return Sentence("The target will be met next year.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("An English 'next year' is a miss this year");
        yield return Sentence("Tavoite saavutetaan aikaisintaan vuonna 2022.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("A Finnish 'aikaisintaan vuonna 2022' is a miss this year");
        yield return Sentence("Tavoite saavutetaan ja toimintaa jatketaan.", ForecastStatus.OnTrack, "verdict.on_track").For("A goal met with no later year stays on track");
    }

    private static IEnumerable<TestCaseData> Aggregates()
    {
        yield return Sentence("Mittareista 62 prosenttia toteutui.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome).For("A Finnish share of the indicators met is met in part");
        yield return Sentence("Sitovien tavoitteiden toteuma oli heikompi eli toteutuneiden osuus oli 74 prosenttia.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("A Finnish share of goals met named with 'osuus' is met in part");
        yield return Sentence("Lautakunnan kuudesta sitovasta tavoitteesta neljä toteutui ja kaksi jäi toteutumatta.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("Counts of goals met and missed in one sentence are met in part");
        yield return Sentence("Tavoitteista kaksi ei toteutunut ja kahden toteutumista ei voida todentaa.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("Goals missed beside goals not assessable is a miss: the unassessable part takes nothing back");
        yield return Sentence("Prognosen visar 48 procent uppfyllt, 45 procent på väg att uppfyllas och 7 procent inte uppfyllt.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("A Swedish share of goals not met beside shares met is met in part");
        yield return Sentence("Merparten av målen har uppnåtts.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome).For("A Swedish 'merparten av målen' is met in part");
        yield return Sentence("Valtaosa sitovista tavoitteista toteutui.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome).For("A Finnish 'valtaosa tavoitteista' is met in part");
        yield return Sentence("Lisäksi yksi tavoite toteutui raportoinnista poiketen.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("One goal met is achieved: an elative that is not the goals does not make it a part");
        yield return Sentence("Tavoitetasoa (70 %) ei tulla saavuttamaan.", ForecastStatus.WillNotBeMet, "verdict.negated").For("A goal's own level in brackets is not a share of goals");
    }

    private static IEnumerable<TestCaseData> AgainstTheTarget()
    {
        yield return Sentence("Kävijöitä oli noin neljännes vähemmän kuin tavoitteena oli.", ForecastStatus.WillNotBeMet, "figure.below_target", RoundKind.Outcome)
            .For("A Finnish 'vähemmän kuin tavoitteena' at year end is a miss");
        yield return Sentence("Kävijöitä on noin neljännes vähemmän kuin tavoitteena on.", ForecastStatus.AtRisk, "risk.below_target").For("A Finnish 'vähemmän kuin tavoitteena' in a forecast is a risk");
        yield return Sentence("Käyttäjämäärä oli 20 prosenttia tavoitetta suurempi.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome).For("A Finnish 'tavoitetta suurempi' at year end is achieved");
        yield return Sentence("Syyskuun lopussa tavoitteesta oli saavutettu vasta kolmannes.", ForecastStatus.AtRisk, "figure.part_so_far").For("A third of the target so far is a risk");
        yield return Sentence("Asiakastyytyväisyys nousi tavoitetasolle.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome).For("A Finnish rise to the target level is achieved");
        yield return Sentence("Kävijämäärä ei noussut tavoitetasolle.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome).For("A Finnish rise denied at year end is a miss");
        yield return Sentence("Omatoimikirjastoja avattiin vuoden aikana neljä (tavoite 3).", ForecastStatus.Achieved, "figure.reached").For("The one other figure beside a target is what was done");
        yield return Sentence("Sopimuksia solmittiin vuoden aikana 4, tavoitteena oli 10.", ForecastStatus.WillNotBeMet, "figure.shortfall").For("A figure short of the target beside it is a miss");
        yield return Sentence("Päätökset tehtiin 38 päivässä, kun tavoitteena oli enintään 45 päivää.", ForecastStatus.Achieved, "figure.reached").For("A figure under a ceiling target is achieved");
    }

    private static IEnumerable<TestCaseData> YearEndWording()
    {
        yield return Sentence("Vuonna 2020 talous saatiin tavoitteen mukaisesti tasapainotettua.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("A Finnish 'tavoitteen mukaisesti' at year end is achieved");
        yield return Sentence("Talous saadaan tavoitteen mukaisesti tasapainoon.", ForecastStatus.OnTrack, "verdict.on_track").For("A Finnish 'tavoitteen mukaisesti' in a forecast is on track");
        yield return Sentence("Toimintamenot alittivat talousarvion.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome).For("Costs under budget at year end are achieved");
        yield return Sentence("Toimintamenot alittivat talousarvion.", ForecastStatus.OnTrack, "cost.under_budget").For("Costs under budget during the year are on track");
        yield return Sentence("Talousarvio ylittyi 2,3 miljoonalla eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome).For("A budget overrun is a miss");
        yield return Sentence("Målet överträffades.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome).For("A Swedish 'överträffades' is achieved");
        yield return Sentence("De bindande målen har uppnåtts dåligt år efter år.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome).For("A Swedish 'uppnåtts dåligt' is met poorly");
        yield return Sentence("Uppnåendet av målen har varit problematiskt.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome).For("A Swedish 'problematiskt' attainment is at risk");
        yield return Sentence("Verksamheten går mot målet.", ForecastStatus.OnTrack, "progress").For("A Swedish 'går mot målet' is progress");
        yield return Sentence("Säästötavoitteessa onnistuimmekin.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome).For("A Finnish first-person 'onnistuimme' is achieved");
        yield return Sentence("Nämndens bedömning är att måluppfyllelsen är god.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("A Swedish good attainment assessed at year end is achieved");
        yield return Sentence("There is no indication that the target will be missed.", ForecastStatus.OnTrack, "verdict.double_negation").For("A denied failure is on track");
        yield return Sentence("The new service will only be launched next spring.", ForecastStatus.WillNotBeMet, "verdict.next_year").For("Work launched only next spring is past the year");
        yield return Sentence("Hankkeen jatkosta päätetään vasta marraskuussa.", ForecastStatus.AtRisk, "risk.open").For("A decision only in November leaves the goal open");
        yield return Sentence("Asiakastyytyväisyyden todettiin pysyneen tavoitetasolla.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("A Finnish level that stayed at the target is achieved");
        yield return Sentence("Vuoden lopussa tavoitteesta puuttui noin 15 prosenttiyksikköä.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("Percentage points missing from the target at year end are a miss");
    }

    private static IEnumerable<TestCaseData> AgainstTheBudget()
    {
        yield return Sentence("Vuosikate toteutui muutettua talousarviota parempana.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome).For("A result better than budget at year end is achieved");
        yield return Sentence("Toimintakate on 0,9 miljoonaa euroa ajankohdan talousarviota parempi.", ForecastStatus.OnTrack, "budget.better_so_far").For("A result better than budget during the year is on track");
        yield return Sentence("Verotulot jäivät niukasti alle budjetin.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome).For("Income below budget is a miss");
        yield return Sentence("Verotuloennuste on 3,2 milj. euroa alhaisempi kuin alkuperäinen budjetti.", ForecastStatus.WillNotBeMet, "budget.worse").For("An income forecast lower than budget is a miss");
        yield return Sentence("Toimintamenot olivat 10 miljoonaa euroa talousarviota pienemmät.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome).For("Costs lower than budget are achieved");
        yield return Sentence("Detta är 65 miljoner kronor bättre än budget.", ForecastStatus.OnTrack, "budget.better_so_far").For("A Swedish 'bättre än budget' in a forecast is on track");
        yield return Sentence("Kaikki muut taloustavoitteet toteutuivat, mutta rakennuslautakunta jäi hieman tavoitteestaan.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("All other goals met and one short of its own is met in part");
        yield return Sentence("Tavoitetaso saavutetaan arviolta vuoden 2021 ensimmäisellä neljänneksellä.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("A goal met at the start of a named year to come is past the year");
    }

    private static IEnumerable<TestCaseData> SwedishAndReported()
    {
        yield return Sentence("Nämndmålet om ökat antal besökare i kulturhuset nåddes ej.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("A Swedish 'målet om' is a goal about something, not a condition");
        yield return Sentence("Prognosen visar att målet om antal deltagartillfällen kommer att uppnås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("A Swedish forecast of 'målet om' is on track");
        yield return Sentence("Idrottsanläggningarnas samtliga tre verksamhetsmål förblev ouppfyllda vid årets slut.", ForecastStatus.WillNotBeMet, "verdict.unrealised", RoundKind.Outcome)
            .For("A Swedish 'ouppfyllda' is a miss");
        yield return Sentence("Toimiala raportoi mittarin tavoitetason saavutetun.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("A Finnish reported 'saavutetun' is achieved");
        yield return Sentence("Vi ser ingen risk för att målet om bibliotekens öppettider inte uppfylls.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("No risk of a miss is on track");
        yield return Sentence("Konstgräsplanen blir färdig först under nästa år, varför målet inte nås 2020.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("A Swedish 'varför' clause still gives its verdict");
        yield return Sentence("Kirjastojen lainausmäärä jäi lähes neljänneksen edellisvuotta pienemmäksi.", ForecastStatus.WillNotBeMet, "figure.below_last_year", RoundKind.Outcome)
            .For("A fall against the year before at year end is a miss");
        yield return Sentence("Liikuntahallien vuorovarauksia on noin 15 prosenttia vähemmän kuin vastaavana aikana viime vuonna.", ForecastStatus.AtRisk, "risk.below_last_year")
            .For("A fall against the year before during the year is a risk");
        yield return Sentence("Besöken minskade med en tredjedel jämfört med föregående år.", ForecastStatus.WillNotBeMet, "figure.below_last_year", RoundKind.Outcome)
            .For("A Swedish fall against the year before at year end is a miss");
        yield return Sentence("Kulttuurin osalta nettokäyttömenot alittuivat ja liikunnan osalta ylittyivät.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("A budget kept for one part and overrun for another is met in part");
    }

    [TestCaseSource(nameof(SwedishAndReported))]
    public void Swedish_and_reported_wording(ClassifierCase c) => c.Check();

    [Test]
    public void A_miss_given_as_the_reason_a_goal_could_not_be_measured_is_no_verdict() =>
        Assert.That(StatusClassifier.Classify("Målet har inte kunnat mätas eftersom medborgarundersökningen inte genomfördes i år.", RoundKind.Outcome).Status,
            Is.EqualTo(ForecastStatus.NotAssessed));

    [TestCaseSource(nameof(AgainstTheBudget))]
    public void Results_against_the_budget(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(LaterYear))]
    public void A_goal_met_only_in_a_later_year(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Aggregates))]
    public void Aggregates_of_several_goals(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(AgainstTheTarget))]
    public void Figures_and_comparatives_against_the_target(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(YearEndWording))]
    public void Year_end_and_municipal_wording(ClassifierCase c) => c.Check();

    [Test]
    public void A_figure_of_another_kind_than_the_target_is_not_compared() =>
        Assert.That(StatusClassifier.Classify("Tavoite 80 %, kyselyyn vastasi 120 henkilöä.").Status, Is.EqualTo(ForecastStatus.NotAssessed));

    [TestCase("Toimintakertomuksessa on esitettävä perusteet, miksi tavoitteita ei ole saavutettu.")]
    [TestCase("Lautakunta haluaa menettelyn tilanteisiin, jossa sitova tavoite ei toteudu.")]
    public void A_verdict_in_a_clause_of_reasons_or_situations_is_no_verdict(string text) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).Rule.Kind, Is.Not.EqualTo(RuleKind.Verdict));

    [TestCase("De bindande målen har uppnåtts dåligt.")]
    [TestCase("Tavoite toteutui suunnitellusti 250 kävijän osalta.")]
    [TestCase("Syyskuun lopussa tavoitteesta oli saavutettu vasta kolmannes.")]
    public void A_verdict_with_a_word_beside_it_that_no_rule_read_is_reviewed_by_a_person(string text) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).PassesWithoutReview(), Is.False);

    [TestCase("Tavoite toteutui.")]
    [TestCase("Tämä tavoite saavutettiin 30.4.2020.")]
    public void A_plain_verdict_passes_without_review(string text) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).PassesWithoutReview(), Is.True);

    [TestCase("Frisbeegolfradan avaaminen siirtyy kesään 2034.", 2033, ForecastStatus.WillNotBeMet)]
    [TestCase("Frisbeegolfradan avaaminen siirtyy kesään 2034.", 2034, ForecastStatus.AtRisk)]
    [TestCase("Frisbeegolfradan avaaminen siirtyy kesään 2034.", 0, ForecastStatus.WillNotBeMet)]
    [TestCase("Kirjastoauton hankinta siirtyy vuodelle 2034.", 2033, ForecastStatus.WillNotBeMet)]
    [TestCase("Kirjastoauton hankinta siirtyy vuodelle 2034.", 2034, ForecastStatus.AtRisk)]
    [TestCase("Kokoelmien muutto valmistuu vasta vuonna 2034.", 2033, ForecastStatus.WillNotBeMet)]
    public void The_report_year_says_whether_a_named_year_is_next_year(string text, int reportYear, ForecastStatus expected) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Forecast, reportYear).Status, Is.EqualTo(expected),
            reportYear == 0 ? "with no report year, the only year named is read as a later one" : $"in the report for {reportYear}");

    [Test]
    public void At_year_end_a_finish_in_a_season_of_the_year_reported_on_is_not_next_year() =>
        Assert.That(StatusClassifier.Classify("Perustukset valettiin keväällä, ja nuorisotalo valmistuu syksyllä 2035.", RoundKind.Outcome, 2035).RuleCode,
            Is.Not.EqualTo("verdict.next_year"));
}
