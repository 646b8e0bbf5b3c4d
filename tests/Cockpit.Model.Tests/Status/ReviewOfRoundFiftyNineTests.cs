using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A helper's review of the round-59 rules, 200 invented sentences: a delay denied is only the delay verb right after the
/// negation ("ei hidasta"), not a delay given as the reason ("ei remontin viivästymisen takia avaudu"); "ratkeaa elokuusta
/// alkaen" is solved, not open; a fall from one count to another is no part of a whole; the same work back on schedule is
/// named by the word before its verb; "inte uteslutet" is possible, not denied; a closure indefinitely that reopened is over;
/// and the twins the review found missing: "heti kun se on mahdollista", "så snart det är möjligt", "Niin ei kuitenkaan käy",
/// Swedish "arvoden".
/// </summary>
public class ReviewOfRoundFiftyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Uimahalli ei remontin viivästymisen takia avaudu tänä vuonna.", ForecastStatus.WillNotBeMet, "a delay as the reason");
        yield return Case("Peruskorjaus ei viivästysten takia valmistunut vuoden aikana.", ForecastStatus.WillNotBeMet, "delays as the reason", RoundKind.Outcome);
        yield return Case("Urakoitsijan konkurssi ei ainoastaan hidasta valmistumista vaan voi estää sen kokonaan.", ForecastStatus.AtRisk, "not only slows");
        yield return Case("Henkilöstöpula ratkeaa elokuusta alkaen, kun kaksi uutta ohjaajaa aloittaa.", ForecastStatus.OnTrack, "solved from August");
        yield return Case("Toimipisteiden määrä väheni tavoitteen mukaisesti 18 toimipisteeseen 21 toimipisteestä.", ForecastStatus.Achieved, "a fall as the goal set",
            RoundKind.Outcome);
        yield return Case("Uimahallin remontti on myöhässä. Uimahallin pukuhuoneet valmistuvat suunnitellusti elokuussa.", ForecastStatus.AtRisk, "another part of the building");
        yield return Case("Kirjaston remontti viivästyi. Kirjaston piha valmistuu suunnitellusti syyskuussa.", ForecastStatus.AtRisk, "the yard, not the renovation");
        yield return Case("Asennus keskeytyi toukokuussa. Asennus valmistuu suunnitellusti syyskuussa 2060.", ForecastStatus.OnTrack, "the same work, this year", year: 2060);
        yield return Case("Det är inte uteslutet att hallen tas i bruk innan årsskiftet.", ForecastStatus.AtRisk, "not ruled out");
        yield return Case("Badhuset kommer inte att öppnas i år enligt den reviderade tidsplanen.", ForecastStatus.WillNotBeMet, "not this year under the new schedule");
        yield return Case("Simhallen stängdes på obestämd tid i mars men öppnade igen i juni.", ForecastStatus.OnTrack, "closed, then reopened");
        yield return Case("Kevätkausi päättyi, ja kursseilla oli 620 osallistujaa tavoitteen 1 200 sijaan; syyskauden kurssit alkavat elokuussa.", ForecastStatus.AtRisk,
            "another season to come");
        yield return Case("Uimahalli avataan heti kun se on mahdollista.", ForecastStatus.AtRisk, "as soon as it is possible");
        yield return Case("Hallen öppnas så snart det är möjligt.", ForecastStatus.AtRisk, "as soon as it is possible, in Swedish");
        yield return Case("Suunnitelmana oli, että halli valmistuu syksyllä 2060. Niin ei kuitenkaan käy.", ForecastStatus.WillNotBeMet, "the plan denied", year: 2060);
        yield return Case("Solistarvodena har stigit 140 000 euro över det beräknade.", ForecastStatus.WillNotBeMet, "fees over the estimate");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
