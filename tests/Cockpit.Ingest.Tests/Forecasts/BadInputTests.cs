using System.Text;
using Cockpit.Ingest.Problems;
using Cockpit.Ingest.Xlsx;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Forecasts;

/// <summary>Every refusal names the file (and sheet and cell where there is one), and writes nothing.</summary>
public class BadInputTests : StoreTestBase
{
    private static readonly string[] H = WorkbookBuilder.FinnishHeaders;

    private string before = "";

    [SetUp]
    public void LoadSampleFirst()
    {
        AssertLoaded(Ingest(Repository.SampleWorkbook));
        before = Footprint();
    }

    public static IEnumerable<TestCaseData> NotWorkbooks()
    {
        yield return new TestCaseData("raportti.xlsx", Encoding.UTF8.GetBytes("Teema;Tavoite;Mittari\nA;B;C\n"), ProblemCode.NotWorkbookText)
            .SetName("A CSV file renamed .xlsx is refused as text");
        yield return new TestCaseData("latin1.xlsx", Encoding.Latin1.GetBytes("Teema;Tavoite;Mittari\nKäyttäjä;B;C\n"), ProblemCode.NotWorkbookText)
            .SetName("A Windows-1252 CSV renamed .xlsx is refused as text");
        yield return new TestCaseData("raportti.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), ProblemCode.NotWorkbookPdf)
            .SetName("A PDF renamed .xlsx is refused as a PDF");
        yield return new TestCaseData("vanha.xls", Ole2(withEncryption: false), ProblemCode.OldXls)
            .SetName("An old binary .xls is refused with advice to save as .xlsx");
        yield return new TestCaseData("salattu.xlsx", Ole2(withEncryption: true), ProblemCode.PasswordProtected)
            .SetName("A password-protected workbook is refused as such");
        yield return new TestCaseData("tyhja.xlsx", Array.Empty<byte>(), ProblemCode.EmptyWorkbook)
            .SetName("A file of zero bytes is refused as empty");
        yield return new TestCaseData("kuva.xlsx", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, ProblemCode.NotWorkbook)
            .SetName("A PNG image renamed .xlsx is refused as no workbook");
    }

    [TestCaseSource(nameof(NotWorkbooks))]
    public void Files_that_are_not_workbooks_are_refused(string name, byte[] bytes, ProblemCode expected)
    {
        var path = Temp.File(name);
        File.WriteAllBytes(path, bytes);

        AssertRefused(Ingest(path), expected, name, sheet: null, cell: null);
    }

    [Test]
    public void A_truncated_workbook_is_refused_as_damaged()
    {
        var bytes = File.ReadAllBytes(Repository.SampleWorkbook);
        var path = Temp.File("katkennut.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        AssertRefused(Ingest(path), ProblemCode.Corrupt, "katkennut.xlsx", null, null);
    }

    [Test]
    public void A_workbook_with_broken_sheet_xml_is_refused_as_damaged()
    {
        var path = Temp.File("rikki.xlsx");
        File.Copy(Repository.SampleWorkbook, path);
        XlsxSurgery.EditPart(path, "xl/worksheets/sheet1.xml", xml => xml.Replace("</x:sheetData>", "<x:row"));

        AssertRefused(Ingest(path), ProblemCode.Corrupt, "rikki.xlsx", null, null);
    }

    [Test]
    public void An_empty_workbook_is_refused()
    {
        var path = new WorkbookBuilder().Sheet("Taul1").Save(Temp.File("tyhja.xlsx"));

        AssertRefused(Ingest(path), ProblemCode.EmptyWorkbook, "tyhja.xlsx", null, null);
    }

    [Test]
    public void A_workbook_whose_sheets_have_no_recognisable_header_is_refused_naming_the_sheets()
    {
        var builder = new WorkbookBuilder();
        builder.Sheet("Kansi").Row(1, "Raportti");
        builder.Sheet("Taul1").Row(1, "Tavoitteet", "Mittarit?", "Ennuste").Row(2, "a", "b", "c");
        var outcome = Ingest(builder.Save(Temp.File("ei-otsikkoa.xlsx")));

        var problem = AssertRefused(outcome, ProblemCode.NoHeader, "ei-otsikkoa.xlsx", null, null);
        Assert.That(problem.Describe("fi"), Does.Contain("Kansi, Taul1"));
    }

    [TestCase("Ennuste syksy 2020")]
    [TestCase("Ennuste 4/2020")]
    [TestCase("Ennuste 2/20")]
    [TestCase("Prognos 1")]
    public void A_round_header_that_cannot_be_read_is_refused_at_its_cell(string header)
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020", header)
            .Row(2, null, "T", "G", "M", "x", "y")
            .Save(Temp.File("kierros.xlsx"));

        var problem = AssertRefused(Ingest(path), ProblemCode.BadRoundHeader, "kierros.xlsx", "Data", "F1");
        Assert.That(problem.Message("fi"), Does.Contain(header));
    }

    [Test]
    public void Two_columns_for_the_same_round_are_refused()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020", "Ennuste 1 / 2020")
            .Row(2, null, "T", "G", "M", "x", "y")
            .Save(Temp.File("kaksi.xlsx"));

        var problem = AssertRefused(Ingest(path), ProblemCode.DuplicateRoundColumn, "kaksi.xlsx", "Data", "F1");
        Assert.That(problem.Message("en"), Is.EqualTo("Round 1/2020 already has column E; each round may have only one column."));
    }

