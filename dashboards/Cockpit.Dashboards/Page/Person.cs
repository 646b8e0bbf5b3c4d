using System.Security.Claims;
using Cockpit.Dashboards.Auth;

namespace Cockpit.Dashboards.Page;

/// <summary>Who the page is for: the signed-in person or the local administrator, with their roles; null for an anonymous viewer.</summary>
public sealed record Person(string Name, IReadOnlyList<string> Roles, bool SignedIn)
{
    public static Person? Of(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, Name: { } name } identity
        ? new Person(name, user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
            identity.AuthenticationType == PersonRoles.AuthenticationType)
        : null;

    public bool Is(string role) => Roles.Contains(role) || Roles.Contains(Auth.Roles.Admin);
}
