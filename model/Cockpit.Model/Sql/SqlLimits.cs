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

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public string EffectiveMemoryLimit =>
        MemoryLimit ?? $"{Math.Max(256, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2 / (1024 * 1024))}MB";
}
