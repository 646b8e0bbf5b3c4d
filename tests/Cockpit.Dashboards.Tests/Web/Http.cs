using System.Net.Http.Json;
using System.Text.Json;

namespace Cockpit.Dashboards.Tests.Web;

internal static class Http
{
    public static async Task<JsonElement> Json(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), () => $"{path}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails answer with the given status and type, and returns it.</summary>
    public static async Task<JsonElement> Problem(this HttpClient client, string path, int status, string type)
    {
        using var response = await client.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(status), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo(type), path);
        return problem;
    }

    public static IEnumerable<JsonElement> Rows(this JsonElement array) => array.EnumerateArray();

    public static string Str(this JsonElement row, string name) => row.GetProperty(name).GetString() ?? "";
}
