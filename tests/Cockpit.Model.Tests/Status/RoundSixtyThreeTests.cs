using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 63's dangerous rows and their neighbours, read once it was measured: on course but a part "vasta
/// suunnitteluvaiheessa" after a "but"; an estimate made "hauras" (fragile); a result the municipality "verkar kunna" make
/// (seems able to; "ser ut att" stays a forecast); money granted "för att täcka överskridningen", an overrun; and "se on oma
/// lukunsa, ehtiikö …", another matter asked, so open. Then its other misses: "ei pystytä tänä vuonna toteuttamaan", a miss;
/// "håller tidtabellen", on schedule; "under den övre gränsen", a ceiling kept; and a balance that is the goal ("Målet är att
/// ligga på plus") or must be brought about ("tulee saada … ylijäämäiseksi"), no result.
/// </summary>
public class RoundSixtyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Kävijämäärä vastaa vuoden tavoitetta, mutta uusien vuorojen avaaminen on vasta suunnitteluvaiheessa.", ForecastStatus.AtRisk, "on course, a part at its first stage", RoundKind.Forecast, 2064);
        yield return Case("Kävijämäärä vastaa vuoden tavoitetta.", ForecastStatus.OnTrack, "on course", RoundKind.Forecast, 2064);
        yield return Case("Arviomme on, että 120 koulutuksen määrä saadaan kokoon, mutta henkilöstötilanne tekee laskelmasta hauraan.", ForecastStatus.AtRisk, "a fragile estimate", RoundKind.Forecast, 2064);
        yield return Case("Kommunen verkar kunna göra ett överskott i år.", ForecastStatus.AtRisk, "seems able to");
        yield return Case("Kommunen ser ut att göra ett överskott i år.", ForecastStatus.OnTrack, "looks set to");
        yield return Case("Kommunstyrelsen beviljade ett tilläggsanslag på 40 000 euro för att täcka överskridningen i projektet.", ForecastStatus.WillNotBeMet, "money to cover an overrun");
        yield return Case("Se on oma lukunsa, ehtiikö halli valmistua tänä vuonna.", ForecastStatus.AtRisk, "another matter, asked", RoundKind.Forecast, 2064);
        yield return Case("Tämä on oma lukunsa.", ForecastStatus.NotAssessed, "another matter, nothing asked", RoundKind.Forecast, 2064);
        yield return Case("Kerhojen laajentamista ei pystytä tänä vuonna toteuttamaan.", ForecastStatus.WillNotBeMet, "cannot be carried out this year", RoundKind.Forecast, 2064);
        yield return Case("Ombyggnaden av läsesalen håller tidtabellen.", ForecastStatus.OnTrack, "keeps the schedule", RoundKind.Forecast, 2064);
        yield return Case("Kostnaden per besök blev 8,40 euro, under den övre gränsen på 9 euro.", ForecastStatus.Achieved, "under the upper limit", RoundKind.Outcome, 2064);
        yield return Case("Kostnaden per besök blev 9,40 euro, över den övre gränsen på 9 euro.", ForecastStatus.WillNotBeMet, "over the upper limit", RoundKind.Outcome, 2064);
        yield return Case("Målet är att ligga på noll eller på plus nästa år.", ForecastStatus.NotAssessed, "a balance as the goal");
        yield return Case("Taloussuunnitelma tulee saada tasapainoon ja ylijäämäiseksi.", ForecastStatus.NotAssessed, "a balance required", RoundKind.Outcome);
        yield return Case("Tulos tulee olemaan ylijäämäinen.", ForecastStatus.Achieved, "a surplus to come, at year end", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
