using System.Security.Cryptography;
using System.Text;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>An API key a test server is configured with: the name it signs as, its role, and the key a client sends.</summary>
public sealed record TestKey(string Name, string Role, string Key);

/// <summary>Configures a test server's API keys as the server wants them: by the key's SHA-256, never the key.</summary>
public static class TestKeys
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The command-line settings for <paramref name="keys"/>, numbered in order.</summary>
    public static string[] Arguments(params TestKey[] keys) => keys.SelectMany((k, i) => new[]
    {
        $"--Cockpit:Auth:ApiKeys:{i}:Name={k.Name}", $"--Cockpit:Auth:ApiKeys:{i}:Role={k.Role}", $"--Cockpit:Auth:ApiKeys:{i}:Sha256={Hash(k.Key)}",
    }).ToArray();

    /// <summary>One key per role, each named after its role ("Controller Key").</summary>
    public static string[] ByRole(IReadOnlyDictionary<string, string> keyByRole) =>
        Arguments(keyByRole.Select(k => new TestKey($"{char.ToUpperInvariant(k.Key[0])}{k.Key[1..]} Key", k.Key, k.Value)).ToArray());
}
