using System.Xml;
using Cockpit.Model.Store;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Cockpit.Dashboards.Tests.OData;

/// <summary>One page as ODataLib's reader saw it: the rows (property name to .NET value), the count, the next link.</summary>
public sealed record FeedPageRead(IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, long? Count, Uri? NextLink);

/// <summary>
/// Reads the feed as Power BI does, with the official reader (<see cref="ODataMessageReader"/>) against the model the
/// server's <c>$metadata</c> gives, page by page through <c>@odata.nextLink</c>. <paramref name="sign"/> adds
/// credentials to every URL, as Power BI's "Web API" credential adds <c>api_key</c>.
/// </summary>
public sealed class FeedClient(HttpClient http, IEdmModel model, Func<string, string>? sign = null)
{
    public IEdmModel Model => model;

    public static async Task<IEdmModel> Metadata(HttpClient http, Func<string, string>? sign = null)
    {
        var xml = await http.GetStringAsync((sign ?? (u => u))("/odata/$metadata"));
        using var reader = XmlReader.Create(new StringReader(xml));
        Assert.That(CsdlReader.TryParse(reader, out var model, out var errors), Is.True, () => string.Join("; ", errors.Select(e => e.ErrorMessage)));
        return model;
    }

    /// <summary>Every page of <paramref name="set"/> with the query options <paramref name="query"/>, and how many pages it took.</summary>
    public async Task<(List<IReadOnlyDictionary<string, object?>> Rows, long? Count, int Pages)> ReadAll(string set, string query = "")
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        long? count = null;
        var pages = 0;
        for (string? url = $"/odata/{set}{(query.Length > 0 ? "?" + query : "")}"; url is not null; pages++)
        {
            var page = await ReadPage(set, url);
            rows.AddRange(page.Rows);
            count ??= page.Count;
            url = page.NextLink?.PathAndQuery;
            Assert.That(pages, Is.LessThan(100_000), "the next links end");
        }
        return (rows, count, pages);
    }

    public async Task<FeedPageRead> ReadPage(string set, string url)
    {
        using var response = await http.GetAsync((sign ?? (u => u))(url));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), () => $"{url}: {System.Text.Encoding.UTF8.GetString(body)}");
        var entitySet = model.EntityContainer.FindEntitySet(set);
        using var reader = new ODataMessageReader(new ResponseMessage(response, new MemoryStream(body)),
            new ODataMessageReaderSettings { BaseUri = http.BaseAddress }, model);
        var feed = reader.CreateODataResourceSetReader(entitySet, entitySet.EntityType);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        ODataResourceSet? resourceSet = null;
        while (feed.Read())
        {
            if (feed.State == ODataReaderState.ResourceEnd)
                rows.Add(((ODataResource)feed.Item).Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value));
            if (feed.State == ODataReaderState.ResourceSetEnd) resourceSet = (ODataResourceSet)feed.Item;
        }
        return new FeedPageRead(rows, resourceSet?.Count, resourceSet?.NextPageLink);
    }

    /// <summary>A value as <c>/api/sql</c>'s JSON writes it (DuckValue's text), so the two can be compared.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
#pragma warning disable CS0618 // ODataLib 8 reads Edm.Date into its own Date
        Date d => d.ToString(),
#pragma warning restore CS0618
        DateTimeOffset t => DuckValue.Text(t.UtcDateTime),
        _ => DuckValue.Text(value),
    };

    private sealed class ResponseMessage(HttpResponseMessage response, Stream body) : IODataResponseMessage
    {
        public IEnumerable<KeyValuePair<string, string>> Headers => response.Headers.Concat(response.Content.Headers)
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)));

        public int StatusCode { get => (int)response.StatusCode; set => throw new NotSupportedException(); }

        public string? GetHeader(string headerName) => Headers.FirstOrDefault(h => h.Key.Equals(headerName, StringComparison.OrdinalIgnoreCase)).Value;

        public void SetHeader(string headerName, string headerValue) => throw new NotSupportedException();

        public Stream GetStream() => body;
    }
}
