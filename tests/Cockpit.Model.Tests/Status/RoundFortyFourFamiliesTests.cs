using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 44's dangerous rows, read once it was measured: one verb for income and costs, a deviation as a share of the budget,
/// a result "miinuksella" against a goal of a positive one, rents received, a goal reached while another use fell short of
/// its estimate, and a work that can go ahead only when a permit comes.
/// </summary>
public class RoundFortyFourFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Menojen ennustetaan ylittyvän 300 000 eurolla ja tulojen 100 000 eurolla.", ForecastStatus.AtRisk, "verdict.mixed")
            .For("one verb for costs and income over the budget is good for one and bad for the other");
        yield return Sentence("Tulos on 95 760 euroa miinuksella, vaikka tavoitteena oli positiivinen tulos.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("a result 'miinuksella' is in the red, and the positive result is the goal's, not the result");
        yield return Sentence("Tilinpäätös oli taas plussalla.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("'plussalla' is in the black");
        yield return Sentence("Studioiden vuokrista saatiin vain 85 000 euroa, vaikka talousarvioon oli kirjattu 130 000.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("rents received are income, short of the budget");
        yield return Sentence("Kävijöiden määrä nousi tavoitteeseen, kun taas verkkonäyttelyiden käyttö jäi selvästi arvioidusta.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("a goal reached while another use fell short of its estimate is a mix");
        yield return Sentence("Projektet kan genomföras först när markägaren ger sitt tillstånd.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'kan genomföras först när' is a condition");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_four_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void A_deviation_as_a_share_of_the_budget_is_no_budget_kept() =>
        Assert.That(StatusClassifier.Classify("Det motsvarar mindre än en procent av budget.").Status, Is.Not.EqualTo(ForecastStatus.OnTrack));
}
