using System.Text;

namespace Cockpit.Model.Forecasts;

/// <summary>The identity of a goal or metric text: the same words, whatever the case or whitespace.</summary>
public static class TextKey
{
    public static string Normalise(string text)
    {
        var key = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) key.Append(' ');
            pendingSpace = false;
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>Collapses runs of whitespace inside a line, keeping line breaks: the text as shown.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .Trim('\n');
    }
}
