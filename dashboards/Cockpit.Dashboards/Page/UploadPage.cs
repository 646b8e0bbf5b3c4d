using System.Globalization;
using System.Text;
using Cockpit.Model.Forecasts;
using Cockpit.Ingest;
using Cockpit.Status;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// <c>/upload</c>: the file form (a plain multipart POST; drag and drop is <c>upload.js</c>'s), then what the dry run found:
/// every problem in its sheet's excerpt, or what loading would change with one button that loads those very bytes.
/// </summary>
public sealed class UploadPage(string lang, string token, string month)
{
    private readonly StringBuilder html = new();

    public string Title => ControllerTexts.UploadTitle.In(lang);

    public string Form()
    {
        Header();
        html.Append("<main class=\"ctl\">\n");
        FileForm();
        return End();
    }

    public string Refused(IngestOutcome outcome, byte[] content)
    {
        Header();
        html.Append("<main class=\"ctl\">\n<section class=\"problems\" aria-labelledby=\"problems\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"problems\">{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.Refused.In(lang), outcome.Problems.Count))}</h2>\n");
        var excerpts = SheetExcerpt.Read(content, outcome.File,
            outcome.Problems.Where(p => p.Sheet is not null && p.Cell is not null).Select(p => (p.Sheet!, p.Cell!)));
        foreach (var sheet in outcome.Problems.GroupBy(p => p.Sheet))
        {
            var name = sheet.Key is null ? ControllerTexts.Workbook.In(lang) : $"{ControllerTexts.Sheet.In(lang)} {sheet.Key}";
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"sheet\" data-sheet=\"{Encode(sheet.Key ?? "")}\"><h3>{Encode(name)}</h3><ol>\n");
            foreach (var problem in sheet)
            {
                var where = problem.Cell is null ? "" : $"<b class=\"cell\">{Encode(ControllerTexts.Cell.In(lang))} {Encode(problem.Cell)}</b>: ";
                html.Append(CultureInfo.InvariantCulture, $"<li data-cell=\"{Encode(problem.Cell ?? "")}\"><p>{where}{Encode(problem.Message(lang))}</p>");
                if (problem.Sheet is not null && problem.Cell is not null && excerpts.TryGetValue((problem.Sheet, problem.Cell), out var excerpt))
                    html.Append(excerpt.Html(string.Format(CultureInfo.InvariantCulture, ControllerTexts.Excerpt.In(lang), problem.Sheet, problem.Cell)));
                html.Append("</li>\n");
            }
            html.Append("</ol></section>\n");
        }
        html.Append("</section>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2 class=\"again\">{Encode(ControllerTexts.TryAgain.In(lang))}</h2>\n");
        FileForm();
        return End();
    }

    public string Preview(IngestOutcome outcome, string sha256)
    {
        Header();
        html.Append(CultureInfo.InvariantCulture, $"<main class=\"ctl\">\n<section class=\"preview\" aria-labelledby=\"preview\"><h2 id=\"preview\">{Encode(ControllerTexts.PreviewTitle.In(lang))}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{Encode(OutcomeText.Describe(outcome, lang).First())}</p>\n");
        if (outcome.Summary is { } summary) ForecastChanges(summary);
        if (outcome.Monthly is { } monthly) MonthlyChanges(monthly);
        html.Append(CultureInfo.InvariantCulture, $"""
            <form method="post" action="/upload/confirm?lang={lang}" class="confirm">
            <input type="hidden" name="{Web.FormPosts.TokenField}" value="{Encode(token)}">
            <input type="hidden" name="sha256" value="{Encode(sha256)}">
            <button type="submit" class="primary">{Encode(ControllerTexts.Load.In(lang))}</button>
            <a href="/upload?lang={lang}">{Encode(ControllerTexts.Back.In(lang))}</a>
            </form>
            </section>

            """);
        return End();
    }

    public string Done(IngestOutcome outcome, string? round)
    {
        Header();
        var title = outcome.Status == IngestStatus.AlreadyLoaded ? ControllerTexts.Already : ControllerTexts.Loaded;
        html.Append(CultureInfo.InvariantCulture, $"<main class=\"ctl\">\n<section class=\"loaded\" aria-labelledby=\"loaded\"><h2 id=\"loaded\">{Encode(title.In(lang))}</h2>\n<ul>");
        foreach (var line in OutcomeText.Describe(outcome, lang)) html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(line.Trim())}</li>");
        html.Append("</ul>\n<p class=\"next\">");
        if (round is not null)
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"review\" href=\"/review?round={Uri.EscapeDataString(round)}&amp;lang={lang}\">{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.ReviewRound.In(lang), RoundLabels.ForKey(round, lang)))}</a> · ");
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"/uploads?lang={lang}\">{Encode(ControllerTexts.History.In(lang))}</a> · <a href=\"/upload?lang={lang}\">{Encode(ControllerTexts.UploadTitle.In(lang))}</a></p>\n</section>\n");
        return End();
    }

    public string Gone() => Refusal(ControllerTexts.Gone);

    /// <summary>The form again under a sentence saying why nothing was checked or loaded.</summary>
    public string Refusal(Dashboards.LocalText why)
    {
        Header();
        html.Append(CultureInfo.InvariantCulture, $"<main class=\"ctl\">\n<p class=\"gone\" role=\"alert\">{Encode(why.In(lang))}</p>\n");
        FileForm();
        return End();
    }

    private void Header() =>
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Encode(Title)}</h1><p>{Encode(ControllerTexts.UploadIntro.In(lang))}</p></header>\n");

    private string End()
    {
        html.Append("</main>\n");
        return html.ToString();
    }

    private void FileForm() =>
        html.Append(CultureInfo.InvariantCulture, $"""
            <form method="post" action="/upload?lang={lang}" enctype="multipart/form-data" class="upload">
            <input type="hidden" name="{Web.FormPosts.TokenField}" value="{Encode(token)}">
            <div class="drop" data-drop>
            <label for="file">{Encode(ControllerTexts.File.In(lang))}</label>
            <input type="file" id="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
            <span class="hint" hidden>{Encode(ControllerTexts.Drop.In(lang))}</span>
            </div>
            <button type="submit" class="primary">{Encode(ControllerTexts.Check.In(lang))}</button>
            </form>
            <form method="get" action="/api/templates/monthly.xlsx" class="template">
            <label for="month">{Encode(ControllerTexts.Template.In(lang))} · {Encode(ControllerTexts.Month.In(lang))}</label>
            <input type="month" id="month" name="month" value="{Encode(month)}" pattern="[0-9]{"{4}"}-[0-9]{"{2}"}">
            <button type="submit">{Encode(ControllerTexts.Download.In(lang))}</button>
            <a href="/api/templates/monthly.xlsx?month={Encode(month)}">kuukausiraportti-{Encode(month)}.xlsx</a>
            </form>

            """);

    private void ForecastChanges(IngestSummary summary)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.Changes.In(lang), summary.Changes.Count))}</h3>\n");
        if (summary.Changes.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(ControllerTexts.NoChanges.In(lang))}</p>\n");
        foreach (var goal in summary.Changes.GroupBy(c => (c.Theme, c.Goal)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"goal\"><h4>{Encode(goal.Key.Goal)}</h4><p class=\"theme\">{Encode(goal.Key.Theme)}</p>\n<ul class=\"changes\">");
            foreach (var c in goal)
            {
                var text = c.TextBefore is null ? $"<ins>{Encode(c.TextAfter)}</ins>" : WordDiff.Html(c.TextBefore, c.TextAfter);
                var from = c.StatusBefore is null ? $"<span class=\"new\">{Encode(ControllerTexts.New.In(lang))}</span>" : Badge(c.StatusBefore);
                html.Append(CultureInfo.InvariantCulture, $"""
                    <li class="change"><p class="what"><b>{Encode(c.Metric)}</b> · {Encode(RoundLabels.ForKey(c.Round, lang))}</p><p class="status">{from} → {Badge(c.StatusAfter)} <small>{Encode(ControllerTexts.Rule.In(lang))} {Encode(c.Rule)}</small></p><p class="text">{text}</p></li>

                    """);
            }
            html.Append("</ul></section>\n");
        }
        if (summary.Replaced.Count > 0)
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(ControllerTexts.ReplacedRows.In(lang))}</h3><ul>{string.Concat(summary.Replaced.Select(r => $"<li>{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.ReplacedUpload.In(lang), r.UploadId, r.Rows))}</li>"))}</ul>\n");
        if (summary.DroppedOverrides.Count > 0)
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(ControllerTexts.EndingOverrides.In(lang))}</h3><ul class=\"ending\">{string.Concat(summary.DroppedOverrides.Select(o => $"<li>{Encode(o.Metric)} · {Encode(RoundLabels.ForKey(o.Round, lang))}: {Badge(o.Status)}</li>"))}</ul>\n");
    }

    private void MonthlyChanges(MonthlySummary monthly)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(ControllerTexts.Months.In(lang))}</h3><p>{Encode(string.Join(", ", monthly.Months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture))))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<ul>{string.Concat(monthly.RowsPerSheet.Select(r => $"<li>{Encode(r.Sheet)}: {r.Rows}</li>"))}</ul>\n");
        if (monthly.Replaced.Count > 0)
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(ControllerTexts.ReplacedRows.In(lang))}</h3><ul>{string.Concat(monthly.Replaced.Select(r => $"<li>{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.ReplacedMonth.In(lang), r.UploadId, r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Rows))}</li>"))}</ul>\n");
    }

    private string Badge(string code) =>
        StatusCodes.TryParse(code, out var status) ? $"<span class=\"badge\" data-status=\"{code}\">{Encode(StatusLabels.For(status, lang))}</span>" : Encode(code);

    private static string Encode(string text) => PageLayout.Encode(text);
}
