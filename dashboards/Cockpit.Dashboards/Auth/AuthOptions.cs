namespace Cockpit.Dashboards.Auth;

/// <summary>
/// <c>Cockpit:Auth</c>: API keys by the SHA-256 of the key (hex), never the key itself, so environment variables such as
/// <c>Cockpit__Auth__ApiKeys__0__Sha256</c> work; and whether viewers may come without a key.
/// </summary>
public sealed class AuthOptions
{
    public List<ApiKey> ApiKeys { get; set; } = [];

    /// <summary>Viewer endpoints without a key: unset or true means yes while every bound address is loopback, false means never.</summary>
    public bool? AnonymousViewers { get; set; }

    public FailureOptions Failures { get; set; } = new();
}

/// <summary><c>Cockpit:Auth:Failures</c>: how many failed keys a client address may send per window, and how many addresses are remembered.</summary>
public sealed class FailureOptions
{
    public int Limit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;
    public int TrackedClients { get; set; } = 10_000;
}

public sealed class ApiKey
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Sha256 { get; set; } = "";
}
