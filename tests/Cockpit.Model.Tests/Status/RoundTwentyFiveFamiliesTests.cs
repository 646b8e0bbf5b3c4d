using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-25 unseen pair (read in part at the end of a session): what something else requires;
/// spending under the appropriation; dearer than budgeted; ahead of time; a project halted; 'det är inga … som'; a queue
/// that grows instead; a situation not improved.
/// </summary>
public class RoundTwentyFiveFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kävijätavoitteeseen voidaan vielä päästä, mutta se vaatii, että joulun tapahtumat toteutuvat suunnitellusti.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("A verdict that something else requires is a condition");
        yield return Sentence("Liikuntapalvelujen menoennuste on noin 200 000 euroa määrärahaa pienempi.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("Spending under the appropriation is under budget");
        yield return Sentence("Kesätapahtumat tulivat 12 prosenttia kalliimmiksi kuin oli budjetoitu.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("Dearer than budgeted is a miss");
        yield return Sentence("Uimahallin katsomo valmistui viikon etuajassa.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Completed ahead of time is achieved");
        yield return Sentence("Kirjastosovelluksen hanke on keskeytetty.", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("A project halted is cancelled");
        yield return Sentence("Det är numera inga av regionerna som lever upp till vårdgarantin.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("'det är inga … som lever upp' is a miss");
        yield return Sentence("Kötiden minskar inte, utan tvärtom ökar.", ForecastStatus.WillNotBeMet, "figure.below_last_year", RoundKind.Outcome)
            .For("A queue that grows instead of shrinking is a miss at year end");
        yield return Sentence("Tilanne ei ole parantunut.", ForecastStatus.AtRisk, "risk.stalled")
            .For("A situation that has not improved is stalled");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_five_families(ClassifierCase c) => c.Check();
}
