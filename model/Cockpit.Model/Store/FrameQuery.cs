using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace Cockpit.Model.Store;

/// <summary>A query's answer as a <see cref="DataFrame"/>: what charts, tables and exports are rendered from.</summary>
public static class FrameQuery
{
    public static DataFrame Frame(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => NewColumn(reader.GetName(i), reader.GetFieldType(i))).ToArray();
        while (reader.Read())
            for (var i = 0; i < columns.Length; i++)
                Append(columns[i], reader.IsDBNull(i) ? null : reader.GetValue(i));
        return new DataFrame(columns);
    }

    private static DataFrameColumn NewColumn(string name, Type type) => type switch
    {
        _ when type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte)
            || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(System.Numerics.BigInteger)
            => new Int64DataFrameColumn(name),
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => new DoubleDataFrameColumn(name),
        _ when type == typeof(bool) => new BooleanDataFrameColumn(name),
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => new DateTimeDataFrameColumn(name),
        _ => new StringDataFrameColumn(name),
    };

    private static void Append(DataFrameColumn column, object? value)
    {
        switch (column)
        {
            case Int64DataFrameColumn c: c.Append(value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case DoubleDataFrameColumn c: c.Append(value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case BooleanDataFrameColumn c: c.Append((bool?)value); break;
            case DateTimeDataFrameColumn c: c.Append(value switch { DateTimeOffset o => o.UtcDateTime, DateTime d => d, _ => null }); break;
            case StringDataFrameColumn c: c.Append(value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
