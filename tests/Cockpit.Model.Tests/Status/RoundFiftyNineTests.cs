using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 59's dangerous rows, read once it was measured: met in some places and the others at last year's level, fees
/// ("palkkiot") risen above the estimate after income above it, part of a length done ("14 kilometriä 22 kilometristä"),
/// seven of nine promises in the elative, staff not yet recruited after a "but", no date but "as soon as possible", an
/// agreement reached is no goal met, a plan denied in the next sentence ("Så blir det alltså inte");
/// then a delay denied ("ei hidasta valmistumista"), a ceiling in money ("euron katon"), the planned schedule kept, "inte utan kommer",
/// not on the earlier schedule, "skjuta fram", nothing to report yet, a season that ended, "vastaa ohjelman aikataulua".
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
        yield return Case("Kunnostus alkaa toukokuun sijaan kesäkuussa, mutta siirto ei hidasta valmistumista elokuun loppuun mennessä.", ForecastStatus.OnTrack,
            "the delay denied, not the finishing");
        yield return Case("Henkilöstön kulut pysyivät 0,61 milj. eurossa eli alle 0,7 milj. euron katon.", ForecastStatus.Achieved, "under a ceiling in money",
            RoundKind.Outcome);
        yield return Case("Katon korjaus valmistui kesäkuussa.", ForecastStatus.Achieved, "a roof is no ceiling", RoundKind.Outcome);
        yield return Case("Simhallen har blivit färdig i den planerade tidtabellen i slutet av december.", ForecastStatus.Achieved, "done on the planned schedule",
            RoundKind.Outcome);
        yield return Case("Vi har haft en mild vinter, så vi ligger bra till i tidsplanen för renoveringsarbetet.", ForecastStatus.OnTrack, "well placed on the schedule");
        yield return Case("Ombyggnaden påverkas inte utan kommer att gå igång som planerat i år.", ForecastStatus.OnTrack, "not affected, but goes ahead as planned");
        yield return Case("Badhuset kommer inte att öppnas enligt tidigare planering då golvet måste bytas ut.", ForecastStatus.AtRisk, "not on the earlier schedule");
        yield return Case("Badhuset kommer inte att öppnas.", ForecastStatus.WillNotBeMet, "not opened at all");
        yield return Case("Kulturfesten skjuts fram till augusti 2061.", ForecastStatus.WillNotBeMet, "put off to next year", year: 2060);
        yield return Case("Käyttöastetta ei vielä pystytä raportoimaan, koska rajapinta avataan vasta kesäkuussa.", ForecastStatus.NotAssessed, "cannot be reported yet");
        yield return Case("Vuoromyynti jäi kesäkauden päättyessä 1 150 tuntiin, kun tavoite oli 1 400.", ForecastStatus.WillNotBeMet, "short when the season ended");
        yield return Case("Vuoden lopussa 21 kirjastoa 37:stä oli käsitelty, mikä vastaa ohjelman aikataulua.", ForecastStatus.OnTrack, "as the schedule has it");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
