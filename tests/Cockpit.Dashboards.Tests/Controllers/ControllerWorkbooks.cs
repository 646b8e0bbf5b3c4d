using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Controllers;

/// <summary>
/// The workbooks a controller sends in these tests: a forecast report for the theme "Testiteema" as first loaded, the
/// same with three error cells, and a corrected one that changes two texts of round 2/2020; a monthly report with text
/// where a number belongs.
/// </summary>
public static partial class ControllerWorkbooks
{
    public const string Theme = "Testiteema";
    public const string Delayed = "Hanke viivästyy koronan vuoksi ja toteutuminen on epävarma.";
    public const string Achieved = "Tavoite on saavutettu.";

    public static byte[] First(string folder) => Forecast(folder, "Hanke etenee suunnitellusti.", "Tavoite ei toteudu.");

    public static byte[] Corrected(string folder) => Forecast(folder, Delayed, Achieved);

    /// <summary>Three forecast cells that are formulas, not texts: F2, E3 and F4 of sheet "Ennusteet".</summary>
    public static byte[] WithThreeProblems(string folder) => Forecast(folder, Delayed, Achieved, sheet =>
    {
        sheet.Cell("F2").FormulaA1 = "1/0";
        sheet.Cell("E3").FormulaA1 = "NA()";
        sheet.Cell("F4").FormulaA1 = "1/0";
    });

    private static byte[] Forecast(string folder, string m1Round2, string m3Round2, Action<IXLWorksheet>? spoil = null)
    {
        var sheet = new WorkbookBuilder().Sheet("Ennusteet")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 1/2020", "Ennuste 2/2020")
            .Row(2, null, Theme, "Testitavoite yksi", "Mittari yksi", "Tavoite on toteutumassa.", m1Round2)
            .Row(3, null, null, null, "Mittari kaksi", "Tavoite on toteutumassa.", "Tavoite on toteutumassa.")
            .Row(4, null, Theme, "Testitavoite kaksi", "Mittari kolme", "Tavoite ei toteudu.", m3Round2)
            .Merge("B2:B3").Merge("C2:C3");
        spoil?.Invoke(sheet.Worksheet);
        return File.ReadAllBytes(sheet.Save(Path.Combine(folder, $"{Guid.NewGuid():N}.xlsx")));
    }

    /// <summary>The sample's January with text in Mittarit's number cell C5, or corrected with a number there.</summary>
    public static byte[] Monthly(string folder, object c5)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.xlsx");
        File.Copy(Path.Combine(Repository.Samples, "kuukausiraportti-2020-01.xlsx"), path);
        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheet("Mittarit").Cell("C5").Value = c5;
            workbook.Save();
        }
        return File.ReadAllBytes(path);
    }

    public static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException("the page has no form token");

    public static string Sha256(string html) => HashField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException("the page has no confirm form");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"sha256\" value=\"([0-9a-f]{64})\"")]
    private static partial Regex HashField();
}
