namespace Cockpit.Ingest.Problems;

/// <summary>One thing wrong with a workbook, located as precisely as it can be: file, sheet, cell.</summary>
public sealed record WorkbookProblem(string File, string? Sheet, string? Cell, ProblemCode Code, params string[] Args)
{
    /// <summary>The message alone, in <paramref name="lang"/> (fi, sv or en; anything else reads as fi).</summary>
    public string Message(string lang = "fi") => ProblemTexts.Format(Code, lang, Args);

    /// <summary>"file, sheet S, cell C: message": what a person reads.</summary>
    public string Describe(string lang = "fi") => ProblemTexts.Locate(lang, File, Sheet, Cell) + ": " + Message(lang);
}
