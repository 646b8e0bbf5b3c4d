using System.Globalization;
using System.Text.Json;
using Cockpit.Model.Store;
using Microsoft.OData.Edm;

namespace Cockpit.Dashboards.OData;

/// <summary>A DuckDB value in OData's JSON form for its EDM kind: dates as 2020-04-01, timestamps in UTC with Z, INF and NaN as text.</summary>
public static class FeedValues
{
    public static void Write(Utf8JsonWriter json, FeedColumn column, object? raw)
    {
        var value = DuckValue.Of(raw, column.DuckType);
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case DateTime d when column.Kind == EdmPrimitiveTypeKind.Date: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime t: json.WriteStringValue(DuckValue.Text(DateTime.SpecifyKind(t, DateTimeKind.Utc))); break;
            case double d: WriteFloat(json, d); break;
            case float f: WriteFloat(json, f); break;
            case System.Numerics.BigInteger or ulong when column.Kind == EdmPrimitiveTypeKind.Decimal: json.WriteRawValue(DuckValue.Text(value)); break;
            default: DuckValue.WriteJson(json, value); break;
        }
    }

    /// <summary>The value a key column holds, as the skip token keeps it.</summary>
    public static object? Key(FeedColumn column, object? raw) => DuckValue.Of(raw, column.DuckType) switch
    {
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => other,
    };

    private static void WriteFloat(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value)) json.WriteNumberValue(value);
        else json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "INF" : "-INF");
    }
}
