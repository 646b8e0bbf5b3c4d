using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 93, its dangerous rows only, read once it was measured: "Otaksumme … tavoitteen täyttyvän" (we presume: probable);
/// a rent over a reservation "varauksesta" beside income over its budget (a mix); "vi hade räknat med 900" before every
/// show held (a mix); "Signs point to" (probable); "Det är oklart vad den slutliga kostnaden kommer att bli" (open);
/// "toiminnan tulos oli negatiivinen" and "ett negativt årsbidrag", results in the red.
/// </summary>
public class RoundNinetyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Otaksumme uimakoulujen 300 lapsen tavoitteen täyttyvän, sillä kevään kursseilla oli 160 lasta.", ForecastStatus.AtRisk, "presumed: probable", forecast, 2094);
        yield return Case("Ulkokonserttien lipputulot olivat 0,24 M€ (budjetti 0,20 M€), lavan vuokra taas nousi 0,07 M€:oon 0,04 M€:n varauksesta.", ForecastStatus.AtRisk, "income over its budget, a rent over its reservation", outcome, 2094);
        yield return Case("Sommarteatern samlade 410 personer, vi hade räknat med 700. Varje planerad föreställning blev av.", ForecastStatus.AtRisk, "an audience short of what was counted on, every show held", outcome, 2094);
        yield return Case("Signs point to all ten bird walks taking place, with four held by June.", ForecastStatus.AtRisk, "signs point to it: probable", forecast, 2094);
        yield return Case("Koska muutaman aiemman vuoden tulos oli negatiivinen, yhdistys joutui aloittamaan säästöt.", ForecastStatus.WillNotBeMet, "a result in the red, said so", outcome, 0);
        yield return Case("Fasaden måste renoveras. Det är oklart vad den slutliga kostnaden kommer att bli.", ForecastStatus.AtRisk, "what it will cost is open", forecast, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
