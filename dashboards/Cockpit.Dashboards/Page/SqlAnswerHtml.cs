using System.Globalization;
using System.Text;
using System.Text.Json;
using Cockpit.Dashboards.Sql;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The workbench's answer as HTML, for the page without script: the same markup <c>sql.js</c> builds from the same JSON
/// (<see cref="SqlOutput.Json"/>), or an error as its sentence with the place in the statement.
/// </summary>
internal static class SqlAnswerHtml
{
    public static string Grid(JsonElement answer, long? milliseconds, string lang)
    {
        var html = new StringBuilder();
        var rows = answer.GetProperty("rowCount").GetInt64();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\"><span class=\"count\">{rows} {Encode(SqlTexts.Rows.In(lang))}</span>");
        if (milliseconds is { } ms) html.Append(CultureInfo.InvariantCulture, $" <span class=\"duration\">{ms} {SqlTexts.Milliseconds.In(lang)}</span>");
        if (answer.GetProperty("truncated").GetBoolean()) html.Append(CultureInfo.InvariantCulture, $" <span class=\"truncated\">{Encode(SqlTexts.Truncated.In(lang))}</span>");
        html.Append("</p>\n<div class=\"grid\" tabindex=\"0\"><table><thead><tr>");
        foreach (var column in answer.GetProperty("columns").EnumerateArray())
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"><span class=\"name\">{Encode(column.GetProperty("name").GetString() ?? "")}</span> <span class=\"type\">{Encode(column.GetProperty("type").GetString() ?? "")}</span></th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in answer.GetProperty("rows").EnumerateArray())
        {
            html.Append("<tr>");
            foreach (var cell in row.EnumerateArray())
                html.Append(cell.ValueKind switch
                {
                    JsonValueKind.Null => "<td class=\"null\">NULL</td>",
                    JsonValueKind.Number => $"<td class=\"num\">{Encode(cell.GetRawText())}</td>",
                    JsonValueKind.String => $"<td>{Encode(cell.GetString() ?? "")}</td>",
                    _ => $"<td>{Encode(cell.GetRawText())}</td>",
                });
            html.Append("</tr>\n");
        }
        return html.Append("</tbody></table></div>\n").ToString();
    }

    /// <summary>The message's sentence (DuckDB's caret lines left out) and, when known, the line and column.</summary>
    public static string Error(string detail, SqlErrorPosition? at, string lang)
    {
        var sentence = detail.Split("\nLINE ", 2)[0].Trim();
        var where = at is { } p ? $"<p class=\"where\">{SqlTexts.Line.In(lang)} {p.Line}, {SqlTexts.Column.In(lang)} {p.Column}</p>" : "";
        return $"<div class=\"error\" role=\"alert\"><p class=\"sentence\">{Encode(sentence)}</p>{where}</div>\n";
    }

    private static string Encode(string text) => PageLayout.Encode(text);
}
