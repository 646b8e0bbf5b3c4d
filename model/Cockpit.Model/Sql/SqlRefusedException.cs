namespace Cockpit.Model.Sql;

/// <summary>The sandbox would not run the statement; nothing of it ran.</summary>
public sealed class SqlRefusedException(string message) : Exception(message);

/// <summary>The statement ran past the time limit and was interrupted.</summary>
public sealed class SqlTimeoutException(TimeSpan limit)
    : Exception($"the query ran longer than {limit.TotalSeconds:0.#} s and was stopped")
{
    public TimeSpan Limit { get; } = limit;
}

/// <summary>DuckDB could not parse the statement (its own message), or its parameters do not match the values given.</summary>
public sealed class SqlStatementException(string message) : Exception(message);
