using System.Globalization;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The fresh unseen sets (texts written for this evaluation, and real sentences published by municipalities): each must
/// be right at least as often as the issue asks and never show an at-risk or missed text green. Only the confusion matrix
/// is printed, never the misses, so that the sets stay unseen.
/// </summary>
[SetCulture("fi-FI")]
public class UnseenSetTests
{
    private static IEnumerable<TestCaseData> Sets() =>
        UnseenSet.All.Select(s => new TestCaseData(s).SetName($"{s.Name}_meets_its_target_and_never_shows_a_risk_as_green"));

    [TestCaseSource(nameof(Sets))]
    public void Unseen_set_meets_its_target_and_never_shows_a_risk_as_green(UnseenSet set)
    {
        var report = StatusEvaluation.Run(LabelledTextFile.Read(set.Path()));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Name}: first run {set.FirstRunAccuracy:P1}, {set.FirstRunDangerous} dangerous; now:"));
        TestContext.Out.WriteLine(report.Format(withMisses: false));
        Assert.Multiple(() =>
        {
            Assert.That(report.Accuracy, Is.GreaterThanOrEqualTo(set.Target), "share of unseen rows right");
            Assert.That(report.Dangerous, Is.Empty, "at_risk or will_not_be_met rows derived as achieved or on_track");
        });
    }
}
