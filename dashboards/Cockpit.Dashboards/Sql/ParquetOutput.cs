using System.Data.Common;
using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Cockpit.Dashboards.Sql;

/// <summary>
/// Writes a reader's rows as Parquet, in row groups of bounded size, so an analyst's own tools (DuckDB, Python,
/// Power BI) read the answer offline. Numbers, booleans and times keep their types; anything else is text.
/// </summary>
public static class ParquetOutput
{
    public const string ContentType = "application/vnd.apache.parquet";

    private const int RowGroupRows = 50_000;

    private enum Kind { Integer, Real, Boolean, Time, Text }

    /// <returns>The number of rows written (at most <paramref name="maxRows"/>), and whether rows were left unread.</returns>
    /// <param name="read">Moves the reader on (a guarded read for analyst statements, else <c>reader.Read</c>).</param>
    public static async Task<(int Rows, bool Truncated)> WriteAsync(DbDataReader reader, Func<bool> read, Stream output, int maxRows, CancellationToken cancel = default)
    {
        var kinds = Enumerable.Range(0, reader.FieldCount).Select(i => KindOf(reader.GetFieldType(i))).ToArray();
        var fields = kinds.Select((kind, i) => new DataField(Name(reader, i), ClrType(kind), isNullable: true)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancel);
        var buffers = kinds.Select(_ => new List<object?>(RowGroupRows)).ToArray();
        var rows = 0;
        var truncated = false;
        while (read())
        {
            if (rows == maxRows)
            {
                truncated = true;
                break;
            }
            for (var i = 0; i < kinds.Length; i++) buffers[i].Add(reader.IsDBNull(i) ? null : Value(kinds[i], reader.GetValue(i)));
            if (++rows % RowGroupRows == 0) await FlushAsync(writer, fields, kinds, buffers, cancel);
        }
        if (buffers.Length > 0 && buffers[0].Count > 0) await FlushAsync(writer, fields, kinds, buffers, cancel);
        return (rows, truncated);
    }

    private static async Task FlushAsync(ParquetWriter writer, DataField[] fields, Kind[] kinds, List<object?>[] buffers, CancellationToken cancel)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = buffers[i];
            switch (kinds[i])
            {
                case Kind.Integer: await group.WriteAsync<long>(fields[i], values.Select(v => (long?)v).ToArray(), cancellationToken: cancel); break;
                case Kind.Real: await group.WriteAsync<double>(fields[i], values.Select(v => (double?)v).ToArray(), cancellationToken: cancel); break;
                case Kind.Boolean: await group.WriteAsync<bool>(fields[i], values.Select(v => (bool?)v).ToArray(), cancellationToken: cancel); break;
                case Kind.Time: await group.WriteAsync<DateTime>(fields[i], values.Select(v => (DateTime?)v).ToArray(), cancellationToken: cancel); break;
                default: await group.WriteAsync(fields[i], values.Select(v => (string?)v).ToArray()!); break;
            }
            values.Clear();
        }
    }

    private static Kind KindOf(Type type) => type switch
    {
        _ when type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte)
            || type == typeof(uint) || type == typeof(ushort) => Kind.Integer,
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => Kind.Real,
        _ when type == typeof(bool) => Kind.Boolean,
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) => Kind.Time,
        _ => Kind.Text,
    };

    private static Type ClrType(Kind kind) => kind switch
    {
        Kind.Integer => typeof(long),
        Kind.Real => typeof(double),
        Kind.Boolean => typeof(bool),
        Kind.Time => typeof(DateTime),
        _ => typeof(string),
    };

    private static object Value(Kind kind, object value) => kind switch
    {
        Kind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        Kind.Real => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        Kind.Boolean => (bool)value,
        Kind.Time => value switch
        {
            DateTimeOffset o => o.UtcDateTime,
            DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            DateTime t => t,
            _ => throw new InvalidCastException($"{value.GetType()} is no time"),
        },
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Parquet wants a name per column: an unnamed or repeated one gets its position.
    private static string Name(DbDataReader reader, int i)
    {
        var name = reader.GetName(i);
        var earlier = Enumerable.Range(0, i).Select(reader.GetName);
        return name.Length == 0 || earlier.Contains(name) ? $"{name}_{i + 1}" : name;
    }
}
