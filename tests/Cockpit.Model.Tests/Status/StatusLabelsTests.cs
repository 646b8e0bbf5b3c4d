using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

public class StatusLabelsTests
{
    [TestCase(ForecastStatus.Achieved, "fi", "Saavutettu")]
    [TestCase(ForecastStatus.OnTrack, "fi", "Toteutumassa")]
    [TestCase(ForecastStatus.AtRisk, "fi", "Epävarma")]
    [TestCase(ForecastStatus.WillNotBeMet, "fi", "Ei toteudu")]
    [TestCase(ForecastStatus.NotAssessed, "fi", "Ei arviota")]
    [TestCase(ForecastStatus.AtRisk, "sv", "Osäkert")]
    [TestCase(ForecastStatus.WillNotBeMet, "en", "Will not be met")]
    [TestCase(ForecastStatus.OnTrack, "sv-FI", "Förverkligas")]
    [TestCase(ForecastStatus.AtRisk, "de", "Epävarma")]
    [TestCase(ForecastStatus.AtRisk, null, "Epävarma")]
    public void Every_status_has_a_label_in_the_asked_language_or_in_Finnish(ForecastStatus status, string? lang, string label) =>
        Assert.That(StatusLabels.For(status, lang), Is.EqualTo(label));

    [Test]
    public void Every_status_has_a_distinct_label_in_every_language()
    {
        foreach (var lang in StatusLabels.Languages)
            Assert.That(Enum.GetValues<ForecastStatus>().Select(s => StatusLabels.For(s, lang)), Is.Unique, lang);
    }

    [Test]
    public void Every_status_has_its_own_colour_and_the_two_greens_differ()
    {
        var colours = Enum.GetValues<ForecastStatus>().Select(StatusLabels.Colour).ToArray();
        Assert.That(colours, Is.Unique);
        Assert.That(colours, Has.All.Match("^#[0-9A-F]{6}$"));
        Assert.That(StatusLabels.Light(ForecastStatus.Achieved), Is.EqualTo(StatusLabels.Light(ForecastStatus.OnTrack)).And.EqualTo("green"));
    }
}
