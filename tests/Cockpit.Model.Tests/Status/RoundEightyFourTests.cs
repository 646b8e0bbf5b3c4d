using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 84, read once it was measured: its dangerous rows first — few of the places booked so far; an audience short of
/// the expected "medan … hade väntats"; damp found in a building; measures in the red rising. Then the families: disbelief
/// ("vaikea uskoa", "tror knappast"); counts of those who came against the year's figure or plan; amounts against what was
/// calculated; a permitted ceiling; the year's costs raised past the budgeted sum; several amounts each with its budget
/// in brackets; no final sum to judge by; "avklarat"; a first time in a later year; the rest left for the plan's last
/// year; a study's completion as a time to come; proposals, motions and grants (procedure); decided against ("päätti, ettei
/// … toteuteta", "Det blir inget …"); an upward trend; reserves formed; good news granted before overruns; a rink
/// "on valmis" during the year; "var det invigning"; "Nu står … klara"; amounts "kuin arvioitu", in the cost estimates, and a
/// second item the other way after "taas"; costs kept "inom ramen för kostnaderna", then "Det gör däremot inte …"; "nu är
/// arbetet färdigt" after "och"; a time "ennen … aloittamista"; a use that "ei ole mahdollista jatkaa".
/// </summary>
public class RoundEightyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Kevään konsertit pidettiin; syksyn maalauskurssin 60 paikasta on varattu 14.", ForecastStatus.AtRisk, "few of the places booked so far", forecast, 2085);
        yield return Case("Alla åtta konserter hölls. Publiken var 700 personer, medan 1 400 hade väntats.", ForecastStatus.AtRisk, "held, but the audience short of the expected", outcome, 2085);
        yield return Case("Publiken var 700 personer, medan 1 400 hade väntats.", ForecastStatus.WillNotBeMet, "an audience short of the expected", outcome, 2085);
        yield return Case("Nuorisotalon lattiassa on mitattu kohonneita kosteuksia.", ForecastStatus.AtRisk, "damp found in the building", forecast, 2085);
        yield return Case("Antalet röda indikatorer har ökat från 4 till 7.", ForecastStatus.AtRisk, "more measures in the red", outcome, 2085);
        yield return Case("Meidän on vaikea uskoa, että kaikki 16 iltaa saadaan pidettyä tänä vuonna.", ForecastStatus.WillNotBeMet, "hard to believe it will be done", forecast, 2085);
        yield return Case("Vi tror knappast att gården hinner med alla 14 filmkvällar.", ForecastStatus.WillNotBeMet, "we hardly believe it", forecast, 2085);
        yield return Case("Kesäleireille osallistui heinäkuun loppuun 510 lasta, vuoden luvun ollessa 450.", ForecastStatus.Achieved, "those who came already past the year's figure", forecast, 2085);
        yield return Case("Gården höll 21 spelkvällar under januari–maj, medan hela årets plan var 18.", ForecastStatus.Achieved, "past the year's plan already", forecast, 2085);
        yield return Case("By the end of April the chess club had drawn 140 players, well past the 120 planned for the year.", ForecastStatus.Achieved, "well past the year's planned figure", forecast, 2085);
        yield return Case("Kahvilan vuokratulot jäivät 14 000 euroa laskettua pienemmiksi.", ForecastStatus.WillNotBeMet, "income short of the calculated", outcome, 2085);
        yield return Case("Saunan remontti jäi laskelmaansa 6 000 euroa halvemmaksi.", ForecastStatus.Achieved, "cheaper than its own estimate", outcome, 2085);
        yield return Case("Vahinkoilmoituksia kirjattiin vuodessa 9 sallitun ylärajan ollessa 12.", ForecastStatus.Achieved, "under the permitted ceiling", outcome, 2085);
        yield return Case("Vahinkoilmoituksia kirjattiin vuodessa 15 sallitun ylärajan ollessa 12.", ForecastStatus.WillNotBeMet, "past the permitted ceiling", outcome, 2085);
        yield return Case("Kaukolämmön hinta nousi 18 prosenttia, mikä nostaa vuoden lämmityskulut 0,74 M€:oon, vaikka budjetoitu summa on 0,60 M€.", ForecastStatus.WillNotBeMet,
            "the year's costs raised past the budgeted sum", forecast, 2085);
        yield return Case("Kioskin myyntitulot olivat 0,18 M€ (budjetti 0,15 M€) ja siivouksen kulut 0,09 M€ (budjetti 0,06 M€).", ForecastStatus.AtRisk, "income over, costs over: a mix", outcome, 2085);
        yield return Case("Kioskin myyntitulot olivat 0,18 M€ (budjetti 0,15 M€) ja siivouksen kulut 0,05 M€ (budjetti 0,06 M€).", ForecastStatus.Achieved, "both better than budgeted", outcome, 2085);
        yield return Case("Lipputuloista ei saatu vuodelta lopullista summaa, eikä loppuvuoden myyntejä ole saatu eroteltua.", ForecastStatus.NotAssessed, "no final sum to judge by", outcome, 2085);
        yield return Case("Årets mål för simskolan var avklarat redan i augusti.", ForecastStatus.Achieved, "done with, met", outcome, 2085);
        yield return Case("Konstisbanan i Kvarnbäcken öppnar för första gången i december 2086.", ForecastStatus.WillNotBeMet, "first opened in a later year", forecast, 2085);
        yield return Case("Valaistus sytytetään ensimmäisen kerran marraskuussa.", ForecastStatus.NotAssessed, "first lit this year: no verdict from that alone", forecast, 2085);
        yield return Case("Four playgrounds were refurbished this year; the other two remain for 2086, the final year of the plan.", ForecastStatus.OnTrack,
            "the rest in the plan's last year", outcome, 2085);
        yield return Case("Kuntotutkimuksen valmistuttua syyskuussa päätetään, mitä katolle tehdään.", ForecastStatus.NotAssessed, "once the study is done, a decision", forecast, 2085);
        yield return Case("Kävijälaskennan tilalle on ehdotettu porttilaskureita.", ForecastStatus.NotAssessed, "a proposal, nothing done", forecast, 2085);
        yield return Case("Lautakunta päätti, ettei kentän kattamista toteuteta tänä vuonna.", ForecastStatus.WillNotBeMet, "decided against", forecast, 2085);
        yield return Case("Nämnden beslutade att läktaren inte byggs i år.", ForecastStatus.WillNotBeMet, "decided against, in Swedish", forecast, 2085);
        yield return Case("Ennen päätöstä laajennusta ei voi aloittaa.", ForecastStatus.AtRisk, "waiting for a decision is no decision against", forecast, 2085);
        yield return Case("Det blir ingen ny konstgräsplan i Hagalund.", ForecastStatus.WillNotBeMet, "there will be none", forecast, 2085);
        yield return Case("Det blev inget beslut om den nya idrottshallen i kväll.", ForecastStatus.NotAssessed, "no decision yet is procedure", forecast, 2085);
        yield return Case("Aloitteen mukaan kirjaston yhteyteen voitaisiin rakentaa pelihuone.", ForecastStatus.NotAssessed, "what a motion asks", forecast, 2085);
        yield return Case("Föreningen har sökt och beviljats 120 000 kronor för att rusta upp elljusspåret.", ForecastStatus.NotAssessed, "a grant for the work", forecast, 2085);
        yield return Case("Besöksantalet har en tydlig uppåtgående trend.", ForecastStatus.OnTrack, "an upward trend", outcome, 2085);
        yield return Case("Museon kävijämäärä on ollut nousujohteinen.", ForecastStatus.OnTrack, "a rising count", outcome, 2085);
        yield return Case("Under året har två nya naturreservat bildats.", ForecastStatus.OnTrack, "work done toward a goal of many years", outcome, 2085);
        yield return Case("Året bjöd på många goda nyheter, men också på kostnadsöverskridningar.", ForecastStatus.AtRisk, "good news, but overruns too: a mix", outcome, 2085);
        yield return Case("Året bjöd på kostnadsöverskridningar.", ForecastStatus.WillNotBeMet, "overruns alone", outcome, 2085);
        yield return Case("Lauttasaaren kaukalo on nyt valmis.", ForecastStatus.Achieved, "a rink finished during the year", forecast, 2085);
        yield return Case("Lauttasaaren kaukalo on valmis marraskuussa.", ForecastStatus.OnTrack, "finished later this year", forecast, 2085);
        yield return Case("Hankesuunnitelma on valmis, ja rakentaminen alkaa syksyllä.", ForecastStatus.OnTrack, "a plan ready is a step, not the work", forecast, 2085);
        yield return Case("I lördags var det invigning av den nya utegymmet i Hertonäs.", ForecastStatus.Achieved, "inaugurated, done", forecast, 2085);
        yield return Case("Nu står nya pingisbord klara i Kronohagen.", ForecastStatus.Achieved, "ready now", forecast, 2085);
        yield return Case("Nu står det klart att renoveringen drar ut på tiden.", ForecastStatus.AtRisk, "it is clear that: no readiness", forecast, 2085);
        yield return Case("Kustannusarvioissa pysyttiin molempien hankkeiden osalta.", ForecastStatus.Achieved, "kept within the cost estimates", outcome, 2085);
        yield return Case("Pääsylipputuloja kertyi 120 000 euroa enemmän kuin arvioitu.", ForecastStatus.Achieved, "income more than estimated", outcome, 2085);
        yield return Case("Lipputuloja kertyi 40 000 euroa vähemmän kuin oli arvioitu, vuokratuloja taas 60 000 euroa enemmän.", ForecastStatus.AtRisk, "one short, the other over: a mix", outcome, 2085);
        yield return Case("Lokakuussa ei arvioitu menojen ylittyvän, mutta vuoden lopussa ne ylittivät talousarvion 90 000 eurolla.", ForecastStatus.WillNotBeMet, "an estimate denied is no comparison", outcome, 2085);
        yield return Case("Fritidsgårdarna håller sig inom ramen för kostnaderna. Det gör däremot inte simhallen.", ForecastStatus.AtRisk, "kept by one, not by the other: a mix", forecast, 2085);
        yield return Case("Fritidsgårdarna håller sig inom ramen för kostnaderna.", ForecastStatus.OnTrack, "within the frame of the costs", forecast, 2085);
        yield return Case("Kulturskolan mäts inom ramen för Våga Visa.", ForecastStatus.NotAssessed, "within the scope of a programme, no budget", forecast, 2085);
        yield return Case("Under våren har bänkarna monterats i parken och nu är arbetet färdigt.", ForecastStatus.Achieved, "finished now, after 'och'", forecast, 2085);
        yield return Case("Hankkeen tavoitteet asetetaan ennen suunnittelun aloittamista.", ForecastStatus.NotAssessed, "before the start is no start", forecast, 2085);
        yield return Case("Nuorisotalon suunnittelu aloitettiin maaliskuussa.", ForecastStatus.OnTrack, "a start made", forecast, 2085);
        yield return Case("Koulun liikuntasalin käyttöä ei ole mahdollista jatkaa syksyllä.", ForecastStatus.AtRisk, "a hall that cannot go on: a loss, a risk", forecast, 2085);
        yield return Case("Tavoitteeseen ei ole mahdollista päästä tänä vuonna.", ForecastStatus.WillNotBeMet, "the goal ruled out", forecast, 2085);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
