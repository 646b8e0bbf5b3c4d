namespace Cockpit.Model.Store;

/// <summary>What a load wrote (or, in a dry run, would have written).</summary>
public sealed record LoadResult(int UploadId, int Rows, IReadOnlyList<Replacement> Replaced, IReadOnlyList<DroppedOverride> DroppedOverrides, bool Committed)
{
    /// <summary>In a dry run, the cells whose text or status in force the load would change; empty after a commit.</summary>
    public IReadOnlyList<ForecastChange> Changes { get; init; } = [];
}

/// <summary>Forecast cells of an earlier upload that this load took out of force.</summary>
public sealed record Replacement(int UploadId, int Rows);

/// <summary>An override that ended because the load changed the forecast text it was set for.</summary>
public sealed record DroppedOverride(int OverrideId, string Metric, string Round, string Status);
