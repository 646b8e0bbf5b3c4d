namespace Cockpit.Dashboards.Tables;

public enum TableFormat
{
    Json,
    Csv,
    Xlsx,
}

public static class TableFormats
{
    public static bool TryParse(string? text, out TableFormat format)
    {
        format = (text ?? "").ToLowerInvariant() switch
        {
            "" or "json" => TableFormat.Json,
            "csv" => TableFormat.Csv,
            "xlsx" => TableFormat.Xlsx,
            _ => (TableFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    public static string ContentType(this TableFormat format) => format switch
    {
        TableFormat.Csv => "text/csv; charset=utf-8",
        TableFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    public static string Extension(this TableFormat format) => format.ToString().ToLowerInvariant();
}
