using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The round decides what a present tense means: in a forecast "Tavoite toteutuu" is on track, in a year-end outcome
/// column it is achieved; reported and passive outcomes ("todettiin täyttyneen", "to have been met") are achieved.
/// </summary>
public class YearEndTests
{
    private static ClassifierCase Outcome(string text, ForecastStatus expected, string rule) =>
        new(text, expected, rule, text, Round: RoundKind.Outcome);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new ClassifierCase("Tavoite toteutuu.", ForecastStatus.OnTrack, "verdict.on_track", "Tavoite toteutuu.")
            .For("A Finnish present tense in a forecast is on track");
        yield return Outcome("Tavoite toteutuu.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Finnish present tense at year end is achieved");
        yield return Outcome("Målet uppfylls.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Swedish present tense at year end is achieved");
        yield return new ClassifierCase("The target is met.", ForecastStatus.OnTrack, "verdict.on_track", "The target is met.")
            .For("An English present passive in a forecast is on track");
        yield return Outcome("The target is met.", ForecastStatus.Achieved, "verdict.achieved")
            .For("An English present passive at year end is achieved");
        yield return Outcome("Mittarin tavoitetaso ylittyy.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Finnish 'ylittyy' at year end is achieved");
        yield return Outcome("Tavoite tullaan saavuttamaan.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("A Finnish future at year end is still a forecast");
        yield return Outcome("Målet bedöms nås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("A framed Swedish present at year end stays a forecast");
        yield return Outcome("Tavoitteen katsottiin täyttyneen.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Finnish reported 'katsottiin täyttyneen' is achieved");
        yield return Outcome("Tavoite todettiin saavutetuksi.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Finnish 'todettiin saavutetuksi' is achieved");
        yield return new ClassifierCase("The target was deemed to have been met.", ForecastStatus.Achieved, "verdict.achieved",
            "The target was deemed to have been met.").For("An English perfect infinitive is past");
        yield return Outcome("Toteuma jäi selvästi tavoitetason alle.", ForecastStatus.WillNotBeMet, "figure.below_target")
            .For("A Finnish 'tavoitetason alle' at year end is a miss");
        yield return Outcome("Resultatet blev lägre än målet.", ForecastStatus.WillNotBeMet, "figure.below_target")
            .For("A Swedish 'lägre än målet' at year end is a miss");
        yield return Outcome("Utfallet låg långt under målet.", ForecastStatus.WillNotBeMet, "figure.below_target")
            .For("A Swedish 'under målet' at year end is a miss");
        yield return Outcome("Måluppfyllelsen är låg.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("A Swedish low attainment is met in part");
        yield return Outcome("Måluppfyllelsen är god.", ForecastStatus.Achieved, "verdict.achieved")
            .For("A Swedish good attainment at year end is achieved");
        yield return Outcome("Tavoitteesta jäätiin.", ForecastStatus.WillNotBeMet, "verdict.shortfall")
            .For("A Finnish passive 'tavoitteesta jäätiin' is a miss");
        yield return Outcome("Tavoite ei toteutunut kaikilta osin.", ForecastStatus.AtRisk, "verdict.partial")
            .For("A Finnish 'ei kaikilta osin' is met in part");
        yield return Outcome("Tavoite toteutui pääosin.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("A Finnish 'toteutui pääosin' is met in part");
        yield return Outcome("Målet uppnåddes i stort sett.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("A Swedish 'i stort sett' is met in part");
        yield return Outcome("The target was largely met.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("An English 'largely met' is met in part");
        yield return Outcome("Målet nåddes till 80 procent.", ForecastStatus.WillNotBeMet, "figure.part_of_target")
            .For("A Swedish 'till 80 procent' at year end is a miss");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_tense_by_round(ClassifierCase c) => c.Check();
}
