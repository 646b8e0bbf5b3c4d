namespace Cockpit.Dashboards.Reports;

/// <summary>Breaks a text into lines no wider than a width: at spaces, within a word only when the word alone is wider.</summary>
public static class LineBreaker
{
    /// <param name="measure">The width of a piece of text as it will be drawn.</param>
    public static IReadOnlyList<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var joined = line.Length == 0 ? word : line + " " + word;
                if (measure(joined) <= width)
                {
                    line = joined;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && measure(line) > width)
                {
                    var fits = Fitting(line, width, measure);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    // The longest start of a word that fits, at least one character so that the breaking ends.
    private static int Fitting(string word, double width, Func<string, double> measure)
    {
        var n = 1;
        while (n < word.Length && measure(word[..(n + 1)]) <= width) n++;
        return n;
    }
}
