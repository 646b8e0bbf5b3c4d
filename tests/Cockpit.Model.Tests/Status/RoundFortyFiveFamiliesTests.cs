using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 45's written dangerous row and its one wrong text in the auto-accept band, read once it was measured: a metric behind
/// by a share after another already met, and "we do not know whether the goal was reached".
/// </summary>
public class RoundFortyFiveFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Aukioloja koskeva mittari on jo täyttynyt, mutta kävijämäärämittarissa ollaan syyskuun lopussa noin 20 prosenttia jäljessä.", ForecastStatus.AtRisk, "verdict.mixed")
            .For("one metric met and another a share behind is a mix");
        yield return Sentence("Kävijämäärämittarissa ollaan syyskuun lopussa noin 20 prosenttia jäljessä.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("a metric a share behind during the year is short so far");
        yield return Sentence("We do not know whether the audience goal was reached.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("not knowing whether the goal was reached is no miss");
        yield return Sentence("Emme tiedä, saavutettiinko tavoite.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'emme tiedä, saavutettiinko' is no verdict");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_five_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
