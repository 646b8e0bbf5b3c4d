using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 51's dangerous rows and misses, read once it was measured: on course but what decides is still open after a
/// "but" ("mutta lokakuun säätila ratkaisee"), a procurement appealed, one pair of figures met and the next short with a
/// bare target, a work completed in a later year's season, a use below an earlier year's level, what affects when the
/// investment comes, and a balance behind an opening if-clause.
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
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
