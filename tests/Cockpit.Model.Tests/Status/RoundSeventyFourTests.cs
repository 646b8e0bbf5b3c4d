using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 74's dangerous rows and their neighbours, read once it was measured: "enemmän puoltaa kuin vastustaa"; "ei ole
/// vielä ratkaissut"; "240 paikasta on varattu 90"; "kuuden liikuntahallin katolle yhdeksästä"; "lipsui" into next year;
/// "uskon"; on course so far, then "kuitenkin luvassa haasteita"; as budgeted, "tosin" taken back; a result "kääntynyt"
/// from surplus into deficit; "till största del"; sick leave is better lower; what the budget "skall" show is no result; then
/// some of its other misses: "vuoden vuorotuntiarvio"; hopes "vähissä"; "karsittiin"; "niukemmin" and "utöver" a budget;
/// "jokaisen"; "ei esitetä"; "rimligen"; a date before the perfect; pairs of figures each in their own brackets; old deficits
/// covered ("kattaa … kertyneet alijäämät", not "on katettava") or brought into balance; a rank ("plats 48").
/// </summary>
public class RoundSeventyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Enemmän puoltaa kuin vastustaa se, että uusi skeittiallas avataan kesäkuussa.", ForecastStatus.AtRisk, "more for than against: likely",
            forecast, 2076);
        yield return Case("Vuokranantaja ei ole vielä ratkaissut, luovutetaanko tila leirin käyttöön.", ForecastStatus.AtRisk, "not yet decided", forecast, 2076);
        yield return Case("Vuokranantaja ratkaisi asian maaliskuussa.", ForecastStatus.NotAssessed, "decided", forecast, 2076);
        yield return Case("Syyslomaleirien 200 paikasta on varattu 60.", ForecastStatus.AtRisk, "60 of 200 places so far, the places the whole", forecast, 2076);
        yield return Case("Aurinkopaneelit asennettiin vuoden aikana neljän uimahallin katolle seitsemästä.", ForecastStatus.AtRisk, "four of seven",
            outcome, 2075);
        yield return Case("Huoltorakennuksen valmistuminen lipsui seuraavan vuoden maaliskuulle.", ForecastStatus.WillNotBeMet, "slipped into next year",
            outcome, 2075);
        yield return Case("Tavoite oli, että työt olisivat alkaneet jo kesällä, mutta uskon aikataulun pitävän.", ForecastStatus.AtRisk, "I believe: probably",
            forecast, 2076);
        yield return Case("Alkuvuosi sujui talousarvion mukaisesti. Loppuvuodelle on kuitenkin luvassa haasteita.", ForecastStatus.AtRisk,
            "on course so far, then trouble ahead", forecast, 2076);
        yield return Case("Alkuvuosi sujui talousarvion mukaisesti.", ForecastStatus.OnTrack, "on course so far", forecast, 2076);
        yield return Case("Vuodesta tuli talousarvion mukaisesti tappiollinen, tosin paljon odotettua heikompi.", ForecastStatus.AtRisk, "as budgeted, granted, then taken back",
            outcome, 2075);
        yield return Case("Tilinpäätös on kääntynyt ennakoidusta ylijäämästä kaksi miljoonaa euroa alijäämäiseksi.", ForecastStatus.WillNotBeMet,
            "turned from a surplus into a deficit", outcome, 2075);
        yield return Case("Nämnderna bedöms till största del hålla sina årsbudgetar.", ForecastStatus.AtRisk, "for the most part", forecast, 2076);
        yield return Case("Antalet sjukskrivningar har ökat med 30 procent.", ForecastStatus.AtRisk, "more sick leave is worse", forecast, 2076);
        yield return Case("Enligt budgeten skall bokslutet visa ett överskott på 50 000 euro.", ForecastStatus.NotAssessed, "what the budget is to show", forecast, 2076);
        yield return Case("Padelkenttien vuoden vuorotuntiarvio on 2 800 tavoitteen ollessa 3 600 tuntia.", ForecastStatus.WillNotBeMet, "the year's estimate short",
            forecast, 2076);
        yield return Case("Toiveet 30 uuden kerhon käynnistämisestä tänä vuonna ovat vähissä.", ForecastStatus.WillNotBeMet, "hopes scarce", forecast, 2076);
        yield return Case("Pukukoppien uusiminen karsittiin tämän vuoden työohjelmasta.", ForecastStatus.WillNotBeMet, "cut from the year's programme", forecast, 2076);
        yield return Case("Rantasaunan lipputuloja kertyi 20 000 euroa budjetoitua niukemmin.", ForecastStatus.WillNotBeMet, "income scarcer than budgeted", outcome, 2075);
        yield return Case("Jokaisen uimahallin allasosastolla on nyt nostolaite.", ForecastStatus.Achieved, "every one now has it", outcome, 2075);
        yield return Case("Käyttöasteesta ei saatu luotettavaa tietoa. Mittarin arvoa ei siksi esitetä.", ForecastStatus.NotAssessed, "the value not given", outcome, 2075);
        yield return Case("Rimligen räcker isen till de planerade 60 grupperna.", ForecastStatus.AtRisk, "presumably: likely, not sure", forecast, 2076);
        yield return Case("Bevakningen kostade 90 000 euro utöver budgetramen.", ForecastStatus.WillNotBeMet, "beyond the budget frame", outcome, 2075);
        yield return Case("By the end of April, 52 families had borrowed a kit against a target of 40 for the whole year.", ForecastStatus.Achieved,
            "past the year's target during it, the perfect after the date", forecast, 2076);
        yield return Case("Kokoontumiset (212 kertaa, vuoden tavoite 180) ja lainat (1 460, tavoite 1 300) olivat jo tavoitteiden yläpuolella.",
            ForecastStatus.Achieved, "two pairs, each in its own brackets", forecast, 2076);
        yield return Case("Kokoontumiset (212 kertaa, vuoden tavoite 180) ja lainat (1 160, tavoite 1 300) olivat vuoden tasolla.", ForecastStatus.AtRisk,
            "two pairs, one short", forecast, 2076);
        yield return Case("Tulos kattaa kaupungin taseeseen kertyneet alijäämät.", ForecastStatus.Achieved, "the result covers the old deficits", outcome, 2075);
        yield return Case("Alueiden on katettava alijäämänsä vuoden 2078 loppuun mennessä.", ForecastStatus.AtRisk, "a duty to cover is no cover", forecast, 2076);
        yield return Case("Pitkään jatkunut alijäämäkehitys on saatu sopeuttamistoimien ansiosta tasapainoon.", ForecastStatus.Achieved,
            "a deficit trend brought into balance", outcome, 2075);
        yield return Case("Målet var plats 50 eller bättre och utfallet blev plats 48.", ForecastStatus.Achieved, "a rank is better lower", outcome, 2075);
        yield return Case("Målet var plats 50 eller bättre och utfallet blev plats 58.", ForecastStatus.WillNotBeMet, "a rank short of it", outcome, 2075);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
