using Cockpit.Status;

namespace Cockpit.Model.Tests.Status;

/// <summary>
/// Reads the labelled TSV files (header <c>label lang source text</c>, or <c>label lang source round text</c> where round is
/// <c>forecast</c> or <c>outcome</c>; tab-separated, no quoting; a line break inside a text is written <c>\n</c>, sometimes
/// doubled as <c>\\n</c>) and finds them relative to the repository.
/// </summary>
public static class LabelledTextFile
{
    /// <summary>The rows of <paramref name="path"/>, each written for the report of <paramref name="year"/> (0 if unknown).</summary>
    public static IReadOnlyList<LabelledText> Read(string path, int year = 0)
    {
        var rows = new List<LabelledText>();
        var lineNo = 0;
        var hasRound = false;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (lineNo == 1) hasRound = line.Split('\t') is [_, _, _, "round", ..];
            if (lineNo == 1 || line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length < 4)
                throw new FormatException($"{path}:{lineNo}: expected 4 tab-separated cells (label, lang, source, text), found {cells.Length}.");
            if (!StatusCodes.TryParse(cells[0], out var label))
                throw new FormatException($"{path}:{lineNo}: unknown status code '{cells[0]}'; expected one of {string.Join(", ", StatusCodes.All)}.");
            var round = RoundKind.Forecast;
            if (hasRound && !Enum.TryParse(cells[3], ignoreCase: true, out round))
                throw new FormatException($"{path}:{lineNo}: unknown round '{cells[3]}'; expected forecast or outcome.");
            var text = string.Join('\t', cells[(hasRound ? 4 : 3)..]);
            rows.Add(new LabelledText(label, cells[1], cells[2], Unescape(text), lineNo, round, year));
        }
        return rows;
    }

    public static string Unescape(string cell) => cell.Replace("\\\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    /// <summary>The folder holding <c>Cockpit.sln</c>, found by walking up from the test's directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cockpit.sln"))) return dir.FullName;
        throw new InvalidOperationException(
            $"No folder containing Cockpit.sln above {TestContext.CurrentContext.TestDirectory}; run the tests from inside the repository.");
    }
}
