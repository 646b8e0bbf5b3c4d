namespace Cockpit.Dashboards.Auth;

/// <summary>
/// <c>Cockpit:Auth</c>: API keys by the SHA-256 of the key (hex), never the key itself, so environment variables such as
/// <c>Cockpit__Auth__ApiKeys__0__Sha256</c> work; people's sign-in (<see cref="Oidc"/>); and what a loopback-only
/// server lets in without either.
/// </summary>
public sealed class AuthOptions
{
    public List<ApiKey> ApiKeys { get; set; } = [];

    /// <summary>Viewer endpoints without a key: unset or true means yes while every bound address is loopback and no proxy is configured, false means never.</summary>
    public bool? AnonymousViewers { get; set; }

    /// <summary>
    /// The local person (an administrator named "local") without sign-in: unset or true means yes while every bound address
    /// is loopback, no provider is configured and no proxy is; false means never.
    /// </summary>
    public bool? LocalAdmin { get; set; }

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>How long a signed-in session lasts without a request (sliding).</summary>
    public TimeSpan Session { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Where the keys that protect session cookies are kept; empty means beside the database (<c>DB.keys/</c>).</summary>
    public string KeysDirectory { get; set; } = "";

    public FailureOptions Failures { get; set; } = new();
}

/// <summary>
/// <c>Cockpit:Auth:Oidc</c>: the OpenID Connect provider people sign in with. <see cref="RoleMap"/> maps a value of the
/// <see cref="RoleClaim"/> (an Entra ID app role, a group's object id) to a cockpit role; a value that already is a
/// cockpit role's name needs no entry.
/// </summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>Scopes asked besides <c>openid</c> and <c>profile</c>, which are always asked.</summary>
    public List<string> Scopes { get; set; } = [];
    public string RoleClaim { get; set; } = "roles";
    public string NameClaim { get; set; } = "name";
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Send the sign-in request to the provider's pushed authorization endpoint (RFC 9126) first, where it offers one, so the
    /// browser's URL carries only a reference to it. Off by default: Entra ID offers none, and the URL then shows what is asked.
    /// </summary>
    public bool PushedAuthorization { get; set; }

    public bool IsConfigured => Authority.Length > 0;
}

/// <summary><c>Cockpit:Auth:Failures</c>: how many failed keys or sign-ins a client address may send per window, and how many addresses are remembered.</summary>
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
