using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Cockpit.Dashboards.Tests.Web;
using Cockpit.Dashboards.Web;
using Cockpit.Model.Store;
using Cockpit.Testing;
using Cockpit.Testing.Fuzz;

namespace Cockpit.Dashboards.Tests.Load;

/// <summary>
/// Mutated workbooks (see <see cref="WorkbookFuzz"/>) posted to the real server: never a 5xx, every 4xx a ProblemDetails
/// whose messages are sentences, every attempt audited, and the server still healthy after. The ingest fuzz runs
/// thousands in process; this is a sample of them over HTTP.
/// </summary>
[NonParallelizable]
public class UploadFuzzTests
{
    private const int Cases = 200;
    private const string Key = "fuzz-controller-key";
    private const string Test = "tests/Cockpit.Dashboards.Tests --filter FullyQualifiedName~UploadFuzzTests";

    [Test]
    public async Task Mutated_workbooks_over_http_are_never_a_server_error()
    {
        await using var cockpit = await RunningCockpit.StartAsync(TestKeys.Arguments(new TestKey("Fuzz", "controller", Key)));
        using var controller = new HttpClient { BaseAddress = cockpit.Address };
        controller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var temp = new TempDirectory();
        var bases = FuzzWorkbooks.SamplesAndBuilt(temp);
        var seed = WorkbookFuzz.Seed;
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var attemptsBefore = Attempts(cockpit);
        var clock = Stopwatch.StartNew();

        foreach (var index in WorkbookFuzz.Indexes(Cases))
        {
            var fuzzCase = WorkbookFuzz.Make(bases, seed, index);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(fuzzCase.Bytes), "file", fuzzCase.FileName } };
            using var response = await controller.PostAsync("/api/uploads?lang=en", form);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (Failure(status, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()) is { } failure)
                failures.Add($"{fuzzCase}\n    {failure}\n    {WorkbookFuzz.Replay(fuzzCase, Test)}");
        }

        var healthy = (await controller.Json("/healthz")).Str("status") == "ok";
        var audited = Attempts(cockpit) - attemptsBefore;
        WorkbookFuzz.Report(string.Create(CultureInfo.InvariantCulture,
            $"fuzz http: seed {seed}, {statuses.Values.Sum()} cases in {clock.Elapsed.TotalSeconds:0.0} s: "
            + $"{string.Join(", ", statuses.Select(s => $"{s.Value}× {s.Key}"))}, 5xx = {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}, "
            + $"{audited} attempts audited, /healthz {(healthy ? "ok" : "DOWN")}"));
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, () => string.Join("\n", failures.Take(5)));
            Assert.That(audited, Is.EqualTo(statuses.Values.Sum()), "every attempt is in the audit trail");
            Assert.That(healthy, "the server still answers /healthz");
        });
    }

    // Null when the answer is one a controller can read: a load, or a 4xx ProblemDetails whose every message is a sentence.
    private static string? Failure(int status, string? mediaType, string body)
    {
        if (status is >= 200 and < 300) return null;
        if (status >= 500 || status < 400) return $"{status}: {body}";
        if (mediaType != "application/problem+json") return $"{status} as {mediaType}: {body}";
        var problem = JsonDocument.Parse(body).RootElement;
        var messages = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.Str("message")).ToList() : [problem.Str("detail")];
        return problem.Str("detail").Length > 0 && messages.All(m => m.TrimEnd().EndsWith('.') && !m.Contains("Exception", StringComparison.Ordinal))
            ? null
            : $"{status} without a sentence: {body}";
    }

    private static long Attempts(RunningCockpit cockpit) =>
        cockpit.Service<CockpitDatabase>().Read(c => c.Scalar<long>("SELECT count(*) FROM upload_attempts"));
}
