namespace Cockpit.Ingest.Xlsx;

/// <summary>A1-style cell addresses: column letters to 1-based numbers and back.</summary>
public static class CellAddress
{
    public static string Of(int column, int row) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        Span<char> letters = stackalloc char[4];
        var i = letters.Length;
        for (; column > 0; column = (column - 1) / 26)
            letters[--i] = (char)('A' + (column - 1) % 26);
        return new string(letters[i..]);
    }

    /// <summary>Splits "AB12" into column 28 and row 12; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> address, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        for (; i < address.Length && char.IsAsciiLetterUpper(address[i]); i++)
            column = column * 26 + (address[i] - 'A' + 1);
        for (var j = i; j < address.Length; j++)
        {
            if (!char.IsAsciiDigit(address[j])) return false;
            row = row * 10 + (address[j] - '0');
        }
        return i > 0 && i < address.Length && column <= 16384;
    }
}
