using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-11 unseen pair: budgets short of what was expected, sales and year-to-date, not in
/// every unit, nothing known yet, plans that fell through, variable results, in line or in phase with the goal, at the goal,
/// 'may' and 'hinges on', near the goal, completed or opened only next year, money unspent, the goal stated or described
/// rather than judged, 'too slow to', figures before their target in parentheses, needs to improve, emissions cut, behind,
/// Swedish 'nå … inte upp till', and numbers joined to words by a hyphen.
/// </summary>
public class RoundElevenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Pääsylipputulot jäävät arviolta 150 000 euroa alle ennakoidusta.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("Short of what was expected ('alle ennakoidusta') is a budget miss");
        yield return Sentence("Talousarvion ennakoitu ylijäämäinen tulos on mahdollista saavuttaa.", ForecastStatus.AtRisk, "verdict.possible")
            .For("A surplus that was only forecast is no result; 'mahdollista saavuttaa' is possible");
        yield return Sentence("The courses fell roughly a third short of the target.", ForecastStatus.WillNotBeMet, "verdict.failed", RoundKind.Outcome)
            .For("'fell roughly a third short' is a shortfall");
        yield return Sentence("Ticket sales are running 10 per cent below budget year-to-date.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("'year-to-date' is so far, and sales are income");
        yield return Sentence("Palvelulupaus ei ole toteutunut kaikissa yksiköissä.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Not in every unit is in part");
        yield return Sentence("Hankkeen toteutumisesta ei ole vielä tietoa.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("Nothing known yet is not assessed");
        yield return Sentence("Kesäleirien laajentaminen kaatui rahoitukseen.", ForecastStatus.WillNotBeMet, "verdict.cancelled", RoundKind.Outcome)
            .For("'kaatui rahoitukseen' is a cancellation");
        yield return Sentence("Palvelulupaukset toteutuivat vaihtelevasti eri kirjastoissa.", ForecastStatus.AtRisk, "risk.partial")
            .For("'toteutuivat vaihtelevasti' is only in part");
        yield return Sentence("Asiakastyytyväisyyden kasvu on linjassa vuositavoitteen kanssa.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'linjassa vuositavoitteen kanssa' is on track");
        yield return Sentence("Biblioteken ligger i fas med sina mål.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'i fas med sina mål' is on track");
        yield return Sentence("Nuorisotalot ovat kävijätavoitteessaan.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'ovat kävijätavoitteessaan' during the year is on track");
        yield return Sentence("Nuorisotalot ovat kävijätavoitteessaan.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'ovat kävijätavoitteessaan' at year end is achieved");
        yield return Sentence("Det bedöms att antalet lån kan komma att understiga målet.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'kan komma att understiga' is 'may', not 'can'");
        yield return Sentence("Öppnandet hänger på att bygglovet beviljas.", ForecastStatus.AtRisk, "risk.conditional")
            .For("'hänger på att' is a condition");
        yield return Sentence("Besöken tangerar målet.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'tangerar målet' is near, not at, the target");
        yield return Sentence("Kulttuurikeskuksen katon korjaus valmistui vasta tammikuussa 2021.", ForecastStatus.WillNotBeMet, "verdict.not_in_time", RoundKind.Outcome)
            .For("Completed only in January of the next year is not in time");
        yield return Sentence("Konstgräsplanen tas i bruk först under säsongen 2022.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("'först under säsongen 2022' is next year");
        yield return Sentence("The online shop will not open until the spring of 2022.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("'not … until the spring of 2022' is next year");
        yield return Sentence("Määrärahasta jää vuoden lopussa käyttämättä noin 80 000 euroa.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("Money left unspent is under budget");
        yield return Sentence("Biblioteken nådde 82 procent av barnen mot målsatta 90 procent, så målet är inte uppfyllt.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("A figure reached before the verdict is no second verdict");
        yield return Sentence("Många av delmålen är uppfyllda, några inte.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("'uppfyllda, några inte' is in part");
        yield return Sentence("Stadsdelen når inte de miljömål som ska vara uppfyllda år 2025.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("What the goals require, in a relative clause, is no verdict");
        yield return Sentence("Takten är för långsam för att nå målet.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'för långsam för att nå' is a miss");
        yield return Sentence("The pace is too slow to meet the target.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'too slow to meet' is a miss");
        yield return Sentence("Lån per invånare januari–juni: 2,9 (helårsmål 7,5).", ForecastStatus.AtRisk, "risk.below_target")
            .For("A figure before its target in parentheses, during the year, is so far");
        yield return Sentence("Visits in 2021: 41,000 (target 50,000; 2020: 38,000).", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("A figure before its target in parentheses, at year end, is a shortfall");
        yield return Sentence("Sju av länets tolv mål bedöms inte kunna nås.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("'bedöms inte kunna nås' for seven of twelve is in part, not unassessable");
        yield return Sentence("Liikuntaneuvontaa pitää edelleen tehostaa.", ForecastStatus.AtRisk, "risk.work_left")
            .For("'pitää edelleen tehostaa' is work left");
        yield return Sentence("Kaupungin päästöt vähenivät 12 prosenttia edellisvuodesta.", ForecastStatus.OnTrack, "progress")
            .For("Emissions cut against last year is progress");
        yield return Sentence("Simhallarna har haft 55 procent av årets besök, vilket ligger efter planen.", ForecastStatus.AtRisk, "risk.below_target")
            .For("'ligger efter' is behind");
        yield return Sentence("Tavoitteena oli saavuttaa 20 000 kävijää, mutta tavoite ei toteutunut.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("The stated goal does not outweigh the verdict after it");
        yield return Sentence("Så nådde nämnden trots extra anslag och färre sjukdagar inte upp till sina mål.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("'nådde … inte upp till' is a miss across an aside");
        yield return Sentence("Tavoite yli 65-vuotiaiden liikuntaryhmille toteutui alkuvuonna 80 prosentilla.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A number joined by a hyphen ('65-vuotiaiden') is no target figure");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_eleven_wording(ClassifierCase c) => c.Check();

    [TestCase("Tavoitteena oli saavuttaa 20 000 kävijää.")]
    [TestCase("Målet är att nå 500 000 besök.")]
    [TestCase("The target is to reach 40,000 visits.")]
    public void A_goal_stated_is_no_verdict(string text) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).Rule.Kind, Is.Not.EqualTo(RuleKind.Verdict));
}
