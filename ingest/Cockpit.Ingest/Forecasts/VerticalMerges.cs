using Cockpit.Ingest.Xlsx;

namespace Cockpit.Ingest.Forecasts;

/// <summary>
/// Carries the value of a merged cell down the rows it covers, in its own column only: a theme or goal merged
/// over its metric rows reaches each of them; a footnote merged across columns stays one cell.
/// </summary>
internal sealed class VerticalMerges
{
    private readonly Dictionary<(int Column, int Row), int> lastRowByStart;
    private readonly Dictionary<int, (string Text, int LastRow)> carried = new();

    public VerticalMerges(IEnumerable<MergedRange> ranges) =>
        lastRowByStart = ranges.Where(r => r.LastRow > r.FirstRow)
            .ToDictionary(r => (r.FirstColumn, r.FirstRow), r => r.LastRow);

    /// <summary>The cell's own text, or the text of the merged range covering it.</summary>
    public string Apply(int column, int row, string text)
    {
        if (lastRowByStart.TryGetValue((column, row), out var lastRow))
        {
            carried[column] = (text, lastRow);
            return text;
        }
        if (text.Length == 0 && carried.TryGetValue(column, out var merge) && row <= merge.LastRow)
            return merge.Text;
        return text;
    }
}
