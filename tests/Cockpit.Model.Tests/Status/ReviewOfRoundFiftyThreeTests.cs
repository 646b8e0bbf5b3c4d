using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A review of the rules written while round 53 was read, by a helper who wrote sentences to break them: sentences that
/// open with the previous year but judge this year's goal, things that run or stay longer, delays made up for, shares of
/// one's own target over 100, proposals, cuts and repayments of state subsidies, assessments withheld beside a shortfall,
/// obstacles denied in part, and multi-year works finished; with the near misses that read right.
/// </summary>
public class ReviewOfRoundFiftyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Edellisenä vuonna siirtynyt uimahallin avaaminen toteutui maaliskuussa tavoitteen mukaisesti.", ForecastStatus.Achieved, "a sentence opening with the previous year, about this year's goal", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisenä vuonna keskeytynyt hanke ei edennyt, eikä tavoite toteutunut.", ForecastStatus.WillNotBeMet, "the same, missed", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna kävijöitä oli 410 000. Vuonna 2054 kävijöitä oli 452 000, ja tavoite ylittyi.", ForecastStatus.Achieved, "last year's figure, then this year's", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna asetettu tavoite saavutettiin syyskuussa.", ForecastStatus.Achieved, "a goal set the year before, met", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna asetettu tavoite jäi saavuttamatta.", ForecastStatus.WillNotBeMet, "a goal set the year before, missed", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisenä vuonna tavoite jäi toteutumatta, mutta tänä vuonna se on toteutumassa.", ForecastStatus.OnTrack, "last year missed, this year on course", year: 2054);
        yield return Case("In the previous year costs stayed within budget. In 2054 costs exceeded the budget by 0.4 million euros.", ForecastStatus.WillNotBeMet, "last year within budget, this year over", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna käynnistetty Stoan peruskorjaus ei valmistunut, ja tavoite jäi toteutumatta.", ForecastStatus.WillNotBeMet, "a renovation started the year before, not finished", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna avattu nuorisotila suljettiin keväällä, eikä kävijätavoitetta saavutettu.", ForecastStatus.WillNotBeMet, "a youth centre opened the year before, closed, the goal missed", RoundKind.Outcome, year: 2054);
        yield return Case("Föregående år antagna målet för besökare nåddes inte.", ForecastStatus.WillNotBeMet, "a goal adopted the year before, not met", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna ylittyneet kulut ylittyivät myös vuonna 2054.", ForecastStatus.WillNotBeMet, "overrun last year and this year too", RoundKind.Outcome, year: 2054);
        yield return Case("Utställningen visas längre tid än planerat tack vare det stora intresset.", ForecastStatus.OnTrack, "shown longer thanks to interest", year: 2054);
        yield return Case("Besökarna stannar längre tid än beräknat i museet.", ForecastStatus.OnTrack, "visitors staying longer", year: 2054);
        yield return Case("Rekryteringen tar längre tid än planerat.", ForecastStatus.AtRisk, "recruitment taking longer", year: 2054);
        yield return Case("Urakka ei kestä pidempään kuin suunniteltiin, vaan valmistuu syyskuussa.", ForecastStatus.OnTrack, "not taking longer", year: 2054);
        yield return Case("Konserveringen tar längre tid än beräknat, men utställningen öppnar ändå i oktober enligt plan.", ForecastStatus.OnTrack, "taking longer, but opening as planned", year: 2054);
        yield return Case("Konserveringen tog längre tid än beräknat, men utställningen öppnade i september enligt målet.", ForecastStatus.Achieved, "took longer, but opened as the goal set", RoundKind.Outcome, year: 2054);
        yield return Case("Upphandlingen tar längre tid än väntat.", ForecastStatus.AtRisk, "procurement taking longer", year: 2054);
        yield return Case("Simhallen hålls öppen längre tid än planerat under sommaren.", ForecastStatus.OnTrack, "open longer than planned", year: 2054);
        yield return Case("Målet för avgiftsfria evenemang nåddes i Stoa och Nordhuset, medan Kannelhuset nådde 120 procent av sitt mål.", ForecastStatus.Achieved, "met in two houses, over it in the third", RoundKind.Outcome, year: 2054);
        yield return Case("Kannelhuset nådde 120 procent av sitt mål.", ForecastStatus.Achieved, "over its own target", RoundKind.Outcome, year: 2054);
        yield return Case("Mikäli kävijätavoite jää saavuttamatta, lautakunta esittää tavoitetason tarkistamista.", ForecastStatus.NotAssessed, "a proposal if the goal is missed", year: 2054);
        yield return Case("Uimataitotavoite jää toteutumatta, ja toimiala esittää ensi vuodelle lisäopetusta kolmasluokkalaisille.", ForecastStatus.WillNotBeMet, "a proposal after a miss stated", year: 2054);
        yield return Case("Uimataitotavoite on toteutumassa. Jos se kuitenkin jää toteutumatta, toimiala esittää ensi vuodelle lisäopetusta.", ForecastStatus.OnTrack, "on course, then a proposal if not", year: 2054);
        yield return Case("Museoiden valtionosuus toteutui 2,01 milj. eurona eli 160 000 euroa arvioitua pienempänä.", ForecastStatus.WillNotBeMet, "a state subsidy smaller than estimated", RoundKind.Outcome, year: 2054);
        yield return Case("Valtionosuuskelpoiset menot ylittivät talousarvion 0,3 milj. eurolla.", ForecastStatus.WillNotBeMet, "costs eligible for subsidy over budget", RoundKind.Outcome, year: 2054);
        yield return Case("Statsandelarna blev 150 000 euro mindre än budgeterat.", ForecastStatus.WillNotBeMet, "state subsidies less than budgeted", RoundKind.Outcome, year: 2054);
        yield return Case("Valtionosuusvähennys ylittää talousarvion 0,2 milj. eurolla.", ForecastStatus.WillNotBeMet, "a subsidy deduction over budget", year: 2054);
        yield return Case("Målet nås inte i år, eftersom renoveringen blir klar först 2055. Därför görs ingen närmare bedömning av kostnaderna.", ForecastStatus.WillNotBeMet, "not met, therefore not assessed further", year: 2054);
        yield return Case("Kävijämäärä jäi 12 % tavoitteesta. Siksi tulostavoitteen toteutumaa ei voida arvioida.", ForecastStatus.WillNotBeMet, "a shortfall, then another result not assessable", RoundKind.Outcome, year: 2054);
        yield return Case("Remontti ei estänyt kirjaston toimintaa, mutta lainaustavoitteesta jäätiin 8 prosenttia.", ForecastStatus.WillNotBeMet, "not prevented, but a lending shortfall", RoundKind.Outcome, year: 2054);
        yield return Case("Den milda vintern hindrade inte måluppfyllelsen.", ForecastStatus.Achieved, "nothing hindered the goal", RoundKind.Outcome, year: 2054);
        yield return Case("Sateinen kesä ei estänyt kävijöitä, mutta kävijätavoite jäi 10 prosenttia vajaaksi.", ForecastStatus.WillNotBeMet, "rain did not keep visitors away, but the target was short", RoundKind.Outcome, year: 2054);
        yield return Case("Monivuotinen peruskorjaus valmistui suunnitelman mukaisesti joulukuussa.", ForecastStatus.Achieved, "a multi-year renovation finished as planned", RoundKind.Outcome, year: 2054);
        yield return Case("Vuoden 2054 toiminta sujui suunnitelmien mukaisesti, ja vuosien 2055–2056 hankkeiden valmistelu on aloitettu.", ForecastStatus.Achieved, "the year as planned, later projects being prepared", RoundKind.Outcome, year: 2054);
        yield return Case("Kirjaston monivuotinen kehittämishanke saatiin päätökseen suunnitelman mukaisesti.", ForecastStatus.Achieved, "a multi-year project brought to completion", RoundKind.Outcome, year: 2054);
        yield return Case("Edellisvuonna valmistunut järjestelmä ei ollut käytössä syksyllä, eikä käyttäjätavoitetta saavutettu.", ForecastStatus.WillNotBeMet, "a system finished the year before, unused, the goal missed", RoundKind.Outcome, year: 2054);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
