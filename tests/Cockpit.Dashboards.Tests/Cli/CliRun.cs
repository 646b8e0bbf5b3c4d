using Cockpit.Dashboards.Cli;

namespace Cockpit.Dashboards.Tests.Cli;

/// <summary>The outcome of one in-process run of the command line.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
