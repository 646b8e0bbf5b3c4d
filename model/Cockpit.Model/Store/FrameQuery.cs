using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace Cockpit.Model.Store;

/// <summary>
/// A query's answer as a <see cref="DataFrame"/>: what charts, tables and exports are rendered from. Every DuckDB type
/// lands in a column the writers know: whole numbers as Int64 (HUGEINT and UBIGINT as Decimal, exact to 28 digits),
/// DECIMAL as Decimal, floating point as Double, DATE as DateOnly, timestamps as DateTime (TIMESTAMPTZ in UTC), and
/// everything else (TIME, INTERVAL, UUID, BLOB, LIST, STRUCT, MAP, ENUM) as its <see cref="DuckValue.Text"/>.
/// </summary>
public static class FrameQuery
{
    public static DataFrame Frame(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => NewColumn(reader.GetName(i), reader.GetFieldType(i))).ToArray();
        while (reader.Read())
            for (var i = 0; i < columns.Length; i++)
                Append(columns[i], DuckValue.Of(reader.IsDBNull(i) ? null : reader.GetValue(i), types[i]));
        return new DataFrame(columns);
    }

    private static DataFrameColumn NewColumn(string name, Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
            => new Int64DataFrameColumn(name),
        TypeCode.UInt64 or TypeCode.Decimal => new DecimalDataFrameColumn(name),
        TypeCode.Single or TypeCode.Double => new DoubleDataFrameColumn(name),
        TypeCode.Boolean => new BooleanDataFrameColumn(name),
        TypeCode.DateTime => new DateTimeDataFrameColumn(name),
        _ when type == typeof(BigInteger) => new DecimalDataFrameColumn(name),
        _ when type == typeof(DateOnly) => new PrimitiveDataFrameColumn<DateOnly>(name),
        _ when type == typeof(DateTimeOffset) => new DateTimeDataFrameColumn(name),
        _ => new StringDataFrameColumn(name),
    };

    private static void Append(DataFrameColumn column, object? value)
    {
        switch (column)
        {
            case Int64DataFrameColumn c: c.Append(value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case DecimalDataFrameColumn c: c.Append(value switch { null => null, BigInteger big => Exact(big, c.Name), _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture) }); break;
            case DoubleDataFrameColumn c: c.Append(value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case BooleanDataFrameColumn c: c.Append((bool?)value); break;
            case DateTimeDataFrameColumn c: c.Append((DateTime?)value); break;
            case PrimitiveDataFrameColumn<DateOnly> c: c.Append((DateOnly?)value); break;
            case StringDataFrameColumn c: c.Append(value is null ? null : DuckValue.Text(value)); break;
        }
    }

    private static decimal Exact(BigInteger value, string column) =>
        value >= (BigInteger)decimal.MinValue && value <= (BigInteger)decimal.MaxValue
            ? (decimal)value
            : throw new OverflowException($"column {column}: {value} is beyond the 28 digits a table holds; cast it to DOUBLE in the tile's query");
}
