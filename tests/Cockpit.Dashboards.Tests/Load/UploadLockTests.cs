using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using Cockpit.Samples;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// An upload holds the write lock only to append and commit: while a large workbook is being read, small uploads commit and
/// the page answers at once; and reading one upload past <c>Cockpit:Uploads:ReadSeconds</c> is stopped, refused and audited.
/// </summary>
[NonParallelizable]
public class UploadLockTests : TempFolderTest
{
    private const string Key = "lock-controller-key";

    [Test]
    public async Task Small_uploads_commit_and_the_page_answers_while_a_large_workbook_is_read()
    {
        await using var cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Lock", "controller", Key)));
        using var controller = Controller(cockpit);
        var big = Temp.File("iso.xlsx");
        SyntheticWorkbook.Write(big, goals: 2000, metricsPerGoal: 5, rounds: 3);
        // The first page of a fresh server is compiled on first use; that is start-up, not waiting for the lock.
        (await cockpit.Client.GetAsync("/")).EnsureSuccessStatusCode();

        var clock = Stopwatch.StartNew();
        var bigUpload = Post(controller, big);
        var small = new List<(TimeSpan Took, TimeSpan DoneAt, HttpStatusCode Status)>();
        var page = new List<TimeSpan>();
        for (var i = 0; !bigUpload.IsCompleted && i < 50; i++)
        {
            await Task.Delay(200);
            var started = clock.Elapsed;
            using (var response = await Post(controller, Small(i)))
                small.Add((clock.Elapsed - started, clock.Elapsed, response.StatusCode));
            started = clock.Elapsed;
            (await cockpit.Client.GetAsync("/")).EnsureSuccessStatusCode();
            page.Add(clock.Elapsed - started);
        }
        using var bigResponse = await bigUpload;
        var bigDone = clock.Elapsed;
        var duringBig = small.Where(s => s.DoneAt < bigDone).ToList();
        TestContext.Out.WriteLine($"the large upload took {bigDone.TotalSeconds:F1} s; {duringBig.Count} small uploads committed meanwhile, " +
            $"slowest {small.Max(s => s.Took).TotalMilliseconds:F0} ms; slowest page {page.Max().TotalMilliseconds:F0} ms");

        // A second, or a quarter of the large upload on a machine so busy that it takes longer: both sides slow alike.
        var waited = TimeSpan.FromSeconds(Math.Max(1, bigDone.TotalSeconds / 4));
        Assert.Multiple(() =>
        {
            Assert.That(bigResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(small.Select(s => s.Status), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(duringBig, Has.Count.GreaterThanOrEqualTo(2), "small uploads committed while the large one was read");
            Assert.That(duringBig.Select(s => s.Took), Is.All.LessThan(waited), "a small upload waited for the large one");
            Assert.That(page, Is.All.LessThan(waited), "the page waited for the large upload");
        });
    }

    [Test]
    public async Task Reading_past_the_time_limit_is_refused_with_a_sentence_and_audited()
    {
        await using var cockpit = await RunningCockpit.StartAsync(
            [.. TestKeys.Arguments(new TestKey("Lock", "controller", Key)), "--Cockpit:Uploads:ReadSeconds=0.05"]);
        using var controller = Controller(cockpit);
        var big = Temp.File("hidas.xlsx");
        SyntheticWorkbook.Write(big, goals: 2000, metricsPerGoal: 5, rounds: 3);
        var uploadsBefore = (await controller.Json("/api/uploads")).GetArrayLength();

        var clock = Stopwatch.StartNew();
        using var response = await Post(controller, big, "?lang=en");
        var took = clock.Elapsed;
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var trail = (await controller.Json("/api/uploads")).Rows().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            var error = problem.GetProperty("errors")[0];
            Assert.That(error.Str("code"), Is.EqualTo("ReadTooLong"));
            Assert.That(error.Str("message"), Does.StartWith("Reading the workbook took longer than 0.05 seconds"));
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(5)), "the reader stopped at the limit");
            Assert.That(trail, Has.Count.EqualTo(uploadsBefore + 1));
            Assert.That((trail[0].Str("file_name"), trail[0].Str("outcome")), Is.EqualTo(("hidas.xlsx", "refused")));
        });
        Assert.That(cockpit.Service<CockpitDatabase>().Read(c => c.Scalar<long>("SELECT count(*) FROM uploads WHERE file_name = 'hidas.xlsx'")),
            Is.Zero, "nothing of it was written");
    }

    private static HttpClient Controller(RunningCockpit cockpit)
    {
        var client = new HttpClient { BaseAddress = cockpit.Address, Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string path, string query = "")
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path) } };
        return await client.PostAsync("/api/uploads" + query, form);
    }

    private string Small(int number) =>
        new WorkbookBuilder().Sheet("Data").Row(1, null, "Teema", "Sitova toiminnan tavoite", "Mittari", "Ennuste 2/2020")
            .Row(2, null, $"Pieni teema {number}", $"Pieni tavoite {number}", $"Pieni mittari {number}", "Tavoite on toteutumassa.")
            .Save(Temp.File($"pieni-{number}.xlsx"));
}
