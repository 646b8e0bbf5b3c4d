using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 53's dangerous rows and misses, read once it was measured: a sentence opening with the previous year, longer in
/// time than estimated, and one goal met where another stopped at a share of its own target.
/// </summary>
public class RoundFiftyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Nuorisopalvelujen henkilöstökulut olivat 28,9 milj. euroa ja ylittivät talousarvion 0,6 milj. eurolla. Edellisenä vuonna kulut olivat 27,8 milj. euroa ja pysyivät budjetissa.",
            ForecastStatus.WillNotBeMet, "the previous year's budget kept says nothing of this year's", RoundKind.Outcome);
        yield return Case("Vuosaaren kenttävuoroja varattiin 14 % enemmän kuin edellisvuonna, joten mittarin 10 prosentin kasvutavoite ylittyi.", ForecastStatus.Achieved,
            "a comparison with the previous year is about this year", RoundKind.Outcome);
        yield return Case("Spårvägsmuseets nya basutställning öppnar inte i år. Öppningen flyttas till mars 2055, eftersom konserveringen tar längre tid än beräknat.",
            ForecastStatus.WillNotBeMet, "longer than estimated is no figure reached", year: 2054);
        yield return Case("Konserveringen tar längre tid än beräknat.", ForecastStatus.AtRisk, "longer in time than estimated is a delay");
        yield return Case("Kävijöitä on ollut enemmän kuin arvioitiin.", ForecastStatus.OnTrack, "more visitors than estimated stays good");
        yield return Case("Målet för avgiftsfria evenemang nåddes i Stoa och Nordhuset, medan Kannelhuset stannade vid 70 procent av sitt mål.", ForecastStatus.AtRisk,
            "met in two houses, a share of its own target in the third", RoundKind.Outcome);
        yield return Case("Kannelhuset stannade vid 70 procent av sitt mål.", ForecastStatus.WillNotBeMet, "a share of its own target at year end", RoundKind.Outcome);
        yield return Case("Jos uimataitotavoite jää toteutumatta, toimiala esittää ensi vuodelle lisäopetusta kolmasluokkalaisille.", ForecastStatus.NotAssessed,
            "what is proposed if the goal is missed is procedure");
        yield return Case("Museoiden valtionosuus toteutui 2,31 milj. eurona eli 140 000 euroa arvioitua suurempana.", ForecastStatus.Achieved,
            "a state subsidy larger than estimated is income over it", RoundKind.Outcome);
        yield return Case("Loppukustannukset selviävät vasta, kun urakan lopputilitys valmistuu helmikuussa 2055. Toteumaa kustannusarvioon nähden ei siksi tässä arvioida.",
            ForecastStatus.NotAssessed, "an assessment withheld as the conclusion decides", RoundKind.Outcome, 2054);
        yield return Case("Uppgifterna samlas in i skolenkäten, vars resultat publiceras först nästa år. I denna prognos görs därför ingen bedömning av måluppfyllelsen.",
            ForecastStatus.NotAssessed, "the same in Swedish");
        yield return Case("Leuto joulukuu ei estänyt tavoitteen täyttymistä, sillä kaikki 42 luonnonjääkenttää olivat käytössä vähintään 50 päivää.", ForecastStatus.Achieved,
            "nothing stood in the way, at year end", RoundKind.Outcome);
        yield return Case("Kuntoluokitus on ohjelmakauden 2053–2056 aikana tehty 310 kohteeseen 520:stä, ja työ eteni vuonna 2054 suunnitelman mukaisesti.", ForecastStatus.OnTrack,
            "a multi-year programme on plan at year end is on course", RoundKind.Outcome, 2054);
        yield return Case("Työ eteni vuonna 2054 suunnitelman mukaisesti.", ForecastStatus.Achieved, "the year's work as planned at year end", RoundKind.Outcome, 2054);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
