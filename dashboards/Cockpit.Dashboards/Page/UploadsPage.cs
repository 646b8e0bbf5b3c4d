using System.Globalization;
using System.Text;

namespace Cockpit.Dashboards.Page;

/// <summary>One attempt of the audit trail as the history page shows it.</summary>
public sealed record AttemptRow(int AttemptId, DateTimeOffset At, string By, string File, string? Kind, string Outcome, int Problems,
    string Detail, int? UploadId, int? Rows, int? RowsCurrent);

/// <summary><c>/uploads</c>: every attempt, newest first, with what it did, whether its rows are still in force, and its original file.</summary>
public sealed class UploadsPage(string lang)
{
    public string Title => ControllerTexts.UploadsTitle.In(lang);

    public string Render(IReadOnlyList<AttemptRow> attempts)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Encode(Title)}</h1></header>\n<main class=\"ctl wide\">\n");
        if (attempts.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(ControllerTexts.NoAttempts.In(lang))}</p>\n</main>\n");
            return html.ToString();
        }
        html.Append("<div class=\"scroll\"><table class=\"attempts\"><thead><tr>");
        foreach (var head in new[] { ControllerTexts.When, ControllerTexts.Who, ControllerTexts.FileName, ControllerTexts.Kind, ControllerTexts.Outcome,
                     ControllerTexts.Problems, ControllerTexts.Rows, ControllerTexts.Detail, ControllerTexts.InForce, ControllerTexts.Original })
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Encode(head.In(lang))}</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var a in attempts)
        {
            var inForce = a.Outcome != "loaded" || a.Rows is null ? ""
                : a.RowsCurrent is 0 && a.Rows > 0 ? Encode(ControllerTexts.Superseded.In(lang))
                : Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.RowsInForce.In(lang), a.RowsCurrent, a.Rows));
            var original = a.UploadId is { } id && a.Outcome == "loaded" ? $"<a href=\"/api/uploads/{id}/file\" download>{Encode(ControllerTexts.Original.In(lang))} #{id}</a>" : "";
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr data-outcome="{Encode(a.Outcome)}"><td class="when">{a.At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC</td><td>{Encode(a.By)}</td><td class="file">{Encode(a.File)}</td><td>{Encode(a.Kind ?? "")}</td><td><span class="outcome">{Encode(a.Outcome)}</span></td><td class="n">{a.Problems}</td><td class="n">{a.Rows}</td><td class="detail">{Encode(a.Detail)}</td><td>{inForce}</td><td>{original}</td></tr>

                """);
        }
        html.Append("</tbody></table></div>\n</main>\n");
        return html.ToString();
    }

    private static string Encode(string text) => PageLayout.Encode(text);
}
