using System.Globalization;

namespace Cockpit.Dashboards.OData;

/// <summary>The values a translated query binds: every literal of a URL becomes one, never SQL text.</summary>
public sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> values = [];

    public IReadOnlyList<(string Name, object? Value)> Values => values;

    /// <summary>Binds <paramref name="value"/> and returns the placeholder for it, cast where DuckDB needs the type said.</summary>
    public string Add(object? value)
    {
        var name = "p" + values.Count.ToString(CultureInfo.InvariantCulture);
        // Dates and times go as ISO text cast in SQL: DuckDB then reads the offset, whatever the session's time zone.
#pragma warning disable CS0618 // ODataLib 8 parses date and time literals into its own Date and TimeOfDay
        var (bound, cast) = value switch
        {
            Microsoft.OData.Edm.Date d => ((object?)d.ToString(), "DATE"),
            DateOnly d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "DATE"),
            DateTimeOffset t => (t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), "TIMESTAMPTZ"),
            Microsoft.OData.Edm.TimeOfDay t => (t.ToString(), "TIME"),
            Guid g => (g.ToString("D"), "UUID"),
            decimal m => (m.ToString(CultureInfo.InvariantCulture), "DECIMAL(38,10)"),
            sbyte or byte or short or ushort or int => (Convert.ToInt32(value, CultureInfo.InvariantCulture), "INTEGER"),
            long l => (l, "BIGINT"),
            double or float => (Convert.ToDouble(value, CultureInfo.InvariantCulture), "DOUBLE"),
            _ => (value, null),
        };
#pragma warning restore CS0618
        values.Add((name, bound));
        return cast is null ? "$" + name : $"CAST(${name} AS {cast})";
    }
}
