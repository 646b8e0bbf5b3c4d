using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The work a goal is made of (renovation, rollout, measure) stands for the goal: completed is achieved, failed or moved
/// into next year is a miss; "already exceeds" is achieved; denied risks and corona effects are no risk; "N of M"
/// cancelled is partial; "whether" after a verb of assessing and "no forecast provided" are not assessed.
/// </summary>
public class WorkAndAssessmentTests
{
    private static IEnumerable<TestCaseData> Achieved()
    {
        yield return new ClassifierCase("Uimahallin remontti valmistui syyskuussa.", ForecastStatus.Achieved, "verdict.completed",
            "Uimahallin remontti valmistui syyskuussa.").For("A Finnish renovation completed is achieved");
        yield return new ClassifierCase("The renovation was finished in June.", ForecastStatus.Achieved, "verdict.completed",
            "The renovation was finished in June.").For("An English renovation finished is achieved");
        yield return new ClassifierCase("Renoveringen färdigställdes i maj.", ForecastStatus.Achieved, "verdict.achieved",
            "Renoveringen färdigställdes i maj.").For("A Swedish renovation completed is achieved");
        yield return new ClassifierCase("Järjestelmän käyttöönotto onnistui kesäkuussa.", ForecastStatus.Achieved, "verdict.achieved",
            "Järjestelmän käyttöönotto onnistui kesäkuussa.").For("A Finnish rollout that succeeded is achieved");
        yield return new ClassifierCase("Utlåningen överstiger redan årsmålet.", ForecastStatus.Achieved, "verdict.achieved",
            "Utlåningen överstiger redan årsmålet.").For("A Swedish 'överstiger redan' is achieved");
        yield return new ClassifierCase("The number of visits already exceeds the annual target.", ForecastStatus.Achieved, "verdict.achieved",
            "The number of visits already exceeds the annual target.").For("An English 'already exceeds' is achieved");
        yield return new ClassifierCase("Kävijämäärä ylittää jo vuositavoitteen.", ForecastStatus.Achieved, "verdict.achieved",
            "Kävijämäärä ylittää jo vuositavoitteen.").For("A Finnish 'ylittää jo' is achieved");
    }

