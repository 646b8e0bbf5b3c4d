using System.Diagnostics;
using System.Text.Json;

namespace Cockpit.Dashboards.Tests.Exports;

/// <summary>
/// Real clients for what the cockpit exports: openpyxl reads a workbook, Python's csv module a CSV, each through a
/// script beside this file that prints what it saw as JSON. Debian's python3-openpyxl (.ci/run installs it).
/// </summary>
public static class PythonClient
{
    /// <summary>Per sheet, per row, each cell as <c>{"t": "s"|"n"|"b"|"d", "v": ...}</c> or null for an empty cell.</summary>
    /// <summary>Debian's Python, whose packages apt installs (a python3 earlier on PATH, such as pyenv's, may lack them).</summary>
    public const string Python = "/usr/bin/python3";

    public static JsonElement ReadWorkbook(byte[] workbook) => Run("read_workbook.py", workbook, ".xlsx");

    /// <summary>The rows of a semicolon CSV as arrays of strings.</summary>
    public static JsonElement ReadCsv(byte[] csv) => Run("read_csv.py", csv, ".csv");

    public static void RequireOpenpyxl()
    {
        if (Start("-c", "import openpyxl") is { ExitCode: 0 }) return;
        const string why = "python3 with openpyxl is not installed (apt-get install python3-openpyxl)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(why);
        Assert.Ignore(why);
    }

    private static JsonElement Run(string script, byte[] content, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cockpit-export-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(file, content);
        try
        {
            var run = Start(Path.Combine(AppContext.BaseDirectory, "Exports", script), file);
            Assert.That(run.ExitCode, Is.Zero, () => $"{script}: {run.Err}");
            return JsonDocument.Parse(run.Out).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int ExitCode, string Out, string Err) Start(params string[] args)
    {
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
