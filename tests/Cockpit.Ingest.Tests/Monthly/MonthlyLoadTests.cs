using Cockpit.Ingest.Problems;
using Cockpit.Model.Store;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Monthly;

public class MonthlyLoadTests : MonthlyTestBase
{
    private static readonly DateOnly March = new(2020, 3, 1), April = new(2020, 4, 1);

    [Test]
    public void A_good_monthly_report_loads_its_metric_values_and_budget_rows_into_the_views()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")));

        AssertLoaded(outcome);
        Assert.Multiple(() =>
        {
            Assert.That(MetricValues().Select(v => (v.Metric, v.Month, v.Actual, v.Target, v.Unit)), Is.EqualTo(new[]
            {
                (MonthlyBook.Teams, April, 80.0, (double?)80.0, "%"),
                (MonthlyBook.Varaamo, April, 6.0, (double?)null, "kpl"),
            }));
            Assert.That(Count("SELECT count(*) FROM v_metric_values WHERE goal IS NULL OR goal = ''"), Is.Zero, "each value knows its goal");
            Assert.That(Count("SELECT count(*) FROM v_budget WHERE month = DATE '2020-04-01' AND budget = 1000 AND actual = 300 AND forecast = 990"), Is.EqualTo(5));
            Assert.That(Store.Connection.Scalar<string>("SELECT kind FROM v_uploads WHERE upload_id = 2"), Is.EqualTo("monthly"));
            Assert.That(Count("SELECT rows FROM v_uploads WHERE upload_id = 2"), Is.EqualTo(7));
            Assert.That(outcome.Monthly!.RowsPerSheet, Is.EqualTo(new[] { ("Mittarit", 2), ("Talous", 5) }));
            Assert.That(outcome.Monthly.Months, Is.EqualTo(new[] { April }));
            Assert.That(string.Join("\n", OutcomeText.Describe(outcome, "en")),
                Does.Contain("monthly report loaded as upload 2: Mittarit 2 rows, Talous 5 rows").And.Contain("Months: 2020-04"));
        });
    }

    [Test]
    public void Views_have_the_columns_the_analysts_are_promised_in_order()
    {
        Assert.That(Columns("v_metric_values").Take(8), Is.EqualTo(new[] { "metric", "goal", "month", "actual", "target", "unit", "comment", "upload_id" }));
        Assert.That(Columns("v_budget").Take(6), Is.EqualTo(new[] { "service_entity", "month", "budget", "actual", "forecast", "upload_id" }));
        Assert.That(Columns("v_uploads"), Is.EqualTo(new[] { "upload_id", "file_name", "sha256", "kind", "uploaded_at", "uploaded_by", "rows", "superseded", "rows_current" }));
        Assert.That(Store.Connection.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'v_metric_values' AND column_name = 'month'"), Is.EqualTo("DATE"));
    }

    public static IEnumerable<TestCaseData> MonthForms()
    {
        yield return new TestCaseData(new DateTime(2020, 4, 30)).SetName("An Excel date with the default date format is read as its month");
        yield return new TestCaseData((new DateTime(2020, 4, 1), "mmmm yyyy")).SetName("An Excel date with a custom month format is read as its month");
        yield return new TestCaseData((new DateTime(2020, 4, 15), "[$-40B]d\\.m\\.yyyy")).SetName("An Excel date with a locale bracket and escapes is read as its month");
        foreach (var text in new[] { "2020-04", "2020-4", "4/2020", "04/2020", "4.2020", "30.4.2020", "2020-04-30", "huhtikuu 2020", "Huhtikuussa 2020", "april 2020", "Apr 2020" })
            yield return new TestCaseData(text).SetName($"The text month \"{text}\" is read as April 2020");
    }

    [TestCaseSource(nameof(MonthForms))]
    public void Months_are_read_from_Excel_dates_and_from_text(object month)
    {
        AssertLoaded(IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, month, 80.0, null, "%", null])));

        Assert.That(MetricValues().Single().Month, Is.EqualTo(April));
    }

    [Test]
    public void Swedish_and_English_service_entity_names_are_stored_as_the_Finnish_ones()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Sheet("Talous", MonthlyBook.BudgetHeader,
            [.. new[] { "Kultur", "IDROTT", " ungdom ", "Stadsbiblioteket", "förvaltning" }.Select(e => new object?[] { e, "2020-04", 1.0, 1.0, 1.0 }),
             .. new[] { "Culture", "sports", "Youth", "City  Library", "Administration" }.Select(e => new object?[] { e, "2020-05", 1.0, 1.0, 1.0 })]);

        AssertLoaded(IngestMonthly(book));

        Assert.That(Store.Connection.Query("SELECT DISTINCT service_entity FROM v_budget ORDER BY 1", r => r.GetString(0)),
            Is.EqualTo(new[] { "Hallinto", "Kaupunginkirjasto", "Kulttuuri", "Liikunta", "Nuoriso" }));
        Assert.That(Count("SELECT count(*) FROM v_budget"), Is.EqualTo(10));
    }

    [Test]
    public void A_service_entity_under_its_Finnish_and_its_Swedish_name_for_one_month_is_the_same_entity_twice()
    {
        var book = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04"))
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["Kulttuuri", "2020-04", 1.0, 1.0, 1.0], ["Kultur", "2020-04", 2.0, 2.0, 2.0]]);

        AssertRefusedWith(IngestMonthly(book), ProblemCode.DuplicateMonthlyRow, "Talous", "A4");
    }

    [TestCase("85,5", 85.5)]
    [TestCase("1 234,5", 1234.5)]
    [TestCase("1\u00a0234,5", 1234.5)]
    [TestCase("85.5", 85.5)]
    [TestCase("85", 85.0)]
    [TestCase("85,5 %", 85.5)]
    public void A_number_stored_as_text_with_a_Finnish_decimal_comma_is_read_as_the_number_it_is(string text, double expected)
    {
        AssertLoaded(IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, "2020-04", text, "80", "kpl", null])));

        Assert.That(MetricValues().Single().Actual, Is.EqualTo(expected));
    }

    [Test]
    public void A_later_upload_for_the_same_month_replaces_that_months_values_and_the_history_keeps_both()
    {
        var first = MonthlyBook.Metrics([.. MonthlyBook.GoodMetrics("2020-03"), .. MonthlyBook.GoodMetrics("2020-04")]);
        AssertLoaded(IngestMonthly(first, "maalis-huhti.xlsx"));

        var second = IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, "2020-04", 82.0, 80.0, "%", "korjattu"]), "huhti-korjattu.xlsx");

        AssertLoaded(second);
        Assert.Multiple(() =>
        {
            Assert.That(MetricValues().Select(v => (v.Metric, v.Month, v.Actual, v.UploadId)), Is.EqualTo(new[]
            {
                (MonthlyBook.Teams, March, 80.0, 2), (MonthlyBook.Varaamo, March, 6.0, 2),
                (MonthlyBook.Teams, April, 82.0, 3),
            }), "April is the second upload's alone; March stays the first's");
            Assert.That(MetricValues("v_metric_value_history"), Has.Count.EqualTo(5));
            Assert.That(Count("SELECT count(*) FROM v_budget WHERE upload_id = 3"), Is.EqualTo(5), "the second upload's April budget rows are in force");
            Assert.That(Count("SELECT count(*) FROM v_budget_history"), Is.EqualTo(10));
            Assert.That(second.Monthly!.Replaced, Is.EqualTo(new[] { new MonthReplacement(2, April, 7) }));
            Assert.That(string.Join("\n", OutcomeText.Describe(second, "fi")), Does.Contain("Korvaa: lataus 2 2020-04 (7 riviä)"));
            Assert.That(Count("SELECT count(*) FROM v_uploads WHERE superseded"), Is.Zero, "upload 2 still gives March");
        });
    }

    [Test]
    public void An_upload_whose_months_are_all_reported_again_is_superseded_and_kept()
    {
        AssertLoaded(IngestMonthly(MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")), "a.xlsx"));
        AssertLoaded(IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, "4/2020", 81.0, 80.0, "%", null]), "b.xlsx"));

        Assert.That(Store.Connection.Query("SELECT upload_id, kind, superseded, rows_current FROM v_uploads ORDER BY upload_id",
                r => (r.GetInt32(0), r.GetString(1), r.GetBoolean(2), r.GetInt32(3))),
            Is.EqualTo(new[] { (1, "forecast", false, 33), (2, "monthly", true, 0), (3, "monthly", false, 6) }));
        Assert.That(Count("SELECT count(*) FROM metric_values WHERE upload_id = 2"), Is.EqualTo(2), "the replaced rows stay in the store");
    }

    [Test]
    public void A_dry_run_checks_everything_and_writes_nothing()
    {
        var before = MonthlyFootprint();

        var outcome = IngestMonthly(MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")), dryRun: true);

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Validated));
        Assert.That(string.Join("\n", OutcomeText.Describe(outcome, "en")), Does.Contain("dry run, nothing written; would be upload 2"));
        Assert.That(MonthlyFootprint(), Is.EqualTo(before));
    }

    [Test]
    public void The_same_monthly_file_twice_is_already_loaded_and_changes_nothing()
    {
        var path = MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Save(Temp.File("huhti.xlsx"));
        AssertLoaded(IngestMonthly(path));
        var before = MonthlyFootprint();

        var again = IngestMonthly(path);

        Assert.That(again.Status, Is.EqualTo(IngestStatus.AlreadyLoaded));
        Assert.That(again.Existing!.Kind, Is.EqualTo("monthly"));
        Assert.That(MonthlyFootprint(), Is.EqualTo(before));
    }

    [Test]
    public void Swedish_sheet_names_and_headers_are_understood()
    {
        var book = new MonthlyBook()
            .Sheet("Mätare", ["Mätare", "Månad", "Utfall", "Målnivå", "Enhet", "Kommentar"], [[MonthlyBook.Teams, "april 2020", "80,0", 80.0, "%", "Målet uppnått"]])
            .Sheet("Ekonomi", ["Serviceområde", "Månad", "Budget", "Utfall", "Prognos"], MonthlyBook.GoodBudget("2020-04"));

        var outcome = IngestMonthly(book);

        AssertLoaded(outcome);
        Assert.That(MetricValues().Single().Actual, Is.EqualTo(80.0));
        Assert.That(outcome.Monthly!.RowsPerSheet, Is.EqualTo(new[] { ("Mätare", 1), ("Ekonomi", 5) }));
    }

    [Test]
    public void A_metric_is_matched_whatever_its_case_and_whitespace_and_a_service_entity_whatever_its_case()
    {
        var book = MonthlyBook.Metrics(["  " + MonthlyBook.Teams.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal), "2020-04", 80.0, null, "%", null])
            .Sheet("Talous", MonthlyBook.BudgetHeader, [["kulttuuri", "2020-04", 1.0, 1.0, null], ["HALLINTO ", "2020-04", 1.0, 1.0, 1.0]]);

        AssertLoaded(IngestMonthly(book));

        Assert.That(MetricValues().Single().Metric, Is.EqualTo(MonthlyBook.Teams));
        Assert.That(Store.Connection.Query("SELECT service_entity FROM v_budget ORDER BY 1", r => r.GetString(0)), Is.EqualTo(new[] { "Hallinto", "Kulttuuri" }));
    }

    [Test]
    public void A_metric_is_matched_by_the_code_the_forecast_report_gave_it()
    {
        var forecast = new WorkbookBuilder().Sheet("Ennusteet")
            .Row(1, "Sitova toiminnan tavoite", "Sitovan toiminnan tavoitteen mittarit", "Mittarin tunnus", "Ennuste 1/2020")
            .Row(2, "Tavoite K", "Kävijämäärä kasvaa", "KUVA-M7", "Toteutumassa.")
            .Save(Temp.File("koodit.xlsx"));
        AssertLoaded(Ingest(forecast));

        AssertLoaded(IngestMonthly(MonthlyBook.Metrics(["kuva-m7", "2020-04", 1234.0, null, "kpl", null])));

        Assert.That(MetricValues().Single().Metric, Is.EqualTo("Kävijämäärä kasvaa"));
    }

    [Test]
    public void A_row_without_an_actual_is_left_out_and_counted()
    {
        var outcome = IngestMonthly(MonthlyBook.Metrics([MonthlyBook.Teams, "2020-04", 80.0, null, "%", null], [MonthlyBook.Varaamo, "2020-04", null, 20.0, "kpl", null]));

        AssertLoaded(outcome);
        Assert.That(MetricValues(), Has.Count.EqualTo(1));
        Assert.That(outcome.Monthly!.RowsWithoutActual, Is.EqualTo(1));
    }

    private List<string> Columns(string view) =>
        Store.Connection.Query("SELECT column_name FROM information_schema.columns WHERE table_name = $v ORDER BY ordinal_position",
            r => r.GetString(0), ("v", view));
}
