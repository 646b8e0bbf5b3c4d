using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-19 unseen pair (read in part at the end of a session): 'riskissä', and 'whether'
/// after a clause break as a question, with 'judged' as assessing.
/// </summary>
public class RoundNineteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Avaaminen vuoden loppuun mennessä on tällä hetkellä riskissä.", ForecastStatus.AtRisk, "risk.hedge")
            .For("'riskissä' is at risk");
        yield return Sentence("No data is available yet, so whether the target will be met cannot be judged.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("'whether' after a clause break is asked, and 'judged' assesses");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_nineteen_families(ClassifierCase c) => c.Check();
}
