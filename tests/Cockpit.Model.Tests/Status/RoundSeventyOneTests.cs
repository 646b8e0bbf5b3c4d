using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 71's misses and their neighbours, read once it was measured: "we believe", "vi tror", "our hunch" before a verdict;
/// "nousee tai kaatuu" (stands or falls with); what could close a place; "has still to confirm"; "a miracle"; a contract
/// called off; "det krävs att"; "långt ifrån balans"; a target figure in thousands before its unit in the genitive;
/// "syyskuuhun mennessä"; "målsiffran"; a deadline ("takaraja") and "sallittu pisin aika on" as ceilings; costs over the
/// budget after "taas"; a figure reached, then another short of what "vi räknat med"; the year's figure named without a
/// goal word ("the 60 set for the year", "vuoden luku", "årets"); "past" and "pass" as over; already more during the year;
/// a thin margin and "nätt och jämnt"; a programme's later part in its later year at year end; the year's target met during
/// it; the whole year's figure ("helårssiffran", "laskemme"); a new date not agreed; "lipesi käsistä"; the period's result
/// with no sign; "gått plus"; "enligt planering".
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
        yield return Case("Prognosen visar att vi klarar balanskravet. Nu krävs det att vi håller i för att klara det här året.", ForecastStatus.AtRisk,
            "on course, then what it takes to reach it: a condition", forecast, 2072);
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
        yield return Case("Kirjastojen tulot ylittivät budjetin 40 000 eurolla, siivouskulut taas nousivat 90 000 euroa sen yli.", ForecastStatus.AtRisk,
            "income over budget, costs 'taas' over it: a mix", outcome, 2072);
        yield return Case("Lipputuloja kertyi 60 000 euroa yli budjetin, energiakulut taas nousivat 10 000 euroa.", ForecastStatus.Achieved,
            "a smaller rise after 'taas' leaves income over budget", outcome, 2072);
        yield return Case("Kajakuthyrningen nådde 2 900 turer mot målet 2 500. Kurserna blev 14, klart färre än de 20 vi räknat med.", ForecastStatus.AtRisk,
            "one figure reached, the next short of what was expected", outcome, 2072);
        yield return Case("The climbing wall hosted 88 school groups, well past the 60 set for the year.", ForecastStatus.Achieved, "the 60 set for the year", outcome, 2072);
        yield return Case("The climbing wall hosted 48 school groups against the 60 set for the year.", ForecastStatus.WillNotBeMet, "short of the 60 set", outcome, 2072);
        yield return Case("Kiipeilyseinällä kävi 88 kouluryhmää, kun vuoden luku on 60.", ForecastStatus.Achieved, "vuoden luku is the target", outcome, 2072);
        yield return Case("Nuorten kesätyöpaikkoja saatiin 140 vuoden 220 paikan luvusta.", ForecastStatus.WillNotBeMet, "140 of the year's 220", outcome, 2072);
        yield return Case("Besökarna blev 185 000 mot årets 200 000.", ForecastStatus.WillNotBeMet, "mot årets 200 000", outcome, 2072);
        yield return Case("Ulkokuntosaleilla käytiin 81 000 kertaa, ja vuoden luku ylitti 75 000 käynnin tavoitteen.", ForecastStatus.Achieved,
            "with a target named, 'vuoden luku' is the count", outcome, 2072);
        yield return Case("Vi klarar balanskravet med knapp marginal.", ForecastStatus.AtRisk, "a thin margin", forecast, 2072);
        yield return Case("Vi klarar balanskravet med god marginal.", ForecastStatus.OnTrack, "a good margin", forecast, 2072);
        yield return Case("Budgeten går nätt och jämnt ihop i år.", ForecastStatus.AtRisk, "only just", forecast, 2072);
        yield return Case("By the end of May the repair café had fixed 412 items, already more than the 400 set for the full year.", ForecastStatus.Achieved,
            "already past the year's figure during it", forecast, 2072);
        yield return Case("Sign-ups stand at 310 after the spring term, and with the autumn intake still to come we expect to pass the 450 set for the year.",
            ForecastStatus.OnTrack, "expected to pass it", forecast, 2072);
        yield return Case("Av programmet för nya lekparker 2071–2073 blev årets fyra klara, de tre sista byggs 2073.", ForecastStatus.OnTrack,
            "a programme's later part in its later year, at year end", outcome, 2072);
        yield return Case("Av programmet för nya lekparker 2071–2073 blev årets fyra klara, men de tre sista försenas till 2074.", ForecastStatus.WillNotBeMet,
            "delayed past the programme", outcome, 2072);
        yield return Case("Lukupiiri oli kokoontunut toukokuun loppuun mennessä 22 kertaa. Vuoden tavoiteluku 20 on jo ohi.", ForecastStatus.Achieved,
            "'tavoiteluku' is a goal word, 'jo ohi' already passed", forecast, 2072);
        yield return Case("Kören hade redan i april hållit 14 konserter. Årsmålet är 12.", ForecastStatus.Achieved, "past the year's target during it", forecast, 2072);
        yield return Case("Kören har hittills hållit 8 konserter. Årsmålet är 12.", ForecastStatus.AtRisk, "short of it so far", forecast, 2072);
        yield return Case("By the end of March the club had held 26 meetings, well past the 24 set for the whole year.", ForecastStatus.Achieved,
            "had held, past the year's figure", forecast, 2072);
        yield return Case("Kaisaniemen taidelainaamon vuoden lainamääräksi laskemme 310 teosta 450 teoksen tavoitetta vasten.", ForecastStatus.WillNotBeMet,
            "the year's figure as we reckon it, short", forecast, 2072);
        yield return Case("Helårssiffran för utlåningen landar på 640 lån mot målet 1 000.", ForecastStatus.WillNotBeMet, "the whole year's figure, short",
            forecast, 2072);
        yield return Case("Helårssiffran för utlåningen landar på 1 100 lån mot målet 1 000.", ForecastStatus.OnTrack, "the whole year's figure, over", forecast, 2072);
        yield return Case("Uutta avauspäivää ei ole sovittu.", ForecastStatus.AtRisk, "no new date agreed: open", forecast, 2072);
        yield return Case("Uusi kenttä on sovittu rakennettavaksi syksyllä.", ForecastStatus.OnTrack, "agreed is settled", forecast, 2072);
        yield return Case("Kesäleirien tavoite lipesi käsistä.", ForecastStatus.WillNotBeMet, "slipped away", forecast, 2072);
        yield return Case("Kaupungin tilikauden tulos on 186 172 euroa.", ForecastStatus.Achieved, "the period's result with no sign is in the black", outcome, 2072);
        yield return Case("Tilikauden tulos on -186 172 euroa.", ForecastStatus.WillNotBeMet, "a signed deficit", outcome, 2072);
        yield return Case("Tilikauden tulos oli 58,8 milj. euroa alijäämäinen.", ForecastStatus.WillNotBeMet, "a deficit written after the figure", outcome, 2072);
        yield return Case("Det ekonomiska resultatet visar att regionen gått plus med 223 miljoner.", ForecastStatus.Achieved, "gått plus: a surplus", outcome, 2072);
        yield return Case("Byggprojektet framskred enligt planering och budget.", ForecastStatus.Achieved, "enligt planering", outcome, 2072);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
