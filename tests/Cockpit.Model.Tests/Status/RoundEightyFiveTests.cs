using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 85, read once it was measured: its dangerous rows first — a year's count "300 sovittua vähemmän"; a count of
/// those who came against lessons "planned for 50", with the count in words; a budget asked about ("håller ens
/// budgeten?") and costs that "kan stiga". Then the families: a difference "N suunniteltua useammin"; a ceiling "12 tunnin
/// ylärajan alla", also in words; a figure "mot 20 för hela året" or "while 25 were planned for the whole year"; a count
/// that "supistui"; work that "ei mahtunut" in the year's money; costs against the sum "varatun … sijasta"; "kertyi … saakka 540, vuoden luku 420"; "årets kvot fylld"; "planen var 250";
/// "toimii 9 kirjaston palvelutiskillä 25:stä"; "ohittivat … vuodelle sovitun luvun"; "vaivaiset 45 kertaa"; "Nu står … klart" with three
/// things named; costs under the budget, then income short in the next sentence; a count still falling or changed "med 40
/// personer"; a result "tappiolliseksi"; work that "on mahdollista uusia"; "Tanken är att …", a plan; "gav alla nio planerade"
/// shows before an audience short; the building done while the opening waits on a condition; "suunnitellusta 140:stä
/// puuttui"; "laskee vuoden kulut"; "med 0,29 M€ i budget"; "budgetens 8 800"; "ei niin synkkä kuin arvioitiin"; "emme
/// saa täyteen"; "Flytten till" a place.
/// </summary>
public class RoundEightyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Lainapyörille kertyy vuodessa noin 700 lainaa 250 sovittua vähemmän.", ForecastStatus.WillNotBeMet, "the year's count, fewer than agreed", forecast, 2086);
        yield return Case("Lainapyörille on kertynyt kesäkuuhun mennessä 300 lainaa 50 sovittua vähemmän.", ForecastStatus.AtRisk, "fewer so far", forecast, 2086);
        yield return Case("Lumikenkien lainoja kirjattiin 460, eli 120 suunniteltua useammin.", ForecastStatus.Achieved, "more often than planned", outcome, 2086);
        yield return Case("Twelve pensioners joined the drawing classes planned for 40.", ForecastStatus.WillNotBeMet, "a count in words against what was planned", outcome, 2086);
        yield return Case("45 pensioners joined the drawing classes planned for 40.", ForecastStatus.Achieved, "more than planned", outcome, 2086);
        yield return Case("Blir budgeten i balans? Det är för tidigt att säga, men energikostnaderna kan stiga under hösten.", ForecastStatus.AtRisk, "a question, then costs that may rise", forecast, 0);
        yield return Case("Museon energikustannukset saattavat nousta syksyllä.", ForecastStatus.AtRisk, "costs that may rise", forecast, 2086);
        yield return Case("Kirjastoauton huoltokatkoja kertyi vuodessa 7 tuntia kymmenen tunnin ylärajan alla.", ForecastStatus.Achieved, "under a ceiling in words", outcome, 2086);
        yield return Case("Kirjastoauton huoltokatkoja kertyi vuodessa 7 tuntia 10 tunnin ylärajan alla.", ForecastStatus.Achieved, "under a ceiling after its unit", outcome, 2086);
        yield return Case("Fritidsgården höll 18 filmkvällar under januari–mars, mot 15 för hela året.", ForecastStatus.Achieved, "already past the whole year's figure", forecast, 2086);
        yield return Case("By the end of April the youth centre had held 30 game nights, while 24 were planned for the whole year.", ForecastStatus.Achieved, "past the year's plan already", forecast, 2086);
        yield return Case("Tenniskenttien vuorojen määrä supistui tasaisesti maalis–kesäkuussa.", ForecastStatus.AtRisk, "a count shrinking", forecast, 2086);
        yield return Case("Pallokentän aitojen uusiminen ei mahtunut tämän vuoden korjausrahoihin.", ForecastStatus.WillNotBeMet, "no room in the year's money", forecast, 2086);
        yield return Case("Pallokentän aitojen uusiminen mahtui tämän vuoden määrärahoihin.", ForecastStatus.OnTrack, "room in the money", forecast, 2086);
        yield return Case("Ilmanvaihdon huollot maksoivat 0,31 M€ varatun 0,25 M€:n sijasta.", ForecastStatus.WillNotBeMet, "costs past the sum set aside", outcome, 2086);
        yield return Case("Ilmanvaihdon huollot maksoivat 0,21 M€ varatun 0,25 M€:n sijasta.", ForecastStatus.Achieved, "costs under the sum set aside", outcome, 2086);
        yield return Case("Satutunteja kertyi heinäkuun loppuun saakka 320, vuoden luku 300.", ForecastStatus.Achieved, "already past the year's figure", forecast, 2086);
        yield return Case("Satutunteja kertyi heinäkuun loppuun saakka 220, vuoden luku 300.", ForecastStatus.OnTrack, "ahead of the pace, not past the figure", forecast, 2086);
        yield return Case("Redan i juni var årets kvot fylld.", ForecastStatus.Achieved, "the year's quota filled", forecast, 2086);
        yield return Case("210 barn deltog i simskolan, planen var 180.", ForecastStatus.Achieved, "past the plan", outcome, 2086);
        yield return Case("110 barn deltog i simskolan, planen var 180.", ForecastStatus.WillNotBeMet, "short of the plan", outcome, 2086);
        yield return Case("Uusi lainausautomaatti toimii vuoden lopussa 6 kirjastossa 20:stä.", ForecastStatus.AtRisk, "working in part of the whole", outcome, 2086);
        yield return Case("Lainattujen lautapelien määrä ohitti vuodelle sovitun luvun syyskuussa.", ForecastStatus.Achieved, "past the figure agreed for the year", forecast, 2086);
        yield return Case("Kajakkeja vuokrattiin touko–kesäkuussa vaivaiset 40 kertaa.", ForecastStatus.AtRisk, "a measly count", forecast, 2086);
        yield return Case("Nu står nya simhallen, gymmet och caféet klart och ombyggnaden av entrén pågår.", ForecastStatus.Achieved, "ready now, three things named", forecast, 0);
        yield return Case("Kulttuuritoimen kulut alittivat talousarvion 120 000 euroa. Pääsylipputulot alittuivat 60 000 euroa.", ForecastStatus.AtRisk, "costs under, then income short: a mix", outcome, 0);
        yield return Case("Kulttuuritoimen pääsylipputulot alittuivat 60 000 euroa.", ForecastStatus.WillNotBeMet, "income short alone", outcome, 0);
        yield return Case("Kunnan asukasluku vähenee edelleen.", ForecastStatus.AtRisk, "a count still falling", forecast, 0);
        yield return Case("På helår minskade antalet låntagare med cirka 300 personer.", ForecastStatus.AtRisk, "fewer by a count", outcome, 0);
        yield return Case("Det är en ökning med 150 besökare jämfört med år 2085.", ForecastStatus.OnTrack, "more by a count", outcome, 0);
        yield return Case("Tilikauden tulos jäi tappiolliseksi 1,2 milj. euroa.", ForecastStatus.WillNotBeMet, "the year's result a loss", outcome, 0);
        yield return Case("Uimalan laituri on mahdollista uusia jo tänä vuonna.", ForecastStatus.AtRisk, "work only possible", forecast, 2086);
        yield return Case("Tanken är att parkens lekplats ska färdigställas under året.", ForecastStatus.NotAssessed, "a plan, what is meant", forecast, 2086);
        yield return Case("Parkens lekplats färdigställs under året.", ForecastStatus.OnTrack, "the same as a forecast", forecast, 2086);
        yield return Case("Musikhuset gav alla tolv planerade skolkonserter. Publiken var 900 elever, medan 1 500 hade väntats.", ForecastStatus.AtRisk, "every concert given, the audience short", outcome, 2086);
        yield return Case("Bollplanen öppnar i september på villkor att belysningen godkänns vid besiktningen. Bygget blev klart i augusti.", ForecastStatus.AtRisk, "the building done, the opening on a condition", forecast, 2086);
        yield return Case("Bollplanen invigdes i augusti. Bygget blev klart i juni.", ForecastStatus.Achieved, "opened, and built", forecast, 2086);
        yield return Case("Kesäkursseille osallistui 60 henkeä, eli suunnitellusta 150:stä puuttui yli puolet.", ForecastStatus.WillNotBeMet, "more than half missing from the plan", outcome, 2086);
        yield return Case("Uusi siivoussopimus laskee vuoden kulut 0,22 M€:oon, budjetti 0,27 M€.", ForecastStatus.OnTrack, "the year's costs lowered under the budget", forecast, 2086);
        yield return Case("Parkernas gräsklippning stannade på 0,14 M€ med 0,18 M€ i budget.", ForecastStatus.Achieved, "a service's cost under its budget", outcome, 2086);
        yield return Case("För året väntas 5 200 bokade timmar, att jämföra med budgetens 4 800.", ForecastStatus.OnTrack, "a count past the budget's count", forecast, 2086);
        yield return Case("För året väntas 4 200 bokade timmar, att jämföra med budgetens 4 800.", ForecastStatus.WillNotBeMet, "a count short of the budget's count", forecast, 2086);
        yield return Case("Vuosi ei ollut museolle niin huono kuin keväällä arvioitiin.", ForecastStatus.Achieved, "not as bad as expected", outcome, 2086);
        yield return Case("Vuoden lukua emme saa täyteen, sillä kaksi retkeä peruttiin.", ForecastStatus.WillNotBeMet, "the year's count will not be filled", forecast, 2086);
        yield return Case("Flytten till Kottby skola har inneburit att antalet besökare har ökat med 20 procent.", ForecastStatus.OnTrack, "a move to a place, then a rise", outcome, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
