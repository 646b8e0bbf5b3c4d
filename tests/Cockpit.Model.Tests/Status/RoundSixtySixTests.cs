using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 66's misses and their neighbours, read once it was measured: an open question after a budget kept so far; a count
/// out of a whole at the target level; a part only in tendering or left over into next year; "ei näytä yltävän"; a
/// shortfall "ellei" something is done; a later date after a comma; "ei tapahtunut vuonna …"; a work's cost estimate overrun;
/// spending left under its budget; a year's result ending up in deficit.
/// </summary>
public class RoundSixtySixTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Menot ovat toistaiseksi talousarvion rajoissa, mutta sopimuksen hinta selviää vasta lokakuussa, ja vasta silloin nähdään, riittääkö määräraha.",
            ForecastStatus.AtRisk, "within budget so far, whether it suffices asked", RoundKind.Forecast, 2067);
        yield return Case("Syksyllä nähdään, toteutuuko kävijätavoite.", ForecastStatus.AtRisk, "whether it is met will be seen", RoundKind.Forecast, 2067);
        yield return Case("Tulos selviää vasta tammikuussa.", ForecastStatus.NotAssessed, "the result known later is no risk", RoundKind.Forecast, 2067);
        yield return Case("Tavoite toteutuu, mutta lisärahoitus ratkaisee, voidaanko toimintaa laajentaa.", ForecastStatus.OnTrack,
            "a question about more than the goal", RoundKind.Forecast, 2067);
        yield return Case("Palvelun 12 sitovasta mittarista 9 oli vuoden lopussa tavoitetasolla.", ForecastStatus.AtRisk, "nine of twelve at target level", RoundKind.Outcome, 2067);
        yield return Case("Kaikki 12 mittaria olivat vuoden lopussa tavoitetasolla.", ForecastStatus.Achieved, "all at target level", RoundKind.Outcome, 2067);
        yield return Case("Kahden kentän valaistus valmistui toukokuussa, mutta kolmannen kentän valaistus on vasta tarjouskilpailussa.", ForecastStatus.AtRisk,
            "a part only in tendering", RoundKind.Forecast, 2067);
        yield return Case("Kolme kohdetta valmistui, mutta kaksi kohdetta jäi urakoitsijan konkurssin vuoksi vuoden 2068 puolelle.", ForecastStatus.AtRisk,
            "a part left over into next year", RoundKind.Outcome, 2067);
        yield return Case("Kahden kentän valaistus valmistui toukokuussa, mutta kolmannen kentän valaistus on vasta tarjouskilpailussa.", ForecastStatus.AtRisk,
            "done in part, the rest only in tendering, at year end", RoundKind.Outcome, 2067);
        yield return Case("Osallistujamäärä ei näytä yltävän 500 osallistujan tavoitteeseen.", ForecastStatus.WillNotBeMet, "does not look like reaching", RoundKind.Forecast, 2067);
        yield return Case("Ei näytä siltä, että tavoite jäisi saavuttamatta.", ForecastStatus.OnTrack, "no sign of a miss", RoundKind.Forecast, 2067);
        yield return Case("Kävijämäärän arvioidaan yltävän tavoitteeseen.", ForecastStatus.OnTrack, "estimated to reach", RoundKind.Forecast, 2067);
        yield return Case("Retkien määrä jää 60 retken tavoitteesta, ellei syksyksi saada lisää oppaita.", ForecastStatus.AtRisk, "short unless guides are found", RoundKind.Forecast, 2067);
        yield return Case("Retkien määrä jää 60 retken tavoitteesta.", ForecastStatus.WillNotBeMet, "short, with no condition", RoundKind.Forecast, 2067);
        yield return Case("Den nya skylten monteras först efter sommaren, i oktober 2068.", ForecastStatus.WillNotBeMet, "a later year after a comma", RoundKind.Forecast, 2067);
        yield return Case("Valaistus asennetaan vasta kesän jälkeen, syyskuussa 2067.", ForecastStatus.OnTrack, "later the same year", RoundKind.Forecast, 2067);
        yield return Case("Näyttelyn avaus ei tapahtunut vuonna 2067, vaan avajaiset ovat nyt maaliskuussa 2068.", ForecastStatus.WillNotBeMet,
            "did not take place, moved to next year", RoundKind.Outcome, 2067);
        yield return Case("Mitään poikkeavaa ei tapahtunut vuonna 2067.", ForecastStatus.OnTrack, "nothing unusual happened", RoundKind.Outcome, 2067);
        yield return Case("Katsomon korjaus maksoi 210 000 euroa yli hyväksytyn kustannusarvion.", ForecastStatus.WillNotBeMet, "a cost estimate overrun", RoundKind.Outcome, 2067);
        yield return Case("Kenttä valmistui elokuussa alle kustannusarvion.", ForecastStatus.Achieved, "done under its estimate: the completion decides", RoundKind.Outcome, 2067);
        yield return Case("Palkkamenoja kertyy ennusteen mukaan 12,4 milj. euroa, mikä jää 0,5 milj. euroa talousarviosta.", ForecastStatus.OnTrack,
            "spending left under budget", RoundKind.Forecast, 2067);
        yield return Case("Pääsylipputuloja kertyy 2,1 milj. euroa, mikä jää 0,3 milj. euroa talousarviosta.", ForecastStatus.WillNotBeMet,
            "income left short of budget", RoundKind.Forecast, 2067);
        yield return Case("Asiakastyytyväisyys mitataan vasta seuraavassa kyselyssä, helmikuussa 2068.", ForecastStatus.NotAssessed,
            "measured only next year is no postponement", RoundKind.Forecast, 2067);
        yield return Case("Menot jäävät ennusteen mukaan 150 000 euroa talousarviosta, ellei syksyllä tule yllättäviä korjauksia.", ForecastStatus.AtRisk,
            "under budget unless repairs come", RoundKind.Forecast, 2067);
        yield return Case("Tavoite toteutuu, mutta vuonna 2068 nähdään, riittääkö malli pysyvästi.", ForecastStatus.OnTrack,
            "a question about a later year", RoundKind.Forecast, 2067);
        yield return Case("Syyskuun toteuman perusteella tulos on päätymässä noin miljoona euroa alijäämäiseksi.", ForecastStatus.WillNotBeMet,
            "the year's result ending up in deficit", RoundKind.Forecast);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
