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
          classify [--outcome]
                        read forecast texts from stdin, one a line; write code<TAB>rule<TAB>evidence per line;
                        --outcome reads them as a year-end outcome (Toteuma 2020), not a forecast
          override [--db PATH] --metric M --round N/YYYY (--status S | --clear) --reason R [--by NAME]
                        set (or clear) a metric's status by hand; M is its text, code or id
          sql [--db PATH | --url URL [--key KEY]] [--format table|csv|json] [--max-rows N] [--timeout S] "QUERY"
                        one read statement (SELECT, WITH, VALUES, DESCRIBE, SUMMARIZE, EXPLAIN) in the
                        analysts' sandbox: no files, no network, no changes; at most 10000 rows, 30 s;
                        while the cockpit runs it holds the file: --url (or COCKPIT_URL) sends the statement
                        to it, with an analyst's key (--key or COCKPIT_KEY) unless it is the local one
          samples [--from TSV] [--out DIR]
                        regenerate samples/kuva-2020-sitovat-tavoitteet.xlsx and kuukausiraportti-2020-01..06.xlsx from the seed table
          synthetic --out FILE [--goals N] [--metrics M] [--rounds R] [--seed S]
                        write a large SYNTHETIC forecast workbook for benchmarks
          help          this text

        The database is --db, else the environment variable Cockpit__Database, else data/cockpit.duckdb.
        Messages are in --lang, else Cockpit__Language, else Finnish.
        """;

    private static readonly string[] Verbs = ["", "serve", "status", "ingest", "classify", "override", "sql", "samples", "synthetic"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, TextReader.Null, stdout, stderr);

    /// <summary>The server's own arguments when <paramref name="args"/> start it (no verb, or <c>serve</c>, with options it knows); else null.</summary>
    public static string[]? ServerArguments(string[] args)
    {
        var (verb, rest) = Split(args);
        return verb is "" or "serve" && ServeProblem(rest) is null ? rest : null;
    }

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var (verb, rest) = Split(args);
        try
        {
            if (verb is "help" or "-h" or "--help") return Help(stdout, rest.FirstOrDefault(a => !a.StartsWith('-')));
            if (rest.Any(a => a is "--help" or "-h") && Verbs.Contains(verb)) return Help(stdout, verb);
            return verb switch
            {
                "" or "serve" => throw new UsageException(ServeProblem(rest) ?? "the server starts only from the program itself"),
                "status" => OverviewVerb.Run(Parse(rest), stdout),
                "ingest" => IngestVerb.Run(Parse(rest, "dry-run"), stdout, stderr),
                "classify" => ClassifyVerb.Run(Parse(rest, "outcome"), stdin, stdout),
                "override" => OverrideVerb.Run(Parse(rest, "clear"), stdout, stderr),
                "sql" => SqlVerb.Run(Parse(rest), stdout, stderr),
                "samples" => SamplesVerb.Run(Parse(rest), stdout),
                "synthetic" => SyntheticVerb.Run(Parse(rest), stdout),
                Sql.Workers.WorkerLoop.Verb => Sql.Workers.WorkerLoop.Run(Parse(rest)),
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

    private static (string Verb, string[] Others) Split(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? (args[0], args[1..]) : ("", args);

    // The server takes --db, --urls and any configuration key (--Cockpit:Sql:TimeoutSeconds 10), as --name value or --name=value.
    private static string? ServeProblem(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h") return "help";
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2) return $"unexpected argument '{args[i]}'";
            var name = args[i][2..].Split('=')[0];
            if (name is not ("db" or "urls") && !name.Contains(':')) return $"unknown option --{name}";
            if (!args[i].Contains('=') && ++i == args.Length) return $"--{name} needs a value";
        }
        return null;
    }

    /// <summary>The whole usage, or one verb's lines of it.</summary>
    private static int Help(TextWriter stdout, string? verb)
    {
        var lines = Usage.Split('\n');
        var start = Array.FindIndex(lines, l => verb is { Length: > 0 } && (l.StartsWith($"  {verb} ") || l.TrimEnd() == $"  {verb}"
            || verb == "serve" && l.StartsWith("  (no verb), serve")));
        if (start < 0)
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        var end = Array.FindIndex(lines, start + 1, l => !l.StartsWith("                "));
        stdout.WriteLine("usage: Cockpit.Dashboards " + string.Join('\n', lines[start..end]).Trim());
        return 0;
    }
}
