namespace Cockpit.Status;

/// <summary>One lexicon line: a word, or a stem when <see cref="Pattern"/> ends in '*', and what it signals.</summary>
internal readonly record struct LexiconEntry(string Pattern, Cue Cues, VerbForm Form = VerbForm.None)
{
    public bool IsStem => Pattern.EndsWith('*');

    public string Text => IsStem ? Pattern[..^1] : Pattern;
}
