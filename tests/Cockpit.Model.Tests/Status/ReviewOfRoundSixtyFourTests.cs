using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The review of round 64's rules: neighbours the first versions read worse, each now held. A surplus granted in a "vaikka"
/// clause is at risk only while its problem persists; a price, an age or a week "i stället för" another is no count; a repair
/// ends an obstacle, and broken counting devices leave no figure.
/// </summary>
public class ReviewOfRoundSixtyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Vaikka tilinpäätös oli ylijäämäinen, suurimmat ongelmat ratkaistiin vasta syksyllä.", ForecastStatus.Achieved, "problems solved", RoundKind.Outcome, 2065);
        yield return Case("Vaikka tulos on vain niukasti ylijäämäinen, siirtyminen uuteen järjestelmään on sujunut ongelmitta.", ForecastStatus.OnTrack, "without problems", RoundKind.Forecast, 2065);
        yield return Case("Hissen var ur funktion i mars men är nu reparerad och besöken ökar igen.", ForecastStatus.OnTrack, "repaired", RoundKind.Forecast, 2065);
        yield return Case("Porttien laskentalaitteet ovat olleet rikki, joten kävijätietoja ei ole saatavilla.", ForecastStatus.NotAssessed, "counting devices broken, no figures", RoundKind.Forecast, 2065);
        yield return Case("Biljettpriset blev 5 euro i stället för 8, och besökarna ökade.", ForecastStatus.OnTrack, "a price, not a count");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
