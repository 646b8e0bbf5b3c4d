using Cockpit.Status;
using static Cockpit.Model.Tests.Status.ClassifierCase;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// The families read after the round-9 unseen pair: "cannot" with the negator after the modal, "can be met" as an
/// assessment, budgets missed or over, hard-to-assess goals, failures on some of many goals, "only" some, next seasons,
/// behind the target, budgets that will hold, and the words that only look like conditions.
/// </summary>
public class RoundNineFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Sentence("Når vi målet?: Målet kan inte nås till 2040", ForecastStatus.WillNotBeMet, "verdict.negated").For("'kan inte nås' is a miss, not a hedge");
        yield return Sentence("För målen innovation och arbete är bedömningen att målen kan nås.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'bedömningen är att målen kan nås' is on track");
        yield return Sentence("Nämnden missar budgeten, som låg på 66,7 miljoner, med strax över 1,1 miljon kronor.", ForecastStatus.WillNotBeMet, "verdict.failed",
            RoundKind.Outcome).For("A budget missed is a miss");
        yield return Sentence("Vuoden 2020 osalta ennuste on tällä hetkellä 7,0 miljoonaa euroa yli talousarvion.", ForecastStatus.WillNotBeMet, "budget.worse")
            .For("A forecast over the budget is a miss");
        yield return Sentence("Lägre intäkter inom idrotts- och fritidsanläggningar gör att upplevelsenämnden backar 9 miljoner.", ForecastStatus.AtRisk,
            "balance.deficit_so_far").For("'backar 9 miljoner' is a deficit");
        yield return Sentence("8 mål är svårbedömda, bland annat eftersom mätdata saknas.", ForecastStatus.NotAssessed, "verdict.unassessable", RoundKind.Outcome)
            .For("Hard to assess is not assessed");
        yield return Sentence("Totalt får kommunen underkänt på 23 av de 89 miljömålen som man själv satt upp.", ForecastStatus.AtRisk, "verdict.part_of_goals",
            RoundKind.Outcome).For("Failed on 23 of 89 goals is in part");
        yield return Sentence("Av redovisningen framgår att enbart 16 delmål, alltså mindre än hälften av delmålen, klarats av under programperioden.",
            ForecastStatus.AtRisk, "verdict.part_of_goals", RoundKind.Outcome).For("'enbart 16 delmål' is only some");
        yield return Sentence("Det innebär att etappmålet för år 2020 ligger klart inom räckhåll.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'inom räckhåll' is on track");
        yield return Sentence("Olemme hyvässä vauhdissa.", ForecastStatus.OnTrack, "progress").For("'hyvässä vauhdissa' is on track");
        yield return Sentence("Stadens ekonomi är stabil, även om driftskostnaderna inte har hållit sig inom gränserna enligt stadsstrategin.",
            ForecastStatus.WillNotBeMet, "cost.overrun", RoundKind.Outcome).For("Costs not kept within the limits are an overrun");
        yield return Sentence("En samlad uppföljning avseende verksamhetsmål har inte kunnat göras i delårsrapporten.", ForecastStatus.NotAssessed,
            "verdict.unassessable").For("A follow-up that could not be made is not assessed");
        yield return Sentence("Kesäkuun raportoinnissa arvioitiin, että liikuntaneuvonnan asiakasmäärä on jäljessä tavoitteesta.", ForecastStatus.AtRisk,
            "figure.part_so_far").For("Behind the target during the year is a risk");
        yield return Sentence("Vuoden lopussa todettiin, että asiakaskyselyn vastausmäärä nousi tavoitteen mukaiselle tasolle.", ForecastStatus.Achieved,
            "figure.reached", RoundKind.Outcome).For("Rose to the level of the target");
        yield return Sentence("Tilinpäätöksessä kirjattiin, ettei taidelainaamon uutta verkkopalvelua saatu julkaistua vuoden aikana.", ForecastStatus.WillNotBeMet,
            "verdict.not_in_time", RoundKind.Outcome).For("Not got published within the year is a miss");
        yield return Sentence("Kaupunginmuseon uuden perusnäyttelyn avaaminen saattaa siirtyä.", ForecastStatus.AtRisk, "risk.delay").For("'saattaa siirtyä' is a delay risk");
        yield return Sentence("By 31 December the youth services had reached 1,150 young people, about 70 per cent of the 1,650 targeted.", ForecastStatus.WillNotBeMet,
            "figure.part_of_target", RoundKind.Outcome).For("70 per cent of the number targeted at year end is a miss");
        yield return Sentence("Vuosaaren liikuntapuiston tekojääradan käyttöönotto siirtyi seuraavalle talvikaudelle.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            RoundKind.Outcome).For("Moved to the next season is postponed");
        yield return Sentence("Tammi-toukokuun toteuman perusteella nuorisopalveluiden tulot ovat toistaiseksi 15 % budjetoitua pienemmät.", ForecastStatus.AtRisk,
            "budget.worse_so_far").For("'toistaiseksi' below budget is so far");
        yield return Sentence("Kaupunginkirjaston menot ovat elokuun lopussa 64 % vuoden määrärahasta, ja talousarvion arvioidaan pitävän.", ForecastStatus.OnTrack,
            "budget.better_so_far").For("A budget expected to hold is on track");
        yield return Sentence("Liikuntapalveluiden viidestä vuositavoitteesta kaikkien ennustetaan toteutuvan.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("All five of five is no part");
        yield return Sentence("Kevään kävijäluvuissa ei näy merkkejä siitä, että museoiden kävijätavoitteesta jäätäisiin.", ForecastStatus.OnTrack,
            "verdict.double_negation").For("No sign of a shortfall is on track");
        yield return Sentence("Kesäleirejä ei ole tarvinnut perua, ja leiripaikkojen täyttöaste on tavoitteen mukainen.", ForecastStatus.OnTrack, "verdict.on_track")
            .For("'tavoitteen mukainen' is on track");
        yield return Sentence("Digitaliseringen av föreningsbidragen har genomförts i två av tre steg.", ForecastStatus.AtRisk, "risk.partial")
            .For("Two of three steps done is in part");
        yield return Sentence("Liikuntapaikkojen esteettömyyskartoituksen jatko on auki, kunnes toimiala vahvistaa kustannusten jaon.", ForecastStatus.AtRisk, "risk.open")
            .For("Open until decided is open");
        yield return Sentence("Sammantaget ser nämnderna ut att gå back med 12,2 miljoner kronor.", ForecastStatus.AtRisk, "balance.deficit_so_far")
            .For("'gå back' is a deficit");
        yield return Sentence("Vid redovisningen såg det prognostiserade resultatet klart bättre ut, nämligen 6,1 miljoner kronor plus.", ForecastStatus.OnTrack,
            "balance.surplus_so_far").For("'6,1 miljoner kronor plus' is a surplus");
        yield return Sentence("Vid bokslutet hade idrottstjänsterna gått 0,9 miljoner euro över budget.", ForecastStatus.WillNotBeMet, "cost.overrun",
            RoundKind.Outcome).For("'över budget' is an overrun");
        yield return Sentence("Underskottet som befarades i prognosen uppstod aldrig, och bokslutet visar ett överskott på 0,4 miljoner euro.", ForecastStatus.Achieved,
            "balance.surplus", RoundKind.Outcome).For("A deficit that never arose is none");
        yield return Sentence("Lipunmyynti on kulkenut viime vuoden tahdissa, joten tavoitteen saavuttamista ei ole syytä epäillä.", ForecastStatus.OnTrack,
            "verdict.double_negation").For("No reason to doubt the goal is on track");
        yield return Sentence("Kaupunginmuseon verkkonäyttelyn julkaisu jouduttiin perumaan, ja tavoite jäi tältä osin toteutumatta.", ForecastStatus.WillNotBeMet,
            "verdict.unrealised", RoundKind.Outcome).For("'tältä osin' is in this respect, not partly");
        yield return Sentence("Toimialan toimintakulut ovat tammi–toukokuussa ylittäneet jaksotetun talousarvion 1,4 miljoonalla eurolla.", ForecastStatus.AtRisk,
            "cost.interim_overrun").For("An overrun in January to May is so far");
    }

    [TestCaseSource(nameof(Cases))]
    public void Round_nine_wording(ClassifierCase c) => c.Check();

    [TestCase("Stadsfullmäktige godkände utredningarna om de bindande verksamhetsmål som inte har uppnåtts.")]
    [TestCase("Utvecklingen går åt rätt håll om än i långsammare takt än det uppsatta målet.")]
    public void About_or_albeit_is_no_condition(string text) =>
        Assert.That(StatusClassifier.Classify(text, RoundKind.Outcome).RuleCode, Does.Not.EndWith(".conditional"));

    [Test]
    public void A_failure_given_as_the_reason_is_no_verdict() =>
        Assert.That(StatusClassifier.Classify("No verdict on the visitor-satisfaction target can be given, as the survey vendor failed to deliver the results.",
            RoundKind.Outcome).Status, Is.EqualTo(ForecastStatus.NotAssessed));
}
