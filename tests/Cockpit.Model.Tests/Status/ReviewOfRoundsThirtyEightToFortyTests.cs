using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Ordinary wording that a review of the rules read for rounds 38–40 found misread by them, each shown here as a careful
/// reader takes it: the new rules must not reach past the wording they were written for.
/// </summary>
public class ReviewOfRoundsThirtyEightToFortyTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Ei määrärahan lisäystarvetta. Hanke on viivästynyt koronan vuoksi.", ForecastStatus.AtRisk, "no need of more money says nothing against a delay");
        yield return Case("Määrärahan lisäystarvetta ei vielä pystytä arvioimaan, ja hanke on viivästynyt.", ForecastStatus.NotAssessed, "a need not yet assessable is no need denied");
        yield return Case("Lisämäärärahan tarve ei ole vielä tiedossa.", ForecastStatus.NotAssessed, "a need not yet known is no need denied");
        yield return Case("Ei määrärahan lisäystarvetta, mutta kävijätavoite jää saavuttamatta.", ForecastStatus.WillNotBeMet, "the money holding is no success to mix with a miss");
        yield return Case("Kävijämäärät laskivat, kun palvelu katkesi keväällä.", ForecastStatus.NotAssessed, "a service broken off is no falling trend broken");
        yield return Case("Kulut kasvoivat, ja sen seurauksena kävijätavoite alittui.", ForecastStatus.WillNotBeMet, "'sen seurauksena' is a cause, not the costs");
        yield return Case("Hankkeen aikataulusta mennään yli.", ForecastStatus.NotAssessed, "overrunning a schedule is not passing a target");
        yield return Case("The target date has been passed without the library reopening.", ForecastStatus.NotAssessed, "a target date passed is no target exceeded");
        yield return Case("Hanke läpäisi hankesuunnitelmavaiheen keväällä.", ForecastStatus.NotAssessed, "a stage passed is no goal met");
        yield return Case("Peruskorjaus saatiin maaliin jo toukokuussa, mutta kävijämäärät ovat jääneet vähäisiksi koronan takia.", ForecastStatus.AtRisk, "work done, but the visitors short: not achieved");
        yield return Case("Kentät uusittiin osittain.", ForecastStatus.AtRisk, "renewed only in part", RoundKind.Outcome);
        yield return Case("Laitteet asennettiin, mutta järjestelmä ei toimi.", ForecastStatus.AtRisk, "installed, but not working", RoundKind.Outcome);
        yield return Case("Järjestelmä otettiin käyttöön lähes 80 prosentissa toimipisteistä.", ForecastStatus.AtRisk, "nearly 80 per cent of the places is in part", RoundKind.Outcome);
        yield return Case("Tavoite toteutui ja ylijäämää kertyi 500 000 euroa. Liikunnan ylijäämä oli 300 000 euroa.", ForecastStatus.Achieved, "a goal met with a surplus requires nothing of the next sentence", RoundKind.Outcome);
        yield return Case("För att klara kravet bör årsprognosen peka på ett överskott på 400 kkr. Årsprognosen visar ett överskott på 1,2 mnkr.", ForecastStatus.OnTrack, "1,2 mnkr is more than 400 kkr");
        yield return Case("Om salen stängs når vi inte målet, och vi föreslår att nämnden justerar besöksmålet.", ForecastStatus.AtRisk, "the condition governs a verdict, not the proposal");
        yield return Case("Viime vuonna aloitettu hanke viivästyy, ja silloin tavoite ei toteudu.", ForecastStatus.WillNotBeMet, "'silloin' is 'in that case', not last year");
        yield return Case("Kaikkien hankkeiden osalta tavoite ei toteudu tänä vuonna.", ForecastStatus.WillNotBeMet, "for all projects not met is no part");
        yield return Case("Lisärahoitusta ei ole näköpiirissä, mutta hanke etenee suunnitellusti.", ForecastStatus.OnTrack, "money not in sight is no goal out of reach");
        yield return Case("Valtaosa kustannuksista kohdistui syksyyn, ja menot alittivat talousarvion.", ForecastStatus.Achieved, "most of the costs in autumn, and the whole under budget", RoundKind.Outcome);
        yield return Case("Sairauspoissaoloja kertyi tammi–kesäkuussa 2,1 %, kun enimmäistavoite on 4 %.", ForecastStatus.OnTrack, "a rate has no pace to add up");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => CarefulReading.Check(text, round, year, status);
}
