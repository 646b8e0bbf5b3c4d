using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A review of the rules written while round 54 was read, by a helper who wrote sentences to break them: "sikäli kuin" as
/// "as far as can be judged", "sekä … että" joining service areas, musts and ensures in reason, purpose and concessive
/// clauses, "relativt"/"suhteellisen" about timing or margin, and "not without difficulties"; with the near misses that
/// read right.
/// </summary>
public class ReviewOfRoundFiftyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Tavoitetta ei saavuteta, sikäli kuin tämänhetkisestä kävijäkehityksestä voidaan päätellä.", ForecastStatus.WillNotBeMet, "'sikäli kuin' as far as can be judged, a miss");
        yield return Case("Sikäli kuin nyt voidaan arvioida, tavoite toteutuu.", ForecastStatus.OnTrack, "the same before an on-course verdict");
        yield return Case("Tavoite toteutui, sikäli kuin sitä voidaan kävijälaskennan perusteella arvioida.", ForecastStatus.Achieved, "the same after a verdict met", RoundKind.Outcome);
        yield return Case("Sekä kulttuurin että liikunnan palveluissa toimintatuotot ylittivät talousarvion ja toimintakulut alittivat sen.", ForecastStatus.Achieved, "both areas: income over, costs under", RoundKind.Outcome);
        yield return Case("Både kultur- och idrottstjänsternas intäkter överskred budgeten och kostnaderna understeg den.", ForecastStatus.Achieved, "the same in Swedish", RoundKind.Outcome);
        yield return Case("Sekä kävijämäärä että asiakastyytyväisyys paranivat, toimintatuotot ylittivät talousarvion ja toimintakulut alittivat sen.", ForecastStatus.Achieved, "both measures better, income over, costs under", RoundKind.Outcome);
        yield return Case("Både besökarantalet och kundnöjdheten förbättrades, intäkterna överskred budgeten och kostnaderna understeg den.", ForecastStatus.Achieved, "the same in Swedish", RoundKind.Outcome);
        yield return Case("Toimintatuotot ylittävät talousarvion sekä kulttuurin että liikunnan palveluissa, ja toimintakulut alittuvat.", ForecastStatus.OnTrack, "income over in both areas, costs under");
        yield return Case("Eftersom biblioteket måste stängas för renovering blir kostnaderna lägre än budgeterat.", ForecastStatus.OnTrack, "a must in a reason clause");
        yield return Case("Because the library must close for renovation, costs will remain below budget.", ForecastStatus.OnTrack, "the same in English");
        yield return Case("To ensure a balanced economy, purchases were postponed, and costs remained below budget.", ForecastStatus.Achieved, "'ensure' in a purpose clause", RoundKind.Outcome);
        yield return Case("Trots att vi måste säkerställa bemanningen på helger hölls kostnaderna inom budgetramen.", ForecastStatus.Achieved, "a must in a concessive clause", RoundKind.Outcome);
        yield return Case("Besöksmålet uppnåddes relativt tidigt under året, redan i september.", ForecastStatus.Achieved, "relatively early", RoundKind.Outcome);
        yield return Case("Kävijätavoite saavutettiin suhteellisen aikaisin, jo syyskuussa.", ForecastStatus.Achieved, "the same in Finnish", RoundKind.Outcome);
        yield return Case("Tavoite saavutettiin suhteellisen lyhyessä ajassa.", ForecastStatus.Achieved, "relatively quickly", RoundKind.Outcome);
        yield return Case("Målet uppnåddes med relativt god marginal.", ForecastStatus.Achieved, "a relatively good margin", RoundKind.Outcome);
        yield return Case("Kävijämäärä on kasvanut suhteellisen paljon edellisvuodesta.", ForecastStatus.OnTrack, "a relatively large rise");
        yield return Case("Kävijämäärä har ökat relativt mycket jämfört med föregående år.", ForecastStatus.OnTrack, "the same in Swedish");
        yield return Case("The goal was met, but not without difficulties as regards staffing.", ForecastStatus.Achieved, "not without difficulties", RoundKind.Outcome);
        yield return Case("Meidän täytyy varmistaa, että toiminta pysyy talousarvion puitteissa.", ForecastStatus.AtRisk, "must ensure that it stays within budget");
        yield return Case("Tavoite toteutuu sikäli kuin lisärahoitus vahvistetaan kesäkuussa.", ForecastStatus.AtRisk, "on condition that funding is confirmed");
        yield return Case("Tavoite on sikäli toteutumassa, että kaikki palvelut on otettu käyttöön.", ForecastStatus.OnTrack, "'sikäli … että' explains");
        yield return Case("Tavoite saavutettiin jo toukokuussa. Lisätapahtumia järjestetään syksyllä sikäli kuin resurssit riittävät.", ForecastStatus.Achieved, "met, extra events as resources allow");
        yield return Case("Målet nåddes när det gäller antalet besök, men inte när det gäller nya användare.", ForecastStatus.AtRisk, "met as regards visits, not new users", RoundKind.Outcome);
        yield return Case("Tavoite saavutettiin, mutta ei kaikkien yksiköiden osalta.", ForecastStatus.AtRisk, "met, but not for all units", RoundKind.Outcome);
        yield return Case("Målet nåddes, men inte utan svårigheter när det gäller rekryteringen.", ForecastStatus.Achieved, "met, not without difficulties", RoundKind.Outcome);
        yield return Case("Sekä kirjasto- että nuorisopalvelujen toimintakulut alittavat talousarvion.", ForecastStatus.OnTrack, "costs of both services under budget");
        yield return Case("Sekä toimintatuotot että toimintakulut toteutuivat talousarvion mukaisesti.", ForecastStatus.Achieved, "both as budgeted", RoundKind.Outcome);
        yield return Case("Sekä toimintatuotot että toimintakulut alittavat talousarvion.", ForecastStatus.AtRisk, "income and costs both under");
        yield return Case("Korkomenot ovat kasvaneet alkuvuoden aikana.", ForecastStatus.AtRisk, "interest costs rising");
        yield return Case("Jonotusajat ovat kasvaneet syksyn aikana.", ForecastStatus.AtRisk, "queues rising");
        yield return Case("Kävijämäärät ovat kasvaneet edellisvuodesta.", ForecastStatus.OnTrack, "visitors rising");
        yield return Case("Vi har säkerställt att verksamheten hölls inom budgetramen.", ForecastStatus.Achieved, "ensured within the budget frame, a fact", RoundKind.Outcome);
        yield return Case("Trots att hyran måste betalas i förskott håller sig kostnaderna inom budgeten.", ForecastStatus.OnTrack, "a must in a concession, costs within budget");
        yield return Case("Målet nåddes inte, trots relativt goda förutsättningar.", ForecastStatus.WillNotBeMet, "not met despite relatively good conditions", RoundKind.Outcome);
        yield return Case("Tavoite ylitettiin suhteellisen selvästi.", ForecastStatus.Achieved, "exceeded relatively clearly", RoundKind.Outcome);
        yield return Case("Tavoite toteutuu, sillä kysyntä on pysynyt suhteellisen vakaana.", ForecastStatus.OnTrack, "demand relatively stable");
        yield return Case("Talousarviossa pysyttiin, mutta yksittäisissä kohteissa tapahtui kuitenkin ylityksiä.", ForecastStatus.AtRisk, "kept in the whole, overruns in some items", RoundKind.Outcome);
        yield return Case("Talousarviossa pysyttiin, eikä ylityksiä tapahtunut.", ForecastStatus.Achieved, "no overruns", RoundKind.Outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
