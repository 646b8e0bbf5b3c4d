using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 67's misses and their neighbours, read once it was measured: a limit ("raja on 30 päivää", "the 21-day limit") as a
/// ceiling, and a figure of another unit after the pair; "suunnitellulla tavalla"; a whole-year forecast with "ennakoidaan";
/// the rest of a count moved on; new hedges ("kaiketi", "uskoaksemme", "chances are"); a goal met while another could not be
/// measured; done "suunniteltua hitaammin" after a concession; a work a repair "pysäytti"; income that "vajosi"; a pace that "skulle behöva" be faster; a budget raised by decision.
/// </summary>
public class RoundSixtySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Käsittelyaika oli keskimäärin 19 päivää, ja raja on 30 päivää.", ForecastStatus.Achieved, "under the limit", RoundKind.Outcome, 2068);
        yield return Case("Käsittelyaika oli keskimäärin 34 päivää, ja raja on 30 päivää.", ForecastStatus.WillNotBeMet, "over the limit", RoundKind.Outcome, 2068);
        yield return Case("Jonotusaika on nyt neljä viikkoa, kun sallittu raja on enintään kuusi viikkoa, ja syksyn kaksi lisäryhmää lyhentävät jonoa.",
            ForecastStatus.OnTrack, "a figure of another unit after the pair", RoundKind.Forecast, 2068);
        yield return Case("Väntetiden är tre veckor mot gränsen högst fem veckor, och ingen har väntat längre än fyra.", ForecastStatus.OnTrack,
            "a bare figure after the pair", RoundKind.Forecast, 2068);
        yield return Case("Processing time was 17 days, well inside the 21-day limit.", ForecastStatus.Achieved, "inside the limit", RoundKind.Outcome, 2068);
        yield return Case("Processing time was 25 days against the limit of 21 days.", ForecastStatus.WillNotBeMet, "past the limit", RoundKind.Outcome, 2068);
        yield return Case("Käsittelyaika pysyi 30 päivän rajan sisällä.", ForecastStatus.Achieved, "within the limit", RoundKind.Outcome, 2068);
        yield return Case("Investoinnit toteutuivat pääosin suunnitellulla tavalla.", ForecastStatus.AtRisk, "mostly as planned", RoundKind.Outcome, 2068);
        yield return Case("Investoinnit toteutuivat suunnitellulla tavalla.", ForecastStatus.Achieved, "as planned", RoundKind.Outcome, 2068);
        yield return Case("Osallistujia ennakoidaan koko vuodelta 4 300, mikä on 700 alle tavoitteen.", ForecastStatus.WillNotBeMet,
            "the whole year forecast short", RoundKind.Forecast, 2068);
        yield return Case("Valtionosuudet ovat toteutuneet ennakoidusti.", ForecastStatus.OnTrack, "as anticipated", RoundKind.Forecast, 2068);
        yield return Case("Stoan 16 työpajasta pidettiin 11; loput viisi siirtyivät kevääseen 2069.", ForecastStatus.AtRisk, "the rest moved on", RoundKind.Outcome, 2068);
        yield return Case("Tavoitteesta jäätiin. Tapahtumia järjestettiin 12 kaupunginosassa, ja loput kahdeksan siirrettiin vuoden 2069 ohjelmaan.",
            ForecastStatus.WillNotBeMet, "the rest moved on after a miss said", RoundKind.Outcome, 2068);
        yield return Case("Av de tio skolorna fick sju ett bibliotekspass, medan de tre övriga skjuts framåt.", ForecastStatus.AtRisk,
            "the others put off", RoundKind.Outcome, 2068);
        yield return Case("Tavoite on kaiketi saavutettavissa.", ForecastStatus.AtRisk, "presumably within reach", RoundKind.Forecast, 2068);
        yield return Case("Vuositavoite tulee uskoaksemme täyteen.", ForecastStatus.AtRisk, "as we believe", RoundKind.Forecast, 2068);
        yield return Case("Chances are good that the trail reaches 900 participants.", ForecastStatus.AtRisk, "chances are good", RoundKind.Forecast, 2068);
        yield return Case("Tapahtumia järjestettiin tavoitteen mukaisesti 24, mutta tyytyväisyyttä ei pystytty mittaamaan.", ForecastStatus.AtRisk,
            "met, another not measured", RoundKind.Outcome, 2068);
        yield return Case("Tyytyväisyyttä ei pystytty mittaamaan.", ForecastStatus.NotAssessed, "could not be measured", RoundKind.Outcome, 2068);
        yield return Case("Perustehtävässä onnistuttiin hyvin, vaikka hankkeita toteutettiinkin suunniteltua hitaammin.", ForecastStatus.AtRisk,
            "well, although slower than planned", RoundKind.Outcome, 2068);
        yield return Case("Tavoite saavutettiin, vaikka kesä oli sateinen.", ForecastStatus.Achieved, "met although it rained", RoundKind.Outcome, 2068);
        yield return Case("Korjaus pysäytti pukuhuoneremontin, jonka valmistuminen selviää myöhemmin.", ForecastStatus.AtRisk, "a repair stopped the work", RoundKind.Forecast, 2068);
        yield return Case("Menot jäivät 90 000 euroa budjetoitua pienemmiksi, kun taas sponsorituotot vajosivat 150 000 euroa arviosta.", ForecastStatus.AtRisk,
            "costs under, income sank short", RoundKind.Outcome, 2068);
        yield return Case("Pyöräteitä pitäisi rakentaa kaksi kertaa nopeammin kuin nyt.", ForecastStatus.AtRisk, "needs to go faster", RoundKind.Outcome, 2068);
        yield return Case("Cykelnätet skulle behöva byggas ut dubbelt så snabbt som i dag.", ForecastStatus.AtRisk, "needs to go twice as fast", RoundKind.Outcome, 2068);
        yield return Case("Kommunfullmäktige beslutade att utöka investeringsbudgeten för badhuset med 45 miljoner kronor.", ForecastStatus.NotAssessed,
            "a budget raised by decision", RoundKind.Forecast, 2068);
        yield return Case("Hallitus hyväksyi hankkeen kustannusarvion noston 2 miljoonalla eurolla.", ForecastStatus.NotAssessed, "a cost ceiling raised by decision", RoundKind.Forecast, 2068);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
