using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 45, read once it was measured: a metric behind by a share after another already met, "we do not know whether the
/// goal was reached", a count ahead of its pace, a season ended, comparisons with what was estimated or targeted, fees as
/// income, "räknar med att", "blir inte av", "yhä allekirjoittamatta", mostly done with a part moved on.
/// </summary>
public class RoundFortyFiveFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Aukioloja koskeva mittari on jo täyttynyt, mutta kävijämäärämittarissa ollaan syyskuun lopussa noin 20 prosenttia jäljessä.", ForecastStatus.AtRisk, "verdict.mixed")
            .For("one metric met and another a share behind is a mix");
        yield return Sentence("Kävijämäärämittarissa ollaan syyskuun lopussa noin 20 prosenttia jäljessä.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("a metric a share behind during the year is short so far");
        yield return Sentence("We do not know whether the audience goal was reached.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("not knowing whether the goal was reached is no miss");
        yield return Sentence("Emme tiedä, saavutettiinko tavoite.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'emme tiedä, saavutettiinko' is no verdict");
        yield return Sentence("Kirjaston soitinlainaamosta lainattiin tammi–maaliskuussa 1 300 soitinta, ja koko vuoden tavoite on 4 800.", ForecastStatus.OnTrack, "progress")
            .For("a count for three months ahead of a quarter of the year's target is on pace");
        yield return Sentence("Kirjaston soitinlainaamosta lainattiin tammi–maaliskuussa 900 soitinta, ja koko vuoden tavoite on 4 800.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("the same count behind its pace is short so far");
        yield return new ClassifierCase("Rantasaunan kausi päättyi syyskuun lopussa 2 700 käyntiin. Tavoitteeksi oli asetettu 3 500.", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Tavoitteeksi oli asetettu 3 500.").For("a season that ended is counted in full, short of its target even in a forecast");
        yield return Sentence("Museokävijöitä tuli 12 prosenttia vähemmän kuin talousarviossa arvioitiin.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("'than was estimated in the budget' is the basis of a comparison, no forecast of the writer's");
        yield return Sentence("Kurssimaksuja kertyy arviolta 0,9 miljoonaa euroa eli noin 0,1 miljoonaa enemmän kuin budjetoitiin.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("fees the division charges are income, and more income than budgeted is good");
        yield return Sentence("Antalet besökare på lovdagarna blev en femtedel lägre än vad som var målsatt.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("lower than what was targeted, at year end, is short");
        yield return new ClassifierCase("Vi räknar med att omkring 60 familjer deltar i höstens kurser. Målet är 110.", ForecastStatus.WillNotBeMet, "figure.shortfall",
            "Målet är 110.").For("'vi räknar med att' frames a forecast for the year, and the year's forecast short of the target is a miss");
        yield return Sentence("Vinterns skridskodisco på Brunnsparken blir inte av i år.", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("'blir inte av' is called off");
        yield return Sentence("Kunnostuksen urakkasopimus on yhä allekirjoittamatta.", ForecastStatus.AtRisk, "risk.open")
            .For("'yhä' before an undone '-matta' is still open");
        yield return Sentence("Konsertprogrammet genomfördes i huvudsak, men den sista konserten flyttades till februari 2047.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("mostly done with a part moved into the next year is done in part");
        yield return Sentence("År 2024 kom vi nästan upp till samma antal besök som under rekordåret.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'kom nästan upp till' is nearly reached, as 'nådde nästan'");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_forty_five_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
