using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 51's dangerous rows and misses, read once it was measured: on course but what decides is still open after a
/// "but" ("mutta lokakuun säätila ratkaisee"), a procurement appealed, one pair of figures met and the next short with a
/// bare target, a work completed in a later year's season, a use below an earlier year's level, what affects when the
/// investment comes, a balance behind an opening if-clause, and misses read after: purchased services over, a deficit
/// turned round, a minus of an amount, found too expensive, opened as the goal set, rent expected over its budget, "på villkor
/// att", "ei täysin varmista", a worrying direction, "i bästa fall", and no great effect on the total costs.
/// </summary>
public class RoundFiftyOneTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Leirintäalueella kertyi kesäkaudella 21 300 yöpymistä. Syyskauden yöpymisillä tavoite saavutettaneen, mutta lokakuun säätila ratkaisee.",
            ForecastStatus.AtRisk, "on course, but the weather decides");
        yield return Case("Tavoite 60 000 kävijää näyttäisi olevan saavutettavissa, mutta suurin osa kävijöistä tulee ulkotapahtumiin, joissa sää ratkaisee paljon.",
            ForecastStatus.AtRisk, "within reach, but the weather decides much");
        yield return Case("Tavoite saavutettaneen, mutta kävijöitä on jo enemmän kuin viime vuonna.", ForecastStatus.OnTrack, "a 'but' with no risk after it takes nothing back");
        yield return Case("Kolmesta kohteesta kaksi on toteutettu. Kolmannen hankinnasta on valitettu markkinaoikeuteen.", ForecastStatus.AtRisk, "a procurement appealed");
        yield return Case("Upphandlingen har överklagats till förvaltningsrätten.", ForecastStatus.AtRisk, "the same in Swedish");
        yield return Case("Antalet öppna träningstillfällen för flickor ökade till 520 (mål 500), men andelen nya deltagare stannade på 18 procent mot målet 25.",
            ForecastStatus.AtRisk, "one pair met, the next share short of a bare target");
        yield return Case("Den nya utomhusscenen blev inte färdig under året; arbetet slutförs våren 2053.", ForecastStatus.WillNotBeMet,
            "completed in a later year's spring, at year end", RoundKind.Outcome, 2052);
        yield return Case("Arbetet blir klart våren 2053.", ForecastStatus.WillNotBeMet, "ready in a later year's spring", year: 2052);
        yield return Case("Arbetet slutförs våren 2052.", ForecastStatus.OnTrack, "completed this spring is on course", year: 2052);
        yield return Case("Sekä fyysisten että verkkokäyntien määrä nousi. Kasvusta huolimatta kirjaston käyttö jäi vuoden 2019 tasosta.", ForecastStatus.AtRisk,
            "a use still below an earlier year's level", RoundKind.Outcome);
        yield return Case("Käyttö jäi tavoitetasosta.", ForecastStatus.WillNotBeMet, "below the target's level stays a shortfall", RoundKind.Outcome);
        yield return Case("Keskuskentän tekonurmen uusiminen on merkitty investointisuunnitelmaan. Investoinnin toteutumisen ajankohtaan vaikuttavat monet tekijät.",
            ForecastStatus.AtRisk, "many things affect when the investment comes");
        yield return Case("Tavoitteen toteutumiseen vaikuttaa myönteisesti uusi halli.", ForecastStatus.NotAssessed, "a good effect is no risk");
        yield return Case("Det har inte varit svårt att göra en budget. Om allt går vägen landar vi på plus minus noll.", ForecastStatus.AtRisk,
            "a balance behind an opening if-clause");
        yield return Case("Mikäli kaikki menee hyvin, tulos on ylijäämäinen.", ForecastStatus.AtRisk, "the same in Finnish");
        yield return Case("Liikuntapaikkojen kunnossapidon ostopalvelut ylittyivät 12 prosentilla.", ForecastStatus.WillNotBeMet, "purchased services over", RoundKind.Outcome);
        yield return Case("Kunta on onnistunut kääntämään alijäämäisen talouden ylijäämäiseksi.", ForecastStatus.Achieved, "a deficit turned into a surplus", RoundKind.Outcome);
        yield return Case("Årets resultat är dubbelt större än det beräknade årsresultatet på 510.000 euro.", ForecastStatus.Achieved,
            "a result larger than the one estimated ('beräknade')", RoundKind.Outcome);
        yield return Case("Resultatet visar ett minus på över en miljon euro.", ForecastStatus.WillNotBeMet, "a minus of an amount", RoundKind.Outcome);
        yield return Case("Allasosaston rakentaminen on todettu liian kalliiksi.", ForecastStatus.WillNotBeMet, "found too expensive, so dropped");
        yield return Case("Lippujen hinta on liian kallis monelle perheelle.", ForecastStatus.NotAssessed, "a price too dear is no work dropped");
        yield return Case("Kaikki viisi e-urheilutilaa avattiin kesäkuun loppuun mennessä tavoitteen mukaisesti.", ForecastStatus.Achieved,
            "opened by June as the goal set: met during the year");
        yield return Case("Kävijämäärä nousi tavoitteen mukaisesti.", ForecastStatus.OnTrack, "a rise as the goal set is on course during the year");
        yield return Case("Hanke tuli 40 000 euroa talousarviota edullisemmaksi.", ForecastStatus.Achieved, "cheaper than the budget", RoundKind.Outcome);
        yield return Case("Hyran för de tillfälliga lokalerna väntas uppgå till 310 000 euro, medan 220 000 euro har budgeterats.", ForecastStatus.WillNotBeMet,
            "rent expected over the sum budgeted");
        yield return Case("Kvällsöppet kan införas i höst på villkor att två vikarier anställs före september.", ForecastStatus.AtRisk, "on condition that");
        yield return Case("Pienempi budjetti ei kuitenkaan täysin varmista tavoitteiden toteuttamista.", ForecastStatus.AtRisk, "not fully ensured");
        yield return Case("Tämä ei vaaranna tavoitetta, ja rahoitus on varmistettu.", ForecastStatus.OnTrack, "funding ensured is no risk");
        yield return Case("Vähennys on vain alle kaksi prosenttia kokonaismäärästä. Suunta on kuitenkin huolestuttava.", ForecastStatus.AtRisk, "a worrying direction");
        yield return Case("Lokalerna är tillfälliga i väntan på ett nytt bibliotek som i bästa fall kan öppna 2026.", ForecastStatus.AtRisk, "at best is a hedge");
        yield return Case("Ennakoimaton keittiöremontti ei kovin paljon vaikuta kokonaiskustannuksiin, sillä korjauksen arvioidaan maksavan enintään 20 000 euroa.",
            ForecastStatus.OnTrack, "no great effect on the total costs");
        yield return Case("Även om badets kostnader skulle skena påverkar det inte den övriga verksamheten.", ForecastStatus.NotAssessed,
            "a hypothetical cost effect denied is no verdict");
        yield return Case("Sekin on tietysti mahdollista, että kaikki tapahtumat eivät vedä niin paljoa kävijöitä kuin on tavoiteltu, mutta pääasiassa olen luottavaisin mielin.",
            ForecastStatus.AtRisk, "a miss said to be possible");
        yield return Case("Huaröds friluftsbad kommer dessvärre inte öppnas.", ForecastStatus.WillNotBeMet, "a future denied outright");
        yield return Case("Simhallen kommer inte att öppnas ännu i år.", ForecastStatus.AtRisk, "not yet is no outright denial");
        yield return Case("Juhlasalin entisöinti keskeytyi, kun lattiarakenteista löytyi lahovaurioita, ja työ jatkuu vuonna 2053.", ForecastStatus.WillNotBeMet,
            "stopped, and the work goes on in a later year", year: 2052);
        yield return Case("Ohjelma jatkuu vuonna 2053.", ForecastStatus.NotAssessed, "a programme going on into a later year is no stop", year: 2052);
        yield return Case("Redan i april hade instrumentutlåningen passerat årsmålet: 1 050 lån mot målet 1 000.", ForecastStatus.Achieved, "already past the year's target");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
