using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 79, read once it was measured: the year's figure "tulee" short of the one agreed (its dangerous written row,
/// read as progress); far from the agreed figure ("sovitusta luvusta oltiin kaukana"); "the plan for the whole year" as the
/// target a count passed during the year; more time asked for ("on haettu lisäaikaa"); a road kept closed longer than planned;
/// a work got going ("saadaan käyntiin") or furniture arriving ("saapuvat") only next year; a deficit covered far after the
/// verb; short of the amount "talousarvioon merkitystä"; a ceiling "sallitaan" or "enintään 25 sallitusta"; a decision moved
/// "aiemmin sovitusta"; measures "sovitulla tasolla"; a programme's later part left to its last year ("viimeiselle vuodelle", "the programme's closing year").
/// </summary>
public class RoundSeventyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Lorupajoja on pidetty syyskuun loppuun 210, ja ohjaajilla on loppuvuodelle aikaa enintään 50 pajaan. Vuoden luvuksi tulee siis noin 260 sovitun 400 sijaan.",
            ForecastStatus.WillNotBeMet, "the year's figure short of the one agreed, after a count so far", forecast, 2080);
        yield return Case("Vuoden luvuksi tulee siis noin 450 sovitun 400 sijaan.", ForecastStatus.OnTrack, "the year's figure past the one agreed", forecast, 2080);
        yield return Case("Kesäpajoihin osallistui 260 lasta, joten sovitusta luvusta oltiin kaukana.", ForecastStatus.WillNotBeMet, "far from the agreed figure at year end", outcome, 2080);
        yield return Case("Tavoitteesta ollaan vielä kaukana.", ForecastStatus.AtRisk, "far from the target during the year", forecast, 2080);
        yield return Case("Kesäpajoihin osallistui 260 lasta, joten sovitusta luvusta ei oltu kaukana.", ForecastStatus.NotAssessed, "not far is no verdict either way", outcome, 2080);
        yield return Case("The coding club has already taught 92 pupils this spring, while the plan for the whole year was 80.", ForecastStatus.Achieved,
            "the plan for the whole year passed during it", forecast, 2080);
        yield return Case("The coding club has taught 62 pupils this spring, while the plan for the whole year is 80.", ForecastStatus.AtRisk,
            "short of the year's plan so far", forecast, 2080);
        yield return Case("Rakentaminen on hyvässä vauhdissa. Rakentamisvelvoitteen täyttämiselle on haettu lisäaikaa kaupunginhallitukselta.", ForecastStatus.AtRisk,
            "more time asked for after progress", forecast);
        yield return Case("Hankkeelle ei ole haettu lisäaikaa, ja rakentaminen on hyvässä vauhdissa.", ForecastStatus.OnTrack, "no more time asked for", forecast);
        yield return Case("Reparationerna har fördröjt arbetena, och därför håller man cykelvägen stängd längre än planerat.", ForecastStatus.AtRisk,
            "closed longer than planned is a delay, not more than planned", forecast);
        yield return Case("Utställningen visas längre än planerat tack vare stort intresse.", ForecastStatus.OnTrack, "shown longer than planned is no delay", forecast);
        yield return Case("Rantapolun urakka saadaan käyntiin toukokuussa 2081.", ForecastStatus.WillNotBeMet, "a work got going only next year", forecast, 2080);
        yield return Case("Rantapolun urakka saadaan käyntiin toukokuussa.", ForecastStatus.OnTrack, "got going this year", forecast, 2080);
        yield return Case("Lukusalin uudet kalusteet saapuvat helmikuussa 2081.", ForecastStatus.WillNotBeMet, "furniture arriving only next year", forecast, 2080);
        yield return Case("Toiminnallisten tavoitteiden toteuma toimitetaan myöhemmin.", ForecastStatus.NotAssessed, "a report delivered later is procedure", forecast, 2080);
        yield return Case("Osakekauppa varmistaa, että kunta pystyy kattamaan taseessa olevan 1,6 miljoonan euron alijäämän etuajassa.", ForecastStatus.OnTrack,
            "a deficit covered, six words after the verb of covering", forecast);
        yield return Case("Ennusteen mukaan verotulot jäisivät 714 000 euroa vuoden 2020 talousarvioon merkitystä.", ForecastStatus.WillNotBeMet,
            "short of the amount written into the budget", forecast);
        yield return Case("Henkilöstömenoja kertyy 41,6 milj. euroa, mikä jää 0,9 milj. euroa talousarvioon merkitystä.", ForecastStatus.OnTrack,
            "spending left under the amount written into the budget", forecast);
        yield return Case("Järjestyshäiriöilmoituksia tehtiin vuoden aikana 11 enintään 25 sallitusta.", ForecastStatus.Achieved, "under the ceiling allowed, at year end", outcome, 2080);
        yield return Case("Järjestyshäiriöilmoituksia tehtiin vuoden aikana 31 enintään 25 sallitusta.", ForecastStatus.WillNotBeMet, "past the ceiling allowed, at year end", outcome, 2080);
        yield return Case("Nuorisotaloja jouduttiin sulkemaan tammi–huhtikuussa 4 iltana, ja vuodessa sallitaan enintään 20 tällaista sulkemista.", ForecastStatus.OnTrack,
            "under the year's ceiling so far", forecast, 2080);
        yield return Case("Päätöksenteko hankkeesta tulee siirtymään aiemmin sovitusta. Uudesta aikataulusta tiedotetaan myöhemmin.", ForecastStatus.AtRisk,
            "moved from the date agreed, no new date", forecast);
        yield return Case("Hanke siirtyy uuteen toimitilaan.", ForecastStatus.NotAssessed, "a move to new premises is no delay", forecast);
        yield return Case("New drinking fountains were put up in eight sports parks this year, with six more due in the programme's closing year.", ForecastStatus.OnTrack,
            "a programme's later part left to its closing year, at year end", outcome, 2080);
        yield return Case("Lähiliikuntapaikkaohjelmasta (2079–2081) valmistui tänä vuonna kuusi kenttää, ja loput seitsemän jäävät ohjelman viimeiselle vuodelle.",
            ForecastStatus.OnTrack, "the rest left to the programme's last year, in Finnish", outcome, 2080);
        yield return Case("Seurantamittareista 9 mittaria 13:sta oli vuoden lopussa sovitulla tasolla.", ForecastStatus.AtRisk, "some of the measures at the level agreed", outcome, 2080);
        yield return Case("Kaikki 13 mittaria olivat vuoden lopussa sovitulla tasolla.", ForecastStatus.Achieved, "every measure at the level agreed", outcome, 2080);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
