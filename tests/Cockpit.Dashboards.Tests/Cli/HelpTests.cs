using System.Diagnostics;
using Cockpit.Dashboards.Cli;

namespace Cockpit.Dashboards.Tests.Cli;

/// <summary>Asking for help prints it and ends; a wrong verb or option says so; only serve, or nothing, starts the server.</summary>
public class HelpTests
{
    [TestCase("help")]
    [TestCase("--help")]
    [TestCase("-h")]
    public void Help_prints_every_verb_and_exits_0(string arg)
    {
        var run = CliRun.Of(arg);
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Out, Does.Contain("ingest [--db PATH]").And.Contain("sql [--db PATH | --url URL").And.Contain("usage:"));
    }

    [TestCase("ingest", "--help", "ingest [--db PATH] [--dry-run]")]
    [TestCase("sql", "-h", "sql [--db PATH | --url URL [--key KEY]] [--format")]
    [TestCase("serve", "--help", "serve [--db PATH] [--urls URL]")]
    [TestCase("help", "override", "override [--db PATH] --metric M")]
    public void A_verbs_help_prints_its_usage_and_exits_0(string verb, string ask, string usage)
    {
        var run = CliRun.Of(verb, ask);
        Assert.That(run.ExitCode, Is.Zero, run.Err);
        Assert.That(run.Out, Does.Contain(usage).And.Not.Contain("synthetic --out"));
    }

    [TestCase("bogus")]
    [TestCase("bogus", "--help")]
    [TestCase("--bogus", "1")]
    [TestCase("serve", "--nope", "x")]
    [TestCase("serve", "stray")]
    [TestCase("ingest", "--nope", "x", "file.xlsx")]
    public void A_wrong_verb_or_option_exits_2_with_the_usage(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Err, Does.StartWith("error: ").And.Contain("usage:"));
        Assert.That(CommandLine.ServerArguments(args), Is.Null, "the server does not start");
    }

    [TestCase]
    [TestCase("serve")]
    [TestCase("--db", "x.duckdb", "--urls", "http://127.0.0.1:0")]
    [TestCase("serve", "--urls=http://127.0.0.1:0", "--Cockpit:Sql:TimeoutSeconds", "5")]
    public void Serve_or_no_verb_with_server_options_starts_the_server(params string[] args) =>
        Assert.That(CommandLine.ServerArguments(args), Is.Not.Null);

    [Test]
    public void The_program_itself_prints_help_and_ends_instead_of_serving()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cockpit.Dashboards.dll"));
        info.ArgumentList.Add("--help");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var ended = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!ended) process.Kill(entireProcessTree: true);
        Assert.That(ended, Is.True, "--help must not start the web server");
        Assert.That(process.ExitCode, Is.Zero);
        Assert.That(output.Result, Does.Contain("usage:"));
    }
}
