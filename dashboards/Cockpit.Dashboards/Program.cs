using Cockpit.Dashboards.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
