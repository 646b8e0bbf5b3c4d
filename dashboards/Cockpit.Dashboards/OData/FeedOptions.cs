namespace Cockpit.Dashboards.OData;

/// <summary><c>Cockpit:OData</c>: rows per page of the feed, and the largest <c>$top</c> a reader may ask for.</summary>
public sealed class FeedOptions
{
    public int PageSize { get; set; } = 1000;

    public long MaxTop { get; set; } = 1_000_000;
}
