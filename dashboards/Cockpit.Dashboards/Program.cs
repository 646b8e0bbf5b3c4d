using System.Text;
using Cockpit.Dashboards.Cli;
using Cockpit.Dashboards.Web;

// With no verb, or "serve", the host runs the cockpit; any other verb is a command-line tool.
if (args.Length == 0 || args[0] == "serve" || args[0].StartsWith("--", StringComparison.Ordinal))
{
    CockpitServer.Build(args.Length > 0 && args[0] == "serve" ? args[1..] : args).Run();
    return 0;
}

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
try
{
    return CommandLine.Run(args, Console.In, stdout, Console.Error);
}
finally
{
    stdout.Flush();
}
