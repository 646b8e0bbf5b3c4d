using System.Text;
using Cockpit.Testing;

namespace Cockpit.Ingest.Tests.Monthly;

public class KindRecognitionTests : TempFolderTest
{
    [Test]
    public void A_workbook_with_sheets_Mittarit_and_Talous_is_a_monthly_report() =>
        Assert.That(KindOf(MonthlyBook.Metrics(MonthlyBook.GoodMetrics("2020-04")).Save(Temp.File("m.xlsx"))), Is.EqualTo("monthly"));

    [Test]
    public void A_workbook_with_a_Swedish_Matare_sheet_alone_is_a_monthly_report_and_is_then_told_what_it_lacks() =>
        Assert.That(KindOf(new MonthlyBook().Sheet("Mätare", MonthlyBook.MetricHeader, []).Save(Temp.File("m.xlsx"))), Is.EqualTo("monthly"));

    [Test]
    public void The_forecast_sample_is_a_forecast_report() =>
        Assert.That(KindOf(Repository.SampleWorkbook), Is.EqualTo("forecast"));

    [Test]
    public void A_file_that_is_no_workbook_goes_to_the_forecast_reader_which_refuses_it()
    {
        var path = Temp.File("x.xlsx");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("Mittari;Kuukausi\n"));

        Assert.That(KindOf(path), Is.EqualTo("forecast"));
    }

    private static string KindOf(string path)
    {
        using var stream = File.OpenRead(path);
        var kind = WorkbookIngest.KindOf(stream, Path.GetFileName(path));
        Assert.That(stream.Position, Is.Zero, "the stream is rewound for the reader");
        return kind;
    }
}
