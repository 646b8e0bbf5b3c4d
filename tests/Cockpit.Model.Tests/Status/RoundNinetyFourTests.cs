using Cockpit.Status;
using static Cockpit.Model.Tests.Status.CarefulReading;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Round 94, read once it was measured, its dangerous rows first: changing-room and sauna rents are what users pay, income;
/// "Muussa tapauksessa … odottaa", "I annat fall …" (the fallback is a wait, so the plan hangs on a condition); at year end
/// "De övriga sju … levereras i april" (the rest after the year); "noin puolet … edeltävästä määrästä" (half the usual
/// level); "kommer nu istället att förverkligas sommaren 2021" (done instead in a later year); "långt över förväntan" and
/// "past every estimate" at year end (a comparison frames nothing); "vuoden tavoite 750" and "held 15 … against a plan of
/// 11" already passed during the year; seats left empty ("120 paikasta täyttyi 41", "4 sign-ups for 20 seats") at year end;
/// "kaksi päivää sallitusta seitsemästä" (within an allowance); "käy … 8 kirjastossa 21:stä"; "Pukinmäkeä vaille" (all but one);
/// with round 93 (dev 99) beside it: a bill ("lasku", "räkningen") against its appropriation; season passes as income; people
/// "yli arvion" with no money named; "jäi taakse" (passed); "mikä ylittää vuoden tavoitteet" so far, "molemmilta osin" (wholly);
/// "Pidämme hyvin epätodennäköisenä"; "selvää tahtia"; "av målets 900"; "…, sen sijaan …" as a contrast; "Det vore ett under"
/// (infeasible); "Tämän kesän … on peruttu" (the whole event); costs "högre än inkomsterna" (a deficit); "sovitun tason
/// ollessa 160" (the level's figure); "sähkönkulutusmittareita" lent; "nykyään kaikki kirjastot"; a delay, then a new date
/// within the year in a later sentence (rescheduled, the family of line 38 in rounds 89, 92, 93 and 94); at year end
/// "arvioitiin" looks back; "fyllde fyra platser av arton", "5 of 22 places were taken"; a plan in words ("av planerade tio",
/// "fler än de tio som planerats"); at year end "hölls stängt under sommaren", "vuosi kului ilman …" (nothing held); a plan B
/// after a condition ("…, flyttas språkcaféerna till …", line 69 of rounds 91–94); a ceiling kept so far in a forecast; "varatusta
/// 0,38 M€:sta"; "palvelee … 11 kirjaston lainaustiskillä 20:stä"; "säästöä kertyi 13 000 euroa"; "kan inte återställas …
/// under innevarande vinter" (not this season).
/// </summary>
public class RoundNinetyFourTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        const RoundKind forecast = RoundKind.Forecast, outcome = RoundKind.Outcome;
        yield return Case("Uimahallien saunavuokrat jäivät 12 000 euroa alle budjetoidun.", ForecastStatus.WillNotBeMet, "rents users pay, short of the budget", outcome, 2095);
        yield return Case("Vain syyskuussa myönnettävä avustus mahdollistaa Malmin skeittiparkin valaistuksen. Muussa tapauksessa hanke odottaa ensi vuoden talousarviota.", ForecastStatus.AtRisk, "otherwise it waits: a condition", forecast, 2095);
        yield return Case("Om bygglovet beviljas i juni blir läktaren klar i augusti. I annat fall väntar arbetet på nästa lovomgång.", ForecastStatus.AtRisk, "otherwise it waits: a condition", forecast, 2095);
        yield return Case("Fyra av tio bibliotek fick nya återlämningsautomater. De övriga sex levereras i februari.", ForecastStatus.AtRisk, "the rest delivered after the year", outcome, 2095);
        yield return Case("Kävijöitä kertyi noin puolet pandemiaa edeltävästä määrästä.", ForecastStatus.AtRisk, "half the usual level", forecast, 0);
        yield return Case("Publiken var bara hälften av den normala nivån.", ForecastStatus.AtRisk, "half the usual level", forecast, 0);
        yield return Case("Sommarens musikal fick byta regissör i våras. Den sätts istället upp sommaren 2024.", ForecastStatus.WillNotBeMet, "staged instead in a later year", forecast, 0);
        yield return Case("Kesän näyttelyn ohjaaja vaihtui. Se avataan sen sijaan kesällä 2024.", ForecastStatus.WillNotBeMet, "opened instead in a later year", forecast, 0);
        yield return Case("Ilmoittautumisia tuli yli odotusten: sirkuskouluun osallistui 140 lasta, kun tavoite oli 90.", ForecastStatus.Achieved, "above expectations frames nothing at year end", outcome, 2095);
        yield return Case("Attendance went beyond every forecast: 260 pensioners joined the chair-yoga mornings planned for 150.", ForecastStatus.Achieved, "beyond every forecast frames nothing at year end", outcome, 2095);
        yield return Case("Lautapeli-illoissa kävi kesäkuun loppuun 640 nuorta; vuoden tavoite 500.", ForecastStatus.Achieved, "past the year's target already", forecast, 2095);
        yield return Case("By June, Malmi library hosted 22 poetry evenings against a plan of 18.", ForecastStatus.Achieved, "past the plan already", forecast, 2095);
        yield return Case("Kevään ja syksyn kursseille kertyy arviolta 900 osallistujaa, kun vuoden tavoite on 800.", ForecastStatus.OnTrack, "an estimate of the year", forecast, 2095);
        yield return Case("Keramiikkakurssin 60 paikasta täyttyi 19.", ForecastStatus.WillNotBeMet, "seats left empty at year end", outcome, 2095);
        yield return Case("The Saturday bookbinding course had 5 sign-ups for 16 places.", ForecastStatus.WillNotBeMet, "sign-ups short of the places", outcome, 2095);
        yield return Case("Kursen i akvarellmålning hade 7 anmälda till 18 platser.", ForecastStatus.WillNotBeMet, "sign-ups short of the places", outcome, 2095);
        yield return Case("Jäähallin jäänhoitokone oli rikki vuoden aikana neljä päivää sallitusta kymmenestä.", ForecastStatus.Achieved, "within the days allowed", outcome, 2095);
        yield return Case("Uusi lainausautomaatti käy jo 6 kirjastossa 19:stä.", ForecastStatus.AtRisk, "in part of the whole", forecast, 2095);
        yield return Case("Uudet penkit saatiin uimarannoille Aurinkolahtea vaille.", ForecastStatus.AtRisk, "everywhere but one at year end", outcome, 2095);
        yield return Case("Kirjaston katon paikkaus: lasku 41 000 euroa, määrärahaa 30 000 euroa.", ForecastStatus.WillNotBeMet, "a bill over its appropriation", outcome, 2095);
        yield return Case("Scenens nya ridå: räkningen 52 000 euro, budget 38 000 euro.", ForecastStatus.WillNotBeMet, "a bill over its budget", outcome, 2095);
        yield return Case("Uimahallien kausikortit: budjetoitu 0,40 M€, kertynyt 0,47 M€.", ForecastStatus.Achieved, "season passes sold are income", outcome, 2095);
        yield return Case("Kävijöitä tuli selvästi yli arvion: kesäteatteriin saapui 3 100 katsojaa suunnitellun 2 400:n sijaan.", ForecastStatus.Achieved, "people above the estimate, no money", outcome, 2095);
        yield return Case("Lukupiirejä pidettiin 40 ja niihin osallistui 520 lasta, eli kumpikin sovittu määrä (30 piiriä, 400 lasta) jäi taakse.", ForecastStatus.Achieved, "the agreed figures left behind", outcome, 2095);
        yield return Case("Syyskuun lopussa ryhmiä oli 12 ja osallistujia 190, mikä ylittää vuoden tavoitteet (9 ryhmää, 150 osallistujaa) molemmilta osin.", ForecastStatus.Achieved, "the year's targets passed so far, in both respects", forecast, 2095);
        yield return Case("Pidämme erittäin epätodennäköisenä, että kaikki 12 runoiltaa saadaan pidettyä tänä vuonna.", ForecastStatus.WillNotBeMet, "held very unlikely: probably not", forecast, 2095);
        yield return Case("Selkokirjojen lainat kasvavat maaliskuusta lähtien reipasta tahtia.", ForecastStatus.OnTrack, "a brisk rise", forecast, 2095);
        yield return Case("Padelbanan i Nordsjö väntas få 610 bokade timmar av målets 1 000.", ForecastStatus.WillNotBeMet, "expected short of the target's figure", forecast, 2095);
        yield return Case("Keramiikkakurssille ilmoittautui viisi 16 paikkaan, sen sijaan kaikki kuusi pihakonserttia pidettiin.", ForecastStatus.AtRisk, "one short, the other held: a mix", forecast, 2095);
        yield return Case("Det vore ett under att hinna med alla åtta schackturneringar i år.", ForecastStatus.WillNotBeMet, "it would take a miracle", forecast, 2095);
        yield return Case("It would take a miracle to run all nine chess evenings this year.", ForecastStatus.WillNotBeMet, "it would take a miracle", forecast, 2095);
        yield return Case("Tämän kesän kylätapahtuma on peruttu.", ForecastStatus.WillNotBeMet, "this summer's event called off, as a whole", forecast, 0);
        yield return Case("Seuran menot olivat 2 300 euroa suuremmat kuin tulot.", ForecastStatus.WillNotBeMet, "costs over income: a deficit", outcome, 0);
        yield return Case("Klubbens utgifter var 900 kronor högre än intäkterna.", ForecastStatus.WillNotBeMet, "costs over income: a deficit", outcome, 0);
        yield return Case("Lautapelejä lainattiin 310 kertaa sovitun tason ollessa 200.", ForecastStatus.Achieved, "the agreed level is the noun's figure", outcome, 2095);
        yield return Case("Energiankulutusmittareita lainattiin 150 kertaa, sovittu taso 120.", ForecastStatus.Achieved, "meters lent are no consumption", outcome, 2095);
        yield return Case("Lumikenkiä lainaavat nykyään kaikki kirjastot.", ForecastStatus.Achieved, "every library now", outcome, 2095);
        yield return Case("Snöskor hör numera till varje biblioteks lånesortiment.", ForecastStatus.Achieved, "every library now", outcome, 2095);
        yield return Case("Katsomon penkkien toimitus viivästyi viisi viikkoa. Asentajat tekevät iltatöitä. Katsomo otetaan käyttöön syyskuun lopussa.", ForecastStatus.OnTrack, "a delay answered by a new date in a later sentence", forecast, 2095);
        yield return Case("Leveransen av scenens ljusbord försenades sex veckor. Scenen tas i bruk i mitten av oktober.", ForecastStatus.OnTrack, "a delay answered by a new date in a later sentence", forecast, 2095);
        yield return Case("Kalligrafiakurssin 90 paikasta täyttyi 28, kysyntä arvioitiin selvästi liian suureksi.", ForecastStatus.WillNotBeMet, "seats left empty; what was estimated looks back", outcome, 2095);
        yield return Case("Keramikkursen fyllde fem platser av sexton.", ForecastStatus.WillNotBeMet, "places filled out of those offered", outcome, 2095);
        yield return Case("Only 6 of 24 places were taken on the autumn pottery course.", ForecastStatus.WillNotBeMet, "places taken out of those offered", outcome, 2095);
        yield return Case("Fram till maj höll biblioteket 12 bokcirklar av planerade nio.", ForecastStatus.Achieved, "past the plan in words already", forecast, 2095);
        yield return Case("Till och med april hölls 11 filmkvällar, fler än de åtta som planerats för hela året.", ForecastStatus.Achieved, "past the year's plan in words already", forecast, 2095);
        yield return Case("Hembygdsmuseet hölls stängt under hela sommaren på grund av vattenskadan.", ForecastStatus.WillNotBeMet, "closed its whole season", outcome, 0);
        yield return Case("Kotiseutumuseo oli suljettuna koko kesän vesivahingon vuoksi.", ForecastStatus.WillNotBeMet, "closed its whole season", outcome, 0);
        yield return Case("Toinen vuosi kului ilman kyläjuhlaa.", ForecastStatus.WillNotBeMet, "a year without it", outcome, 0);
        yield return Case("Museet var stängt en vecka i juli.", ForecastStatus.NotAssessed, "closed a week, no season", outcome, 0);
        yield return Case("Om Malms simhall måste stängas för takreparation i höst, flyttas simskolan till Jakobacka simhall.", ForecastStatus.NotAssessed, "a plan B arranged", forecast, 2095);
        yield return Case("Skulle Vallgårds bibliotek hålla stängt i oktober, räknas sagostunderna i stället från Sörnäs bibliotek.", ForecastStatus.NotAssessed, "a plan B arranged", forecast, 2095);
        yield return Case("Kontulan luistinrata oli lämpimän sään takia suljettuna neljä päivää, vuoden yläraja 12 päivää.", ForecastStatus.OnTrack, "a ceiling kept so far, not yet for the year", forecast, 2095);
        yield return Case("Kenttien lumitöiden kulut jäävät arviolta 0,18 M€:oon varatusta 0,25 M€:sta.", ForecastStatus.OnTrack, "costs expected under the sum reserved", forecast, 2095);
        yield return Case("Induktiosilmukka palvelee nyt 9 kirjaston asiakaspalvelupisteellä 19:stä.", ForecastStatus.AtRisk, "serving part of the whole", outcome, 2095);
        yield return Case("Talousarvioon nähden säästöä kertyi 21 000 euroa.", ForecastStatus.Achieved, "saved against the budget, the sum after", outcome, 2095);
        yield return Case("Fem anmälda till sexton platser på kursen i bokbinderi.", ForecastStatus.WillNotBeMet, "sign-ups short of the places, in words", outcome, 2095);
        yield return Case("Skidspåret kan inte öppnas under innevarande vinter eftersom belysningen saknas.", ForecastStatus.WillNotBeMet, "cannot be done this season", forecast, 0);
        yield return Case("Uimarannan laituria ei voida korjata tänä kesänä.", ForecastStatus.WillNotBeMet, "cannot be done this season", forecast, 0);
        yield return Case("I år kan vi inte mäta kundnöjdheten eftersom enkäten inte skickades.", ForecastStatus.NotAssessed, "a measure that cannot be taken", forecast, 0);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reads_as_a_careful_reader_does(string text, RoundKind round, int year, ForecastStatus status) => Check(text, round, year, status);
}
