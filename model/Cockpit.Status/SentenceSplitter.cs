using System.Collections.Frozen;

namespace Cockpit.Status;

/// <summary>
/// Splits a forecast text into sentences: at line breaks, at . ! ? before a capital, digit or quote,
/// and before numbered list items ("1)", "b)", not inside brackets). Not inside dates (30.4.2020), after abbreviations
/// (esim., mm., t.ex., e.g.), before a lower-case word (1. vuosineljännes), or inside a quoted span.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "esim", "mm", "ns", "jne", "ym", "yms", "tms", "ks", "vrt", "ko", "klo", "n", "ca", "s", "t", "v", "nro",
        "milj", "mrd", "tuh", "os", "puh", "ts", "prof", "dos", "tri", "tav", "enn", "tot", "alk", // controllers' shorthand: tavoite, ennuste, toteuma, alkaen
        "bl", "a", "t.ex", "ex", "dvs", "osv", "st", "resp", "jfr", "kl",
        "e.g", "i.e", "etc", "vs", "approx", "no", "mr", "mrs", "dr", "cf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<TextRange> Split(string text, List<TextRange> masked)
    {
        var sentences = new List<TextRange>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (masked.Count > 0 && QuoteMask.IsMasked(masked, i)) continue;
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '\u2026' && EndsSentence(text, i))
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
            else if (StartsListItem(text, i) && i > start && !InBrackets(text, start, i))
            {
                Add(sentences, text, start, i);
                start = i;
            }
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<TextRange> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextRange(start, end));
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        if (next >= text.Length) return true;
        var n = text[next];
        if (char.IsDigit(n) && i > 0 && char.IsDigit(text[i - 1])) return false; // 30.4.2020, 3.5
        if (text[i] == '.' && IsAbbreviation(text, i)) return false;
        if (!char.IsWhiteSpace(n))
        {
            // "toteutumassa.Tavoite": a missing space after a full stop, not an abbreviation like "t.ex".
            return char.IsUpper(n) && i >= 2 && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]);
        }
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0') next++;
        if (next >= text.Length) return true;
        n = text[next];
        return char.IsUpper(n) || char.IsDigit(n) || n is '\n' or '\r' or '"' or '\u201D' or '\u201C' or '\u00AB' or '(' or '-' or '\u2013' or '\u2022';
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s > 1 && char.IsLetter(text[s - 2])))) s--;
        if (s == dot) return false;
        return Abbreviations.Contains(text.AsSpan(s, dot - s).ToString());
    }

    /// <summary>Whether a bracket opened between start and i is still open: "sovittujen (1 000 ja 70)" closes a pair, no list item.</summary>
    private static bool InBrackets(string text, int start, int i)
    {
        var open = 0;
        for (var k = start; k < i; k++) open += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        return open > 0;
    }

    /// <summary>"1)" or "b)" preceded by white space: a numbered list item written on one line.</summary>
    private static bool StartsListItem(string text, int i)
    {
        if (i > 0 && !char.IsWhiteSpace(text[i - 1])) return false;
        var j = i;
        if (j < text.Length && char.IsDigit(text[j]))
        {
            while (j < text.Length && char.IsDigit(text[j]) && j - i < 2) j++;
        }
        else if (j < text.Length && char.IsLower(text[j]) && j + 1 < text.Length && text[j + 1] == ')') j++;
        else return false;
        return j > i && j < text.Length && text[j] == ')' && j + 1 < text.Length && char.IsWhiteSpace(text[j + 1]);
    }
}
