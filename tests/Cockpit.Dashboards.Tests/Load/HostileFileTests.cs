using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// A corpus of hostile and broken files, made by the test: each ends in a 4xx with a message a controller can act
/// on, the server keeps serving, and what it serves is unchanged to the byte.
/// </summary>
[NonParallelizable]
public class HostileFileTests
{
    private const string Key = "hostile-controller-key";
    private const int MaxBytes = 8_000_000;
    private static readonly TempDirectory Temp = new();

    private RunningCockpit cockpit = null!;
    private HttpClient controller = null!;
    private string served = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync(
            [.. TestKeys.Arguments(new TestKey("Hostile", "controller", Key)), $"--Cockpit:Uploads:MaxBytes={MaxBytes}"]);
        controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        served = await Served();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        controller.Dispose();
        await cockpit.DisposeAsync();
        Temp.Dispose();
    }

    public static IEnumerable<TestCaseData> Corpus()
    {
        var sample = File.ReadAllBytes(Repository.SampleWorkbook);
        var monthly = File.ReadAllBytes(Path.Combine(Repository.Samples, "kuukausiraportti-2020-03.xlsx"));
        var ole2 = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole2, 0);
        var encrypted = (byte[])ole2.Clone();
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(encrypted, 1024);
        const string sheet = "xl/worksheets/sheet1.xml";

        TestCaseData Case(string name, byte[] bytes, int status = 422) => new TestCaseData(bytes, "hostile.xlsx", status).SetName(name);

        yield return Case("a CSV file", Encoding.UTF8.GetBytes("Teema;Tavoite;Mittari\nA;B;C\n"));
        yield return Case("a Windows-1252 CSV", Encoding.Latin1.GetBytes("Käyttäjä;Tavoite\nA;B\n"));
        yield return Case("a PDF", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray());
        yield return Case("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        yield return Case("an old binary .xls", ole2);
        yield return Case("a password-protected workbook", encrypted);
        yield return Case("an empty file", []);
        yield return Case("a workbook cut at half", sample[..(sample.Length / 2)]);
        yield return Case("a workbook cut before its last bytes", sample[..(sample.Length - 30)]);
        yield return Case("a zip bomb of 300 MiB in one part", Zip(("xl/worksheets/sheet1.xml", new byte[300 << 20])));
        yield return Case("a zip with no workbook in it", Zip(("readme.txt", "hello"u8.ToArray())));
        yield return Case("a Word document", Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray())));
        yield return Case("sheet XML cut in the middle", Edit(sample, sheet, xml => xml[..(xml.Length / 2)]));
        yield return Case("sheet XML with an unclosed element", Edit(sample, sheet, xml => xml.Replace("</x:sheetData>", "<x:row>")));
        yield return Case("sheet XML with a DTD reading a local file", Edit(sample, sheet, xml =>
            xml.Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")));
        yield return Case("sheet XML with an undefined entity", Edit(sample, sheet, xml => xml.Replace("<x:sheetData>", "<x:sheetData>&nothing;")));
        yield return Case("a shared string that does not exist", Edit(sample, sheet, xml => xml.Replace("<x:v>0</x:v>", "<x:v>99999</x:v>")));
        yield return Case("a workbook whose sheet part is missing", Edit(sample, "xl/_rels/workbook.xml.rels", xml => xml.Replace("worksheets/sheet1.xml", "worksheets/none.xml")));
        yield return Case("XML nested 100,000 elements deep and no data", Skeleton(
            "<worksheet><sheetData>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</sheetData></worksheet>"));
        yield return Case("a million empty styled rows and no data", Skeleton("<worksheet><sheetData>"
            + string.Concat(Enumerable.Range(1, 1_000_000).Select(r => $"<row r=\"{r}\" s=\"1\" customFormat=\"1\"/>")) + "</sheetData></worksheet>"));
        yield return Case("a formula whose cached value is #REF!", WithError(sample, "F5", "#REF!"));
        yield return Case("an external link whose value is #N/A", WithError(sample, "G6", "#N/A"));
        yield return Case("a header row and no metrics", Built(new WorkbookBuilder().Sheet("Data").Row(1, WorkbookBuilder.FinnishHeaders)));
        yield return Case("a round header that is no round", Built(new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste syksy").Row(2, null, "T", "G", "M", "x")));
        yield return Case("two rows for one metric", Built(new WorkbookBuilder().Sheet("Data")
            .Row(1, WorkbookBuilder.FinnishHeaders).Rows(2, [null, "T", "G", "M", "x"], [null, null, null, "M", "y"])));
        yield return Case("forecast text without a metric", Built(new WorkbookBuilder().Sheet("Data")
            .Row(1, WorkbookBuilder.FinnishHeaders).Row(2, null, "T", "G", null, "Tavoite on toteutumassa.")));
        yield return Case("a monthly report with an unknown metric", EditMonthly(monthly, "C", wb => wb.Worksheet("Mittarit").Cell(5, 1).Value = "Mittari, jota ei ole"));
        yield return Case("a monthly report with text for a number", EditMonthly(monthly, "D", wb => wb.Worksheet("Mittarit").Cell(5, 3).Value = "paljon"));
        yield return Case("a monthly report with a month that is no month", EditMonthly(monthly, "E", wb => wb.Worksheet("Talous").Cell(5, 2).Value = "kevät"));
        yield return Case("a monthly report with a negative budget", EditMonthly(monthly, "F", wb => wb.Worksheet("Talous").Cell(5, 3).Value = -5));
        yield return Case("a monthly report with an absurd percentage", EditMonthly(monthly, "H", wb => wb.Worksheet("Mittarit").Cell(5, 3).Value = 5_000_000));
        yield return Case("a monthly report with an unknown service entity", EditMonthly(monthly, "I", wb => wb.Worksheet("Talous").Cell(5, 1).Value = "Sirkus"));
        yield return Case("a monthly report with a row twice", EditMonthly(monthly, "J", wb =>
        {
            var talous = wb.Worksheet("Talous");
            talous.Row(6).InsertRowsBelow(1);
            talous.Range(5, 1, 5, 6).CopyTo(talous.Cell(7, 1));
        }));
        yield return Case("a monthly report without its Toteuma column", EditMonthly(monthly, "K", wb => wb.Worksheet("Mittarit").Column(3).Delete()));
        yield return Case("a huge shared-string table and no header", Zip(
            ("[Content_Types].xml", "<Types/>"u8.ToArray()),
            ("_rels/.rels", Rels("officeDocument", "xl/workbook.xml")),
            ("xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Taul1\" r:id=\"rId1\"/></sheets></workbook>"u8.ToArray()),
            ("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("<Relationships>"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")),
            ("xl/sharedStrings.xml", Encoding.UTF8.GetBytes("<sst>" + string.Concat(Enumerable.Range(0, 500_000).Select(i => $"<si><t>merkkijono {i}</t></si>")) + "</sst>")),
            ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>"u8.ToArray())));
        yield return Case("a monthly report without its Talous sheet", EditMonthly(monthly, "G", wb => wb.Worksheet("Talous").Delete()));
        foreach (var seed in new[] { 1, 2, 3, 4, 5, 6 })
            yield return Case($"the sample with random bytes of its sheet changed (seed {seed})", Mutate(sample, sheet, seed));
        yield return Case("a file over the size limit", new byte[MaxBytes + 10_000], 413);
        yield return new TestCaseData(sample, "../../etc/cron.d/x.xlsx", 400).SetName("a file name with path characters");
    }

    [TestCaseSource(nameof(Corpus))]
    public async Task A_hostile_file_is_refused_with_a_message_and_nothing_served_changes(byte[] bytes, string name, int status)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        using var response = await controller.PostAsync("/api/uploads", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain("\"detail\":\"").And.Not.Contain("Exception"), "a sentence for a person, no stack trace");
        Assert.That((await controller.Json("/healthz")).Str("status"), Is.EqualTo("ok"));
        Assert.That(await Served(), Is.EqualTo(served), "what the cockpit serves is unchanged to the byte");
    }

    // Every table the cockpit serves, concatenated: equal before and after means nothing changed.
    private async Task<string> Served()
    {
        var parts = new List<string>();
        foreach (var path in new[] { "/api/rounds", "/api/goals?round=1/2020", "/api/goals?round=2/2020", "/api/goals?round=3/2020",
                     "/api/status-summary?round=2/2020", "/api/tiles/metric-trend", "/api/tiles/budget" })
            parts.Add(await controller.GetStringAsync(path));
        return string.Join("\n", parts);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }

    // Changes a few random bytes inside one part's compressed data (found from its local header), as a bad disk would.
    private static byte[] Mutate(byte[] workbook, string part, int seed)
    {
        var bytes = (byte[])workbook.Clone();
        var name = Encoding.ASCII.GetBytes(part);
        var header = FindLocalHeader(bytes, name);
        var nameLength = BitConverter.ToUInt16(bytes, header + 26);
        var extraLength = BitConverter.ToUInt16(bytes, header + 28);
        var compressed = BitConverter.ToInt32(bytes, header + 18);
        var start = header + 30 + nameLength + extraLength;
        var random = new Random(seed);
        for (var i = 0; i < 8; i++) bytes[start + random.Next(compressed)] ^= (byte)random.Next(1, 256);
        return bytes;
    }

    private static int FindLocalHeader(byte[] bytes, byte[] name)
    {
        for (var at = 0; at < bytes.Length - 30; at++)
            if (bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == 3 && bytes[at + 3] == 4
                && bytes.AsSpan(at + 30, Math.Min(name.Length, bytes.Length - at - 30)).SequenceEqual(name))
                return at;
        throw new ArgumentException("no such part");
    }

    // The least a workbook is: one sheet, whose XML is given.
    private static byte[] Skeleton(string sheetXml) => Zip(
        ("[Content_Types].xml", "<Types/>"u8.ToArray()),
        ("_rels/.rels", Rels("officeDocument", "xl/workbook.xml")),
        ("xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Taul1\" r:id=\"rId1\"/></sheets></workbook>"u8.ToArray()),
        ("xl/_rels/workbook.xml.rels", Rels("worksheet", "worksheets/sheet1.xml")),
        ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(sheetXml)));

    private static byte[] Rels(string type, string target) => Encoding.UTF8.GetBytes(
        $"<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{target}\"/></Relationships>");

    private static byte[] Edit(byte[] workbook, string part, Func<string, string> edit)
    {
        var path = Temp.File($"{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, workbook);
        XlsxSurgery.EditPart(path, part, edit);
        return File.ReadAllBytes(path);
    }

    private static byte[] WithError(byte[] workbook, string cell, string error)
    {
        var path = Temp.File($"{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, workbook);
        XlsxSurgery.PutErrorValue(path, cell, error);
        return File.ReadAllBytes(path);
    }

    private static byte[] EditMonthly(byte[] workbook, string tag, Action<ClosedXML.Excel.XLWorkbook> edit)
    {
        var path = Temp.File($"kuukausi-{tag}-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, workbook);
        using (var book = new ClosedXML.Excel.XLWorkbook(path))
        {
            edit(book);
            book.Save();
        }
        return File.ReadAllBytes(path);
    }

    private static byte[] Built(SheetBuilder sheet) => File.ReadAllBytes(sheet.Save(Temp.File($"{Guid.NewGuid():N}.xlsx")));
}
