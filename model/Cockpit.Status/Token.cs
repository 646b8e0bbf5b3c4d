namespace Cockpit.Status;

/// <summary>One word of a sentence: its normalised form, where it stands in the text, what it signals, and its clause.</summary>
internal readonly record struct Token(string Word, int Start, int End, Cue Cues, VerbForm Form, int Clause)
{
    public bool Has(Cue cue) => (Cues & cue) != 0;
}
