using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 48's misses read after its dangerous rows, and its last dangerous row (income over, costs over, one sentence): a ceiling set as the target ("tavoitteena oli alle 5 prosenttia"), also
/// in the clause of "että" after it, the fees customers pay, in English, against the budget, and a contract's target price
/// ("riktpriset") as what costs are weighed against, the figure after "puuttuu" as the gap, not the count, and last year's count in
/// the sentence after this year's, the year's count ("vuoden määrä ylittyi") as its target, and a whole work done in a
/// month of the year with the project named closed after it ("avattiin toukokuussa, joten hanke on päättynyt") as met during it.
/// </summary>
public class RoundFortyEightMissesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Sairauspoissaolot olivat 4,1 prosenttia, kun tavoitteena oli alle 5 prosenttia.", ForecastStatus.Achieved, "under the ceiling set as the target", RoundKind.Outcome);
        yield return Case("Sairauspoissaolot olivat 6,1 prosenttia, kun tavoitteena oli alle 5 prosenttia.", ForecastStatus.WillNotBeMet, "over the ceiling set as the target", RoundKind.Outcome);
        yield return Case("Tavoitteena oli alle 5 prosenttia.", ForecastStatus.NotAssessed, "a ceiling set, with nothing weighed against it");
        yield return Case("Sairauspoissaolot olivat 4,1 prosenttia. Tavoitteeksi oli asetettu, että osuus pysyy alle viiden prosentin.", ForecastStatus.Achieved,
            "under the ceiling set in the next sentence, in the clause of että", RoundKind.Outcome);
        yield return Case("Sairauspoissaolot olivat 6,1 prosenttia. Tavoitteeksi oli asetettu, että osuus pysyy alle viiden prosentin.", ForecastStatus.WillNotBeMet,
            "over the ceiling set in the next sentence", RoundKind.Outcome);
        yield return Case("Stall fees from the winter market came to 96,000 euros. The budget had assumed 140,000 euros.", ForecastStatus.WillNotBeMet,
            "stall fees are income, short of the budget", RoundKind.Outcome);
        yield return Case("Admission fees were 150,000 euros against a budget of 140,000 euros.", ForecastStatus.Achieved, "admission fees over the budget", RoundKind.Outcome);
        yield return Case("Performer fees were 96,000 euros against a budget of 140,000 euros.", ForecastStatus.NotAssessed, "performer fees are paid out, not weighed as income", RoundKind.Outcome);
        yield return Case("Slutkostnaden blev ett underskridande av riktpriset med 4 miljoner kronor.", ForecastStatus.Achieved, "under a contract's target price", RoundKind.Outcome);
        yield return Case("Slutkostnaden blev ett överskridande av riktpriset med 4 miljoner kronor.", ForecastStatus.WillNotBeMet, "over a contract's target price", RoundKind.Outcome);
        yield return Case("Vuositavoitteesta, 70 000 matkustajasta, puuttuu syyskuun lopussa enää 9 000, ja ne kertyvät lokakuun vuoroilla.", ForecastStatus.OnTrack,
            "the gap said to accumulate later in the year", year: 2049);
        yield return Case("Vuositavoitteesta, 70 000 matkustajasta, puuttuu syyskuun lopussa vielä 9 000.", ForecastStatus.AtRisk, "a gap with nothing said of it");
        yield return Case("Vuositavoitteesta, 70 000 matkustajasta, puuttuu 9 000, ja ne kertyvät ehkä lokakuussa.", ForecastStatus.AtRisk, "a gap hedged");
        yield return Case("Vuositavoitteesta, 70 000 matkustajasta, puuttui 9 000.", ForecastStatus.WillNotBeMet, "a gap at year end", RoundKind.Outcome);
        yield return Case("Besöksantalet var 30 219 från juni till augusti. Samma period förra året var det totalt 43 426 besök.", ForecastStatus.AtRisk,
            "fewer visits than in the same period last year, said in the next sentence");
        yield return Case("Kävijöitä oli kesä–elokuussa 50 219. Vastaavana aikana viime vuonna kävijöitä oli 43 426.", ForecastStatus.OnTrack,
            "more visitors than in the same period last year, said in the next sentence");
        yield return Case("Kustannukset olivat kesä–elokuussa 50 219 euroa. Vastaavana aikana viime vuonna kävijöitä oli 43 426.", ForecastStatus.NotAssessed,
            "money is not weighed against last year's visitors");
        yield return Case("Niitä ehdittiin keväällä pitää 15, eli vuoden määrä ylittyi jo ennen kesää.", ForecastStatus.Achieved, "the year's count exceeded already in spring");
        yield return Case("Vuoden määrä jäi alle tavoitteen.", ForecastStatus.WillNotBeMet, "the year's count short of the target", RoundKind.Outcome);
        yield return Case("Uusi asiakasrekisteri otettiin käyttöön kaikissa nuorisotaloissa huhtikuussa.", ForecastStatus.OnTrack, "a work done with no verdict is progress");
        yield return Case("Nuorisotila avattiin toukokuussa, joten hanke on päättynyt.", ForecastStatus.Achieved, "a work done in a month, the project closed");
        yield return Case("Uusi järjestelmä avattiin testikäyttöön syyskuussa, ja se avataan asiakkaille marraskuussa.", ForecastStatus.OnTrack, "a step done, the whole later in the year");
        yield return Case("Talvitapahtuman lipputulot ylittivät tuloarvion 20 000 eurolla, mutta aitausten ja järjestyksenvalvonnan kulut nousivat 55 000 euroa yli talousarvion.",
            ForecastStatus.AtRisk, "income over its estimate, costs over the budget: a mix, not undone by reading the income again", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
