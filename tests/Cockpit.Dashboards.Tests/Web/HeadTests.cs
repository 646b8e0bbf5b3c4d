namespace Cockpit.Dashboards.Tests.Web;

/// <summary>HEAD is answered wherever GET is, with GET's status and headers and no body.</summary>
public class HeadTests : CockpitServerTest
{
    private static readonly string[] Compared = ["Content-Type", "Content-Length", "Content-Disposition", "ETag", "Cache-Control", "WWW-Authenticate", "Allow"];

    [TestCase("/healthz")]
    [TestCase("/")]
    [TestCase("/?lang=sv")]
    [TestCase("/api/goals")]
    [TestCase("/api/goals?format=csv")]
    [TestCase("/api/goals/1?format=xlsx")]
    [TestCase("/api/charts/status-trend.png")]
    [TestCase("/api/charts/goal-heatmap.svg")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/api/goals?round=9/2020")]
    [TestCase("/api/nothing-here")]
    [TestCase("/api/sql")]
    public async Task Head_answers_as_get_does_without_a_body(string path)
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var headBody = await head.Content.ReadAsByteArrayAsync();
        using var get = await Client.GetAsync(path); // on the same connection: a body sent after HEAD would garble this answer
        await get.Content.LoadIntoBufferAsync();

        Assert.That((int)head.StatusCode, Is.EqualTo((int)get.StatusCode), path);
        Assert.That(Headers(head), Is.EqualTo(Headers(get)), path);
        Assert.That(headBody, Is.Empty);
    }

    [Test]
    public async Task Head_of_a_table_is_answered_304_for_the_etag_get_gave()
    {
        using var get = await Client.GetAsync("/api/goals");
        using var head = new HttpRequestMessage(HttpMethod.Head, "/api/goals");
        head.Headers.IfNoneMatch.Add(get.Headers.ETag!);

        using var response = await Client.SendAsync(head);

        Assert.That((int)response.StatusCode, Is.EqualTo(304));
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => Compared.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
}
