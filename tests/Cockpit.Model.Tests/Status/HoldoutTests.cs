namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The hold-out set: 150 texts written by someone who saw neither the classifier nor the other sets, first run only
/// after the rules were done. It measures texts the rules were not fitted to: 133/150 = 88.7 %, one at_risk text shown
/// green, against the 95 % and zero the dev sets meet (unseen figures of the five rounds so far: 82.6, 85.8, 90.1,
/// 91.4, 88.7 %). The assertions hold that first-run floor, so a change that makes unseen text worse fails here.
/// Never tune rules against this file: once its misses are read, it becomes dev set 6 and a fresh hold-out replaces it.
/// </summary>
public class HoldoutTests
{
    private const double FirstRunAccuracy = 133.0 / 150;
    private const int FirstRunDangerous = 1;

    [Test]
    public void Unseen_texts_are_classified_no_worse_than_when_first_measured()
    {
        var path = Path.Combine(LabelledTextFile.RepositoryRoot(), "tests", "Cockpit.Model.Tests", "Status", "status-holdout.tsv");
        var report = StatusEvaluation.Run(LabelledTextFile.Read(path));
        TestContext.Out.WriteLine(report.Format());
        Assert.Multiple(() =>
        {
            Assert.That(report.Accuracy, Is.GreaterThanOrEqualTo(FirstRunAccuracy - 1e-9), "share of unseen rows right");
            Assert.That(report.Dangerous, Has.Count.LessThanOrEqualTo(FirstRunDangerous), "at_risk or will_not_be_met rows derived as achieved or on_track");
        });
    }
}
