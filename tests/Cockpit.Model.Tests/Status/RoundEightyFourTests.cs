using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 84, read once it was measured: its dangerous rows first — few of the places booked so far; an audience short of
/// the expected "medan … hade väntats"; damp found in a building; measures in the red rising.
/// </summary>
public class RoundEightyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Kevään konsertit pidettiin; syksyn maalauskurssin 60 paikasta on varattu 14.", ForecastStatus.AtRisk, "few of the places booked so far", forecast, 2085);
        yield return Case("Alla åtta konserter hölls. Publiken var 700 personer, medan 1 400 hade väntats.", ForecastStatus.AtRisk, "held, but the audience short of the expected", outcome, 2085);
        yield return Case("Publiken var 700 personer, medan 1 400 hade väntats.", ForecastStatus.WillNotBeMet, "an audience short of the expected", outcome, 2085);
        yield return Case("Nuorisotalon lattiassa on mitattu kohonneita kosteuksia.", ForecastStatus.AtRisk, "damp found in the building", forecast, 2085);
        yield return Case("Antalet röda indikatorer har ökat från 4 till 7.", ForecastStatus.AtRisk, "more measures in the red", outcome, 2085);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
