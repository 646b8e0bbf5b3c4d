using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-8 unseen pair: deficits covered, a year called a success, budgets that held,
/// "only some" of a whole, a share of the target given as a fraction, a goal managed ("klara målet"), decisions awaited,
/// a postponement softened by a later modal, and the words that only look like conditions or reservations.
/// </summary>
public class RoundEightFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Erinomaisen tuloksen myötä kaupungin taseeseen kertyneet alijäämät saatiin katettua.", ForecastStatus.Achieved, "balance.surplus",
            RoundKind.Outcome).For("Deficits covered are good news");
        yield return Sentence("Det första året för Ode har varit en framgång.", ForecastStatus.Achieved, "verdict.achieved").For("'har varit en framgång' is achieved");
        yield return Sentence("Lautakuntien budjetit pitivät viime vuonna erinomaisesti.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Budgets that held are achieved");
        yield return Sentence("Driftsbudgeten höll, men investeringsramen för idrottsanläggningar överskreds med 1,4 miljoner euro.", ForecastStatus.AtRisk,
            "verdict.mixed", RoundKind.Outcome).For("One budget held and another overrun is mixed");
        yield return Sentence("Käyttöomaisuuden myyntivoitot olivat yhteensä noin 6,3 miljoonaa euroa ja ylittivät talousarvion yli kaksinkertaisesti.",
            ForecastStatus.Achieved, "budget.better", RoundKind.Outcome).For("Profits over budget are good news");
        yield return Sentence("Vuosiraportissa mittarin todettiin täyttyneen vain kolmella kuudesta liikuntapaikasta.", ForecastStatus.AtRisk, "verdict.part_of_goals",
            RoundKind.Outcome).For("Met only at three of six places is in part");
        yield return Sentence("Endast hälften av nämnderna och bolagen klarar sin målsättning fullt ut, vilket medför att målet inte bedöms uppfyllt.",
            ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome).For("Only half managing their goals, so the goal is not met");
        yield return Sentence("Harrastustakuun mukainen maksuton harrastus on tarjolla vain kolmessa viidestä kohdekoulusta.", ForecastStatus.AtRisk, "risk.partial")
            .For("Offered only in three of five schools is a risk");
        yield return Sentence("Sitovista tulostavoitteista on valtuustokaudella kokonaan toteutunut vuosittain alle puolet.", ForecastStatus.AtRisk,
            "verdict.part_of_goals", RoundKind.Outcome).For("Under half of the result goals met is in part");
        yield return Sentence("Kesäkuun tilanteessa taidelainaamon lainoja on kertynyt noin kolmannes vuositavoitteesta.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A third of the year's target during the year is a risk");
        yield return Sentence("Joulukuun lopussa Varaamon kautta tehtyjä varauksia oli 112 prosenttia vuositavoitteesta.", ForecastStatus.Achieved, "figure.reached",
            RoundKind.Outcome).For("'varauksia' are bookings, and 112 per cent of the target is reached");
        yield return Sentence("Status: Kommer att klara målet", ForecastStatus.OnTrack, "verdict.on_track").For("'klara målet' is managing the goal");
        yield return Sentence("Antalet platser ökade, vilket gör att kommunen klarar garantin om att erbjuda en plats inom fyra månader.", ForecastStatus.Achieved,
            "verdict.achieved", RoundKind.Outcome).For("'klarar garantin' at year end is achieved");
        yield return Sentence("En viktig milstolpe passerades 2020, då målet om att halvera utsläppen uppnåddes.", ForecastStatus.Achieved, "verdict.achieved",
            RoundKind.Outcome).For("'om att' is about, not if");
        yield return Sentence("Målet när det gäller nöjd-kund-index uppnås och omdömet är nära uppsatta målnivåer.", ForecastStatus.AtRisk, "verdict.hedged",
            RoundKind.Outcome).For("Met for one index, near the target levels for the other, is hedged");
        yield return Sentence("Tapahtumapaikkojen lupaprosessin sujuvoittaminen odottaa vielä kaupunkiympäristön toimialan päätöstä.", ForecastStatus.AtRisk, "risk.open")
            .For("Awaiting a decision is open");
        yield return Sentence("Simhallen håller tidsplanen, men renoveringen har försenats och kan dra ut på tiden till nästa år.", ForecastStatus.AtRisk,
            "verdict.risk").For("A delay that may run into next year is a risk");
        yield return Sentence("Uuden kirjastoauton hankinta on käytännössä mahdoton saada päätökseen tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("Impossible to finish this year is a miss");
        yield return Sentence("Kirjastojen kesälukudiplomin 2 500 osallistujan tavoite näyttää tämänhetkisen kertymän perusteella saavutettavalta.",
            ForecastStatus.OnTrack, "verdict.on_track").For("'saavutettavalta' (attainable) is on track");
        yield return Sentence("Det går inte att säga om målet har nåtts, eftersom underlag saknas.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("Cannot say whether the goal was met is not assessed");
        yield return Sentence("Whether the goal was met cannot be determined, as the survey had too few responses.", ForecastStatus.NotAssessed, "verdict.unassessable",
            RoundKind.Outcome).For("A sentence opened by 'whether' asks, it does not state");
        yield return Sentence("Malminkartanon kirjaston remontti etenee aikataulussa, mutta Töölön kirjaston urakka on viikkoja myöhässä.", ForecastStatus.AtRisk,
            "risk.delay").For("'myöhässä' is late");
        yield return Sentence("Toistaiseksi mikään ei osoita, että avustuspäätösten käsittelyaika venyisi yli tavoitteen.", ForecastStatus.OnTrack,
            "verdict.double_negation").For("Nothing shows it would stretch past the target");
        yield return Sentence("Resultatet exklusive reavinster är +182 miljoner kronor.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("A result with a plus sign is a surplus");
        yield return Sentence("Sammantaget har stadens verksamheter hållit sina budgetar under 2012.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Budgets kept are achieved");
        yield return Sentence("Talousarvioon kohdistuu ylitysriskiä loppuvuonna.", ForecastStatus.AtRisk, "risk.hedge").For("A risk of an overrun is a risk, not an overrun");
        yield return Sentence("Resultatet för mätningen är i nivå med målsättningen.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("'i nivå med målsättningen' is the target met");
        yield return Sentence("Miljökvalitetsmålen kommer att uppnås eller vara nära att uppnås till år 2020.", ForecastStatus.AtRisk, "verdict.hedged")
            .For("'nära att uppnås' is hedged");
        yield return Sentence("Investointeja jää toteutumatta suunnitellussa laajuudessa ja aikataulussa.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            RoundKind.Outcome).For("'aikataulussa' beside a miss is no success");
        yield return Sentence("Annantalon taidekerhojen laajentaminen kahteen uuteen kouluun jäi toteutumatta.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            RoundKind.Outcome).For("A work left unrealised at year end is a miss");
        yield return Sentence("The library service stayed within its appropriation for the third year running.", ForecastStatus.Achieved, "cost.year_under_budget",
            RoundKind.Outcome).For("Within its appropriation at year end is achieved");
        yield return Sentence("The third gym is waiting for a ground survey and may slip into next spring.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'may slip into next spring' is a risk");
    }

    [TestCase("Barn och ungas möjlighet att påverka kulturskolan mäts inom ramen för Våga Visa.")]
    [TestCase("För 11 mål av 16 kan ingen bedömning av måluppfyllelsen göras beroende på att indikatorerna inte är mätta.")]
    [TestCase("En positiv trend i miljön ökar förutsättningarna att nå målet.")]
    public void Within_the_scope_of_because_of_or_a_chance_is_no_budget_condition_or_progress(string text)
    {
        var code = StatusClassifier.Classify(text, RoundKind.Outcome).RuleCode;
        Assert.That(code, Does.Not.StartWith("cost.").And.Not.EndWith(".conditional").And.Not.EqualTo("progress"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_eight_wording(ClassifierCase c) => c.Check();
}
