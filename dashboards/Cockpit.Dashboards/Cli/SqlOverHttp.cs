using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cockpit.Dashboards.Sql;

namespace Cockpit.Dashboards.Cli;

/// <summary>
/// The <c>sql</c> verb against a running cockpit: the statement goes to its <c>POST /api/sql</c>, so it runs in the server's
/// sandbox and workers, on the data as it is now, and lands in the query log like any other.
/// </summary>
internal static class SqlOverHttp
{
    public static int Run(Uri server, string? key, string sql, string format, int maxRows, TextWriter stdout, TextWriter stderr)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        HttpResponseMessage response;
        try
        {
            response = client.PostAsJsonAsync("/api/sql", new { sql, format = format == "csv" ? "csv" : "json", maxRows }).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            stderr.WriteLine($"error: no cockpit answered at {server}: {e.Message}");
            return 1;
        }
        using (response)
        {
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                stderr.WriteLine($"error: {Problem(response, body)}");
                return 1;
            }
            if (format == "table") Table(body, stdout);
            else stdout.Write(format == "json" ? body + Environment.NewLine : body);
            return 0;
        }
    }

    private static void Table(string json, TextWriter stdout)
    {
        using var answer = JsonDocument.Parse(json);
        var root = answer.RootElement;
        var rows = new List<string[]> { root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString() ?? "").ToArray() };
        rows.AddRange(root.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(Text).ToArray()));
        SqlOutput.Aligned(rows, root.GetProperty("truncated").GetBoolean(), stdout);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => (value.GetString() ?? "").ReplaceLineEndings(" "),
        _ => value.GetRawText(),
    };

    private static string Problem(HttpResponseMessage response, string body)
    {
        if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized) return "the cockpit wants a key: --key KEY or COCKPIT_KEY";
        if (response.StatusCode is System.Net.HttpStatusCode.Forbidden) return "this key may not run SQL (analysts and admins may)";
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
