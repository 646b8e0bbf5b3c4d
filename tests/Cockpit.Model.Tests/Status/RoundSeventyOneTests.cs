using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 71's misses and their neighbours, read once it was measured: "we believe", "vi tror", "our hunch" before a verdict;
/// "nousee tai kaatuu" (stands or falls with); what could close a place; "has still to confirm"; "a miracle"; a contract
/// called off; "det krävs att"; "långt ifrån balans"; a target figure in thousands before its unit in the genitive;
/// "syyskuuhun mennessä"; "målsiffran"; a deadline ("takaraja") and "sallittu pisin aika on" as ceilings.
/// </summary>
public class RoundSeventyOneTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Uskomme, että tavoite täyttyy.", ForecastStatus.AtRisk, "we believe: probably", forecast, 2072);
        yield return Case("Vi tror att målet på 40 kurser nås i år.", ForecastStatus.AtRisk, "vi tror: probably", forecast, 2072);
        yield return Case("Vi tror inte att målet på 40 kurser nås i år.", ForecastStatus.WillNotBeMet, "vi tror inte: probably not", forecast, 2072);
        yield return Case("Our hunch is that the harbour concerts will reach the 40 set for the year.", ForecastStatus.AtRisk, "a hunch", forecast, 2072);
        yield return Case("We think the reading club will reach its target of 30 meetings.", ForecastStatus.AtRisk, "we think", forecast, 2072);
        yield return Case("Seuran kausi nousee tai kaatuu kentän korjauksen mukana.", ForecastStatus.AtRisk, "stands or falls with: a condition", forecast, 2072);
        yield return Case("Kävijämäärä nousee syksyllä.", ForecastStatus.OnTrack, "'nousee' alone is a rise", forecast, 2072);
        yield return Case("Simhallen har sprickor som kan stänga den i oktober.", ForecastStatus.AtRisk, "what could close it", forecast, 2072);
        yield return Case("Simhallen stängs i juli för det årliga underhållet.", ForecastStatus.NotAssessed, "a planned closure is no risk", forecast, 2072);
        yield return Case("The harbour authority has still to confirm the berth for the ferry.", ForecastStatus.AtRisk, "still to confirm: open", forecast, 2072);
        yield return Case("The harbour authority has confirmed the berth for the ferry.", ForecastStatus.NotAssessed, "confirmed is settled", forecast, 2072);
        yield return Case("It would take a miracle to reach 500 members this year.", ForecastStatus.WillNotBeMet, "only a miracle: not possible", forecast, 2072);
        yield return Case("Kaupunginhallitus päätti, että peruskorjauksen sopimus puretaan ja uuden hallin suunnittelu käynnistetään.",
            ForecastStatus.WillNotBeMet, "the renovation's contract called off", forecast, 2072);
        yield return Case("Kartoitus on pysähtynyt, koska kartoittajan sopimus purettiin; korvaavaa tekijää haetaan.", ForecastStatus.AtRisk,
            "a contractor's contract ended while another is sought: a stall", forecast, 2072);
        yield return Case("Nu krävs det att vi håller i kostnaderna för att klara balanskravet.", ForecastStatus.AtRisk, "det krävs att: a condition", forecast, 2072);
        yield return Case("Väntetiderna ligger inom ramen för vad som krävs enligt lagen.", ForecastStatus.NotAssessed, "what the law requires is no condition",
            forecast, 2072);
        yield return Case("Stadens ekonomi ligger fortfarande långt ifrån balans.", ForecastStatus.AtRisk, "far from balance", forecast, 2072);
        yield return Case("Koululaisryhmiä kävi 1 640 kappaletta 1 500 ryhmän tavoitetta vasten.", ForecastStatus.Achieved, "1 500 in the genitive is the target",
            outcome, 2072);
        yield return Case("Koululaisryhmiä kävi 1 240 kappaletta 1 500 ryhmän tavoitetta vasten.", ForecastStatus.WillNotBeMet, "short of 1 500", outcome, 2072);
        yield return Case("Kouluvierailuja kertyi 2 100, joten 2 800 vierailun tavoite jäi haaveeksi.", ForecastStatus.WillNotBeMet, "2 100 against 2 800",
            outcome, 2072);
        yield return Case("Uintikertoja kertyy 112 000 eli tavoitteen verran.", ForecastStatus.NotAssessed, "'eli tavoitteen verran' is no target figure", forecast, 2072);
        yield return Case("Vapaaehtoistunteja on syyskuuhun mennessä 14 200, kun vuoden tavoite on 20 000.", ForecastStatus.AtRisk,
            "by September: so far, not the year", forecast, 2072);
        yield return Case("Dansträffarna samlade 190 pensionärer, målsiffran var 320.", ForecastStatus.WillNotBeMet, "målsiffran is the target", outcome, 2072);
        yield return Case("Dansträffarna samlade 410 pensionärer, målsiffran var 320.", ForecastStatus.Achieved, "over målsiffran", outcome, 2072);
        yield return Case("Avustuspäätökset tehtiin keskimäärin 19 päivässä 30 päivän takarajan puitteissa.", ForecastStatus.Achieved,
            "within the deadline", outcome, 2072);
        yield return Case("Avustuspäätökset tehtiin keskimäärin 34 päivässä, kun takaraja on 30 päivää.", ForecastStatus.WillNotBeMet, "past the deadline",
            outcome, 2072);
        yield return Case("Kaukolainojen toimitusaika on ollut keskimäärin yhdeksän päivää, kun sallittu pisin aika on 15.", ForecastStatus.OnTrack,
            "under the longest time allowed", forecast, 2072);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
