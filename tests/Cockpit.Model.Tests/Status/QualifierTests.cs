using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>Double negation with ettei, fronted "without", absent or deferred forecasts, and reservations on an on-track verdict.</summary>
public class QualifierTests
{
    private static IEnumerable<TestCaseData> DoubleNegations()
    {
        yield return new ClassifierCase("Ei ole aihetta olettaa, ettei tavoite täyttyisi.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Ei ole aihetta olettaa, ettei tavoite täyttyisi.").For("The Finnish 'ei ole aihetta olettaa, ettei ...' is on track");
        yield return new ClassifierCase("Det finns ingen anledning att tro att målet inte skulle uppfyllas.", ForecastStatus.OnTrack, "verdict.double_negation",
            "Det finns ingen anledning att tro att målet inte skulle uppfyllas.").For("The Swedish 'ingen anledning att tro att ... inte' is on track");
        yield return new ClassifierCase("There is no sign that the target will not be reached.", ForecastStatus.OnTrack, "verdict.double_negation",
            "There is no sign that the target will not be reached.").For("The English 'no sign that ... not' is on track");
    }

    private static IEnumerable<TestCaseData> Withouts()
    {
        yield return new ClassifierCase("Ilman lisähenkilöstöä tavoitteeseen ei päästä.", ForecastStatus.AtRisk, "verdict.conditional",
            "Ilman lisähenkilöstöä tavoitteeseen ei päästä.").For("A fronted Finnish 'ilman' makes the miss conditional");
        yield return new ClassifierCase("Utan ytterligare medel uppnås målet inte.", ForecastStatus.AtRisk, "verdict.conditional",
            "Utan ytterligare medel uppnås målet inte.").For("A fronted Swedish 'utan' makes the miss conditional");
        yield return new ClassifierCase("Without extra staff, the target cannot be reached.", ForecastStatus.AtRisk, "verdict.conditional",
            "Without extra staff, the target cannot be reached.").For("A fronted English 'without' makes the miss conditional");
    }

    private static IEnumerable<TestCaseData> Absences()
    {
        yield return new ClassifierCase("Ennustetta ei voida vielä antaa.", ForecastStatus.NotAssessed, "verdict.deferred",
            "Ennustetta ei voida vielä antaa.").For("A Finnish 'ennustetta ei voida antaa' is not assessed");
        yield return new ClassifierCase("Arvio puuttuu toistaiseksi.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Arvio puuttuu toistaiseksi.").For("A Finnish 'arvio puuttuu' is not assessed");
        yield return new ClassifierCase("Toteumaa ei ole raportoitu.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Toteumaa ei ole raportoitu.").For("A Finnish 'ei ole raportoitu' is not assessed");
        yield return new ClassifierCase("Tavoitteen toteutumista ei pystytä seuraamaan.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Tavoitteen toteutumista ei pystytä seuraamaan.").For("A Finnish 'ei pystytä seuraamaan' is not assessed");
        yield return new ClassifierCase("Ingen bedömning ännu.", ForecastStatus.NotAssessed, "verdict.no_forecast",
            "Ingen bedömning ännu.").For("A Swedish 'ingen bedömning' is not assessed");
        yield return new ClassifierCase("Bedömning saknas.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Bedömning saknas.").For("A Swedish 'bedömning saknas' is not assessed");
        yield return new ClassifierCase("Uppgifterna har inte rapporterats.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Uppgifterna har inte rapporterats.").For("A Swedish 'har inte rapporterats' is not assessed");
        yield return new ClassifierCase("No forecast yet.", ForecastStatus.NotAssessed, "verdict.no_forecast",
            "No forecast yet.").For("An English 'no forecast yet' is not assessed");
        yield return new ClassifierCase("Not reported.", ForecastStatus.NotAssessed, "verdict.unassessable",
            "Not reported.").For("An English 'not reported' is not assessed");
        yield return new ClassifierCase("The estimate will be reported later.", ForecastStatus.NotAssessed, "verdict.deferred",
            "The estimate will be reported later.").For("An English estimate reported later is not assessed");
    }

    private static IEnumerable<TestCaseData> Reservations()
    {
        yield return new ClassifierCase("Hanke on aikataulussa pienin varauksin.", ForecastStatus.AtRisk, "verdict.hedged",
            "Hanke on aikataulussa pienin varauksin.").For("A Finnish 'aikataulussa pienin varauksin' is at risk");
        yield return new ClassifierCase("Målet nås enligt plan, med en viss reservation.", ForecastStatus.AtRisk, "verdict.hedged",
            "Målet nås enligt plan, med en viss reservation.").For("A Swedish 'med en viss reservation' is at risk");
        yield return new ClassifierCase("The goal is on track, with some reservations.", ForecastStatus.AtRisk, "verdict.hedged",
            "The goal is on track, with some reservations.").For("An English 'on track, with some reservations' is at risk");
        yield return new ClassifierCase("The project is on schedule, but the supplier has been delayed.", ForecastStatus.AtRisk, "verdict.delayed",
            "The project is on schedule, but the supplier has been delayed.").For("An English 'on schedule, but ... delayed' is at risk");
    }

    [TestCaseSource(nameof(DoubleNegations))]
    public void A_denied_doubt_about_a_negated_verdict_is_on_track(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Withouts))]
    public void Without_extra_means_a_negated_verdict_is_conditional_wherever_it_stands(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Absences))]
    public void A_forecast_not_given_missing_or_not_reported_is_not_assessed(ClassifierCase c) => c.Check();

    [TestCaseSource(nameof(Reservations))]
    public void An_on_track_verdict_with_a_reservation_is_at_risk(ClassifierCase c) => c.Check();
}
