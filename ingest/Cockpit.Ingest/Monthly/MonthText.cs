using System.Globalization;
using System.Text.RegularExpressions;

namespace Cockpit.Ingest.Monthly;

/// <summary>Reads a month written as text: "2020-04", "4/2020", "30.4.2020", "huhtikuu 2020", "april 2020".</summary>
public static partial class MonthText
{
    // Finnish stems first: "marraskuu" must not be read as the Swedish/English "mar".
    private static readonly (string Stem, int Month)[] Names =
    [
        ("tammi", 1), ("helmi", 2), ("maalis", 3), ("huhti", 4), ("touko", 5), ("kesä", 6),
        ("heinä", 7), ("elo", 8), ("syys", 9), ("loka", 10), ("marras", 11), ("joulu", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("maj", 5), ("may", 5), ("jun", 6), ("jul", 7),
        ("aug", 8), ("sep", 9), ("okt", 10), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    /// <summary>The first day of the month <paramref name="text"/> names, or false.</summary>
    public static bool TryParse(string text, out DateOnly month)
    {
        month = default;
        var t = text.Trim().ToLowerInvariant();
        int year, number;
        if (YearFirst().Match(t) is { Success: true } a)
            (year, number) = (Int(a, "year"), Int(a, "month"));
        else if (MonthFirst().Match(t) is { Success: true } b)
            (year, number) = (Int(b, "year"), Int(b, "month"));
        else if (Named().Match(t) is { Success: true } c && NameToMonth(c.Groups["name"].Value) is { } named)
            (year, number) = (Int(c, "year"), named);
        else
            return false;
        if (year is < 2000 or > 2100 || number is < 1 or > 12) return false;
        month = new DateOnly(year, number, 1);
        return true;
    }

    private static int? NameToMonth(string word) =>
        word.Length < 3 ? null : Names.Where(n => word.StartsWith(n.Stem, StringComparison.Ordinal)).Select(n => (int?)n.Month).FirstOrDefault();

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // 2020-04, 2020/4, 2020-04-30
    [GeneratedRegex(@"^(?<year>\d{4})\s*[-/.]\s*(?<month>\d{1,2})(\s*[-/.]\s*\d{1,2})?$")]
    private static partial Regex YearFirst();

    // 4/2020, 04.2020, 30.4.2020
    [GeneratedRegex(@"^(\d{1,2}\s*[./-]\s*)?(?<month>\d{1,2})\s*[./-]\s*(?<year>\d{4})$")]
    private static partial Regex MonthFirst();

    // huhtikuu 2020, huhtikuussa 2020, april 2020, Apr. 2020
    [GeneratedRegex(@"^(?<name>\p{L}+)\.?\s+(?<year>\d{4})$")]
    private static partial Regex Named();
}
