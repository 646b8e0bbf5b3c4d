using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 54's dangerous rows, read once it was measured: "sikäli kuin" as a condition, a goal met but not as regards
/// another part ("men inte i fråga om"), income and costs both under their expected pace, interest costs that rose,
/// "relativt bra" as a degree, and keeping within budget as a need ("måste säkerställa").
/// </summary>
public class RoundFiftyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Malmitalon salin varausaste on 78 prosenttia, ja 85 prosentin tavoite on saavutettavissa sikäli kuin marras–joulukuun yritysvaraukset vahvistuvat.",
            ForecastStatus.AtRisk, "within reach insofar as bookings are confirmed");
        yield return Case("Revisionsnämnden konstaterar att målet för lovverksamheten nåddes i fråga om antalet deltagare, men inte i fråga om en jämn fördelning mellan stadsdelarna.",
            ForecastStatus.AtRisk, "met as regards one part, not another", RoundKind.Outcome);
        yield return Case("Syyskuun lopussa sekä toimintatuotot että toimintakulut alittavat tasaisen kehityksen odotusarvon.", ForecastStatus.AtRisk,
            "income and costs both under their pace: a mix");
        yield return Case("Korkomenot ovat kasvaneet ensimmäisen vuosikolmanneksen aikana verrattuna edeltäviin tilikausiin.", ForecastStatus.AtRisk, "interest costs rose");
        yield return Case("Kävijämäärät ovat kasvaneet edellisvuodesta.", ForecastStatus.OnTrack, "visitors rising stays progress");
        yield return Case("Stadens ansvarsområden lyckades relativt bra med att följa den planerade budgeten, trots en tämligen utmanande omvärld.", ForecastStatus.AtRisk,
            "relatively well is a degree");
        yield return Case("Vi måste säkerställa att vi kan genomföra det inom vår budgetram.", ForecastStatus.AtRisk, "within budget as a need");
        yield return Case("Menot pysyivät talousarvion puitteissa.", ForecastStatus.Achieved, "within budget as a fact", RoundKind.Outcome);
        yield return Case("Seniorien vesijumpparyhmiin on kirjautunut huhtikuun loppuun mennessä 3 240 osallistujaa, mikä on linjassa koko vuoden 7 500 osallistujan tavoitteen kanssa.",
            ForecastStatus.OnTrack, "in line with the year's target");
        yield return Case("Nuorisotalojen kävijöistä tyttöjä oli tammi–maaliskuussa 31 prosenttia, kun osuus vuotta aiemmin oli 36 prosenttia.", ForecastStatus.AtRisk,
            "a share below last year's");
        yield return Case("Laskua oli fyysisten käyntien määrässä edellisvuoteen verrattuna 20 %, mutta kokonaislainauksessa vain 10 %.", ForecastStatus.AtRisk,
            "two falls given as percentages are no shares against last year");
        yield return Case("Kosteusmittausten tulokset valmistuvat helmikuussa 2056, eikä hankkeen tavoitteiden toteutumista voida arvioida sitä ennen.", ForecastStatus.NotAssessed,
            "results due next year, nothing assessed before", RoundKind.Outcome, 2055);
        yield return Case("The Jätkäsaari youth space will not open this year, as the lease was signed only in September.", ForecastStatus.WillNotBeMet, "will not open this year");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
