using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Ordinary wording that a review of the rules read for round 47 found misread by them, each shown as a careful reader
/// takes it: all of a planned count that is not done, rents paid out, a steady rise of what is better lower, near the
/// target level, a rise by a quarter, costs against a target written into the budget, visitors' spending, a later step the
/// plan puts next year, a plan spanning years, time taken against a target time, money or lessons carried over, and a
/// verdict reached without extra money.
/// </summary>
public class ReviewOfRoundFortySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Kaikki 6 suunniteltua kenttää ovat kesken.", ForecastStatus.AtRisk, "all planned fields unfinished is no success", RoundKind.Outcome);
        yield return Case("All eight planned audits are still pending.", ForecastStatus.AtRisk, "all planned audits pending is no success", RoundKind.Outcome);
        yield return Case("Kaikki 24 suunniteltua lähiötapahtumaa järjestettiin eri puolilla kaupunkia.", ForecastStatus.Achieved, "all planned events held", RoundKind.Outcome);
        yield return Case("Trots att ungdomsgården var stängd höll vi alla 48 planerade kvällar genom att flytta dem till Berghäll.", ForecastStatus.Achieved,
            "all planned evenings held, a closure conceded", RoundKind.Outcome);
        yield return Case("Väistötilojen vuokria on kertynyt maksettavaksi arvioitua enemmän.", ForecastStatus.WillNotBeMet, "rents to pay for temporary premises are costs");
        yield return Case("Salivuokria on kertynyt tuloarviota enemmän.", ForecastStatus.OnTrack, "hall rents accrued over the income estimate are income");
        yield return Case("Valitusten määrä on kasvanut jatkuvasti.", ForecastStatus.AtRisk, "a steady rise of complaints is a worsening");
        yield return Case("Kävijämäärä on kasvanut tasaisesti.", ForecastStatus.OnTrack, "a steady rise of visitors is progress");
        yield return Case("Lainaus on lähes tavoitteen tasolla.", ForecastStatus.AtRisk, "nearly at the target level is below it");
        yield return Case("Kävijämäärä kasvoi runsaalla neljänneksellä edellisvuodesta.", ForecastStatus.OnTrack, "a rise by a quarter is no fall", RoundKind.Outcome);
        yield return Case("Utlåningen ökade med drygt en fjärdedel jämfört med föregående år.", ForecastStatus.OnTrack, "a rise by a fourth is no fall", RoundKind.Outcome);
        yield return Case("Kustannukset jäivät alle talousarvioon kirjatun tavoitteen.", ForecastStatus.Achieved, "costs under their budgeted target", RoundKind.Outcome);
        yield return Case("Kustannukset nousivat yli talousarvioon asetetun tavoitteen.", ForecastStatus.WillNotBeMet, "costs over their budgeted target", RoundKind.Outcome);
        yield return Case("Visitor spending in the museum shops exceeded the budget.", ForecastStatus.Achieved, "visitors' spending is income", RoundKind.Outcome);
        yield return Case("Spending on security services exceeded the budget.", ForecastStatus.WillNotBeMet, "our spending is costs", RoundKind.Outcome);
        yield return Case("Kirjaston peruskorjaus etenee suunnitelman mukaisesti, ja seuraava vaihe alkaa maaliskuussa 2049.", ForecastStatus.OnTrack,
            "the next phase in a later year is the plan", year: 2048);
        yield return Case("Hankkeen toinen vaihe käynnistyy suunnitelman mukaisesti tammikuussa 2049.", ForecastStatus.OnTrack, "a second phase starting as planned next year", year: 2048);
        yield return Case("Suunnitelmassa on 12 tapahtumaa; tänä vuonna järjestetään kahdeksan ja loput ensi vuonna.", ForecastStatus.OnTrack, "a plan spanning years is not this year's target");
        yield return Case("Asiakaspalautteisiin vastattiin kahdessa viikossa, kun tavoite oli kolme viikkoa.", ForecastStatus.Achieved, "answered in two weeks against three", RoundKind.Outcome);
        yield return Case("Asiakaspalautteisiin vastattiin keskimäärin neljässä viikossa, kun tavoite oli kolme viikkoa.", ForecastStatus.WillNotBeMet,
            "answered in four weeks against three", RoundKind.Outcome);
        yield return Case("Frågorna besvarades inom fem dagar, medan målet var tio dagar.", ForecastStatus.Achieved, "answered within five days against ten", RoundKind.Outcome);
        yield return Case("Menot ovat suuremmat kuin on budjetoitu tähän mennessä.", ForecastStatus.AtRisk, "over what was budgeted so far is so far");
        yield return Case("Säästöt jäivät käytettäviksi ensi vuodelle.", ForecastStatus.NotAssessed, "savings carried over are no work left", RoundKind.Outcome);
        yield return Case("Hankkeesta saadut opit jäivät hyödynnettäviksi ensi vuodelle.", ForecastStatus.NotAssessed, "lessons carried over are no shortfall", RoundKind.Outcome);
        yield return Case("Tavoitteeseen päästään ilman lisärahoitusta.", ForecastStatus.OnTrack, "reached without extra funding is unconditional");
        yield return Case("Tavoitteeseen ei päästä ilman lisärahoitusta.", ForecastStatus.AtRisk, "not reached without extra funding is conditional");
        yield return Case("Hanke valmistuu, mutta ilman lisärahoitusta kalustus jää puutteelliseksi.", ForecastStatus.AtRisk, "without extra funding after 'but' is a condition");
        yield return Case("Målet nås. Därefter finns det en risk för att kostnaderna stiger nästa år.", ForecastStatus.OnTrack,
            "'därefter' is what comes next, and a verdict on the goal is no step a later risk takes back");
    }

    private static TestCaseData Case(string text, ForecastStatus status, string why, RoundKind round = RoundKind.Forecast, int year = 0) =>
        new TestCaseData(text, round, year, status).SetName($"{{m}}({why})");

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) =>
        Assert.That(StatusClassifier.Classify(text, round, year).Status, Is.EqualTo(status), text);
}
