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
        yield return Sentence("Lainoja on 4 100, kun viime vuonna samaan aikaan niitä oli 5 000, ja ero on kasvanut joka kuukausi.", ForecastStatus.AtRisk, "risk.below_last_year")
            .For("behind last year, and the gap growing, is behind, not a growth");
        yield return Sentence("Skillnaden mot målet har ökat under våren.", ForecastStatus.AtRisk, "risk.worsening")
            .For("a gap to the goal that has grown is worse");
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
        yield return Sentence("Koronan aiheuttamasta viivästyksestä huolimatta hanke on edennyt hyvin.", ForecastStatus.OnTrack, "progress")
            .For("a delay named only as what the work went on despite is conceded");
        yield return Sentence("Despite the delays the hall opened on time.", ForecastStatus.OnTrack, "progress")
            .For("'despite the delays' concedes them");
        yield return Sentence("Osallistujia oli 1 700, kun tavoite oli 2 400.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("a count short of its target at year end is a miss");
        yield return Sentence("Målet på 500 besök ser ut att hålla.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("a goal that 'ser ut att hålla' holds");
        yield return Sentence("Osuus oli 12 prosenttia ja ylsi 10 prosentin tavoitetasolle.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'10 prosentin tavoitetasolle' is the goal's level, not a share reached");
        yield return Sentence("Kävijöitä tuli 3 100, kun määrän piti nousta 4 000:een.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("what the count was to rise to is the target");
        yield return Sentence("Besöken blev 1 700, fast de skulle nå 2 400.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("at year end 'skulle nå' is what was to be reached, not a verdict of reached");
        yield return Sentence("Det är osannolikt att vi får ihop 300 nya medlemmar.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'unlikely' said outright is a probably not, a miss");
        yield return Sentence("Handläggningstiden var tre dagar och höll sig inom gränsen på en vecka.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("kept within the limit at year end is met");
        yield return Sentence("När flytten ska ske är ännu oklart.", ForecastStatus.AtRisk, "risk.open")
            .For("when it happens is unclear: open");
        yield return Sentence("Kierroksia ajettiin 31 vähemmän kuin toimintasuunnitelmassa oli päätetty.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("fewer than the plan decided, at year end, is short of it");
        yield return Sentence("Kursseja pidetään kolme vähemmän kuin suunniteltiin.", ForecastStatus.AtRisk, "risk.below_target")
            .For("fewer than planned during the year is at risk, not 'as planned'");
        yield return Sentence("I augusti kom 1 100 unga mot 760 ett år tidigare.", ForecastStatus.OnTrack, "progress")
            .For("a figure against last year's lower one after 'mot' is progress");
        yield return Sentence("I augusti kom 600 unga mot 760 förra året.", ForecastStatus.AtRisk, "risk.below_last_year")
            .For("a figure against last year's higher one after 'mot' is at risk");
        yield return Sentence("Vuoden menoja ei voida vielä ennustaa.", ForecastStatus.NotAssessed, "verdict.no_forecast")
            .For("'ei voida vielä ennustaa' is no forecast");
        yield return Sentence("Kysely ei kerro mitään tavoitteen toteutumisesta.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("a survey that says nothing of the goal leaves it unassessed");
        yield return Sentence("Henkilöstömenot pysyivät 0,4 prosenttia talousarvion alapuolella, mutta vuokramenot ylittyivät 1,1 miljoonalla eurolla.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("'talousarvion alapuolella' is under budget, and another line over it makes a mix");
        yield return new ClassifierCase("Lumitöiden kustannukset nousivat 1,15 miljoonaan euroon. Talousarvioon niitä varten oli varattu 0,8 miljoonaa euroa.", ForecastStatus.WillNotBeMet,
            "budget.worse", "Talousarvioon niitä varten oli varattu 0,8 miljoonaa euroa.", Round: RoundKind.Outcome)
            .For("costs in one sentence, the budget's amount in the next, are weighed against each other, 'miljoonaan' scaled as millions");
        yield return new ClassifierCase("Siivouksen kustannukset olivat 410 000 euroa. Määräraha oli 450 000 euroa.", ForecastStatus.Achieved,
            "budget.better", "Määräraha oli 450 000 euroa.", Round: RoundKind.Outcome)
            .For("costs below the budget named in the next sentence are under budget");
    }

    [Test]
    public void An_amount_so_far_is_not_weighed_against_the_years_budget() =>
        Assert.That(StatusClassifier.Classify("Pysäköintitulot ovat toukokuun loppuun mennessä 48 000 euroa. Koko vuoden tuloarvio on 160 000 euroa.").RuleCode, Is.Not.EqualTo("budget.worse"));

    [Test]
    public void The_evidence_holds_the_whole_figure_not_its_first_group() =>
        Assert.That(StatusClassifier.Classify("Osallistujia oli 1 700, kun tavoite oli 2 400.", RoundKind.Outcome).Evidence, Does.StartWith("oli 1 700, kun tavoite oli 2 400 \u2014"));

    [Test]
    public void When_the_library_is_open_is_no_open_question() =>
        Assert.That(StatusClassifier.Classify("När biblioteket är öppet ser vi fler besökare.").Status, Is.Not.EqualTo(ForecastStatus.AtRisk));

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_two_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void A_schedule_not_changed_is_no_delay() =>
        Assert.That(StatusClassifier.Classify("Hankkeen aikataulua ei ole muutettu.").Status, Is.Not.EqualTo(ForecastStatus.AtRisk));
}
