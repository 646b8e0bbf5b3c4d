using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Ordinary wording that a review of the rules read for rounds 48 and 49 found shown green by them, or misread, each as a
/// careful reader takes it: the new rules must not reach past the wording they were written for.
/// </summary>
public class ReviewOfRoundFortyNineTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Tuokioita kertyi 95 tavoitteen mukaisen 120 sijaan.", ForecastStatus.WillNotBeMet, "instead of the target's count", RoundKind.Outcome);
        yield return Case("Tuokioita kertyi 95, kun tavoitteen mukaiset 120 edellyttivät lisää ohjaajia.", ForecastStatus.WillNotBeMet, "a count short of the target's", RoundKind.Outcome);
        yield return Case("Lastenkonsertteja kertyy tavoitteen mukaiset 48, mutta ruotsinkielisiä konsertteja järjestetään vain kaksi.", ForecastStatus.AtRisk,
            "the target's count, but only two of another kind");
        yield return Case("Vuositavoitteesta puuttuu syyskuun lopussa 40 000 käyntiä, mikä on enemmän kuin lokakuussa ja marraskuussa yhteensä yleensä kertyy.", ForecastStatus.AtRisk,
            "a gap larger than what the rest of the year brings");
        yield return Case("Vuositavoitteesta puuttuu 25 000 kävijää, ja niitä tulevat kattamaan lokakuun syyslomaleirit, joiden kävijämäärä on ollut noin 3 000.", ForecastStatus.AtRisk,
            "a gap with a much smaller figure set against it");
        yield return Case("Tammi–syyskuussa kertyi 76 % koko vuoden tavoitteesta, eikä loppuvuodeksi ole suunniteltu tapahtumia.", ForecastStatus.AtRisk,
            "ahead of the months, but nothing planned for the rest");
        yield return Case("Tammi–kesäkuussa sairauspoissaolopäiviä kertyi 60 % koko vuoden tavoitteesta.", ForecastStatus.AtRisk, "ahead of pace on what is better lower");
        yield return Case("Intäkterna uppgick i slutet av augusti till 80 procent av budgeten, men helårsprognosen pekar på att budgeten inte nås.", ForecastStatus.WillNotBeMet,
            "a good pace undone by the year's forecast");
        yield return Case("Väntetiden förlängdes med fem månader. Målet var högst sex månader.", ForecastStatus.AtRisk, "a change in words is no level", RoundKind.Outcome);
        yield return Case("Jonotusaika oli kaksi kuukautta pidempi kuin viime vuonna. Tavoitteena oli enintään kolme kuukautta.", ForecastStatus.NotAssessed,
            "longer by two months is no level of two months", RoundKind.Outcome);
        yield return Case("Enimmäisaika, 14 päivää, ylittyi kolmessa tapauksessa.", ForecastStatus.NotAssessed, "a ceiling exceeded is not weighed as a count under it", RoundKind.Outcome);
        yield return Case("Kävijäkatto, 500 henkeä, ylittyi kolmessa konsertissa, mikä aiheutti turvallisuusriskin.", ForecastStatus.AtRisk, "a visitor cap exceeded is no success", RoundKind.Outcome);
        yield return Case("Ylitöiden vuoden määrä ylittyi jo syyskuussa.", ForecastStatus.NotAssessed, "a quota of overtime exceeded is no target met");
        yield return Case("Vuoden määrä ylittyi, mutta vain kahdessa kirjastossa.", ForecastStatus.AtRisk, "only in two libraries", RoundKind.Outcome);
        yield return Case("Uusi asiakasrekisteri otettiin käyttöön kaikissa nuorisotaloissa huhtikuussa; tietojen siirto vanhasta järjestelmästä on yhä kesken.", ForecastStatus.AtRisk,
            "in use, but the transfer still unfinished");
        yield return Case("Kirjastoauto otettiin käyttöön maaliskuussa; kaikkia reittejä ei ole vielä aloitettu.", ForecastStatus.AtRisk, "in use, not all routes begun");
        yield return Case("Käyntimäärät kasvoivat. Käyntikertaa kohden laskettu hinta puolestaan laski.", ForecastStatus.OnTrack, "a price per visit that fell is no fall of use", RoundKind.Outcome);
        yield return Case("Sairauspoissaolot olivat 4,1 prosenttia, kun tavoitteena oli alle 5 prosenttia koko henkilöstön osalta ja alle 3 prosenttia esihenkilöillä, joiden osuus oli 3,6.",
            ForecastStatus.AtRisk, "one of two ceilings broken", RoundKind.Outcome);
        yield return Case("Kävijämäärä jäi tavoitteen alle yhden prosentin verran.", ForecastStatus.WillNotBeMet, "below the target by one per cent", RoundKind.Outcome);
        yield return Case("Ingen budgetöverskridning väntas.", ForecastStatus.OnTrack, "no overrun expected");
        yield return Case("Budgetöverskridningen undveks genom besparingar.", ForecastStatus.Achieved, "an overrun avoided", RoundKind.Outcome);
        yield return Case("Budgetöverskridningen blev sex procent.", ForecastStatus.WillNotBeMet, "an overrun that came", RoundKind.Outcome);
        yield return Case("Kirjastoauto otetaan käyttöön arvioitua myöhemmin.", ForecastStatus.AtRisk, "later than estimated is a delay, not an assessment deferred");
        yield return Case("Ennuste annetaan myöhemmin.", ForecastStatus.NotAssessed, "the forecast itself comes later");
        yield return Case("Simhallen öppnar senare än i den ursprungliga tidplanen.", ForecastStatus.AtRisk, "later than the schedule");
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
