using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

public class OverrideTests : StoreTestBase
{
    private static readonly ReportingRound Round2 = new(2020, 2);

    [Test]
    public void An_override_shows_as_the_status_while_the_derived_one_who_when_and_why_stay_queryable()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));

        SetOverride(ForecastStatus.AtRisk, "Rahoitus on auki");

        var row = Store.Connection.Query(
            "SELECT status, status_source, derived_status, override_reason, override_by, override_at IS NOT NULL FROM v_forecasts",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5))).Single();
        Assert.That(row, Is.EqualTo(("at_risk", "override", "on_track", "Rahoitus on auki", "controller", true)));
    }

    [Test]
    public void A_new_upload_with_the_same_text_keeps_the_override()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));
        SetOverride(ForecastStatus.AtRisk, "syy");

        var outcome = Ingest(Workbook("b.xlsx", "Tavoite on toteutumassa.", extraMetric: true));

        AssertLoaded(outcome);
        Assert.That(outcome.Summary!.DroppedOverrides, Is.Empty);
        Assert.That(Forecasts("metric = 'Mittari'").Single().Status, Is.EqualTo("at_risk"));
    }

    [Test]
    public void A_new_upload_that_changes_the_text_drops_the_override_and_says_so()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));
        SetOverride(ForecastStatus.AtRisk, "syy");

        var outcome = Ingest(Workbook("b.xlsx", "Tavoite ei toteudu."));

        Assert.That(outcome.Summary!.DroppedOverrides.Select(d => (d.Metric, d.Round, d.Status)), Is.EqualTo(new[] { ("Mittari", "2/2020", "at_risk") }));
        Assert.That(string.Join("\n", OutcomeText.Describe(outcome, "fi")), Does.Contain("käsin asetettu tila at_risk poistui: ennusteteksti muuttui"));
        Assert.That(Forecasts().Single().Status, Is.EqualTo("will_not_be_met"));
        var history = Store.Connection.Query("SELECT active, ended_by, ended_reason FROM v_status_overrides",
            r => (r.GetBoolean(0), r.GetString(1), r.GetString(2))).Single();
        Assert.That(history, Is.EqualTo((false, "upload 2", "forecast text changed")));
    }

    [Test]
    public void A_text_changed_back_does_not_bring_a_dropped_override_back()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));
        SetOverride(ForecastStatus.AtRisk, "syy");
        AssertLoaded(Ingest(Workbook("b.xlsx", "Muutettu teksti.")));

        AssertLoaded(Ingest(Workbook("c.xlsx", "Tavoite on toteutumassa.", extraMetric: true)));

        Assert.That(Forecasts("metric = 'Mittari'").Single().Status, Is.EqualTo("on_track"));
    }

    [Test]
    public void Clearing_an_override_restores_the_derived_status_and_keeps_the_history()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));
        SetOverride(ForecastStatus.AtRisk, "syy");
        var overrides = new StatusOverrides(Store.Connection);

        Assert.That(overrides.Clear(Metric().MetricId, Round2, "controller", "selvisi"), Is.True);
        Assert.That(overrides.Clear(Metric().MetricId, Round2, "controller", "uudestaan"), Is.False);
        Assert.That(Forecasts().Single().Status, Is.EqualTo("on_track"));
        Assert.That(Count("SELECT count(*) FROM v_status_overrides WHERE NOT active AND ended_reason = 'selvisi'"), Is.EqualTo(1));
    }

    [Test]
    public void A_second_override_replaces_the_first_which_stays_in_the_history()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "Tavoite on toteutumassa.")));
        SetOverride(ForecastStatus.AtRisk, "ensin");

        SetOverride(ForecastStatus.WillNotBeMet, "sitten");

        Assert.That(Forecasts().Single().Status, Is.EqualTo("will_not_be_met"));
        Assert.That(Store.Connection.Query("SELECT reason, active FROM v_status_overrides ORDER BY override_id", r => (r.GetString(0), r.GetBoolean(1))),
            Is.EqualTo(new[] { ("ensin", false), ("sitten", true) }));
    }

    [Test]
    public void A_metric_is_found_by_id_code_whole_text_or_a_unique_part()
    {
        AssertLoaded(Ingest(Workbook("a.xlsx", "x", extraMetric: true)));
        var overrides = new StatusOverrides(Store.Connection);

        Assert.That(overrides.Find("  mittari ", Round2).Select(m => m.Metric), Is.EqualTo(new[] { "Mittari" }), "whole text wins over parts");
        Assert.That(overrides.Find("toinen", Round2).Select(m => m.Metric), Is.EqualTo(new[] { "Toinen mittari" }));
        Assert.That(overrides.Find("2", Round2).Select(m => m.MetricId), Is.EqualTo(new[] { 2 }));
        Assert.That(overrides.Find("ei ole", Round2), Is.Empty);
    }

    private MetricInForce Metric() => new StatusOverrides(Store.Connection).Find("Mittari", Round2).Single();

    private void SetOverride(ForecastStatus status, string reason) =>
        new StatusOverrides(Store.Connection).Set(Metric(), Round2, status, reason, "controller");

    private string Workbook(string name, string text, bool extraMetric = false)
    {
        var sheet = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020")
            .Row(2, null, "T", "Tavoite", "Mittari", text);
        if (extraMetric) sheet.Row(3, null, null, null, "Toinen mittari", "Tavoite on saavutettu.");
        return sheet.Save(Temp.File(name));
    }
}
