using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Cli;

/// <summary>The host's verbs: <c>dotnet run --project dashboards/Cockpit.Dashboards -- VERB ...</c>.</summary>
public static class CommandLine
{
    public const string Usage = """
        Cockpit: the Culture and Leisure Division's management cockpit.

        usage: Cockpit.Dashboards [VERB] [OPTIONS]

          (no verb), serve [--db PATH] [--urls URL]
                        the cockpit: web page, data API and charts (default http://127.0.0.1:5080);
                        loads the bundled sample into an empty database
          status [--db PATH] [--lang L]
                        where the goals stand per round, as text; loads the sample into an empty database
          ingest [--db PATH] [--dry-run] [--lang fi|sv|en] [--by NAME] FILE...
                        load forecast and monthly workbooks (.xlsx; the kind is read from the sheets), one transaction each
          classify      read forecast texts from stdin, one a line; write code<TAB>rule<TAB>evidence per line
          override [--db PATH] --metric M --round N/YYYY (--status S | --clear) --reason R [--by NAME]
                        set (or clear) a metric's status by hand; M is its text, code or id
          sql [--db PATH] [--format table|csv|json] [--max-rows N] [--timeout S] "QUERY"
                        one read statement (SELECT, WITH, VALUES, DESCRIBE, SUMMARIZE, EXPLAIN) in the
                        analysts' sandbox: no files, no network, no changes; at most 10000 rows, 30 s
          samples [--from TSV] [--out DIR]
                        regenerate samples/kuva-2020-sitovat-tavoitteet.xlsx and kuukausiraportti-2020-01..06.xlsx from the seed table
          synthetic --out FILE [--goals N] [--metrics M] [--rounds R] [--seed S]
                        write a large SYNTHETIC forecast workbook for benchmarks
          help          this text

        The database is --db, else the environment variable Cockpit__Database, else data/cockpit.duckdb.
        Messages are in --lang, else Cockpit__Language, else Finnish.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, TextReader.Null, stdout, stderr);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "";
        var rest = verb.Length > 0 ? args[1..] : args;
        try
        {
            return verb switch
            {
                "status" => OverviewVerb.Run(Parse(rest), stdout),
                "ingest" => IngestVerb.Run(Parse(rest, "dry-run"), stdout, stderr),
                "classify" => ClassifyVerb.Run(Parse(rest), stdin, stdout),
                "override" => OverrideVerb.Run(Parse(rest, "clear"), stdout, stderr),
                "sql" => SqlVerb.Run(Parse(rest), stdout, stderr),
                "samples" => SamplesVerb.Run(Parse(rest), stdout),
                "synthetic" => SyntheticVerb.Run(Parse(rest), stdout),
                "help" or "-h" or "--help" => Help(stdout),
                _ => throw new UsageException($"unknown verb '{verb}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine();
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (DuckDBException e)
        {
            stderr.WriteLine($"error: the database could not be used: {e.Message}");
            return 1;
        }
    }

    public static string DatabasePath(Arguments args) =>
        args.Option("db") ?? Environment.GetEnvironmentVariable("Cockpit__Database") ?? CockpitStore.DefaultPath;

    public static string Language(Arguments args)
    {
        var lang = args.Option("lang") ?? Environment.GetEnvironmentVariable("Cockpit__Language") ?? "fi";
        return lang is "fi" or "sv" or "en" ? lang : throw new UsageException($"--lang must be fi, sv or en, not '{lang}'");
    }

    private static Arguments Parse(string[] args, params string[] switches) => new(args, switches.ToHashSet());

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }
}
