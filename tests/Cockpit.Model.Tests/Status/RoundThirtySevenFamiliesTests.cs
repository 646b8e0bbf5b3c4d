using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 37 showed once measured: a figure in one sentence and its target in the next (a family every written
/// round since 34 has used), a schedule planned again, later than the original schedule, all but some; and "toteutuneet
/// kustannukset" is the actual costs, no verdict.
/// </summary>
public class RoundThirtySevenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new ClassifierCase("Keramiikkakursseilla on tammi–elokuussa käynyt 90 aikuista. Vuoden tavoite on 200.", ForecastStatus.AtRisk, "figure.part_so_far",
            "Vuoden tavoite on 200.")
            .For("a count so far, then the year's target in the next sentence, is short so far");
        yield return new ClassifierCase("Kesäteatteriin ennustetaan tulevan koko kaudella 8 000 katsojaa. Tavoitteeksi asetettiin 10 000 katsojaa.", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Tavoitteeksi asetettiin 10 000 katsojaa.")
            .For("a forecast for the season, then a higher target in the next sentence, is short of it");
        yield return new ClassifierCase("Kirjastojen asiakastyytyväisyys oli 4,4. Tavoitteeksi oli asetettu 4,2.", ForecastStatus.Achieved, "figure.reached",
            "Tavoitteeksi oli asetettu 4,2.", Round: RoundKind.Outcome)
            .For("at year end a level, then a lower target in the next sentence, is reached");
        yield return new ClassifierCase("Tekonurmen uusimisessa löytyi routavaurioita. Aikataulu suunnitellaan uudelleen.", ForecastStatus.AtRisk, "risk.delay",
            "Aikataulu suunnitellaan uudelleen.")
            .For("a schedule to be planned again is a delay");
        yield return new ClassifierCase("Badhuset planeras stå klart under 2031. Det är senare än den ursprungliga tidsplanen.", ForecastStatus.AtRisk, "risk.delay",
            "Det är senare än den ursprungliga tidsplanen.")
            .For("later than the original schedule is a delay");
        yield return Sentence("Alla bibliotek förutom Ekenäs och Karis höll öppet på lördagar.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("all but some is in part");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_thirty_seven_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void The_actual_costs_are_no_verdict() =>
        Assert.That(StatusClassifier.Classify("Alkuperäisen investoinnin toteutuneet kustannukset ovat 145 795 €.", RoundKind.Outcome).Status,
            Is.Not.EqualTo(ForecastStatus.Achieved));

    [Test]
    public void A_target_sentence_with_its_own_verdict_is_read_by_it() =>
        Assert.That(StatusClassifier.Classify("Lainoja kertyi ensimmäisellä neljänneksellä 1 140. Lainamäärän arvioidaan toteutuvan tavoitteen mukaisena, 4 500 lainaa vuodessa.").Status,
            Is.EqualTo(ForecastStatus.OnTrack));
}
