using Cockpit.Model.Forecasts;

namespace Cockpit.Ingest.Monthly;

/// <summary>
/// The two sheets of the monthly report, their names in Finnish and Swedish, and the headers each column is known by
/// (Finnish, Swedish, English; case, line breaks, a trailing unit in brackets and trailing marks ignored).
/// </summary>
public sealed record MonthlySheetKind(string Fi, string Sv, string[] OtherNames, (MonthlyColumn Column, bool Required, string[] Headers)[] Columns)
{
    public static readonly MonthlySheetKind Metrics = new("Mittarit", "Mätare", ["Metrics"],
    [
        (MonthlyColumn.Metric, true, ["Mittari", "Mätare", "Metric"]),
        (MonthlyColumn.Month, true, ["Kuukausi", "Månad", "Month"]),
        (MonthlyColumn.Actual, true, ["Toteuma", "Utfall", "Actual"]),
        (MonthlyColumn.Target, false, ["Tavoitetaso", "Målnivå", "Target"]),
        (MonthlyColumn.Unit, true, ["Yksikkö", "Enhet", "Unit"]),
        (MonthlyColumn.Comment, false, ["Kommentti", "Kommentar", "Comment"]),
    ]);

    public static readonly MonthlySheetKind Budget = new("Talous", "Ekonomi", ["Budget", "Finances"],
    [
        (MonthlyColumn.ServiceEntity, true, ["Palvelukokonaisuus", "Serviceområde", "Service entity"]),
        (MonthlyColumn.Month, true, ["Kuukausi", "Månad", "Month"]),
        (MonthlyColumn.Budget, true, ["Talousarvio", "Budget"]),
        (MonthlyColumn.Actual, true, ["Toteuma", "Utfall", "Actual"]),
        (MonthlyColumn.Forecast, true, ["Ennuste", "Prognos", "Forecast"]),
    ]);

    public static readonly IReadOnlyList<MonthlySheetKind> All = [Metrics, Budget];

    public bool IsNamed(string sheetName)
    {
        var name = TextKey.Normalise(sheetName);
        return new[] { Fi, Sv }.Concat(OtherNames).Any(n => TextKey.Normalise(n) == name);
    }

    /// <summary>The column a header names, or null.</summary>
    public MonthlyColumn? ColumnOf(string header)
    {
        var h = TextKey.Normalise(header);
        var bracket = h.IndexOfAny(['(', ',', '[']);
        if (bracket > 0) h = h[..bracket];
        h = h.TrimEnd('*', ':', '.', ' ');
        foreach (var (column, _, headers) in Columns)
            if (headers.Any(name => TextKey.Normalise(name) == h)) return column;
        return null;
    }

    /// <summary>The Finnish and Swedish header of a column, for messages.</summary>
    public (string Fi, string Sv) HeaderOf(MonthlyColumn column)
    {
        var headers = Columns.First(c => c.Column == column).Headers;
        return (headers[0], headers[1]);
    }
}
