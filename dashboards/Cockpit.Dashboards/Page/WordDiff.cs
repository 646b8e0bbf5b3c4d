using System.Text.RegularExpressions;

namespace Cockpit.Dashboards.Page;

public enum Change { Same, Added, Removed }

/// <summary>A run of words that stayed, came or went between two versions of a text.</summary>
public sealed record DiffPart(Change Change, string Text);

/// <summary>
/// What changed between two texts, word by word (a longest common subsequence of words, spaces kept with their word).
/// Past <see cref="MaxCells"/> word pairs the whole text counts as replaced, so a huge cell costs no more than a small one.
/// </summary>
public static partial class WordDiff
{
    public const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPart> Between(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        if ((long)a.Length * b.Length > MaxCells) return Merge([new(Change.Removed, before), new(Change.Added, after)]);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = Same(a[i], b[j]) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y])) { parts.Add(new(Change.Same, b[y])); x++; y++; }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1])) parts.Add(new(Change.Removed, a[x++]));
            else parts.Add(new(Change.Added, b[y++]));
        }
        return Merge(parts);
    }

    /// <summary>The new text as HTML, removed words in <c>&lt;del&gt;</c> and added ones in <c>&lt;ins&gt;</c>.</summary>
    public static string Html(string before, string after) => string.Concat(Between(before, after).Select(p => p.Change switch
    {
        Change.Added => $"<ins>{PageLayout.Encode(p.Text)}</ins>",
        Change.Removed => $"<del>{PageLayout.Encode(p.Text)}</del>",
        _ => PageLayout.Encode(p.Text),
    }));

    // A word and the spaces after it, so that the text joins back as it was written.
    private static string[] Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToArray();

    private static bool Same(string a, string b) => a.TrimEnd() == b.TrimEnd();

    private static List<DiffPart> Merge(List<DiffPart> parts)
    {
        var merged = new List<DiffPart>();
        foreach (var part in parts.Where(p => p.Text.Length > 0))
            if (merged.Count > 0 && merged[^1].Change == part.Change) merged[^1] = part with { Text = merged[^1].Text + part.Text };
            else merged.Add(part);
        return merged;
    }

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordPattern();
}
