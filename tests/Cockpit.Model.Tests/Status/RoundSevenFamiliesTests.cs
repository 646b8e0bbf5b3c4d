using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-7 unseen pair and development set 9: money that sufficed or did not, growth against the year before,
/// what was left unfinished or undone, work completed at year end, states that hold for all, things ahead of or far from
/// the target, elliptical exceptions ("däremot inte finansieringsmålet"), and the words that only look like risks.
/// </summary>
public class RoundSevenFamiliesTests
{
    private static IEnumerable<TestCaseData> MoneyAndBudget()
    {
        yield return Sentence("Vuosikate oli 80,2 miljoonaa euroa ja tulorahoitus riitti kattamaan nettoinvestoinnit.", ForecastStatus.Achieved, "verdict.achieved",
            RoundKind.Outcome).For("Income that sufficed at year end is achieved");
        yield return Sentence("Vuosikate oli 17,5 miljoonaa euroa eikä se riittänyt kaikkien investointien rahoittamiseen.", ForecastStatus.WillNotBeMet, "verdict.negated",
            RoundKind.Outcome).For("Money that did not suffice is a miss");
        yield return Sentence("Säästötoimet eivät vielä riitä kattamaan alijäämää.", ForecastStatus.AtRisk, "risk.partial").For("Not yet enough is a risk");
        yield return Sentence("Verotulojen kasvusta huolimatta kertymä jäi 6 milj. euroa pienemmäksi, kuin mitä alun perin arvioitiin.", ForecastStatus.WillNotBeMet,
            "budget.worse", RoundKind.Outcome).For("Income below the estimate, the comparative eight words away");
        yield return Sentence("Kaupungin verotulokertymä ylitti syyskuussa arvioidun 2,6 milj. eurolla.", ForecastStatus.Achieved, "budget.better", RoundKind.Outcome)
            .For("Income over the estimate is better");
        yield return Sentence("Verotulojen kasvu oli 11,7 milj. euroa ja alkuperäinen talousarvio ylittyi 9,7 milj. euroa.", ForecastStatus.Achieved, "cost.year_under_budget",
            RoundKind.Outcome).For("A budget exceeded by income is good news");
        yield return Sentence("Efter avdrag för engångsintäkter ligger resultatet i nivå med budget.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("'i nivå med budget' is as budgeted");
        yield return Sentence("Toimialan toimintakatteen ennustetaan asettuvan talousarvion mukaiselle tasolle.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("'talousarvion mukaiselle tasolle' is as budgeted");
        yield return Sentence("Event revenue in the cultural centres fell 1.1 million euros short of the budget.", ForecastStatus.WillNotBeMet, "budget.worse",
            RoundKind.Outcome).For("Revenue short of the budget is worse");
        yield return Sentence("Toimintakate pysyi talousarviossa, mutta investointimääräraha ylittyi jäähallin korjauksen vuoksi.", ForecastStatus.AtRisk, "verdict.mixed",
            RoundKind.Outcome).For("An appropriation overrun beside a budget kept is mixed");
        yield return Sentence("Tilakeskus on pysynyt annetun määrärahan puitteissa.", ForecastStatus.Achieved, "cost.year_under_budget", RoundKind.Outcome)
            .For("'määrärahan puitteissa' is within budget");
        yield return Sentence("Den verksamhet som visade mest på minussidan var kultur- och fritidsnämnden.", ForecastStatus.WillNotBeMet, "balance.deficit",
            RoundKind.Outcome).For("'på minussidan' is a deficit");
        yield return Sentence("Sju av tio nämnder har en budget i balans.", ForecastStatus.AtRisk, "verdict.part_of_goals").For("A balance for seven of ten is in part");
    }

    private static IEnumerable<TestCaseData> WorkAndTrend()
    {
        yield return Sentence("Verkkokirjaston käynnit kasvoivat noin 74 %.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome).For("Growth by a percentage is progress");
        yield return Sentence("Kirjastokäyntejä oli 25 % enemmän kuin edellisenä vuonna.", ForecastStatus.OnTrack, "progress", RoundKind.Outcome)
            .For("More than the year before is progress");
        yield return Sentence("Utlåningen låg på drygt hälften av föregående års nivå.", ForecastStatus.WillNotBeMet, "figure.below_last_year", RoundKind.Outcome)
            .For("Half of last year's level is a fall");
        yield return Sentence("Totalt visar indikatorerna att kvaliteten inom äldreomsorgen försämrats något medan valfriheten ökar.", ForecastStatus.AtRisk, "risk.worsening",
            RoundKind.Outcome).For("Quality that worsened is a risk");
        yield return Sentence("Liikuntapaikkojen esteettömyyskartoitus jäi kesken, koska kartoittajan sopimus päättyi.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            RoundKind.Outcome).For("Left unfinished at year end is a miss");
        yield return Sentence("Neljästä tavoitteesta kolme toteutui, mutta museoiden saavutettavuustavoite jäi kesken.", ForecastStatus.AtRisk, "verdict.part_of_goals",
            RoundKind.Outcome).For("Three of four met and one unfinished is in part");
        yield return Sentence("Syyskuun seurannassa kerrottiin, että harrastustakuun tavoitetaso jää tänä vuonna tavoittamatta.", ForecastStatus.WillNotBeMet,
            "verdict.unrealised").For("'jää tänä vuonna tavoittamatta' is a miss");
        yield return Sentence("Kävijäluvuissa ei ole merkkejä siitä, että museoiden vuositavoite jäisi tavoittamatta.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("No sign that it would be missed is on track");
        yield return Sentence("Kahdesta tavoitteeksi asetetusta mittarista yksi jäi toteutumatta.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("One of two missed is in part");
        yield return Sentence("Uusi ajanvarausjärjestelmä on otettu käyttöön kaikissa toimipisteissä.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("Work taken into use at year end is achieved");
        yield return Sentence("Sekä avustusten maksatus että salivuorojen sähköinen jako toteutuivat vuoden aikana suunnitellusti.", ForecastStatus.Achieved,
            "verdict.achieved", RoundKind.Outcome).For("Work done as planned at year end is achieved");
        yield return Sentence("Museoiden yhteislippua ei oteta käyttöön, koska hankinta keskeytettiin.", ForecastStatus.WillNotBeMet, "verdict.negated")
            .For("A work that will not be introduced is a miss");
        yield return Sentence("Neither the new skate park nor the renovated ball field was opened by the end of the year.", ForecastStatus.WillNotBeMet,
            "verdict.not_in_time", RoundKind.Outcome).For("'Neither ... nor ... was opened by the end of the year' is a miss");
        yield return Sentence("Liikuntapalvelujen uusi ajanvarausjärjestelmä otetaan käyttöön vasta helmikuussa, kun testaus venyi.", ForecastStatus.WillNotBeMet,
            "verdict.next_year").For("'vasta helmikuussa' in a forecast is next year");
        yield return Sentence("Den nya webbplatsen för evenemangsbokning lanseras först nästa år.", ForecastStatus.WillNotBeMet, "verdict.next_year")
            .For("Launched only next year is a miss");
        yield return Sentence("Tavoite on edennyt hitaasti, ja syksyllä mukana on vasta osa kouluista.", ForecastStatus.AtRisk, "risk.stalled")
            .For("Progress made slowly is a risk");
        yield return Sentence("Valaistuksen uusiminen valmistuu vain kahdessa neljästä liikuntapuistosta.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Done only in two of four is a risk");
        yield return Sentence("Puolet elinvoiman kasvuun liittyvistä indikaattoreista on menossa oikeaan suuntaan.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("Half of the indicators moving the right way is in part");
    }

    private static IEnumerable<TestCaseData> TargetAndScope()
    {
        yield return Sentence("Kesäkuun lopussa lainauksia oli kertynyt 52 % vuositavoitteesta, mikä on hieman edellä tavoitevauhtia.", ForecastStatus.OnTrack,
            "figure.forecast_reached").For("Ahead of the target pace is on track");
        yield return Sentence("Yritysten lukumäärässä on hienoista kasvua, mutta silti ollaan vielä kaukana asetetuista tavoitearvoista.", ForecastStatus.AtRisk,
            "figure.part_so_far").For("Far from the target during the year is a risk");
        yield return Sentence("At year end, youth centre visits stood at 88 per cent of the target.", ForecastStatus.WillNotBeMet, "figure.part_of_target", RoundKind.Outcome)
            .For("'88 per cent of the target' at year end is a miss");
        yield return Sentence("Saavutettavien esitysten osuus jäi vuoden lopussa noin neljään viidesosaan tavoitellusta tasosta.", ForecastStatus.WillNotBeMet,
            "figure.part_of_target", RoundKind.Outcome).For("Falling to four fifths of the target at year end is a miss");
        yield return Sentence("Valtuustolle annetussa selvityksessä käyttöastetavoitteen kerrottiin jääneen noin viidenneksen vajaaksi.", ForecastStatus.WillNotBeMet,
            "figure.part_of_target", RoundKind.Outcome).For("'jääneen vajaaksi' is short of the goal");
        yield return Sentence("Kirjastojen omatoimiaukioloa laajennettiin kuuteen uuteen toimipisteeseen, mikä vastasi vuodelle asetettua tavoitetta.",
            ForecastStatus.Achieved, "figure.reached", RoundKind.Outcome).For("'vastasi vuodelle asetettua tavoitetta' is the target met");
        yield return Sentence("Resultatmålet har uppnåtts under året, däremot inte finansieringsmålet.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("One goal met, another excepted without a verb, is in part");
        yield return Sentence("Staden har inte till alla delar uppnått de resultatmål som ställts.", ForecastStatus.AtRisk, "verdict.partial", RoundKind.Outcome)
            .For("'inte till alla delar' is met in part");
        yield return Sentence("Kaikki kuusi nuorisotaloa ovat avoinna myös kesäkuukausina.", ForecastStatus.OnTrack, "state.all_so_far")
            .For("A state that holds for all during the year is on track");
        yield return Sentence("Samtliga bibliotek i kommunen har meröppet.", ForecastStatus.Achieved, "state.all", RoundKind.Outcome)
            .For("A state that holds for all at year end is achieved");
        yield return Sentence("Tavoite toteutui jo kesäkuussa, kun viimeinenkin urheilukenttä siirtyi sähköiseen varaukseen.", ForecastStatus.Achieved, "verdict.achieved")
            .For("'sähköiseen varaukseen' is a booking, not a reservation");
        yield return Sentence("Kaupunkistrategian toteutumisen seuranta on ollut haasteellista, koska osa teemoista on vailla mittareita.", ForecastStatus.NotAssessed,
            "verdict.unassessable", RoundKind.Outcome).For("Following the goal being hard cannot be assessed");
        yield return Sentence("Toteutumista arvioidaan vasta, kun syksyn kävijätilastot on koottu.", ForecastStatus.NotAssessed, "verdict.deferred")
            .For("Assessed only later is deferred");
        yield return Sentence("Koska sopivaa tilaa ei löytynyt, nuorisotilan avaamista ei pidetä enää kuluvana vuonna realistisena.", ForecastStatus.WillNotBeMet,
            "verdict.infeasible").For("No longer held realistic is a miss");
    }

    private static IEnumerable<TestCaseData> AuditWording()
    {
        yield return Sentence("Tarkastuslautakunnan arvion mukaan valtuuston asettamat tavoitteet ovat olennaisilta osin toteutuneet.", ForecastStatus.Achieved,
            "verdict.achieved", RoundKind.Outcome).For("'olennaisilta osin' is in every essential part");
        yield return Sentence("Toimenpiteet etenivät tammi-huhtikuussa pääosin suunnitelmien mukaisesti.", ForecastStatus.AtRisk, "risk.partial")
            .For("Progress mostly as planned is in part");
        yield return Sentence("Nämnder och bolagsstyrelser har i huvudsak genomfört de aktiviteter de föresatt sig.", ForecastStatus.AtRisk, "risk.partial",
            RoundKind.Outcome).For("'i huvudsak genomfört' is in part");
        yield return Sentence("Kokonaisarkkitehtuurityön arvioitiin onnistuneen melko hyvin.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("'melko hyvin' is a degree");
        yield return Sentence("Kulttuuristrategian toimeenpano on edennyt koronatilanteesta huolimatta hyvin.", ForecastStatus.OnTrack, "progress")
            .For("Corona conceded by 'huolimatta' is no risk");
        yield return Sentence("Toiminnallisten ja taloudellisten tavoitteiden olennaiset poikkeamat: Ei olennaisia poikkeamia.", ForecastStatus.Achieved,
            "verdict.achieved", RoundKind.Outcome).For("No significant deviations at year end is achieved");
        yield return Sentence("Nämnderna håller sig inom ramarna, men social- och hälsovården kostade mer än budgeterat.", ForecastStatus.AtRisk, "verdict.mixed",
            RoundKind.Outcome).For("Within the frames but one sector over budget is mixed");
        yield return Sentence("Av de sammanlagt 37 olika ansvarsområdena har endast fyra överskridit sin budget.", ForecastStatus.AtRisk, "verdict.partial",
            RoundKind.Outcome).For("Only four of 37 over budget is in part");
        yield return Sentence("Prognosen visar en underskridning av nettobudgeten med drygt 0,5 miljoner euro.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("An underrun of the net budget is on track");
        yield return Sentence("Liikuntapalveluiden tulojen ennustetaan jäävän 1,8 milj. euroa talousarviosta.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("Income forecast to fall short of the budget is a miss");
        yield return Sentence("Toistaiseksi ei ole näköpiirissä mitään, mikä estäisi kulttuurikeskusten kävijätavoitteen täyttymisen.", ForecastStatus.OnTrack,
            "verdict.no_obstacle").For("Nothing in sight that would prevent it is on track");
        yield return Sentence("Arbetet med den nya idrottsstrategin följer tidsplanen.", ForecastStatus.OnTrack, "progress").For("'följer tidsplanen' is on schedule");
        yield return Sentence("87 toimenpiteestä 49 on toteutunut ja 29 on hyvässä vauhdissa.", ForecastStatus.AtRisk, "verdict.part_of_goals")
            .For("49 of 87 measures done is in part");
    }

    [TestCaseSource(nameof(AuditWording))]
    public void Audit_wording(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(MoneyAndBudget))]
    public void Money_and_the_budget(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(WorkAndTrend))]
    public void Work_and_trends(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(TargetAndScope))]
    public void Targets_and_scope(ClassifierCase c) => c.Check();

    [Test]
    public void A_budget_planned_in_surplus_is_no_verdict() =>
        Assert.That(StatusClassifier.Classify("Vuoden 2023 alkuperäinen talousarvio laadittiin kuitenkin 3,2 miljoonaa euroa ylijäämäiseksi.", RoundKind.Outcome).Status,
            Is.EqualTo(ForecastStatus.NotAssessed));

    [Test]
    public void A_shorter_queue_is_progress_not_a_fall() =>
        Assert.That(StatusClassifier.Classify("Antal elever som står i kö till kulturskolan minskade något från föregående år.", RoundKind.Outcome).Rule,
            Is.EqualTo(Rules.Progress));

    [Test]
    public void A_share_of_people_who_reach_something_is_not_a_share_of_goals() =>
        Assert.That(StatusClassifier.Classify("Andelen som uppnår egenförsörjning efter insatsen är 36 procent.", RoundKind.Outcome).Status,
            Is.Not.EqualTo(ForecastStatus.Achieved));
}
