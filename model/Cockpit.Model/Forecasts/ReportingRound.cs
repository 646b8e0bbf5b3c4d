using System.Globalization;
using Cockpit.Status;

namespace Cockpit.Model.Forecasts;

/// <summary>
/// A reporting round of a year: forecast round 1, 2 or 3 (<c>2/2020</c>, "Ennuste 2/2020"), or the year-end outcome
/// (Toteuma, Utfall, Tilinpäätös 2020), which is round <see cref="OutcomeNumber"/> so that it sorts after forecast 3
/// everywhere a round is ordered by its number, in code and in SQL (<c>round_no</c>). Its key is <c>4/2020</c>; people
/// see its <see cref="Label"/>, "Toteuma 2020".
/// </summary>
public readonly record struct ReportingRound(int Year, int Number) : IComparable<ReportingRound>
{
    /// <summary>Forecast rounds a year: 1–3.</summary>
    public const int RoundsPerYear = 3;

    /// <summary>The number the year-end outcome round is stored under: after the forecasts.</summary>
    public const int OutcomeNumber = RoundsPerYear + 1;

    public static ReportingRound Outcome(int year) => new(year, OutcomeNumber);

    public RoundKind Kind => Number == OutcomeNumber ? RoundKind.Outcome : RoundKind.Forecast;

    /// <summary><c>forecast</c> or <c>outcome</c>, as the <c>round_kind</c> column and the API write it.</summary>
    public string KindCode => RoundKinds.Code(Kind);

    public static bool IsValid(int year, int number) =>
        year is >= 2000 and <= 2100 && number is >= 1 and <= OutcomeNumber;

    /// <summary>
    /// Parses the key <c>N/YYYY</c> (N 1–3 a forecast, 4 the outcome), the form of the <c>round</c> column, and an
    /// outcome's label in any language ("Toteuma 2020", "Utfall 2020", "Outcome 2020").
    /// </summary>
    public static bool TryParse(string? text, out ReportingRound round)
    {
        round = default;
        if (RoundLabels.TryParseOutcome(text, out var year))
        {
            round = Outcome(year);
            return IsValid(year, OutcomeNumber);
        }
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        if (parts is not [var number, var yearText]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !IsValid(y, n))
            return false;
        round = new ReportingRound(y, n);
        return true;
    }

    public int CompareTo(ReportingRound other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    /// <summary>The round as people read it in <paramref name="lang"/>: <c>2/2020</c> for a forecast, "Toteuma 2020" for the outcome.</summary>
    public string Label(string lang) => RoundLabels.For(this, lang);

    /// <summary>The key, <c>N/YYYY</c>: what URLs, the API and the <c>round</c> column carry.</summary>
    public override string ToString() => $"{Number}/{Year}";
}
