using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Families that round 26's real half showed: completions at year end, statements quoted whole, planned events that fall
/// through, work ahead of plan, realistic schedules, milestones moved by weeks, weaker and not fully met, counts out of an
/// elative whole, unreliable or late figures, early-month openings, plans not kept, and worsenings; and, from older
/// real sets, figures over the target, schedules behind or not held, and queues shortened.
/// </summary>
public class RoundTwentySixRealFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Kontulan nuorisotalon peruskorjaus aloitettiin keväällä ja talo valmistui marraskuussa.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("a building that was completed at year end is done, though its construction only began that year");
        yield return Sentence("”Olemme peruneet kaikki kesän ulkotapahtumat jo tässä vaiheessa.”", ForecastStatus.WillNotBeMet, "verdict.cancelled")
            .For("a statement quoted whole is the text itself, not a goal quoted in it");
        yield return Sentence("Stoaan syyskuulle suunniteltu tanssifestivaali jää toteutumatta.", ForecastStatus.WillNotBeMet, "verdict.unrealised")
            .For("a planned event that will not happen is a miss");
        yield return Sentence("Renoveringen av ishallen går snabbare än planerat.", ForecastStatus.OnTrack, "progress")
            .For("work going faster than planned is progress");
        yield return Sentence("Tidplanen för simhallen är fortfarande realistisk.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("a schedule said to be still realistic is on track");
        yield return Sentence("Vaiheiden välitavoitteita on siirretty kahdella viikolla eteenpäin.", ForecastStatus.AtRisk, "risk.delay")
            .For("milestones moved on by weeks are a delay");
        yield return Sentence("Lähikirjastoissa palvelulupaukset toteutuivat heikommin kuin Oodissa.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("promises realised more weakly than elsewhere are met in part");
        yield return Sentence("Kesäleirien kysyntään ei pystytty täysin vastaamaan.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("demand that could not fully be met is met in part");
        yield return Sentence("Kaupungin 40 leikkipuistosta 31 täytti saavutettavuusvaatimuksen.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("a count out of a larger elative count is part of the goals");
        yield return Sentence("Kävijätilastot eivät ole kaikilta osin luotettavia, koska laskurit olivat rikki.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("figures that are not reliable leave the goal unassessed");
        yield return Sentence("Ishallen kan öppnas först i februari.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("an opening only in an early month, said during the year, is next year's");
        yield return Sentence("Tanken var att läktaren skulle vara klar till sommaren, men den blir klar först i höst.", ForecastStatus.WillNotBeMet, "verdict.not_in_time")
            .For("a plan to finish, then a but, is not met in time");
        yield return Sentence("Kulttuurikeskusten kasvihuonekaasupäästöt kasvoivat kolme prosenttia.", ForecastStatus.AtRisk, "risk.worsening")
            .For("more of what should fall is a worsening");
        yield return Sentence("Tekniska problem försenar publiceringen av besöksstatistiken.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("late publication of the figures leaves the goal unassessed");
        yield return Sentence("Vaikka kävijämäärät ovat kasvaneet, nuorten osallistuminen on passivoitunut.", ForecastStatus.AtRisk, "risk.worsening")
            .For("participation that has gone passive is a worsening, whatever grew beside it");
        yield return Sentence("Antalet sommarjobb var högt över årsmålet.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("over the year's target is the target reached");
        yield return Sentence("Projektet ligger två veckor efter tidsplanen.", ForecastStatus.AtRisk, "risk.delay")
            .For("weeks behind the schedule is a delay");
        yield return Sentence("Varken kostnadskalkylen eller tidsplanen höll.", ForecastStatus.AtRisk, "risk.delay")
            .For("a schedule that did not hold is a delay");
        yield return Sentence("Leikkausjonot lyhenivät viime vuonna.", ForecastStatus.Achieved, "result.good", RoundKind.Outcome)
            .For("queues named in a compound that shortened are a good result");
        yield return Sentence("Väntetiden kortades i Östra centrum men låg kvar över målnivån i Mejlans.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("shorter in one place but still over the target in another is met in part");
        yield return Sentence("Two of the three youth centres planned for evening hours were opened; the third awaits new staff.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("at year end, a count out of a larger one done is part of the goals");
        yield return Sentence("Det behövs ytterligare två veckor för att få simhallen klar till öppningen.", ForecastStatus.AtRisk, "risk.delay")
            .For("more weeks needed to finish is a delay");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_twenty_six_real_families_read_as_a_person_reads_them(ClassifierCase c) => c.Check();
}
