using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 91, read once it was measured (no row of it was dangerous): it showed round 90's rules too narrow and named new
/// shapes. The agreed figure appended after a comma (", sovittuja 24"), "vuodeksi sovittiin 1 500", "hela årets plan angav
/// elva"; "tällä tahdilla" and "Vuoden turnauksia kertyy" as the year's figure; "lupaa … maaliskuulle 2093" (promised for
/// next year); dropped "pois tämän vuoden korjauslistalta"; a delay caught up "kirimällä aikataulua kiinni"; places filled
/// "41 paikkaa 120:stä"; "tyytyväisyyslukuja" not gathered; lane fees as income; "Ilman avustusta … olisivat" (worse only
/// without it, where a forecast in the conditional mood stays a forecast); "vuoden kulut alenevat"; demand that "vahvistuu
/// tasaisesti"; a programme whose works were done this year with the rest "vuorossa 2093" or "Programmet avslutas 2093";
/// "mistä tahansa kirjastosta" and "på alla bibliotek" at year end; an audience short, then "Samtliga … genomfördes"; a
/// ceiling named four words before its figure; "ei todennäköisesti" (probably not); a centre "otettu käyttöön"; a renovation
/// not yet done that "blir klar före årsskiftet".
/// </summary>
public class RoundNinetyOneTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Vuoden kursseja arvioimme kertyvän 18, sovittuja 14.", ForecastStatus.OnTrack, "the year's estimate above the agreed figure after a comma", forecast, 2092);
        yield return Case("Kerhokäyntejä kertyi vuodessa 4 300, sovittuja 4 800.", ForecastStatus.WillNotBeMet, "the year's count short of the agreed figure", outcome, 2092);
        yield return Case("Perhepäiville osallistui heinäkuun loppuun 2 300 henkeä; vuodeksi sovittiin 2 000.", ForecastStatus.Achieved, "past the year's agreed figure by July", forecast, 2092);
        yield return Case("Till slutet av maj höll biblioteket 14 läsecirklar, medan hela årets plan angav tio.", ForecastStatus.Achieved, "past the whole year's plan by May", forecast, 2092);
        yield return Case("Salivuoroja kertyy tällä tahdilla vuodessa 640 sovitun 900 vuoron sijasta.", ForecastStatus.WillNotBeMet, "the year's figure at this pace, short", forecast, 2092);
        yield return Case("Vuoden konsertteja kertyy siis kuusi, sovittuja kymmenen.", ForecastStatus.WillNotBeMet, "the year's count opening the sentence, short", forecast, 2092);
        yield return Case("Laitetoimittaja lupaa uudet kuntolaitteet huhtikuulle 2093.", ForecastStatus.WillNotBeMet, "promised only for next year", forecast, 2092);
        yield return Case("Saunan remontti siirrettiin pois tämän vuoden korjauslistalta.", ForecastStatus.WillNotBeMet, "dropped from this year's list", forecast, 2092);
        yield return Case("Laatat tulivat kuusi viikkoa myöhässä. Urakoitsija tekee töitä lauantaisin kirimällä aikataulua kiinni, ja halli avataan marraskuussa.", ForecastStatus.OnTrack, "a delay being caught up", forecast, 2092);
        yield return Case("Lasten taidekursseille täyttyi 52 paikkaa 150:stä.", ForecastStatus.WillNotBeMet, "places filled out of a larger whole, at year end", outcome, 2092);
        yield return Case("Laskurit asennettiin vasta joulukuussa, joten vuodelta ei kertynyt kävijälukuja.", ForecastStatus.NotAssessed, "no figures gathered", outcome, 2092);
        yield return Case("Tennishallin kenttämaksuja kertyi 23 000 euroa budjetoitua vähemmän.", ForecastStatus.WillNotBeMet, "court fees, income, short of the budget", outcome, 2092);
        yield return Case("Ilman lisärahoitusta kulut olisivat budjetoitua suuremmat.", ForecastStatus.AtRisk, "worse only without the funding", forecast, 2092);
        yield return Case("Ennusteen mukaan verotulot jäisivät 400 000 euroa alle talousarvion.", ForecastStatus.WillNotBeMet, "a forecast reported in the conditional mood", forecast, 0);
        yield return Case("Katujen vuoden kulut alenevat uuden sopimuksen ansiosta 0,52 M€:oon, ja budjettiin varattiin 0,60 M€.", ForecastStatus.OnTrack, "the year's costs falling under the budget", forecast, 2092);
        yield return Case("Äänikirjojen kysyntä vahvistuu helmikuusta alkaen tasaisesti.", ForecastStatus.OnTrack, "demand strengthening at a steady pace", forecast, 2092);
        yield return Case("Valaistuksen uusimisohjelmassa 2091–2093 työt valmistuivat tänä vuonna viidessä puistossa, ja viimeiset kolme ovat vuorossa 2093.", ForecastStatus.OnTrack, "a programme's share done, the rest in its later year", outcome, 2092);
        yield return Case("Fyra bibliotek fick nya hörslingor i år. Programmet avslutas 2093 med de två sista biblioteken.", ForecastStatus.OnTrack, "a programme ending in its later year as planned", outcome, 2092);
        yield return Case("Kirjastokortilla saa lainaan lumikengät mistä tahansa kirjastosta.", ForecastStatus.Achieved, "any library, so every one, at year end", outcome, 2092);
        yield return Case("Stavgångsstavar lånas ut på alla bibliotek.", ForecastStatus.Achieved, "every library, at year end", outcome, 2092);
        yield return Case("Publiken stannade vid 600, medan 1 000 hade väntats. Samtliga åtta konserter genomfördes.", ForecastStatus.AtRisk, "an audience short, then every concert held", outcome, 2092);
        yield return Case("Salin sulkemisia kertyi tammi–toukokuussa kaksi, ja vuodelle sallittu yläraja tällaisille sulkemisille on kymmenen.", ForecastStatus.OnTrack, "under a ceiling named before what it limits", forecast, 2092);
        yield return Case("Jäähallin toista kompressoria ei todennäköisesti saada korjattua tänä vuonna.", ForecastStatus.WillNotBeMet, "probably not", forecast, 2092);
        yield return Case("Men simhallen är ännu inte klar. Bastun renoveras fortfarande. Hela renoveringen blir klar före årsskiftet, uppskattar byggledaren.", ForecastStatus.OnTrack, "not yet done, but done before the turn of the year", forecast, 0);
        yield return Case("Nuorisokeskus Kipinä on otettu käyttöön maanantaina.", ForecastStatus.Achieved, "a centre taken into use", forecast, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
