using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 55, read once it was measured: the realised figure set against the estimate, an income target undershot beside a
/// spending target overrun, a margin that sums up the misses before it, some of the committees keeping budget, one goal met
/// and another behind set against it, a count mostly on course yet short, works done while the rest moved to next year,
/// pairs each with a target in brackets, a forecast's own figure, a future denied, a goal that must be given up, money moved
/// between budgets on a proposal, income a contract brought, a halt pending an appeal, works forecast done by year end.
/// </summary>
public class RoundFiftyFiveTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Kesäkuussa arvioitiin pääsylipputuloja kertyvän 1,2 milj. euroa. Arvion ja toteutuneen eroa oli 0,3 milj. euroa.", ForecastStatus.NotAssessed,
            "the realised figure set against the estimate is no verdict", RoundKind.Outcome);
        yield return Case("Toimiala tulee ennusteen mukaan alittamaan tulotavoitteensa 2,1 miljoonalla eurolla ja ylittämään menotavoitteen 0,4 miljoonaa euroa.",
            ForecastStatus.WillNotBeMet, "income target undershot and spending target overrun are both misses");
        yield return Case("Toimiala alitti menotavoitteensa 0,5 miljoonalla eurolla.", ForecastStatus.Achieved, "under a spending target is good", RoundKind.Outcome);
        yield return Case("Palvelukokonaisuus jää ennusteen mukaan 1,1 miljoonaa euroa tulotavoitteesta. Toimintakatteen ennustetaan alittuvan 1,5 miljoonaa euroa.",
            ForecastStatus.WillNotBeMet, "a margin under budget after a miss sums it up");
        yield return Case("Vapaa-aikatoimialan nettokäyttömenot (toimintakate) alittuivat suunnitellusta 2,2 miljoonalla eurolla.", ForecastStatus.Achieved,
            "net costs under plan stay good", RoundKind.Outcome);
        yield return Case("Fyra av sju nämnder följer budget.", ForecastStatus.AtRisk, "some of the committees keep budget");
        yield return Case("Tre av fem nämnder håller budget.", ForecastStatus.AtRisk, "some of the committees hold budget");
        yield return Case("Kaikki nämnder följer budget.", ForecastStatus.OnTrack, "all committees keep budget");
        yield return Case("Kirjastoauton pysäkkejä on jo 64, joten 60 pysäkin tavoite on ylitetty. Lainauspisteitä on sen sijaan avattu vasta 5 tavoitteen 9 sijaan.",
            ForecastStatus.AtRisk, "one goal met, another behind set against it");
        yield return Case("Kerhojen määrä kasvoi pääosin tavoitteen mukaisesti, 410 kerhoon tavoitteen 450 sijaan.", ForecastStatus.AtRisk,
            "mostly on course yet short is met in part", RoundKind.Outcome);
        yield return Case("Kerhojen määrä kasvoi 410 kerhoon tavoitteen 450 sijaan.", ForecastStatus.WillNotBeMet, "short of the target instead", RoundKind.Outcome);
        yield return Case("Kahdeksan uimarannan pukukoppien kunnostuksista valmistui viisi, ja Pihlajasaaren kolme kohdetta siirtyivät ensi kesään.", ForecastStatus.AtRisk,
            "works done, the rest moved to next year", RoundKind.Outcome);
        yield return Case("Liikuntapuiston peruskorjaus valmistui syyskuussa.", ForecastStatus.Achieved, "works done, nothing left", RoundKind.Outcome);
        yield return Case("Harrastepassilla kävi 8 200 nuorta (tavoite 7 500), ja uusia kävijöitä oli vuoden lopussa 2 100 (tavoite 2 000).", ForecastStatus.Achieved,
            "each figure against its own target in brackets", RoundKind.Outcome);
        yield return Case("Harrastepassilla kävi 8 200 nuorta (tavoite 7 500), ja uusia kävijöitä oli vuoden lopussa 1 600 (tavoite 2 000).", ForecastStatus.AtRisk,
            "one pair met and one short", RoundKind.Outcome);
        yield return Case("Sports hall bookings rose to 2 300 against a target of 2 000, but the share of evening slots, 61 %, stayed below the target of 70 %.",
            ForecastStatus.AtRisk, "a pair before the but met, one after it short", RoundKind.Outcome);
        yield return Case("Concert sales are ahead of last year, and the full-year forecast of 31 000 tickets clears the target of 29 000.", ForecastStatus.OnTrack,
            "the forecast's own figure is no budget comparison");
        yield return Case("With the instructor on leave until March 2057 the target will not be reached this year.", ForecastStatus.WillNotBeMet,
            "a future denied past a named month", RoundKind.Forecast, 2056);
        yield return Case("Avaamistavoitteesta tälle vuodelle on luovuttava.", ForecastStatus.WillNotBeMet, "a goal that must be given up");
        yield return Case("Toimiala on esittänyt, että kirjastotalon poistot siirretään ensi vuoden talousarvioon.", ForecastStatus.NotAssessed,
            "money moved between budgets on a proposal is procedure");
        yield return Case("Kaupunginmuseon uuden näyttelyn avaaminen ei ole mahdollista tänä vuonna, koska rahoitus siirtyi ensi vuoden talousarvioon.", ForecastStatus.WillNotBeMet,
            "funding moved, the opening impossible");
        yield return Case("Konserttien lipputulot jäivät 25 000 euroa arviosta. Sponsorisopimus toi puolestaan 30 000 euroa budjetoitua enemmän.", ForecastStatus.AtRisk,
            "income short, a contract brought more: a mix", RoundKind.Outcome);
        yield return Case("Skeittiparkin hankinta on keskeytetty valituksen vuoksi.", ForecastStatus.AtRisk, "halted while an appeal is heard");
        yield return Case("Skeittiparkin hankinta keskeytettiin.", ForecastStatus.WillNotBeMet, "a procurement called off");
        yield return Case("Nuorisotalon remontti ei vielä ole valmis. Koko remontti valmistuu vuoden loppuun mennessä.", ForecastStatus.OnTrack, "works forecast done by year end");
        yield return Case("Edellytyksenä tavoitteen saavuttamiselle on lisärahoitus.", ForecastStatus.AtRisk, "a precondition");
        yield return Case("Seurannan tavoitteena on antaa lautakunnalle riittävä tieto tavoitteiden saavuttamisesta.", ForecastStatus.NotAssessed, "what the monitoring is to give");
        yield return Case("Kaupungin bokslut för året visar ett litet plus.", ForecastStatus.Achieved, "the accounts show a surplus", RoundKind.Outcome);
        yield return Case("Ombyggnaden av ungdomsgården har helt avstannat.", ForecastStatus.AtRisk, "a process that has stalled");
        yield return Case("Stadionin radan pinnoitus valmistui kesäkuussa.", ForecastStatus.Achieved, "the resurfacing done");
        yield return Case("Investeringarna var 40 miljoner lägre än budgeterat. Avvikelsen beror inte i första hand på lägre kostnader utan på att projekten förskjuts framåt i tiden.",
            ForecastStatus.WillNotBeMet, "unspent because the works were put off", RoundKind.Outcome);
        yield return Case("Avvikelsen beror på att kostnaderna blev lägre, inte på att projekt förskjutits.", ForecastStatus.NotAssessed,
            "a postponement denied explains nothing", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
