using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-6 unseen sets and the round-8 development sets: surpluses and deficits as accounts
/// report them, audit sentences that count goals met, one goal met and another missed in one sentence, what is ruled out
/// with no verb of realisation, and the words that only look like a condition ("överskott om 0,8 miljoner", "beslutat om").
/// </summary>
public class BalanceAndAuditCountTests
{
    private static IEnumerable<TestCaseData> Balance()
    {
        yield return Sentence("Porin kaupungin tilikauden ylijäämä oli 16,8 miljoonaa euroa.", ForecastStatus.Achieved, "balance.surplus", RoundKind.Outcome)
            .For("A Finnish surplus at year end is achieved");
        yield return Sentence("Tilikauden tulos oli 58,8 milj. euroa alijäämäinen.", ForecastStatus.WillNotBeMet, "balance.deficit", RoundKind.Outcome)
            .For("A Finnish deficit at year end is a miss");
        yield return Sentence("Kultur- och fritidsnämnden redovisar ett underskott på 4,9 mkr per april.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("A Swedish deficit during the year is a risk");
        yield return Sentence("Nämnden redovisar för perioden en budget i balans vilket också är helårsprognosen.", ForecastStatus.OnTrack, "balance.surplus_so_far")
            .For("A Swedish budget in balance during the year is on track");
        yield return Sentence("Resultatet för året uppgår till -5,4 miljoner.", ForecastStatus.WillNotBeMet, "balance.deficit", RoundKind.Outcome)
            .For("A result written with a minus sign at year end is a deficit");
        yield return Sentence("Vuoden 2018 arvioitu tulos jää 1,5 miljoonaa euroa miinuksen puolelle.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("A Finnish result forecast 'miinuksen puolelle' is a risk");
        yield return Sentence("Problem att rekrytera gör att helårsprognosen blir justerad till ett överskott om 0,8 miljoner kronor.", ForecastStatus.OnTrack, "balance.surplus_so_far")
            .For("'överskott om 0,8 miljoner' is an amount, not a condition");
        yield return Sentence("Kultur och fritidsnämndens verksamheter redovisar ett samlat underskott, som maskeras till ett överskott med hjälp av extra stödmedel.",
            ForecastStatus.WillNotBeMet, "balance.deficit", RoundKind.Outcome).For("The first balance a sentence names decides");
    }

    private static IEnumerable<TestCaseData> Budget()
    {
        yield return Sentence("Prognosen för årets resultat är positiv och uppgår till 87,7 mkr, vilket är en positiv budgetavvikelse på 2,7 mkr.", ForecastStatus.OnTrack,
            "budget.better_so_far").For("A positive budget deviation during the year is on track");
        yield return Sentence("Budgetavvikelsen så här långt är minus 120 miljoner kronor.", ForecastStatus.AtRisk, "budget.worse_so_far")
            .For("A budget deviation of minus so far is a risk");
        yield return Sentence("Skatteinkomsterna har däremot utvecklat sig enligt beräkningarna och budgeten.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("Income as budgeted during the year is on track");
        yield return Sentence("Kaupungin tilinpäätös on valmistumassa ja tulos on reilusti odotettua positiivisempi.", ForecastStatus.Achieved, "budget.better",
            RoundKind.Outcome).For("A result better than expected at year end is achieved");
        yield return Sentence("Borgå stad väntas överskrida årets budget med omkring tre miljoner euro.", ForecastStatus.WillNotBeMet, "cost.overrun")
            .For("A budget forecast to be exceeded is a miss");
        yield return Sentence("Tilikauden alijäämä on muodostumassa selvästi talousarvion alijäämää pienemmäksi.", ForecastStatus.OnTrack, "budget.better_so_far")
            .For("A deficit smaller than the budgeted one is better than budget");
        yield return Sentence("Tilikauden tulos on noin 26 milj. euroa alijäämäinen, mutta alijäämää on 10 miljoonaa euroa syksyllä ennakoitua vähemmän.",
            ForecastStatus.WillNotBeMet, "balance.deficit", RoundKind.Outcome).For("A deficit smaller than expected is still a deficit");
        yield return Sentence("Verotulot jäivät yli 20 miljoonaa euroa alkuperäistä talousarviota pienemmiksi.", ForecastStatus.WillNotBeMet, "budget.worse", RoundKind.Outcome)
            .For("The comparative nearest the budget decides, not 'yli' of the amount");
        yield return Sentence("Nuorisopalvelujen menot ylittivät talousarvion 0,4 miljoonalla eurolla.", ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome)
            .For("Costs over the budget at year end are a miss");
        yield return Sentence("Ekonomi - för hela året beräknas driftsresultatet hållas inom givna ramar för förvaltningen totalt.", ForecastStatus.OnTrack, "cost.under_budget")
            .For("'inom givna ramar' is within the budget");
    }

    private static IEnumerable<TestCaseData> AuditCounts()
    {
        yield return Sentence("Niistä 56 eli 71 prosenttia toteutui.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("'niistä' with a share met is part of the goals");
        yield return Sentence("42 procent av dem uppfylldes.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome).For("'av dem' with a share met is part of the goals");
        yield return Sentence("Över hälften av centralförvaltningens mål uppfylldes.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("'hälften av ... mål' is part of the goals");
        yield return Sentence("Två av de fyra målen för social- och hälsovårdssektorn uppfylldes.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("A compound cut at a hyphen ('social- och hälsovård') does not end the clause");
        yield return Sentence("Tytäryhteisöille asetetuista 20 sitovasta tavoitteesta toteutui 14 tavoitetta eli 70 prosenttia.", ForecastStatus.AtRisk, "verdict.part_of_goals",
            RoundKind.Outcome).For("'20 tavoitteesta toteutui 14 tavoitetta' counts goals, not a target figure");
        yield return Sentence("De finansiella målen uppnåddes inte under 2019 på två av tre punkter.", ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome)
            .For("Goals missed on two of three points are met in part");
        yield return Sentence("Målet nåddes ej, då två av tre planerade utomhusgym inte färdigställdes.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("A count of the work in the reason does not make the goal met in part");
        yield return Sentence("Stadion-säätiön sitovat tavoitteet ilmoitettiin toteutuneiksi tilinpäätöksessä.", ForecastStatus.Achieved, "verdict.achieved", RoundKind.Outcome)
            .For("'toteutuneiksi' (plural translative) is met");
        yield return Sentence("Revisionsnämnden kunde inte ta ställning till huruvida ett av målen var uppfyllt.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("'kunde inte ta ställning till huruvida' cannot be assessed");
        yield return Sentence("Pandemin hade en direkt inverkan på hur målen för kultur- och fritidssektorn uppnåddes.", ForecastStatus.AtRisk, "risk.corona", RoundKind.Outcome)
            .For("A verb in a clause of manner ('hur målen uppnåddes') is no verdict");
        yield return Sentence("Det saknas en tillräcklig analys för att kunna avgöra vilka målgrupper som nås och om hela staden aktiveras.", ForecastStatus.NotAssessed,
            "verdict.unassessable", RoundKind.Outcome).For("No analysis to decide which groups are reached cannot be assessed");
        yield return Sentence("De bindande mål som stadsfullmäktige beslutat om uppfylls inte.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("'beslutat om' is about, not if");
    }

    private static IEnumerable<TestCaseData> MixedAndRuledOut()
    {
        yield return Sentence("Liikuntapalvelujen kävijätavoite saavutettiin, mutta seura-avustusten käsittelyaikaa koskevasta tavoitteesta jäätiin.", ForecastStatus.AtRisk,
            "verdict.mixed", RoundKind.Outcome).For("One goal met and another missed in one sentence is met in part");
        yield return Sentence("Toinen oli katsottu toteutumattomaksi, mutta toinen, rakennusviraston sähköisten asiointipalvelujen lisäämistavoite, toteutuneeksi.",
                ForecastStatus.AtRisk, "verdict.mixed", RoundKind.Outcome)
            .For("'toteutumattomaksi' is a miss, beside a goal met");
        yield return Sentence("The target has not yet been met, but it will be met in December.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("Not yet met but will be is no mixed verdict");
        yield return Sentence("Palvelutuotannon laadun parantamiseen ei tällä hetkellä ole mahdollisuuksia.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("No possibility to do what the goal needs is a miss");
        yield return Sentence("It is no longer realistic to open the new youth centre this year.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("An English 'no longer realistic' is a miss");
        yield return Sentence("Ennustetta ei tässä vaiheessa ole mahdollista antaa.", ForecastStatus.NotAssessed, "verdict.deferred")
            .For("No possibility to give a forecast is not a miss");
        yield return Sentence("Grundskolenämnden rapporterar att de i nuläget inte kan bidra till kommunfullmäktigemålet.", ForecastStatus.WillNotBeMet, "verdict.infeasible")
            .For("Cannot contribute to the goal is a miss");
        yield return Sentence("Seinäjoen kaupungin tämän vuoden tulos näyttää päätyvän plussalle, vaikka menojen kasvu on edelleen liian nopeaa.", ForecastStatus.AtRisk,
            "verdict.risk").For("A surplus with a concession is a risk");
        yield return Sentence("Kaupungin omat toimintakulut toteutuivat lähes talousarvion mukaisesti.", ForecastStatus.AtRisk, "verdict.hedged", RoundKind.Outcome)
            .For("Nearly as budgeted is hedged");
        yield return Sentence("I budget för år 2023 återfinns medel för anpassning av fritidsgården men då lokal saknas har inga investeringar kunnat genomföras.", ForecastStatus.WillNotBeMet, "verdict.negated", RoundKind.Outcome)
            .For("A work denied by 'inga' is a miss");
        yield return Sentence("Tavoitteen mukaan kaikkien tulisi päästä hoitoon kahdessa viikossa.", ForecastStatus.AtRisk, "verdict.risk")
            .For("'tulisi' (should) softens a verdict");
        yield return Sentence("Ei ole merkkejä siitä, että liikuntaseurojen avustusten maksaminen viivästyisi tavoiteajasta.", ForecastStatus.OnTrack, "verdict.double_negation")
            .For("No sign of a delay is on track");
        yield return Sentence("Kaupunginkirjaston menot alittuivat, mutta liikuntapalvelujen henkilöstömenot ylittivät talousarvion 0,3 milj. eurolla.", ForecastStatus.AtRisk,
            "verdict.mixed", RoundKind.Outcome).For("One budget kept and another overrun in one sentence is met in part");
        yield return Sentence("Med fortsatt ekonomisk återhållsamhet ska balanskravet kunna uppfyllas.", ForecastStatus.AtRisk, "verdict.conditional")
            .For("'Med fortsatt ...' is a condition");
        yield return Sentence("Kuntosalikäyntejä on kertynyt 40 % vuositavoitteesta, vaikka vuodesta on kulunut kaksi kolmasosaa.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("A percentage of the year's target during the year is a risk");
        yield return Sentence("Elokuun loppuun mennessä taidekoulujen suunnitelluista paikoista oli täytetty vain puolet.", ForecastStatus.AtRisk, "figure.part_so_far")
            .For("'vain puolet' done during the year is a risk");
        yield return Sentence("VGR:s kulturverksamheter har haft ett bra besöksår.", ForecastStatus.Achieved, "result.good", RoundKind.Outcome)
            .For("A good year at year end is achieved");
        yield return Sentence("Brukare/kunder - fortsatt goda resultat.", ForecastStatus.OnTrack, "result.good_so_far").For("Good results during the year are on track");
        yield return Sentence("Utifrån nämndernas rapporteringar bedöms utvecklingen gå i riktning mot uppfyllelse av kommunfullmäktigemålet.", ForecastStatus.OnTrack,
            "verdict.on_track").For("'i riktning mot uppfyllelse' is on track");
    }

    [TestCase("Förutsättningarna för att nå det budgeterade överskottet på 1 miljard kronor för helåret är därmed tämligen goda.")]
    [TestCase("Jotta tavoite saavutetaan, tarvitaan lisärahoitusta.")]
    [TestCase("In order to meet the target, the library needs two more staff.")]
    public void A_verb_of_purpose_is_no_verdict(string text) =>
        Assert.That(StatusClassifier.Classify(text).Status, Is.Not.EqualTo(ForecastStatus.OnTrack));

    [TestCaseSource(nameof(Balance))]
    public void Surpluses_and_deficits(ClassifierCase c) => c.Check();

    [TestCase("Tilikauden tulosennuste on miljoona euroa ylijäämäinen, kun budjetoitu tulos on 4,5 miljoona euroa.")]
    [TestCase("Tavoitteena on, ettei alijäämää synny.")]
    public void A_surplus_beside_a_budgeted_result_or_a_denied_deficit_is_no_balance_verdict(string text) =>
        Assert.That(StatusClassifier.Classify(text).RuleCode, Does.Not.StartWith("balance."));

    [TestCaseSource(nameof(Budget))]
    public void Results_against_the_budget_and_the_forecast(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(AuditCounts))]
    public void Audit_sentences_that_count_goals(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(MixedAndRuledOut))]
    public void Mixed_verdicts_and_what_is_ruled_out(ClassifierCase c) => c.Check();
}
