namespace Cockpit.Model.Sql;

/// <summary>The analysts' sandbox limits, bound from <c>Cockpit:Sql</c>; threads, memory and temp space hold for the whole database instance.</summary>
public sealed class SqlLimits
{
    /// <summary>A query still running after this long is interrupted.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The most rows one answer carries; a request may ask for fewer, never more.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>DuckDB's <c>threads</c>: every query of the instance shares them.</summary>
    public int Threads { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>DuckDB's <c>memory_limit</c>, e.g. <c>2GB</c>; null: half of the memory the process may use.</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>DuckDB's <c>max_temp_directory_size</c>: how much a query may spill to disk.</summary>
    public string MaxTempDirectorySize { get; set; } = "4GB";

    /// <summary>Worker processes that run analysts' statements side by side (the server's own process runs none).</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Start the workers with the server and again whenever the data changes, so that no statement waits for one to start.</summary>
    public bool WarmWorkers { get; set; } = true;

    /// <summary>Statements that may wait for a worker; one more is answered 429.</summary>
    public int MaxQueued { get; set; } = 8;

    /// <summary>Each worker's address space (<c>ulimit -v</c>), managed heap and DuckDB included: what one statement can take.</summary>
    public long WorkerAddressSpaceMegabytes { get; set; } = 4096;

    /// <summary>DuckDB's <c>threads</c> inside each worker (workers run at low priority, so the cockpit's own requests come first).</summary>
    public int WorkerThreads { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>DuckDB's <c>memory_limit</c> inside each worker.</summary>
    public string WorkerMemoryLimit { get; set; } = "1GB";

    /// <summary>The longest statement text accepted, in UTF-8 bytes.</summary>
    public int MaxStatementBytes { get; set; } = 64 * 1024;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public string EffectiveMemoryLimit =>
        MemoryLimit ?? $"{Math.Max(256, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2 / (1024 * 1024))}MB";
}
