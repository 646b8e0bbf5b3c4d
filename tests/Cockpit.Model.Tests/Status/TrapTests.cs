using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Quoted goal texts, costs, placeholders, sentence splitting: the traps in domain.md.</summary>
public class TrapTests
{
    private static IEnumerable<TestCaseData> Quotes()
    {
        yield return new ClassifierCase("Tavoite ”Kaikki nuorisotalot ovat saavuttaneet tavoitetason” ei ole edennyt keväällä. Tavoitteen toteutuminen on epävarma.",
            ForecastStatus.AtRisk, "verdict.hedged", "Tavoitteen toteutuminen on epävarma.", "saavuttaneet")
            .For("A Finnish quoted goal with 'saavuttaneet' is not a verdict; the uncertain sentence decides");
        yield return new ClassifierCase("Tavoite ”Kirjastojen lainaus kasvaa ja tavoite toteutuu” ei toteudu.",
            ForecastStatus.WillNotBeMet, "verdict.negated", "Tavoite ”Kirjastojen lainaus kasvaa ja tavoite toteutuu” ei toteudu.", "toteutuu”")
            .For("A Finnish quoted goal saying 'toteutuu' does not hide the negated verdict after it");
        yield return new ClassifierCase("Målet ”Alla enheter har uppnått målet” bedöms uppnås.",
            ForecastStatus.OnTrack, "verdict.on_track", "Målet ”Alla enheter har uppnått målet” bedöms uppnås.", "uppnått")
            .For("A Swedish quoted goal 'har uppnått' is not read as achieved");
        yield return new ClassifierCase("The goal \"all units have achieved the target level\" is at risk.",
            ForecastStatus.AtRisk, "verdict.hedged", "The goal \"all units have achieved the target level\" is at risk.", "achieved")
            .For("An English quoted goal 'have achieved' is not read as achieved");
        yield return new ClassifierCase("Tavoite «Jokainen koulu on saavuttanut tason» on toteutumassa.",
            ForecastStatus.OnTrack, "verdict.on_track", "Tavoite «Jokainen koulu on saavuttanut tason» on toteutumassa.", "saavuttanut")
            .For("A goal in guillemets is masked too");
    }

    private static IEnumerable<TestCaseData> Costs()
    {
        yield return new ClassifierCase("Toimialan menot alittuivat talousarvion.", ForecastStatus.OnTrack, "cost.under_budget",
            "Toimialan menot alittuivat talousarvion.").For("Finnish costs under budget are good");
        yield return new ClassifierCase("Toimintakulut ylittyivät kahdella miljoonalla eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun",
            "Toimintakulut ylittyivät kahdella miljoonalla eurolla.").For("Finnish costs over budget are bad");
        yield return new ClassifierCase("Kustannukset uhkaavat ylittyä.", ForecastStatus.AtRisk, "cost.risk",
            "Kustannukset uhkaavat ylittyä.").For("Finnish costs threatening to overrun are at risk");
        yield return new ClassifierCase("Kostnaderna överskred budgeten.", ForecastStatus.WillNotBeMet, "cost.overrun",
            "Kostnaderna överskred budgeten.").For("Swedish costs over budget are bad");
        yield return new ClassifierCase("Costs stayed within budget.", ForecastStatus.OnTrack, "cost.under_budget",
            "Costs stayed within budget.").For("English costs within budget are good");
        yield return new ClassifierCase("Mittarin tavoitetaso alittui selvästi.", ForecastStatus.WillNotBeMet, "verdict.shortfall",
            "Mittarin tavoitetaso alittui selvästi.").For("A target level undershot is a miss, the opposite of costs");
    }

