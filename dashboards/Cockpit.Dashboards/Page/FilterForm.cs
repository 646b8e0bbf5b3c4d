using System.Globalization;
using System.Text;
using Cockpit.Dashboards.Web;
using Cockpit.Status;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>The leadership page's filters as a plain GET form: round, theme, status, the metric of the trend chart.</summary>
internal sealed class FilterForm(Filters filters, PageChoices choices, StringBuilder html)
{
    private readonly string lang = filters.Lang;

    public void Render()
    {
        html.Append("<form method=\"get\" action=\"/\" class=\"filters\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"lang\" value=\"{lang}\">\n");
        if (choices.SortByStatus) html.Append("<input type=\"hidden\" name=\"sort\" value=\"status\">\n");
        Select(PageTexts.Round, "round", null, choices.Rounds.Select(r => (r.Round.ToString(), r.Round.Label(lang))), filters.Round?.ToString());
        Select(PageTexts.Theme, "theme", PageTexts.AllThemes, choices.Themes.Select(t => (t, t)), filters.Theme);
        Select(PageTexts.Status, "status", PageTexts.AllStatuses,
            Enum.GetValues<ForecastStatus>().Select(s => (s.ToCode(), StatusLabels.For(s, lang))), filters.Status);
        Select(PageTexts.TrendMetric, "metric", PageTexts.MostReported,
            choices.Metrics.Select(m => (m.Id.ToString(CultureInfo.InvariantCulture), m.Name)), filters.Metric == 0 ? "" : filters.Metric.ToString(CultureInfo.InvariantCulture));
        html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Encode(PageTexts.Show.In(lang))}</button>\n");
        html.Append("<nav class=\"langs\">");
        foreach (var other in StatusLabels.Languages)
            html.Append(CultureInfo.InvariantCulture, $" <a href=\"{Encode(PageLinks.Cockpit(filters with { Lang = other }, choices.SortByStatus))}\"{(other == lang ? " aria-current=\"true\"" : "")}>{other}</a>");
        html.Append("</nav>\n</form>\n");
    }

    private void Select(Dashboards.LocalText label, string name, Dashboards.LocalText? any, IEnumerable<(string Value, string Text)> options, string? selected)
    {
        html.Append(CultureInfo.InvariantCulture, $"<label>{Encode(label.In(lang))} <select name=\"{name}\">");
        if (any is not null) html.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{Encode(any.In(lang))}</option>");
        foreach (var (value, text) in options)
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(value)}\"{(value == selected ? " selected" : "")}>{Encode(text)}</option>");
        html.Append("</select></label>\n");
    }

    private static string Encode(string text) => PageLayout.Encode(text);
}
