using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 56, read once it was measured, dangerous rows first: enough for part only ("riitti …, mutta ei kaikkia"), a draft
/// budget in deficit, a budget realistic only if more is done, a budget held "relativt bra", to plan but for a part
/// ("med undantag för"), as the target set but a share short, income up and costs up more, the budget's figure beside last
/// year's, this year named only in the reason for a move, a bare pair after a "but"; then more than the target "eli", a
/// forecast that "vastaa" the target, "vasta kolmannes", the gap after "jäi", a maximum value, a slide done and in use,
/// rising visitors and prices, a plan done before the works.
/// </summary>
public class RoundFiftySixTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Vuosikate riitti kattamaan poistot, mutta ei kaikkia arvonalentumisia.", ForecastStatus.AtRisk, "enough for part only", RoundKind.Outcome);
        yield return Case("Vuosikate riitti kattamaan poistot.", ForecastStatus.Achieved, "enough", RoundKind.Outcome);
        yield return Case("Ensimmäinen versio ensi vuoden talousarviosta on selvästi alijäämäinen.", ForecastStatus.AtRisk, "a draft budget in deficit");
        yield return Case("Budgeten är realistisk, men det krävs ett sparprogram för att trygga den.", ForecastStatus.AtRisk, "realistic if more is done");
        yield return Case("Vi fick mer intäkter än budgeterat och budgeten höll relativt bra.", ForecastStatus.AtRisk, "a budget held only relatively well", RoundKind.Outcome);
        yield return Case("Hittills har arbetena gått enligt plan med undantag för grundläggningen, som blir klar först i december.", ForecastStatus.AtRisk,
            "to plan but for a part");
        yield return Case("Harrastuspaikkoja on lisätty tavoitteen mukaisesti 200, mutta niiden täyttöaste on 58 prosenttia, kun tavoite on 70 prosenttia.", ForecastStatus.AtRisk,
            "as the target set, but a share short");
        yield return Case("Konserttien lipputuloja on kertynyt 90 000 euroa arviota enemmän, mutta esiintyjäpalkkiot ovat kasvattaneet menoja 120 000 eurolla.", ForecastStatus.AtRisk,
            "income up, costs up after a but");
        yield return Case("Salivuokrista kertyvien tulojen arvioidaan jäävän 2,2 miljoonaan euroon. Talousarvion tuloarvio on 2,5 miljoonaa euroa, ja edellisvuoden toteuma oli 2,4 miljoonaa.",
            ForecastStatus.WillNotBeMet, "the budget's figure beside last year's");
        yield return Case("Renoveringen av läktaren skjuts upp till våren 2058, eftersom entreprenören saknar kapacitet i år.", ForecastStatus.WillNotBeMet,
            "this year only in the reason", RoundKind.Forecast, 2057);
        yield return Case("Online concerts reached 12 000 viewers against a target of 10 000, but memberships stayed at 800 against 1 000.", ForecastStatus.AtRisk,
            "a bare pair after a but", RoundKind.Outcome);
        yield return Case("Ilmoittautuneita kertyi 1 250 eli enemmän kuin 1 200 osallistujan tavoite.", ForecastStatus.Achieved, "more than the target, already");
        yield return Case("Kirjastojen lainausmäärän ennuste vastaa 3,4 miljoonan lainan tavoitetta.", ForecastStatus.OnTrack, "a forecast that meets the target");
        yield return Case("Syksyn kursseille on ilmoittautunut vasta kolmannes paikoista.", ForecastStatus.AtRisk, "only a third so far");
        yield return Case("Uimahallien kävijämäärä jäi 1,6 miljoonaan käyntiin, 90 000 käyntiä tavoitteesta.", ForecastStatus.WillNotBeMet, "the gap after jäi", RoundKind.Outcome);
        yield return Case("Elförbrukningen var 2 800 MWh, alltså 200 MWh lägre än maxvärdet på 3 000 MWh.", ForecastStatus.Achieved, "under a maximum value", RoundKind.Outcome);
        yield return Case("Maauimalan uusi kahluuallas valmistui toukokuussa ja on ollut asiakaskäytössä kesäkuusta lähtien.", ForecastStatus.Achieved, "done and in use");
        yield return Case("Besökarantalen har stigit med 8 % jämfört med året innan.", ForecastStatus.OnTrack, "visitors rising");
        yield return Case("Priset har stigit under processens gång.", ForecastStatus.AtRisk, "prices rising");
        yield return Case("Liikuntahallin hankesuunnitelma valmistui keväällä, ja varsinainen rakentaminen alkaa syksyllä.", ForecastStatus.OnTrack, "a plan done before the works");
        yield return Case("Kirjastotalon hankesuunnitelma valmistui vuoden lopussa.", ForecastStatus.Achieved, "the plan that was the goal", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
