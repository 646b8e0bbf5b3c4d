using System.Security.Claims;

namespace Cockpit.Dashboards.Auth;

/// <summary>
/// A signed-in person's cockpit roles, from the values of the provider's role claim kept in the session
/// (<see cref="ProviderRoleClaim"/>). They are mapped again on every request with the configuration of the moment, so a
/// changed <c>RoleMap</c> reaches a session at once, as a changed key does.
/// </summary>
public static class PersonRoles
{
    public const string ProviderRoleClaim = "cockpit:provider_role";
    public const string AuthenticationType = "oidc";

    public static IReadOnlySet<string> Map(IEnumerable<string> providerValues, OidcOptions oidc)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in providerValues)
        {
            var role = oidc.RoleMap.TryGetValue(value, out var mapped) ? mapped.Trim().ToLowerInvariant() : value.ToLowerInvariant();
            if (Roles.All.Contains(role)) roles.Add(role);
        }
        return roles;
    }

    /// <summary>The session's principal from the provider's: the person's name, their provider role values, their cockpit roles.</summary>
    public static ClaimsPrincipal FromProvider(ClaimsPrincipal provider, OidcOptions oidc)
    {
        string? First(params string[] types) => types.Select(t => provider.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var name = First(oidc.NameClaim, "name", "preferred_username", "email", "sub") ?? "?";
        var values = provider.FindAll(oidc.RoleClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        List<Claim> claims = [new(ClaimTypes.Name, name), .. values.Select(v => new Claim(ProviderRoleClaim, v))];
        if (First("sub") is { } subject) claims.Add(new Claim("sub", subject));
        claims.Add(new Claim(SignedOutSessions.SessionClaim, Guid.NewGuid().ToString("N")));
        return WithRoles(claims, oidc);
    }

    /// <summary>The same person with their cockpit roles mapped anew.</summary>
    public static ClaimsPrincipal Remapped(ClaimsPrincipal session, OidcOptions oidc) =>
        WithRoles(session.Claims.Where(c => c.Type != ClaimTypes.Role).Select(c => new Claim(c.Type, c.Value)).ToList(), oidc);

    private static ClaimsPrincipal WithRoles(List<Claim> claims, OidcOptions oidc)
    {
        var roles = Map(claims.Where(c => c.Type == ProviderRoleClaim).Select(c => c.Value), oidc);
        return new ClaimsPrincipal(new ClaimsIdentity([.. claims, .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
