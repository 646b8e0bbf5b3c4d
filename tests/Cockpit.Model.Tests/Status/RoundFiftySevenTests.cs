using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 57's dangerous rows, read once it was measured: phase numbers are no counts, a caution that budgets not be exceeded
/// ("etteivät … ylity"), income that came in smaller ("toteutuivat … pienempinä"), an inverted if-clause "Går allt enligt
/// planerna", not enough to push a queue under a level this year, and one pair above its target but the next short; then
/// "the reach of" as a noun, a wish in "-ttaisiin", "päätöksen mukaisesti", an overrun only in a counterfactual.
/// </summary>
public class RoundFiftySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Suunnitelmaan merkityt 2 ja 3 vaihetta ei ole toteutettu.", ForecastStatus.AtRisk, "phases not done");
        yield return Case("Tilivelvollisten tulee olla huolellisia, etteivät koko vuodelle budjetoidut määrärahat ylity.", ForecastStatus.AtRisk, "a caution, not a fact");
        yield return Case("Verotulot toteutuivat 0,4 milj. euroa pienempinä.", ForecastStatus.WillNotBeMet, "income came in smaller", RoundKind.Outcome);
        yield return Case("Toimintakulut toteutuivat 0,2 milj. euroa pienempinä.", ForecastStatus.Achieved, "costs came in smaller", RoundKind.Outcome);
        yield return Case("Tammi–kesäkuun nettomenot toteutuivat 0,3 milj. euroa käyttösuunnitelmaa heikompina.", ForecastStatus.AtRisk, "worse so far");
        yield return Case("Palvelujen tuottaminen on toteutunut ennakoitua laajempana.", ForecastStatus.NotAssessed, "a size with no amount is no budget verdict");
        yield return Case("Går allt enligt planerna kan simhallen stå klar 2059.", ForecastStatus.AtRisk, "to plan only if all goes to plan");
        yield return Case("Jonossa on 52 teosta, eikä konservaattoreiden työaika riitä painamaan sitä tänä vuonna 45:n alle.", ForecastStatus.WillNotBeMet,
            "not enough to push the queue under the level this year");
        yield return Case("Ice time for girls' teams rose to 36 %, above the 35 % target, but their share of prime-time slots stayed at 28 % against a target of 33 %.",
            ForecastStatus.AtRisk, "one pair above its target, the next short", RoundKind.Outcome);
        yield return Case("Ice time for girls' teams rose to 36 %, above the 35 % target.", ForecastStatus.Achieved, "one pair above its target", RoundKind.Outcome);
        yield return Case("Av målen för ungdomsgården är kvällsöppet redan genomfört, medan antalet besök hittills ligger 12 procent under planen.", ForecastStatus.AtRisk,
            "one part done, another behind after medan");
        yield return Case("Skulden minskade från 5,2 miljoner euro till 4,9 miljoner euro.", ForecastStatus.OnTrack, "debt fell from one figure to another", RoundKind.Outcome);
        yield return Case("Besöken minskade från 12 000 till 10 500.", ForecastStatus.AtRisk, "visits fell from one figure to another");
        yield return Case("Lisenssikustannukset olivat 0,9 milj. euroa ja jäivät alle asetetun 1,1 milj. euron enimmäistason.", ForecastStatus.Achieved,
            "under a ceiling set", RoundKind.Outcome);
        yield return Case("No figure is available for the reach of the summer campaign, because the platform changed its statistics.", ForecastStatus.NotAssessed,
            "the reach of something is a noun");
        yield return Case("Optimaalista olisi, että talousarvion laadinnan yhteydessä saavutettaisiin talouden tasapaino.", ForecastStatus.NotAssessed, "a wish, not a verdict");
        yield return Case("Hankerahoituksen tuloutus kirjataan maksatuspäätöksen mukaisesti.", ForecastStatus.NotAssessed, "as the decision sets, no verdict");
        yield return Case("Kunta saavutti pääosin tavoitteensa, ja ilman menojen merkittävää ylitystä vuosi olisi ollut erinomainen.", ForecastStatus.AtRisk,
            "an overrun in a counterfactual", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
