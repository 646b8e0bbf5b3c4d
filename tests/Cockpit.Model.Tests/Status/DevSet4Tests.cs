namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The fourth development set: the third hold-out, written by someone else and measured once unseen (118/131 = 90.1 %,
/// one dangerous error), and since then read and used to find general weaknesses. It is no longer a measure of unseen
/// texts; a fresh set will be.
/// Same bar as the dev set.
/// </summary>
public class DevSet4Tests
{
    [Test]
    public void The_fourth_dev_set_is_classified_well_enough_and_never_shows_a_risk_as_green()
    {
        var path = Path.Combine(LabelledTextFile.RepositoryRoot(), "tests", "Cockpit.Model.Tests", "Status", "status-devset-4.tsv");
        if (!File.Exists(path))
            Assert.Fail($"The fourth dev set is missing: expected {path}.");
        var report = StatusEvaluation.Run(LabelledTextFile.Read(path));
        TestContext.Out.WriteLine(report.Format());
        Assert.Multiple(() =>
        {
            Assert.That(report.Accuracy, Is.GreaterThanOrEqualTo(0.95), "share of all rows right");
            Assert.That(report.Dangerous.Select(m => m.Row.Line), Is.Empty, "at_risk or will_not_be_met rows derived as achieved or on_track (line numbers)");
        });
    }
}
