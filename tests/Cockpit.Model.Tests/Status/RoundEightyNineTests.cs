using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 89, read in part once it was measured: its dangerous rows first — an audience "mot 800 väntade" (the figure before the
/// word of expecting), then every show held, is a mix. Then the rows that widen round 88's rules: a supplier that "tuo …
/// paikalleen tammikuussa" next year; "eikä korjauspäivästä tiedetä"; "Kielteinen päätös painaisi tulot budjetin alle" (a
/// decision in the conditional mood); "48 vuodelle sovitusta 520:stä"; "tätä vauhtia … vuodessa" and "vuodelle kertyy" as
/// the year's figure; "a whole-year plan of 18"; "vuoden luvuksi sovittu 2 500" passed by August. Its real rows: a city's "lainamäärä nousi 17,1 miljoonalla eurolla" (debt up,
/// not a library's loans); "talousarvioon verrattuna … saatiin 496 780 euroa vähemmän"; "toivoo, että … päästäisiin" (a wish);
/// and its second dangerous row, a bill over "varatusta" (a sum reserved is spent) beside income over its budget.
/// </summary>
public class RoundEightyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Kurserna samlade 380 deltagare mot 800 väntade.", ForecastStatus.WillNotBeMet, "short of the figure expected, said after it", outcome, 2090);
        yield return Case("Konserterna lockade 300 besökare mot 700 väntade. Samtliga åtta konserter gavs ändå.", ForecastStatus.AtRisk, "an audience short, then every concert held", outcome, 2090);
        yield return Case("Toimittaja tuo kirjaston uudet hyllyt paikalleen helmikuussa 2091.", ForecastStatus.WillNotBeMet, "delivered only next year", forecast, 2090);
        yield return Case("Kassalaite hajosi toukokuussa, eikä korjauspäivästä tiedetä.", ForecastStatus.AtRisk, "no one knows the repair's date", forecast, 2090);
        yield return Case("Kielteinen päätös jättäisi tulot 0,04 M€ budjetin alle.", ForecastStatus.AtRisk, "short only if the decision goes so", forecast, 2090);
        yield return Case("Kielteinen päätös tuli toukokuussa.", ForecastStatus.NotAssessed, "a decision that came is no condition", forecast, 2090);
        yield return Case("Lainauksia kirjattiin tammi–maaliskuussa 60 vuodelle sovitusta 600:sta.", ForecastStatus.AtRisk, "a part of the year's agreed whole so far", forecast, 2090);
        yield return Case("Pelit päätyvät tätä vauhtia lainaan 240 kertaa vuodessa 400 sovitun kerran sijasta.", ForecastStatus.WillNotBeMet, "the year's figure at this pace, short", forecast, 2090);
        yield return Case("By late May the library had already run 24 workshops, above a whole-year plan of 18.", ForecastStatus.Achieved, "past the whole year's plan by May", forecast, 2090);
        yield return Case("Kesäteatteria katsoi elokuun loppuun 4 200 ihmistä, vuoden luvuksi sovittu 3 600.", ForecastStatus.Achieved, "past the year's figure by August", forecast, 2090);
        yield return Case("Kaupungin lainamäärä kasvoi 9,4 miljoonalla eurolla.", ForecastStatus.AtRisk, "debt up, in euros", outcome, 0);
        yield return Case("Kirjastojen lainamäärä nousi vuodessa 1,92 miljoonaan ja ylitti 1,85 miljoonan tavoitteen.", ForecastStatus.Achieved, "a library's loans, no debt", outcome, 0);
        yield return Case("Talousarvioon verrattuna verotuloja saatiin 310 000 euroa vähemmän.", ForecastStatus.WillNotBeMet, "income short, compared with the budget first", outcome, 0);
        yield return Case("Konserttien lipputulot kohosivat 0,21 M€:oon budjetin ollessa 0,16 M€, vartioinnin lasku taas paisui 0,08 M€:oon varatusta 0,05 M€:sta.", ForecastStatus.AtRisk, "income over its budget, a bill over the sum reserved: a mix", outcome, 2090);
        yield return Case("Liikuntapäällikkö toivoo, että uuteen saliin päästäisiin jo syyskuussa.", ForecastStatus.AtRisk, "a wish in the conditional mood", forecast, 0);
        yield return Case("Haglund toivoo, että avustuksilla voidaan tukea lähiliikuntapaikkoja.", ForecastStatus.NotAssessed, "a wish about policy, no goal weighed", forecast, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
