using Cockpit.Ingest.Problems;
using Cockpit.Testing;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Monthly;

/// <summary>A cell longer than Excel allows is refused at its cell without being read whole; a figure that is no number (NaN) is refused.</summary>
public class BoundedCellTests : MonthlyTestBase
{
    [Test]
    public void A_metric_text_longer_than_a_cell_holds_is_refused_at_its_cell()
    {
        var book = RawMonthlyBook.Book([RawMonthlyBook.TeamsRow(2, Text("A2", new string('x', 32_768)))], RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e)));

        var outcome = IngestMonthly(book.Save(Temp.File("pitka.xlsx")));

        AssertRefusedWith(outcome, ProblemCode.TextTooLong, "Mittarit", "A2");
        Assert.That(outcome.Problems[0].Message("en"), Does.Contain("32,767"));
        Assert.That(Count("SELECT count(*) FROM metric_values"), Is.Zero, "nothing was written");
    }

    [Test]
    public void A_text_of_exactly_the_cell_limit_is_read_whole_and_one_more_character_is_too_long()
    {
        var path = new RawXlsx().Sheet("Mittarit", [Row(1, Text("A1", new string('x', 32_767)), Text("B1", new string('y', 32_768)))]).Save(Temp.File("raja.xlsx"));
        using var stream = File.OpenRead(path);
        using var workbook = Cockpit.Ingest.Xlsx.XlsxWorkbook.Open(stream, "raja.xlsx");

        var cells = workbook.ReadRows(workbook.Sheets[0]).Single().Cells;

        Assert.That(cells.Select(c => (c.Kind, c.Text.Length)), Is.EqualTo(new[] { (Cockpit.Ingest.Xlsx.CellKind.Text, 32_767), (Cockpit.Ingest.Xlsx.CellKind.TooLong, 0) }));
    }

    [Test]
    public void A_hundred_million_character_cell_is_refused_without_being_held_in_memory()
    {
        var path = Temp.File("valtava.xlsx");
        RawMonthlyBook.Book([RawMonthlyBook.TeamsRow(2, Text("A2", "PAISUU"))], RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e))).Save(path);
        XlsxSurgery.Inflate(path, "xl/worksheets/sheet1.xml", "PAISUU", 'x', 100_000_000);
        TestContext.Out.WriteLine($"{new FileInfo(path).Length:N0} bytes on disk for a 100,000,000-character cell");

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var outcome = IngestMonthly(path);
        var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) >> 20;

        TestContext.Out.WriteLine($"reading and refusing it allocated {allocatedMb} MB");
        AssertRefusedWith(outcome, ProblemCode.TextTooLong, "Mittarit", "A2");
        Assert.That(allocatedMb, Is.LessThan(100), "the text (200 MB as .NET characters) was never materialised");
    }

    [Test]
    public void A_figure_stored_as_NaN_is_refused()
    {
        var book = RawMonthlyBook.Book([RawMonthlyBook.TeamsRow(2)],
            RawMonthlyBook.Entities.Select((e, i) => RawMonthlyBook.BudgetRow(2 + i, e, i == 1 ? [Number("C3", double.NaN)] : [])));

        AssertRefusedWith(IngestMonthly(book.Save(Temp.File("nan.xlsx"))), ProblemCode.NotANumber, "Talous", "C3");
    }
}
