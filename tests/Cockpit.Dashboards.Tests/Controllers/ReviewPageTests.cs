using Cockpit.Dashboards.Page;
using Cockpit.Dashboards.Web;

namespace Cockpit.Dashboards.Tests.Controllers;

/// <summary>What the review page tells a controller about a status no rule read but the words' resemblance did.</summary>
public class ReviewPageTests
{
    private const string Resembling = "Kaikki kurssit peruttiin syksyllä, eikä niitä voi siirtää.";

    private static ReviewItem Item(int id, string rule, double confidence, string evidence) =>
        new(id, "Liikunta", "Tavoite", $"Mittari {id}", $"Lumeton talvi. {Resembling}", "at_risk", "derived", "at_risk", evidence, rule, confidence,
            null, null, null, false, null);

    [TestCase("fi", "mikään sääntö ei tunnistanut tekstiä; sen sanat muistuttavat tekstejä, joiden tila on Epävarma")]
    [TestCase("en", "no rule recognised the text; its words resemble texts whose status is At risk")]
    public void A_resemblance_reading_is_checked_first_with_its_reason_and_its_sentence_marked(string lang, string reason)
    {
        var html = new ReviewPage(lang, "token", "2/2020", null).Render(
            [Item(1, "resemblance.at_risk", 0.5, $"{Resembling} — {Resembling}"), Item(2, "verdict.risk", 0.95, "")], ["2/2020"]);
        var first = html[html.IndexOf("id=\"first\"", StringComparison.Ordinal)..html.IndexOf("id=\"rest\"", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain("Mittari 1").And.Not.Contain("Mittari 2"));
            Assert.That(first, Does.Contain($"<li>{reason}</li>"));
            Assert.That(first, Does.Contain($"Lumeton talvi. <mark>{Resembling}</mark>"));
        });
    }
}
