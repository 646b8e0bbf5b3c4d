using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The review of round 63's rules: neighbours the first versions read worse, each now held. Next year's part at its first
/// stage is no risk to this year; "hauras" of people is no hedge; savings that cover an overrun leave the budget held;
/// "ei voida sanoa, pystytäänkö …" asks, it does not deny; "måste konstatera" requires nothing of the balance.
/// </summary>
public class ReviewOfRoundSixtyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Kävijämäärä vastaa tavoitetta, mutta ensi vuoden laajennus on vasta selvitysvaiheessa.", ForecastStatus.OnTrack, "next year's part", RoundKind.Forecast, 2024);
        yield return Case("Hauraat asiakkaat tavoitettiin kotikäynneillä, ja tavoite on toteutumassa.", ForecastStatus.OnTrack, "fragile people", RoundKind.Forecast, 2024);
        yield return Case("Säästöt riittävät kattamaan ylityksen, joten määräraha riittää.", ForecastStatus.OnTrack, "savings cover it", RoundKind.Forecast, 2024);
        yield return Case("Vielä ei voida sanoa, pystytäänkö hanke toteuttamaan.", ForecastStatus.NotAssessed, "cannot say yet", RoundKind.Forecast, 2024);
        yield return Case("Vi måste konstatera att bokslutet visar ett överskott på 3 miljoner euro.", ForecastStatus.Achieved, "must state a surplus", RoundKind.Outcome, 2023);
        yield return Case("Trots att vi måste spara blev resultatet ett överskott.", ForecastStatus.Achieved, "a surplus despite saving", RoundKind.Outcome, 2023);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
