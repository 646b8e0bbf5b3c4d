using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Verdicts without the goal as subject, and outcomes read from what happened: a cancellation, time running out, a cost overrun.</summary>
public class OutcomeTests
{
    private static IEnumerable<TestCaseData> Subjectless()
    {
        yield return new ClassifierCase("Toteutui syyskuussa.", ForecastStatus.Achieved, "verdict.achieved",
            "Toteutui syyskuussa.").For("A Finnish subjectless 'Toteutui' is achieved");
        yield return new ClassifierCase("Uppfyllt i september.", ForecastStatus.Achieved, "verdict.achieved",
            "Uppfyllt i september.").For("A Swedish subjectless 'Uppfyllt' is achieved");
        yield return new ClassifierCase("Completed in May 2020.", ForecastStatus.Achieved, "verdict.achieved",
            "Completed in May 2020.").For("An English subjectless 'Completed' is achieved");
        yield return new ClassifierCase("Hanke täytti sille asetetun tavoitteen.", ForecastStatus.Achieved, "verdict.achieved",
            "Hanke täytti sille asetetun tavoitteen.").For("The Finnish transitive 'täytti tavoitteen' is achieved");
        yield return new ClassifierCase("Vuositavoite täytettiin jo lokakuussa, eikä lisäresursseja tarvittu.", ForecastStatus.Achieved, "verdict.achieved",
            "Vuositavoite täytettiin jo lokakuussa, eikä lisäresursseja tarvittu.").For("A following 'eikä ... tarvittu' does not negate 'täytettiin'");
        yield return new ClassifierCase("Kävijätavoite (500 000) ylitettiin jo syyskuussa.", ForecastStatus.Achieved, "verdict.achieved",
            "Kävijätavoite (500 000) ylitettiin jo syyskuussa.").For("A Finnish target level in parentheses then 'ylitettiin' is achieved");
        yield return new ClassifierCase("Målnivån (90 %) överskreds redan i maj.", ForecastStatus.Achieved, "verdict.achieved",
            "Målnivån (90 %) överskreds redan i maj.").For("A Swedish target level 'överskreds' is achieved");
        yield return new ClassifierCase("The target (75 %) was exceeded in May.", ForecastStatus.Achieved, "verdict.achieved",
            "The target (75 %) was exceeded in May.").For("An English target level 'was exceeded' is achieved");
        yield return new ClassifierCase("Ei onnistu vuonna 2020.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Ei onnistu vuonna 2020.").For("A Finnish subjectless 'Ei onnistu vuonna 2020' is a miss");
        yield return new ClassifierCase("Kurssit eivät onnistu vuoden 2020 aikana.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Kurssit eivät onnistu vuoden 2020 aikana.").For("A Finnish plural subject with a negated verdict for the year is a miss");
        yield return new ClassifierCase("Kiertueet eivät toteudu tänä vuonna, koska tilat ovat remontissa.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Kiertueet eivät toteudu tänä vuonna, koska tilat ovat remontissa.").For("A 'koska' clause does not make a negated verdict partial");
        yield return new ClassifierCase("Uppnås inte i år.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Uppnås inte i år.").For("A Swedish subjectless 'Uppnås inte i år' is a miss");
        yield return new ClassifierCase("Will not be achieved this year.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Will not be achieved this year.").For("An English subjectless 'Will not be achieved this year' is a miss");
    }

    private static IEnumerable<TestCaseData> Cancellations()
    {
        yield return new ClassifierCase("Syysnäyttely peruttiin kokonaan.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "Syysnäyttely peruttiin kokonaan.").For("A Finnish event cancelled 'kokonaan' is a miss");
        yield return new ClassifierCase("Osa kursseista peruttiin.", ForecastStatus.AtRisk, "risk.cancelled",
            "Osa kursseista peruttiin.").For("A Finnish 'osa ... peruttiin' is a risk");
        yield return new ClassifierCase("Konserten ställdes in helt.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "Konserten ställdes in helt.").For("A Swedish event cancelled 'helt' is a miss");
        yield return new ClassifierCase("Vissa föreställningar ställdes in.", ForecastStatus.AtRisk, "risk.cancelled",
            "Vissa föreställningar ställdes in.").For("A Swedish 'vissa ... ställdes in' is a risk");
        yield return new ClassifierCase("The conference was called off.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "The conference was called off.").For("An English event called off is a miss");
        yield return new ClassifierCase("Some workshops were cancelled.", ForecastStatus.AtRisk, "risk.cancelled",
            "Some workshops were cancelled.").For("An English 'some ... cancelled' is a risk");
    }

    private static IEnumerable<TestCaseData> OutOfTime()
    {
        yield return new ClassifierCase("Selvitystä ei saada valmiiksi tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "Selvitystä ei saada valmiiksi tänä vuonna.").For("A Finnish 'ei saada valmiiksi tänä vuonna' is a miss");
        yield return new ClassifierCase("Ohjelmaa ei ehditä hyväksyä vuoden aikana.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "Ohjelmaa ei ehditä hyväksyä vuoden aikana.").For("A Finnish 'ei ehditä ... vuoden aikana' is a miss");
        yield return new ClassifierCase("Planen hinner inte bli klar i år.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "Planen hinner inte bli klar i år.").For("A Swedish 'hinner inte bli klar i år' is a miss");
        yield return new ClassifierCase("The strategy will not be finished this year.", ForecastStatus.WillNotBeMet, "verdict.not_in_time",
            "The strategy will not be finished this year.").For("An English 'will not be finished this year' is a miss");
        yield return new ClassifierCase("Raportti ei valmistu ajallaan.", ForecastStatus.AtRisk, "risk.stalled",
            "Raportti ei valmistu ajallaan.").For("A Finnish 'ei valmistu ajallaan' without the year is a risk, not a miss");
    }

    private static IEnumerable<TestCaseData> Costs()
    {
        yield return new ClassifierCase("Menot ylittyivät ensimmäisellä vuosineljänneksellä viidellä prosentilla.", ForecastStatus.AtRisk, "cost.interim_overrun",
            "Menot ylittyivät ensimmäisellä vuosineljänneksellä viidellä prosentilla.").For("A Finnish overrun in a quarter is a risk");
        yield return new ClassifierCase("Kostnaderna överskreds under första kvartalet.", ForecastStatus.AtRisk, "cost.interim_overrun",
            "Kostnaderna överskreds under första kvartalet.").For("A Swedish overrun in a quarter is a risk");
        yield return new ClassifierCase("Costs exceeded the budget in the second quarter.", ForecastStatus.AtRisk, "cost.interim_overrun",
            "Costs exceeded the budget in the second quarter.").For("An English overrun in a quarter is a risk");
        yield return new ClassifierCase("Kulut ylittyivät, eikä budjetissa pysytty.", ForecastStatus.WillNotBeMet, "cost.overrun",
            "Kulut ylittyivät, eikä budjetissa pysytty.").For("A Finnish 'eikä budjetissa pysytty' is a miss");
    }

    [TestCaseSource(nameof(Subjectless))]
    public void A_verdict_without_the_goal_as_subject_still_decides(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Cancellations))]
    public void A_whole_cancellation_is_a_miss_and_a_partial_one_a_risk(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(OutOfTime))]
    public void Time_running_out_this_year_is_a_miss(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Costs))]
    public void A_cost_overrun_in_part_of_the_year_is_a_risk_and_a_denied_budget_a_miss(ClassifierCase c) => c.Check();
}
