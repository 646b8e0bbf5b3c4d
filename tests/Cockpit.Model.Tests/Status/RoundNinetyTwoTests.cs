using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 92, read in part once it was measured: its dangerous rows first — an appeal that "mutkistaa tilanteen"; "en viss oro
/// för att möta deadlinen"; "Kostnadsbudgeten hålls, men pengarna in är inte i närheten av vad man räknat med" (a mix); the
/// cheapest bid over a reservation ("varauksen ollessa") in a forecast, a rent against a reservation a cost. Then its
/// families: the year's agreed figure as the target before a figure or closing the sentence ("vuodelle sovitut 10 ryhmää",
/// "ohitti vuodelle sovitun"); "viikko viikolta" and a steady thinning out; "sovittuja oli kymmenen"; ", suunniteltu 100";
/// "puuttuu … tyytyväisyystieto"; "följer 2094 då programmet avslutas"; "Vi tror knappast på"; "pudotettiin tämän vuoden
/// töistä"; "Avaamispäivää ei pystytä nimeämään"; "blev dyr: 93 000 euro, fast budgeten tillät 61 000"; its real rows: a field
/// ("kenttä") finished or "saatiin käyttöön", and finances "miinusmerkkiseksi".
/// </summary>
public class RoundNinetyTwoTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Uutta kenttää olisi tarkoitus alkaa rakentaa tänä vuonna. Valitus rakennusluvasta mutkistaa tilannetta.", ForecastStatus.AtRisk, "an appeal complicates it", forecast, 0);
        yield return Case("Projektledaren känner oro för att bryggan inte blir klar i tid.", ForecastStatus.AtRisk, "worry", forecast, 0);
        yield return Case("Kostnadsbudgeten hålls, men intäkterna är inte i närheten av vad man räknat med.", ForecastStatus.AtRisk, "costs kept, income nowhere near what was expected", forecast, 0);
        yield return Case("Halvin tarjous kattoremontista kohosi 0,31 M€:oon varauksen ollessa 0,24 M€.", ForecastStatus.WillNotBeMet, "the cheapest bid over the reservation", forecast, 2093);
        yield return Case("Festivaalin lipputuloja kertyi 0,21 M€ (budjetissa 0,17 M€), äänentoiston vuokra paisui 0,06 M€:oon varauksen ollessa 0,04 M€.", ForecastStatus.AtRisk, "income over its budget, a rent over its reservation", outcome, 2093);
        yield return Case("Kuntosalikäyntejä kertyi elokuun loppuun 9 300, ja määrä ohitti vuodelle sovitut 8 000 käyntiä.", ForecastStatus.Achieved, "past the year's agreed figure during the year", forecast, 2093);
        yield return Case("Työpajoja pidettiin 40, osallistujia kävi 620, kumpikin luku ohitti vuodelle sovitun.", ForecastStatus.Achieved, "both past the figure agreed for the year", outcome, 2093);
        yield return Case("Lautapelien lainat lisääntyvät helmikuusta lähtien viikko viikolta.", ForecastStatus.OnTrack, "a rise week by week", forecast, 2093);
        yield return Case("Aamukäynnit uimahallissa ovat harventuneet maaliskuusta alkaen tasaisesti.", ForecastStatus.AtRisk, "a steady thinning out", forecast, 2093);
        yield return Case("Vuoden määrä pysähtyy viiteen, sovittuja oli kahdeksan.", ForecastStatus.WillNotBeMet, "the year's figure short of the agreed one", forecast, 2093);
        yield return Case("Kesäkursseille osallistui 240 lasta, suunniteltu 200.", ForecastStatus.Achieved, "more than planned, at year end", outcome, 2093);
        yield return Case("Kysely alkaa vasta tammikuussa 2094, joten vuodelta puuttuu mitattu tyytyväisyystieto.", ForecastStatus.NotAssessed, "no data for the year", outcome, 2093);
        yield return Case("Sex skolor fick nya lekredskap i år, de två sista skolorna följer 2094 då programmet avslutas.", ForecastStatus.OnTrack, "a programme's last part in its closing year", outcome, 2093);
        yield return Case("Vi tror knappast på alla åtta föreläsningar i år.", ForecastStatus.WillNotBeMet, "hardly believed in: probably not", forecast, 2093);
        yield return Case("Uimarannan laiturin uusiminen pudotettiin tämän vuoden korjaustöistä.", ForecastStatus.WillNotBeMet, "dropped from the year's works", forecast, 2093);
        yield return Case("Salin katto vuotaa. Korjaajaa ei ole saatu, eikä avaamispäivää pystytä nimeämään.", ForecastStatus.AtRisk, "no opening date can be named", forecast, 2093);
        yield return Case("Koulun viereen valmistui uusi tekonurmikenttä toukokuussa.", ForecastStatus.Achieved, "a field finished during the year", forecast, 0);
        yield return Case("Pitkään odotettu pesäpallokenttä saatiin käyttöön syyskuussa.", ForecastStatus.Achieved, "a field taken into use", forecast, 0);
        yield return Case("Kunnan talous sukelsi viime vuonna miinusmerkkiseksi.", ForecastStatus.WillNotBeMet, "finances in the red", outcome, 0);
        yield return Case("Den nya ljudanläggningen blev dyr: 48 000 euro, fast budgeten tillät 30 000.", ForecastStatus.WillNotBeMet, "expensive, past what the budget allowed", outcome, 2093);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
