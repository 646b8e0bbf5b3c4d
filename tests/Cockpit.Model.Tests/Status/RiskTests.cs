using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Hedged and conditional verdicts, and, when no verdict is given, the risk cues: delay, cancellation, stalling.</summary>
public class RiskTests
{
    private static IEnumerable<TestCaseData> HedgedVerdicts()
    {
        yield return new ClassifierCase("Tilat ovat valmiit. Tavoite toteutunee pienin varauksin.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite toteutunee pienin varauksin.").For("A Finnish verdict 'pienin varauksin' is hedged");
        yield return new ClassifierCase("Tavoite on osittain toteutunut.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite on osittain toteutunut.").For("A Finnish 'osittain toteutunut' is hedged, not achieved");
        yield return new ClassifierCase("Målet uppnås med viss osäkerhet.", ForecastStatus.AtRisk, "verdict.hedged",
            "Målet uppnås med viss osäkerhet.").For("A Swedish verdict 'med viss osäkerhet' is hedged");
        yield return new ClassifierCase("The target will probably be met only partially.", ForecastStatus.AtRisk, "verdict.hedged",
            "The target will probably be met only partially.").For("An English verdict 'only partially' is hedged");
        yield return new ClassifierCase("Kävijämäärätavoitteen saavuttaminen on epätodennäköistä.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Kävijämäärätavoitteen saavuttaminen on epätodennäköistä.").For("A Finnish 'saavuttaminen on epätodennäköistä' is a probably not, a miss, as the labelling conventions read 'unlikely'");
        yield return new ClassifierCase("Nuorisotalot avattiin. Tavoite on toteutumassa, mutta korona voi viivästyttää syksyn tapahtumia.", ForecastStatus.AtRisk, "verdict.delayed",
            "Tavoite on toteutumassa, mutta korona voi viivästyttää syksyn tapahtumia.").For("A Finnish verdict followed by 'mutta ... viivästyttää' is at risk");
        yield return new ClassifierCase("Hankinta viivästyi, mutta tavoite saavutetaan silti.", ForecastStatus.OnTrack, "verdict.on_track",
            "Hankinta viivästyi, mutta tavoite saavutetaan silti.").For("A delay the verdict answers with 'mutta' does not hedge it");
        yield return new ClassifierCase("Trots förseningar uppnås målet.", ForecastStatus.OnTrack, "verdict.on_track",
            "Trots förseningar uppnås målet.").For("A Swedish concession 'trots förseningar' does not hedge the verdict");
    }

    private static IEnumerable<TestCaseData> Conditionals()
    {
        yield return new ClassifierCase("Tavoite saavutetaan, mikäli kirjastot voidaan avata elokuussa.", ForecastStatus.AtRisk, "verdict.conditional",
            "Tavoite saavutetaan, mikäli kirjastot voidaan avata elokuussa.").For("A Finnish verdict with 'mikäli' is conditional");
        yield return new ClassifierCase("Työ on käynnissä. Tavoitteen toteutuminen riippuu rekrytoinneista.", ForecastStatus.AtRisk, "verdict.conditional",
            "Tavoitteen toteutuminen riippuu rekrytoinneista.").For("A Finnish 'toteutuminen riippuu' is conditional");
        yield return new ClassifierCase("Målet nås om biblioteken kan öppnas i augusti.", ForecastStatus.AtRisk, "verdict.conditional",
            "Målet nås om biblioteken kan öppnas i augusti.").For("A Swedish verdict with 'om' is conditional");
        yield return new ClassifierCase("The goal will be met provided the libraries reopen in August.", ForecastStatus.AtRisk, "verdict.conditional",
            "The goal will be met provided the libraries reopen in August.").For("An English verdict with 'provided' is conditional");
    }

