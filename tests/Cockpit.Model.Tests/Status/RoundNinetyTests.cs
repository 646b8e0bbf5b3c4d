using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 90, read once it was measured: its dangerous rows first — places filled out of a larger whole ("140 aikuispaikasta
/// täyttyi 48", "9 of 28 planned seats"), short at year end; "Resten väntar på …" at year end; "We would bet" (probably); a
/// deficit "jämfört med ett budgeterat positivt resultat". Then the families it showed: "om vilken" (about, not if); a gap
/// caught up in the partitive ("kuroivat eroa kiinni"); a steady pace ("tasaiseen tahtiin"); "Hylkäävä päätös jättäisi";
/// "miten … on edennyt" (asked, not said); "resultatet för innevarande år"; "Efter flera år med underskott"; "Den positiva
/// trenden fortsätter"; "sovittujen 450 kerran sijaan" at "nykyvauhdilla"; last year's figure "vuotta aiemmin kirjattujen
/// 2 100:n sijaan"; two pairs "budjetoidun … sijasta" and "varatun … sijasta"; "korjaus 126 000 euroa, varaus 90 000 euroa";
/// "landar för helåret"; "Inga föreningars turer faller bort"; "för året beräknas till 4 100 mot 3 800"; "vuodeksi
/// sovitusta 480 lainasta"; all libraries at year end; no data gathered; "årsplanen räknade med elva" and "hade … ordnat"
/// (the past perfect) met during the year; a storm that knocked a fence over; a growth denied in a "vaikka" clause; "Nu är
/// förskolan utbyggd".
/// </summary>
public class RoundNinetyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Keramiikkakurssien 90 aikuispaikasta täyttyi 31.", ForecastStatus.WillNotBeMet, "places filled out of a larger whole, at year end", outcome, 2091);
        yield return Case("12 of 40 planned seats were taken at the Sunday choir course.", ForecastStatus.WillNotBeMet, "seats taken out of those planned, at year end", outcome, 2091);
        yield return Case("Uudet lukot ovat nyt kolmessa kahdeksasta nuorisotalosta. Loput odottavat lukkoja, jotka toimitetaan helmikuussa.", ForecastStatus.AtRisk, "the rest still waiting at year end", outcome, 2091);
        yield return Case("We would bet that all ten bat walks will be held; four were held by June.", ForecastStatus.AtRisk, "a bet is only probable", forecast, 2091);
        yield return Case("Kommunen redovisar ett negativt resultat på 4,1 miljoner kronor jämfört med ett budgeterat positivt resultat på 2,0 miljoner kronor.", ForecastStatus.WillNotBeMet, "in the red where the budget was in the black", outcome, 0);
        yield return Case("Utlåtandet om vilken modell som väljs väntas i mars.", ForecastStatus.NotAssessed, "about which, not if", forecast, 0);
        yield return Case("Betonkivet myöhästyivät kuukauden. Urakoitsija kuroi viivettä kiinni iltatöillä, ja kenttä otetaan käyttöön syyskuussa.", ForecastStatus.OnTrack, "a delay being caught up", forecast, 2091);
        yield return Case("Äänikirjojen lainat kasvavat huhtikuusta alkaen tasaiseen tahtiin.", ForecastStatus.OnTrack, "a rise at a steady pace", forecast, 2091);
        yield return Case("Hylkäävä päätös jättäisi tulot 0,03 M€ budjettia pienemmiksi.", ForecastStatus.AtRisk, "short only if the refusal comes", forecast, 2091);
        yield return Case("Syksyllä arvioidaan, miten ohjelman toteuttaminen on edennyt.", ForecastStatus.NotAssessed, "how far it went is to be assessed", outcome, 0);
        yield return Case("Ett underskott på 90 000 euro är resultatet för innevarande år.", ForecastStatus.WillNotBeMet, "the deficit is this year's result", forecast, 0);
        yield return Case("Efter tre år med underskott redovisar kommunen ett positivt resultat.", ForecastStatus.Achieved, "earlier years' deficits, this year's surplus", outcome, 0);
        yield return Case("Den positiva trenden fortsätter i utlåningen.", ForecastStatus.OnTrack, "a good trend goes on", forecast, 0);
        yield return Case("En positiv trend ökar förutsättningarna att nå målet.", ForecastStatus.NotAssessed, "a trend that only helps is no progress said", forecast, 0);
        yield return Case("Nykyvauhdilla bänditila varataan vuodessa 260 kertaa sovittujen 400 kerran sijaan.", ForecastStatus.WillNotBeMet, "the year's figure at the current pace, short", forecast, 2091);
        yield return Case("Satutuntien kuulijoita laskettiin 1 800 vuotta aiemmin kirjattujen 1 300:n sijaan.", ForecastStatus.OnTrack, "more than last year's figure, no target", outcome, 2091);
        yield return Case("Konserttien lipputuloja kertyi 0,31 M€ budjetoidun 0,25 M€ sijasta, ja äänentoistoon kului 0,09 M€ varatun 0,05 M€ sijasta.", ForecastStatus.AtRisk, "income over its budget, a cost over its reservation", outcome, 2091);
        yield return Case("Uimahallin pumppujen vaihto 84 000 euroa, varaus 60 000 euroa.", ForecastStatus.WillNotBeMet, "a cost over its reservation, figures only", outcome, 2091);
        yield return Case("Simhallsbesöken landar för helåret kring 41 000 av budgeterade 50 000.", ForecastStatus.WillNotBeMet, "where the whole year lands, short", forecast, 2091);
        yield return Case("Inga skolors turer faller bort under renoveringen.", ForecastStatus.NotAssessed, "nothing falls through", forecast, 2091);
        yield return Case("Timmarna för året beräknas till 2 600 mot 2 400.", ForecastStatus.OnTrack, "the year's estimate against the figure after it", forecast, 2091);
        yield return Case("Sarjakuvia lainattiin alkuvuoden neljässä kuukaudessa 52 kertaa vuodeksi sovitusta 700 lainasta.", ForecastStatus.AtRisk, "a part of the year's agreed whole so far", forecast, 2091);
        yield return Case("Kaikista kirjastoista saa lainaan lautapelejä.", ForecastStatus.Achieved, "every library, at year end", outcome, 2091);
        yield return Case("Lautapelit ingår i utlåningen på varje bibliotek.", ForecastStatus.Achieved, "every library, at year end", outcome, 2091);
        yield return Case("Kävijälaskurit asennettiin joulukuussa, joten vuodelta ei kertynyt mitattua kävijätietoa.", ForecastStatus.NotAssessed, "no data gathered", outcome, 2091);
        yield return Case("Till utgången av maj hade biblioteket ordnat 14 skrivarverkstäder, medan årsplanen räknade med tio.", ForecastStatus.Achieved, "past the year plan by May", forecast, 2091);
        yield return Case("Kurssien osallistujamäärät nousivat syyskuun alussa vuodeksi sovittua lukua suuremmiksi.", ForecastStatus.Achieved, "past the year's agreed count during the year", forecast, 2091);
        yield return Case("Kentän aita kaatui syysmyrskyssä. Uusi aita pystytettiin lokakuussa. Harjoituksia pidettiin lokakuun loppuun 120 sovitusta 160:stä, loput marras–joulukuussa.", ForecastStatus.OnTrack, "a storm knocked a fence over; practice went on", forecast, 2091);
        yield return Case("Pääsylipputuloja kertyi 40 000 euroa talousarviota enemmän, vaikka kävijämäärä ei ole kasvanut.", ForecastStatus.Achieved, "income over budget; the denied growth is conceded", outcome, 0);
        yield return Case("Nu är skolan utbyggd med fyra nya klassrum.", ForecastStatus.Achieved, "a building extended and done", outcome, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
