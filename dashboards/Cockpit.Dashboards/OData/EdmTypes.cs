using System.Text.RegularExpressions;
using Microsoft.OData.Edm;

namespace Cockpit.Dashboards.OData;

/// <summary>DuckDB's column types as EDM primitive types: the exact one where EDM has it, else text.</summary>
public static partial class EdmTypes
{
    public static IEdmPrimitiveTypeReference Of(string duckType, bool nullable)
    {
        var core = EdmCoreModel.Instance;
        if (Decimal().Match(duckType) is { Success: true } d)
            return core.GetDecimal(int.Parse(d.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(d.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), nullable);
        return duckType.ToUpperInvariant() switch
        {
            "BOOLEAN" => core.GetBoolean(nullable),
            "TINYINT" => core.GetSByte(nullable),
            "UTINYINT" => core.GetByte(nullable),
            "SMALLINT" => core.GetInt16(nullable),
            "INTEGER" or "USMALLINT" => core.GetInt32(nullable),
            "BIGINT" or "UINTEGER" => core.GetInt64(nullable),
            "UBIGINT" or "HUGEINT" or "UHUGEINT" => core.GetDecimal(38, 0, nullable),
            "FLOAT" => core.GetSingle(nullable),
            "DOUBLE" => core.GetDouble(nullable),
            "DATE" => core.GetDate(nullable),
            "TIMESTAMP WITH TIME ZONE" or "TIMESTAMPTZ" or "TIMESTAMP" => core.GetDateTimeOffset(nullable),
            "TIME" => core.GetTimeOfDay(nullable),
            "INTERVAL" => core.GetDuration(nullable),
            "UUID" => core.GetGuid(nullable),
            "BLOB" => core.GetBinary(nullable),
            _ => core.GetString(nullable),
        };
    }

    [GeneratedRegex(@"^DECIMAL\((\d+),\s*(\d+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Decimal();
}
