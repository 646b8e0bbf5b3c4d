using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A helper's review of the round-57 rules and the review fixes of round 56: a deviation's delay made up only when what was
/// delayed was done after the "but" in no later year; a pair after a "but" skipped only when it is an earlier year's; a
/// caution only after an obligation; "to the maximum" is no ceiling; ticket prices and cost coverage are no costs; "fairly
/// well" stays progress; "om" right after "realistisk" is a condition, elsewhere "whether"; in use but for a part only
/// when said of the use; a plan was the goal only when the goal names it; a forecast after "eli" is no year's forecast;
/// "ei välttämättä riitä" hedges; a year is no amount; then three readings the reviewers found wrong before the session:
/// longer or shorter than the target where shorter is better, a price that has risen, "Skulle allt gå" / "Går arbetet".
/// </summary>
public class ReviewOfRoundFiftySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Poikkeama johtuu siitä, että investoinnit siirtyivät, mutta ne toteutetaan vuonna 2026.", ForecastStatus.WillNotBeMet,
            "a deviation's delay put off to a later year", RoundKind.Outcome);
        yield return Case("Poikkeama johtuu siitä, että kesän tapahtumat viivästyivät, mutta ne kaikki toteutettiin syksyllä.", ForecastStatus.Achieved,
            "a deviation's delay made up", RoundKind.Outcome);
        yield return Case("Visits reached 52 000 against a target of 50 000, but memberships in 2024 stayed at 800 against 1 000.", ForecastStatus.AtRisk,
            "the report year's pair after a but", RoundKind.Outcome, 2024);
        yield return Case("Ennusteen mukaan näyttää siltä, ettei määräraha ylity.", ForecastStatus.OnTrack, "no overrun forecast");
        yield return Case("On varmistettu, ettei talousarvio ylity.", ForecastStatus.OnTrack, "ensured that the budget holds");
        yield return Case("The halls were used to the maximum and bookings exceeded the 80 % target.", ForecastStatus.Achieved, "to the maximum is no ceiling", RoundKind.Outcome);
        yield return Case("Biljettpriserna har stigit, vilket har ökat intäkterna.", ForecastStatus.OnTrack, "ticket prices up, income up");
        yield return Case("Kostnadstäckningen har stigit till 45 %.", ForecastStatus.OnTrack, "cost coverage up");
        yield return Case("Construction is progressing fairly well and the hall opens in October as planned.", ForecastStatus.OnTrack, "fairly well, as planned");
        yield return Case("Budgeten är realistisk, och vi följer upp om det behövs åtgärder.", ForecastStatus.OnTrack, "om as whether");
        yield return Case("Uusi nuorisotila valmistui helmikuussa ja on ollut käytössä; puuttuvat kalusteet toimitettiin maaliskuussa.", ForecastStatus.Achieved,
            "in use, what was missing delivered", RoundKind.Outcome);
        yield return Case("Väistötilat valmistuivat, mutta vanhat tilat ovat edelleen käytössä, koska muutto viivästyy.", ForecastStatus.AtRisk,
            "in use said of something else after a but");
        yield return Case("Tavoitteena on uuden uimahallin rakentaminen; hankesuunnitelma valmistui kesäkuussa ja rakentaminen alkaa 2026.", ForecastStatus.OnTrack,
            "the goal is the building, not its plan");
        yield return Case("Kävijöitä kertyi 52 000 eli enemmän kuin 50 000 tavoite ja selvästi yli kevään ennusteen.", ForecastStatus.Achieved,
            "a forecast after the target is no year's forecast", RoundKind.Outcome);
        yield return Case("Resurssit eivät välttämättä riitä painamaan jonoa 30:n alle.", ForecastStatus.AtRisk, "not necessarily enough");
        yield return Case("Kävijämäärät toteutuivat 2024 arvioitua suurempina.", ForecastStatus.Achieved, "a year is no amount", RoundKind.Outcome);
        yield return Case("Odotusajat toteutuivat 3 päivää tavoitetta pidempinä.", ForecastStatus.WillNotBeMet, "waiting longer than the target", RoundKind.Outcome);
        yield return Case("Käsittelyajat toteutuivat 2 päivää tavoitetta lyhyempinä.", ForecastStatus.Achieved, "processing shorter than the target", RoundKind.Outcome);
        yield return Case("Tammi–kesäkuun alijäämä toteutui 0,4 milj. euroa käyttösuunnitelmaa heikompana.", ForecastStatus.AtRisk, "worse stays worse for a deficit");
        yield return Case("Hinta on noussut hankinnan aikana.", ForecastStatus.AtRisk, "a price that has risen");
        yield return Case("Lippujen hinta on noussut, mikä on lisännyt tuloja.", ForecastStatus.OnTrack, "ticket prices up, income up");
        yield return Case("Skulle allt gå enligt planerna öppnar biblioteket i oktober.", ForecastStatus.AtRisk, "an inverted if-clause with skulle");
        yield return Case("Går arbetet enligt planerna kan simhallen öppna i december.", ForecastStatus.AtRisk, "an inverted if-clause with går");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
