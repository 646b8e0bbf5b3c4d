using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 99, read once it was measured, its three dangerous rows first: "190 of a planned 320" is a count against the plan, not
/// a plan kept; "In all likelihood" is probably; "Resultatet är alltså blandat" sums up a mix. Then its families: a date that
/// cannot yet be confirmed ("ei ole vielä voitu vahvistaa") and a supplier who cannot say when are open; "jätetään sikseen" is
/// dropped; "pidetään sovitusti" is as agreed; a count "syyskuun puoliväliin" past the year's target, or "Vid midsommar" past
/// "helårets mål", is met during the year; "sedan hösten" is a time past; "Knappast hinner vi" is a miss; "Vi beräknar … för
/// helåret" is the year's forecast; "pois lukien" is an exception, and "Sinne … helmikuussa 2101" after it moves only the part
/// left out; how a figure is counted, with guidance asked for, is about the measure. From the real half: a debt after a "but",
/// a grant applied for, "odottelevat nyt, milloin", none of the sectors kept its budget, "on juuri saatu valmiiksi".
/// </summary>
public class RoundNinetyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Climbing course places taken in 2100 came to 140 of a planned 260.", ForecastStatus.WillNotBeMet, "a count of a planned figure", outcome, 2100);
        yield return Case("In all likelihood the library bus will reach 40 schools.", ForecastStatus.AtRisk, "in all likelihood is probably", forecast, 2100);
        yield return Case("Läsecirklarna nådde bara 40 av målets 90 deltagare. Filmklubben däremot samlade 300 mot planerade 250. Resultatet är alltså blandat.", ForecastStatus.AtRisk, "a mix summed up", outcome, 2100);
        yield return Case("Uutta avauspäivää ei ole vielä voitu vahvistaa.", ForecastStatus.AtRisk, "a date not yet confirmed", forecast, 2100);
        yield return Case("Soittimet ovat tullissa, eikä toimittaja osaa arvioida niiden luovutusta.", ForecastStatus.AtRisk, "a supplier who cannot say when", forecast, 2100);
        yield return Case("Tältä vuodelta seniorien kuorokonsertti jätetään sikseen.", ForecastStatus.WillNotBeMet, "dropped for the year", forecast, 2100);
        yield return Case("Kevätkauden 30 esitystä pidetään sovitusti.", ForecastStatus.OnTrack, "held as agreed", forecast, 2100);
        yield return Case("Luontoretkiä kesäkuun puoliväliin 26, vuoden tavoite 25.", ForecastStatus.Achieved, "past the year's target by mid-June", forecast, 2100);
        yield return Case("Vid midsommar hade 1 800 barn lånat sommarböcker, vilket är mer än helårets mål på 1 500.", ForecastStatus.Achieved, "past the whole year's target by midsummer", forecast, 2100);
        yield return Case("Varje bibliotek i norra distriktet har sedan våren en egen läsombud.", ForecastStatus.Achieved, "since the spring, in place everywhere", outcome, 2100);
        yield return Case("Knappast hinner vi hålla de utlovade åtta konserterna.", ForecastStatus.WillNotBeMet, "hardly in time", forecast, 2100);
        yield return Case("Vi beräknar 280 lånade kajaker för helåret mot målet 400.", ForecastStatus.WillNotBeMet, "the year's estimate under the target", forecast, 2100);
        yield return Case("Lainausautomaatit saatiin kaikkiin lähikirjastoihin, Malmin toimipiste pois lukien. Sinne laite asennetaan tammikuussa 2101.", ForecastStatus.AtRisk, "all but one, the one next year", outcome, 2100);
        yield return Case("Automaatti asennetaan Malmin kirjastoon tammikuussa 2101.", ForecastStatus.WillNotBeMet, "next year alone", outcome, 2100);
        yield return Case("Osallistujamäärään lasketaan myös ilmaistapahtumat. Laskentatavasta on pyydetty ohje talouspalveluilta.", ForecastStatus.NotAssessed, "how it is counted, guidance asked for", forecast, 2100);
        // From the real half.
        yield return Case("Uusi kota on melkein valmis, mutta seuralla on 80 000 euroa velkaa.", ForecastStatus.AtRisk, "nearly done, but in debt", forecast, 0);
        yield return Case("Peruskorjaukseen on haettu valtion avustusta.", ForecastStatus.AtRisk, "a grant applied for", forecast, 0);
        yield return Case("Kuorot odottavat nyt, milloin harjoituksia päästään jatkamaan.", ForecastStatus.AtRisk, "waiting for when", forecast, 0);
        yield return Case("Ingen av förvaltningarna höll sin budget.", ForecastStatus.WillNotBeMet, "none kept its budget", outcome, 0);
        yield return Case("Alla förvaltningar höll sin budget.", ForecastStatus.Achieved, "all kept their budgets", outcome, 0);
        yield return Case("Seurantalolla on juuri saatu valmiiksi iso kattoremontti.", ForecastStatus.Achieved, "just got finished", forecast, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
