using System.Globalization;
using System.Text.RegularExpressions;
using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Forecasts;

/// <summary>
/// Recognises the forecast report's column headers: "Sitovan toiminnan tavoitteen mittarit", "Mätare",
/// "Ennuste 2/2020", "Prognos 1/2021", the year-end "Toteuma 2020" / "Utfall 2020" and the rest, whatever their case,
/// line breaks or trailing marks.
/// </summary>
public static partial class HeaderNames
{
    private const int LongestHeader = 120;

    public static ColumnRole RoleOf(string header)
    {
        var h = Normalise(header);
        if (h.Length is 0 or > LongestHeader) return ColumnRole.Extra;
        if (ForecastWord().IsMatch(h) || OutcomeWordAndFigure().IsMatch(h)) return ColumnRole.Round;
        if (IsCode(h)) return Any(h, "tavoit", "mål", "goal") ? ColumnRole.GoalCode : ColumnRole.MetricCode;
        if (Any(h, "mittari", "mätare", "indikator", "metric", "indicator", "measure")) return ColumnRole.Metric;
        if (Any(h, "sitova toiminnan tavoite", "toiminnan tavoite", "sitova tavoite", "verksamhetsmål", "bindande mål", "binding goal", "operational goal")
            || h is "tavoite" or "mål" or "goal") return ColumnRole.Goal;
        if (h.StartsWith("kytkeytyminen", StringComparison.Ordinal) || h.StartsWith("koppling", StringComparison.Ordinal)
            || h.StartsWith("link", StringComparison.Ordinal)) return ColumnRole.Linkage;
        if (Any(h, "teema", "tema", "theme")) return ColumnRole.Theme;
        return ColumnRole.Extra;
    }

    /// <summary>The round of a header that <see cref="RoleOf"/> called a round, or false when it cannot be read.</summary>
    public static bool TryParseRound(string header, out ReportingRound round)
    {
        round = default;
        var h = Normalise(header);
        if (OutcomeRoundHeader().Match(h) is { Success: true } outcome)
            return Number(outcome.Groups["year"].Value) is { } year && ReportingRound.TryParse(ReportingRound.Outcome(year).ToString(), out round);
        // "Ennuste 4/2020" is no forecast: the fourth round of a year is its outcome, which has headers of its own.
        var match = ForecastRoundHeader().Match(h);
        return match.Success && Number(match.Groups["no"].Value) <= ReportingRound.RoundsPerYear
            && ReportingRound.TryParse($"{match.Groups["no"].Value}/{match.Groups["year"].Value}", out round);
    }

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsCode(string h) =>
        h is "id" or "kod" or "koodi" or "tunnus" or "code" || Any(h, "tunnus", "koodi", " kod", "code");

    private static bool Any(string h, params string[] words) => words.Any(w => h.Contains(w, StringComparison.Ordinal));

    private static string Normalise(string header) => TextKey.Normalise(header).TrimEnd('*', ':', '.', ' ');

    [GeneratedRegex(@"^(ennuste|prognos|forecast)\b")]
    private static partial Regex ForecastWord();

    [GeneratedRegex(@"^(ennuste|prognos|forecast)\s*(?<no>\d{1,2})\s*/\s*(?<year>\d{4})(\s*\(.*\))?$")]
    private static partial Regex ForecastRoundHeader();

    private const string OutcomeWords = @"(toteuma|toteutuma|utfall|tilinpäätös|bokslut|outcome|year[- ]?end)";

    /// <summary>A year-end word with a figure after it is meant as a round; "Toteuma" alone or "Toteuma (k€)" stays an extra column.</summary>
    [GeneratedRegex(@"^" + OutcomeWords + @"\b\D*\d")]
    private static partial Regex OutcomeWordAndFigure();

    [GeneratedRegex(@"^" + OutcomeWords + @"\s*(?<year>\d{4})(\s*\(.*\))?$")]
    private static partial Regex OutcomeRoundHeader();
}
