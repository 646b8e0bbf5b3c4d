using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 70's misses and their neighbours, read once it was measured: "we guess" before "tulee täyteen"; a condition named
/// "Ehtona … on" or "Villkoret … är"; "Ei ole odotettavissa, että …" (not to be expected); "bör kunna" (should be possible);
/// "we doubt"; what "were planned" is no "as planned", and "were dropped" is a cancellation; staff lacking all year; costs
/// that grew faster than budgeted, in per cent; a move to the start of a later month; a measure falling, or rising, months
/// in a row; "i nivå med budget" but not "en nivå i budgeten"; no value or figure can be given; what the tenders say a work
/// will cost against its estimate; the target "jo takana"; "jäi säästöön".
/// </summary>
public class RoundSeventyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Veikkaamme, että Vuosaaren rantakonserttien 4 000 kuulijan tavoite tulee täyteen.", ForecastStatus.AtRisk,
            "we guess it fills: probably", RoundKind.Forecast, 2071);
        yield return Case("Vuosaaren rantakonserttien 4 000 kuulijan tavoite tulee täyteen.", ForecastStatus.OnTrack, "unhedged, it fills", RoundKind.Forecast, 2071);
        yield return Case("Ehtona uimahallin avaamiselle elokuussa on, että käyttölupa myönnetään kesäkuussa.", ForecastStatus.AtRisk,
            "the condition is that", RoundKind.Forecast, 2071);
        yield return Case("Villkoret för att simhallen ska öppna i augusti är att bygglovet beviljas i juni.", ForecastStatus.AtRisk,
            "villkoret är att", RoundKind.Forecast, 2071);
        yield return Case("Ei ole odotettavissa, että uusi kenttä saadaan käyttöön tänä vuonna.", ForecastStatus.WillNotBeMet,
            "not to be expected: probably not", RoundKind.Forecast, 2071);
        yield return Case("Syksylle ei ole odotettavissa muutosta, joten mittarin arvioidaan pysyvän tavoitteessa.", ForecastStatus.OnTrack,
            "no change expected is no doubt of the goal", RoundKind.Forecast, 2071);
        yield return Case("Målet på 30 konserter bör kunna nås i Kulturhuset.", ForecastStatus.AtRisk, "should be possible: hedged", RoundKind.Forecast, 2071);
        yield return Case("We doubt the harbour festival will reach 2,000 visitors this year.", ForecastStatus.WillNotBeMet, "we doubt: probably not",
            RoundKind.Forecast, 2071);
        yield return Case("We do not doubt the harbour festival will reach its target.", ForecastStatus.OnTrack, "no doubt: on course", RoundKind.Forecast, 2071);
        yield return Case("Ten reading circles were planned for Pasila.", ForecastStatus.NotAssessed, "what was planned, not 'as planned'", RoundKind.Outcome, 2071);
        yield return Case("The reading circles went ahead as planned.", ForecastStatus.Achieved, "as planned", RoundKind.Outcome, 2071);
        yield return Case("Ten reading circles were planned for Pasila. Seven were held. The other three were dropped for lack of space.", ForecastStatus.AtRisk,
            "seven held, three dropped", RoundKind.Outcome, 2071);
        yield return Case("No satisfaction figure is available, because the survey was dropped for budget reasons.", ForecastStatus.NotAssessed,
            "a survey dropped leaves nothing to assess", RoundKind.Outcome, 2071);
        yield return Case("I Hagnäs saknades personal hela hösten.", ForecastStatus.AtRisk, "staff lacking all autumn", RoundKind.Outcome, 2071);
        yield return Case("Nuorisotalolta puuttui ohjaajia koko kevään.", ForecastStatus.AtRisk, "instructors lacking all spring", RoundKind.Outcome, 2071);
        yield return Case("Nettokostnaderna ökade med 4,9 procent, att jämföra med de 2,5 procent som var budgeterade.", ForecastStatus.WillNotBeMet,
            "costs grew faster than budgeted", RoundKind.Outcome, 2071);
        yield return Case("Toimintamenot kasvoivat 2,1 prosenttia, kun talousarviossa kasvuksi oli arvioitu 3,7 prosenttia.", ForecastStatus.Achieved,
            "costs grew slower than budgeted", RoundKind.Outcome, 2071);
        yield return Case("Verotulot kasvoivat 2,1 prosenttia, kun talousarviossa kasvuksi oli arvioitu 3,7 prosenttia.", ForecastStatus.WillNotBeMet,
            "income grew slower than budgeted", RoundKind.Outcome, 2071);
        yield return Case("Kirjaston remontin valmistuminen siirtyy kesäkuulta syyskuun alkuun.", ForecastStatus.OnTrack,
            "moved to the start of a later month", RoundKind.Forecast, 2071);
        yield return Case("Uimahallin kävijämäärä on laskenut neljänä peräkkäisenä kuukautena.", ForecastStatus.AtRisk, "falling months in a row", RoundKind.Forecast, 2071);
        yield return Case("Lånen har minskat fyra månader i rad.", ForecastStatus.AtRisk, "falling months in a row, sv", RoundKind.Forecast, 2071);
        yield return Case("Besöken minskade, och en rad åtgärder vidtogs.", ForecastStatus.NotAssessed, "'en rad' is a number of, not in a row", RoundKind.Forecast, 2071);
        yield return Case("Kulut ovat laskeneet neljänä peräkkäisenä kuukautena.", ForecastStatus.NotAssessed, "costs that fall are no worsening", RoundKind.Forecast, 2071);
        yield return Case("Uimahallin kävijämäärä on kasvanut neljänä peräkkäisenä kuukautena.", ForecastStatus.OnTrack, "rising months in a row", RoundKind.Forecast, 2071);
        yield return Case("Nämnden bör skriva in en nivå i budgeten för 2072.", ForecastStatus.NotAssessed, "a level to write into the budget is no level kept",
            RoundKind.Outcome, 2071);
        yield return Case("Efter avdrag för engångsintäkter ligger resultatet i nivå med budget.", ForecastStatus.OnTrack, "i nivå med budget: as budgeted",
            RoundKind.Forecast, 2071);
        yield return Case("Toisella kierroksella mittarin arvoa ei voi antaa.", ForecastStatus.NotAssessed, "no value can be given", RoundKind.Forecast, 2071);
        yield return Case("No visitor figure can be given before the new gates are installed in October.", ForecastStatus.NotAssessed,
            "no figure can be given yet", RoundKind.Forecast, 2071);
        yield return Case("Inget värde kan anges ännu för besöken.", ForecastStatus.NotAssessed, "inget värde kan anges", RoundKind.Forecast, 2071);
        yield return Case("Hankkeelle ei anneta lisärahaa.", ForecastStatus.NotAssessed, "no money given is no value withheld", RoundKind.Forecast, 2071);
        yield return Case("Kustannusarvio oli 0,8 miljoonaa euroa; tarjousten perusteella hanke maksaa 1,1 miljoonaa euroa.", ForecastStatus.WillNotBeMet,
            "the tenders put the cost over the estimate", RoundKind.Forecast, 2071);
        yield return Case("Vuoden tavoite on jo takana.", ForecastStatus.Achieved, "the year's target already behind", RoundKind.Forecast, 2071);
        yield return Case("Pahin on jo takana.", ForecastStatus.NotAssessed, "the worst behind is no target", RoundKind.Forecast, 2071);
        yield return Case("Määrärahasta jäi säästöön 400 000 euroa.", ForecastStatus.Achieved, "left over as savings", RoundKind.Outcome, 2071);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
