using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 49's dangerous rows and misses, read once it was measured: costs and income read the other way in one list with
/// no contrast word, later than planned or announced, a use that fell in a sentence set against the one before,
/// a budget whose bottom gives way ("pohja pettämässä"), a budget overrun as a noun, a figure with a thousands group that
/// is no count of goals, a share of the target ahead of the months counted, and
/// figures and ceilings written in words ("fem månader", "alle yhden"), a consumption cap, income or costs as a
/// percentage of their budget, a condition in "under förutsättning att", "not quite yet" as in part, and
/// metrics counted met and missed with no goal word, the count as the target sets it ("tavoitteen mukaiset 120"), a work
/// done as the goal required, a season named as ended after the count, a deficit
/// named in a purpose, and a loss that did not come ("tappet uteblev").
/// </summary>
public class RoundFortyNineFamiliesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Taidemuseon menot alittuivat 3 prosenttia, pääsylipputulot jäivät 9 prosenttia arviosta ja museokaupan tulot toteutuivat arvion mukaisina.",
            ForecastStatus.AtRisk, "costs under, income short, in one list: a mix", RoundKind.Outcome);
        yield return Case("Pääsylipputulot jäivät 9 prosenttia arviosta.", ForecastStatus.WillNotBeMet, "income short of its estimate", RoundKind.Outcome);
        yield return Case("Menot alittuivat 3 prosenttia, ja myös tulot ylittivät tuloarvion.", ForecastStatus.Achieved, "costs under and income over agree", RoundKind.Outcome);
        yield return Case("Tidpunkten för när simhallen planeras stå klar är dock senare än vad som ursprungligen meddelats.", ForecastStatus.AtRisk, "later than first announced");
        yield return Case("Uimahalli valmistuu suunniteltua myöhemmin.", ForecastStatus.AtRisk, "later than planned, the comparative after its basis");
        yield return Case("Uimahalli valmistuu myöhemmin syksyllä.", ForecastStatus.OnTrack, "later in the autumn is no delay");
        yield return Case("Fyysisten kirjastokäyntien määrä lisääntyi viime vuonna huomattavasti. Verkkokäyntien määrässä sitä vastoin oli laskua.", ForecastStatus.AtRisk,
            "a use that fell, set against a rise in the sentence before", RoundKind.Outcome);
        yield return Case("Lainaus lisääntyi viime vuonna. Sen sijaan verkkokäyntien määrä väheni.", ForecastStatus.AtRisk, "the same with sen sijaan", RoundKind.Outcome);
        yield return Case("Kirjastokäynnit lisääntyivät. Ylitöiden määrä sitä vastoin väheni.", ForecastStatus.NotAssessed, "fewer of something better lower is no fall of use", RoundKind.Outcome);
        yield return Case("Hallin rakentamiseen varaudutaan 21 miljoonan euron budjetilla. Jo nyt tästä budjetista on pohja pettämässä.", ForecastStatus.AtRisk,
            "the budget's bottom giving way is a risk to it");
        yield return Case("The target of 5 000 climbing visits is unlikely to be reached this year.", ForecastStatus.WillNotBeMet, "a figure with a thousands group is no count of goals", year: 2050);
        yield return Case("Slutkostnaden landar på 1 245 miljoner kronor, en budgetöverskridning på cirka sex procent.", ForecastStatus.WillNotBeMet, "a budget overrun as a noun", RoundKind.Outcome);
        yield return Case("Tammi–elokuussa kertyi 71 % koko vuoden 3 000 opastuksen tavoitteesta. Arvio: toteutuu.", ForecastStatus.OnTrack, "a share ahead of the months counted");
        yield return Case("Uimahallien käynnit kesäkuun loppuun: 212 000 = 38 % vuoden 560 000 käynnin tavoitteesta.", ForecastStatus.AtRisk, "a share behind the months counted");
        yield return Case("Väntetiden var fem månader vid årets slut. Målet var högst sex månader.", ForecastStatus.Achieved, "a time in words under a ceiling in words", RoundKind.Outcome);
        yield return Case("Väntetiden var åtta månader vid årets slut. Målet var högst sex månader.", ForecastStatus.WillNotBeMet, "a time in words over a ceiling in words", RoundKind.Outcome);
        yield return Case("Liikuntapaikoilla sattui 0,8 tapaturmaa tuhatta käyntikertaa kohden. Tavoitteena oli pitää luku alle yhden.", ForecastStatus.Achieved,
            "under a ceiling written as a genitive word", RoundKind.Outcome);
        yield return Case("Liikuntapaikoilla sattui 1,3 tapaturmaa tuhatta käyntikertaa kohden. Tavoitteena oli pitää luku alle yhden.", ForecastStatus.WillNotBeMet,
            "over a ceiling written as a genitive word", RoundKind.Outcome);
        yield return Case("Kävijää kohden uimahalleissa kului vettä 182 litraa, vaikka kulutuskatoksi oli sovittu 160 litraa.", ForecastStatus.WillNotBeMet, "over a consumption cap", RoundKind.Outcome);
        yield return Case("Kävijää kohden uimahalleissa kului vettä 152 litraa, kun kulutuskatoksi oli sovittu 160 litraa.", ForecastStatus.Achieved, "under a consumption cap", RoundKind.Outcome);
        yield return Case("Nuorisotalojen tilavuokratuloja kertyi 72 prosenttia tuloarviosta.", ForecastStatus.WillNotBeMet, "income a share of its estimate below 100", RoundKind.Outcome);
        yield return Case("Menot olivat 96 prosenttia määrärahasta.", ForecastStatus.Achieved, "costs a share of the appropriation below 100", RoundKind.Outcome);
        yield return Case("Tilavuokratuloja on kertynyt elokuun loppuun mennessä 72 prosenttia tuloarviosta.", ForecastStatus.OnTrack, "during the year a share ahead of the months counted");
        yield return Case("Tilavuokratuloja on kertynyt elokuun loppuun mennessä 52 prosenttia tuloarviosta.", ForecastStatus.AtRisk, "during the year a share behind the months counted");
        yield return Case("Bokbussens kvällsturer kan återupptas i höst under förutsättning att en ny chaufför hinner rekryteras.", ForecastStatus.AtRisk, "under förutsättning att is a condition");
        yield return Case("Kävijämäärä kasvoi 16,4 %. Koronaa edeltäviin kävijämääriin ei silti vielä aivan päästy.", ForecastStatus.AtRisk, "not quite yet reached is in part", RoundKind.Outcome);
        yield return Case("Aivan tavoiteltuihin korkeuksiin kävijämäärät eivät yltäneet.", ForecastStatus.WillNotBeMet, "not up to the heights aimed at is short", RoundKind.Outcome);
        yield return Case("Kulttuuripalvelujen sitovista mittareista 9 toteutui, 2 jäi toteutumatta ja yhden toteutumista ei voitu arvioida.", ForecastStatus.AtRisk,
            "some metrics met, some missed", RoundKind.Outcome);
        yield return Case("Laajentaminen jäi toteutumatta.", ForecastStatus.WillNotBeMet, "the work itself undone at year end", RoundKind.Outcome);
        yield return Case("Tuokioita kertyy tavoitteen mukaiset 120.", ForecastStatus.OnTrack, "the count the target sets, coming");
        yield return Case("Juhlasalin kunnostus valmistui huhtikuussa, ja sali on ollut vuokrattavissa toukokuusta lähtien, kuten tavoitteessa edellytettiin.", ForecastStatus.Achieved,
            "a work done as the goal required, said in a forecast");
        yield return Case("Juhlasalin kunnostus etenee, kuten tavoitteessa edellytettiin.", ForecastStatus.OnTrack, "going as the goal required is on course");
        yield return Case("Kesän puistojoogatunteja pidettiin sään salliessa 38, ja kausi päättyi elokuun lopussa. Tavoitteeksi oli asetettu 50 tuntia.", ForecastStatus.WillNotBeMet,
            "a season named as ended after the count: the count is final");
        yield return Case("Kesän puistojoogatunteja on pidetty 38, ja kausi jatkuu syyskuun loppuun. Tavoitteeksi on asetettu 50 tuntia.", ForecastStatus.AtRisk,
            "a season that goes on: the count is so far");
        yield return Case("Utskottet vidtog åtgärder för att möta underskott i andra delar av ansvarsområdet, vilket gav ett överskott om 0,5 mnkr.", ForecastStatus.Achieved,
            "a deficit in a purpose is none; the surplus it gave decides", RoundKind.Outcome);
        yield return Case("Men tappet uteblev och istället ökade antalet besökare med 8 procent.", ForecastStatus.OnTrack, "a loss that did not come is no cancellation");
        yield return Case("Konserten uteblev.", ForecastStatus.WillNotBeMet, "an event that did not come is");
        yield return Case("Kirjastoauton uutta reittiä ei saatu liikenteeseen, koska lisähenkilöstölle ei myönnetty rahoitusta.", ForecastStatus.WillNotBeMet,
            "a route not got into service within the year", RoundKind.Outcome);
        yield return Case("Kustannukset ovat 1,5 miljoonaa euroa aiemmin sovittua suuremmat.", ForecastStatus.WillNotBeMet, "dearer than agreed is an overrun");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
