using Cockpit.Ingest.Xlsx;

namespace Cockpit.Ingest.Forecasts;

/// <summary>
/// Carries the value of a merged cell down the rows it covers, in its own column only: a theme or goal merged
/// over its metric rows reaches each of them; a footnote merged across columns stays one cell.
/// Ranges that overlap (Excel repairs them away on opening) do not stop it: a range starting inside another is ignored.
/// </summary>
internal sealed class VerticalMerges
{
    private readonly Dictionary<(int Column, int Row), int> lastRowByStart = [];
    private readonly Dictionary<int, (string Text, int LastRow)> carried = new();

    public VerticalMerges(IEnumerable<MergedRange> ranges)
    {
        foreach (var range in ranges.Where(r => r.LastRow > r.FirstRow))
            lastRowByStart.TryAdd((range.FirstColumn, range.FirstRow), range.LastRow);
    }

    /// <summary>The cell's own text, or the text of the merged range covering it.</summary>
    public string Apply(int column, int row, string text)
    {
        var covered = carried.TryGetValue(column, out var merge) && row <= merge.LastRow;
        if (!covered && lastRowByStart.TryGetValue((column, row), out var lastRow))
        {
            carried[column] = (text, lastRow);
            return text;
        }
        return text.Length == 0 && covered ? merge.Text : text;
    }
}
