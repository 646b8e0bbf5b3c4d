using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Cockpit.Model.Store;
using Cockpit.Samples;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Crash;

/// <summary>
/// The server killed (SIGKILL) at several points of a large upload, then started again on the same database: the
/// database opens, the interrupted upload is wholly there or wholly absent, and every earlier upload is intact.
/// </summary>
[NonParallelizable]
public class CrashConsistencyTests : TempFolderTest
{
    private const string Key = "crash-controller-key";
    private const int Goals = 600, Metrics = 5, Rounds = 3;

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["Cockpit__Auth__ApiKeys__0__Name"] = "Crash",
        ["Cockpit__Auth__ApiKeys__0__Role"] = "controller",
        ["Cockpit__Auth__ApiKeys__0__Sha256"] = Web.TestKeys.Hash(Key),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    [TestCase(0)]
    [TestCase(150)]
    [TestCase(400)]
    [TestCase(900)]
    public async Task A_kill_during_an_upload_leaves_it_wholly_there_or_wholly_absent_and_the_rest_intact(int killAfterMilliseconds)
    {
        var database = Temp.File("cockpit.duckdb");
        var workbook = Temp.File("big.xlsx");
        SyntheticWorkbook.Write(workbook, Goals, Metrics, Rounds);
        string before;
        using (var server = await ServerProcess.StartAsync(database, Environment)) server.Kill(); // loads the samples, then dies
        before = Fingerprint(database, excludeUpload: int.MaxValue);

        using (var server = await ServerProcess.StartAsync(database, Environment))
        {
            using var client = new HttpClient { BaseAddress = server.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(workbook)), "file", "big.xlsx" } };
            var upload = client.PostAsync("/api/uploads", form);
            await Task.Delay(killAfterMilliseconds);
            server.Kill();
            try { await upload; } catch (HttpRequestException) { } // the connection died with the server
        }

        using (var restarted = await ServerProcess.StartAsync(database, Environment)) restarted.Kill(); // it opens again
        using var store = CockpitStore.Open(database);
        var uploads = store.Connection.Query("SELECT upload_id, file_name, rows FROM uploads ORDER BY upload_id", r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2)));
        var big = uploads.Where(u => u.Item2 == "big.xlsx").ToList();
        var bigRows = store.Connection.Scalar<long>("SELECT count(*) FROM forecast_entries WHERE upload_id NOT IN (SELECT upload_id FROM uploads WHERE file_name <> 'big.xlsx')");
        var expected = Goals * Metrics * Rounds;
        TestContext.Out.WriteLine($"killed after {killAfterMilliseconds} ms: the upload is {(big.Count == 1 ? "wholly there" : "absent")}");
        Assert.Multiple(() =>
        {
            Assert.That(big, Has.Count.LessThanOrEqualTo(1));
            Assert.That(bigRows, Is.EqualTo(big.Count == 1 ? expected : 0), "wholly there or wholly absent");
            if (big.Count == 1) Assert.That(big[0].Item3, Is.EqualTo(expected));
        });
        store.Dispose();
        Assert.That(Fingerprint(database, excludeUpload: big.Count == 1 ? big[0].Item1 : int.MaxValue), Is.EqualTo(before), "earlier uploads intact");
    }

    // Row counts and a checksum of what the views show for every upload but one.
    private static string Fingerprint(string database, int excludeUpload)
    {
        using var store = CockpitStore.Open(database);
        return store.Connection.Scalar<string>("""
            SELECT printf('%d|%d|%d|%d', (SELECT count(*) FROM v_forecast_history WHERE upload_id <> $u),
                (SELECT coalesce(sum(hash(metric, round, forecast_text, status)), 0) FROM v_forecast_history WHERE upload_id <> $u),
                (SELECT count(*) FROM v_metric_value_history WHERE upload_id <> $u),
                (SELECT count(*) FROM uploads WHERE upload_id <> $u))
            """, ("u", excludeUpload))!;
    }
}
