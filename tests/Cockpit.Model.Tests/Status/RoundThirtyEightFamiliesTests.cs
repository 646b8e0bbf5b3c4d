using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 38 showed once measured: "ilmeisesti" as a probably; most, not all, within the budget; money left of
/// an appropriation; an income estimate fallen short of; work got done ("saatiin pidettyä"); denied effects ("ei heijastu",
/// "rubbas inte"); a goal's figure in an aside between commas; "mot målsatta"; installing and renewing as completions; "ei
/// näytä mahdolliselta"; not done, and why, at year end; a proposal if something happens; "hinges on"; a cost measured in
/// the sentence before ("Det är … mer än beräknat").
/// </summary>
public class RoundThirtyEightFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Ilmoittautumisia on kertynyt 420, joten 600 osallistujan tavoitteeseen ylletään ilmeisesti.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'ilmeisesti' is a probably, not a certainty");
        yield return Sentence("Generellt kan sägas att de flesta enheter klarar sina uppdrag väl och inom givna ramar.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("most units within their frames is the budget kept in part");
        yield return Sentence("Kävijämäärät laskettiin keväällä käsin ja syksyllä porttilaskureilla, joten tavoitteen toteutuminen jää todentamatta.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'jää todentamatta' is left unverified, not missed");
        yield return Sentence("Nuorisotalojen siivoukseen käytettiin 96 000 euroa, ja määrärahasta jäi käyttämättä 14 000 euroa.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("the amount left of the appropriation is no second figure set against it");
        yield return Sentence("Konserttien lipputuloja kertyi 610 000 euroa, joten 700 000 euron tuloarviosta jäätiin 90 000 euroa.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("'tuloarviosta jäätiin' is income short of its estimate");
        yield return Sentence("Kaikki 40 uimakoulua saatiin pidettyä.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("all of them got held");
        yield return Sentence("Verkkosivujen uudistus saatiin tehtyä huhtikuussa.", ForecastStatus.Achieved, "verdict.achieved")
            .For("got done in a named month, already during the year");
        yield return Sentence("Taidenäyttelyn avaus siirtyi, mutta kaikki 12 opastusta saadaan pidettyä.", ForecastStatus.OnTrack, "progress")
            .For("a move made up for: all will be held");
        yield return new ClassifierCase("Kesäkahvilan remontti kestää kaksi viikkoa. Katko ei heijastu kävijätavoitteeseen.", ForecastStatus.OnTrack, "verdict.not_at_risk",
            "Katko ei heijastu kävijätavoitteeseen.")
            .For("'ei heijastu' denies an effect on the goal");
        yield return Sentence("Fritidsgården stängs i juni, men kvällsöppet i augusti ersätter det och besöksmålet rubbas inte.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("'rubbas inte' denies an effect on the goal");
        yield return Sentence("Museon kävijätavoite, 45 000 käyntiä, ylittyi syyskuussa.", ForecastStatus.Achieved, "verdict.achieved")
            .For("the goal, its figure between commas, then the verb");
        yield return Sentence("Konsthallen hade 18 000 besök mot målsatta 25 000.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("'mot målsatta' is a target figure");
        yield return Sentence("Infotaulut asennettiin kuudessa kirjastossa kymmenestä.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("installed in six places of ten is done in part");
        yield return Sentence("Ljudanläggningar installerades i tre av de sju kulturhusen.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("installed in three of seven is done in part");
        yield return Sentence("Liikuntapuistojen kyltit uusittiin.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("renewed at year end is done");
        yield return Sentence("Varsinainen mittari, lainausten määrä 3 000, jäi kuitenkin 2 400 lainaan.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("a metric with its target between commas, then the result under it");
        yield return Sentence("Kerhojen määrää ei näytä mahdolliselta nostaa tavoitteen mukaiseen 30:een.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("'ei näytä mahdolliselta' is impossibility, not a denied sign");
        yield return Sentence("Salin laajennusta ei toteutettu, koska urakkatarjouksia ei saatu.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("at year end not done, with its reason, is a miss");
        yield return Sentence("Om hallen stängs under hösten, föreslår vi nämnden en sänkning av besöksmålet.", ForecastStatus.NotAssessed, "verdict.procedure")
            .For("a proposal if something happens assesses nothing");
        yield return Sentence("Jos museo suljetaan syksyllä, ehdotamme lautakunnalle kävijätavoitteen alentamista.", ForecastStatus.NotAssessed, "verdict.procedure")
            .For("a proposal if something happens assesses nothing (fi)");
        yield return Sentence("We expect the 2,000-participant target to be passed in October.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("a target to be passed is to be exceeded");
        yield return Sentence("Whether the outdoor gym opens in June hinges on the equipment delivery, which the supplier has not yet confirmed.", ForecastStatus.AtRisk, "risk.open")
            .For("what the work hinges on, unconfirmed, is open, not unassessable");
        yield return Sentence("Kävijäkyselyä ei tehty, joten tavoitteen tilaa ei pystytä sanomaan.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'ei pystytä sanomaan' cannot be said");
        yield return new ClassifierCase("Kostnaden för den nya scenen blir 3 miljoner kronor. Det är 800 000 kronor mer än beräknat.", ForecastStatus.WillNotBeMet, "budget.worse",
            "Det är 800 000 kronor mer än beräknat.")
            .For("'Det' is the cost named in the sentence before");
        yield return Sentence("Notan för konstgräset blir 1,2 miljoner kronor mer än beräknat.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("the bill is a cost");
        yield return new ClassifierCase("Vuoden ennuste on 98 000 euroa. Määrärahan lisäystarvetta ei ole.", ForecastStatus.OnTrack, "progress",
            "Määrärahan lisäystarvetta ei ole.")
            .For("no need of more appropriation: the budget will do, as progress that a delay or miss outweighs");
        yield return Sentence("Inget behov av tilläggsanslag finns för fritidsgårdarna i år.", ForecastStatus.OnTrack, "progress")
            .For("no need of an extra appropriation (sv)");
        yield return Sentence("Toimintamenoissa käyttöaste on 40 % ja näin ollen ne ovat alittaneet tasaisen kertymän.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("'ne' is the costs of the clause before");
        yield return Sentence("Liikuntapalvelujen toimintakate on talousarviossa -4 200 000 euroa ja sen ennakoidaan ylittyvän noin 150 000 eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun")
            .For("'sen' is the net cost of the clause before, forecast to run over");
        yield return Sentence("Vuoden talousarvio on ylijäämäinen 120 000 euroa ja tilikauden tuloksesta tulee ennusteiden mukaan ennakoitua parempi.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("the budget's surplus named, the result better than expected");
        yield return Sentence("Nedgången i antalet lån på huvudbiblioteket tycks ha brutits.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome)
            .For("a fall that has stopped is progress");
        yield return Sentence("Kävijämäärien laskeva kehitys on taittunut.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome)
            .For("a falling trend turned is progress (fi)");
        yield return Sentence("Ishallen kan öppna redan i oktober, enligt planerna.", ForecastStatus.OnTrack, "progress")
            .For("'enligt planerna' is on plan");
        yield return Sentence("Monia ohjelman toimenpiteitä on jo alettu toteuttaa.", ForecastStatus.OnTrack, "progress")
            .For("'alettu' is begun");
    }

    [Test]
    public void A_falling_trend_not_turned_is_no_progress() =>
        Assert.That(StatusClassifier.Classify("Kävijämäärien laskeva kehitys ei ole taittunut.", RoundKind.Outcome).Status, Is.Not.EqualTo(ForecastStatus.OnTrack));

    [TestCaseSource(nameof(Cases))]
    public void Round_thirty_eight_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void About_an_application_is_no_condition() =>
        Assert.That(StatusClassifier.Classify("Handläggningen av ansökningar om bidrag tog i genomsnitt 8 dagar.", RoundKind.Outcome).RuleCode,
            Is.Not.EqualTo("risk.conditional"));

    [Test]
    public void Hard_to_say_for_certain_only_hedges() =>
        Assert.That(StatusClassifier.Classify("Aikataulu on vielä auki, eikä tavoitteen toteutumisesta voida tässä vaiheessa sanoa mitään varmaa.").Status,
            Is.EqualTo(ForecastStatus.AtRisk));

    [Test]
    public void A_pronoun_with_nothing_measured_before_stays_unread() =>
        Assert.That(StatusClassifier.Classify("Scenen invigdes i maj. Det är 800 000 kronor mer än beräknat.").RuleCode,
            Is.Not.EqualTo("budget.worse"));
}