    [Test]
    public void Two_metric_rows_that_collide_are_refused_naming_both_cells()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, H)
            .Rows(2, [null, "T", "G", "Kävijämäärä", "x", "y"], [null, null, null, "kävijämäärä ", "z", "w"])
            .Save(Temp.File("tormays.xlsx"));

        var problem = AssertRefused(Ingest(path), ProblemCode.MetricCollision, "tormays.xlsx", "Data", "D3");
        Assert.That(problem.Message("fi"), Does.Contain("Data!D2"));
    }

    [Test]
    public void A_cell_with_an_excel_error_value_is_refused_at_that_cell()
    {
        var path = new WorkbookBuilder().Sheet("Data").Row(1, H).Row(2, null, "T", "G", "M", "x").Save(Temp.File("virhe.xlsx"));
        XlsxSurgery.PutErrorValue(path, "F2", "#DIV/0!");

        var problem = AssertRefused(Ingest(path), ProblemCode.ErrorValue, "virhe.xlsx", "Data", "F2");
        Assert.That(problem.Message("fi"), Does.Contain("#DIV/0!"));
    }

    [Test]
    public void A_forecast_cell_with_a_formula_saved_without_its_value_is_refused_at_that_cell()
    {
        var path = new RawXlsx().Sheet("Data", [RawXlsx.TextRow(1, H),
                RawXlsx.Row(2, RawXlsx.Text("B2", "T"), RawXlsx.Text("C2", "G"), RawXlsx.Text("D2", "M"), "<c r=\"E2\"><f>Ennusteet!B7</f><v></v></c>")])
            .Save(Temp.File("openpyxl.xlsx"));

        var problem = AssertRefused(Ingest(path), ProblemCode.FormulaWithoutValue, "openpyxl.xlsx", "Data", "E2");
        Assert.That(problem.Message("en"), Does.StartWith("The cell has a formula without a computed value"));
    }

    [Test]
    public void Forecast_text_on_a_row_without_a_metric_is_refused_rather_than_lost()
    {
        var path = new WorkbookBuilder().Sheet("Data").Row(1, H).Row(2, null, "T", "G", null, "Tavoite on toteutumassa.")
            .Save(Temp.File("ei-mittaria.xlsx"));

        AssertRefused(Ingest(path), ProblemCode.ForecastWithoutMetric, "ei-mittaria.xlsx", "Data", "D2");
    }

    [Test]
    public void A_dry_run_reports_every_problem_in_the_workbook_at_once()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020", "Ennuste kevät")
            .Rows(2, [null, "T", "G", "M1", "x"], [null, null, null, "M1", "y"], [null, null, null, null, "orpo teksti"])
            .Save(Temp.File("monta.xlsx"));

        var outcome = Ingest(path, dryRun: true);

        Assert.That(outcome.Problems.Select(p => (p.Code, p.Cell)), Is.EquivalentTo(new[]
        {
            (ProblemCode.BadRoundHeader, "F1"), (ProblemCode.MetricCollision, "D3"), (ProblemCode.ForecastWithoutMetric, "D4"),
        }));
        Assert.That(Footprint(), Is.EqualTo(before));
    }

    [TestCase("fi", "monta.xlsx, välilehti Data, solu D3: Mittari ”M1” on jo solussa Data!D2")]
    [TestCase("sv", "monta.xlsx, blad Data, cell D3: Mätaren ”M1” finns redan i cell Data!D2")]
    [TestCase("en", "monta.xlsx, sheet Data, cell D3: The metric \"M1\" already appears in cell Data!D2")]
    public void Problems_are_told_in_the_controllers_language(string lang, string expectedStart)
    {
        var path = new WorkbookBuilder().Sheet("Data").Row(1, H).Rows(2, [null, "T", "G", "M1", "x"], [null, null, null, "M1", "y"])
            .Save(Temp.File("monta.xlsx"));

        var problem = Ingest(path).Problems.Single();

        Assert.That(problem.Describe(lang), Does.StartWith(expectedStart));
    }

    [Test]
    public void A_part_that_would_inflate_past_the_limit_is_refused_before_it_is_read()
    {
        using var stream = File.OpenRead(Repository.SampleWorkbook);

        var e = Assert.Throws<WorkbookRejectedException>(() => XlsxWorkbook.Open(stream, "iso.xlsx", partLimit: 1024));

        Assert.That(e!.Problem.Code, Is.EqualTo(ProblemCode.PartTooLarge));
        Assert.That(e.Problem.Describe("en"), Does.StartWith("iso.xlsx: The workbook part"));
    }

    private WorkbookProblem AssertRefused(IngestOutcome outcome, ProblemCode code, string file, string? sheet, string? cell)
    {
        Assert.That(outcome.Status, Is.EqualTo(IngestStatus.Rejected));
        var problem = outcome.Problems.FirstOrDefault(p => p.Code == code);
        Assert.That(problem, Is.Not.Null, () => "got: " + string.Join("; ", outcome.Problems.Select(p => p.Describe("en"))));
        Assert.Multiple(() =>
        {
            Assert.That(problem!.File, Is.EqualTo(file));
            Assert.That(problem.Sheet, Is.EqualTo(sheet));
            Assert.That(problem.Cell, Is.EqualTo(cell));
            Assert.That(problem.Describe("fi"), Does.StartWith(file));
            Assert.That(Footprint(), Is.EqualTo(before), "nothing is written");
        });
        return problem!;
    }

    // A compound-file header, and for an encrypted package the UTF-16 name of its EncryptionInfo stream.
    private static byte[] Ole2(bool withEncryption)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        if (withEncryption) Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        return bytes;
    }
}
