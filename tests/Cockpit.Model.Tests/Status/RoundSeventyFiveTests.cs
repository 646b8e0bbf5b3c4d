using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 75's dangerous rows and their neighbours, read once it was measured: a goal "haudattu"; no answer yet
/// ("ei ole vielä vastannut"); purchases ("ostoissa") and insurance premiums are costs, taxes ("yhteisöverot") income; a
/// surplus "trots ett underskott" in one committee; then some of its other misses: "ohittivat … asetetut määrät"; a
/// counterfactual opening with "ilman", "utan"; "raportoi sen etenemisestä" is no progress; "positiiviseen suuntaan",
/// "på god väg", "i rätt riktning"; "beslutade … om budget" is no if; "achievable", "uppnåeligt"; "against 380 aimed at";
/// the first three months as the period counted; a ceiling a contract "sallii"; "jäi … uupumaan"; "tavoitelukujen yli";
/// "suurimmalta osin"; work done before a "but" and a part left undone; the operating margin and costs grown against the
/// budget; rising costs; a deficit budget's own adjective; all held, the audience short; "så … kan inte bedömas"; a goal
/// revised goes to a decision; struck off the year's list; the first half of a year; next year's budget; "with 60 as the aim";
/// "by May" so far.
/// </summary>
public class RoundSeventyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Tältä vuodelta tavoite on haudattu.", ForecastStatus.WillNotBeMet, "buried: given up", forecast, 2076);
        yield return Case("Tanssikoulun kevättavoite on haudattu, sillä salia ei saatu.", ForecastStatus.WillNotBeMet, "buried, with its reason", forecast, 2076);
        yield return Case("Seurakunta ei ole vielä vastannut, saako salia käyttää joulukonserttiin.", ForecastStatus.AtRisk, "no answer yet", forecast, 2076);
        yield return Case("Kirjasto ei ole vastannut kyselyyn.", ForecastStatus.NotAssessed, "no answer to a survey, no goal", forecast, 2076);
        yield return Case("Merkittävin riski on palveluiden ostoissa, joiden ennustetaan ylittävän talousarvion 0,3 milj. euroa.", ForecastStatus.AtRisk,
            "purchases over budget are costs", forecast, 2076);
        yield return Case("Vakuutusmaksujen ennuste on 0,42 M€ eli 0,05 M€ talousarviota pienempi.", ForecastStatus.OnTrack, "premiums paid under budget", forecast, 2076);
        yield return Case("Yhteisöverojen ennustetaan ylittävän talousarvion 1,4 milj. euroa.", ForecastStatus.OnTrack, "taxes over budget are income", forecast, 2076);
        yield return Case("Kiinteistöverot jäivät 0,3 milj. euroa talousarviosta.", ForecastStatus.WillNotBeMet, "taxes short of budget", outcome, 2075);
        yield return Case("Kommunen redovisar ett överskott trots ett underskott i socialnämnden.", ForecastStatus.AtRisk, "a surplus, one committee in deficit",
            outcome, 2075);
        yield return Case("Kaupungin tulos oli ylijäämäinen sosiaalitoimen alijäämästä huolimatta.", ForecastStatus.AtRisk, "the same in Finnish", outcome, 2075);
        yield return Case("Kommunen redovisar ett överskott trots vissa orosmoln.", ForecastStatus.Achieved, "despite clouds, not a deficit", outcome, 2075);
        yield return Case("Kunta teki ylijäämäisen tuloksen alijäämien kattamisesta huolimatta.", ForecastStatus.Achieved, "despite covering deficits, not one of its own",
            outcome, 2075);
        yield return Case("Kesäteatterin kävijät ohittivat jo heinäkuussa koko vuodelle asetetut määrät.", ForecastStatus.Achieved, "passed the amounts set",
            forecast, 2076);
        yield return Case("Pyöräretkelle osallistujat ohittivat koulun pihan aamulla.", ForecastStatus.NotAssessed, "passing a place, no target", forecast, 2076);
        yield return Case("Kirjastoon on laskettu ministeriön avustus. Ilman avustusta tulot jäisivät 0,2 M€ talousarviosta.", ForecastStatus.AtRisk,
            "short only without a grant still awaited", forecast, 2076);
        yield return Case("Utan lokalen saknas plats för kursen.", ForecastStatus.AtRisk, "without it, no place", forecast, 2076);
        yield return Case("Ilman näitä kertaluonteisia tuloja ensi vuoden näkymä olisi toinen.", ForecastStatus.NotAssessed, "without what there was: no risk",
            forecast, 2076);
        yield return Case("Hankkeen ohjaus siirtyi toiselle toimialalle, joka raportoi sen etenemisestä.", ForecastStatus.NotAssessed, "reports on its progress",
            forecast, 2076);
        yield return Case("Lainaus ja kävijät ovat kehittyneet positiiviseen suuntaan.", ForecastStatus.OnTrack, "in a positive direction", forecast, 2076);
        yield return Case("Ombyggnaden av simhallen är redan på god väg.", ForecastStatus.OnTrack, "well under way", forecast, 2076);
        yield return Case("Utlåningen går i rätt riktning.", ForecastStatus.OnTrack, "the right direction", forecast, 2076);
        yield return Case("Besöken har utvecklats i negativ riktning.", ForecastStatus.AtRisk, "a negative direction", forecast, 2076);
        yield return Case("Fullmäktige beslutade vid sitt möte den 12 juni om budget för kulturhuset.", ForecastStatus.NotAssessed, "decided on a budget, no if",
            forecast, 2076);
        yield return Case("The goal is not achievable this year.", ForecastStatus.WillNotBeMet, "not achievable", forecast, 2076);
        yield return Case("The goal is achievable.", ForecastStatus.OnTrack, "achievable", forecast, 2076);
        yield return Case("The target looks unattainable.", ForecastStatus.WillNotBeMet, "unattainable", forecast, 2076);
        yield return Case("Målet är inte uppnåeligt i år.", ForecastStatus.WillNotBeMet, "not attainable, in Swedish", forecast, 2076);
        yield return Case("Målet är fullt uppnåeligt.", ForecastStatus.OnTrack, "attainable", forecast, 2076);
        yield return Case("420 pupils joined the choir days against 300 aimed at.", ForecastStatus.Achieved, "the figure aimed at", outcome, 2075);
        yield return Case("By June 120 pupils had joined the choir days against 300 aimed at for the year.", ForecastStatus.AtRisk, "the figure aimed at, so far",
            forecast, 2076);
        yield return Case("Äänikirjoja lainattiin alkuvuoden kolmen kuukauden aikana 21 000 kertaa vuositavoitteen ollessa 110 000.", ForecastStatus.AtRisk,
            "the first three months, behind the pace", forecast, 2076);
        yield return Case("Äänikirjoja lainattiin alkuvuoden kolmen kuukauden aikana 31 000 kertaa vuositavoitteen ollessa 110 000.", ForecastStatus.OnTrack,
            "the first three months, ahead of the pace", forecast, 2076);
        yield return Case("Kassajärjestelmän katkoja oli tammi–maaliskuussa kuusi päivää, ja sopimus sallii koko vuodelle enintään 30 katkopäivää.",
            ForecastStatus.OnTrack, "under the ceiling a contract allows", forecast, 2076);
        yield return Case("Sponsorituotoista jäi talousarvioon nähden uupumaan 38 000 euroa.", ForecastStatus.WillNotBeMet, "left missing against the budget",
            outcome, 2075);
        yield return Case("Sekä opastetut kävelyt (640) että verkkoluennot (1 210) nousivat vuoden tavoitelukujen yli.", ForecastStatus.Achieved,
            "over the target figures, the postposition", outcome, 2075);
        yield return Case("Kävijämäärä ei noussut tavoitteen yli.", ForecastStatus.AtRisk, "did not rise over it", forecast, 2076);
        yield return Case("Kokoelman luettelointi tehtiin suurimmalta osin, mutta kahden varaston esineet jäivät luetteloimatta.", ForecastStatus.AtRisk,
            "mostly done, a part left undone", outcome, 2075);
        yield return Case("Opasteet uusittiin, mutta kahden puiston opasteet jäivät vaihtamatta.", ForecastStatus.AtRisk, "done, then a part left undone", outcome, 2075);
        yield return Case("Suunnitelma hyväksyttiin, mutta toteutus jäi tekemättä.", ForecastStatus.WillNotBeMet, "a step, then the work undone", outcome, 2075);
        yield return Case("Toimintakate kasvoi alkuperäiseen budjettiin nähden 3 miljoonalla eurolla.", ForecastStatus.WillNotBeMet,
            "the operating margin grew against the budget: net costs", outcome, 2075);
        yield return Case("Toimintakulut kasvoivat talousarvioon nähden 2 miljoonalla eurolla.", ForecastStatus.WillNotBeMet, "costs grew against the budget", outcome, 2075);
        yield return Case("Verotulot kasvoivat talousarvioon nähden 2 miljoonalla eurolla.", ForecastStatus.Achieved, "income grew against the budget", outcome, 2075);
        yield return Case("Toimintakate kasvoi alkuperäiseen budjettiin nähden 3 miljoonalla eurolla. Verotulot ylittivät talousarvion 4 miljoonalla eurolla.",
            ForecastStatus.AtRisk, "the margin worse, then taxes past their budget: one way and the other", outcome, 2075);
        yield return Case("Kostnaderna ökade kraftigt under våren.", ForecastStatus.AtRisk, "costs rising", forecast, 2076);
        yield return Case("Kulut kasvoivat voimakkaasti alkuvuonna.", ForecastStatus.AtRisk, "costs rising, in Finnish", forecast, 2076);
        yield return Case("Vuosi alkoi 1,2 miljoonan euron alijäämäisestä talousarviosta, ja lopulta päädyttiin positiiviseen tulokseen.", ForecastStatus.Achieved,
            "a deficit budget, then a positive result", outcome, 2075);
        yield return Case("Kesän 12 puistokonserttia pidettiin kaikki, mutta kuulijoita oli 2 100 eli selvästi alle 3 500:n tavoitteen.", ForecastStatus.AtRisk,
            "all held, the audience short", outcome, 2075);
        yield return Case("Alla tolv konserter genomfördes. Publiken stannade dock vid 900 av målsatta 1 500.", ForecastStatus.AtRisk,
            "all held, then 'dock' short", outcome, 2075);
        yield return Case("Publiken stannade vid 900 av målsatta 1 500.", ForecastStatus.WillNotBeMet, "short, nothing held beside it", outcome, 2075);
        yield return Case("Enkäten görs vartannat år och genomfördes inte i år, så målets utfall kan inte bedömas.", ForecastStatus.NotAssessed,
            "not done this year, so not assessable", outcome, 2075);
        yield return Case("Jos kävijätavoitetta tarkistetaan syksyn talousarviomuutoksessa, uusi tavoite viedään lautakunnan päätettäväksi.", ForecastStatus.NotAssessed,
            "a goal revised goes to the committee: procedure", forecast, 2076);
        yield return Case("Kaukalon valaistuksen uusiminen poistettiin tämän vuoden investointilistalta.", ForecastStatus.WillNotBeMet, "struck off the year's list",
            forecast, 2076);
        yield return Case("Esittelijän esityksestä asia poistettiin listalta.", ForecastStatus.NotAssessed, "off the agenda, no work", forecast, 2076);
        yield return Case("Graffitit poistettiin kesäkuussa.", ForecastStatus.NotAssessed, "removed, no list", forecast, 2076);
        yield return Case("Under det första halvåret har antalet lån ökat med 900.", ForecastStatus.OnTrack, "the first half of the year, no later year", forecast);
        yield return Case("I beredningen räknas med ett underskott för nästa år på 300 000 euro.", ForecastStatus.NotAssessed, "next year's budget", forecast, 2076);
        yield return Case("Ensi vuoden alijäämän lisäksi kuluvalta vuodelta on tulossa 400 000 euron alijäämä.", ForecastStatus.AtRisk,
            "this year's deficit beside next year's", forecast, 2076);
        yield return Case("Only 24 film evenings took place, with 40 as the aim.", ForecastStatus.WillNotBeMet, "the figure named as the aim", outcome, 2075);
        yield return Case("The aim is to open the hall in May.", ForecastStatus.NotAssessed, "an aim to do, no figure", forecast, 2076);
        yield return Case("By May 12 film evenings had been held, with 40 as the aim for the year.", ForecastStatus.AtRisk, "so far by May, not the year",
            forecast, 2076);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
