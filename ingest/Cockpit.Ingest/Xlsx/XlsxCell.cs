namespace Cockpit.Ingest.Xlsx;

public enum CellKind
{
    Text,
    Number,
    Boolean,
    Error,
    /// <summary>An ISO 8601 date (t="d", as openpyxl and others write dates); the text is the value as stored.</summary>
    Date,
    /// <summary>A formula saved without its computed value (openpyxl, other libraries): what the cell shows is unknown.</summary>
    FormulaWithoutValue,
    /// <summary>A text longer than Excel lets a cell hold (32,767 characters): refused, and never read whole.</summary>
    TooLong,
}

/// <summary>A non-empty cell as stored: 1-based column, its text (numbers in invariant form), and the style index for dates.</summary>
public readonly record struct XlsxCell(int Column, string Text, CellKind Kind, int Style);

/// <summary>A row of a sheet with its non-empty cells in column order.</summary>
public sealed record XlsxRow(int Number, bool Hidden, IReadOnlyList<XlsxCell> Cells);

/// <summary>A sheet of the workbook, in tab order.</summary>
public sealed record XlsxSheet(string Name, string PartPath, bool Hidden);

/// <summary>A merged area, 1-based and inclusive.</summary>
public readonly record struct MergedRange(int FirstColumn, int FirstRow, int LastColumn, int LastRow)
{
    /// <summary>"B3:B7".</summary>
    public string Address => CellAddress.Of(FirstColumn, FirstRow) + ":" + CellAddress.Of(LastColumn, LastRow);
}
