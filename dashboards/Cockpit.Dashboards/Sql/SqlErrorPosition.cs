using System.Text.RegularExpressions;

namespace Cockpit.Dashboards.Sql;

/// <summary>Where in the statement an error is, 1-based line and column, for a person to find it.</summary>
public readonly partial record struct SqlErrorPosition(int Line, int Column)
{
    /// <summary>
    /// DuckDB's own caret (<c>LINE 2: FROM x\n          ^</c>), else the first place the statement has a name the message
    /// quotes (<c>the table function read_csv is not available</c>); null when neither says.
    /// </summary>
    public static SqlErrorPosition? Find(string sql, string message)
    {
        var lines = sql.ReplaceLineEndings("\n").Split('\n');
        var caret = Caret().Match(message);
        if (caret.Success && int.TryParse(caret.Groups["line"].Value, out var line) && line >= 1 && line <= lines.Length)
        {
            var shown = caret.Groups["text"].Value;
            var at = caret.Groups["pad"].Value.Length - caret.Groups["head"].Value.Length;
            var trimmed = shown.StartsWith("...", StringComparison.Ordinal) ? shown[3..] : shown;
            var start = lines[line - 1].IndexOf(trimmed.TrimEnd('.').TrimEnd(), StringComparison.Ordinal);
            if (start >= 0 && at >= 0) return new SqlErrorPosition(line, start + at - (shown.Length - trimmed.Length) + 1);
            if (at >= 0) return new SqlErrorPosition(line, at + 1);
        }
        foreach (Match quoted in Named().Matches(message))
        {
            var name = quoted.Groups["name"].Value;
            for (var l = 0; l < lines.Length; l++)
                if (lines[l].IndexOf(name, StringComparison.OrdinalIgnoreCase) is >= 0 and var c) return new SqlErrorPosition(l + 1, c + 1);
        }
        return null;
    }

    [GeneratedRegex(@"(?<head>LINE (?<line>\d+): )(?<text>[^\n]*)\n(?<pad> *)\^")]
    private static partial Regex Caret();

    [GeneratedRegex(@"(?:function |^)(?<name>[A-Za-z_][A-Za-z0-9_]*)(?= is not)|'(?<name>[^']{2,})'|""(?<name>[^""]{2,})""")]
    private static partial Regex Named();
}
