namespace Cockpit.Status;

/// <summary>One word of a sentence: its normalised form, where it stands in the text, what it signals, and its clause.</summary>
internal readonly record struct Token(string Word, int Start, int End, Cue Cues, VerbForm Form, int Clause)
{
    public bool Has(Cue cue) => (Cues & cue) != 0;

    /// <summary>"tekemättä", "tavoittamatta": an abessive that no verb family reads, what is left undone ("jäi tekemättä").</summary>
    public bool IsBareAbessive => Form == VerbForm.None && Word.Length > 6 && (Word.EndsWith("matta", StringComparison.Ordinal) || Word.EndsWith("mättä", StringComparison.Ordinal));
}
