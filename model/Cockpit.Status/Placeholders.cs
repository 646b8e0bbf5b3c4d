using System.Collections.Frozen;

namespace Cockpit.Status;

/// <summary>Cells that hold no forecast: "-", "ei arviota", "n/a", "ingen bedömning", "tbd", ... (compared without case or punctuation).</summary>
internal static class Placeholders
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Texts = new[]
    {
        "", "-", "--", "?", "x", "ei arviota", "ei arvioitu", "ei ennustetta", "ei tietoa", "ei arvioitavissa", "arvio puuttuu",
        "ingen bedömning", "ej bedömd", "ej bedömt", "ingen prognos", "n/a", "na", "n.a", "tbd", "tba", "no assessment",
        "not assessed", "no forecast", "none", "nil",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPlaceholder(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 24) return false;
        span = span.TrimEnd(".!:; ").Trim();
        if (span.Length > 0 && span.Trim("-\u2013\u2014 ").Length == 0) return true; // any run of dashes
        return Texts.Contains(span);
    }
}
