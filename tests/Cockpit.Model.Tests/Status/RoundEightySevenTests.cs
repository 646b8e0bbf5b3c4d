using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 87, read once it was measured: its dangerous rows first — a year's count "olettaen, että" the machines arrive;
/// "valmistui kolme viidestä"; a repair "jätetty odottamaan"; investments that "toteutui … euron edestä" (a sum, no verdict).
/// Then the families: "hiipui", "venähtää"; "ei siksi ole lukua" after a reason; a count for part of the year already past the
/// year's target, with or without a verb ("höll … under januari–maj"); "arvioidaan vuodelta"; "…, eli vuoden lukemaksi tulee
/// kuusi sovitun 12:n sijaan"; booking fees, "varattuna oli", "sähkölasku"; an opening ("avajaiset") next year; "siirtyi pois
/// tämän vuoden korjausohjelmasta"; a delay caught up in the next sentence; "ett minustecken mot budget" and one the year's
/// prognosis gives; "valmistumisen yhteydessä" as a time; "bara på planeringsstadiet". With them, leftovers of round 86: "ei viedä
/// eteenpäin"; work that waits on another repair ("odottavat putkiremonttia"), after a "but" a mix; "laskee … vuoden … kulut"; an
/// audience short and then every show held; "löytyy … 9 kirjastosta 24:stä"; "lupaa, että"; "historiansa parhaan tuloksen";
/// "saa nykyään lainaksi kaikista kirjastoista"; income and costs each against its own budget in one sentence (rounds 86 and 87);
/// "invigs i april 2088" in the report for 2087.
/// </summary>
public class RoundEightySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Kerho pystyy pitämään vuoden 24 iltaa olettaen, että uudet koneet saapuvat syyskuussa. Keväällä kerho piti kahdella vanhalla koneella seitsemän iltaa.", ForecastStatus.AtRisk, "the year's count on an assumption", forecast, 2088);
        yield return Case("Liikuntaohjelman kohdista valmistui vuoden aikana neljä kuudesta.", ForecastStatus.AtRisk, "done in four of six, in words", outcome, 2088);
        yield return Case("Uimahallin peruskorjaus on jätetty odottamaan valtuuston linjausta.", ForecastStatus.AtRisk, "a repair left waiting", forecast, 0);
        yield return Case("Liikuntapaikkojen investointeja toteutui vuoden aikana noin 1,6 miljoonan euron edestä.", ForecastStatus.NotAssessed, "a sum spent is no goal realised", outcome, 2088);
        yield return Case("Kerhon ilmoittautumiset hiipuivat maalis–kesäkuussa.", ForecastStatus.AtRisk, "sign-ups waning", forecast, 2088);
        yield return Case("Tekonurmen uusimisen aloitus venähtää.", ForecastStatus.AtRisk, "a start that drags on", forecast, 0);
        yield return Case("Kävijälaskuri rikkoutui toukokuussa eikä uutta hankittu. Vuoden kävijämäärästä ei siksi ole lukua.", ForecastStatus.NotAssessed, "no figure, and the reason before it", outcome, 2088);
        yield return Case("Keilailukurssit: 410 osallistujaa heinäkuun loppuun, vuodelle sovittu 300.", ForecastStatus.Achieved, "past the year's figure by July, no verb", forecast, 2088);
        yield return Case("Biblioteket höll 23 sagostunder under januari–maj, fler än de 20 som planerats för hela året.", ForecastStatus.Achieved, "past the whole year's plan by May", forecast, 2088);
        yield return Case("Nuottilainoja arvioidaan vuodelta noin 300 sovitun 450:n sijaan.", ForecastStatus.WillNotBeMet, "the year's estimate short", forecast, 2088);
        yield return Case("Keväällä pidettiin neljä työpajaa. Ohjaajan sopimus riittää kahteen lisäpajaan, eli vuoden lukemaksi tulee kuusi sovitun 12:n sijaan.", ForecastStatus.WillNotBeMet, "the year's figure summed up, short", forecast, 2088);
        yield return Case("Tenniskenttien vuoromaksuista kertyi 0,52 M€, budjetissa 0,44 M€.", ForecastStatus.Achieved, "booking fees past the budget", outcome, 2088);
        yield return Case("Pallokentän valaistus maksoi 128 000 euroa, varattuna oli 100 000.", ForecastStatus.WillNotBeMet, "a work past the sum reserved", outcome, 2088);
        yield return Case("Jäähallin sähkölasku kasvaa vuodessa 0,41 M€:oon. Budjetissa varattiin 0,33 M€.", ForecastStatus.WillNotBeMet, "the year's electricity bill past its budget", forecast, 2088);
        yield return Case("Kirjaston lukusalin avajaiset pidetään maaliskuussa 2089.", ForecastStatus.WillNotBeMet, "opened only next year", outcome, 2088);
        yield return Case("Hyppyrimäen korjaus siirtyi pois tämän vuoden korjausohjelmasta.", ForecastStatus.WillNotBeMet, "moved out of this year's works", forecast, 2088);
        yield return Case("Katon elementit toimitettiin kaksi viikkoa myöhässä. Asentajat tekevät lisävuoroja, ja myöhästyminen kurotaan kiinni lokakuussa.", ForecastStatus.OnTrack, "a delay caught up, said next", forecast, 2088);
        yield return Case("Ett minustecken mot budget på en miljon kronor noteras dock för fritidsverksamheten.", ForecastStatus.AtRisk, "in the red against the budget so far", forecast, 0);
        yield return Case("Enligt budgeten skulle bokslutet visa ett litet plus. Enligt prognosen kommer resultatet i stället att visa ett minustecken på 0,8 miljoner euro.", ForecastStatus.WillNotBeMet, "the year's prognosis in the red", forecast, 0);
        yield return Case("Luvut ovat alustavia ja voivat muuttua tilinpäätöksen valmistumisen yhteydessä.", ForecastStatus.NotAssessed, "a completion named as a time", outcome, 0);
        yield return Case("Enligt årsredovisningen är idrottsparken fortfarande bara på planeringsstadiet.", ForecastStatus.AtRisk, "still only being planned", outcome, 0);
        yield return Case("Lautakunta päätti kesäkuussa, että uimahallihanketta ei viedä eteenpäin nykyisellä tontilla.", ForecastStatus.WillNotBeMet, "a project not taken further", forecast, 0);
        yield return Case("Useimpien kirjastojen valaistus uusittiin, mutta Kallion kirjastossa työ odottaa sähköremonttia.", ForecastStatus.AtRisk, "done, but one place waits on another work", outcome, 2088);
        yield return Case("Valtaosa uimahallien suihkuista sai vesisäästösuuttimet; Töölön hallin suihkut odottavat putkiremonttia.", ForecastStatus.AtRisk, "most done, the rest waiting on a repair", outcome, 2087);
        yield return Case("Uusi siivoussopimus laskee kirjastojen vuoden siivouskulut 0,41 M€:oon; budjetoitu summa 0,47 M€.", ForecastStatus.OnTrack, "the year's costs lowered under the budget", forecast, 2088);
        yield return Case("Kouluille suunnatut teatteriesitykset keräsivät 900 oppilasta odotetun 1 600:n sijaan. Kaikki 14 esitystä pidettiin suunnitellusti.", ForecastStatus.AtRisk, "an audience short, then every show held", outcome, 2088);
        yield return Case("Skolföreställningarna nådde 600 elever mot väntade 1 200. Samtliga åtta föreställningar gavs ändå.", ForecastStatus.AtRisk, "the same in Swedish", outcome, 2088);
        yield return Case("Lainattavia lumikenkiä löytyy vuoden päättyessä 9 kirjastosta 24:stä.", ForecastStatus.AtRisk, "found in part of the whole", outcome, 2088);
        yield return Case("Uimavalvoja lupaa silti, että rannalla on valvonta jo tänä kesänä.", ForecastStatus.OnTrack, "promised for this summer", forecast, 0);
        yield return Case("Kunta teki vuonna 2019 historiansa parhaan tuloksen.", ForecastStatus.Achieved, "the best result in its history", outcome, 0);
        yield return Case("Sateenvarjoja saa nykyään lainaksi kaikista uimahalleista.", ForecastStatus.Achieved, "now in every place, at year end", outcome, 2088);
        yield return Case("Kesäkonserttien lipputulot olivat 0,42 M€ budjetoidun 0,35 M€:n sijaan, samalla äänentoiston vuokrakulut kasvoivat 0,12 M€:oon budjetoidusta 0,08 M€:sta.", ForecastStatus.AtRisk, "income over its budget, costs over theirs: a mix", outcome, 2088);
        yield return Case("Kesäkonserttien lipputulot olivat 0,42 M€ budjetoidun 0,35 M€:n sijaan, ja äänentoiston vuokrakulut jäivät 0,06 M€:oon budjetoidusta 0,08 M€:sta.", ForecastStatus.Achieved, "income over and costs under, each against its budget", outcome, 2088);
        yield return Case("Kesäkonserttien lipputulot olivat 0,30 M€ budjetoidun 0,35 M€:n sijaan, ja äänentoiston vuokrakulut kasvoivat 0,12 M€:oon budjetoidusta 0,08 M€:sta.", ForecastStatus.WillNotBeMet, "income under and costs over, each against its budget", outcome, 2088);
        yield return Case("Den nya beachvolleyplanen i Kvarnbäcken invigs i maj 2089.", ForecastStatus.WillNotBeMet, "inaugurated only next year", forecast, 2088);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
