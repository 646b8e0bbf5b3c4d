using Cockpit.Ingest;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Cli;

/// <summary><c>ingest [--db PATH] [--dry-run] [--lang L] [--by NAME] FILE...</c>: each workbook in its own transaction, its audit row in it.</summary>
internal static class IngestVerb
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var dbPath = CommandLine.DatabasePath(args);
        var lang = CommandLine.Language(args);
        var options = new IngestOptions(args.Option("by") ?? Environment.UserName, args.Flag("dry-run"), Audit: true);
        args.RejectUnknown();
        if (args.Positional.Count == 0) throw new UsageException("ingest needs at least one FILE");

        using var store = CockpitStore.Open(dbPath);
        var ingest = new WorkbookIngest(store);
        var failed = 0;
        foreach (var file in args.Positional)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine(NotFound(lang, file));
                failed++;
                continue;
            }
            var outcome = ingest.Ingest(file, options); // with its audit row: in the load's transaction, or alone for a refusal
            var output = outcome.Succeeded ? stdout : stderr;
            foreach (var line in OutcomeText.Describe(outcome, lang)) output.WriteLine(line);
            if (!outcome.Succeeded) failed++;
        }
        return failed == 0 ? 0 : 1;
    }

    private static string NotFound(string lang, string file) => lang switch
    {
        "sv" => $"{file}: filen finns inte.",
        "en" => $"{file}: no such file.",
        _ => $"{file}: tiedostoa ei ole.",
    };
}
