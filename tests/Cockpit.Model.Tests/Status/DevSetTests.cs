namespace Cockpit.Model.Tests.Status;

/// <summary>The labelled dev set in ../shared/data: the bar the classifier must clear.</summary>
public class DevSetTests
{
    private static IReadOnlyList<LabelledText> DevSet()
    {
        var path = Path.GetFullPath(Path.Combine(LabelledTextFile.RepositoryRoot(), "..", "shared", "data", "status-devset.tsv"));
        if (!File.Exists(path))
            Assert.Fail($"The dev set is missing: expected {path} (the shared folder next to the repository). Check out /work/shared beside the repository.");
        return LabelledTextFile.Read(path);
    }

    [Test]
    public void The_dev_set_is_classified_well_enough_and_never_shows_a_risk_as_green()
    {
        var rows = DevSet();
        var report = StatusEvaluation.Run(rows);
        TestContext.Out.WriteLine(report.Format());
        Assert.Multiple(() =>
        {
            Assert.That(report.Accuracy, Is.GreaterThanOrEqualTo(0.95), "share of all rows right");
            Assert.That(report.Misses.Where(m => m.Row.Source == "seed").Select(m => m.Row.Line), Is.Empty, "seed rows wrong (line numbers)");
            Assert.That(report.Dangerous.Select(m => m.Row.Line), Is.Empty, "at_risk or will_not_be_met rows derived as achieved or on_track (line numbers)");
        });
    }
}
