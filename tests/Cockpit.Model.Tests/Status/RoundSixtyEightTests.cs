using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 68's misses and their neighbours, read once it was measured: a result or balance against the one budgeted, signed
/// ("-409 620 … +638 752", a deficit smaller than budgeted); a goal that rests on a condition ("nojaa siihen", "on sen varassa",
/// "kräver att"); "unlikely" said with a reason after it, "ei ole todennäköistä", "föga troligt"; "aikataulussaan"; a delay
/// with a later month of the year to be ready in; a cancellation not replaced beside the rest held; a count short out of a
/// whole in the elative; "only a third" after a verdict; a target figure with its unit in the genitive ("yli 20 000 hengen
/// tavoitteen"); a level set as the target ("asetetun tason", "den uppsatta nivån"); the plan's figure after "than"
/// ("än årsplanens 28"); a study done while the project's start slips; spending that grows.
/// </summary>
public class RoundSixtyEightTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Tilikauden tulokseksi oli arvioitu -409 620 euroa, mutta toteutuma oli +638 752 euroa.", ForecastStatus.Achieved,
            "a surplus where a deficit was budgeted", RoundKind.Outcome, 2068);
        yield return Case("Tilikauden tulokseksi oli budjetoitu -409 620 euroa, mutta toteutuma oli -938 752 euroa.", ForecastStatus.WillNotBeMet,
            "a deficit deeper than budgeted", RoundKind.Outcome, 2068);
        yield return Case("Kunnan tilikauden alijäämä oli 1,2 miljoonaa euroa, kun talousarviossa alijäämäksi arvioitiin 2,5 miljoonaa euroa.",
            ForecastStatus.Achieved, "a deficit smaller than budgeted", RoundKind.Outcome, 2068);
        yield return Case("Liikunnan toimintakatteen toteuma oli -41,6 milj. euroa talousarvion ollessa -42,2 milj. euroa.", ForecastStatus.Achieved,
            "a margin below zero, better than budgeted", RoundKind.Outcome, 2068);
        yield return Case("Underskottet blev 12,4 miljoner kronor, medan budgeten förutsatte ett underskott på 18 miljoner kronor.", ForecastStatus.Achieved,
            "underskott smaller than budgeted", RoundKind.Outcome, 2068);
        yield return Case("Tuloksen ennustetaan olevan -1,2 miljoonaa euroa, kun talousarviossa tulos on -0,4 miljoonaa euroa.", ForecastStatus.WillNotBeMet,
            "a result forecast below the budgeted one", RoundKind.Forecast, 2068);
        yield return Case("Årets resultat är negativt med 371,3 mkr, vilket är ett underskott mot budget på 456,3 mkr.", ForecastStatus.WillNotBeMet,
            "a deviation against budget is no budgeted amount", RoundKind.Outcome, 2068);
        yield return Case("Kesätapahtumien kävijätavoitteen toteutuminen nojaa siihen, että kentän tapahtumalupa uusitaan toukokuussa.", ForecastStatus.AtRisk,
            "rests on a permit", RoundKind.Forecast, 2068);
        yield return Case("Tavoitteen saavuttaminen on sen varassa, että uusi ohjaaja saadaan syksyksi.", ForecastStatus.AtRisk, "depends on an instructor", RoundKind.Forecast, 2068);
        yield return Case("Att nå målet på 400 deltagare kräver att hyresavtalet för lokalen förlängs.", ForecastStatus.AtRisk, "requires a lease", RoundKind.Forecast, 2068);
        yield return Case("On epätodennäköistä, että uutta tekonurmea päästään käyttämään tänä vuonna, sillä toimitus on siirretty joulukuulle.",
            ForecastStatus.WillNotBeMet, "unlikely, with a delay as the reason", RoundKind.Forecast, 2068);
        yield return Case("Ei ole todennäköistä, että kävijämäärä nousee tavoitteeseen.", ForecastStatus.WillNotBeMet, "not likely", RoundKind.Forecast, 2068);
        yield return Case("Det är föga troligt att badstranden når 15 000 besök i år.", ForecastStatus.WillNotBeMet, "föga troligt", RoundKind.Forecast, 2068);
        yield return Case("Ohjelman toimeenpano vuosina 2067–2069 on aikataulussaan.", ForecastStatus.OnTrack, "on its schedule", RoundKind.Outcome, 2068);
        yield return Case("Nuorisotalon remontti viivästyi kuukaudella, mutta valmistuu lokakuun lopussa ennen syyslomaa.", ForecastStatus.OnTrack,
            "late, but ready in October", RoundKind.Forecast, 2068);
        yield return Case("Renoveringen blev en månad försenad men står klar i slutet av oktober.", ForecastStatus.OnTrack, "försenad men klar i oktober", RoundKind.Forecast, 2068);
        yield return Case("The climbing wall reopens in September after a delayed repair.", ForecastStatus.OnTrack, "reopens after a delay", RoundKind.Forecast, 2068);
        yield return Case("Remontti viivästyi, eikä se valmistu lokakuussa.", ForecastStatus.AtRisk, "not ready in October", RoundKind.Forecast, 2068);
        yield return Case("Kesäkonsertit järjestettiin suunnitellusti, mutta elokuun leiri peruttiin, eikä sitä korvata.", ForecastStatus.AtRisk,
            "the rest held, one not replaced", RoundKind.Forecast, 2068);
        yield return Case("Elokuun leiri peruttiin, eikä sitä korvata.", ForecastStatus.WillNotBeMet, "cancelled, not replaced", RoundKind.Forecast, 2068);
        yield return Case("Neljä toimialan viidestätoista sitovasta mittarista jäi alle tavoitearvonsa.", ForecastStatus.AtRisk, "four of fifteen short", RoundKind.Outcome, 2068);
        yield return Case("Kolme 12 sitovasta mittarista jäi alle tavoitteen.", ForecastStatus.AtRisk, "three of twelve short", RoundKind.Outcome, 2068);
        yield return Case("Asiakasmäärä nousi tavoitteeseen, mutta jatkoseuranta tehtiin vain kolmannekselle asiakkaista.", ForecastStatus.AtRisk,
            "met, but only a third followed up", RoundKind.Outcome, 2068);
        yield return Case("Kävijöitä oli 21 400, eli tapahtuma ylitti yli 20 000 hengen tavoitteen.", ForecastStatus.Achieved,
            "a target figure with its unit in the genitive", RoundKind.Outcome, 2068);
        yield return Case("Käyttöaste jäi 11 prosentin verran asetetun tason alle.", ForecastStatus.WillNotBeMet, "below the level set", RoundKind.Outcome, 2068);
        yield return Case("Andelen hamnade under den uppsatta nivån.", ForecastStatus.WillNotBeMet, "under den uppsatta nivån", RoundKind.Outcome, 2068);
        yield return Case("Av de tolv skolor som skulle erbjudas kulturstigen hann nio delta under året.", ForecastStatus.NotAssessed,
            "what was done after 'skulle' is no target reached", RoundKind.Outcome, 2068);
        yield return Case("Hankeselvitys on valmistunut jo vuonna 2064, mutta hankkeen alku on hilautunut useista syistä eteenpäin.", ForecastStatus.AtRisk,
            "a study done, the project's start delayed", RoundKind.Forecast, 2068);
        yield return Case("Menot ovat kasvaneet vuodesta toiseen.", ForecastStatus.AtRisk, "spending grew", RoundKind.Forecast, 2068);
        yield return Case("Toimintakate on kasvanut vuodesta toiseen.", ForecastStatus.AtRisk, "net spending grew", RoundKind.Forecast, 2068);
        yield return Case("Kostnadstäckningen har stigit till 45 %.", ForecastStatus.OnTrack, "cost coverage is no spending", RoundKind.Forecast, 2068);
        yield return Case("Kiitämme henkilökuntaa siitä, että toiminnalliset tavoitteet saatiin toteutettua.", ForecastStatus.Achieved,
            "the goals got realised", RoundKind.Outcome, 2068);
        yield return Case("Toimenpiteet saatiin toteutettua.", ForecastStatus.OnTrack, "measures carried out are no goal met", RoundKind.Outcome, 2068);
        yield return Case("Terveyskeskuksen laajennus- ja peruskorjaus on loppusuoralla.", ForecastStatus.OnTrack, "in the final stretch", RoundKind.Forecast, 2068);
        yield return Case("Hanke ei ole vielä loppusuoralla.", ForecastStatus.AtRisk, "not yet in the final stretch", RoundKind.Forecast, 2068);
        yield return Case("Lainauksia kertyy kuukausittain enemmän kuin vuosisuunnitelma vaatii.", ForecastStatus.OnTrack, "more than the plan asks", RoundKind.Forecast, 2068);
        yield return Case("Lainauksia kertyy vähemmän kuin vuosisuunnitelma vaatii.", ForecastStatus.AtRisk, "fewer than the plan asks", RoundKind.Forecast, 2068);
        yield return Case("Redan före sommaren hade 31 författare gästat biblioteket, tre fler än årsplanens 28 besök.", ForecastStatus.Achieved,
            "already more than the year's plan", RoundKind.Forecast, 2068);
        yield return Case("Vieraita on ollut 20, kahdeksan vähemmän kuin vuosisuunnitelman 28.", ForecastStatus.AtRisk, "fewer than the plan so far", RoundKind.Forecast, 2068);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
