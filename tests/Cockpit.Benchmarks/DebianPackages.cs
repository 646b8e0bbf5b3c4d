using System.Diagnostics;

namespace Cockpit.Benchmarks;

/// <summary>Installs the Debian packages an anchor needs when they are missing (the benchmark machine runs as root).</summary>
public static class DebianPackages
{
    /// <summary>Runs <paramref name="check"/> (a program and its arguments); when it fails, <c>apt-get install -y</c> the packages and checks again.</summary>
    public static void Ensure(string[] check, params string[] packages)
    {
        if (Succeeds(check)) return;
        Console.WriteLine($"  installing {string.Join(' ', packages)} (apt-get)...");
        if (!Succeeds(["apt-get", "install", "-y", "-q", .. packages]) && !(Succeeds(["apt-get", "update", "-q"]) && Succeeds(["apt-get", "install", "-y", "-q", .. packages])))
            throw new InvalidOperationException($"apt-get could not install {string.Join(' ', packages)}");
        if (!Succeeds(check)) throw new InvalidOperationException($"{string.Join(' ', check)} still fails after installing {string.Join(' ', packages)}");
    }

    private static bool Succeeds(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // the program itself is missing
        }
    }
}
