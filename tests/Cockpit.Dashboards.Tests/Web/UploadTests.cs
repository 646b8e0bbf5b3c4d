using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Controllers' uploads over HTTP: loaded, checked, refused with every problem, archived and audited.</summary>
public class UploadTests : TempFolderTest
{
    private const string ControllerKey = "upload-key-1";
    private const string ViewerKey = "view-key-2";
    private const int MaxBytes = 1_000_000;

    private RunningCockpit cockpit = null!;
    private HttpClient controller = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        cockpit = await RunningCockpit.StartAsync(
            [.. TestKeys.Arguments(new TestKey("Maija Controller", "controller", ControllerKey), new TestKey("Leader", "viewer", ViewerKey)),
                $"--Cockpit:Uploads:MaxBytes={MaxBytes}"]);
        controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ControllerKey);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        controller.Dispose();
        await cockpit.DisposeAsync();
    }

    [Test]
    public async Task A_controller_s_workbook_loads_shows_at_once_and_is_archived_byte_for_byte()
    {
        var bytes = File.ReadAllBytes(Workbook("Uusi teema", "Tavoite on toteutumassa."));

        using var response = await Post(bytes, "kierros-2.xlsx");
        var body = await Json(response);
        var id = body.GetProperty("uploadId").GetInt32();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await controller.Json("/api/goals?round=2/2020&theme=Uusi%20teema")).Rows().Single().Str("status"), Is.EqualTo("on_track"));
        Assert.That(await controller.GetByteArrayAsync($"/api/uploads/{id}/file"), Is.EqualTo(bytes));
        var trail = (await controller.Json("/api/uploads")).Rows().First();
        Assert.That((trail.Str("file_name"), trail.Str("outcome"), trail.Str("attempted_by")), Is.EqualTo(("kierros-2.xlsx", "loaded", "Maija Controller")));
    }

    [Test]
    public async Task A_monthly_workbook_is_recognised_from_its_content_and_replaces_its_month()
    {
        var path = Temp.File("tammikuu.xlsx");
        File.Copy(Path.Combine(Repository.Samples, "kuukausiraportti-2020-01.xlsx"), path);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(path))
        {
            workbook.Worksheet("Mittarit").Cell("C5").Value = 41; // the sample's January, corrected
            workbook.Save();
        }

        using var response = await Post(File.ReadAllBytes(path), "tammikuu.xlsx");
        var body = await Json(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        Assert.That(body.Str("kind"), Is.EqualTo("monthly"));
        Assert.That(body.GetProperty("monthly").GetProperty("months").Rows().Select(m => m.GetString()), Is.EqualTo(new[] { "2020-01" }));
        Assert.That(body.GetProperty("monthly").GetProperty("replaced").GetArrayLength(), Is.GreaterThan(0), "the sample's January is replaced");
    }

    [Test]
    public async Task The_template_filled_in_as_a_controller_would_loads()
    {
        var template = await controller.GetByteArrayAsync("/api/templates/monthly.xlsx?month=2020-07");
        var path = Temp.File("heinakuu.xlsx");
        File.WriteAllBytes(path, template);
        int metrics;
        using (var workbook = new ClosedXML.Excel.XLWorkbook(path))
        {
            var values = workbook.Worksheet("Mittarit");
            var rows = values.RowsUsed().Skip(2).ToList();
            metrics = rows.Count;
            foreach (var row in rows) row.Cell(3).Value = 42.5;
            foreach (var row in workbook.Worksheet("Talous").RowsUsed().Skip(2))
            {
                row.Cell(3).Value = 1000;
                row.Cell(4).Value = 550;
                row.Cell(5).Value = 990;
            }
            workbook.Save();
        }

        using var response = await Post(File.ReadAllBytes(path), "heinakuu.xlsx");
        var body = await Json(response);

        Assert.That(metrics, Is.GreaterThanOrEqualTo(11), "every metric in force is prefilled, the sample's 11 at least");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        Assert.That(body.GetProperty("monthly").GetProperty("rowsPerSheet").Rows().Select(r => r.GetProperty("rows").GetInt32()),
            Is.EqualTo(new[] { metrics, 5 }));
    }

    [Test]
    public async Task A_template_for_a_month_that_is_no_month_is_a_400_problem() =>
        await controller.Problem("/api/templates/monthly.xlsx?month=2020-13", 400, "/problems/bad-filter");

    [Test]
    public async Task A_dry_run_checks_and_changes_nothing()
    {
        var before = (await controller.Json("/healthz")).Str("data");

        using var response = await Post(File.ReadAllBytes(Workbook("Koeteema", "x")), "koe.xlsx", "?dryRun=true");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(response)).Str("status"), Is.EqualTo("validated"));
        Assert.That((await controller.Json("/healthz")).Str("data"), Is.EqualTo(before));
    }

    [Test]
    public async Task A_workbook_with_problems_is_422_listing_every_problem_in_the_sender_s_language()
    {
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020", "Ennuste syksy")
            .Rows(2, [null, "T", "G", "M", "x"], [null, null, null, "M", "y"])
            .Save(Temp.File("virheet.xlsx"));
        using var request = Request(File.ReadAllBytes(path), "virheet.xlsx", "");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("sv-FI"));

        using var response = await controller.SendAsync(request);
        var problem = await Json(response);

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That(problem.Str("type"), Is.EqualTo("/problems/invalid-workbook"));
        var errors = problem.GetProperty("errors").Rows().Select(e => (e.Str("sheet"), e.Str("cell"))).ToList();
        Assert.That(errors, Is.EquivalentTo(new[] { ("Data", "F1"), ("Data", "D3") }));
        Assert.That(problem.GetProperty("errors")[0].Str("message"), Does.Contain("Kolumnrubriken").Or.Contain("Mätaren"));
    }

    [Test]
    public async Task A_csv_renamed_xlsx_is_422_and_the_attempt_is_in_the_audit_trail()
    {
        using var response = await Post(Encoding.UTF8.GetBytes("a;b\n1;2\n"), "raportti.xlsx");

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        var trail = (await controller.Json("/api/uploads")).Rows().First();
        Assert.That((trail.Str("file_name"), trail.Str("outcome")), Is.EqualTo(("raportti.xlsx", "refused")));
    }

    [Test]
    public async Task A_file_over_the_size_limit_is_413()
    {
        using var response = await Post(new byte[MaxBytes + 1000], "iso.xlsx");

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    public static IEnumerable<TestCaseData> HostileFiles()
    {
        var ole2 = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole2, 0);
        var encrypted = (byte[])ole2.Clone();
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(encrypted, 1024);
        var sample = File.ReadAllBytes(Repository.SampleWorkbook);
        yield return new TestCaseData(ole2, "OldXls").SetName("An old .xls is 422");
        yield return new TestCaseData(encrypted, "PasswordProtected").SetName("A password-protected workbook is 422");
        yield return new TestCaseData(sample[..(sample.Length / 2)], "Corrupt").SetName("A truncated workbook is 422");
        yield return new TestCaseData(ZipBomb(), "PartTooLarge").SetName("A zip bomb is 422 before it is inflated");
        yield return new TestCaseData("%PDF-1.4\n"u8.ToArray(), "NotWorkbookPdf").SetName("A PDF is 422");
    }

    [TestCaseSource(nameof(HostileFiles))]
    public async Task A_hostile_file_is_refused_with_a_message_and_the_server_keeps_serving(byte[] bytes, string code)
    {
        using var response = await Post(bytes, "raportti.xlsx");
        var problem = await Json(response);

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That(problem.GetProperty("errors")[0].Str("code"), Is.EqualTo(code));
        Assert.That(problem.GetProperty("errors")[0].Str("message"), Is.Not.Empty);
        Assert.That((await controller.Json("/healthz")).Str("status"), Is.EqualTo("ok"));
    }

    [Test]
    public async Task A_workbook_the_reader_fails_on_unforeseen_is_422_with_a_sentence_and_the_attempt_is_audited()
    {
        using var response = await Post(UnforeseenWorkbook.Bytes(), "outo.xlsx", "?lang=en");
        var problem = await Json(response);

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        var error = problem.GetProperty("errors")[0];
        Assert.That(error.Str("code"), Is.EqualTo("Unreadable"), "the witness no longer reaches the catch-all: pick another");
        Assert.That(error.Str("message"), Does.StartWith("The workbook could not be read (").And.EndWith("). Open it in Excel, save it as .xlsx and try again."));
        Assert.That(problem.Str("detail"), Does.Contain(error.Str("message")).And.Not.Contain("Exception"));
        var trail = (await controller.Json("/api/uploads")).Rows().First();
        Assert.That((trail.Str("file_name"), trail.Str("outcome"), trail.Str("detail")),
            Is.EqualTo(("outo.xlsx", "refused", $"outo.xlsx, sheet {UnforeseenWorkbook.Sheet}: {error.Str("message")}")));
    }

    [Test]
    public async Task A_multipart_body_cut_off_before_its_closing_boundary_is_400()
    {
        var body = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 and then nothing";
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        using var response = await controller.PostAsync("/api/uploads", content);

        Assert.That((int)response.StatusCode, Is.EqualTo(400), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await Json(response)).Str("detail"), Does.Contain("ended before its closing boundary"));
    }

    // 300 MiB of zeros in one part: a few hundred kilobytes zipped, far past the 256 MiB a part may inflate to.
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) part.Write(zeros);
        }
        return buffer.ToArray();
    }

    [TestCase("../../etc/passwd.xlsx")]
    [TestCase("kansio/raportti.xlsx")]
    [TestCase("C:\\raportti.xlsx")]
    [TestCase(".piilo.xlsx")]
    [TestCase("raportti\u202Exslx.exe")]
    [TestCase("raportti\u200B.xlsx")]
    [TestCase("\uFEFFraportti.xlsx")]
    public async Task A_file_name_with_path_invisible_or_direction_characters_is_refused(string name)
    {
        using var response = await Post(File.ReadAllBytes(Workbook("T", "x")), name);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((await Json(response)).Str("type"), Is.EqualTo("/problems/bad-file-name"));
    }

    [Test]
    public async Task A_viewer_may_not_upload()
    {
        using var request = Request(File.ReadAllBytes(Workbook("T", "x")), "a.xlsx", "");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ViewerKey);

        using var response = await controller.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task The_original_of_an_unknown_upload_is_a_404_problem() =>
        await controller.Problem("/api/uploads/999/file", 404, "/problems/unknown-upload");

    private Task<HttpResponseMessage> Post(byte[] bytes, string name, string query = "") => controller.SendAsync(Request(bytes, name, query));

    private static HttpRequestMessage Request(byte[] bytes, string name, string query)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return new HttpRequestMessage(HttpMethod.Post, "/api/uploads" + query) { Content = form };
    }

    private string Workbook(string theme, string text) => new WorkbookBuilder().Sheet("Data")
        .Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020")
        .Row(2, null, theme, $"Tavoite {theme}", "Mittari", text)
        .Save(Temp.File($"{Guid.NewGuid():N}.xlsx"));

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

}
