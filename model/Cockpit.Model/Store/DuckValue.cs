using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Xml;

namespace Cockpit.Model.Store;

/// <summary>
/// One meaning for every value DuckDB hands back, whatever leaves the cockpit with it (JSON, CSV, Excel, a chart label):
/// <see cref="Of"/> settles the .NET value (a BLOB as bytes, a TIMESTAMPTZ as UTC), <see cref="Text"/> writes it in one
/// invariant, ISO 8601 form, never in the machine's culture.
/// </summary>
public static class DuckValue
{
    /// <summary>Letters such as ä and ö as they are: the JSON is an API answer, never inlined into HTML.</summary>
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The reader's value as the cockpit passes it on; null for SQL NULL.</summary>
    public static object? Of(object? raw, string duckType) => raw switch
    {
        null or DBNull => null,
        DateTime t when IsZoned(duckType) => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        Stream blob => Bytes(blob),
        _ => raw,
    };

    public static bool IsZoned(string duckType) =>
        duckType.Equals("TIMESTAMPTZ", StringComparison.OrdinalIgnoreCase) || duckType.Contains("WITH TIME ZONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Dates as 2020-12-31, times as 2020-12-31T10:00:00 (Z when UTC), intervals as ISO 8601 durations, BLOBs as base64, lists and structs as JSON.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => Timestamp(t),
        TimeOnly t => t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        TimeSpan span => XmlConvert.ToString(span),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        Guid g => g.ToString("D"),
        IEnumerable and not string => Json(value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Numbers as JSON numbers (NaN and infinities as text, which JSON cannot hold), booleans, null, lists and structs nested; the rest as <see cref="Text"/>.</summary>
    public static void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case sbyte or byte or short or ushort or int or uint or long: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: json.WriteNumberValue(u); break;
            case decimal m: json.WriteNumberValue(m); break;
            case BigInteger big: json.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case IDictionary map:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    json.WritePropertyName(Text(entry.Key));
                    WriteJson(json, entry.Value);
                }
                json.WriteEndObject();
                break;
            case IEnumerable items and not string and not byte[]:
                json.WriteStartArray();
                foreach (var item in items) WriteJson(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }

    private static string Timestamp(DateTime t)
    {
        var text = t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-ddTHH:mm:ss" : "yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return t.Kind == DateTimeKind.Utc ? text + "Z" : text;
    }

    private static string Json(object value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            WriteJson(json, value);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static byte[] Bytes(Stream blob)
    {
        using var copy = new MemoryStream();
        blob.CopyTo(copy);
        return copy.ToArray();
    }
}
