using System.Globalization;
using System.Text.RegularExpressions;

namespace Cockpit.Model.Forecasts;

/// <summary>
/// How a round is shown: a forecast by its key (<c>2/2020</c>), the year-end outcome by its name in the language
/// (fi "Toteuma 2020", sv "Utfall 2020", en "Outcome 2020").
/// </summary>
public static partial class RoundLabels
{
    private static readonly IReadOnlyDictionary<string, string> OutcomeWord =
        new Dictionary<string, string> { ["fi"] = "Toteuma", ["sv"] = "Utfall", ["en"] = "Outcome" };

    public static string For(ReportingRound round, string lang) =>
        round.Number == ReportingRound.OutcomeNumber
            ? $"{OutcomeWord.GetValueOrDefault(lang, OutcomeWord["fi"])} {round.Year.ToString(CultureInfo.InvariantCulture)}"
            : round.ToString();

    /// <summary>The label of a round given by its key (<c>4/2020</c>), or the text itself when it is no key.</summary>
    public static string ForKey(string? key, string lang) =>
        ReportingRound.TryParse(key, out var round) ? For(round, lang) : key ?? "";

    /// <summary>Reads an outcome label in any of the languages ("Toteuma 2020", "utfall 2020", "Outcome 2020").</summary>
    internal static bool TryParseOutcome(string? text, out int year)
    {
        year = 0;
        var match = OutcomeLabel().Match(text?.Trim() ?? "");
        return match.Success && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    [GeneratedRegex(@"^(toteuma|utfall|outcome)\s+(?<year>\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeLabel();
}
