using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A helper's review of the round-56 rules, sentences written to break them: "inte utan" is without, not instead; done and
/// in use counts only unrestricted; no exception in "utan undantag" nor in one that does not affect the goal; a deviation
/// explained by a delay made up later; enough but not for what follows the "but", not a comparison; a pair after a "but"
/// that is an earlier year's; a year's forecast "eli" more than the target; a plan that was itself the goal; costs or
/// prices that have risen; income up more than costs; a maximum exceeded; realistic if more is done.
/// </summary>
public class ReviewOfRoundFiftySixTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Vi kommer inte utan ytterligare finansiering att nå målet.", ForecastStatus.AtRisk, "not without more funding");
        yield return Case("Simhallen kan inte utan omfattande reparationer öppnas i höst.", ForecastStatus.AtRisk, "not without repairs");
        yield return Case("Uusi liukumäki valmistui huhtikuussa ja on ollut käytössä vain osittain.", ForecastStatus.AtRisk, "in use only in part");
        yield return Case("Uusi kuntorata valmistui ja on ollut käytössä, vaikka osa valaistuksesta puuttuu yhä.", ForecastStatus.AtRisk, "in use with a part missing");
        yield return Case("Alla delprojekt går enligt plan, utan undantag.", ForecastStatus.OnTrack, "without exception");
        yield return Case("Kaikki etenee suunnitellusti, lukuun ottamatta pientä viivettä kalusteiden toimituksessa, joka ei vaikuta avaamiseen.", ForecastStatus.OnTrack,
            "an exception that does not affect the goal");
        yield return Case("Poikkeama johtuu siitä, että kesän tapahtumat viivästyivät, mutta ne kaikki toteutettiin syksyllä.", ForecastStatus.Achieved,
            "a delay made up later", RoundKind.Outcome);
        yield return Case("Vuosikate riitti kattamaan poistot, mutta ei niin selvästi kuin edellisvuonna.", ForecastStatus.Achieved, "enough, less clearly", RoundKind.Outcome);
        yield return Case("Vuosikate riitti kattamaan poistot, mutta ei investointeja.", ForecastStatus.AtRisk, "enough, but not for investments", RoundKind.Outcome);
        yield return Case("Määräraha riitti kevään tapahtumiin mutta ei syksyn ohjelmaan, joka jouduttiin supistamaan.", ForecastStatus.AtRisk,
            "enough for spring, not autumn", RoundKind.Outcome);
        yield return Case("Visits reached 52 000 against a target of 50 000, but the 2023 figure had been only 48 000 against 50 000.", ForecastStatus.Achieved,
            "the pair after the but is an earlier year's", RoundKind.Outcome);
        yield return Case("Visits reached 52 000 against a target of 50 000, but memberships stayed at 800, well short of 1 000.", ForecastStatus.AtRisk,
            "well short after the but", RoundKind.Outcome);
        yield return Case("Kävijöitä kertyi alkuvuonna 20 000, ja vuoden ennuste on 52 000 eli enemmän kuin 50 000 käynnin tavoite.", ForecastStatus.OnTrack,
            "a year's forecast above the target");
        yield return Case("Tavoitteena oli hankesuunnitelman laatiminen; hankesuunnitelma valmistui kesäkuussa, ja rakentaminen alkaa 2026.", ForecastStatus.Achieved,
            "the plan was the goal", RoundKind.Outcome);
        yield return Case("Kostnaderna för energi har stigit kraftigt under året.", ForecastStatus.AtRisk, "costs that have risen");
        yield return Case("Elpriset har stigit kraftigt.", ForecastStatus.AtRisk, "a price that has risen");
        yield return Case("Tuloja on kertynyt 50 000 euroa arviota enemmän, mutta myös menot ovat kasvaneet 20 000 eurolla.", ForecastStatus.OnTrack, "income up more than costs");
        yield return Case("Energiförbrukningen översteg maxvärdet på 3 000 MWh med 150 MWh.", ForecastStatus.WillNotBeMet, "a maximum exceeded", RoundKind.Outcome);
        yield return Case("Energy use exceeded the maximum of 3 000 MWh by 150 MWh.", ForecastStatus.WillNotBeMet, "a maximum exceeded, in English", RoundKind.Outcome);
        yield return Case("Vi höll budgeten relativt bra.", ForecastStatus.AtRisk, "held relatively well", RoundKind.Outcome);
        yield return Case("Aikataulu on realistinen, mutta vaatii, että urakoitsija pysyy aikataulussa.", ForecastStatus.AtRisk, "realistic if the contractor keeps up");
        yield return Case("Budgeten är realistisk om sparprogrammet genomförs fullt ut.", ForecastStatus.AtRisk, "realistic on a condition");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
