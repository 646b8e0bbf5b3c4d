using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 64's dangerous rows and their neighbours, read once it was measured: "varattua enemmän", a budget; "blev två i
/// stället för fem", a figure against the one planned; a surplus granted in a "vaikka" clause before a problem not gone;
/// "tavoitteesta on koossa 190", the part gathered out of the target named before it; "dröja", a delay; and equipment "ur
/// funktion" or "ollut rikki", an obstacle (but a counter out of order leaves no figure, and "raja meni rikki" is a limit passed).
/// </summary>
public class RoundSixtyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Matkakulut alittivat talousarvion 30 000 eurolla, mutta ylityökorvauksiin kului 90 000 euroa varattua enemmän.", ForecastStatus.AtRisk, "one cost under, another over what was reserved", RoundKind.Outcome, 2065);
        yield return Case("Ylityökorvauksiin kului 90 000 euroa varattua enemmän.", ForecastStatus.WillNotBeMet, "more than reserved", RoundKind.Outcome, 2065);
        yield return Case("Antalet nya utlåningsställen blev två i stället för fem.", ForecastStatus.WillNotBeMet, "two instead of five", RoundKind.Outcome, 2065);
        yield return Case("Vaikka tilinpäätös oli ylijäämäinen, kunnan rakenteellinen ongelma ei ole poistunut.", ForecastStatus.AtRisk, "a surplus granted, the problem not gone", RoundKind.Outcome, 2065);
        yield return Case("Tilinpäätös oli ylijäämäinen.", ForecastStatus.Achieved, "a surplus", RoundKind.Outcome, 2065);
        yield return Case("Vuoden 400 käyttökerran tavoitteesta on koossa 190.", ForecastStatus.AtRisk, "out of the year's target, part gathered", RoundKind.Forecast, 2065);
        yield return Case("Invigningen av badet ser ut att dröja till i vår.", ForecastStatus.AtRisk, "it looks like being delayed", RoundKind.Forecast, 2065);
        yield return Case("Arbetet med elljusspåren pågår fortfarande, och belysningen i flera spår är ur funktion.", ForecastStatus.AtRisk, "lights out of order", RoundKind.Forecast, 2065);
        yield return Case("Kirjaston laserleikkuri on ollut rikki syyskuusta.", ForecastStatus.AtRisk, "broken since September", RoundKind.Forecast, 2065);
        yield return Case("Besöksräknarna var ur funktion under större delen av året.", ForecastStatus.NotAssessed, "the counters broken, no figure", RoundKind.Outcome, 2065);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
