using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 77's dangerous rows and their neighbours, read once it was measured: a "budgetunderskott" for the whole year; an
/// unwelcome record; a deviation from the budget signed on its amount; a good chance to reach the goal; then some of its
/// other misses: late fees ("myöhästymismaksut") as income, not a delay; "mot planerade 200", the plan's figure after its
/// word; one measure "enligt målet" before a "medan" and another short; "föga talar för", "hinns med", "the odds
/// favour"; "ei osaa sanoa, milloin", a date no one can give; "vuosi päättyy noin 470", where the year ends; a result
/// "painumassa" to a deficit; "ylityspaineita"; "verokertymä" as income; a deficit threatened after a clause ending in -n;
/// a budget adopted or proposed, a plan, and the balance the text then gives as that plan's.
/// </summary>
public class RoundSeventySevenTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Prognosen för helåret är 2,4 miljoner kronors budgetunderskott och nämnden går med över en miljon minus.", ForecastStatus.WillNotBeMet,
            "a budget deficit for the whole year, with a second amount after it", forecast);
        yield return Case("Prognosen för 2077 visar ett budgetunderskott på 410 000 euro.", ForecastStatus.WillNotBeMet, "a budget deficit in the year's forecast", forecast, 2077);
        yield return Case("Per sista april har nämnden ett budgetunderskott på 0,6 miljoner kronor.", ForecastStatus.AtRisk, "a budget deficit so far", forecast);
        yield return Case("Kommunen slog ett ovälkommet rekord i oktober, med färre invånare än någonsin.", ForecastStatus.AtRisk, "an unwelcome record", forecast);
        yield return Case("Kävijämäärä oli ennätyksellisen alhainen.", ForecastStatus.AtRisk, "a record low", forecast);
        yield return Case("Museet noterade ett besöksrekord i oktober.", ForecastStatus.OnTrack, "a record, welcome", forecast);
        yield return Case("Jämfört med årets budgeterade resultat på 4,1 miljoner kronor blir det en avvikelse på -2,3 miljoner kronor.", ForecastStatus.WillNotBeMet,
            "a deviation from the budget, minus on its amount", forecast);
        yield return Case("Jämfört med årets budgeterade resultat på 4,1 miljoner kronor blev det en avvikelse på +0,8 miljoner kronor.", ForecastStatus.Achieved,
            "a deviation from the budget, plus on its amount", outcome);
        yield return Case("Kun uudistus käynnistyy, meillä on hyvä mahdollisuus saavuttaa talouden tasapaino.", ForecastStatus.AtRisk, "a good chance to reach", forecast);
        yield return Case("Vi har goda möjligheter att nå målet i år.", ForecastStatus.AtRisk, "good chances to reach", forecast);
        yield return Case("Meillä on hyvä mahdollisuus saavuttaa tavoite.", ForecastStatus.AtRisk, "a good chance, at year end still to come", outcome);
        yield return Case("Nuorilla on nyt mahdollisuus osallistua kerhoihin kaikissa nuorisotaloissa.", ForecastStatus.NotAssessed,
            "an opportunity to take part: no hedge, no verdict", forecast);
        yield return Case("Kirjastojen myöhästymismaksuista puuttui vuoden lopussa 12 000 euroa budjetoidusta.", ForecastStatus.WillNotBeMet,
            "late fees short of the budget: income, not a delay", outcome, 2077);
        yield return Case("Kirjastojen myöhästymismaksuja kertyi 12 000 euroa budjetoitua enemmän.", ForecastStatus.Achieved, "late fees above the budget", outcome, 2077);
        yield return Case("Kentän avaaminen myöhästyi kuukaudella.", ForecastStatus.AtRisk, "a late opening is still a delay", forecast, 2078);
        yield return Case("Schackkurserna samlade 45 deltagare mot planerade 120.", ForecastStatus.WillNotBeMet, "short of the figure planned, written before it", outcome, 2077);
        yield return Case("Schackkurserna samlade 130 deltagare mot planerade 120.", ForecastStatus.Achieved, "past the figure planned", outcome, 2077);
        yield return Case("Utlåningen ökade enligt målet, medan antalet författarbesök blev 6 mot planerade 10.", ForecastStatus.AtRisk,
            "one measure as the goal, another short after 'medan'", outcome, 2077);
        yield return Case("Föga talar för att målet på 12 läsecirklar hinns med i år.", ForecastStatus.WillNotBeMet, "little speaks for it: unlikely", forecast, 2078);
        yield return Case("Mycket talar för att målet på 12 läsecirklar hinns med i år.", ForecastStatus.AtRisk, "much speaks for it: likely, not sure", forecast, 2078);
        yield return Case("Alla tolv läsecirklar hinns med i år.", ForecastStatus.OnTrack, "done in time, a forecast", forecast, 2078);
        yield return Case("The odds favour reaching 30 guided walks this summer.", ForecastStatus.AtRisk, "the odds favour it: likely", forecast, 2078);
        yield return Case("Urakoitsija ei osaa sanoa, milloin laitteet saapuvat, eikä asennukselle ole sovittu uutta aloituspäivää.", ForecastStatus.AtRisk,
            "no one can say when: a delay with no date, not an assessment withheld", forecast, 2078);
        yield return Case("Tavoitteen tilaa ei pystytä sanomaan ennen kyselyn tuloksia.", ForecastStatus.NotAssessed, "cannot be said: not assessed", forecast, 2078);
        yield return Case("Opastuksia on pidetty syyskuun loppuun 300, joten vuosi päättyy noin 380 opastukseen 500 opastuksen tavoitteesta.", ForecastStatus.WillNotBeMet,
            "where the year ends, short of the target, after a count so far", forecast, 2078);
        yield return Case("Opastuksia on pidetty syyskuun loppuun 300, joten vuosi päättyy noin 520 opastukseen 500 opastuksen tavoitteesta.", ForecastStatus.OnTrack,
            "where the year ends, past the target", forecast, 2078);
        yield return Case("Vuoden 2077 talousarvio laadittiin nollatulokseen, mutta tilikauden tulos on painumassa arvion mukaan 2,1 miljoonaa euroa alijäämäiseksi.",
            ForecastStatus.WillNotBeMet, "a result sinking to a deficit for the year", forecast, 2077);
        yield return Case("Henkilöstömenoissa on jonkin verran ylityspaineita.", ForecastStatus.AtRisk, "pressure to overrun is a risk, not an overrun", forecast);
        yield return Case("Henkilöstömenot ylittivät talousarvion 0,4 miljoonalla eurolla.", ForecastStatus.WillNotBeMet, "an overrun itself", outcome);
        yield return Case("Verokertymä ylitti talousarviossa ennakoidun 2 miljoonalla eurolla.", ForecastStatus.Achieved, "tax accrued above the budget is income", outcome);
        yield return Case("Kun myös tulopuoli näyttää pettävän, uhkaa tilinpäätös päätyä noin miljoonan euron alijäämään.", ForecastStatus.AtRisk,
            "a deficit threatened after a clause ending in -n", forecast);
        yield return Case("Talousarvio ei ole toteutumassa läheskään toivotulla tavalla. Kun myös tulopuoli näyttää pettävän, uhkaa tilinpäätös päätyä noin miljoonan euron alijäämään.",
            ForecastStatus.WillNotBeMet, "the budget not being realised, then the threat that follows", forecast);
        yield return Case("Kunnanhallitus esittää valtuustolle ensi vuodelle lievästi alijäämäistä talousarviota. Alijäämää olisi 0,2 miljoonaa euroa.",
            ForecastStatus.NotAssessed, "a budget proposed, and the balance it plans", forecast);
        yield return Case("Valtuusto hyväksyi ensi vuoden talousarvion. Talousarvio on 300 000 euroa ylijäämäinen, mutta epävarmuustekijöitä on.",
            ForecastStatus.NotAssessed, "a budget adopted, its planned surplus hedged", forecast);
        yield return Case("Fullmäktige har godkänt budgeten för nästa år. Budgeten visar ett resultat på 80 000 euro.", ForecastStatus.NotAssessed,
            "a budget approved and its result", forecast);
        yield return Case("Årets resultat blir betydligt sämre än budgeterat. Fullmäktige godkände ifjol en budget med ett underskott på 1,2 miljoner.",
            ForecastStatus.WillNotBeMet, "this year's budget adopted last year is background", forecast);
        yield return Case("Nämnden har antagit en ekonomisk handlingsplan för att klara budgeten för 2078. Det beräknade underskottet på 0,5 miljoner kronor ska klaras genom besparingar.",
            ForecastStatus.AtRisk,
            "an action plan adopted is not the budget", forecast, 2078);
        yield return Case("Kesän kuudesta turnauksesta on pelattu kaikki, mutta syksyn kursseille on ilmoittautunut 30 pelaajaa 160 paikalle.", ForecastStatus.AtRisk,
            "every event of a count held, then places barely filled after a but", forecast, 2078);
        yield return Case("Kesän kuudesta turnauksesta on pelattu kaikki, ja syksyn kursseille on ilmoittautunut 150 pelaajaa 160 paikalle.", ForecastStatus.OnTrack,
            "the same with the places nearly filled and no but", forecast, 2078);
        yield return Case("Resultatet blir 4 miljoner kronor sämre än budgeterat. Nämnderna visar sammantaget ett positivt resultat.", ForecastStatus.AtRisk,
            "the whole worse than budgeted, the boards in surplus in a later sentence: one way and the other", forecast);
        yield return Case("Talousarviossa varauduttiin 300 000 euron alijäämään.", ForecastStatus.NotAssessed, "the deficit a budget prepared for is its plan", forecast);
        yield return Case("Kirjaston tuloja kertyi 5,8 milj. euroa, kun talousarviossa oli varauduttu 5,3 milj. euroon.", ForecastStatus.Achieved,
            "what the budget prepared for as income is its figure", outcome);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
