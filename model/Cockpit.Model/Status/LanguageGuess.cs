using System.Collections.Frozen;

namespace Cockpit.Model.Status;

/// <summary>Guesses fi, sv or en by counting a few function words; Finnish unless Swedish or English words show.</summary>
internal static class LanguageGuess
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Swedish = Set(
        "och", "att", "är", "inte", "det", "som", "för", "på", "med", "har", "kommer", "målet", "av", "ej", "bedöms", "till", "uppnås", "nås", "under", "året");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English = Set(
        "the", "is", "will", "be", "of", "and", "to", "not", "was", "has", "are", "been", "goal", "target", "on", "in", "at", "because", "yet", "forecast", "assessment", "that", "this", "with", "it", "by", "we", "no", "failed", "probably");

    public static Lang Guess(string text)
    {
        int sv = 0, en = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == start) break;
            var word = text.AsSpan(start, i - start);
            if (word.Length > 10) continue; // "forecast", "assessment" are in the list
            if (Swedish.Contains(word)) sv++;
            if (English.Contains(word)) en++;
        }
        if (sv > 0 && sv >= en) return Lang.Sv;
        return en > 0 ? Lang.En : Lang.Fi;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
