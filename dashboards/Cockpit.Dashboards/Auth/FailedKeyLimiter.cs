using System.Net;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// A budget of failed keys per client address (token bucket): <see cref="FailureOptions.Limit"/> failures at once, then
/// refilling at Limit per window. An IPv6 client counts by its /64, which one machine usually owns whole. At most
/// <see cref="FailureOptions.TrackedClients"/> addresses are remembered: when full, refilled ones go, then the longest quiet.
/// </summary>
public sealed class FailedKeyLimiter(IOptionsMonitor<AuthOptions> options, TimeProvider clock)
{
    private readonly record struct Budget(double Tokens, DateTimeOffset At);

    private readonly Dictionary<string, Budget> budgets = [];
    private readonly Lock gate = new();

    private FailureOptions Options => options.CurrentValue.Failures;

    public int TrackedClients { get { lock (gate) return budgets.Count; } }

    /// <summary>How long the client must wait before it may present a key again; zero while it may.</summary>
    public TimeSpan Wait(IPAddress? client)
    {
        lock (gate)
        {
            if (!budgets.TryGetValue(Key(client), out var budget)) return TimeSpan.Zero;
            var tokens = Refilled(budget);
            return tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - tokens) / PerSecond);
        }
    }

    /// <summary>Spends one from the client's budget. Failures that slipped in side by side run it below zero, so they wait longer.</summary>
    public void Failed(IPAddress? client)
    {
        lock (gate)
        {
            var key = Key(client);
            if (!budgets.TryGetValue(key, out var budget))
            {
                if (budgets.Count >= Options.TrackedClients) MakeRoom();
                budget = new Budget(Options.Limit, clock.GetUtcNow());
            }
            budgets[key] = new Budget(Refilled(budget) - 1, clock.GetUtcNow());
        }
    }

    private double PerSecond => Options.Limit / (double)Options.WindowSeconds;

    private double Refilled(Budget budget) =>
        Math.Min(Options.Limit, budget.Tokens + (clock.GetUtcNow() - budget.At).TotalSeconds * PerSecond);

    // Frees a tenth at a time, so that a flood of new addresses pays for one sort per thousand, not a scan each.
    private void MakeRoom()
    {
        foreach (var (key, _) in budgets.Where(b => Refilled(b.Value) >= Options.Limit).ToList()) budgets.Remove(key);
        var keep = Options.TrackedClients * 9 / 10;
        if (budgets.Count <= keep) return;
        foreach (var (key, _) in budgets.OrderBy(b => b.Value.At).Take(budgets.Count - keep).ToList()) budgets.Remove(key);
    }

    private static string Key(IPAddress? client)
    {
        if (client is null) return "?";
        if (client.IsIPv4MappedToIPv6) client = client.MapToIPv4();
        if (client.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return client.ToString();
        var prefix = client.GetAddressBytes();
        Array.Clear(prefix, 8, 8);
        return new IPAddress(prefix) + "/64";
    }
}
