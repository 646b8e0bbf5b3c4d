namespace Cockpit.Status;

/// <summary>The years (1900–2199) a whole text names: how many times, and the earliest (0 if none).</summary>
internal readonly record struct TextYears(int Count, int Earliest)
{
    public static TextYears Of(string text)
    {
        int count = 0, earliest = 0;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) || i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])) continue;
            var (a, b, c, d) = (text[i], text[i + 1], text[i + 2], text[i + 3]);
            if (!Lexicon.IsYear(a, b, c, d)) continue;
            var year = (a - '0') * 1000 + (b - '0') * 100 + (c - '0') * 10 + (d - '0');
            count++;
            if (earliest == 0 || year < earliest) earliest = year;
        }
        return new TextYears(count, earliest);
    }
}
