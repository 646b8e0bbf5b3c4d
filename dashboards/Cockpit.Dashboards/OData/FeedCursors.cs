using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.OData;

/// <summary>
/// The feed's open reads between pages: at most <see cref="FeedOptions.OpenReads"/>, each closed after
/// <see cref="FeedOptions.OpenReadSeconds"/> without a page, the longest idle first when more are wanted. A next link
/// whose read is closed is still served, by a new read from where it stopped, if the data has not changed meanwhile.
/// </summary>
public sealed class FeedCursors : IDisposable
{
    private readonly Dictionary<string, FeedCursor> open = [];
    private readonly Lock gate = new();
    private readonly IOptionsMonitor<FeedOptions> options;
    private readonly TimeProvider clock;
    private readonly ITimer sweeper;

    public FeedCursors(IOptionsMonitor<FeedOptions> options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        sweeper = clock.CreateTimer(_ => Close(Expired()), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
    }

    /// <summary>The read <paramref name="token"/> continues, taken out while a page is written; null when it is closed or was for another request.</summary>
    public FeedCursor? Take(SkipToken? token, string request)
    {
        if (token?.Cursor is not { } id) return null;
        lock (gate)
        {
            if (!open.TryGetValue(id, out var cursor) || cursor.Served != token.Served || cursor.Request != request) return null;
            open.Remove(id);
            return cursor;
        }
    }

    /// <summary>Keeps <paramref name="cursor"/> for its next page, or closes it when no read may stay open.</summary>
    public void Keep(FeedCursor cursor)
    {
        cursor.LastUsed = clock.GetUtcNow();
        var closing = Expired();
        lock (gate)
        {
            open[cursor.Id] = cursor;
            var over = open.Count - Math.Max(0, options.CurrentValue.OpenReads);
            if (over > 0) closing.AddRange(open.Values.OrderBy(c => c.LastUsed).Take(over));
            foreach (var c in closing) open.Remove(c.Id);
        }
        Close(closing);
    }

    private List<FeedCursor> Expired()
    {
        var before = clock.GetUtcNow() - TimeSpan.FromSeconds(options.CurrentValue.OpenReadSeconds);
        lock (gate)
        {
            var expired = open.Values.Where(c => c.LastUsed < before).ToList();
            foreach (var c in expired) open.Remove(c.Id);
            return expired;
        }
    }

    private static void Close(IEnumerable<FeedCursor> cursors)
    {
        foreach (var cursor in cursors) cursor.Dispose();
    }

    public void Dispose()
    {
        sweeper.Dispose();
        lock (gate)
        {
            Close(open.Values);
            open.Clear();
        }
    }
}
