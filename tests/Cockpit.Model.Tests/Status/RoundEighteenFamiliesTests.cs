using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-18 unseen pair: met only in one part or by half, what the goal requires, maximum
/// times and deadlines exceeded, 'till viss del', the year's outcome over another year's balance, moved from a month,
/// 'om året' and 'om- och', 'spricka', 'on course', a count or share of works done at year end, 'kun taas', and percent
/// under plan.
/// </summary>
public class RoundEighteenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Mittari täyttyi siten vain yhdeltä osaltaan.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("Met only in one of its parts is in part");
        yield return Sentence("Tavoite täyttyi näin vain puoliksi.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("Met only by half is hedged");
        yield return Sentence("Varauksia on jo nyt enemmän kuin tavoite edellyttää.", ForecastStatus.OnTrack, "figure.forecast_reached")
            .For("What the goal requires is no condition on it");
        yield return Sentence("Käsittelyaika nousi 30 päivään, vaikka enimmäisajaksi oli asetettu 21 päivää.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("A time that rose past its maximum is a miss");
        yield return Sentence("Målet bedöms uppnås till viss del.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'till viss del' is to some extent");
        yield return Sentence("Till skillnad från förra året, då hallarna visade ett överskott, visar helårsutfallet ett underskott.", ForecastStatus.WillNotBeMet, "balance.deficit", RoundKind.Outcome)
            .For("The year's outcome decides over another year's balance");
        yield return Sentence("Kunnan lastensuojelun määräajat ovat ylittyneet toistuvasti.", ForecastStatus.WillNotBeMet, "verdict.shortfall", RoundKind.Outcome)
            .For("Deadlines exceeded again and again are a miss");
        yield return Sentence("Koulun valmistuminen siirtyy joulukuusta maaliskuulle.", ForecastStatus.AtRisk, "risk.delay")
            .For("Moved from December to March is a delay");
        yield return Sentence("Driften kostar 2 miljoner kronor om året, och målet nås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'om året' is a rate, so the verdict after it is not conditional");
        yield return Sentence("Inget tyder på att tidplanen skulle spricka.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("'spricka' denied is on track");
        yield return Sentence("Visits are not quite on course for the annual figure.", ForecastStatus.AtRisk, "risk.stalled")
            .For("'not quite on course' is a risk");
        yield return Sentence("Kolmesta kentän peruskorjauksesta kaksi valmistui vuoden aikana.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Two of three completed at year end is in part");
        yield return Sentence("Arvioinnit valmistuivat 78 prosenttisesti määräajassa.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Completed in 78 percent of cases at year end is in part");
        yield return Sentence("40 procent av åtgärderna bedömdes som påbörjade.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("A share of the measures begun at year end is in part");
        yield return Sentence("Kaupunginmuseo on jo ohittanut kävijätavoitteensa, kun taas taidemuseon näyttely on siirtynyt.", ForecastStatus.AtRisk, "verdict.risk")
            .For("Passed, whereas another part slipped, is a risk");
        yield return Sentence("Vid halvåret låg besöken 15 procent under plan.", ForecastStatus.AtRisk, "risk.below_target")
            .For("Percent under plan is below target");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_eighteen_families(ClassifierCase c) => c.Check();
}
