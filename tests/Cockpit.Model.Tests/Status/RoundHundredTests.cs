using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 100, read in part once it was measured, its dangerous rows first: "Uskoisimme … täyttyvän" is a belief, probably;
/// every event held, "silti" only so many visitors, is met in part; "2023 uppnådde Borgå kyrkliga samfällighet inte målet"
/// denies the verb across its subject; "Jokainen … kilowattitunti on … osa selviytymistaistelua" is a fight, no state that
/// holds for all. Then "Sammanlagt blev utfallet blandat" sums up a mix, and "arvioimme kertyvän tälle vuodelle" is the
/// year's estimate. After the move, a few real rows: a loss ("tappiota"), "onnistui … hyvin", a dated summer show called off
/// "liksom all annan … verksamhet" (the whole, not a part); and written lines 61 and 79, a count so far that is "vad som
/// planerats för hela 2101", "the full number set for 2101".
/// </summary>
public class RoundHundredTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Uskoisimme kesäteatterin 24 näytöksen määrän täyttyvän.", ForecastStatus.AtRisk, "a belief is probably", forecast, 2101);
        yield return Case("Kaikki kahdeksan lintuiltaa järjestettiin, silti osallistujia kertyi vain 300 tavoitellusta tuhannesta.", ForecastStatus.AtRisk, "all held, yet only so many", outcome, 2101);
        yield return Case("Kaikki kahdeksan lintuiltaa järjestettiin.", ForecastStatus.Achieved, "all held", outcome, 2101);
        yield return Case("2022 uppnådde föreningen inte målet att renovera scenen.", ForecastStatus.WillNotBeMet, "the verb denied across its subject", outcome, 0);
        yield return Case("2022 uppnådde föreningen målet att renovera scenen.", ForecastStatus.Achieved, "met", outcome, 0);
        yield return Case("Jokainen säästetty kilowattitunti on seuralle osa selviytymistaistelua.", ForecastStatus.NotAssessed, "a fight is no state that holds for all", forecast, 0);
        yield return Case("Konstkurserna lockade bara 60 deltagare av planerade 100. Sommarlägren däremot var fullbokade. Sammanlagt blev utfallet blandat.", ForecastStatus.AtRisk, "a mix summed up", outcome, 2101);
        yield return Case("Lainoja arvioimme kertyvän tälle vuodelle 41 000 tavoitteen 45 000 sijaan.", ForecastStatus.WillNotBeMet, "the year's estimate under the target", forecast, 2101);
        yield return Case("Det är nödvändigt att regionen tryggar finansieringen för det arbete vi hittills genomfört enligt plan.", ForecastStatus.AtRisk, "done so far inside what must be secured", outcome, 0);
        // From the real half, read after the move: a loss, "onnistui … hyvin", a summer show called off with everything else.
        yield return Case("Kevään ensi-illoista on tullut tappiota, eikä helpotusta näy.", ForecastStatus.AtRisk, "a loss so far", forecast, 0);
        yield return Case("Keräys onnistui tänä vuonna hyvin.", ForecastStatus.Achieved, "it went well", forecast, 0);
        yield return Case("Sommarens konsert den 3-5 juli är inställd, liksom all annan verksamhet.", ForecastStatus.WillNotBeMet, "called off with everything else", forecast, 0);
        // Written lines 61 and 79, read after the move: a count so far that is already the whole year's plan.
        yield return Case("I slutet av april hade spelklubben fått 30 nya medlemmar, vilket var vad som planerats för hela året.", ForecastStatus.Achieved, "already the whole year's plan", forecast, 2101);
        yield return Case("By May the library had lent 90 telescopes, the full number set for 2101.", ForecastStatus.Achieved, "the full number set for the year", forecast, 2101);
        yield return Case("By May the youth bus had made 12 of the 20 visits, the full number set for the year.", ForecastStatus.NotAssessed, "part of the plan is not the plan", forecast, 2101);
        // The review of stop 61: a figure and a verdict after "Tavoitteena on", an undecided concert, dates with a slash, "utan undantag".
        yield return Case("Tavoitteena on 5 000 kävijää, ja museo saavuttaa sen jo lokakuussa.", ForecastStatus.OnTrack, "a target figure, then a verdict", forecast, 2101);
        yield return Case("Tänä vuonna konserttia ei ole vielä päätetty.", ForecastStatus.AtRisk, "undecided, not cancelled", forecast, 2101);
        yield return Case("Mötena hålls 15/3 och 30/4.", ForecastStatus.NotAssessed, "dates, no slashed counts", forecast, 2101);
        yield return Case("Alla projekt genomfördes utan undantag.", ForecastStatus.Achieved, "without exception is all", outcome, 2101);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
