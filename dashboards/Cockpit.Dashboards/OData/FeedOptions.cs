namespace Cockpit.Dashboards.OData;

/// <summary>
/// <c>Cockpit:OData</c>: rows per page of the feed, the largest <c>$top</c> a reader may ask for, and how many reads
/// may stay open between pages (<see cref="FeedCursors"/>), for how long.
/// </summary>
public sealed class FeedOptions
{
    public int PageSize { get; set; } = 1000;

    public long MaxTop { get; set; } = 1_000_000;

    public int OpenReads { get; set; } = 16;

    public int OpenReadSeconds { get; set; } = 120;
}
