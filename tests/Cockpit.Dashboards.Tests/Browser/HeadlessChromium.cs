using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cockpit.Testing;

namespace Cockpit.Dashboards.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol: navigate, evaluate script, take screenshots,
/// and collect every console error, script exception and failed load the page causes.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly TempDirectory profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly CancellationTokenSource stop = new();
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<string> downloaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string downloads = "";
    private string suggestedFilename = "";
    private int nextId;
    private Task receiving = Task.CompletedTask;

    private HeadlessChromium(Process process, TempDirectory profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Skips the fixture on a developer's machine without Chromium, and fails it in CI, where .ci/run installs it.</summary>
    public static void RequireInstalled()
    {
        if (File.Exists(Executable)) return;
        const string why = "Debian's chromium is not installed (apt-get install chromium); .ci/run installs it";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Assert.Ignore(why);
    }

    /// <summary>Forgets the errors so far: those of another site's pages, such as a sign-in provider's.</summary>
    public void ForgetErrors() => errors.Clear();

    /// <param name="width">the window's width in CSS pixels: 390 for a phone, 1440 for a laptop</param>
    public static async Task<HeadlessChromium> StartAsync(int width = 1280, int height = 2000)
    {
        var profile = new TempDirectory();
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--window-size={width},{height}", "--remote-debugging-port=0",
            $"--user-data-dir={profile.Path}", "about:blank",
        }) start.ArgumentList.Add(arg);
        var browser = new HeadlessChromium(Process.Start(start)!, profile);
        await browser.ConnectAsync();
        // Headless windows are never narrower than 500 px: a phone's width comes from the device metrics instead.
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = width < 600,
        });
        return browser;
    }

    public async Task NavigateAsync(string url)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await loaded.Task.WaitAsync(Timeout);
    }

    /// <summary>Runs <paramref name="expression"/> in the page (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var answer = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (answer["exceptionDetails"] is { } exception) throw new InvalidOperationException($"script failed: {exception.ToJsonString()}");
        return answer["result"]?["value"];
    }

    /// <summary>Submits the page's form by script and waits for the page it leads to.</summary>
    public async Task<JsonNode?> EvaluateAndWaitForLoadAsync(string expression)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var value = await EvaluateAsync(expression);
        await loaded.Task.WaitAsync(Timeout);
        return value;
    }

    /// <summary>Renders the page as for <paramref name="media"/> (<c>print</c>, or <c>""</c> for the screen again).</summary>
    public Task EmulateMediaAsync(string media) => SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = media });

    /// <summary>The browser's cookies for <paramref name="url"/>, HttpOnly ones too, as name → value.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CookiesAsync(string url)
    {
        var answer = await SendAsync("Network.getCookies", new JsonObject { ["urls"] = new JsonArray(url) });
        return answer["cookies"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["value"]!.GetValue<string>());
    }

    /// <summary>Types <paramref name="text"/> into whatever has the focus, as a keyboard's input method would.</summary>
    public async Task InsertTextAsync(string text) => await SendAsync("Input.insertText", new JsonObject { ["text"] = text });

    /// <summary>Presses and releases one key, with Ctrl held when <paramref name="ctrl"/> (Ctrl+Enter, Ctrl+A).</summary>
    public async Task PressAsync(string key, string code, int keyCode, bool ctrl = false)
    {
        foreach (var type in new[] { "rawKeyDown", "keyUp" })
            await SendAsync("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type, ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = keyCode, ["modifiers"] = ctrl ? 2 : 0,
            });
    }

    /// <summary>Lets the page download files, into <paramref name="directory"/>.</summary>
    public async Task AllowDownloadsAsync(string directory)
    {
        downloads = directory;
        await SendAsync("Page.setDownloadBehavior", new JsonObject { ["behavior"] = "allow", ["downloadPath"] = directory });
    }

    /// <summary>
    /// Runs <paramref name="expression"/> (a click on a download button) and returns the path of the file it downloads once
    /// Chromium says the download completed: the file appears before its bytes are written.
    /// </summary>
    public async Task<string> DownloadAsync(string expression)
    {
        downloaded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await EvaluateAsync(expression);
        return await downloaded.Task.WaitAsync(Timeout);
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var answer = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(answer["data"]!.GetValue<string>());
    }

    private async Task ConnectAsync()
    {
        var endpoint = await DevToolsEndpointAsync();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync(new Uri(endpoint, "/json/list")))!.AsArray();
        var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
        await socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), stop.Token);
        receiving = Task.Run(ReceiveAsync);
        foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Page.enable", "Network.enable" }) await SendAsync(domain, new JsonObject());
    }

    // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/..." once it is ready.
    private async Task<Uri> DevToolsEndpointAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline && await process.StandardError.ReadLineAsync().WaitAsync(Timeout) is { } line)
        {
            const string marker = "DevTools listening on ";
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                var ws = new Uri(line[marker.Length..].Trim());
                return new Uri($"http://{ws.Host}:{ws.Port}");
            }
        }
        throw new InvalidOperationException("Chromium did not start its DevTools endpoint");
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, stop.Token);
        return await answer.Task.WaitAsync(Timeout);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult chunk;
            try { chunk = await socket.ReceiveAsync(buffer, stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException) { return; }
            message.Write(buffer, 0, chunk.Count);
            if (!chunk.EndOfMessage) continue;
            Handle(JsonNode.Parse(message.ToArray())!);
            message.SetLength(0);
        }
    }

    private void Handle(JsonNode message)
    {
        if (message["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var answer))
        {
            if (message["error"] is { } error) answer.SetException(new InvalidOperationException(error.ToJsonString()));
            else answer.SetResult(message["result"] ?? new JsonObject());
            return;
        }
        var parameters = message["params"];
        string? Text(JsonNode? node) => node?.ToJsonString();
        switch (message["method"]?.GetValue<string>())
        {
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
            case "Page.downloadWillBegin":
                suggestedFilename = parameters?["suggestedFilename"]?.GetValue<string>() ?? "";
                break;
            case "Page.downloadProgress":
                var state = Text(parameters?["state"]);
                if (state == "\"completed\"") downloaded.TrySetResult(Path.Combine(downloads, suggestedFilename));
                if (state == "\"canceled\"") downloaded.TrySetException(new InvalidOperationException($"the download of {suggestedFilename} was canceled"));
                break;
            case "Runtime.exceptionThrown":
                errors.Enqueue("exception: " + Text(parameters?["exceptionDetails"]));
                break;
            case "Runtime.consoleAPICalled":
                if (Text(parameters?["type"]) == "\"error\"") errors.Enqueue("console: " + Text(parameters?["args"]));
                break;
            case "Log.entryAdded":
                var entry = parameters?["entry"];
                if (Text(entry?["level"]) == "\"error\"") errors.Enqueue($"log: {Text(entry?["text"])} {Text(entry?["url"])}");
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await receiving; } catch (OperationCanceledException) { }
        socket.Dispose();
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        profile.Dispose();
        stop.Dispose();
    }
}
