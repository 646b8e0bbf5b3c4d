using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Likelihood in fi, sv and en: "probably", "maybe", "only in part" soften a forecast of success; "it is possible that" and a
/// condition soften a miss; a probable miss, a denied possibility and "wholly unrealised" stay misses; "not fully" is
/// partial; "not yet, but will be" is on track.
/// </summary>
public class LikelihoodTests
{
    private static IEnumerable<TestCaseData> Softened()
    {
        yield return new ClassifierCase("The target will probably be reached.", ForecastStatus.AtRisk, "verdict.hedged",
            "The target will probably be reached.").For("An English 'probably' softens a forecast of success");
        yield return new ClassifierCase("The target is likely to be met only partly.", ForecastStatus.AtRisk, "verdict.hedged",
            "The target is likely to be met only partly.").For("An English 'likely ... only partly' is at risk");
        yield return new ClassifierCase("The goal will be met only in part.", ForecastStatus.AtRisk, "verdict.hedged",
            "The goal will be met only in part.").For("An English 'only in part' is at risk");
        yield return new ClassifierCase("Målet nås troligen under hösten.", ForecastStatus.AtRisk, "verdict.hedged",
            "Målet nås troligen under hösten.").For("A Swedish 'troligen' softens a forecast of success");
        yield return new ClassifierCase("Tavoite saavutetaan luultavasti vuoden loppuun mennessä.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite saavutetaan luultavasti vuoden loppuun mennessä.").For("A Finnish 'luultavasti' softens a forecast of success");
        yield return new ClassifierCase("Tavoite ei ehkä toteudu.", ForecastStatus.AtRisk, "verdict.hedged",
            "Tavoite ei ehkä toteudu.").For("A Finnish 'ei ehkä' (maybe not) is at risk, not a miss");
        yield return new ClassifierCase("Målet nås kanske inte.", ForecastStatus.AtRisk, "verdict.hedged",
            "Målet nås kanske inte.").For("A Swedish 'kanske inte' is at risk, not a miss");
    }

    private static IEnumerable<TestCaseData> Possible()
    {
        yield return new ClassifierCase("On mahdollista, että tavoitetaso jää saavuttamatta.", ForecastStatus.AtRisk, "verdict.possible",
            "On mahdollista, että tavoitetaso jää saavuttamatta.").For("A Finnish 'on mahdollista, että' softens a miss");
        yield return new ClassifierCase("Det är möjligt att målet inte nås.", ForecastStatus.AtRisk, "verdict.possible",
            "Det är möjligt att målet inte nås.").For("A Swedish 'det är möjligt att' softens a miss");
        yield return new ClassifierCase("It is possible that the target will not be reached.", ForecastStatus.AtRisk, "verdict.possible",
            "It is possible that the target will not be reached.").For("An English 'it is possible that' softens a miss");
        yield return new ClassifierCase("Kävijätavoite alittuu, mikäli museot suljetaan uudelleen.", ForecastStatus.AtRisk, "verdict.risk",
            "Kävijätavoite alittuu, mikäli museot suljetaan uudelleen.").For("A Finnish conditional shortfall is at risk");
    }

    private static IEnumerable<TestCaseData> Misses()
    {
        yield return new ClassifierCase("Tavoite ei todennäköisesti toteudu tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "Tavoite ei todennäköisesti toteudu tänä vuonna.").For("A Finnish probable miss is still a miss");
        yield return new ClassifierCase("The target will probably not be met this year.", ForecastStatus.WillNotBeMet, "verdict.negated",
            "The target will probably not be met this year.").For("An English probable miss is still a miss");
        yield return new ClassifierCase("Ei ole mahdollista, että tavoite toteutuu tänä vuonna.", ForecastStatus.WillNotBeMet, "verdict.infeasible",
            "Ei ole mahdollista, että tavoite toteutuu tänä vuonna.").For("A Finnish denied possibility rules the goal out");
        yield return new ClassifierCase("Tavoite jää kokonaan toteutumatta.", ForecastStatus.WillNotBeMet, "verdict.unrealised",
            "Tavoite jää kokonaan toteutumatta.").For("A Finnish 'jää kokonaan toteutumatta' is a miss, not partial");
    }

    private static IEnumerable<TestCaseData> Partial()
    {
        yield return new ClassifierCase("Tavoite ei toteudu täysimääräisesti.", ForecastStatus.AtRisk, "verdict.partial",
            "Tavoite ei toteudu täysimääräisesti.").For("A Finnish 'ei toteudu täysimääräisesti' is met in part");
        yield return new ClassifierCase("Målet uppnås inte helt.", ForecastStatus.AtRisk, "verdict.partial",
            "Målet uppnås inte helt.").For("A Swedish 'uppnås inte helt' is met in part");
        yield return new ClassifierCase("The target will not be fully met.", ForecastStatus.AtRisk, "verdict.partial",
            "The target will not be fully met.").For("An English 'not fully met' is met in part");
    }

    private static IEnumerable<TestCaseData> NotYet()
    {
        yield return new ClassifierCase("Tavoitetta ei ole vielä saavutettu, mutta varaustilanteen perusteella se saavutetaan marraskuussa.", ForecastStatus.OnTrack, "verdict.on_track",
            "Tavoitetta ei ole vielä saavutettu, mutta varaustilanteen perusteella se saavutetaan marraskuussa.").For("A Finnish 'not yet, but will be' is on track; 'varaustilanne' is bookings, not a reservation");
        yield return new ClassifierCase("Målet har ännu inte nåtts, men det nås i december.", ForecastStatus.OnTrack, "verdict.on_track",
            "Målet har ännu inte nåtts, men det nås i december.").For("A Swedish 'not yet, but will be' is on track");
        yield return new ClassifierCase("The target has not yet been met, but it will be met in December.", ForecastStatus.OnTrack, "verdict.on_track",
            "The target has not yet been met, but it will be met in December.").For("An English 'not yet, but will be' is on track");
    }

    [TestCaseSource(nameof(Softened))]
    public void Likelihood_adverbs_soften_a_forecast_of_success(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Possible))]
    public void A_possibility_or_condition_softens_a_miss(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Misses))]
    public void Probable_misses_and_ruled_out_goals_stay_misses(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Partial))]
    public void Not_fully_met_is_met_in_part(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(NotYet))]
    public void Not_yet_but_will_be_is_on_track(ClassifierCase c) => c.Check();
}
