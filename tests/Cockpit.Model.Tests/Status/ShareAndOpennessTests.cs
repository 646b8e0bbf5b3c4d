using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Several goals in one sentence, shares of a target without its figure, and what is still open or ruled out.
/// </summary>
public class ShareAndOpennessTests
{
    private static IEnumerable<TestCaseData> SeveralGoals()
    {
        yield return Sentence("Båda målen uppnåddes.", ForecastStatus.Achieved, "verdict.achieved").For("A Swedish 'båda målen' met is achieved");
        yield return Sentence("Inget av målen nåddes.", ForecastStatus.WillNotBeMet, "verdict.negated").For("A Swedish 'inget av målen' is a miss");
        yield return Sentence("Neither target was met.", ForecastStatus.WillNotBeMet, "verdict.negated").For("An English 'neither target' is a miss");
        yield return Sentence("None of the targets were met.", ForecastStatus.WillNotBeMet, "verdict.negated").For("An English 'none of the targets' is a miss");
        yield return Sentence("Tre av fyra mål uppnåddes.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("A Swedish 'tre av fyra mål' is met in part");
        yield return Sentence("Two of the three targets were met.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("An English 'two of the three' is met in part");
        yield return Sentence("Osa tavoitteista toteutui.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("A Finnish 'osa tavoitteista' is met in part");
        yield return Sentence("Toinen tavoitteista toteutuu, toinen ei.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("A Finnish 'toinen ..., toinen ei' is met in part");
        yield return Sentence("Av mätarna uppnåddes 62 procent.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("A Swedish share of the indicators is met in part");
        yield return Sentence("Kaikki kolme tavoitetta toteutuivat.", ForecastStatus.Achieved, "verdict.achieved").For("A Finnish 'kaikki kolme' met is achieved");
    }

    private static IEnumerable<TestCaseData> Shares()
    {
        yield return Sentence("Vain puolet tavoitellusta määrästä toteutui.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("A Finnish half of the target at year end is a miss");
        yield return Sentence("Tavoitteesta on saavutettu puolet.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A Finnish half of the target in a forecast is a risk");
        yield return Sentence("Noin 70 % tavoitteesta saavutettiin.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("A Finnish percentage of the target at year end is a miss");
        yield return Sentence("Kesäkuun lopussa toteuma oli 45 % tavoitteesta.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A Finnish actual as a share of the target in a forecast is a risk, not a target of 45");
        yield return Sentence("Endast en tredjedel av målet nåddes.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("A Swedish third of the target at year end is a miss");
        yield return Sentence("Tavoitellusta määrästä kolmannes puuttuu.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("A Finnish third missing at year end is a miss");
    }

    private static IEnumerable<TestCaseData> Openness()
    {
        yield return Sentence("Päätös uuden rakennuksen rahoituksesta on vielä auki.", ForecastStatus.AtRisk, "risk.open").For("Finnish open funding is a risk");
        yield return Sentence("Tilaratkaisu puuttuu vielä.", ForecastStatus.AtRisk, "risk.open").For("A Finnish missing solution is a risk");
        yield return Sentence("Rahoitusta ei ole vielä päätetty.", ForecastStatus.AtRisk, "risk.open").For("Finnish funding not yet decided is a risk");
        yield return Sentence("Finansieringen är fortfarande oklar.", ForecastStatus.AtRisk, "risk.open").For("Swedish unclear funding is a risk");
        yield return Sentence("Tavoitteen saavuttaminen ei ole realistista.", ForecastStatus.WillNotBeMet, "verdict.infeasible").For("A Finnish 'ei ole realistista' rules the goal out");
        yield return Sentence("Tavoitteeseen pääseminen on epärealistista.", ForecastStatus.WillNotBeMet, "verdict.infeasible").For("A Finnish 'epärealistista' rules the goal out");
        yield return Sentence("Det är inte realistiskt att nå målet i år.", ForecastStatus.WillNotBeMet, "verdict.negated").For("A Swedish 'inte realistiskt' rules the goal out");
        yield return Sentence("Indikatorn har utvecklats mot det sämre.", ForecastStatus.AtRisk, "risk.worsening").For("A Swedish worsening indicator is a risk");
        yield return Sentence("Indikaattori kehittynyt parempaan suuntaan.", ForecastStatus.OnTrack, "progress").For("A Finnish improving indicator is progress");
        yield return Sentence("Verksamheten rör sig mot målet.", ForecastStatus.OnTrack, "progress").For("A Swedish 'rör sig mot målet' is progress");
    }

    [TestCaseSource(nameof(SeveralGoals))]
    public void Several_goals_in_one_sentence(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Shares))]
    public void Shares_of_the_target(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Openness))]
    public void Open_and_ruled_out(ClassifierCase c) => c.Check();

    [Test]
    public void An_open_library_is_no_risk() =>
        Assert.That(StatusClassifier.Classify("Kirjasto on auki koko kesän.").RuleCode, Is.Not.EqualTo("risk.open"));
}
