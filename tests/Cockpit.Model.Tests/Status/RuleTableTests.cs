using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>The rule table: the codes the database and the review page store never change, and every row is well formed.</summary>
public class RuleTableTests
{
    /// <summary>The codes stored in the <c>rule</c> column before the table existed; each must still be produced by a rule.</summary>
    private static readonly string[] StoredCodes =
    [
        "empty", "placeholder", "no_cues", "progress",
        "verdict.achieved", "verdict.on_track", "verdict.negated", "verdict.unrealised", "verdict.double_negation", "verdict.failed",
        "verdict.shortfall", "verdict.partial", "verdict.risk", "verdict.hedged", "verdict.conditional", "verdict.possible",
        "verdict.not_yet", "verdict.delayed", "verdict.off_track", "verdict.not_at_risk", "verdict.postponed", "verdict.not_in_time",
        "verdict.cancelled", "verdict.no_obstacle", "verdict.infeasible", "verdict.not_replaced", "verdict.completed",
        "verdict.unassessable", "verdict.deferred", "verdict.no_forecast",
        "cost.under_budget", "cost.overrun", "cost.interim_overrun", "cost.risk",
        "figure.reached", "figure.forecast_reached", "figure.shortfall", "figure.below_target",
        "risk.cancelled", "risk.below_target", "risk.delay", "risk.stalled", "risk.failed", "risk.obstacle", "risk.partial",
        "risk.hedge", "risk.uncertain", "risk.work_left", "risk.conditional", "risk.unassessable", "risk.corona",
    ];

    [Test]
    public void Every_code_already_stored_in_the_database_is_still_a_rule() =>
        Assert.That(Rules.Table.Select(r => r.Code), Is.SupersetOf(StoredCodes));

    [Test]
    public void Rules_that_share_a_code_are_the_same_wording_with_opposite_status()
    {
        foreach (var group in Rules.Table.GroupBy(r => r.Code).Where(g => g.Count() > 1))
            Assert.That(group.Select(r => r.Status).Distinct().Count(), Is.EqualTo(group.Count()), group.Key);
    }

    [Test]
    public void Every_rule_is_well_formed()
    {
        Assert.Multiple(() =>
        {
            foreach (var rule in Rules.Table)
            {
                Assert.That(rule.Confidence, Is.InRange(0.0, 1.0), rule.Code);
                Assert.That(rule.ConfidenceUnnamed, Is.InRange(0.0, rule.Confidence), rule.Code);
                Assert.That(rule.Severity > 0, Is.EqualTo(rule.Kind == RuleKind.Risk), $"{rule.Code}: only risks have a severity");
                if (rule.Kind == RuleKind.Risk) Assert.That(rule.Status, Is.EqualTo(ForecastStatus.AtRisk), rule.Code);
                Assert.That(rule.Code.StartsWith("risk.", StringComparison.Ordinal), Is.EqualTo(rule.Kind == RuleKind.Risk), $"{rule.Code}: risk codes, and only they, start with risk.");
            }
        });
    }
}
