namespace Cockpit.Model.Store;

/// <summary>What a monthly load wrote (or, in a dry run, would have written).</summary>
public sealed record MonthlyLoadResult(int UploadId, int Rows, IReadOnlyList<MonthReplacement> Replaced, bool Committed);

/// <summary>Rows of an earlier upload for one month that this load took out of force.</summary>
public sealed record MonthReplacement(int UploadId, DateOnly Month, int Rows);
