using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 40 showed once measured, its dangerous rows first: a ceiling counted from January and past its pace;
/// "on tiukoilla"; done in two places with a third moved; one goal met and another short after a "but", the first goal's
/// figure in an aside; "ställa in"; the budget's goals are no budget.
/// </summary>
public class RoundFortyFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Salibandyn ylityötunteja kertyi tammi–kesäkuussa 5 200, kun koko vuodelle asetettu enimmäismäärä on 8 000 tuntia.", ForecastStatus.AtRisk, "risk.below_target")
            .For("under the year's ceiling so far, but past its pace for six months");
        yield return Sentence("Salibandyn ylityötunteja kertyi tammi–kesäkuussa 3 000, kun koko vuodelle asetettu enimmäismäärä on 8 000 tuntia.", ForecastStatus.OnTrack, "figure.forecast_reached")
            .For("under the ceiling's pace for six months is on course");
        yield return Sentence("Pukuhuoneiden lukot on uusittu viidessä hallissa, mutta koko hankkeen valmistuminen tänä vuonna on tiukoilla.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'on tiukoilla' is tight");
        yield return Sentence("Kentät uusittiin vuoden aikana Malmilla ja Vuosaaressa, mutta Kontulan kentän osuus siirtyi.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("done in two places, the third moved: in part");
        yield return Sentence("Lainamäärä, 3,1 miljoonaa, saavutti tavoitteen, mutta käynnit jäivät 1,2 miljoonaan, kun niitä tavoiteltiin 1,5 miljoonaa.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("one goal met, and after the 'but' another short of what was aimed at");
        yield return Sentence("Festivalen måste vi ställa in eftersom vi inte fick finansiering.", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("'ställa in' is to cancel");
        yield return Sentence("Nuorisotyötä on vain osittain vahvistettu talousarvion tavoitteiden mukaisesti.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("the budget's goals are goals, not money; only in part");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