    private static IEnumerable<TestCaseData> Splitting()
    {
        yield return new ClassifierCase("Palvelu avattiin 30.4.2020 ja käyttäjiä oli 1.5. jo paljon. Tavoite on saavutettu.", ForecastStatus.Achieved, "verdict.achieved",
            "Tavoite on saavutettu.").For("Dates with full stops do not split sentences");
        yield return new ClassifierCase("1) Kartoitus valmis 2) Koulutukset pidetty 3) Tavoite ei toteudu", ForecastStatus.WillNotBeMet, "verdict.negated",
            "3) Tavoite ei toteudu").For("Numbered list items on one line are sentences of their own");
        yield return new ClassifierCase("Esim. kirjastot ja nuorisotalot ovat mukana mm. kampanjassa. Tavoite on toteutumassa.", ForecastStatus.OnTrack, "verdict.on_track",
            "Tavoite on toteutumassa.").For("Abbreviations do not end a sentence");
        yield return new ClassifierCase("Kampanja alkoi.\nTavoite on toteutumassa pienellä varauksella", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite on toteutumassa pienellä varauksella").For("A line break ends a sentence");
    }

    [TestCaseSource(nameof(Quotes))]
    public void Quoted_goal(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Costs))]
    public void Cost(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Splitting))]
    public void Sentence_splitting(ClassifierCase c) => c.Check();

    [TestCase("", "empty")]
    [TestCase("   \n ", "empty")]
    [TestCase(null, "empty")]
    [TestCase("-", "placeholder")]
    [TestCase("–", "placeholder")]
    [TestCase("Ei arviota", "placeholder")]
    [TestCase("n/a", "placeholder")]
    [TestCase("Ingen bedömning.", "placeholder")]
    [TestCase("Not assessed", "placeholder")]
    public void An_empty_or_placeholder_cell_is_not_assessed(string? text, string rule)
    {
        var result = StatusClassifier.Classify(text);
        Assert.That(result.Status, Is.EqualTo(ForecastStatus.NotAssessed));
        Assert.That(result.RuleCode, Is.EqualTo(rule));
    }

    [TestCase("Ennuste annetaan seuraavalla raportointikierroksella.")]
    [TestCase("Prognos lämnas i nästa rapport.")]
    [TestCase("The forecast will be given in the next round.")]
    public void A_forecast_promised_for_later_is_not_assessed(string text) =>
        Assert.That(StatusClassifier.Classify(text), Has.Property(nameof(StatusResult.Status)).EqualTo(ForecastStatus.NotAssessed)
            .And.Property(nameof(StatusResult.RuleCode)).EqualTo("verdict.deferred"));

    [Test]
    public void Work_reported_done_with_no_verdict_is_on_track_as_plain_progress()
    {
        var result = StatusClassifier.Classify("Uusi toimintamalli otettiin käyttöön maaliskuussa.");
        Assert.That(result.Status, Is.EqualTo(ForecastStatus.OnTrack));
        Assert.That(result.RuleCode, Is.EqualTo("progress"));
    }

    [TestCase("Vastuuhenkilö on vaihtunut.")]
    [TestCase("Kontaktperson: enhetschefen.")]
    [TestCase("See the attached memo.")]
    public void A_text_with_no_cue_at_all_is_not_assessed_with_low_confidence(string text)
    {
        var result = StatusClassifier.Classify(text);
        Assert.That(result.Status, Is.EqualTo(ForecastStatus.NotAssessed));
        Assert.That(result.RuleCode, Is.EqualTo("no_cues"));
        Assert.That(result.Confidence, Is.LessThan(0.5));
    }

    [Test]
    public void Classifying_from_many_threads_gives_the_same_results()
    {
        string[] texts = ["Tavoite ei toteudu.", "Målet har uppnåtts.", "The goal is at risk.", "Hanke on toteutumassa."];
        var expected = texts.Select(StatusClassifier.Classify).ToArray();
        var results = new StatusResult[4000];
        Parallel.For(0, results.Length, i => results[i] = StatusClassifier.Classify(texts[i % texts.Length]));
        Assert.That(results.Select((r, i) => r == expected[i % texts.Length]), Is.All.True);
    }
}
