using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 59's dangerous rows, read once it was measured: met in some places and the others at last year's level, fees
/// ("palkkiot") risen above the estimate after income above it, part of a length done ("14 kilometriä 22 kilometristä"),
/// seven of nine promises in the elative, staff not yet recruited after a "but", no date but "as soon as possible", an
/// agreement reached is no goal met, and a plan denied in the next sentence ("Så blir det alltså inte").
/// </summary>
public class RoundFiftyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Selkokirjojen lainauksen kasvutavoite toteutuu kahdessa kirjastossa, mutta muissa kuudessa kirjastossa lainat ovat jääneet viime vuoden tasolle.",
            ForecastStatus.AtRisk, "met in two, the others at last year's level");
        yield return Case("Lainat ovat jääneet viime vuoden tasolle.", ForecastStatus.AtRisk, "stayed at last year's level");
        yield return Case("Solistien palkkiot ovat nousseet 140 000 euroa arvioitua suuremmiksi.", ForecastStatus.WillNotBeMet, "fees above the estimate");
        yield return Case("Lopputulos ratkeaa joulukonserttien myynnistä.", ForecastStatus.AtRisk, "decided by what is to come");
        yield return Case("Latuvalaistuksen LED-muutoksesta valmistui 14 kilometriä 22 kilometristä.", ForecastStatus.AtRisk, "part of a length", RoundKind.Outcome);
        yield return Case("Nuorisopalvelujen yhdeksästä palvelulupauksesta seitsemän täyttyi.", ForecastStatus.AtRisk, "seven of nine", RoundKind.Outcome);
        yield return Case("Ungdomsarbetet har kommit i gång i Östra centrum enligt plan, men i Gårdsbacka har ingen personal ännu rekryterats.", ForecastStatus.AtRisk,
            "started in one place, no staff yet in another");
        yield return Case("Två nya ungdomsledare rekryterades i maj.", ForecastStatus.OnTrack, "recruited");
        yield return Case("Kenttien jää suli. Jäät pyritään saamaan jälleen auki niin pian kuin mahdollista.", ForecastStatus.AtRisk, "as soon as possible, no date");
        yield return Case("Hallen öppnas så snart som möjligt.", ForecastStatus.AtRisk, "as soon as possible, in Swedish");
        yield return Case("Saloisten liikuntahallista päästiin yhteisymmärrykseen.", ForecastStatus.OnTrack, "an agreement reached is a step", RoundKind.Outcome);
        yield return Case("Kävijätavoitteeseen päästiin.", ForecastStatus.Achieved, "the goal reached", RoundKind.Outcome);
        yield return Case("Tanken var att hallen skulle stå klar hösten 2060. Så blir det alltså inte.", ForecastStatus.WillNotBeMet, "the plan denied", year: 2060);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
