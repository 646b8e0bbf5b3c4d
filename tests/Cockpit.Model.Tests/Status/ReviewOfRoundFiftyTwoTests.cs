using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A review of the rules written while round 52 was read, by a helper who wrote sentences to break them: overruns as a
/// noun that are visitor targets exceeded or explain the whole's overrun, events no longer held only on a condition or in
/// another form, planning done, measuring only later, moves between months of another year or past a deadline set before,
/// and overruns covered on a condition or already covered; with the near misses that read right.
/// </summary>
public class ReviewOfRoundFiftyTwoTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Kävijätavoitteen ylityksiä oli useissa kohteissa, ja kokonaistavoite saavutettiin.", ForecastStatus.Achieved, "visitor targets exceeded in many places are no cost overrun", RoundKind.Outcome);
        yield return Case("Edellisvuonna ylityksiä syntyi useissa kohteissa, mutta tänä vuonna budjetissa pysyttiin.", ForecastStatus.Achieved, "overruns in an earlier year", RoundKind.Outcome);
        yield return Case("Kävijätavoitteen ylityksen syynä oli lämmin kesä.", ForecastStatus.Achieved, "the visitor target's excess explained", RoundKind.Outcome);
        yield return Case("Besöksmålet överskreds; överskridandet uppstod främst under sommaren.", ForecastStatus.Achieved, "the same in Swedish", RoundKind.Outcome);
        yield return Case("Talousarvio alittui. Ylityksiä oli vain tilapäisesti kevään aikana, ja ne tasoittuivat syksyllä.", ForecastStatus.Achieved, "overruns that evened out", RoundKind.Outcome);
        yield return Case("Määrärahat ylittyivät 2,1 miljoonalla eurolla. Yksittäisissä kohteissa tapahtui suuria ylityksiä.", ForecastStatus.WillNotBeMet, "overruns in items that explain the whole's overrun", RoundKind.Outcome);
        yield return Case("Menot ylittyivät, koska yksittäisissä kohteissa syntyi ylityksiä.", ForecastStatus.WillNotBeMet, "the same, in a reason clause", RoundKind.Outcome);
        yield return Case("Jos rajoitukset jatkuvat syksyllä, Summer Boom -tapahtumaa ei enää järjestetä tänä vuonna.", ForecastStatus.AtRisk, "no longer held only on a condition");
        yield return Case("Hanketta ei enää toteuteta alkuperäisessä laajuudessa.", ForecastStatus.AtRisk, "no longer in the original scope is a part");
        yield return Case("Hankesuunnittelu on saatu valmiiksi, ja rakentaminen alkaa syksyllä.", ForecastStatus.OnTrack, "project planning done is a step");
        yield return Case("Hankesuunnittelu saatiin valmiiksi, ja rakentaminen alkaa syksyllä.", ForecastStatus.OnTrack, "the same in the past");
        yield return Case("Onnistumista voidaan mitata vasta syksyllä, mutta ilmoittautumisia on toistaiseksi tullut selvästi odotettua vähemmän.", ForecastStatus.AtRisk, "measured only in the autumn, with a shortfall so far");
        yield return Case("Målet är i stort uppnått.", ForecastStatus.AtRisk, "largely met", RoundKind.Outcome);
        yield return Case("Besökarna kom i stort antal och besöksmålet nåddes med god marginal.", ForecastStatus.Achieved, "largely, with a goal met", RoundKind.Outcome);
        yield return Case("Kulturförvaltningen följer budget och i stort sett alla enheter håller sina ramar.", ForecastStatus.OnTrack, "'i stort sett'");
        yield return Case("Medan kulturförvaltningen i stort följer budget, ökar idrottsförvaltningens underskott.", ForecastStatus.AtRisk, "largely kept");
        yield return Case("Budjetissa pysyttiin, eikä ylityksiä syntynyt.", ForecastStatus.Achieved, "The denied overrun stays good", RoundKind.Outcome);
        yield return Case("Yksittäisissä kohteissa tapahtui ylityksiä, mutta ne katettiin muiden kohteiden säästöillä, ja määräraha riitti.", ForecastStatus.Achieved, "Covered overruns stay good", RoundKind.Outcome);
        yield return Case("Määräraha riitti kokonaisuutena, mutta joissakin kohteissa oli ylityksiä.", ForecastStatus.AtRisk, "enough in the whole, overruns in some items", RoundKind.Outcome);
        yield return Case("Budgeten hölls totalt sett, men det förekom överskridanden i vissa enheter.", ForecastStatus.AtRisk, "the same in Swedish", RoundKind.Outcome);
        yield return Case("Tuloarvion ylitys oli 240 000 euroa, ja tulotavoite saavutettiin.", ForecastStatus.Achieved, "income over its estimate", RoundKind.Outcome);
        yield return Case("Ylitys katetaan jo myönnetyllä valtionavustuksella, joten talousarvio pitää, vaikka kävijämäärä jäisi arvioitua pienemmäksi.", ForecastStatus.OnTrack, "an overrun covered by a grant already given");
        yield return Case("Överskridandet täcks om nämnden beviljar tilläggsanslag i höst.", ForecastStatus.AtRisk, "an overrun covered only if extra funding is given");
        yield return Case("Jos ylitys syntyy, se katetaan toimialan sisäisillä siirroilla.", ForecastStatus.NotAssessed, "a hypothetical overrun and its cover");
        yield return Case("Kirjastoauton uuden reitin käyttöönotto siirtyi kesäkuulta elokuulle ensi vuonna.", ForecastStatus.WillNotBeMet, "moved to months of next year", year: 2052);
        yield return Case("Avaaminen siirtyi ensi vuoden kesäkuulta elokuulle.", ForecastStatus.WillNotBeMet, "the same, next year's months first", year: 2052);
        yield return Case("Öppnandet flyttas från juni till augusti nästa år.", ForecastStatus.WillNotBeMet, "the same in Swedish", year: 2052);
        yield return Case("Avaaminen siirtyi marraskuulta joulukuulle, eikä tiloja saada käyttöön tämän vuoden puolella.", ForecastStatus.WillNotBeMet, "moved and not ready this year", year: 2052);
        yield return Case("Näyttelyn avajaiset siirtyivät maaliskuulta toukokuulle, ja näyttely on avoinna vuoden loppuun.", ForecastStatus.OnTrack, "moved to a later month and open to the year's end", year: 2052);
        yield return Case("Käyttöönotto siirtyi kesäkuulta elokuulle, mikä vaarantaa koko vuoden kävijätavoitteen.", ForecastStatus.AtRisk, "The risk cue still wins over the move", year: 2052);
        yield return Case("Tarjouspyyntö on saatu valmiiksi, ja urakoitsija valitaan kesäkuussa.", ForecastStatus.OnTrack, "A step stays progress");
        yield return Case("Remontti on saatu valmiiksi vain osittain.", ForecastStatus.AtRisk, "'vain' exclusion", RoundKind.Outcome);
        yield return Case("Mikäli työt on saatu valmiiksi syyskuuhun mennessä, tavoite toteutuu.", ForecastStatus.AtRisk, "Conditional");
        yield return Case("Kampanjaa ei enää toteuteta, koska tavoite saavutettiin jo keväällä.", ForecastStatus.Achieved, "The verdict beats the 'enää' cancellation", RoundKind.Outcome);
        yield return Case("Koronarajoitukset eivät enää estä tapahtumien järjestämistä, ja festivaali järjestetään elokuussa.", ForecastStatus.OnTrack, "Near miss of the 'enää' rule");
        yield return Case("Festivalen arrangeras inte längre i juni utan i augusti, och besöksmålet bedöms nås.", ForecastStatus.OnTrack, "held in another month, the goal met");
        yield return Case("Det finns inget utfall att bedöma ännu.", ForecastStatus.NotAssessed, "nothing to assess yet");
        yield return Case("Något utfall för hösten finns inte ännu, men målet bedöms nås.", ForecastStatus.OnTrack, "The verdict beats the missing 'utfall'");
        yield return Case("Det går inte att jämföra med fjolåret, men målet nåddes inte.", ForecastStatus.WillNotBeMet, "'jämföra' doesn't mask a miss", RoundKind.Outcome);
        yield return Case("Menot ovat syyskuun lopussa 70 prosenttia koko vuoden arviosta.", ForecastStatus.OnTrack, "costs behind the months counted");
        yield return Case("Museoiden pääsylipputulot ovat syyskuun lopussa vasta 45 prosenttia koko vuoden arviosta.", ForecastStatus.AtRisk, "income behind the months counted");
        yield return Case("Pääsylipputulot olivat 96 prosenttia koko vuoden arviosta.", ForecastStatus.WillNotBeMet, "income short of the year's estimate at year end", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
