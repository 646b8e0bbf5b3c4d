using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Model.Sql;

/// <summary>One running analyst statement: its columns, its rows one at a time, in a read-only transaction under a timer.</summary>
public sealed class SqlQuery : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly DuckDBCommand command;
    private readonly Timer timer;
    private readonly TimeSpan timeout;
    private readonly DuckDBDataReader reader;
    private volatile bool timedOut;

    internal SqlQuery(DuckDBConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout)
    {
        this.connection = connection;
        this.timeout = timeout;
        connection.Execute("BEGIN TRANSACTION READ ONLY");
        command = connection.CreateCommand();
        command.CommandText = sql;
        command.UseStreamingMode = true;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name.TrimStart('$'), value ?? DBNull.Value));
        timer = new Timer(_ => Interrupt(), null, timeout, System.Threading.Timeout.InfiniteTimeSpan);
        try
        {
            reader = Guard(command.ExecuteReader);
            Columns = Enumerable.Range(0, reader.FieldCount)
                .Select(i => new SqlColumn(reader.GetName(i), reader.GetDataTypeName(i).ToUpperInvariant())).ToList();
        }
        catch (InvalidOperationException e) when (!timedOut)
        {
            Dispose();
            throw new SqlStatementException(e.Message); // DuckDB.NET's word on parameters that do not bind
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IReadOnlyList<SqlColumn> Columns { get; } = [];

    public DuckDBDataReader Reader => reader;

    /// <summary>Moves to the next row; a query stopped by the timer throws <see cref="SqlTimeoutException"/>.</summary>
    public bool Read() => Guard(reader.Read);

    /// <summary>The current row's value in a column as <see cref="DuckValue.Of"/> settles it, null for SQL NULL.</summary>
    public object? Value(int column) => DuckValue.Of(reader.IsDBNull(column) ? null : reader.GetValue(column), Columns[column].Type);

    private void Interrupt()
    {
        timedOut = true;
        try { command.Cancel(); } catch (ObjectDisposedException) { }
    }

    private T Guard<T>(Func<T> step)
    {
        try
        {
            var result = step();
            return timedOut ? throw new SqlTimeoutException(timeout) : result;
        }
        catch (Exception e) when (timedOut && e is not SqlTimeoutException)
        {
            throw new SqlTimeoutException(timeout);
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        reader?.Dispose();
        command.Dispose();
        try { connection.Execute("ROLLBACK"); }
        catch (DuckDBException) { } // the interrupted transaction is already gone
    }
}

public sealed record SqlColumn(string Name, string Type);
