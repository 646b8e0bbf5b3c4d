using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>An explicit verdict about the goal decides: achieved only when already met; a forecast of success is on track.</summary>
public class VerdictTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new ClassifierCase("Uusi palvelu avattiin 2.3.2020. Mittarin tavoite täyttyi jo toukokuussa.", ForecastStatus.Achieved, "verdict.achieved",
            "Mittarin tavoite täyttyi jo toukokuussa.").For("A Finnish goal that was fulfilled in May is achieved");
        yield return new ClassifierCase("Kaikki kolme kohdetta valmistuivat. Tavoite on toteutunut.", ForecastStatus.Achieved, "verdict.achieved",
            "Tavoite on toteutunut.").For("A Finnish perfect 'on toteutunut' is achieved");
        yield return new ClassifierCase("Enkäten genomfördes i mars. Målet uppnåddes redan i maj.", ForecastStatus.Achieved, "verdict.achieved",
            "Målet uppnåddes redan i maj.").For("A Swedish past 'uppnåddes' is achieved");
        yield return new ClassifierCase("Ten new courts opened in June. The target has been met.", ForecastStatus.Achieved, "verdict.achieved",
            "The target has been met.").For("An English perfect 'has been met' is achieved");
        yield return new ClassifierCase("Koulutukset jatkuvat syksyllä. Tavoitteen ennustetaan toteutuvan vuoden loppuun mennessä.", ForecastStatus.OnTrack, "verdict.on_track",
            "Tavoitteen ennustetaan toteutuvan vuoden loppuun mennessä.").For("A Finnish forecast 'ennustetaan toteutuvan' is on track");
        yield return new ClassifierCase("Arvio on, että mittarin tavoitetaso tullaan saavuttamaan.", ForecastStatus.OnTrack, "verdict.on_track",
            "Arvio on, että mittarin tavoitetaso tullaan saavuttamaan.").For("A Finnish future 'tullaan saavuttamaan' is on track");
        yield return new ClassifierCase("Pilotti jatkuu. Hanke on toteutumassa.", ForecastStatus.OnTrack, "verdict.on_track",
            "Hanke on toteutumassa.").For("A Finnish progressive 'hanke on toteutumassa' is on track");
        yield return new ClassifierCase("Målet kommer att uppnås under hösten.", ForecastStatus.OnTrack, "verdict.on_track",
            "Målet kommer att uppnås under hösten.").For("A Swedish future 'kommer att uppnås' is on track");
        yield return new ClassifierCase("The goal is expected to be achieved by December.", ForecastStatus.OnTrack, "verdict.on_track",
            "The goal is expected to be achieved by December.").For("An English 'expected to be achieved' is on track, not achieved");
        yield return new ClassifierCase("The goal is on track.", ForecastStatus.OnTrack, "verdict.on_track",
            "The goal is on track.").For("An English 'the goal is on track' is on track");
        yield return new ClassifierCase("Tavoite on toteutumassa. Kävijöitä on ollut enemmän kuin viime vuonna. Tavoite on saavutettu.", ForecastStatus.Achieved, "verdict.achieved",
            "Tavoite on saavutettu.").For("Of two verdicts naming the goal the last one decides");
        yield return new ClassifierCase("Perhetapahtumista on toteutumassa. Sitovan tavoitteen vastuuhenkilöt on nimetty.", ForecastStatus.OnTrack, "verdict.on_track",
            "Perhetapahtumista on toteutumassa.").For("A progressive verdict without a goal word still decides over plain context");
    }

    [TestCaseSource(nameof(Cases))]
    public void Verdict(ClassifierCase c) => c.Check();
}
