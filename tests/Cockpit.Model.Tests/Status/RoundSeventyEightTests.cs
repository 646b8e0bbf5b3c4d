using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 78's dangerous rows and their neighbours, read once it was measured: a target let go ("päästäneet irti"); a
/// school topped out ("harjakorkeus"), a stage of the work, and a work done "vuoden … myöhemmin", a year late; an amount set
/// aside, then grown past it after a "but"; a zero result with the economy weakening; then some of its other misses: the
/// figure agreed or decided for the year ("vuodelle sovittu 380", "sovitun 550 sijaan"), not what has been agreed so far;
/// a count up to the start of a month past the year's figure; the year's figure estimated in the passive; a doubt of our
/// own ("Epäilemme vahvasti, että", "Vi tvivlar på att"), probably not; records that "reach us", data arriving; more than
/// planned, no part of the plan.
/// </summary>
public class RoundSeventyEightTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Tältä vuodelta olemme päästäneet irti 40 kurssin tavoitteesta.", ForecastStatus.WillNotBeMet, "a target let go of", forecast, 2079);
        yield return Case("Emme ole päästäneet irti 40 kurssin tavoitteesta, vaikka syksy on vaikea.", ForecastStatus.AtRisk, "not let go, but a hard autumn", forecast, 2079);
        yield return Case("Koulun laajennushanke on saavuttanut harjakorkeutensa.", ForecastStatus.OnTrack, "a building topped out is a stage of the work", forecast);
        yield return Case("Koulun laajennushanke on saavuttanut tavoitteensa.", ForecastStatus.Achieved, "a goal reached", outcome);
        yield return Case("Valituksen takia hanke valmistuu vuoden alun perin suunniteltua myöhemmin.", ForecastStatus.WillNotBeMet, "a year later than planned", forecast);
        yield return Case("Projektet blir klart ett år senare än planerat.", ForecastStatus.WillNotBeMet, "a year later than planned, in Swedish", forecast);
        yield return Case("Hanke valmistuu kuukauden suunniteltua myöhemmin.", ForecastStatus.AtRisk, "a month later than planned is a delay", forecast);
        yield return Case("Hanke valmistuu puoli vuotta suunniteltua myöhemmin.", ForecastStatus.AtRisk, "half a year later is a delay, not a year", forecast);
        yield return Case("Talousarvioon oli varattu 140 000 euroa koko hankkeelle, mutta summa on kasvanut 270 000 euroon.", ForecastStatus.WillNotBeMet,
            "an amount set aside, then grown past it", forecast);
        yield return Case("Kommunen har avsatt 2 miljoner kronor, men kostnaderna har stigit till 3,1 miljoner kronor.", ForecastStatus.WillNotBeMet,
            "the same in Swedish", forecast);
        yield return Case("Kommunen har avsatt 900 000 kronor, men kostnaderna har stigit till 1,1 miljoner kronor.", ForecastStatus.WillNotBeMet,
            "amounts compared with their scales, not as written", forecast);
        yield return Case("Borgå stads ekonomi försvagas och prognosen för bokslutet tyder på ett nollresultat.", ForecastStatus.AtRisk,
            "a zero result with the economy weakening", forecast);
        yield return Case("Prognosen för bokslutet tyder på ett nollresultat.", ForecastStatus.OnTrack, "a zero result alone is in balance", forecast);
        yield return Case("Kirjaston soitinlainoja kirjattiin tammi-huhtikuussa 415, joten vuodelle sovittu 380 lainan määrä on jo täynnä.", ForecastStatus.Achieved,
            "past the figure agreed for the year during it", forecast, 2079);
        yield return Case("Kielikahviloihin osallistuu arviolta 850 kävijää vuodelle sovitun 1 000 kävijän sijaan.", ForecastStatus.AtRisk,
            "short of the figure agreed", forecast, 2079);
        yield return Case("Suunnistuspäiville osallistui 640 oppilasta sovitun 500 sijaan.", ForecastStatus.Achieved, "past the figure agreed, at year end", outcome, 2079);
        yield return Case("Sponsorituloja on kesäkuun loppuun mennessä sovittu 120 000 euroa, kun vuoden tuloarvio on 400 000 euroa, ja neuvottelut ovat vasta alussa.", ForecastStatus.AtRisk,
            "what has been agreed so far is the count, not the target", forecast, 2079);
        yield return Case("Fysiikkapäiviin osallistui syyskuun alkuun 2 450 oppilasta, vuodelle sovittu määrä 2 000.", ForecastStatus.Achieved,
            "a count up to the start of a month past the year's figure", forecast, 2079);
        yield return Case("Luistelukoulujen vuoden osallistujamääräksi arvioidaan 410 sovitun 520 sijaan.", ForecastStatus.WillNotBeMet,
            "the year's figure estimated short of the one agreed", forecast, 2079);
        yield return Case("Luistelukoulujen vuoden osallistujamääräksi arvioidaan 610 sovitun 520 sijaan.", ForecastStatus.OnTrack,
            "the year's figure estimated past it", forecast, 2079);
        yield return Case("Epäilemme vahvasti, että opastuksia saadaan pidettyä sovitut 12.", ForecastStatus.WillNotBeMet, "a strong doubt of our own: probably not", forecast, 2079);
        yield return Case("Emme epäile, että opastukset saadaan pidettyä.", ForecastStatus.NotAssessed, "no doubt said, and no verdict of a rule's either", forecast, 2079);
        yield return Case("Vi tvivlar på att de 20 simkurserna blir av.", ForecastStatus.WillNotBeMet, "a doubt in Swedish over what follows", forecast, 2079);
        yield return Case("Vi tvivlar inte på att de 20 simkurserna blir av.", ForecastStatus.NotAssessed, "a doubt denied is no miss", forecast, 2079);
        yield return Case("Use of the tool library is logged by volunteers whose records reach us at the end of the year, so no judgement on the target is possible before then.",
            ForecastStatus.NotAssessed, "records that reach us are data arriving, not a goal reached or a record", forecast, 2079);
        yield return Case("Visits broke records in March.", ForecastStatus.OnTrack, "records broken are the best yet", forecast, 2079);
        yield return Case("Curling tryouts drew 118 pupils in January to April, beyond the 100 planned for the year.", ForecastStatus.Achieved,
            "more than planned is no part of the plan; past the whole year's plan by April, met (as written dev 84 line 79 is labelled)", forecast, 2079);
        yield return Case("Two of the five planned events have taken place.", ForecastStatus.AtRisk, "a part of what was planned", forecast, 2079);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
