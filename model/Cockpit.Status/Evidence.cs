namespace Cockpit.Status;

/// <summary>
/// Formats <see cref="StatusResult.Evidence"/>: <c>phrase — sentence</c>, where <c>phrase</c> is the deciding words
/// exactly as written and <c>sentence</c> the whole sentence they stand in (line breaks inside a sentence cannot occur:
/// a line break ends a sentence). The separator is " — " (space, em dash, space); split on its first occurrence.
/// Example: <c>ei ole toteutumassa — Tavoite ei ole toteutumassa.</c>
/// A resemblance reading has no deciding phrase short of the sentence that resembles its status most, so that sentence is
/// both. When nothing decided (a text with no cue at all), the evidence is the first sentence alone; for an empty cell "".
/// </summary>
internal static class Evidence
{
    public const string Separator = " \u2014 ";

    public static string Format(string text, Finding f)
    {
        var sentence = text.AsSpan(f.Sentence.Start, f.Sentence.Length);
        var phrase = text.AsSpan(f.Phrase.Start, f.Phrase.Length);
        return string.Concat(phrase, Separator, sentence);
    }
}
