using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 33 showed once measured: at the mercy of the weather, waiting for a review, a plan or a permit, more
/// than the target allowed, a finish at year end in a season of a later year, part of a whole so far, what was meant to be
/// done, a whole-year forecast under its target, a pace that suffices, a move that stays before a later month, a fall that
/// has gone on for months or as a trend, slim chances, whether a work may go ahead decided later, a goal that holds, a
/// denial of the whole ("lainkaan"), the income estimate as a budget, as the goal set it, the even accrual as a budget so
/// far, compound nouns of an overrun, a budget not kept, nothing deviating, a cause that is no condition, and "talar för".
/// </summary>
public class RoundThirtyThreeFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Ulkojäärataojen avaaminen joulukuussa on täysin sään armoilla.", ForecastStatus.AtRisk, "risk.hedge")
            .For("at the mercy of the weather is a risk");
        yield return Sentence("Kirjastoauton hankinta odottaa vielä hankintasuunnitelman tarkistusta.", ForecastStatus.AtRisk, "risk.open")
            .For("waiting for a plan's review is open");
        yield return Sentence("Ylitöiden osuus oli 6 prosenttia, kaksi prosenttiyksikköä enemmän kuin tavoitteessa sallittiin.", ForecastStatus.WillNotBeMet, "figure.shortfall", RoundKind.Outcome)
            .For("more than the target allowed is over a ceiling");
        yield return Sentence("Perustukset valettiin marraskuussa, ja nuorisotalo valmistuu keväällä 2031.", ForecastStatus.WillNotBeMet, "verdict.next_year", RoundKind.Outcome)
            .For("at year end, finishing in a season of a later year is past the year");
        yield return Sentence("Nuorisotalo valmistui keväällä 2030.", ForecastStatus.Achieved, "verdict.completed", RoundKind.Outcome)
            .For("a past finish in a named season is done, not moved");
        yield return Sentence("Elokuussa iltapäivätoimintaa oli 14 koulussa 20:stä.", ForecastStatus.AtRisk, "risk.partial")
            .For("during the year, part of the whole so far is in part");
        yield return Sentence("Kentän valaistuksen oli tarkoitus valmistua toukokuussa 2030.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("what was meant to be finished did not finish");
        yield return Sentence("Ennusteen perusteella koko vuonna kertyy noin 3 100 käyntiä, kun tavoitteeksi on asetettu 4 000.", ForecastStatus.WillNotBeMet, "figure.shortfall")
            .For("a whole-year forecast under the target is short of it");
        yield return Sentence("Verkkolainoja kertyy vuositavoitteeseen riittävällä vauhdilla.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("at a pace that suffices is on course");
        yield return Sentence("Katsomon maalaus siirtyi kesäkuulta elokuulle, mutta katsomo on käytössä ennen syyskuuta.", ForecastStatus.OnTrack, "progress")
            .For("moved, but still before a later month of the year");
        yield return Sentence("Museokäynnit ovat laskeneet maaliskuusta lähtien.", ForecastStatus.AtRisk, "risk.worsening")
            .For("falling for months is a risk");
        yield return Sentence("Besöken i simhallen har en minskande trend.", ForecastStatus.AtRisk, "risk.worsening")
            .For("a falling trend is a risk");
        yield return Sentence("Mahdollisuudet avata uusi nuorisotila tänä vuonna ovat heikot.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("slim chances are as good as none");
        yield return Sentence("There is little chance that the skate park opens this autumn.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("little chance is as good as none");
        yield return Sentence("Om caféet kan öppna i vår avgörs först när tillståndet har beviljats.", ForecastStatus.AtRisk, "risk.open")
            .For("whether a work can go ahead, decided only later, is open");
        yield return Sentence("Målet för antalet låneböcker håller.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("the goal holds");
        yield return Sentence("Syysnäyttelyä ei avattu lainkaan.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("at year end, not done at all is a miss");
        yield return Sentence("Saunojen vuokratulot olivat 120 000 euroa, mikä on 20 000 euroa yli tuloarvion.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("income over the income estimate is better");
        yield return Sentence("Kahvilan myyntitulot jäivät 15 000 euroa tuloarviosta.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("income short of the income estimate is worse");
        yield return Sentence("Varausjärjestelmä otettiin käyttöön toukokuussa, kuten hankkeelle oli tavoitteeksi asetettu.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("done as the goal set it is met");
        yield return Sentence("Liikuntapalveluiden tuotot ovat toteutuneet selvästi yli tasaisen kertymän ennusteen.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("income over the even accrual is better so far");
        yield return Sentence("Kulttuuripalveluissa menoylitystä syntyi 40 000 euroa.", ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome)
            .For("a compound noun of an overrun is one");
        yield return Sentence("Nämnden kan inte hålla budgeten i år.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("cannot keep the budget is worse");
        yield return Sentence("Fritidsnämnden höll inte budgeten.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("did not keep the budget is worse");
        yield return Sentence("Uimahallin tulevaisuus ratkeaa viimeistään ensi keväänä.", ForecastStatus.AtRisk, "risk.open")
            .For("decided at the latest next spring is open");
        yield return Sentence("Tällä hetkellä talouden seurannassa ei näy mitään poikkeavaa.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("nothing deviating is on course");
        yield return Sentence("Överskottet beror främst på att två tjänster stod vakanta.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("a surplus due to a cause is no condition");
        yield return Sentence("Det mesta talar för att konstgräset är klart till säsongsstarten.", ForecastStatus.AtRisk, "risk.hedge")
            .For("much speaks for it is likely, not sure");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_thirty_three_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();

    [Test]
    public void Money_set_aside_is_no_work_done() =>
        Assert.That(StatusClassifier.Classify("Hallin peruskorjaukseen on varattu 4 miljoonaa euroa.").Status, Is.Not.EqualTo(ForecastStatus.OnTrack),
            "\"on varattu 4 miljoonaa euroa\" reserves money; nothing has been done yet");

    [Test]
    public void No_interruption_is_no_cancellation() =>
        Assert.That(StatusClassifier.Classify("Renoveringen medför inga avbrott i utlåningen.").Status, Is.Not.EqualTo(ForecastStatus.WillNotBeMet),
            "\"medför inga avbrott\" denies an interruption");
}
