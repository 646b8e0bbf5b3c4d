using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// One table row: a text, the status it must get, the rule that must decide, and the sentence that must be the
/// evidence. <see cref="NotInPhrase"/> is text (a quoted goal) that must not be the deciding phrase; <see cref="Round"/> the
/// kind of round the text is read for; <see cref="Year"/> the report's year (0: unknown).
/// </summary>
public sealed record ClassifierCase(
    string Text, ForecastStatus Expected, string Rule, string DecidingSentence, string? NotInPhrase = null, RoundKind Round = RoundKind.Forecast, int Year = 0)
{
    /// <summary>A one-sentence text that is its own deciding sentence.</summary>
    public static ClassifierCase Sentence(string text, ForecastStatus expected, string rule, RoundKind round = RoundKind.Forecast) =>
        new(text, expected, rule, text, Round: round);

    public TestCaseData For(string name) => new TestCaseData(this).SetName(name);

    /// <summary>The same case read for the report of <paramref name="year"/>.</summary>
    public ClassifierCase InYear(int year) => this with { Year = year };

    public void Check()
    {
        var result = StatusClassifier.Classify(Text, Round, Year);
        var separator = result.Evidence.IndexOf(" \u2014 ", StringComparison.Ordinal);
        var phrase = separator >= 0 ? result.Evidence[..separator] : "";
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(Expected), $"status; rule {result.Rule}, evidence: {result.Evidence}");
            Assert.That(result.RuleCode, Is.EqualTo(Rule), "rule");
            Assert.That(result.Evidence, Does.EndWith(DecidingSentence), "the evidence ends with the deciding sentence");
            Assert.That(phrase, Is.Not.Empty, "the evidence names the deciding phrase before ' — '");
            Assert.That(DecidingSentence, Does.Contain(phrase), "the phrase stands in the deciding sentence");
            if (NotInPhrase is not null) Assert.That(phrase, Does.Not.Contain(NotInPhrase), "a quoted goal is never the verdict");
            Assert.That(result.Confidence, Is.InRange(0.0, 1.0), "confidence");
        });
    }
}
