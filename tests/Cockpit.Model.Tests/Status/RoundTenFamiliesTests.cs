using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-10 unseen pair and development set 16: budgets kept "raameissa" or "within the agreed
/// budget", exceptions ("förutom", "lukuun ottamatta"), needs before a purpose, denied risks, none of several, "only next
/// spring", so-far figures and budgets, old expectations at year end, parts of what was planned, consistency with the goals,
/// "managed to" as progress, staying at the target, not quite all, and shares of tasks.
/// </summary>
public class RoundTenFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Menojen arvioidaan pysyvän koko vuoden ajan talousarvion raameissa.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("'talousarvion raameissa' is within budget");
        yield return Sentence("Nuorisopalvelujen käyttötalous pysyy ennusteen mukaan budjetissa.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("'pysyy ennusteen mukaan budjetissa': the forecast words between do not hide it");
        yield return Sentence("The museums' running costs are forecast to remain within the agreed budget.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("'within the agreed budget' is within budget");
        yield return Sentence("Käyttötalous pysyy raameissa, mutta Malmin liikuntahallin investointi ylittyy.", ForecastStatus.AtRisk, "verdict.mixed")
            .For("Within budget but an investment over it is in part");
        yield return Sentence("Förvaltningen bedöms inte nå balans, då bolagen helt eller delvis inte förväntas nå sina mål.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("'helt eller delvis inte' is a miss either way, and 'då' opens a clause");
        yield return Sentence("Samtliga mål nås eller är på väg att nås, förutom målet om simkunnighet.", ForecastStatus.AtRisk, "verdict.partial")
            .For("'förutom målet om …' excepts a goal");
        yield return Sentence("Kaikki kirjastojen tavoitteet toteutuvat Kallion kirjastoa lukuun ottamatta.", ForecastStatus.AtRisk, "verdict.partial")
            .For("'lukuun ottamatta' excepts a part");
        yield return Sentence("Indikatorn för ungdomsarbetslöshet rör sig i fel riktning.", ForecastStatus.AtRisk, "risk.worsening")
            .For("'i fel riktning' is a worsening");
        yield return Sentence("Prognosen pekar på att nämndens resultat blir + 3,2 miljoner kronor.", ForecastStatus.OnTrack, "balance.surplus_so_far")
            .For("'+ 3,2 miljoner' with a space is a surplus");
        yield return Sentence("Besökstakten måste öka för att målet ska kunna nås.", ForecastStatus.AtRisk, "risk.work_left")
            .For("What the goal still needs is a risk");
        yield return Sentence("Suunnittelu etenee, eikä hankkeelle ole tunnistettu riskejä.", ForecastStatus.OnTrack, "verdict.not_at_risk")
            .For("No risks identified is on track");
        yield return Sentence("Tällä hetkellä ei ole merkkejä siitä, että aukiolosta jouduttaisiin tinkimään.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("No sign the opening hours must be cut is on track");
        yield return Sentence("Neljästä kokeilusta mikään ei edennyt pysyvään käyttöön vuoden aikana.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("At year end none of them got anywhere is a miss");
        yield return Sentence("The outdoor gym will only be opened next spring.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("'only … next spring' is next year");
        yield return Sentence("Hittills i år ligger museernas kostnader 0,2 miljoner euro över budgeten.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("'Hittills … över budgeten' is an overrun so far");
        yield return Sentence("Huhtikuun loppuun mennessä lipputuloja on kertynyt 15 % vähemmän kuin talousarviossa.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("'huhtikuun loppuun mennessä' is so far");
        yield return Sentence("Kävijöitä oli jo syyskuussa 52 000, mikä ylittää koko vuoden 50 000 kävijän tavoitteen.", ForecastStatus.Achieved, "verdict.achieved")
            .For("Already past the year's target in September is achieved");
        yield return Sentence("Harrastusryhmiin on ilmoittautunut 340 nuorta, kun tavoite on 400.", ForecastStatus.AtRisk, "risk.below_target")
            .For("A count short of the target during the year is so far");
        yield return Sentence("Kesäkuussa ei arvioitu energiakulujen ylittyvän, mutta joulukuussa ne ylittivät talousarvion 40 000 eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome)
            .For("What was not expected in June does not outweigh the year's overrun");
        yield return Sentence("Av de fyra planerade konserterna har tre hållits.", ForecastStatus.AtRisk, "risk.partial")
            .For("Three of four planned is in part");
        yield return Sentence("Three of the six planned workshops have been held so far.", ForecastStatus.AtRisk, "risk.partial")
            .For("Three of six planned is in part");
        yield return Sentence("Kokoelmatyön uudistus saadaan päätökseen lokakuun loppuun mennessä.", ForecastStatus.OnTrack, "progress")
            .For("'saadaan päätökseen' is done in time");
        yield return Sentence("Toimintakertomuksessa todetaan, että kaikki alueelliset suunnitelmat valmistuivat vuoden aikana.", ForecastStatus.Achieved, "verdict.completed", RoundKind.Outcome)
            .For("A report that all plans were completed is achieved");
        yield return Sentence("Asiakastyytyväisyys nousi tavoitetason yläpuolelle.", ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome)
            .For("Above the target level is achieved");
        yield return Sentence("Pukinmäen kentän kunnostus odottaa vielä urakoitsijan valintaa.", ForecastStatus.AtRisk, "risk.open")
            .For("Still waiting for a contractor is open");
        yield return Sentence("Granskningen visar att resultatet i allt väsentligt är förenligt med målen.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'i allt väsentligt förenligt med målen' is on track");
        yield return Sentence("Verksamhetens utfall är delvis förenligt med nämndens mål.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("'delvis förenligt' is in part");
        yield return Sentence("Verksamheten följer plan, men på två områden ser vi problem.", ForecastStatus.AtRisk, "risk.obstacle")
            .For("Problems seen in some areas are a risk");
        yield return Sentence("Kaupunki on onnistunut vähentämään päästöjään 40 prosentilla.", ForecastStatus.OnTrack, "progress")
            .For("Managed to cut emissions is progress, not the goal met");
        yield return Sentence("Ryhmäkoot pysyivät koko vuoden ajan tavoitteessa.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Stayed at the target is achieved");
        yield return Sentence("Aivan kaikille hakijoille ei ole pystytty järjestämään harrastuspaikkaa.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Not quite all applicants is in part");
        yield return Sentence("Kaikille hakijoille on järjestynyt kesätyöpaikka.", ForecastStatus.Achieved, "state.all", RoundKind.Outcome)
            .For("All applicants placed is achieved");
        yield return Sentence("Museet kommer inte att klara att ha en budget i balans enligt prognosen.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("'kommer inte att klara … budget i balans' is a miss");
        yield return Sentence("Av uppdragen har cirka hälften, 14 stycken, utförts under året.", ForecastStatus.AtRisk, "risk.partial", RoundKind.Outcome)
            .For("Half of the assignments done is in part");
        yield return Sentence("62 per cent of the division's binding objectives and targets were achieved.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("62 per cent of the objectives is in part");
        yield return Sentence("The renovation costs were 2 million euros higher than estimated.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("Higher than estimated costs are an overrun");
        yield return Sentence("Lipputulot toteutuivat talousarviota suurempina, mutta henkilöstökulut ylittivät talousarvion.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("Income over budget and costs over it is in part");
        yield return Sentence("Ylijäämän mahdollisti se, että toimialat pysyivät hyvin talousarviossa.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("Staying well within budget is no overrun");
        yield return Sentence("Edennyt jonkin verran, mutta tehtävää riittää vielä.", ForecastStatus.AtRisk, "risk.work_left")
            .For("Much still to do is a risk");
        yield return Sentence("Alkuvuoden mittarit näyttävät pitkälti tavoitteiden mukaisilta.", ForecastStatus.AtRisk, "risk.partial")
            .For("'pitkälti tavoitteiden mukaisilta' is only largely");
        yield return Sentence("Liikuntapaikoissa näkyy tavoitteen mukaista kehitystä.", ForecastStatus.OnTrack, "progress")
            .For("'tavoitteen mukaista kehitystä' is progress");
        yield return Sentence("Två av målen är svårbedömda, det är oklart om besöken verkligen ökar.", ForecastStatus.NotAssessed, "verdict.unassessable")
            .For("'oklart om' is whether, not a condition");
        yield return Sentence("Esiopetuksen osallistumisaste toteutui 95 %.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("Realised to 95 per cent at year end falls short");
        yield return Sentence("Kattavuus toteutuu syksyllä arviolta 98 %.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("Realised to 98 per cent during the year is so far");
        yield return Sentence("Kävijätavoite saavutettiin, mutta näyttelyluettelon julkaisu jäi tekemättä.", ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("A goal met but a work left undone is in part");
        yield return Sentence("Paloheinän kentän valaistus on valmis, mutta Talin urakka on vasta kilpailutuksessa.", ForecastStatus.AtRisk, "risk.stalled")
            .For("Only at the tendering stage is behind");
        yield return Sentence("För de övriga pågår ett arbete som beräknas bli klart under första halvåret 2021.", ForecastStatus.WillNotBeMet, "verdict.next_year", RoundKind.Outcome)
            .For("Work that runs into the first half of next year is a miss");
        yield return Sentence("Uppföljningen visar att fyra av målen når god måluppfyllelse.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Four of the goals with good attainment is in part");
        yield return Sentence("För två av projekten pågår arbetet fortfarande.", ForecastStatus.AtRisk, "risk.work_left", RoundKind.Outcome)
            .For("Still under way at year end is a risk");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_ten_wording(ClassifierCase c) => c.Check();

    [Test]
    public void Data_still_awaited_is_no_risk() =>
        Assert.That(StatusClassifier.Classify("Kävijätiedot odottavat vielä tilastointia.").Status, Is.EqualTo(ForecastStatus.NotAssessed));
}
