using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Figures against a target: reached is achieved, short of it a miss for a closed year and a risk mid-year; "toteutunut N" is a figure, not a verdict.</summary>
public class FigureTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new ClassifierCase("Tavoitetaso 12 000 käyntiä, toteuma 9 500 käyntiä vuonna 2020.", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Tavoitetaso 12 000 käyntiä, toteuma 9 500 käyntiä vuonna 2020.").For("A Finnish actual below the target in a named year is a miss");
        yield return new ClassifierCase("Tavoite 6 koulutusta, toteutunut 2 koulutusta.", ForecastStatus.AtRisk, "risk.below_target",
            "Tavoite 6 koulutusta, toteutunut 2 koulutusta.").For("A bare 'toteutunut' before a number is a figure, and short of the target mid-year a risk");
        yield return new ClassifierCase("Tavoite on 60 prosenttia. Toteuma 30.9.2020: 64 prosenttia.", ForecastStatus.Achieved, "figure.reached",
            "Toteuma 30.9.2020: 64 prosenttia.").For("A Finnish target in one sentence and the actual in the next is reached");
        yield return new ClassifierCase("Asiakastyytyväisyyden keskiarvo oli 3,5, kun tavoite oli 3,0 ja menot pysyivät ennallaan.", ForecastStatus.Achieved, "figure.reached",
            "Asiakastyytyväisyyden keskiarvo oli 3,5, kun tavoite oli 3,0 ja menot pysyivät ennallaan.").For("A Finnish 'oli N, kun tavoite oli M' with N above M is reached");
        yield return new ClassifierCase("Keskimääräinen odotusaika oli 3,5 päivää, kun tavoite oli 3,0 päivää ja menot pysyivät ennallaan.", ForecastStatus.AtRisk, "risk.below_target",
            "Keskimääräinen odotusaika oli 3,5 päivää, kun tavoite oli 3,0 päivää ja menot pysyivät ennallaan.").For("A waiting time above its target is short of it: lower is better");
        yield return new ClassifierCase("Målnivå 500 deltagare, utfall 620 deltagare.", ForecastStatus.Achieved, "figure.reached",
            "Målnivå 500 deltagare, utfall 620 deltagare.").For("A Swedish 'utfall' above 'målnivå' is reached");
        yield return new ClassifierCase("Target 1 200 loans, actual 1 350 loans by the end of May.", ForecastStatus.Achieved, "figure.reached",
            "Target 1 200 loans, actual 1 350 loans by the end of May.").For("An English actual above the target, with thousands separated by a space, is reached");
        yield return new ClassifierCase("Forecast 40 %, target 75 %.", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Forecast 40 %, target 75 %.").For("An English forecast figure below the target is a miss");
        yield return new ClassifierCase("Kävijämäärä jää tänä vuonna alle 50 000 kävijän tavoitteen.", ForecastStatus.WillNotBeMet, "figure.below_target",
            "Kävijämäärä jää tänä vuonna alle 50 000 kävijän tavoitteen.").For("A Finnish 'jää alle N tavoitteen' this year is a miss");
        yield return new ClassifierCase("Occupancy is currently below the target level.", ForecastStatus.AtRisk, "risk.below_target",
            "Occupancy is currently below the target level.").For("An English 'below the target' mid-year is a risk");
        yield return new ClassifierCase("Toteutunut 31.8.2020.", ForecastStatus.Achieved, "verdict.achieved",
            "Toteutunut 31.8.2020.").For("A date after 'toteutunut' is not a figure: still achieved");
    }

    [TestCaseSource(nameof(Cases))]
    public void Figures_against_a_target_decide(ClassifierCase c) => c.Check();
}
