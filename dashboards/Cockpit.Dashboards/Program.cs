using System.Text;
using Cockpit.Dashboards.Cli;
using Cockpit.Dashboards.Web;

// With no verb, or "serve", and options the server knows, the host runs the cockpit; anything else is the command line's.
if (CommandLine.ServerArguments(args) is { } serverArgs)
{
    CockpitServer.Build(serverArgs).Run();
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
