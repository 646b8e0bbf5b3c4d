using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>One worker process: started under an address-space limit at low priority, asked one statement at a time, killed when it overruns.</summary>
internal sealed class SqlWorker : IDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastErrors = new();
    private volatile bool killed;

    private SqlWorker(Process process, string snapshotVersion)
    {
        this.process = process;
        SnapshotVersion = snapshotVersion;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lastErrors)
            {
                lastErrors.Enqueue(e.Data);
                if (lastErrors.Count > 5) lastErrors.Dequeue();
            }
        };
        process.BeginErrorReadLine();
    }

    public string SnapshotVersion { get; }

    public int ProcessId => process.Id;

    public bool Alive => !killed && !process.HasExited;

    /// <summary>Starts a worker on <paramref name="snapshot"/> and waits until it has copied it and says it is ready.</summary>
    public static async Task<SqlWorker> StartAsync(WorkerLaunch launch, Snapshot snapshot, CancellationToken cancel)
    {
        var worker = new SqlWorker(Process.Start(launch.StartInfo(snapshot.Path))!, snapshot.Version);
        using var stop = cancel.Register(worker.Kill);
        var ready = await WorkerFrames.ReadAsync(worker.process.StandardOutput.BaseStream);
        if (ready?.Kind == WorkerFrames.Ready) return worker;
        worker.Dispose();
        cancel.ThrowIfCancellationRequested();
        throw new SqlWorkerLostException("it did not start: " + worker.Errors());
    }

    public async Task SendAsync(WorkerRequest request)
    {
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request));
        await process.StandardInput.FlushAsync();
    }

    /// <summary>The next frame of the answer; a worker that ended (killed, or out of memory) throws.</summary>
    public async Task<(byte Kind, byte[] Payload)> NextAsync()
    {
        var frame = await WorkerFrames.ReadAsync(process.StandardOutput.BaseStream);
        if (frame is { } f) return f;
        if (killed) throw new OperationCanceledException("the worker was stopped");
        await process.WaitForExitAsync();
        throw new SqlWorkerLostException(Errors() is { Length: > 0 } errors ? errors : $"exit code {process.ExitCode}");
    }

    public void Kill()
    {
        killed = true;
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private string Errors()
    {
        lock (lastErrors) return string.Join(" ", lastErrors).Trim();
    }
}

/// <summary>A snapshot file of the analyst views and the data version it shows.</summary>
public sealed record Snapshot(string Version, string Path);

/// <summary>How a worker is started: this program's own verb, under <c>ulimit -v</c> and <c>nice</c>, with a capped managed heap.</summary>
internal sealed record WorkerLaunch(long AddressSpaceMegabytes, string DuckDbMemoryLimit, int Threads)
{
    public ProcessStartInfo StartInfo(string snapshotPath)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("ulimit -v \"$1\" && exec nice -n 10 \"$2\" \"$3\" " + WorkerLoop.Verb + " --snapshot \"$4\" --memory-limit \"$5\" --threads \"$6\"");
        foreach (var arg in new[] { "sh", (AddressSpaceMegabytes * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), Muxer, Program, snapshotPath, DuckDbMemoryLimit, Threads.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x20000000"; // 512 MiB of managed heap: the rest of the address space is DuckDB's
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["MALLOC_ARENA_MAX"] = "2"; // glibc reserves 64 MiB of address space per thread's arena otherwise
        return info;
    }

    private static string Program => typeof(WorkerLoop).Assembly.Location;

    // The dotnet executable that runs this process, or the one beside the runtime, or the one on PATH.
    private static string Muxer =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))))!, "dotnet") is var beside && File.Exists(beside) ? beside
        : "dotnet";
}