    private static IEnumerable<TestCaseData> OnTrack()
    {
        yield return new ClassifierCase("Tavoite ylittyy jo lokakuussa.", ForecastStatus.OnTrack, "verdict.on_track",
            "Tavoite ylittyy jo lokakuussa.").For("A Finnish future 'ylittyy jo lokakuussa' is on track, not achieved");
        yield return new ClassifierCase("Hankkeeseen ei liity tunnettuja riskejä.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "Hankkeeseen ei liity tunnettuja riskejä.").For("Finnish denied risks are on track");
        yield return new ClassifierCase("Inga väsentliga risker har identifierats i projektet.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "Inga väsentliga risker har identifierats i projektet.").For("Swedish denied risks are on track");
        yield return new ClassifierCase("No significant risks to the project have been identified.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "No significant risks to the project have been identified.").For("English denied risks are on track");
        yield return new ClassifierCase("Koronatilanne ei ole haitannut hankkeen etenemistä.", ForecastStatus.OnTrack, "progress",
            "Koronatilanne ei ole haitannut hankkeen etenemistä.").For("A Finnish denied corona effect is no risk");
        yield return new ClassifierCase("Pandemin har inte påverkat tidplanen, och arbetet fortskrider enligt plan.", ForecastStatus.OnTrack, "progress",
            "Pandemin har inte påverkat tidplanen, och arbetet fortskrider enligt plan.").For("A Swedish denied corona effect is no risk");
        yield return new ClassifierCase("The pandemic has not affected the schedule, and the work is progressing as planned.", ForecastStatus.OnTrack, "progress",
            "The pandemic has not affected the schedule, and the work is progressing as planned.").For("An English denied corona effect is no risk");
    }

    private static IEnumerable<TestCaseData> Risks()
    {
        yield return new ClassifierCase("Kahdeksasta työpajasta kolme jouduttiin perumaan.", ForecastStatus.AtRisk, "risk.cancelled",
            "Kahdeksasta työpajasta kolme jouduttiin perumaan.").For("A Finnish 'N of M jouduttiin perumaan' is a partial cancellation");
        yield return new ClassifierCase("Tre av tio konserter ställdes in.", ForecastStatus.AtRisk, "risk.cancelled",
            "Tre av tio konserter ställdes in.").For("A Swedish 'tre av tio ställdes in' is a partial cancellation");
        yield return new ClassifierCase("Four of the ten concerts had to be cancelled.", ForecastStatus.AtRisk, "risk.cancelled",
            "Four of the ten concerts had to be cancelled.").For("An English 'four of the ten cancelled' is a partial cancellation");
    }

    private static IEnumerable<TestCaseData> Misses()
    {
        yield return new ClassifierCase("All six workshops were cancelled.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "All six workshops were cancelled.").For("An English 'all ... cancelled' is a miss");
        yield return new ClassifierCase("Toimenpide ei onnistu suunnitellussa aikataulussa, ja se siirtyy vuodelle 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Toimenpide ei onnistu suunnitellussa aikataulussa, ja se siirtyy vuodelle 2021.").For("A Finnish move into next year outweighs 'not on schedule'");
        yield return new ClassifierCase("The rollout has been moved to 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "The rollout has been moved to 2021.").For("An English rollout moved to next year is a miss");
        yield return new ClassifierCase("Införandet har skjutits upp till 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Införandet har skjutits upp till 2021.").For("A Swedish rollout postponed to next year is a miss");
        yield return new ClassifierCase("The action failed.", ForecastStatus.WillNotBeMet, "verdict.failed",
            "The action failed.").For("An English 'the action failed' is a miss");
        yield return new ClassifierCase("Åtgärden misslyckades.", ForecastStatus.WillNotBeMet, "verdict.failed",
            "Åtgärden misslyckades.").For("A Swedish 'åtgärden misslyckades' is a miss");
        yield return new ClassifierCase("Toimenpide epäonnistui.", ForecastStatus.WillNotBeMet, "verdict.failed",
            "Toimenpide epäonnistui.").For("A Finnish 'toimenpide epäonnistui' is a miss");
    }

    private static IEnumerable<TestCaseData> NotAssessed()
    {
        yield return new ClassifierCase("It could not be verified whether the target was met.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "It could not be verified whether the target was met.").For("An English 'could not verify whether ... met' is not assessed");
        yield return new ClassifierCase("We could not assess if the target was reached.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "We could not assess if the target was reached.").For("An English 'assess if' is whether, not a condition");
        yield return new ClassifierCase("Det gick inte att bedöma om målet nåtts.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Det gick inte att bedöma om målet nåtts.").For("A Swedish 'bedöma om' is whether, not a condition");
        yield return new ClassifierCase("Ei voitu todentaa, saavutettiinko tavoite.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Ei voitu todentaa, saavutettiinko tavoite.").For("A Finnish 'ei voitu todentaa, saavutettiinko' is not assessed");
        yield return new ClassifierCase("No assessment provided.", ForecastStatus.NotAssessed, "verdict.deferred",
            "No assessment provided.").For("An English 'no assessment provided' is not assessed, not a condition");
        yield return new ClassifierCase("No forecast provided for this round.", ForecastStatus.NotAssessed, "verdict.deferred",
            "No forecast provided for this round.").For("An English 'no forecast provided' is not assessed");
    }

    [TestCaseSource(nameof(Achieved))]
    public void Completed_work_and_levels_already_passed_are_achieved(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(OnTrack))]
    public void Denied_risks_and_effects_are_on_track(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Risks))]
    public void Part_of_the_events_cancelled_is_at_risk(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Misses))]
    public void Failed_cancelled_or_postponed_work_is_a_miss(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(NotAssessed))]
    public void Unverifiable_or_absent_forecasts_are_not_assessed(ClassifierCase c) => c.Check();
}
