using System.Text;
using Cockpit.Dashboards.Cli;

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
