namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>Every worker is busy and the queue is full, or the statement waited its whole time: try again after <see cref="RetryAfter"/>.</summary>
public sealed class SqlBusyException(TimeSpan retryAfter)
    : Exception($"the analysts' statements already fill every worker and the queue; try again in {retryAfter.TotalSeconds:0} s")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The worker ended in the middle of the statement: it went past its memory (the usual cause) or crashed.</summary>
public sealed class SqlWorkerLostException(string detail)
    : Exception($"the statement stopped its worker process, most likely by needing more memory than analysts may use ({detail})");
