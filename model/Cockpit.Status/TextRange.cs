namespace Cockpit.Status;

/// <summary>A half-open range [Start, End) of characters in a text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;
}
