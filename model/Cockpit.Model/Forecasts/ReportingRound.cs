using System.Globalization;

namespace Cockpit.Model.Forecasts;

/// <summary>A forecast reporting round such as <c>2/2020</c>: the division reports three times a year.</summary>
public readonly record struct ReportingRound(int Year, int Number) : IComparable<ReportingRound>
{
    public const int RoundsPerYear = 3;

    public static bool IsValid(int year, int number) =>
        year is >= 2000 and <= 2100 && number is >= 1 and <= RoundsPerYear;

    /// <summary>Parses <c>N/YYYY</c>, the form used in column headers and in the <c>round</c> column.</summary>
    public static bool TryParse(string? text, out ReportingRound round)
    {
        round = default;
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        if (parts is not [var number, var year]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !IsValid(y, n))
            return false;
        round = new ReportingRound(y, n);
        return true;
    }

    public int CompareTo(ReportingRound other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => $"{Number}/{Year}";
}
