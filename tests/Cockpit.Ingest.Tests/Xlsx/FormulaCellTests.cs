using Cockpit.Ingest.Xlsx;
using Cockpit.Testing;
using static Cockpit.Testing.RawXlsx;

namespace Cockpit.Ingest.Tests.Xlsx;

/// <summary>A formula cell reads as the value its program computed and stored; one stored without a value says so.</summary>
public class FormulaCellTests : TempFolderTest
{
    [Test]
    public void A_formula_reads_as_its_cached_value_of_any_type_and_one_without_a_value_is_marked()
    {
        var path = new RawXlsx().Sheet("Data", [Row(1,
            "<c r=\"A1\"><f>40*2</f><v>80</v></c>", // Excel
            "<c r=\"B1\" t=\"str\"><f>Taulukko2!B7</f><v>Tavoite on toteutumassa.</v></c>",
            "<c r=\"C1\" t=\"b\"><f>A1&gt;50</f><v>1</v></c>",
            "<c r=\"D1\" t=\"e\"><f>A1/0</f><v>#DIV/0!</v></c>",
            "<c r=\"E1\" t=\"str\"><f>IF(A1&gt;0,\"\",\"x\")</f><v></v></c>", // computed, to empty text: an empty cell
            "<c r=\"F1\"><f>A1*2</f><v></v></c>", // openpyxl
            "<c r=\"G1\"><f>A1*2</f></c>", // no <v> at all
            "<c r=\"H1\" t=\"str\"><f>B1</f></c>",
            "<c r=\"I1\"><f t=\"shared\" ref=\"I1:J1\" si=\"0\">A1+1</f><v>81</v></c>",
            "<c r=\"J1\"><f t=\"shared\" si=\"0\"/></c>")]) // a cell sharing I1's formula, not computed
            .Save(Temp.File("kaavat.xlsx"));

        using var stream = File.OpenRead(path);
        using var workbook = XlsxWorkbook.Open(stream, "kaavat.xlsx");
        var cells = workbook.ReadRows(workbook.Sheets[0]).Single().Cells.Select(c => (CellAddress.ColumnName(c.Column), c.Text, c.Kind));

        Assert.That(cells, Is.EqualTo(new[]
        {
            ("A", "80", CellKind.Number), ("B", "Tavoite on toteutumassa.", CellKind.Text), ("C", "TRUE", CellKind.Boolean),
            ("D", "#DIV/0!", CellKind.Error), ("F", "", CellKind.FormulaWithoutValue), ("G", "", CellKind.FormulaWithoutValue),
            ("H", "", CellKind.FormulaWithoutValue), ("I", "81", CellKind.Number), ("J", "", CellKind.FormulaWithoutValue),
        }));
    }
}
