using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-23 unseen pair: 'probably not' brought to the target level; a share of the annual target at
/// a month's end; all held, with a count conceded; a partial verdict detailed by a figure; at year end work done only next
/// year; results not available; an amount against the budgeted amount with no comparative; a cut against a target cut;
/// 'osannolikt'; a named risk of overrun; a partitive plural cancelled; queues shortened; 'passed the target'; 'aikaistaa';
/// funding left unspent; 'inom lagstadgad tid'; 'på plus'; 'ensi kesään'; 'on average'; a trend in line with the goal; the
/// original plan.
/// </summary>
public class RoundTwentyThreeFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Odotusaikaa ei todennäköisesti saada tavoitetasolle tämän vuoden aikana.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'probably not' brought to the target level is a miss");
        yield return Sentence("Tänä vuonna heinäkuun lopun kertymä on 55 % vuositavoitteesta.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A share of the annual target at a month's end is so far");
        yield return Sentence("Kaikki 16 suunniteltua konserttia järjestettiin, vaikka kolme niistä siirrettiin sisätiloihin.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("All held, with some moved in a concession, is achieved");
        yield return Sentence("Toteutui osittain: lainaus kasvoi kirjastoissa, mutta verkkokäynneissä tulos oli 1,8 milj. (tavoite 2,0 milj.).", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("A partial verdict detailed by a figure below target after 'but' stays partial");
        yield return Sentence("Kahden kohteen kartoitukset valmistuvat tammikuussa 2025.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("At year end some of the work done only next year is in part");
        yield return Sentence("Mittarin tulokset eivät ole vielä käytettävissä.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("Results not yet available cannot be assessed");
        yield return Sentence("Liikuntapalveluiden tulot olivat 4,1 milj. euroa, kun talousarviossa oli arvioitu 3,8 milj. euroa.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Income above the budgeted amount, with no comparative, is achieved");
        yield return Sentence("Kulttuurikeskusten vuokratulot stannade på 0,9 miljoner euro, medan budgeten förutsatte 1,2 miljoner euro.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("Income short of the budgeted amount, with no comparative, is a miss");
        yield return Sentence("Värmeförbrukningen minskade med 3 procent, medan målet var en minskning med 6 procent.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("A smaller cut than the target cut is a miss");
        yield return Sentence("Vedenkulutus laski 9 %, kun tavoitteena oli 5 prosentin vähennys.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("A larger cut than the target cut is achieved");
        yield return Sentence("Det är osannolikt att målet nås i år.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'osannolikt att målet nås' is probably not, a miss");
        yield return Sentence("Kiinteistökulujen ylittymisestä on riski energian hinnan vuoksi.", ForecastStatus.AtRisk, "cost.risk")
            .For("A risk of overrun is a risk");
        yield return Sentence("Kaupunginteatterin esityksiä ja tapahtumia on peruttu.", ForecastStatus.AtRisk, "risk.cancelled")
            .For("Some shows and events cancelled (partitive plural) is a risk");
        yield return Sentence("Jonot ovat merkittävästi lyhentyneet.", ForecastStatus.Achieved, "result.good", RoundKind.Outcome)
            .For("Queues that shortened at year end are a good result");
        yield return Sentence("The number of library app users passed the annual target in August.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'passed the annual target' is passed");
        yield return Sentence("Käyttöönottoa on voitu aikaistaa toukokuulle.", ForecastStatus.OnTrack, "progress")
            .For("Brought forward ('aikaistaa') is on track");
        yield return Sentence("Perusrahoituksesta jäi käyttämättä 120 000 €.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("Basic funding left unspent is under budget");
        yield return Sentence("Köerna hölls inom lagstadgad tid.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Queues within the statutory time is achieved");
        yield return Sentence("Bokslutet landar på plus 2,1 miljoner euro.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("'landar på plus' is a surplus");
        yield return Sentence("Kentän kunnostus siirtyi ensi kesään.", ForecastStatus.WillNotBeMet, "verdict.postponed")
            .For("Moved to next summer is past this year");
        yield return Sentence("Keskimäärin palvelutavoitteet toteutuvat.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("'On average' the promises are met is in part");
        yield return new ClassifierCase("Päästöjen kehitys on ollut tavoitteen mukaisesti laskusuunnassa. Viime vuosina kehitys on kuitenkin hidastunut.", ForecastStatus.AtRisk, "risk.delay",
            "Viime vuosina kehitys on kuitenkin hidastunut.", Round: RoundKind.Outcome)
            .For("A trend in line with the goal, then slowed, is a risk");
        yield return Sentence("Från början var tanken att hallen skulle vara färdig i maj.", ForecastStatus.AtRisk, "risk.delay")
            .For("The original plan ('från början') is a plan since changed");
        yield return Sentence("Käsittelyaika pääsee keskimäärin kahdessa viikossa tavoitetasolle.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'keskimäärin' with a figure is an average, not 'in part'");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_three_families(ClassifierCase c) => c.Check();
}
