using System.Collections.Frozen;

namespace Cockpit.Status;

/// <summary>
/// Guesses fi, sv or en by counting evidence for each: function words; for Finnish also its case endings (-ssa, -lla,
/// -sta, -ksi ...) and double vowels (aa, ää, uu); for Swedish å and endings (-ning, -arna, -ades); for English -ed, -tion.
/// Not ä/ö: Swedish has them too. The language with most evidence wins; Finnish on a tie
/// with it (the division writes in Finnish), Swedish over English on a tie. Words shared by the languages ("on" is fi
/// "is" and en "on", "in" is en and sv) count for each, so a Finnish text with "on" is not read as English.
/// </summary>
internal static class LanguageGuess
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Finnish = Set(
        "ja", "ei", "eikä", "eivät", "on", "ovat", "oli", "olivat", "ole", "että", "sekä", "mutta", "tai", "kun", "joten", "jo",
        "vielä", "mukaan", "tavoite", "hanke", "myös", "sen", "se", "ne", "koska", "vaikka", "jos", "mikäli", "siten", "osa",
        "tulee", "tullaan", "vuonna", "vuoden", "kaikki", "toteutumassa", "saavutettu", "siis", "näin", "kuitenkin");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Swedish = Set(
        "och", "att", "är", "inte", "det", "som", "för", "på", "med", "har", "kommer", "målet", "av", "ej", "bedöms", "till",
        "uppnås", "nås", "under", "året", "en", "ett", "om", "vid", "men", "också", "hade", "var", "kan", "skulle", "enligt", "ingen",
        "inget", "inga", "finns", "nästa", "första", "sista", "alla", "saknas", "ännu", "görs", "i", "mål", "projektet", "arbetet",
        "fortsatt", "resultat", "goda", "bra", "vara", "blir", "blev", "beräknas", "väntas", "färdig", "klar", "hösten", "våren", "sommaren", "vintern");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English = Set(
        "the", "is", "will", "be", "of", "and", "to", "not", "was", "has", "are", "been", "goal", "target", "on", "in", "at",
        "because", "yet", "forecast", "assessment", "that", "this", "with", "it", "by", "we", "no", "failed", "probably", "schedule",
        "track", "plan", "for", "as", "all", "only", "year", "from", "were", "both", "neither", "targets", "goals", "met", "have", "had",
        "a", "an", "against", "its", "their", "than", "but", "or", "which", "after", "out");

    private static readonly string[] SwedishEndings = ["ning", "ningen", "ningar", "arna", "erna", "ades", "ats", "heten"];

    private static readonly string[] EnglishEndings = ["ed", "tion", "ing", "ly"];

    private static readonly string[] FinnishEndings =
        ["ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ssaan", "mme", "nsa", "nsä", "ista", "istä", "tään", "taan", "minen", "misen"];

    public static Lang Guess(string text)
    {
        int fi = 0, sv = 0, en = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == start) break;
            var word = text.AsSpan(start, i - start);
            var swedish = Swedish.Contains(word) || word.ContainsAny('å', 'Å') || Ends(word, SwedishEndings);
            if (swedish) sv++;
            else if (IsFinnish(word)) fi++;
            if (English.Contains(word) || !swedish && Ends(word, EnglishEndings) && !word.ContainsAny('ä', 'ö')) en++;
        }
        if (fi >= sv && fi >= en && fi > 0) return Lang.Fi;
        if (sv > 0 && sv >= en) return Lang.Sv;
        return en > 0 ? Lang.En : Lang.Fi;
    }

    /// <summary>A Finnish function word, or a word of five letters or more with a Finnish case ending or a double vowel.</summary>
    private static bool IsFinnish(ReadOnlySpan<char> word)
    {
        if (Finnish.Contains(word)) return true;
        if (word.Length < 5) return false;
        if (Ends(word, FinnishEndings)) return true;
        for (var i = 1; i < word.Length; i++)
            if (word[i] == word[i - 1] && char.ToLowerInvariant(word[i]) is 'a' or 'ä' or 'u' or 'i' or 'y' or 'ö') return true;
        return false;
    }

    /// <summary>Whether a word of five letters or more ends in one of the endings.</summary>
    private static bool Ends(ReadOnlySpan<char> word, string[] endings)
    {
        if (word.Length < 5) return false;
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
