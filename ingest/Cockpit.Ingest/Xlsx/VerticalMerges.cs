namespace Cockpit.Ingest.Xlsx;

/// <summary>
/// Carries a merged cell down the rows it covers, in its own column only: a theme, goal or month merged over several
/// rows reaches each of them; a footnote merged across columns stays one cell. Rows are visited top to bottom.
/// Ranges that overlap (Excel repairs them away on opening) do not stop it: a range starting inside another is ignored.
/// </summary>
internal sealed class VerticalMerges
{
    private readonly Dictionary<(int Column, int Row), MergedRange> byFirstCell = [];
    private readonly Dictionary<int, (XlsxCell? Cell, int LastRow)> carried = [];

    public VerticalMerges(IEnumerable<MergedRange> ranges)
    {
        foreach (var range in ranges.Where(r => r.LastRow > r.FirstRow))
            byFirstCell.TryAdd((range.FirstColumn, range.FirstRow), range);
    }

    /// <summary>The range spanning rows down from this cell, if one does.</summary>
    public MergedRange? StartingAt(int column, int row) => byFirstCell.TryGetValue((column, row), out var range) ? range : null;

    /// <summary>The cell itself, or the first cell of the merged range covering it.</summary>
    public XlsxCell? Apply(int column, int row, XlsxCell? cell)
    {
        var covered = carried.TryGetValue(column, out var merge) && row <= merge.LastRow;
        if (!covered && StartingAt(column, row) is { } range)
        {
            carried[column] = (cell, range.LastRow);
            return cell;
        }
        return cell ?? (covered ? merge.Cell : null);
    }
}
