using Cockpit.Model.Forecasts;
using Cockpit.Status;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Web;

/// <summary>The filters a request may carry, checked: the round (default: the latest reported), theme, status and language.</summary>
public sealed record Filters(ReportingRound? Round, ReportingRound? PreviousRound, string Theme, string Status, string Lang, int Metric = 0)
{
    /// <summary>The tile parameters these filters supply, by the names the dashboard file uses.</summary>
    public object? Parameter(string name) => name switch
    {
        "round" => Round?.ToString() ?? "",
        "previous_round" => PreviousRound?.ToString() ?? "",
        "theme" => Theme,
        "status" => Status,
        "metric" => Metric,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown tile parameter"),
    };

    /// <summary>Every tile parameter a request can set (<c>previous_round</c> follows from <c>round</c>).</summary>
    public static readonly IReadOnlyList<string> All = ["round", "theme", "status", "metric"];

    /// <summary>The values of the named parameters: what an answer computed from them is cached by.</summary>
    public IEnumerable<object?> Values(IEnumerable<string> names) => names.Select(Parameter);

    /// <summary>The DuckDB parameters a tile's query takes, from these filters.</summary>
    public (string Name, object? Value)[] For(Dashboards.Tile tile) => tile.Parameters.Select(p => (p, Parameter(p))).ToArray();

    /// <summary>Reads the filters from a query string; <paramref name="problem"/> says what is wrong when it returns null.</summary>
    public static Filters? Parse(IQueryCollection query, IReadOnlyList<ReportingRound> rounds, ReportingRound? current, out string? problem)
    {
        problem = null;
        var lang = query["lang"].ToString() is { Length: > 0 } l ? l : StatusLabels.DefaultLanguage;
        if (!StatusLabels.Languages.Contains(lang)) problem = $"lang must be one of {string.Join(", ", StatusLabels.Languages)}, not '{lang}'";
        var status = query["status"].ToString();
        if (status.Length > 0 && !StatusCodes.TryParse(status, out _)) problem = $"status must be one of {string.Join(", ", StatusCodes.All)}, not '{status}'";
        var round = current;
        if (query["round"].ToString() is { Length: > 0 } text)
        {
            if (!ReportingRound.TryParse(text, out var parsed)) problem = $"round must be N/YYYY (N 1–3 a forecast, 4 the year-end outcome) or Toteuma YYYY, not '{text}'";
            else if (!rounds.Contains(parsed)) problem = $"round {parsed} has no forecasts; rounds with data: {string.Join(", ", rounds)}";
            else round = parsed;
        }
        var metric = 0;
        if (query["metric"].ToString() is { Length: > 0 } metricText
            && !int.TryParse(metricText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out metric))
            problem = $"metric must be a metric's id, not '{metricText}'";
        if (problem is not null) return null;
        var previous = round is { } r ? rounds.Where(x => x.CompareTo(r) < 0).Cast<ReportingRound?>().LastOrDefault() : null;
        return new Filters(round, previous, query["theme"].ToString().Trim(), status.ToLowerInvariant(), lang, metric);
    }
}
