using System.Text.Json;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Cli;

/// <summary><c>sql [--db PATH] [--format table|csv|json] "QUERY"</c>: one read statement in the same sandbox as <c>POST /api/sql</c>.</summary>
internal static class SqlVerb
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var dbPath = CommandLine.DatabasePath(args);
        var format = args.Option("format") ?? "table";
        var limits = new SqlLimits { MaxRows = args.Int("max-rows", new SqlLimits().MaxRows), TimeoutSeconds = args.Int("timeout", new SqlLimits().TimeoutSeconds) };
        args.RejectUnknown();
        if (format is not ("table" or "csv" or "json")) throw new UsageException($"--format must be table, csv or json, not '{format}'");
        if (args.Positional.Count != 1) throw new UsageException("sql needs exactly one QUERY (quote it)");
        using var store = CockpitStore.Open(dbPath);
        SqlSandbox.Lockdown(store.Connection, limits);
        try
        {
            using var query = SqlSandbox.Open(store.Connection, args.Positional[0], null, limits.Timeout);
            switch (format)
            {
                case "csv":
                    SqlOutput.CsvAsync(query, stdout, limits.MaxRows).GetAwaiter().GetResult();
                    break;
                case "json":
                    using (var buffer = new MemoryStream())
                    {
                        using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions)) SqlOutput.Json(query, json, limits.MaxRows);
                        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }
                    break;
                default:
                    SqlOutput.Table(query, stdout, limits.MaxRows);
                    break;
            }
            return 0;
        }
        catch (Exception e) when (e is SqlRefusedException or SqlStatementException or SqlTimeoutException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
