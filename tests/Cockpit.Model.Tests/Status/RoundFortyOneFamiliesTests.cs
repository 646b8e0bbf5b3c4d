using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 41's dangerous rows, read once it was measured: a fall from one count to a lower in the next clause ("käynnistä"
/// after a figure is "of visits", not "start"); a payment time that rises; a schedule to be assessed again; counts of a
/// whole in English words; a part left in another place after a "but"; and "did not go ahead".
/// </summary>
public class RoundFortyOneFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kirjastojen iltakäyntien määrä on pienentynyt joka kuukausi, tammikuun 4 200 käynnistä huhtikuun 3 100 käyntiin.", ForecastStatus.AtRisk, "risk.worsening")
            .For("a fall from one count to a lower, the figures in the next clause");
        yield return Sentence("Laskujen maksuaika nousee vuoden keskiarvona ennusteen mukaan 30 päivään.", ForecastStatus.AtRisk, "risk.worsening")
            .For("a payment time that rises is worse");
        yield return Sentence("Uimahallin purkutöissä löytyi asbestia, ja urakan aikataulu arvioidaan uudelleen, kun kartoitus valmistuu.", ForecastStatus.AtRisk, "risk.delay")
            .For("a schedule to be assessed again is a delay");
        yield return Sentence("Eight of the twelve audits were completed.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("eight of twelve done is in part");
        yield return Sentence("Audits were completed for eight of the twelve centres; the remaining four will be done next year.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("done for eight of twelve, the rest next year, is in part");
        yield return Sentence("The move of the booking service to the new platform did not go ahead in 2042.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("at year end, a work that did not go ahead in the year is a miss");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_one_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
