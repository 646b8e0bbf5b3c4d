using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 98, read once it was measured, its four dangerous rows first: a guess ("Veikkaisimme tavoitteen täyttyvän") is
/// probably, a risk; a year in the 2100s is a year ("uudelleenajoitettu kevääseen 2100" in the report for 2099 is next year's,
/// and the classifier's years now run 1900–2199); evening rents of exhibition rooms are income, so "laahasivat … budjetin
/// alapuolella" after fees over their budget is a mix; visits up on last year that "kom inte upp till samma nivå" as before the
/// pandemic are below an earlier level. Then its families: the year's ceiling ("vuoden kattona pidetään kymmentä") and number
/// words in the partitive and allative; counts past bracketed targets at a date during the year; "Efter påsklovet" as part of
/// the year; an inverted condition "Blir … inte nått, övervägs …" (procedure); "keskeytetään kuluvan vuoden osalta"; no
/// replacement "tälle kaudelle"; "siirtäisi" (would move) is a condition; the rest "kun taas muut neljä … pidettiin" (in part);
/// a count in place out of a whole at year end with no verb of doing; slashed pairs ("64/50", "/ tavoite 3 800"); a summing up
/// "halvbra". From the real half: a dated cancellation ("sunnuntaina 19.2. on peruttu") is whole; "uhkaa … hiihtotapahtumia";
/// "ei ole oopperajuhlia tänä kesänä", "ei esitä tulevana syksynä"; "ei pystyisi mitenkään"; a goal stated with two
/// infinitives; "saatiin täytettyä"; "jatkanut kasvuaan"; "står … klar för användning"; "nedgång från 2008"; "rott i land";
/// "pääosin … lukuun ottamatta … lykkääntymistä" (in part).
/// </summary>
public class RoundNinetyEightTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Veikkaisimme, että kävijätavoite täyttyy.", ForecastStatus.AtRisk, "a guess is probably", forecast, 2099);
        yield return Case("Veikkaan tavoitteen toteutuvan.", ForecastStatus.AtRisk, "a guess is probably", forecast, 2099);
        yield return Case("Kartanon kahvilan avaus on uudelleenajoitettu syksyyn 2100.", ForecastStatus.WillNotBeMet, "rescheduled into next year", forecast, 2099);
        yield return Case("Skateparkens invigning flyttas till hösten 2100.", ForecastStatus.WillNotBeMet, "moved into next year", forecast, 2099);
        yield return Case("Saunan avaaminen siirtyi vuodelle 2101.", ForecastStatus.WillNotBeMet, "a year past 2100", outcome, 2100);
        yield return Case("Kurssimaksuja kertyi 12 000 euroa budjetoitua runsaammin. Salien iltavuokrat sen sijaan laahasivat 20 000 euroa budjetin alapuolella.", ForecastStatus.AtRisk, "fees over, rents under", outcome, 2099);
        yield return Case("Även om besöken ökade jämfört med i fjol kom de inte upp till samma nivå som före pandemin.", ForecastStatus.AtRisk, "not back to the earlier level", outcome, 0);
        yield return Case("Lainausmäärä kasvoi, mutta ei noussut samalle tasolle kuin ennen remonttia.", ForecastStatus.AtRisk, "not back to the earlier level", outcome, 0);
        yield return Case("Meluvalituksia on alkuvuonna tullut kaksi, kun vuoden kattona pidetään kahdeksaa.", ForecastStatus.OnTrack, "under the year's ceiling so far", forecast, 2099);
        yield return Case("Sirkuskoulu pystyy tänä vuonna järjestämään kurssit vain neljälle ryhmälle, kun tavoitteena oli seitsemän.", ForecastStatus.WillNotBeMet, "the year's count under the target, in words", forecast, 2099);
        yield return Case("Lukumummeja 38 (tavoite 30), kotikirjaston asiakkaita 190 (tavoite 170) elokuun lopussa.", ForecastStatus.Achieved, "past the bracketed targets at a date", forecast, 2099);
        yield return Case("Kävijöitä 3 200 (tavoite 3 000).", ForecastStatus.OnTrack, "no date, the year's figure on course", forecast, 2099);
        yield return Case("Efter sportlovet hade simskolorna samlat 410 barn, vilket är mer än årsmålet på 380.", ForecastStatus.Achieved, "past the year's target early in the year", forecast, 2099);
        yield return Case("Blir publikmålet för sommarteatern inte nått, övervägs färre föreställningar nästa år.", ForecastStatus.NotAssessed, "if not, then what is considered", forecast, 2099);
        yield return Case("Blir Malms bibliotek tillfällig skola i höst, byts nyckeltalet för lån ut mot besök i bokbussen.", ForecastStatus.NotAssessed, "if so, the measure changed", forecast, 2099);
        yield return Case("Melontakurssit keskeytetään tämän vuoden osalta.", ForecastStatus.WillNotBeMet, "stopped for this year", forecast, 2099);
        yield return Case("Kurssikanoottien vuokra päättyi toukokuussa, eikä korvaavia kanootteja saada tälle kaudelle.", ForecastStatus.WillNotBeMet, "no replacement this season", forecast, 2099);
        yield return Case("Lupakäsittelyn viivästyminen siirtäisi rakennustyöt kevääseen.", ForecastStatus.AtRisk, "would move, a condition", forecast, 2099);
        yield return Case("Kontulan kirjastopäivä jäi pitämättä sähkökatkon vuoksi, kun taas muut kolme kirjastopäivää pidettiin.", ForecastStatus.AtRisk, "one not held, the others held", forecast, 2099);
        yield return Case("Uudet kuntoiluvälineet palvelevat vuoden lopussa neljää puistoa seitsemästä.", ForecastStatus.AtRisk, "in place in part at year end", outcome, 2099);
        yield return Case("Tre av nio skolgårdar har nu nya klätterställningar, de övriga väntar på markarbeten.", ForecastStatus.AtRisk, "three of nine, the rest waiting", outcome, 2099);
        yield return Case("Opastetut kävelyt 58/40, oppaiden koulutukset 7/6.", ForecastStatus.Achieved, "slashed pairs, all past", outcome, 2099);
        yield return Case("Opastetut kävelyt 31/40, oppaiden koulutukset 7/6.", ForecastStatus.AtRisk, "slashed pairs, one short", outcome, 2099);
        yield return Case("Talviuintikurssit: 620 osallistujaa / tavoite 500.", ForecastStatus.Achieved, "a slash and a target word", outcome, 2099);
        yield return Case("Kirjasto on auki 24/7.", ForecastStatus.NotAssessed, "a lone bare pair says nothing", outcome, 2099);
        yield return Case("Sammantaget blev säsongen halvbra för ishallen.", ForecastStatus.AtRisk, "half good, summed up", outcome, 2099);
        yield return Case("Kaiken kaikkiaan vuosi onnistui puolittain.", ForecastStatus.AtRisk, "half, summed up", outcome, 2099);
        // From the real half.
        yield return Case("Lasten hiihtokilpailu lauantaina 21.1. on peruttu liukkauden takia.", ForecastStatus.WillNotBeMet, "a dated event called off", forecast, 0);
        yield return Case("Vähäluminen talvi uhkaa seuran hiihtokilpailuja.", ForecastStatus.AtRisk, "a threat to the events", forecast, 0);
        yield return Case("Aikataulu uhkaa viivästyä.", ForecastStatus.AtRisk, "the modal threat, a delay", forecast, 0);
        yield return Case("Kaupungissa ei ole kesäjuhlia tänä vuonna.", ForecastStatus.WillNotBeMet, "no festival this year", forecast, 0);
        yield return Case("Kesäteatteri ei esitä tulevana kesänä musikaalia.", ForecastStatus.WillNotBeMet, "no musical this summer", forecast, 0);
        yield return Case("Tänä kesänä tapahtumissa ei ole ollut häiriöitä.", ForecastStatus.NotAssessed, "no disruptions is no cancellation", forecast, 0);
        yield return Case("Sellaista ei pystyisi mitenkään järjestämään tässä ajassa.", ForecastStatus.WillNotBeMet, "in no way possible", forecast, 0);
        yield return Case("Hankkeen tärkeimpänä tavoitteena on parantaa latujen valaistusta sekä saavuttaa energiansäästöä.", ForecastStatus.NotAssessed, "a goal stated", forecast, 0);
        yield return Case("Vuoden aikana avoimet virat saatiin täytettyä.", ForecastStatus.Achieved, "got filled at year end", outcome, 0);
        yield return Case("Seuran toiminta on jatkanut kasvuaan koko vuoden.", ForecastStatus.OnTrack, "growth went on", outcome, 0);
        yield return Case("Efter flera års talkoarbete står det nya klubbhuset klart för användning.", ForecastStatus.Achieved, "ready for use", forecast, 0);
        yield return Case("Resultatet för 2022 är 120.000 euro. Det är en stor nedgång från 2019.", ForecastStatus.AtRisk, "a fall from an earlier year", outcome, 0);
        yield return Case("Redan i juni hade föreningen rott i land renoveringen.", ForecastStatus.Achieved, "brought home", forecast, 0);
        yield return Case("Toiminta toteutui pääosin suunnitelman mukaisesti lukuun ottamatta syysretken lykkääntymistä kevääseen 2024.", ForecastStatus.AtRisk, "mostly, but for one moved", outcome, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
