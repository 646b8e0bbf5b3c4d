namespace Cockpit.Status;

/// <summary>
/// Reads the words <see cref="ResemblanceCounts"/> counts from a range of a text, in order, without making strings: each
/// word's stem (its first five letters, lowercased; a number is <c>#</c>), then, after the first, the pair of it and the
/// stem before (<c>ei_toteu</c>). <see cref="Current"/> lives in the caller's buffer until the next <see cref="MoveNext"/>.
/// </summary>
internal ref struct StemReader
{
    public const int StemLength = 5;
    public const int BufferLength = 2 * StemLength + 1;

    private readonly string text;
    private readonly int end;
    private readonly Span<char> buffer; // the stem before, '_', the current stem
    private int next;
    private int previous;
    private int length;
    private bool pairDue;
    private bool keepDue; // the current stem becomes the one before, once the caller has read Current

    public StemReader(string text, TextRange range, Span<char> buffer)
    {
        this.text = text;
        this.buffer = buffer;
        (end, next) = (range.End, range.Start);
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public bool MoveNext()
    {
        if (keepDue) KeepAsPrevious();
        if (pairDue)
        {
            (pairDue, keepDue) = (false, true);
            Current = buffer[..(previous + 1 + length)];
            return true;
        }
        while (next < end && !char.IsLetterOrDigit(text[next])) next++;
        if (next == end) return false;
        var start = next;
        while (next < end && char.IsLetterOrDigit(text[next])) next++;
        buffer[previous] = '_';
        length = WriteStem(text.AsSpan(start, next - start), buffer[(previous + 1)..]);
        Current = buffer.Slice(previous + 1, length);
        pairDue = previous > 0;
        keepDue = !pairDue;
        return true;
    }

    private void KeepAsPrevious()
    {
        buffer.Slice(previous + 1, length).CopyTo(buffer);
        previous = length;
        keepDue = false;
    }

    private static int WriteStem(ReadOnlySpan<char> word, Span<char> into)
    {
        if (!word.ContainsAnyExcept(Digits))
        {
            into[0] = '#';
            return 1;
        }
        var n = Math.Min(word.Length, StemLength);
        for (var i = 0; i < n; i++) into[i] = char.ToLowerInvariant(word[i]);
        return n;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
}
