using Cockpit.Ingest.Problems;
using Cockpit.Model.Store;
using Cockpit.Samples;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>
/// An upload in two steps: preparing reads, validates and classifies it without writing anything; loading appends and commits
/// it with its audit row in the same transaction. A refusal writes only its audit row; reading past the time limit is refused.
/// </summary>
public class PreparedUploadTests : StoreTestBase
{
    [Test]
    public void Preparing_writes_nothing_and_loading_commits_the_rows_with_their_audit_row()
    {
        var before = Footprint();
        PreparedUpload prepared;
        using (var stream = File.OpenRead(Testing.Repository.SampleWorkbook))
            prepared = new WorkbookIngest(Store).Prepare(stream, "kuva.xlsx");
        Assert.That((Footprint(), Attempts()), Is.EqualTo((before, 0L)), "preparing wrote something");
        Assert.That((prepared.Kind, prepared.Refusal), Is.EqualTo(("forecast", (IngestOutcome?)null)));

        var outcome = prepared.Load(Store, new IngestOptions("tester", Audit: true));

        AssertLoaded(outcome);
        var audit = Store.Connection.Query("SELECT outcome, upload_id FROM upload_attempts", r => (r.GetString(0), r.GetInt32(1))).Single();
        Assert.That(audit, Is.EqualTo(("loaded", outcome.Summary!.UploadId)));
    }

    [Test]
    public void A_refusal_is_decided_while_preparing_and_loading_it_writes_its_audit_row_alone()
    {
        var path = Temp.File("teksti.xlsx");
        File.WriteAllText(path, "a;b;c\n1;2;3\n");
        var before = Footprint();
        using var stream = File.OpenRead(path);

        var prepared = new WorkbookIngest(Store).Prepare(stream, "teksti.xlsx");
        var outcome = prepared.Load(Store, new IngestOptions("tester", Audit: true));

        Assert.That(prepared.Refusal?.Problems.Single().Code, Is.EqualTo(ProblemCode.NotWorkbookText));
        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        Assert.That((Footprint(), Attempts()), Is.EqualTo((before, 1L)));
    }

    [Test]
    public void The_same_bytes_loaded_by_someone_else_while_this_one_was_read_are_already_loaded()
    {
        var path = Testing.Repository.SampleWorkbook;
        PreparedUpload first, second;
        using (var stream = File.OpenRead(path)) first = new WorkbookIngest(Store).Prepare(stream, "a.xlsx");
        using (var stream = File.OpenRead(path)) second = new WorkbookIngest(Store).Prepare(stream, "b.xlsx");

        AssertLoaded(first.Load(Store, new IngestOptions("tester")));
        var outcome = second.Load(Store, new IngestOptions("tester"));

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.AlreadyLoaded));
        Assert.That(Count("SELECT count(*) FROM uploads"), Is.EqualTo(1));
    }

    [Test]
    public void Reading_past_the_time_limit_stops_and_is_refused_in_three_languages()
    {
        var big = Temp.File("iso.xlsx");
        SyntheticWorkbook.Write(big, goals: 400, metricsPerGoal: 5, rounds: 3);
        using var stream = File.OpenRead(big);

        var prepared = new WorkbookIngest(Store).Prepare(stream, "iso.xlsx", TimeSpan.FromMilliseconds(1));

        var problem = prepared.Refusal?.Problems.Single();
        Assert.That(problem?.Code, Is.EqualTo(ProblemCode.ReadTooLong));
        Assert.That(problem!.Message("en"), Does.StartWith("Reading the workbook took longer than 0 seconds"));
        Assert.That(problem.Message("fi"), Does.StartWith("Työkirjan lukeminen kesti yli"));
        Assert.That(problem.Message("sv"), Does.StartWith("Att läsa arbetsboken tog över"));
        Assert.That(prepared.Refusal!.Fault, Is.Null, "a time limit is no reader fault for the log");
    }

    [Test, Explicit("measures memory; run on its own")]
    public void A_prepared_ten_thousand_row_workbook_is_held_in_memory()
    {
        var big = Temp.File("synteettinen.xlsx");
        SyntheticWorkbook.Write(big, goals: 2000, metricsPerGoal: 5, rounds: 3);
        var bytes = File.ReadAllBytes(big);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var prepared = new WorkbookIngest(Store).Prepare(new MemoryStream(bytes), "synteettinen.xlsx");

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        TestContext.Out.WriteLine($"a prepared load of 10,000 metric rows x 3 rounds ({bytes.Length / 1024} KiB on disk) holds {held / (1024.0 * 1024):F1} MiB");
        Assert.That(prepared.Refusal, Is.Null);
        GC.KeepAlive(prepared);
    }

    private long Attempts() => Count("SELECT count(*) FROM upload_attempts");
}
