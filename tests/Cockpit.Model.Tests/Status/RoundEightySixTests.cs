using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 86, read once it was measured: its dangerous rows first — the year's costs that "kohoavat" past the budget; work
/// done "för 104 000 euro medan budgeten var 80 000"; a budgeted deficit "minus på 700 000" that became "minus 9,9
/// miljoner"; "It seems plausible"; a permit that "tros bli färdigt"; a bid within the budget and work that waits on extra
/// funds. Then the families: "sovitun 900:n tilalle", "laskelmien valossa"; "karsiutui"; "vietiin läpi"; a plan in brackets
/// or "planen 240"; "årets planerade antal var 22"; "with 170 expected"; "150:n sijaan"; a sum set aside ("varaus"); a rise
/// "keskeytyksettä", a fall "yhtäjaksoisesti"; "for all of 2087"; a programme's rest in its last year named before it;
/// "klart att användas"; "ökning jämfört med 2008"; terms that "neuvotellaan", "förhandlas"; a
/// ceiling of ten in words; "tarjoaa … 7 kirjastoa 22:sta"; fees that "puuttui budjetoituun nähden".
/// </summary>
public class RoundEightySixTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Sähkön hinta nousi. Vuoden sähkökulut kohoavat siksi 0,94 M€:oon, budjetti 0,80 M€.", ForecastStatus.WillNotBeMet, "the year's costs rising past the budget", forecast, 2087);
        yield return Case("Bastun renoverades för 96 000 euro medan budgeten var 80 000 euro.", ForecastStatus.WillNotBeMet, "work done for more than its budget", outcome, 2087);
        yield return Case("Bastun renoverades för 66 000 euro medan budgeten var 80 000 euro.", ForecastStatus.Achieved, "work done for less than its budget", outcome, 2087);
        yield return Case("Ett budgeterat minus på 300 000 euro blev i stället minus 2,1 miljoner.", ForecastStatus.WillNotBeMet, "a deficit far deeper than budgeted", outcome, 0);
        yield return Case("It seems plausible that all twelve evenings will be held.", ForecastStatus.AtRisk, "plausible is not sure", forecast, 2087);
        yield return Case("Uppförandet av förskolan är fördröjt. Bygglovet är ännu inte klart, men tros bli färdigt i november.", ForecastStatus.AtRisk, "a delay, and a date only believed", forecast, 2087);
        yield return Case("Anbudet var det enda som höll sig inom budgeterade medel. Om fullmäktige beviljar tilläggsmedel kan arbetet inledas i år.", ForecastStatus.AtRisk, "a bid within the budget, the work on extra funds", forecast, 2087);
        yield return Case("Lainoja kertyy laskelmien valossa noin 520 sovitun 700:n tilalle.", ForecastStatus.WillNotBeMet, "the year's count as reckoned, short", forecast, 2087);
        yield return Case("Kuulantyöntöpaikka karsiutui tämän vuoden korjauskohteista.", ForecastStatus.WillNotBeMet, "dropped from this year's works", forecast, 2087);
        yield return Case("Ohjelman 20 kohdasta 12 vietiin läpi.", ForecastStatus.AtRisk, "carried through in part", outcome, 2087);
        yield return Case("Lautapelien lainat kirjastoista 410 (suunnitelma 300).", ForecastStatus.Achieved, "past the plan in brackets", outcome, 2087);
        yield return Case("Vid årets slut var deltagarna 360, planen 240.", ForecastStatus.Achieved, "past the plan, appositive", outcome, 2087);
        yield return Case("Fritidsgården höll 27 spelkvällar i januari–april, och årets planerade antal var 22.", ForecastStatus.Achieved, "past the year's planned number", forecast, 2087);
        yield return Case("Well above plan: 240 children attended the Saturday clubs, with 150 expected.", ForecastStatus.Achieved, "more than expected", outcome, 2087);
        yield return Case("Rumpupajoihin osallistui vuoden aikana 210 nuorta 150:n sijaan.", ForecastStatus.Achieved, "more than the figure it replaced", outcome, 2087);
        yield return Case("Rumpupajoihin osallistui vuoden aikana 90 nuorta 150:n sijaan.", ForecastStatus.WillNotBeMet, "fewer than the figure it replaced", outcome, 2087);
        yield return Case("Kenttien uusi pinnoite maksoi 168 000 euroa; varaus 140 000 euroa.", ForecastStatus.WillNotBeMet, "past the sum set aside", outcome, 2087);
        yield return Case("Äänikirjojen lainat kohosivat maaliskuusta elokuuhun lähes keskeytyksettä.", ForecastStatus.OnTrack, "a rise without a break", forecast, 2087);
        yield return Case("Lehtisalien käynnit hupenivat helmikuusta heinäkuuhun yhtäjaksoisesti.", ForecastStatus.AtRisk, "a fall without a break", forecast, 2087);
        yield return Case("By late May the library had hosted 31 quiz evenings, while 24 were planned for all of 2087.", ForecastStatus.Achieved, "past the whole year's plan", forecast, 2087);
        yield return Case("Nya skyltar sattes upp i sex parker under året, och de övriga fyra följer 2088 då programmet 2086–2088 avslutas.", ForecastStatus.OnTrack, "the rest in the programme's last year", outcome, 2087);
        yield return Case("Benches went up in five parks this year; three more follow in 2088, closing out this three-year scheme.", ForecastStatus.OnTrack, "the rest in the scheme's last year", outcome, 2087);
        yield return Case("Nu står det nya utegymmet klart att användas.", ForecastStatus.Achieved, "ready for use", forecast, 0);
        yield return Case("Antalet lån var 52 000, vilket var en liten ökning jämfört med 2085.", ForecastStatus.OnTrack, "more than an earlier year", outcome, 0);
        yield return Case("Tanssiryhmä tarvitsee syksyksi salin, koska talon sali remontoidaan. Vuokrasalin ehdoista neuvotellaan.", ForecastStatus.AtRisk, "terms still being negotiated", forecast, 2087);
        yield return Case("Hyresavtalet för salen förhandlas fortfarande.", ForecastStatus.AtRisk, "an agreement still negotiated", forecast, 2087);
        yield return Case("Kirjastoautojen huoltokatkoja kirjattiin vuodelta neljä kahdeksan katkon ylärajan alla.", ForecastStatus.Achieved, "under a ceiling, both in words", outcome, 2087);
        yield return Case("Lainattavia lautapelejä tarjoaa vuoden päättyessä 6 kirjastoa 20:stä.", ForecastStatus.AtRisk, "offered in part of the whole", outcome, 2087);
        yield return Case("Työpajamaksuista puuttui budjetoituun nähden 18 000 euroa.", ForecastStatus.WillNotBeMet, "fees short of the budgeted", outcome, 2087);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
