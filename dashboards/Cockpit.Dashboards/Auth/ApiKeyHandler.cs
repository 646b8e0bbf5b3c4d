using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Auth;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> by the key's SHA-256 against the configured keys.</summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<AuthOptions> auth, FailedKeyLimiter limiter) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Fail("use Authorization: Bearer <key>");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        var key = auth.CurrentValue.ApiKeys.FirstOrDefault(k => Matches(k.Sha256, hash));
        if (key is null || !Roles.All.Contains(key.Role)) return Fail("unknown API key");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private Task<AuthenticateResult> Fail(string why)
    {
        limiter.Failed(Context.Connection.RemoteIpAddress);
        return Task.FromResult(AuthenticateResult.Fail(why));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }

    private static bool Matches(string configuredHex, byte[] hash)
    {
        try { return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(configuredHex.Trim()), hash); }
        catch (FormatException) { return false; }
    }
}
