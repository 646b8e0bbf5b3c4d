using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// Sessions ended by signing out, until they would have expired anyway, so that a copy of the cookie stops working with the
/// session. Kept in memory: after a restart a copied cookie of a signed-out session works again until it expires.
/// </summary>
public sealed class SignedOutSessions(IOptionsMonitor<AuthOptions> options, TimeProvider clock)
{
    public const string SessionClaim = "cockpit:session";

    private readonly ConcurrentDictionary<string, DateTimeOffset> ended = new(StringComparer.Ordinal);

    public void End(string session)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, until) in ended) if (until <= now) ended.TryRemove(id, out _);
        ended[session] = now + options.CurrentValue.Session;
    }

    public bool HasEnded(string? session) => session is not null && ended.ContainsKey(session);
}
