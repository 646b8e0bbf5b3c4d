using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 62's dangerous rows and their neighbours, read once it was measured: "two thirds met" and "till två tredjedelar",
/// met by a degree; a renovation done with a part "vielä kesken" after a "but"; then sales that "came to" a figure, and a
/// limit set as the goal ("hyväksyttävä raja on enintään viisi", "inom gränsen på högst 7 dagar"), a ceiling; most of the goals
/// ("useimmat", "de flesta", "most"), met in part; what a renovation "skulle kosta", a cost; "yli tavoitellun 25 000", a
/// target; in a forecast a count already past the whole year's target, met during the year; work that "ei mahdu tämän vuoden
/// aikatauluun", a miss for the year; "taket är satt till", a ceiling; done in most units, moved on in a few, met in part; and
/// "varmuutta siitä ei vielä ole", certainty denied after its noun.
/// </summary>
public class RoundSixtyTwoTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("The target of 200 trained youth leaders was two thirds met.", ForecastStatus.AtRisk, "two thirds met", RoundKind.Outcome, 2063);
        yield return Case("Målet för nya låntagare uppnåddes till två tredjedelar.", ForecastStatus.AtRisk, "till två tredjedelar", RoundKind.Outcome, 2063);
        yield return Case("Lainaajatavoite toteutui kahdelta kolmasosalta.", ForecastStatus.AtRisk, "kahdelta kolmasosalta", RoundKind.Outcome, 2063);
        yield return Case("Mittareista puolet täyttyi ja puolet jäi tavoitetason alle.", ForecastStatus.AtRisk, "half of the metrics, the other half short", RoundKind.Outcome, 2063);
        yield return Case("Uimahallin peruskorjaus valmistui, mutta uusi kuntosali on vielä kesken.", ForecastStatus.AtRisk, "done, a part unfinished after a but", RoundKind.Outcome, 2063);
        yield return Case("Uimahallin peruskorjaus valmistui, mutta kustannukset nousivat.", ForecastStatus.Achieved, "done, whatever the cost did", RoundKind.Outcome, 2063);
        yield return Case("Ticket sales came to 8 200 against a target of 9 000.", ForecastStatus.WillNotBeMet, "came to, short", RoundKind.Outcome, 2063);
        yield return Case("Ticket sales came to 9 400 against a target of 9 000.", ForecastStatus.Achieved, "came to, over", RoundKind.Outcome, 2063);
        yield return Case("Vesinäytteissä todettiin kolme poikkeamaa, kun hyväksyttävä raja on enintään viisi.", ForecastStatus.Achieved, "under an acceptable limit", RoundKind.Outcome, 2063);
        yield return Case("Vesinäytteissä todettiin seitsemän poikkeamaa, kun raja on enintään viisi.", ForecastStatus.WillNotBeMet, "over a limit of at most five", RoundKind.Outcome, 2063);
        yield return Case("Felanmälningarna åtgärdades på 5 dagar, inom gränsen på högst 8 dagar.", ForecastStatus.Achieved, "within a limit of at most eight days", RoundKind.Outcome, 2063);
        yield return Case("Useimmat tavoitteet saavutetaan vuoden loppuun mennessä.", ForecastStatus.AtRisk, "most of the goals");
        yield return Case("Målvärdet för de flesta målområden kommer att uppnås vid årets slut.", ForecastStatus.AtRisk, "the target values of most goal areas");
        yield return Case("Kaikki tavoitteet saavutetaan vuoden loppuun mennessä.", ForecastStatus.OnTrack, "all of the goals");
        yield return Case("Aukioloajat laajennettiin useimmissa kirjastoissa tavoitteen mukaisesti, mutta kolmessa pienimmässä laajennus jäi toteutumatta.",
            ForecastStatus.AtRisk, "in most libraries, not in three", RoundKind.Outcome, 2063);
        yield return Case("Inför året var beräkningen att renoveringen skulle kosta 550 000 euro, men kalkylen landar nu på 820 000 euro.", ForecastStatus.WillNotBeMet,
            "to cost more than estimated", RoundKind.Forecast, 2063);
        yield return Case("Kävijämäärä nousi 27 400:aan, yli tavoitellun 25 000.", ForecastStatus.Achieved, "over the figure aimed at", RoundKind.Outcome, 2063);
        yield return Case("Kävijämäärä jäi 23 100:aan tavoitellun 25 000 sijaan.", ForecastStatus.WillNotBeMet, "short of the figure aimed at", RoundKind.Outcome, 2063);
        yield return Case("Uimakouluihin osallistui 1 460 lasta, joten koko vuodelle asetettu 1 200 lapsen tavoite on jo takana.", ForecastStatus.Achieved,
            "met during the year", RoundKind.Forecast, 2063);
        yield return Case("Kävijöitä on kertynyt elokuun loppuun mennessä 5 300, kun vuositavoite on 5 000.", ForecastStatus.Achieved, "past the year's target by August",
            RoundKind.Forecast, 2063);
        yield return Case("Kävijöitä ennustetaan kertyvän 5 300, kun vuositavoite on 5 000.", ForecastStatus.OnTrack, "a forecast of the count", RoundKind.Forecast, 2063);
        yield return Case("Käyttöaste oli elokuun loppuun mennessä 82 prosenttia, kun vuositavoite on 80 prosenttia.", ForecastStatus.OnTrack, "a rate can still fall",
            RoundKind.Forecast, 2063);
        yield return Case("Kuntosalin laitteiden vaihto ei mahdu tämän vuoden aikatauluun.", ForecastStatus.WillNotBeMet, "does not fit in this year", RoundKind.Forecast, 2063);
        yield return Case("Elförbrukningen väntas i år bli 4,6 GWh, medan taket är satt till 4,2 GWh.", ForecastStatus.WillNotBeMet, "over the ceiling", RoundKind.Forecast, 2063);
        yield return Case("Elförbrukningen väntas i år bli 3,9 GWh, medan taket är satt till 4,2 GWh.", ForecastStatus.OnTrack, "under the ceiling", RoundKind.Forecast, 2063);
        yield return Case("Perehdytykset pidettiin valtaosassa toimipisteistä; muutamassa ne siirtyivät tammikuulle 2064.", ForecastStatus.AtRisk,
            "done in most, moved in a few", RoundKind.Outcome, 2063);
        yield return Case("Perehdytykset siirtyivät tammikuulle 2064.", ForecastStatus.WillNotBeMet, "all moved on", RoundKind.Outcome, 2063);
        yield return Case("Tavoite saavutetaan, mutta varmuutta siitä ei vielä ole.", ForecastStatus.AtRisk, "no certainty yet", RoundKind.Forecast, 2063);
        yield return Case("Tavoite saavutetaan, ja siitä on varmuus.", ForecastStatus.OnTrack, "certain", RoundKind.Forecast, 2063);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
