using System.Net.Http.Headers;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// A 99 KB upload holding one 100-million-character cell was accepted, and every page view was then 200 MB of HTML.
/// Now it is refused at its cell, and the server's memory (from /proc) hardly moves.
/// </summary>
public class HugeCellTests : TempFolderTest
{
    private const string Key = "huge-cell-controller";

    [Test]
    public async Task A_hundred_million_character_cell_is_refused_at_its_cell_and_the_memory_stays_in_budget()
    {
        await using var cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Huge", "controller", Key)));
        var path = new WorkbookBuilder().Sheet("Data")
            .Row(1, WorkbookBuilder.FinnishHeaders)
            .Row(2, null, "Teema", "Tavoite", "Mittari", "PAISUU", "Tavoite on toteutumassa.")
            .Save(Temp.File("valtava.xlsx"));
        XlsxSurgery.Inflate(path, "xl/sharedStrings.xml", "PAISUU", 'x', 100_000_000);
        var before = ProcessMemory.RssMb(Environment.ProcessId);

        using var client = new HttpClient { BaseAddress = cockpit.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(path)), "file", "valtava.xlsx" } };
        using var response = await client.PostAsync("/api/uploads", form);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var page = await cockpit.Client.GetStringAsync("/");
        var after = ProcessMemory.RssMb(Environment.ProcessId);

        TestContext.Out.WriteLine($"{new FileInfo(path).Length:N0} bytes uploaded; server RSS {before} -> {after} MB; page {page.Length:N0} characters");
        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("cell").GetString())),
            Does.Contain(("TextTooLong", "E2")));
        Assert.That(after - before, Is.LessThan(150), "the server's memory (MB)");
        Assert.That(page, Has.Length.LessThan(1_000_000));
    }
}
