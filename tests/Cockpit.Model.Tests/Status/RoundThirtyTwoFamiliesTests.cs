using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 32 showed once measured: this year's figure against last year's in figures, a fraction more than
/// last year, a level of consumption against its target, parts left for later ("jäi tehtäväksi"), a balance on a
/// condition, "epätodennäköistä, että", fewer of something than the goal, following the budget, what something "har
/// kostat", dearer than what was set aside, a weaker result, the progressive "yltämässä", no effect expected, a year named
/// before "tänä syksynä", a part left "vasta tammikuussa" after a completion, "tavoitteen mukaista", and trying that is
/// no progress.
/// </summary>
public class RoundThirtyTwoFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kävijöitä oli tammi–maaliskuussa 41 000, kun vastaavana aikana vuotta aiemmin kävijöitä oli 50 000.", ForecastStatus.AtRisk, "risk.below_last_year")
            .For("fewer than a year earlier, in figures, is a fall");
        yield return Sentence("Kohtaamisia kirjattiin 2 100, mikä on kolmanneksen enemmän kuin vastaavana aikana viime vuonna.", ForecastStatus.OnTrack, "progress")
            .For("a third more than last year is progress, not a fraction of it");
        yield return Sentence("Ennusteen mukaan kirjastojen sähkönkulutus asettuu noin 2,3 gigawattituntiin, kun tavoitteena on pysyä 2,0 gigawattitunnissa.", ForecastStatus.WillNotBeMet, "figure.shortfall")
            .For("more consumption than the target is short of it");
        yield return Sentence("Vuonna 2025 rakennettiin kaukalo valaistuksineen, kentän aita jäi tehtäväksi vuonna 2026.", ForecastStatus.AtRisk, "risk.work_left")
            .For("a part left to be done later is work left");
        yield return Sentence("Det ser ut att bli ett nollresultat, såvida inte nya restriktioner införs under hösten.", ForecastStatus.AtRisk, "verdict.risk")
            .For("a balance on a condition is at risk");
        yield return Sentence("On epätodennäköistä, että 600 opastuksen tavoite saavutetaan, sillä syksylle on varattu vasta 90 opastusta.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("unlikely to be met is probably not, a miss");
        yield return Sentence("Museon opastuksille osallistui noin viidennes vähemmän koululaisryhmiä kuin tavoite edellytti.", ForecastStatus.WillNotBeMet, "figure.below_target", RoundKind.Outcome)
            .For("fewer of something than the goal required is short of it");
        yield return Sentence("Prognosen visar att biblioteken kommer följa budgeten.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("following the budget is within it");
        yield return Sentence("Ombyggnaden har kostat 2 400 000 kronor vilket är 600 000 kronor mindre än budgeterat.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("what it has cost, less than budgeted, is better");
        yield return Sentence("Det nya badhuset kan bli ännu dyrare än de avsatta 300 miljonerna.", ForecastStatus.AtRisk, "cost.risk")
            .For("possibly dearer than what was set aside is a risk");
        yield return Sentence("Resultatet är svagare än man uppskattade i budgeten.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("weaker than budgeted is worse");
        yield return Sentence("Kierrostavoitteeseen ollaan yltämässä.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("reaching the target, in the progressive, is on course");
        yield return Sentence("Remontista huolimatta varauksia on kertynyt kuten ennenkin, eikä remontin arvioida vaikuttavan vuoden varausmäärään.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("no effect expected is no risk, not an assessment missing");
        yield return Sentence("Kerhotavoite jäi vuonna 2031 toteutumatta, mutta tänä syksynä kouluihin on jo sovittu 280 kerhoa 300:sta, ja loput 20 käynnistyvät lokakuussa.", ForecastStatus.OnTrack, "progress")
            .For("a year named before this autumn is another year");
        yield return Sentence("Kameravalvonnan uusiminen valmistui kahdessa hallissa, mutta kolmannen hallin laitteet asennetaan vasta tammikuussa.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("done but for a part left until January is in part");
        yield return Sentence("Yksikään kirjasto ei joutunut lyhentämään aukioloaikojaan, mikä oli tavoitteen mukaista.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("as the goal has it, in the partitive, is met");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_thirty_two_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void Trying_is_no_progress() =>
        Assert.That(StatusClassifier.Classify("Verotulojen menetystä on pyritty kompensoimaan valtionosuuksilla.").Status, Is.Not.EqualTo(ForecastStatus.OnTrack),
            "\"on pyritty kompensoimaan\" is an attempt, not work done");
}
