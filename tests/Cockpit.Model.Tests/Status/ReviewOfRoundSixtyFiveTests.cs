using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Sentences a review helper wrote against the rules round 65 brought, each run on the rules before and after: "juuri ja
/// juuri" of another clause's verb, costs and waiting times revised down (good news, unlike income or visitors), a cost
/// forecast in a compound word, and "helt eller delvis" of last year's share. Each reads as a careful reader does.
/// </summary>
public class ReviewOfRoundSixtyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Nykyvauhdilla lautakunnan määräraha juuri ja juuri riittää vuoden loppuun asti.", ForecastStatus.AtRisk, "barely enough to the year end", RoundKind.Forecast, 2066);
        yield return Case("Määräraha riitti juuri ja juuri vuoden loppuun.", ForecastStatus.Achieved, "barely enough, but enough, at year end", RoundKind.Outcome, 2066);
        yield return Case("Anslaget räcker nätt och jämnt för hela året.", ForecastStatus.AtRisk, "barely enough, in Swedish", RoundKind.Forecast, 2066);
        yield return Case("Menot pysyivät talousarviossa, mutta vuokratuloista puuttui 200 000 euroa.", ForecastStatus.AtRisk, "costs kept, rent income short", RoundKind.Outcome, 2066);
        yield return Case("Kostnaderna höll sig inom budget, men på intäktssidan saknades 1,2 miljoner euro.", ForecastStatus.AtRisk, "costs kept, income side short", RoundKind.Outcome, 2066);
        yield return Case("Kustannukset pysyivät budjetissa, vaikka henkilöstöstä puuttui koko vuoden noin kymmenen henkeä.", ForecastStatus.Achieved, "staff missing is no income short", RoundKind.Outcome, 2066);
        yield return Case("Maksutuottoennustetta on tarkistettu alaspäin 0,4 milj. eurolla.", ForecastStatus.AtRisk, "fee income revised down", RoundKind.Forecast, 2066);
        yield return Case("Käyttötalouden menoennustetta on tarkistettu alaspäin 0,5 milj. eurolla.", ForecastStatus.OnTrack, "a cost forecast revised down is good", RoundKind.Forecast, 2066);
        yield return Case("Keskimääräisen jonotusajan ennustetta on tarkistettu alaspäin 14 päivään.", ForecastStatus.OnTrack, "a waiting time revised down is good", RoundKind.Forecast, 2066);
        yield return Case("Prognosen för skatteintäkterna har reviderats nedåt.", ForecastStatus.AtRisk, "tax income revised down", RoundKind.Forecast, 2066);
        yield return Case("Päästöennustetta on tarkistettu alaspäin.", ForecastStatus.OnTrack, "emissions revised down are good", RoundKind.Forecast, 2066);
        yield return Case("The visitor forecast was adjusted downwards in August.", ForecastStatus.AtRisk, "visitors revised down", RoundKind.Forecast, 2066);
        yield return Case("Ylityksen ennustetta on tarkistettu alaspäin.", ForecastStatus.OnTrack, "an overrun revised down is good", RoundKind.Forecast, 2066);
        yield return Case("Utfallet pekar på helt eller delvis uppfyllda mål.", ForecastStatus.AtRisk, "goals wholly or partly met", RoundKind.Outcome, 2066);
        yield return Case("Alla åtgärder som helt eller delvis finansieras med statsbidrag har genomförts.", ForecastStatus.Achieved, "wholly or partly funded is no partial result", RoundKind.Outcome, 2066);
        yield return Case("Nämnden har helt eller delvis uppfyllt målen.", ForecastStatus.AtRisk, "the goals wholly or partly met", RoundKind.Outcome, 2066);
        yield return Case("Samtliga tio mål är uppfyllda; i fjol var andelen helt eller delvis uppfyllda mål 80 procent.", ForecastStatus.Achieved, "last year's share wholly or partly met", RoundKind.Outcome, 2066);
        yield return Case("Myyntitavoite ylittyi juuri ja juuri, ja tulot riittävät kattamaan menot.", ForecastStatus.OnTrack, "'barely' of another clause's verb", RoundKind.Forecast, 2066);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
