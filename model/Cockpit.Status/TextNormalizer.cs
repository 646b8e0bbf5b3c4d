using System.Text;

namespace Cockpit.Status;

/// <summary>
/// Normalisation shared by the splitter, the tokenizer and the lexicon: composed Unicode (ä, ö, å as one
/// character), lower case, typographic apostrophes and dashes folded to ASCII.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>
    /// The text in composed form, so that "a" + combining diaeresis reads as "ä"; the same instance when already composed,
    /// or when it is not valid UTF-16 (a lone surrogate, U+FFFE), which ICU refuses and the reader can still read around.
    /// </summary>
    public static string Compose(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>The word in lower case with apostrophes folded; allocates one string.</summary>
    public static string Word(ReadOnlySpan<char> span) =>
        string.Create(span.Length, span, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++) dest[i] = Fold(src[i]);
        });

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Letters, digits, and an apostrophe inside a word (don't, won't) belong to a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Dashes of every width: a clause break when they stand alone, a word break inside a compound.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
