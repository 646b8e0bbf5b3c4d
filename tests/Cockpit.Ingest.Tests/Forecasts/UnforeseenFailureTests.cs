using Cockpit.Ingest.Problems;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>What the reader did not foresee is the file's problem: a refusal with a sentence, never an exception, nothing written.</summary>
public class UnforeseenFailureTests : StoreTestBase
{
    [Test]
    public void A_reader_failure_nobody_foresaw_is_a_refusal_with_a_sentence_naming_the_sheet_and_nothing_is_written()
    {
        AssertLoaded(Ingest(Repository.SampleWorkbook));
        var before = Footprint();

        var outcome = new WorkbookIngest(Store).Ingest(new MemoryStream(UnforeseenWorkbook.Bytes()), "outo.xlsx", new IngestOptions("tester"));

        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        var problem = outcome.Problems.Single();
        Assert.That((problem.Code, problem.File, problem.Sheet), Is.EqualTo((ProblemCode.Unreadable, "outo.xlsx", UnforeseenWorkbook.Sheet)),
            "the witness no longer reaches the catch-all (has the reader learnt to read it?): pick another");
        Assert.That(problem.Describe("en"), Does.StartWith("outo.xlsx, sheet Taul1: The workbook could not be read (")
            .And.EndWith("). Open it in Excel, save it as .xlsx and try again.").And.Not.Contain("Exception"));
        Assert.That(problem.Message("fi"), Does.StartWith("Työkirjaa ei voitu lukea ("));
        Assert.That(problem.Message("sv"), Does.StartWith("Arbetsboken kunde inte läsas ("));
        Assert.That(outcome.Fault, Is.Not.Null, "the exception is kept for the server's log");
        Assert.That(AuditEntry.For(outcome, ForecastIngest.Kind, "tester"), Has.Property("Outcome").EqualTo("refused").And.Property("Detail").EqualTo(problem.Describe("en")));
        Assert.That(Footprint(), Is.EqualTo(before));
    }

    [Test]
    public void The_kind_of_a_file_is_told_without_an_exception_whatever_it_holds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WorkbookIngest.KindOf(new MemoryStream(UnforeseenWorkbook.Bytes()), "outo.xlsx"), Is.EqualTo(ForecastIngest.Kind));
            Assert.That(WorkbookIngest.KindOf(new MemoryStream("not a zip"u8.ToArray()), "a.xlsx"), Is.EqualTo(ForecastIngest.Kind));
            Assert.That(WorkbookIngest.KindOf(new MemoryStream([0x50, 0x4B, 3, 4, 0, 0]), "a.xlsx"), Is.EqualTo(ForecastIngest.Kind));
        });
    }
}