    private static IEnumerable<TestCaseData> Cues()
    {
        yield return new ClassifierCase("Suunnitelma on valmis. Tilojen remontti on viivästynyt kolmella kuukaudella.", ForecastStatus.AtRisk, "risk.delay",
            "Tilojen remontti on viivästynyt kolmella kuukaudella.").For("Without a verdict a Finnish delay is at risk");
        yield return new ClassifierCase("Syksyn näyttely siirtyy kevääseen.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Syksyn näyttely siirtyy kevääseen.").For("A Finnish move from the autumn to the spring is past the year");
        yield return new ClassifierCase("Upphandlingen har försenats.", ForecastStatus.AtRisk, "risk.delay",
            "Upphandlingen har försenats.").For("Without a verdict a Swedish delay is at risk");
        yield return new ClassifierCase("The procurement has been delayed.", ForecastStatus.AtRisk, "risk.delay",
            "The procurement has been delayed.").For("Without a verdict an English delay is at risk");
        yield return new ClassifierCase("Ohjelma julkaistiin. Kesän konsertit peruttiin.", ForecastStatus.AtRisk, "risk.cancelled",
            "Kesän konsertit peruttiin.").For("Without a verdict cancelled events are at risk");
        yield return new ClassifierCase("Vårens konserter ställdes in.", ForecastStatus.AtRisk, "risk.cancelled",
            "Vårens konserter ställdes in.").For("Without a verdict Swedish cancelled events are at risk");
        yield return new ClassifierCase("Two workshops were called off.", ForecastStatus.AtRisk, "risk.cancelled",
            "Two workshops were called off.").For("Without a verdict English cancelled events are at risk");
        yield return new ClassifierCase("Kevään valmistelut ovat \"jäissä\".", ForecastStatus.AtRisk, "risk.delay",
            "Kevään valmistelut ovat \"jäissä\".").For("A scare-quoted 'jäissä' still reads as a delay");
        yield return new ClassifierCase("Yhteistyö on käynnistynyt. Materiaalin jalkautus ei tule onnistumaan täysimääräisesti.", ForecastStatus.AtRisk, "risk.partial",
            "Materiaalin jalkautus ei tule onnistumaan täysimääräisesti.").For("A negated verb about something else than the goal is a partial risk");
        yield return new ClassifierCase("Hanke etenee suunnitellusti.", ForecastStatus.OnTrack, "verdict.on_track",
            "Hanke etenee suunnitellusti.").For("A Finnish project progressing as planned is on track");
        yield return new ClassifierCase("Arbetet framskrider enligt plan.", ForecastStatus.OnTrack, "progress",
            "Arbetet framskrider enligt plan.").For("Swedish plain progress is on track");
        yield return new ClassifierCase("Work is progressing as planned.", ForecastStatus.OnTrack, "progress",
            "Work is progressing as planned.").For("English plain progress is on track");
    }

    private static IEnumerable<TestCaseData> Misses()
    {
        yield return new ClassifierCase("Valmistelut olivat pitkällä. Festivaali siirretään vuodelle 2021.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Festivaali siirretään vuodelle 2021.").For("A Finnish postponement to next year is a miss for this year");
        yield return new ClassifierCase("Festivalen skjuts upp till nästa år.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "Festivalen skjuts upp till nästa år.").For("A Swedish postponement to next year is a miss");
        yield return new ClassifierCase("The festival was postponed to next year.", ForecastStatus.WillNotBeMet, "verdict.postponed",
            "The festival was postponed to next year.").For("An English postponement to next year is a miss");
        yield return new ClassifierCase("Rahoitus päättyi. Koko hanke on peruttu.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "Koko hanke on peruttu.").For("A Finnish cancelled project is a miss");
        yield return new ClassifierCase("Projektet har ställts in.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "Projektet har ställts in.").For("A Swedish cancelled project is a miss");
        yield return new ClassifierCase("The project was cancelled.", ForecastStatus.WillNotBeMet, "verdict.cancelled",
            "The project was cancelled.").For("An English cancelled project is a miss");
    }

    [TestCaseSource(nameof(HedgedVerdicts))]
    public void Hedged_verdict(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Conditionals))]
    public void Conditional(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Cues))]
    public void Cue_without_verdict(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Misses))]
    public void Postponed_or_cancelled(ClassifierCase c) => c.Check();
}
