using System.Data.Common;

namespace Cockpit.Ingest.Problems;

/// <summary>
/// Where the file's fault ends and the server's begins. Reading, validating and classifying a workbook work on its bytes
/// in memory, so whatever they throw the file brought about (a reader bug it exposes included): it becomes an
/// <see cref="ProblemCode.Unreadable"/> problem and the outcome keeps the exception for the server's log. The database's
/// work (finding the upload, writing rows, committing) is not guarded: its failures stay server errors.
/// </summary>
public static class Unreadable
{
    private const int LongestReason = 160;

    /// <summary>
    /// False for what no file can cause while it is read: the process running out of memory, the database failing, and the
    /// time limit on reading it stopping the reader (<see cref="OperationCanceledException"/>, refused as <see cref="ProblemCode.ReadTooLong"/>).
    /// </summary>
    public static bool IsFileFault(Exception e) => e is not (OutOfMemoryException or DbException or OperationCanceledException);

    public static WorkbookProblem Problem(string file, string? sheet, Exception e) => new(file, sheet, null, ProblemCode.Unreadable, Reason(e));

    // The exception's own words, on one line and short; never its type or its stack.
    private static string Reason(Exception e)
    {
        var line = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
        if (line.Length == 0 || line.Contains("Exception", StringComparison.Ordinal)) return "unexpected content";
        return line.Length <= LongestReason ? line : line[..LongestReason].TrimEnd() + "…";
    }
}
