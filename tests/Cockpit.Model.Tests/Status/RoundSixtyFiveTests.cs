using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 65's dangerous rows and their neighbours, read once it was measured: money that will "juuri ja juuri" suffice;
/// costs within budget while income fell short by a sum; a tax income forecast "reivattu alaspäin"; and indicators that
/// point to goals "helt eller delvis uppfyllda".
/// </summary>
public class RoundSixtyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Nykyvauhdilla määräraha juuri ja juuri riittää.", ForecastStatus.AtRisk, "barely enough, in a forecast", RoundKind.Forecast, 2066);
        yield return Case("Anslaget räcker nätt och jämnt.", ForecastStatus.AtRisk, "barely enough, in Swedish", RoundKind.Forecast, 2066);
        yield return Case("Määräraha riitti juuri ja juuri.", ForecastStatus.Achieved, "barely enough, but enough, at year end", RoundKind.Outcome, 2066);
        yield return Case("Määräraha riittää juuri.", ForecastStatus.OnTrack, "'juuri' alone is no 'barely'", RoundKind.Forecast, 2066);
        yield return Case("Kulttuuripalvelut pysyi menoissaan budjetin rajoissa; tulopuolelta sen sijaan puuttui lopulta 0,15 milj. euroa.", ForecastStatus.AtRisk,
            "costs kept, income short", RoundKind.Outcome, 2066);
        yield return Case("Menot pysyivät budjetin rajoissa, mutta henkilöstöä puuttui kaksi.", ForecastStatus.Achieved, "staff missing is no income short", RoundKind.Outcome, 2066);
        yield return Case("Menot pysyivät budjetin rajoissa, eikä tuloista puuttunut mitään.", ForecastStatus.Achieved, "no income missing", RoundKind.Outcome, 2066);
        yield return Case("Tämän vuoden kuntien verotuloennustetta on reivattu alaspäin ja tuntuma on, että ennuste tulee tippumaan edelleen.", ForecastStatus.AtRisk,
            "an income forecast revised down", RoundKind.Forecast, 2066);
        yield return Case("Intäktsprognosen har reviderats nedåt.", ForecastStatus.AtRisk, "revised down, in Swedish", RoundKind.Forecast, 2066);
        yield return Case("Kustannusarviota on tarkistettu alaspäin.", ForecastStatus.OnTrack, "costs revised down are no worsening", RoundKind.Forecast, 2066);
        yield return Case("Kommunen uppfyllde sina finansiella mål och de flesta indikatorer pekar på helt eller delvis uppfyllda mål på sikt.", ForecastStatus.AtRisk,
            "goals wholly or partly met are met in part", RoundKind.Outcome, 2066);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
