using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 43's dangerous rows, read once it was measured: challenges that remain after a "but", a use that fell while another
/// rose, and a confirmation still to come after a verdict of success (after "but" or "although").
/// </summary>
public class RoundFortyThreeFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Toimintamalli on vakiintunut, mutta haasteita on edelleen ohjaajien saatavuudessa.", ForecastStatus.AtRisk, "risk.obstacle")
            .For("challenges that remain after a 'but' are an obstacle");
        yield return Sentence("Lainaus laski hieman, mutta verkkokäyttö kasvoi.", ForecastStatus.AtRisk, "verdict.mixed")
            .For("one use down and another up is a mix");
        yield return Sentence("Utlåningen och besöksantalet sjönk en aning, medan distansanvändningen ökade.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("a Swedish fall 'medan' a rise is a mix");
        yield return Sentence("Kulut laskivat, mutta tulot kasvoivat.", ForecastStatus.OnTrack, "progress")
            .For("costs down and income up are both good, no mix");
        yield return Sentence("The series should reach its goal, although two venues have yet to confirm their dates.", ForecastStatus.AtRisk, "verdict.risk")
            .For("a confirmation still to come, conceded after the verdict, qualifies it");
        yield return Sentence("Sarja saavuttaa tavoitteensa, vaikka kaksi paikkaa ei ole vielä vahvistanut päivämääriä.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'vaikka … ei ole vielä vahvistanut' qualifies the verdict");
        yield return Sentence("The series should reach its goal, but two venues have not yet confirmed their dates.", ForecastStatus.AtRisk, "verdict.risk")
            .For("a confirmation still to come after a 'but' qualifies the verdict");
        yield return Sentence("Tavoite saavutetaan, vaikka keväällä oli ongelmia.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("a problem the verdict concedes does not qualify it");
        yield return Sentence("Nuorten kesätyöpaikkoja oli 610, joten vuoden 600 paikan tavoitteesta on jo päästy yli.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'tavoitteesta on jo päästy yli' is past the target");
        yield return Sentence("Utlåningen har ökat med 20 %, alltså tvärtemot den nedåtgående trenden runt om i landet.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome)
            .For("'runt om i landet' is around, not 'if'");
        yield return Sentence("Att biblioteket stänger i september hindrar inte målet på 40 träffar.", ForecastStatus.OnTrack, "verdict.no_obstacle")
            .For("'hindrar inte' denies the obstacle");
        yield return Sentence("Lägret står och faller med besiktningen av bryggorna.", ForecastStatus.AtRisk, "risk.conditional")
            .For("'står och faller med' is a condition");
        yield return Sentence("Kvällsöppet går inte att ordna i år.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("'går inte att ordna i år' is not possible this year");
        yield return Sentence("Purjehduskerhojen 60 retken tavoite kariutui.", ForecastStatus.WillNotBeMet, "verdict.failed", RoundKind.Outcome)
            .For("a goal that 'kariutui' failed");
        yield return Sentence("The goal for lit evening hours is off the table for 2044.", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("'off the table' is called off");
        yield return Sentence("Hanke pysyi 2,4 miljoonan euron kustannusarviossaan.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("kept within its own cost estimate, an amount between, is within budget");
    }

    [Test]
    public void Reworded_for_next_year_is_no_condition() =>
        Assert.That(StatusClassifier.Classify("Målet ska formuleras om inför 2045.", RoundKind.Outcome).Status, Is.EqualTo(ForecastStatus.NotAssessed));

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_three_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void Challenges_being_worked_on_are_no_obstacle() =>
        Assert.That(StatusClassifier.Classify("Toimiala pyrkii korjaamaan arviointikertomuksessa esille tuotuja haasteita.").Status, Is.EqualTo(ForecastStatus.NotAssessed));
}
