using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 76's dangerous rows and their neighbours, read once it was measured: the budget's own figure after "talousarvion
/// ollessa"; costs "isommat" than budgeted beside income above it; "no way to reach", "no chance", "ingen chans att nå";
/// the goal just before the verb it passed ("målet för skatteintäkterna underskreds") after costs named earlier; on
/// schedule "aikatauluissaan", then "vastatuulta"; "suuria haasteita kattaa" a deficit; then some of its other misses:
/// "vaarassa ylittyä"; kept as budgeted for the months counted in a forecast; "alkuun päässeet"; "on jo ohitettu"; "against
/// 300 sought"; every event held before a "but" and one measure short.
/// </summary>
public class RoundSeventySixTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Vuoden kulut olivat 0,34 M€ talousarvion ollessa 0,27 M€.", ForecastStatus.WillNotBeMet, "costs over the budget after its 'ollessa'",
            outcome, 2076);
        yield return Case("Vuoden kulut olivat 0,24 M€ talousarvion ollessa 0,27 M€.", ForecastStatus.Achieved, "costs under it", outcome, 2076);
        yield return Case("Tulot olivat 0,21 M€ talousarvion ollessa 0,27 M€.", ForecastStatus.WillNotBeMet, "income under it", outcome, 2076);
        yield return Case("Lipputulot nousivat 0,05 M€ arvioitua korkeammalle, mutta vuokrakulut olivat talousarviota 0,08 M€ isommat.", ForecastStatus.AtRisk,
            "income above, costs bigger than budgeted", outcome, 2076);
        yield return Case("Vuokrakulut olivat talousarviota 0,08 M€ isommat.", ForecastStatus.WillNotBeMet, "costs bigger than budgeted", outcome, 2076);
        yield return Case("No way to reach the target this year.", ForecastStatus.WillNotBeMet, "no way to reach", forecast, 2077);
        yield return Case("We see no chance to reach the target this year.", ForecastStatus.WillNotBeMet, "no chance to reach", forecast, 2077);
        yield return Case("Det finns ingen chans att nå målet i år.", ForecastStatus.WillNotBeMet, "ingen chans att nå", forecast, 2077);
        yield return Case("Det finns all chans att nå målet i år.", ForecastStatus.OnTrack, "every chance", forecast, 2077);
        yield return Case("Orsaken var ökade utgifter samt att målet för skatteintäkterna underskreds med 2 miljoner euro.", ForecastStatus.WillNotBeMet,
            "the income goal undershot, costs named before it", outcome);
        yield return Case("All ten benches were renewed, and the goal was met within budget.", ForecastStatus.Achieved, "met within budget", outcome, 2076);
        yield return Case("Työmaat ovat pysyneet aikatauluissaan.", ForecastStatus.OnTrack, "on their schedules", forecast, 2077);
        yield return Case("Työmaat ovat pysyneet aikatauluissaan, mutta vastatuulta on jälleen havaittavissa.", ForecastStatus.AtRisk, "on schedule, then headwind",
            forecast, 2077);
        yield return Case("Kaupungilla on suuria haasteita kattaa alijäämä määräajassa.", ForecastStatus.AtRisk, "challenged to cover the deficit", forecast, 2077);
        yield return Case("Henkilöstöpalvelujen ostot ovat ennusteen mukaan vaarassa ylittyä.", ForecastStatus.AtRisk, "in danger of running over", forecast, 2077);
        yield return Case("Verot kehittyivät maaliskuun loppuun talousarvion mukaisesti.", ForecastStatus.OnTrack, "as budgeted to the end of March", forecast);
        yield return Case("Verot kehittyivät talousarvion mukaisesti.", ForecastStatus.Achieved, "as budgeted, no months counted", outcome);
        yield return Case("Alkuun päässeet työmaat ovat pysyneet aikatauluissaan, mutta vastatuulta on jälleen havaittavissa.", ForecastStatus.AtRisk,
            "got started is progress, then headwind", forecast, 2077);
        yield return Case("Työt pääsivät alkuun syyskuussa.", ForecastStatus.OnTrack, "got started", forecast, 2077);
        yield return Case("Vuoden tavoite 1 000 on jo ohitettu.", ForecastStatus.Achieved, "already passed", forecast, 2077);
        yield return Case("420 young people joined the rowing courses, against 300 sought.", ForecastStatus.Achieved, "the figure sought", outcome, 2076);
        yield return Case("Kaikki kahdeksan kyläjuhlaa järjestettiin, mutta niiden yleisö jäi 5 200 henkeen tavoitteen ollessa 8 000.", ForecastStatus.AtRisk,
            "every event held, the audience short", outcome, 2076);
        yield return Case("Niiden yleisö jäi 5 200 henkeen tavoitteen ollessa 8 000.", ForecastStatus.WillNotBeMet, "the audience short alone", outcome, 2076);
        yield return Case("Kaikki neljä kirjailijavierailua pidettiin, mutta syksyn työpajoihin on ilmoittautunut 18 nuorta 90 paikkaan.", ForecastStatus.AtRisk,
            "every visit held, the autumn's places filling slowly", forecast, 2077);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
