using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm.Csdl;

namespace Cockpit.Dashboards.OData;

/// <summary>The feed's documents that do not depend on data: <c>$metadata</c> (CSDL XML), the service document, the Power BI file.</summary>
public static class FeedDocuments
{
    public static byte[] Metadata(FeedModel model)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(model.Edm, xml, CsdlTarget.OData, out var errors))
                throw new InvalidOperationException("the feed's model has no CSDL: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }
        return buffer.ToArray();
    }

    public static byte[] Service(string root) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("@odata.context", root + "/$metadata");
        json.WriteStartArray("value");
        foreach (var set in FeedSets.All)
        {
            json.WriteStartObject();
            json.WriteString("name", set.Name);
            json.WriteString("kind", "EntitySet");
            json.WriteString("url", set.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>A Power BI data source file: opening it starts Power BI Desktop's OData feed connection to <paramref name="root"/>.</summary>
    public static byte[] Pbids(string root) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("version", "0.1");
        json.WriteStartArray("connections");
        json.WriteStartObject();
        json.WriteStartObject("details");
        json.WriteString("protocol", "odata");
        json.WriteStartObject("address");
        json.WriteString("url", root);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("options");
        json.WriteEndObject();
        json.WriteNull("mode");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static byte[] Error(string code, string message) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Model.Store.DuckValue.JsonOptions)) write(json);
        return buffer.ToArray();
    }
}
