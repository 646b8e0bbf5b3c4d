using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

public class StatusCodesTests
{
    [TestCase(ForecastStatus.Achieved, "achieved")]
    [TestCase(ForecastStatus.OnTrack, "on_track")]
    [TestCase(ForecastStatus.AtRisk, "at_risk")]
    [TestCase(ForecastStatus.WillNotBeMet, "will_not_be_met")]
    [TestCase(ForecastStatus.NotAssessed, "not_assessed")]
    public void Every_status_round_trips_through_its_code(ForecastStatus status, string code)
    {
        Assert.That(status.ToCode(), Is.EqualTo(code));
        Assert.That(StatusCodes.TryParse(code.ToUpperInvariant(), out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(status));
    }

    [Test]
    public void An_unknown_code_is_refused() =>
        Assert.That(StatusCodes.TryParse("green", out _), Is.False);
}
