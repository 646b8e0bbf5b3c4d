using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A text and the status a careful reader gives it, named by why: the shape of the review tables, which check the status
/// only (the rule and phrase are the families' business).
/// </summary>
public static class CarefulReading
{
    public static TestCaseData Case(string text, ForecastStatus status, string why, RoundKind round = RoundKind.Forecast, int year = 0) =>
        new TestCaseData(text, round, year, status).SetName($"{{m}}({why})");

    public static void Check(string text, RoundKind round, int year, ForecastStatus status) =>
        Assert.That(StatusClassifier.Classify(text, round, year).Status, Is.EqualTo(status), text);
}
