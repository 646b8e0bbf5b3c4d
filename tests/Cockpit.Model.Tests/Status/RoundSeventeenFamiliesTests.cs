using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-17 unseen pair: more or fewer than expected of anything but money, 'on hold',
/// 'contingent', 'förutsätter', 'torde', 'ouppnått', met only in part or in one place, 'före årsskiftet', 'långt ifrån',
/// some of them, a periodised budget so far, not started in the year named, a risk removed, started only when, a recovery
/// rate of costs, the forecast balance for the year, hopes, and a count of municipalities.
/// </summary>
public class RoundSeventeenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kävijöitä on tullut jonkin verran vähemmän kuin odotimme.", ForecastStatus.AtRisk, "risk.below_target")
            .For("Fewer than we expected is a risk during the year");
        yield return Sentence("Vi ordnade 30 kurser, fem fler än vi föresatt oss.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("More than we set out to do is achieved");
        yield return Sentence("Osallistujamäärät jäivät koronan vuoksi tavoiteltuja pienemmiksi.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("Smaller than aimed at, at year end, is a miss");
        yield return Sentence("Utställningen hade 2 100 fler besök än beräknat.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("More visits than calculated is achieved");
        yield return Sentence("Ajanvarauksen käyttöönotto on nyt on hold.", ForecastStatus.AtRisk, "risk.delay")
            .For("'on hold' is a delay");
        yield return Sentence("The launch is contingent on the vendor fixing two defects.", ForecastStatus.AtRisk, "risk.conditional")
            .For("'contingent on' is a condition");
        yield return Sentence("Målet torde kunna nås, men det förutsätter att renoveringen blir klar.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("'förutsätter' is a condition");
        yield return Sentence("Publikmålet förblir ouppnått i år.", ForecastStatus.WillNotBeMet, "verdict.unrealised")
            .For("'ouppnått' is unrealised");
        yield return Sentence("Målet uppfylldes endast till en del.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'endast till en del' after the verb is met only in part");
        yield return Sentence("Vi hinner inte öppna den nya filialen före årsskiftet.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("'före årsskiftet' names this year");
        yield return Sentence("Kävijätavoite toteutui ainoastaan pääkirjastossa.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("Met only in one place is in part");
        yield return Sentence("Målet om ekologiska inköp är långt ifrån uppnått.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("'långt ifrån uppnått' is a negation");
        yield return Sentence("Av de tolv målen utvärderades alla, och fem av dem uppfylldes inte.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("Some of them not met is part of the goals");
        yield return Sentence("Pääsylipputulot ovat 5 % jäljessä jaksotetusta budjetista.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("Behind a periodised budget is so far");
        yield return Sentence("Kentän valaistuksen uusiminen ei käynnistynyt vuonna 2020.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("Not started in the year it names, at year end, is a miss");
        yield return Sentence("Aikatauluun liittynyt riski on poistunut.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("A risk that has gone is not at risk");
        yield return Sentence("Risken för förseningar är undanröjd, och målet nås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("A risk removed does not soften the verdict after it");
        yield return Sentence("Palvelu avataan vasta, kun rahoitus on vahvistettu.", ForecastStatus.AtRisk, "risk.conditional")
            .For("Started only when something else is done is conditional");
        yield return Sentence("Kustannusten palautumisaste jäi 0,65:een, kun tavoite oli 0,70.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("A recovery rate of costs is better higher, so below its target is short of it");
        yield return Sentence("Ylijäämää kertyi alkuvuonna, mutta koko vuoden tuloksen ennustetaan olevan alijäämäinen.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("The forecast balance for the year decides over the balance so far");
        yield return Sentence("Det finns förhoppningar om att målet nås.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("Hopes are no forecast");
        yield return Sentence("I år når 40 kommuner målet.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("A count of municipalities that reach the goal is some of them");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_seventeen_families(ClassifierCase c) => c.Check();
}
