using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A review of the rules written while round 51 was read, by a helper who wrote sentences to break them: a denied effect
/// on costs beside a delay or a postponement, cheaper ticket prices, the weather deciding only the margin, appeals
/// rejected, stages ready in a later year as planned, good influences, if-clauses that compare or suppose, alternatives
/// found too expensive, "varmistaa" as verify, and "at best" about the exceeding only; with the near misses that read right.
/// </summary>
public class ReviewOfRoundFiftyOneTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Remontti ei vaikuta kustannuksiin, mutta aikataulu viivästyy kolmella kuukaudella.", ForecastStatus.AtRisk, "a denied effect on costs beside a delay is no verdict");
        yield return Case("Förseningen påverkar inte kostnaderna, men öppningen skjuts till våren 2053.", ForecastStatus.WillNotBeMet, "a denied cost effect, then a postponement past the year", year: 2052);
        yield return Case("Konkurssi ei vaikuta kustannuksiin, mutta valmistuminen siirtyy vuodelle 2053.", ForecastStatus.WillNotBeMet, "the same in Finnish", year: 2052);
        yield return Case("Lakko ei vaikuttanut kustannuksiin, mutta kolme konserttia jouduttiin perumaan.", ForecastStatus.AtRisk, "a denied cost effect, then cancelled concerts");
        yield return Case("Pääsyliput hinnoiteltiin talousarviossa oletettua edullisemmiksi, joten lipputulot jäivät 30 000 euroa budjetoidusta.", ForecastStatus.WillNotBeMet, "ticket prices set cheaper are no budget kept", RoundKind.Outcome);
        yield return Case("Urakoitsijan konkurssi ei vaikuta hankkeen kustannuksiin, mutta valmistuminen siirtyy vuodelle 2053.", ForecastStatus.WillNotBeMet, "a denied effect on the project's costs, then a postponement", year: 2052);
        yield return Case("Kävijätavoite on toteutumassa, mutta syksyn sää ratkaisee, kuinka selvästi se ylittyy.", ForecastStatus.OnTrack, "the weather decides only the margin above the target");
        yield return Case("Tavoite toteutuu, mutta lisärahoituksen saaminen ratkaisee, voidaanko toiminta laajentaa myös Itä-Helsinkiin.", ForecastStatus.OnTrack, "the open decision is about more than the goal");
        yield return Case("Hankintapäätöksestä valitettiin, mutta markkinaoikeus hylkäsi valituksen ja työt alkoivat kesäkuussa aikataulun mukaisesti.", ForecastStatus.OnTrack, "an appeal rejected is no obstacle");
        yield return Case("Upphandlingen överklagades, men förvaltningsrätten avslog överklagandet i mars och arbetet går enligt plan.", ForecastStatus.OnTrack, "the same in Swedish");
        yield return Case("The procurement decision was appealed, but the court rejected the appeal and work is on schedule.", ForecastStatus.OnTrack, "the same in English");
        yield return Case("Etapp 1 blir klar hösten 2052 och etapp 2 blir klar våren 2053, som planerat.", ForecastStatus.OnTrack, "a stage ready in a later year as planned", year: 2052);
        yield return Case("Renoveringen blir klar sommaren 2053 enligt den ursprungliga tidsplanen.", ForecastStatus.OnTrack, "ready in a later year by the original schedule", year: 2052);
        yield return Case("Tavoitteen toteutumiseen vaikuttaa uusi halli, joka avattiin maaliskuussa ja on lisännyt käyntejä selvästi.", ForecastStatus.OnTrack, "a good influence on the goal is no risk");
        yield return Case("Jos verrataan edelliseen vuoteen, tulos on selvästi ylijäämäinen.", ForecastStatus.OnTrack, "a comparison in an if-clause is no condition");
        yield return Case("Vaihtoehto B on todettu liian kalliiksi, joten toteutamme vaihtoehdon A aikataulussa.", ForecastStatus.OnTrack, "an alternative found too expensive is no cancelled goal");
        yield return Case("Den första offerten bedömdes för dyr, men efter en ny upphandling startar bygget i maj enligt plan.", ForecastStatus.OnTrack, "a first bid found too dear, then built as planned");
        yield return Case("Tavoitteen saavuttamista ei voida varmistaa ennen asiakaskyselyn tuloksia.", ForecastStatus.NotAssessed, "'varmistaa' as verify is not assessed");
        yield return Case("Tavoitteen toteutumista ei pystytty varmistamaan, koska kyselyä ei tehty.", ForecastStatus.NotAssessed, "could not be verified is not assessed");
        yield return Case("Tavoite saavutetaan, ja parhaassa tapauksessa se ylittyy selvästi.", ForecastStatus.OnTrack, "at best qualifies only the exceeding");
        yield return Case("Målet nås, och i bästa fall överträffas det.", ForecastStatus.OnTrack, "the same in Swedish");
        yield return Case("Nämnden lyckades vända underskottet till ett överskott.", ForecastStatus.Achieved, "a deficit turned into a surplus ('vända')", RoundKind.Outcome);
        yield return Case("Tavoite saavutettaneen, mutta lopullinen tulos ratkeaa vasta joulukuussa.", ForecastStatus.AtRisk, "on course but the weather decides");
        yield return Case("Tavoite on toteutumassa, mutta se ei ratkaise kentän kunnostustarvetta.", ForecastStatus.OnTrack, "nothing left to decide");
        yield return Case("Målet kommer att nås, men vädret i september avgör.", ForecastStatus.AtRisk, "the same in Swedish");
        yield return Case("Hankinnasta ei ole valitettu, ja urakka alkaa toukokuussa.", ForecastStatus.OnTrack, "negated appeal is no obstacle");
        yield return Case("Beslutet överklagades inte, och bygget startar i maj.", ForecastStatus.OnTrack, "no appeal made");
        yield return Case("Nuorisotiloissa oli 120 000 käyntiä (tavoite 110 000), ja tyttöjen osuus jäi 35 prosenttiin, kun tavoite oli 40.", ForecastStatus.AtRisk, "one pair met, the next short", RoundKind.Outcome);
        yield return Case("Nuorisotiloissa oli 120 000 käyntiä (tavoite 110 000), ja tyttöjen osuus oli 45 prosenttia, kun tavoite oli 40.", ForecastStatus.Achieved, "both met stays achieved", RoundKind.Outcome);
        yield return Case("Kurssien määrä nousi 260:een (tavoite 250), mutta peruutusten osuus nousi 12 prosenttiin, kun tavoite oli enintään 10.", ForecastStatus.AtRisk, "a ceiling honoured", RoundKind.Outcome);
        yield return Case("Arbetet blir klart hösten 2052.", ForecastStatus.OnTrack, "same-year season stays on_track", year: 2052);
        yield return Case("Projektet blir klart i mars 2053.", ForecastStatus.WillNotBeMet, "a later year's month", year: 2052);
        yield return Case("Arbetet slutförs våren 2053.", ForecastStatus.WillNotBeMet, "completed in a later year's spring, at year end", RoundKind.Outcome, year: 2052);
        yield return Case("Målet nåddes. Nästa enkät genomförs våren 2053.", ForecastStatus.Achieved, "a verdict plus a later survey stays achieved", RoundKind.Outcome, year: 2052);
        yield return Case("Käyttö jäi vuoden 2019 tasosta, mutta tavoite saavutettiin.", ForecastStatus.Achieved, "verdict outranks below-earlier-year risk");
        yield return Case("Koronatilanne ei enää vaikuta tavoitteen toteutumiseen.", ForecastStatus.OnTrack, "vaikuta after toteutumiseen, negated: no risk");
        yield return Case("Vaikka kävijämäärät laskivat, tulos on ylijäämäinen.", ForecastStatus.OnTrack, "concessive opening clause is no condition");
        yield return Case("Talous käännettiin ylijäämäisestä alijäämäiseksi.", ForecastStatus.WillNotBeMet, "a surplus turned into a deficit", RoundKind.Outcome);
        yield return Case("Kävijämäärä kasvoi tavoitteen mukaisesti.", ForecastStatus.OnTrack, "a rise as the goal set");
        yield return Case("Hyresintäkterna väntas uppgå till 310 000 euro, medan 220 000 euro har budgeterats.", ForecastStatus.OnTrack, "rent income over budget is good");
        yield return Case("Vuokrien arvioidaan olevan 310 000 euroa, kun talousarviossa on 220 000 euroa.", ForecastStatus.WillNotBeMet, "rent cost over budget");
        yield return Case("I bästa fall nås målet.", ForecastStatus.AtRisk, "at-best hedge");
        yield return Case("Lippuhinta on todettu liian kalliiksi monelle perheelle, joten maksuttomia vuoroja lisättiin ja kävijätavoite on toteutumassa.", ForecastStatus.OnTrack, "too expensive for families is no cancellation");
        yield return Case("Vi väntar fortfarande på siffror från biljettsystemet.", ForecastStatus.NotAssessed, "no data yet");
        yield return Case("Palkankorotukset eivät vaikuta talousarvion toteutumiseen, koska ne on budjetoitu.", ForecastStatus.OnTrack, "denied effect on the budget");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
