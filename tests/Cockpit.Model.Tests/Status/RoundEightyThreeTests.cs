using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 83, read once it was measured: its dangerous rows first — "mot förväntade 1 200" as a target; "Beyond reach"; a
/// part over budget and the whole kept "kaiken kaikkiaan"; something that cut the use of the services. Then the families:
/// the year's figure as forecast ("Laskelmamme mukaan", "Vuodeksi tulee", "vuoden kulut nousevat") or set ("vuoden
/// määräksi sovittiin", "helåret var satt till"); "Emme usko … pääsevän"; amounts against what was reserved or expected;
/// a ceiling named after its figure; counts out of a whole with the verb between; a third of the planned at year end; rises
/// from one figure to another or month on month; "öppnar", "Luovumme", a work left outside the year's programme; no
/// delivery date promised; moving into new premises; ready for use; open again; statistics not ready; a part put off
/// "på framtiden"; a delay with a new date inside the year. Then rows of older rounds the same reading reached: a thing
/// inaugurated, a surplus beside "budgeterade", "mittariin kirjattu"; the year's forecast opening the sentence; a move to
/// the spring; trends said in words; a fall against last year, large or small; two counts against a bracketed pair.
/// </summary>
public class RoundEightyThreeTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Alla sex konserterna hölls. Publiken var 420 mot förväntade 900.", ForecastStatus.AtRisk, "every one held, the audience short of the expected", outcome, 2084);
        yield return Case("Publiken var 950 mot förväntade 900.", ForecastStatus.Achieved, "an audience past the expected", outcome, 2084);
        yield return Case("Out of reach this year: the centre has held 3 of its 20 clinics.", ForecastStatus.WillNotBeMet, "out of reach", forecast, 2084);
        yield return Case("Kulttuuripalvelujen menot ylittyivät talousarvioon nähden 90 000 eurolla. Palvelualueet pysyivät talousarviossa kaiken kaikkiaan hyvin.", ForecastStatus.AtRisk,
            "one overran, the whole kept", outcome, 2084);
        yield return Case("Remontti ja sulku vähensivät kävijä- ja lainausmääriä.", ForecastStatus.AtRisk, "something cut the use of the services", outcome, 2084);
        yield return Case("Arviomme mukaan vuoden kävijämäärä on noin 2 100 sovitusta 2 600:sta.", ForecastStatus.WillNotBeMet, "the year's figure as we reckon it, short", forecast, 2084);
        yield return Case("Vuodeksi tulee siten 30 kurssia sovitun 36:n sijaan.", ForecastStatus.WillNotBeMet, "the year's figure, short of the agreed", forecast, 2084);
        yield return Case("Vuoden kulut nousevat 0,44 M€:oon budjetoidun 0,38 M€:n sijaan.", ForecastStatus.WillNotBeMet, "the year's costs over the budget", forecast, 2084);
        yield return Case("Kajakkeja lainattiin heinäkuun loppuun mennessä 410 kertaa, ja vuoden määräksi sovittiin 350.", ForecastStatus.Achieved, "past the year's agreed count already", forecast, 2084);
        yield return Case("Fritidsgården har under januari–april hållit 18 kvällar, medan helåret var satt till 15.", ForecastStatus.Achieved, "past the full year's figure already", forecast, 2084);
        yield return Case("By early June the reading club had drawn 160 members, against 120 set for the year.", ForecastStatus.Achieved, "past the year's figure by June", forecast, 2084);
        yield return Case("By early June the reading club had drawn 60 members, against 120 set for the year.", ForecastStatus.AtRisk, "short so far, the year still open", forecast, 2084);
        yield return Case("Emme usko sirkuskoulun pääsevän vuoden 30 harjoituskertaan.", ForecastStatus.WillNotBeMet, "we do not believe it will reach", forecast, 2084);
        yield return Case("Kirjaston tietokantamaksuihin kului 0,31 M€ varatusta 0,36 M€:sta.", ForecastStatus.Achieved, "spent less than reserved", outcome, 2084);
        yield return Case("Kirjaston tietokantamaksuihin kului 0,41 M€ varatusta 0,36 M€:sta.", ForecastStatus.WillNotBeMet, "spent more than reserved", outcome, 2084);
        yield return Case("Uimahallin vuorovuokrat supistuivat remontin vuoksi 21 000 euroa odotetusta.", ForecastStatus.WillNotBeMet, "rents let short of the expected", outcome, 2084);
        yield return Case("Saunan korjauksen laskuja tuli 96 000 euroa, ja kustannuslaskelma oli 80 000 euroa.", ForecastStatus.WillNotBeMet, "bills over the cost estimate", outcome, 2084);
        yield return Case("Kokoelmien hävikki pysyi 1,4 prosentissa 2 prosentin katon alla.", ForecastStatus.Achieved, "under a ceiling named after its figure", outcome, 2084);
        yield return Case("Kokoelmien hävikki nousi 2,6 prosenttiin 2 prosentin katon yli.", ForecastStatus.WillNotBeMet, "over a ceiling named after its figure", outcome, 2084);
        yield return Case("Turvallisuussuunnitelman 18 toimenpiteestä tehtiin 11.", ForecastStatus.AtRisk, "a count out of a whole, the verb between", outcome, 2084);
        yield return Case("Lippuja voi ostaa verkosta 6 museossa 11:stä.", ForecastStatus.AtRisk, "possible in part of the whole", outcome, 2084);
        yield return Case("Kursseille osallistui 40 henkeä, mikä on puolet suunnitellusta 80:stä.", ForecastStatus.WillNotBeMet, "half of the planned at year end", outcome, 2084);
        yield return Case("Jäsenten määrä lisääntyi 1 200:sta 1 450:een.", ForecastStatus.OnTrack, "a rise from one figure to a higher", outcome, 2084);
        yield return Case("Jäsenten määrä väheni 1 450:stä 1 200:aan.", ForecastStatus.AtRisk, "a fall from one figure to a lower", outcome, 2084);
        yield return Case("Iltapäiväkerhon kävijämäärä on kohonnut kuukaudesta toiseen.", ForecastStatus.OnTrack, "a rise month on month", forecast, 2084);
        yield return Case("Den nya paviljongen öppnar för besökare i maj 2085.", ForecastStatus.WillNotBeMet, "opens only next year", forecast, 2084);
        yield return Case("Målet gäller bokningssystemet som öppnar i oktober, och rapporten beskriver bara upphandlingen.", ForecastStatus.NotAssessed,
            "what opens names the thing", forecast, 2084);
        yield return Case("Luovumme vuoden tavoitteesta, sillä halli on suljettu syksyn.", ForecastStatus.WillNotBeMet, "we give up the year's target", forecast, 2084);
        yield return Case("Kentän valaistuksen uusiminen rajattiin tämän vuoden korjausohjelman ulkopuolelle.", ForecastStatus.WillNotBeMet, "left out of the year's work", forecast, 2084);
        yield return Case("Hissi on rikki, eikä valmistaja ole luvannut toimituspäivää varaosalle.", ForecastStatus.AtRisk, "no delivery date promised", forecast, 2084);
        yield return Case("Ungdomsgården flyttar till nya lokaler i skolan under hösten.", ForecastStatus.OnTrack, "moving into new premises, no postponement", forecast, 2084);
        yield return Case("Nu är konstgräsplanen besiktigad och klar att tas i bruk.", ForecastStatus.Achieved, "ready for use", forecast, 2084);
        yield return Case("Planen skulle vara klar att tas i bruk i maj, men arbetet drar ut på tiden.", ForecastStatus.AtRisk, "was to be ready, and is late", forecast, 2084);
        yield return Case("Vantaan uimahalli on jälleen avoinna.", ForecastStatus.Achieved, "open again", forecast, 2084);
        yield return Case("Kirjastojen viime vuoden tilastot eivät ole vielä valmiit.", ForecastStatus.NotAssessed, "no statistics yet", outcome, 2084);
        yield return Case("En del av ombyggnaden av simhallen får skjutas på framtiden.", ForecastStatus.WillNotBeMet, "put off past the year", forecast, 2084);
        yield return Case("Ett beslut om simhallen skjuts på framtiden.", ForecastStatus.NotAssessed, "a decision put off is procedure", forecast, 2084);
        yield return Case("Lainausautomaattien käyttöönotto viivästyi keväällä, mutta kaikki kirjastot ottavat ne käyttöön syyskuussa.", ForecastStatus.OnTrack,
            "a delay, then a new date inside the year", forecast, 2084);
        yield return Case("Salin valmistuminen viivästyi, mutta se otetaan käyttöön syksyn aikana.", ForecastStatus.OnTrack, "a delay, then use in the autumn", forecast, 2084);
        yield return Case("Salin valmistuminen viivästyi, eikä ole varmaa, saadaanko se käyttöön ennen lokakuuta.", ForecastStatus.AtRisk, "a delay and a deadline in doubt", forecast, 2084);
        yield return Case("Salin valmistuminen viivästyi. Pukuhuoneet valmistuvat suunnitellusti elokuussa.", ForecastStatus.AtRisk, "another part's date is no answer", forecast, 2084);
        yield return Case("Det nya badhuset invigdes i maj.", ForecastStatus.Achieved, "inaugurated, whatever the building", forecast, 2084);
        yield return Case("Prognosen för antalet besök är 3 100 mot budgeterade 4 000.", ForecastStatus.WillNotBeMet, "the forecast opening the sentence is the year's", forecast, 2084);
        yield return Case("Kentän pinnoitus siirtyy kevääseen.", ForecastStatus.WillNotBeMet, "put off to the next spring", forecast, 2084);
        yield return Case("Sateinen syksy siirtäisi kentän pinnoituksen kevääseen.", ForecastStatus.AtRisk, "would put off, a condition", forecast, 2084);
        yield return Case("Energianvändningen i idrottshallarna fortsätter att minska.", ForecastStatus.OnTrack, "what is better lower keeps falling", outcome, 2084);
        yield return Case("Besöken på museet fortsätter att minska.", ForecastStatus.AtRisk, "visits keep falling", outcome, 2084);
        yield return Case("Mängden restavfall per invånare minskar kontinuerligt.", ForecastStatus.OnTrack, "waste falling steadily", outcome, 2084);
        yield return Case("Besöken på biblioteket sjönk något jämfört med föregående år.", ForecastStatus.AtRisk, "a small fall at year end, the wrong direction", outcome, 2084);
        yield return Case("Besöken på biblioteket minskade med 30 procent jämfört med föregående år.", ForecastStatus.WillNotBeMet, "a large fall at year end", outcome, 2084);
        yield return Case("Lainaus jäi neljänneksen edellisvuotta pienemmäksi.", ForecastStatus.WillNotBeMet, "a fall by a quarter at year end", outcome, 2084);
        yield return Case("Kursseja pidettiin 14 ja osallistujia oli 260, eli molemmat luvut ylittivät sovitut (12 ja 200).", ForecastStatus.Achieved, "both counts past the bracketed pair", outcome, 2084);
        yield return Case("Kursseja pidettiin 9 ja osallistujia oli 150, eli molemmat luvut jäivät sovituista (12 ja 200).", ForecastStatus.WillNotBeMet, "both counts short of the bracketed pair", outcome, 2084);
        yield return Case("Kursseja pidettiin 14 ja osallistujia oli 2 600, eli molemmat luvut ylittivät sovitut (12 ja 2 000).", ForecastStatus.Achieved, "a pair in thousands", outcome, 2084);
        yield return Case("Kursseja pidettiin 14 ja osallistujia oli 150, kun sovitut luvut olivat (12 ja 200).", ForecastStatus.AtRisk, "one count past its own, one short", outcome, 2084);
        yield return Case("Kursseja on pidetty elokuun loppuun 9 ja osallistujia on ollut 150, kun vuoden määrä on (12 ja 200).", ForecastStatus.AtRisk, "both short so far", forecast, 2084);
        yield return Case("Bokslutet visar ett överskott om 1,2 miljoner mot budgeterade drygt 0,3 miljoner.", ForecastStatus.Achieved, "a surplus past the budgeted one", outcome, 2084);
        yield return Case("Neuvontaa annettiin 2 100 asiakkaalle, mikä on enemmän kuin mittariin kirjattu 1 800.", ForecastStatus.Achieved, "more than the metric's written figure", outcome, 2084);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
