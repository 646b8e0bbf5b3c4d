using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Cockpit.Dashboards.Auth;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Tests.Web;

/// <summary>Guessing keys is slow: after 10 failed keys a client address is answered 429 until its budget refills.</summary>
public class FailedKeyLimitTests
{
    private const string Key = "the-right-key";

    [Test]
    public async Task Thirty_wrong_keys_end_in_429_with_retry_after_even_for_the_right_key_while_another_address_gets_in()
    {
        await using var cockpit = await Start();
        var statuses = new List<int>();
        string? retryAfter = null;
        for (var i = 0; i < 30; i++)
        {
            using var response = await Get(cockpit.Client, "/api/goals", $"guess-{i}");
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("/problems/too-many-failed-keys"));
            }
        }
        TestContext.Out.WriteLine($"answers to 30 wrong keys: {string.Join(" ", statuses)}; Retry-After {retryAfter} s");
        using var rightKeySameAddress = await Get(cockpit.Client, "/api/goals", Key);
        using var otherAddress = Client(cockpit, IPAddress.Parse("127.0.0.2"));
        using var rightKeyOtherAddress = await Get(otherAddress, "/api/goals", Key);

        Assert.That(statuses.Take(10), Has.All.EqualTo(401));
        Assert.That(statuses.Skip(10), Has.All.EqualTo(429));
        Assert.That(double.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        Assert.That((int)rightKeySameAddress.StatusCode, Is.EqualTo(429), "a right key from a blocked address would tell a guesser it is right");
        Assert.That((int)rightKeyOtherAddress.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task A_client_with_the_right_key_is_never_limited()
    {
        await using var cockpit = await Start();
        var statuses = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            using var response = await Get(cockpit.Client, "/healthz", Key);
            statuses.Add((int)response.StatusCode);
        }
        Assert.That(statuses, Has.All.EqualTo(200));
    }

    [Test]
    public async Task The_limit_is_a_setting()
    {
        await using var cockpit = await Start("--Cockpit:Auth:Failures:Limit=3");
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await Get(cockpit.Client, "/api/goals", "wrong");
            statuses.Add((int)response.StatusCode);
        }
        Assert.That(statuses, Is.EqualTo(new[] { 401, 401, 401, 429, 429 }));
    }

    [Test]
    public void A_blocked_address_may_try_again_once_its_budget_refills()
    {
        var clock = new ManualClock();
        var limiter = Limiter(clock, limit: 10, windowSeconds: 60);
        var client = IPAddress.Parse("192.0.2.7");
        for (var i = 0; i < 10; i++) limiter.Failed(client);

        var blocked = limiter.Wait(client);
        clock.Now += blocked;

        Assert.That(blocked, Is.EqualTo(TimeSpan.FromSeconds(6)), "10 a minute: one more every 6 s");
        Assert.That(limiter.Wait(client), Is.EqualTo(TimeSpan.Zero));
        Assert.That(limiter.Wait(IPAddress.Parse("192.0.2.8")), Is.EqualTo(TimeSpan.Zero), "another address has its own budget");
    }

    [Test]
    public void An_ipv6_client_counts_by_its_64_bit_prefix()
    {
        var limiter = Limiter(new ManualClock(), limit: 2, windowSeconds: 60);

        limiter.Failed(IPAddress.Parse("2001:db8:1:2::1"));
        limiter.Failed(IPAddress.Parse("2001:db8:1:2::ffff"));

        Assert.That(limiter.Wait(IPAddress.Parse("2001:db8:1:2:abcd::9")), Is.GreaterThan(TimeSpan.Zero));
        Assert.That(limiter.Wait(IPAddress.Parse("2001:db8:1:3::1")), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void A_hundred_thousand_guessing_addresses_are_remembered_at_most_up_to_the_cap()
    {
        var clock = new ManualClock();
        var limiter = Limiter(clock, limit: 10, windowSeconds: 60, trackedClients: 1000);

        for (var i = 0; i < 100_000; i++)
        {
            limiter.Failed(new IPAddress(BitConverter.GetBytes(0x0A000000 + i)));
            if (i % 100 == 0) clock.Now += TimeSpan.FromMilliseconds(1);
        }

        Assert.That(limiter.TrackedClients, Is.LessThanOrEqualTo(1000));
        Assert.That(limiter.Wait(new IPAddress(BitConverter.GetBytes(0x0A000000 + 99_999))), Is.EqualTo(TimeSpan.Zero),
            "one failure leaves nine");
    }

    private static FailedKeyLimiter Limiter(ManualClock clock, int limit, int windowSeconds, int trackedClients = 10_000)
    {
        var options = new AuthOptions { Failures = new FailureOptions { Limit = limit, WindowSeconds = windowSeconds, TrackedClients = trackedClients } };
        return new FailedKeyLimiter(new StaticOptions(options), clock);
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2020, 6, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class StaticOptions(AuthOptions value) : IOptionsMonitor<AuthOptions>
    {
        public AuthOptions CurrentValue => value;

        public AuthOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AuthOptions, string?> listener) => null;
    }

    private static Task<RunningCockpit> Start(params string[] extra) =>
        RunningCockpit.StartAsync([.. TestKeys.Arguments(new TestKey("Viewer", "viewer", Key)), "--Cockpit:Auth:AnonymousViewers=false", .. extra]);

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    /// <summary>A client whose connections come from <paramref name="from"/> (any 127.x address is this machine).</summary>
    private static HttpClient Client(RunningCockpit cockpit, IPAddress from) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = cockpit.Address };
}
