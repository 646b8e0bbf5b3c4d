using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-21 unseen pair: short of the budget in a period of months; a partial verdict detailed
/// after 'but'; an elliptic 'jäivät alle'; a survey moved or postponed; a compound risk of overrun; completed mostly; whether
/// a deficit can be covered; no extra measures needed; 'ajallaan'; a zero result; 'on the way to' at year end; a hedge before
/// 'eikä'; a ceiling set as 'taket på'; few respondents after 'but'; within budget 'still' against a concession.
/// </summary>
public class RoundTwentyOneFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kirjastojen maksutulot jäivät tammi–toukokuussa 12 % budjetoidusta.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("Short of the budget in a period of months is so far");
        yield return Sentence("Toteutui osittain: aukiolo laajeni kahteen kirjastoon, mutta omatoimiaukiolon käyttöönotto jäi kesken kolmessa.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("A partial verdict whose detail after 'but' is work left unfinished stays partial");
        yield return Sentence("Lainaus ja tapahtumat ylittivät tavoitetason, kurssit ja näyttelykäynnit jäivät alle.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("An elliptic 'jäivät alle' after a target passed is a shortfall for part");
        yield return Sentence("Asiakaskysely siirrettiin ensi vuoden alkuun.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("A survey moved leaves nothing to assess at year end");
        yield return Sentence("Tyytyväisyysmittaus päätettiin siirtää syksyyn 2023.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("A measurement postponed leaves nothing to assess");
        yield return Sentence("Kiinteistömenoissa on ylitysriski, koska energian hinta on budjetoitua korkeampi.", ForecastStatus.AtRisk, "cost.risk")
            .For("A compound risk of overrun softens a worse-than-budget reason");
        yield return Sentence("Peruskorjaus valmistui pääosin.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("Completed mostly is completed in part");
        yield return Sentence("Syksyn tulos avgör om underskottet kan täckas.", ForecastStatus.AtRisk, "verdict.risk")
            .For("Whether a deficit can be covered is still open");
        yield return Sentence("Talousarviossa pysymiseksi ei tarvita lisätoimia.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("No extra measures needed to stay within budget is on track");
        yield return Sentence("Katsomon remontti on ajallaan.", ForecastStatus.OnTrack, "progress")
            .For("'ajallaan' is on time");
        yield return Sentence("Prognosen för helåret visar ett nollresultat.", ForecastStatus.OnTrack, "balance.surplus_so_far")
            .For("A zero result is a balance");
        yield return Sentence("Bedömningen är att målet var på väg att nås under året.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("'on the way to being met' at year end is not yet met");
        yield return Sentence("Palvelun saatavuus on ollut osin heikko eikä tavoitteeseen ole päästy.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("A hedge in the clause before 'eikä' does not soften the miss");
        yield return Sentence("Kötiden var 12 dagar och höll sig därmed under taket på 14 dagar.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("Under a ceiling set as 'taket på' is good");
        yield return Sentence("Kyselyn perusteella tyytyväisyystavoite saavutetaan, mutta vastaajia on ollut vähän.", ForecastStatus.AtRisk, "verdict.risk")
            .For("A verdict qualified by few respondents after 'but' is a risk");
        yield return Sentence("Olemme vielä pysyneet talousarvion puitteissa, vaikka kävijämäärät ovat kasvaneet.", ForecastStatus.AtRisk, "cost.risk")
            .For("Within budget 'still', against a concession, is a risk");
        yield return Sentence("Olemme pysyneet talousarvion puitteissa.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("Within budget plainly is on track");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_one_families(ClassifierCase c) => c.Check();
}
