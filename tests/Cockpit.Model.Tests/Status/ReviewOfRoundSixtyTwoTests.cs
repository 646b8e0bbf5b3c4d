using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The review of round 62's rules: neighbours the first versions read worse, each now held. A fraction is a degree only after a
/// verb of meeting; a discussion still open is no unfinished part of the work; "useimmat", "de flesta" and "most" count only
/// when they qualify the goals themselves, and "at most" never; "tavoitellut" is a target only when a figure is weighed
/// against it; only staff turnover is better low.
/// </summary>
public class ReviewOfRoundSixtyTwoTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Andelen digitala ansökningar har ökat till två tredjedelar.", ForecastStatus.OnTrack, "a share grown to two thirds is no degree of meeting", RoundKind.Forecast, 2063);
        yield return Case("Peruskorjaus valmistui, mutta keskustelu aukioloajoista on vielä kesken.", ForecastStatus.Achieved, "a discussion still open is no part of the work", RoundKind.Outcome, 2063);
        yield return Case("Useimmat kävijät olivat tyytyväisiä, ja tavoite saavutettiin.", ForecastStatus.Achieved, "most visitors, not most goals", RoundKind.Outcome, 2063);
        yield return Case("The target of at most 5 complaints was met.", ForecastStatus.Achieved, "at most is no quantifier", RoundKind.Outcome, 2063);
        yield return Case("Tavoitellut 2 uutta palvelua otettiin käyttöön syksyllä.", ForecastStatus.Achieved, "the services aimed at, no figure weighed", RoundKind.Outcome, 2063);
        yield return Case("Näyttelytarjonnan vaihtuvuus on kasvanut, mikä näkyy kävijämäärissä.", ForecastStatus.OnTrack, "an exhibition's rotation is better high", RoundKind.Forecast, 2063);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
