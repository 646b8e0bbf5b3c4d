using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 69's misses and their neighbours, read once it was measured: a verdict followed by what the work still lacks
/// ("but … still lacks a producer", "saknar"); a count out of a whole in Finnish teens ("seitsemästätoista …
/// kolmessatoista"), or after the verb ("kunnostettiin … yksitoista"); names joined by "and" are one clause; done only for
/// a season ("bara under våren"); field and hall rents are income; "vaatii, että" is a condition; all but one, the exception
/// before the verb ("Kaikki toimialat, teknistä toimialaa lukuun ottamatta pääsivät"); what a cut saved is better larger;
/// the figure planned after "than" ("than the 45 planned", "än de 30 som planerats"); "karkasi"; "tavoitetasoa vähemmän"; a
/// deficit or surplus against the one expected ("puolet ennakoitua pienempi"); a move conceded beside work on schedule;
/// "budgeten hålls"; a delay given as the reason a thing falls in a later year; the books closed late; "talousarviota myönteisempi".
/// </summary>
public class RoundSixtyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("The reading garden will reach its target of 120 events, but the autumn programme still lacks a producer.", ForecastStatus.AtRisk,
            "on course, but something still lacking", RoundKind.Forecast, 2070);
        yield return Case("Målet nås, men höstprogrammet saknar fortfarande en producent.", ForecastStatus.AtRisk, "nås, men saknar", RoundKind.Forecast, 2070);
        yield return Case("Seitsemästätoista sitovasta mittarista kolmessatoista päästiin tavoitetasolle.", ForecastStatus.AtRisk,
            "thirteen of seventeen in the inessive", RoundKind.Outcome, 2070);
        yield return Case("Kuudestatoista lähiliikuntapaikasta kunnostettiin vuoden aikana yksitoista.", ForecastStatus.AtRisk,
            "eleven of sixteen, the part after the verb", RoundKind.Outcome, 2070);
        yield return Case("Kolmesta kohteesta valmistui kaksi.", ForecastStatus.AtRisk, "two of three done", RoundKind.Outcome, 2070);
        yield return Case("Eight of the twelve planned pop-up libraries in Vartiokylä and Kallahti were opened.", ForecastStatus.AtRisk,
            "eight of twelve, two places joined by 'and'", RoundKind.Outcome, 2070);
        yield return Case("Där ordnades kvällssim bara under våren.", ForecastStatus.AtRisk, "only in spring", RoundKind.Outcome, 2070);
        yield return Case("Iltauinteja järjestettiin vain keväällä.", ForecastStatus.AtRisk, "vain keväällä", RoundKind.Outcome, 2070);
        yield return Case("Liikuntapalvelujen kenttävuokrat jäivät 310 000 euroa talousarviosta.", ForecastStatus.WillNotBeMet,
            "field rents are income, short of budget", RoundKind.Outcome, 2070);
        yield return Case("Tilavuokrat jäivät 310 000 euroa talousarviosta.", ForecastStatus.Achieved, "rent paid under budget", RoundKind.Outcome, 2070);
        yield return Case("Valmistuminen ennen elokuuta vaatii, että kompressorit toimitetaan heinäkuussa.", ForecastStatus.AtRisk,
            "done only if the parts come in time", RoundKind.Forecast, 2070);
        yield return Case("Kaikki toimialat, teknistä toimialaa lukuun ottamatta pääsivät annettuun talousarvioraamiin.", ForecastStatus.AtRisk,
            "all but one, the exception before the verb", RoundKind.Forecast, 2070);
        yield return Case("Kaikki toimialat, teknistä toimialaa lukuun ottamatta pääsivät annettuun talousarvioraamiin.", ForecastStatus.AtRisk,
            "all but one at year end", RoundKind.Outcome, 2070);
        yield return Case("Ohjelma laski viime vuonna kustannuksia 1 miljoonan, vaikka asetettu tavoite oli 1,4 miljoonaa euroa.", ForecastStatus.WillNotBeMet,
            "a cut smaller than the cut set", RoundKind.Outcome, 2070);
        yield return Case("Ohjelma vähensi kuluja 1,6 miljoonalla eurolla, kun tavoite oli 1,4 miljoonaa euroa.", ForecastStatus.Achieved,
            "a cut larger than the cut set", RoundKind.Outcome, 2070);
        yield return Case("By the end of May the youth centre had already run 52 coding workshops, more than the 45 planned for the whole year.",
            ForecastStatus.Achieved, "already more than planned for the year", RoundKind.Forecast, 2070);
        yield return Case("The centre has run 40 workshops, fewer than the 45 planned.", ForecastStatus.AtRisk, "fewer than planned is not 'as planned'", RoundKind.Forecast, 2070);
        yield return Case("Redan i maj hade biblioteket ordnat 35 författarbesök, fler än de 30 som planerats för hela året.", ForecastStatus.Achieved,
            "fler än de 30 som planerats", RoundKind.Forecast, 2070);
        yield return Case("Uimahallissa kävi 71 000 uimaria, joten 90 000 käynnin tavoite karkasi selvästi.", ForecastStatus.WillNotBeMet,
            "the target slipped away", RoundKind.Outcome, 2070);
        yield return Case("E-kirjalainoja kirjattiin yhdeksän prosenttia tavoitetasoa vähemmän.", ForecastStatus.WillNotBeMet, "less than the target level", RoundKind.Outcome, 2070);
        yield return Case("Talous notkahti viime vuonna. Alijäämä kuitenkin on puolet ennakoitua pienempi.", ForecastStatus.Achieved,
            "a deficit half the one expected", RoundKind.Outcome, 2070);
        yield return Case("Alijäämä kasvoi arvioitua suuremmaksi.", ForecastStatus.WillNotBeMet, "a deficit larger than estimated", RoundKind.Outcome, 2070);
        yield return Case("Ylijäämää olivat kasvattamassa myös odotettua pienemmät henkilöstökulut.", ForecastStatus.Achieved,
            "smaller costs grew the surplus", RoundKind.Outcome, 2070);
        yield return Case("Vaikka messutapahtuman ajankohta nyt siirtyykin eteenpäin, alueen rakentaminen edistyy ja kohteet valmistuvat aikataulussa.",
            ForecastStatus.OnTrack, "a move conceded, the work on schedule", RoundKind.Forecast, 2070);
        yield return Case("Totalentreprenaden är kalkylerad till 105,6 miljoner kr och budgeten sägs kunna hållas.", ForecastStatus.OnTrack,
            "budgeten kan hållas", RoundKind.Forecast, 2070);
        yield return Case("Kirjaston muutto uusiin tiloihin tapahtuu tammikuussa 2071, koska vuokranantajan peruskorjaus venyy.", ForecastStatus.WillNotBeMet,
            "the delay is why it falls next year", RoundKind.Forecast, 2070);
        yield return Case("Kirjasto avataan maaliskuussa, koska peruskorjaus venyy.", ForecastStatus.AtRisk, "a delay, the month unplaced", RoundKind.Forecast, 2070);
        yield return Case("Talousennuste on laadittu kesäkuun toteuman pohjalta, sillä heinäkuun kirjanpito suljettiin myöhässä.", ForecastStatus.NotAssessed,
            "the books closed late: procedure, not the goal", RoundKind.Forecast, 2070);
        yield return Case("Hyvään tulokseen vaikuttivat budjettikurin lisäksi verotulojen talousarviota myönteisempi toteutuminen.", ForecastStatus.Achieved,
            "more favourable than budgeted", RoundKind.Outcome, 2070);
        yield return Case("The library opened in Vuosaari but Maunula was delayed.", ForecastStatus.AtRisk, "'but' between names still splits clauses", RoundKind.Outcome, 2070);
        yield return Case("Delivery of books to the new library was delayed.", ForecastStatus.AtRisk, "books delivered are no bookkeeping", RoundKind.Forecast, 2070);
        yield return Case("Kustannukset laskivat 5 miljoonaan euroon, kun tavoite oli 4,5 miljoonaa euroa.", ForecastStatus.WillNotBeMet,
            "fell to a level, not by an amount", RoundKind.Outcome, 2070);
        yield return Case("Ennustetta korjattiin alaspäin.", ForecastStatus.NotAssessed, "a forecast corrected is no work done", RoundKind.Forecast, 2070);
        yield return Case("Föga förvånande nåddes målet.", ForecastStatus.Achieved, "unsurprisingly, not a denial", RoundKind.Outcome, 2070);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
