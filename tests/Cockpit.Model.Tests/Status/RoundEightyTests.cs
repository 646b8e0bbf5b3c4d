using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 80, read once it was measured: a disbelief of our own ("Emme usko, että", "Vi tror inte att", "Vi räknar inte med
/// att"), an idea given up ("hylänneet ajatuksen"), a best guess, and the agreed count held before a "but" with an audience
/// short of the one expected (its four dangerous written rows, read as progress or reached); a cost estimate risen (its
/// dangerous real row); the figure "sovitun 700:n sijaan", "2 800 suunnitellun sijaan", "odotetun 4 000 sijaan", "vuodeksi
/// oli sovittu", "vuodelle kaavaillusta", "sovittuja suuremmat"; a fall "yhtäjaksoisesti"; "luultavimmin"; left out of the
/// year's programme; no way to fit the rest into the season; the year's figure that "jää" short; a work that "slutade på" more
/// than its budget; a rate that cannot be counted ("ei voida laskea"); every one held, then the audience short in the next
/// sentence; "sujui hienosti"; money "säästymässä"; "pääsevät uuteen kouluun" next year; "ohjelman päätösvuonna"; a ceiling
/// and a count in words ("enintään kymmenen sallitun", "kolmena päivänä"); a count past its ceiling during the year; not said
/// when a decision comes ("har inte meddelat när").
/// </summary>
public class RoundEightyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Emme usko, että Kallion kirjaston 30 satutuntia saadaan tänä vuonna pidettyä.", ForecastStatus.WillNotBeMet, "we do not believe it, so probably not", forecast, 2081);
        yield return Case("Uskomme, että Kallion kirjaston 30 satutuntia saadaan tänä vuonna pidettyä.", ForecastStatus.AtRisk, "we believe it, so probably", forecast, 2081);
        yield return Case("Vi tror inte att alla 20 danskvällar hålls i år.", ForecastStatus.WillNotBeMet, "we do not believe it, in Swedish", forecast, 2081);
        yield return Case("Vi tror att alla 20 danskvällar hålls i år.", ForecastStatus.AtRisk, "we believe it, in Swedish", forecast, 2081);
        yield return Case("Vi räknar inte med att alla 20 pass hålls i år.", ForecastStatus.WillNotBeMet, "we do not count on it", forecast, 2081);
        yield return Case("Olemme hylänneet ajatuksen vuoden tavoitteen täyttymisestä.", ForecastStatus.WillNotBeMet, "the idea of meeting it given up", forecast, 2081);
        yield return Case("Our best guess is that all 12 guided walks will be held.", ForecastStatus.AtRisk, "a best guess is probably", forecast, 2081);
        yield return Case("Konsertteja pidettiin sovitut 12 kertaa, mutta kuulijoita oli 700, vaikka heitä odotettiin 1 200.", ForecastStatus.AtRisk,
            "the agreed count held, the audience short of the one expected", outcome, 2081);
        yield return Case("Alun perin sen piti maksaa 4 miljoonaa euroa vähemmän, mutta kustannusarvio nousi keväällä.", ForecastStatus.WillNotBeMet,
            "a cost estimate risen is an overrun, and the difference is no target", forecast, 2022);
        yield return Case("Kiinteistöjen sähkönkulutus nousi keväällä.", ForecastStatus.AtRisk, "consumption risen is worsening, not an overrun", forecast, 2022);
        yield return Case("Uimakoulujen oppilaita on vuoden ennusteessa 520 sovitun 700:n sijaan.", ForecastStatus.WillNotBeMet, "the year's forecast short of the figure agreed", forecast, 2081);
        yield return Case("Uimakoulujen oppilaita on vuoden ennusteessa 760 sovitun 700:n sijaan.", ForecastStatus.OnTrack, "the year's forecast past the figure agreed", forecast, 2081);
        yield return Case("Näyttelyihin osallistui 3 100 henkeä 2 800 suunnitellun sijaan.", ForecastStatus.Achieved, "more than the figure planned, after it", outcome, 2081);
        yield return Case("Näyttelyihin osallistui 3 100 henkeä odotetun 4 000 sijaan.", ForecastStatus.WillNotBeMet, "fewer than the figure expected", outcome, 2081);
        yield return Case("Syyskuun alussa varauksia oli 1 400, ja vuodeksi oli sovittu 1 200.", ForecastStatus.Achieved, "past the figure agreed for the year during it", forecast, 2081);
        yield return Case("Käyntejä kirjattiin tammi-maaliskuussa 210 vuodelle kaavaillusta 1 500 käynnistä.", ForecastStatus.AtRisk, "a part of the figure planned for the year, so far", forecast, 2081);
        yield return Case("Retkiä järjestettiin 30 ja niillä oli 900 osallistujaa, joten molemmat luvut olivat sovittuja suuremmat (25 retkeä, 800 osallistujaa).",
            ForecastStatus.Achieved, "both figures larger than agreed", outcome, 2081);
        yield return Case("Lainaajien määrä on pienentynyt yhtäjaksoisesti tammikuusta kesäkuuhun.", ForecastStatus.AtRisk, "a fall without a break", forecast, 2081);
        yield return Case("Luultavimmin kaikki 30 esitystä saadaan pidettyä.", ForecastStatus.AtRisk, "most probably is probably", forecast, 2081);
        yield return Case("Kenttien uusiminen jätettiin pois tämän vuoden korjausohjelmasta.", ForecastStatus.WillNotBeMet, "left out of the year's programme", forecast, 2081);
        yield return Case("There is no way to fit the remaining 12 of the 20 lessons into the season.", ForecastStatus.WillNotBeMet, "the rest ruled out", forecast, 2081);
        yield return Case("Satutunteja on pidetty syyskuun loppuun 90. Vuoden määrä jää siten noin 120:een, vaikka sovittu luku on 200.", ForecastStatus.WillNotBeMet,
            "the year's figure comes short of the one agreed", forecast, 2081);
        yield return Case("Satutunteja on pidetty syyskuun loppuun 190. Vuoden määrä nousee siten noin 230:een, kun sovittu luku on 200.", ForecastStatus.OnTrack,
            "the year's figure comes past the one agreed", forecast, 2081);
        yield return Case("Ombyggnaden av scenen slutade på 58 000 euro med 35 000 euro i budgeten.", ForecastStatus.WillNotBeMet, "ended at more than its budget", outcome, 2081);
        yield return Case("Ombyggnaden av scenen slutade på 28 000 euro med 35 000 euro i budgeten.", ForecastStatus.Achieved, "ended at less than its budget", outcome, 2081);
        yield return Case("Kirjastojen vuoden lainausmäärää ei voida laskea, koska järjestelmä vaihtui kesken vuoden.", ForecastStatus.NotAssessed, "cannot be counted", outcome, 2081);
        yield return Case("Alla tio konserterna i parken hölls. Publiken var mindre än väntat, 1 800 mot planerade 3 000.", ForecastStatus.AtRisk,
            "every one held, then the audience short in a later sentence", outcome, 2081);
        yield return Case("Kaikki kymmenen konserttia pidettiin. Kuulijoita oli 1 800 suunnitellun 3 000 sijaan.", ForecastStatus.AtRisk, "the same in Finnish", outcome, 2081);
        yield return Case("Alla tio konserterna i parken hölls.", ForecastStatus.Achieved, "every one held at year end", outcome, 2081);
        yield return Case("Kesäleirien järjestäminen sujui hienosti.", ForecastStatus.Achieved, "went excellently", outcome, 2081);
        yield return Case("Kesäleirien järjestäminen ei sujunut hienosti.", ForecastStatus.NotAssessed, "did not go excellently is no success", outcome, 2081);
        yield return Case("Vuoden peruskorjausmäärärahoista on säästymässä noin 200 000 euroa.", ForecastStatus.OnTrack, "money being saved", forecast, 2081);
        yield return Case("Oppilaat pääsevät uuteen kouluun ensi vuoden tammikuussa.", ForecastStatus.WillNotBeMet, "into the new school only next year", forecast, 2081);
        yield return Case("Oppilaat pääsevät uuteen kouluun lokakuussa.", ForecastStatus.OnTrack, "into the new school this year", forecast, 2081);
        yield return Case("Leikkipaikkaohjelmassa 2080–2082 kertomusvuonna uusittiin neljä leikkipaikkaa, ja loput kolme ovat vuorossa ohjelman päätösvuonna.",
            ForecastStatus.OnTrack, "the rest in the programme's closing year ('päätösvuonna')", outcome, 2081);
        yield return Case("Kirjastojen ilmanvaihtomittauksissa todettiin vuoden aikana kolme poikkeamaa enintään kymmenen sallitun sijaan.", ForecastStatus.Achieved,
            "under a ceiling written in words", outcome, 2081);
        yield return Case("Kirjastojen ilmanvaihtomittauksissa todettiin vuoden aikana 14 poikkeamaa enintään kymmenen sallitun sijaan.", ForecastStatus.WillNotBeMet,
            "over a ceiling written in words", outcome, 2081);
        yield return Case("Jäähalli on jouduttu sulkemaan alkuvuonna kahtena päivänä, ja vuodelle sallittu yläraja on 12 sulkupäivää.", ForecastStatus.OnTrack,
            "a count in words under the year's ceiling so far", forecast, 2081);
        yield return Case("Jäähalli on jouduttu sulkemaan alkuvuonna 14 päivänä, ja vuodelle sallittu yläraja on 12 sulkupäivää.", ForecastStatus.WillNotBeMet,
            "a count past the year's ceiling stays past it", forecast, 2081);
        yield return Case("Ansökan om tillstånd lämnades i april, och polisen har inte meddelat när beslutet kommer.", ForecastStatus.AtRisk, "not said when the decision comes", forecast, 2081);
        yield return Case("Urakoitsija ei ole vielä ilmoittanut ongelmista.", ForecastStatus.NotAssessed, "no problems reported is no open question", forecast, 2081);
        yield return Case("Väntetiden till simskolorna är hittills i år i genomsnitt fem veckor (mål högst fyra veckor).", ForecastStatus.AtRisk,
            "an average over its ceiling so far may still come down", forecast, 2081);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
