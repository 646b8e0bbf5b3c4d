namespace Cockpit.Status;

/// <summary>
/// Finds quoted spans (” ”, " ", “ ”, „ “, « », ‹ ›, ' ', ‘ ’) so that a quoted goal text is never read as a verdict.
/// A span of one or two words is a scare quote (valmistelut ovat "jäissä") and stays readable; an unclosed quote masks nothing.
/// </summary>
internal static class QuoteMask
{
    private const int ScareQuoteMaxWords = 2;

    public static List<TextRange> Find(string text)
    {
        List<TextRange>? spans = null;
        var i = 0;
        while (i < text.Length)
        {
            if (IsOpening(text, i, out var closing))
            {
                var end = FindClosing(text, i + 1, closing);
                if (end > 0)
                {
                    if (CountWords(text, i + 1, end) > ScareQuoteMaxWords && !IsWholeText(text, i, end))
                        (spans ??= []).Add(new TextRange(i, end + 1));
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        return spans ?? [];
    }

    /// <summary>A quote that is all the text (a cited statement, "”Kunta on perunut kaikki tapahtumat.”") is the text itself, not a goal quoted in it.</summary>
    private static bool IsWholeText(string text, int open, int close) =>
        text.AsSpan(0, open).IsWhiteSpace() && text.AsSpan(close + 1).Trim().TrimStart(".!?").IsEmpty;

    private static bool IsOpening(string text, int i, out char closing)
    {
        var c = text[i];
        closing = c switch
        {
            '\u201D' => '\u201D', // ” ... ” (Finnish and Swedish style)
            '"' => '"',
            '\u201C' => '\u201D', // “ ... ”
            '\u201E' => '\u201C', // „ ... “
            '\u00AB' => '\u00BB', // « ... »
            '\u00BB' => '\u00BB', // » ... » (Swedish style)
            '\u2039' => '\u203A',
            '\u2018' => '\u2019',
            '\'' => '\'',
            '\u2019' => '\u2019',
            _ => '\0',
        };
        if (closing == '\0') return false;
        // An apostrophe inside a word (don't, Helsinki's) opens nothing.
        if (TextNormalizer.IsApostrophe(c) || c == '\u2018')
            return i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        return true;
    }

    private static int FindClosing(string text, int from, char closing)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n' && closing is '\'' or '\u2019') return -1; // single quotes never span lines
            if (c == closing || (closing == '\u201D' && c == '\u201C') || (closing == '\'' && c == '\u2019'))
            {
                if (TextNormalizer.IsApostrophe(c) && j + 1 < text.Length && char.IsLetter(text[j + 1])) continue;
                return j;
            }
        }
        return -1;
    }

    private static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var j = start; j < end; j++)
        {
            var w = char.IsLetterOrDigit(text[j]);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }

    public static bool IsMasked(List<TextRange> spans, int index)
    {
        foreach (var span in spans)
            if (span.Contains(index)) return true;
        return false;
    }
}
