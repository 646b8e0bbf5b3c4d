namespace Cockpit.Model.Tests.Status;

/// <summary>The held-out set, written by someone else and seen by the classifier only here; same bar as the dev set.</summary>
public class HoldoutTests
{
    [Test]
    public void The_hold_out_set_is_classified_well_enough_and_never_shows_a_risk_as_green()
    {
        var path = Path.Combine(LabelledTextFile.RepositoryRoot(), "tests", "Cockpit.Model.Tests", "Status", "status-holdout.tsv");
        if (!File.Exists(path))
            Assert.Ignore($"No hold-out set yet: {path} is added when the classifier branch is merged; until then only the dev set measures the classifier.");
        var report = StatusEvaluation.Run(LabelledTextFile.Read(path));
        TestContext.Out.WriteLine(report.Format());
        Assert.Multiple(() =>
        {
            Assert.That(report.Accuracy, Is.GreaterThanOrEqualTo(0.95), "share of all rows right");
            Assert.That(report.Dangerous.Select(m => m.Row.Line), Is.Empty, "at_risk or will_not_be_met rows derived as achieved or on_track (line numbers)");
        });
    }
}
