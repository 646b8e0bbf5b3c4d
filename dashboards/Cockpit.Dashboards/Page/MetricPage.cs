using System.Globalization;
using System.Text;
using Cockpit.Model.Forecasts;
using Cockpit.Status;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// <c>/metrics/{id}</c>: why a metric stands where it does, and since when: each round's text with the words changed since
/// the round before marked, its status with the sentence that decided it and who set it by hand and why (or who confirmed it
/// and when), the same round a year earlier beside it, the monthly actual against target, and the goal's other metrics.
/// </summary>
public sealed class MetricPage(MetricStory story, string? round, string lang)
{
    private readonly StringBuilder html = new();

    public string Title => story.Metric;

    public string Render()
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <header><p class="crumbs"><a href="/?lang={lang}">{Encode(PageTexts.Cockpit.In(lang))}</a> › {Encode(story.Theme)}</p>
            <h1>{Encode(story.Metric)}</h1><p class="goal"><b>{Encode(PageTexts.Goal.In(lang))}:</b> {Encode(story.Goal)}</p></header>
            <main class="story">
            <section class="rounds"><h2>{Encode(PageTexts.Rounds.In(lang))}</h2><ol>

            """);
        MetricRound? previous = null;
        foreach (var r in story.Rounds)
        {
            Round(r, previous);
            previous = r;
        }
        html.Append("</ol></section>\n");
        if (story.HasValues)
        {
            var src = Encode($"/api/charts/metric-trend.svg?metric={story.Id}&lang={lang}&width=800&height=480");
            html.Append(CultureInfo.InvariantCulture, $"""
                <figure class="chart"><img src="{src}" width="800" height="480" alt="{Encode(PageTexts.ActualAgainstTarget.In(lang))}"><figcaption>{Encode(PageTexts.ActualAgainstTarget.In(lang))}</figcaption></figure>

                """);
        }
        Siblings();
        html.Append("</main>\n");
        return html.ToString();
    }

    private void Round(MetricRound r, MetricRound? previous)
    {
        var current = r.Round == round ? " aria-current=\"true\"" : "";
        html.Append(CultureInfo.InvariantCulture, $"<li data-status=\"{r.Status}\"{current}><h3>{Encode(RoundLabels.ForKey(r.Round, lang))} {Badge(r.Status)}</h3>\n");
        if (r.Text.Length == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"text\">{Encode(PageTexts.Empty.In(lang))}</p></li>\n");
            return;
        }
        html.Append("<p class=\"text\">");
        if (previous is not { Text.Length: > 0 }) html.Append(Encode(r.Text));
        else html.Append(WordDiff.Html(previous.Text, r.Text));
        html.Append("</p>\n");
        Hands(r);
        var label = r.Override is null ? PageTexts.Evidence : PageTexts.DerivedWouldBe;
        var derived = r.Override is null ? "" : Badge(r.DerivedStatus) + " ";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"evidence\"><b>{Encode(label.In(lang))}:</b> {derived}{EvidenceMarks.Sentence(r.Evidence)} <small>({Encode(r.Rule)}{Confidence(r.Confidence)})</small></p>\n");
        SameRoundAYearEarlier(r);
        html.Append("</li>\n");
    }

    // Who stands behind the status: who set it by hand, why and when; or who confirmed the derived status for this text, and when.
    private void Hands(MetricRound r)
    {
        if (r.Override is { } o)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"override\"><b>{Encode(PageTexts.SetBy.In(lang))} {Encode(o.By)}:</b> {Encode(o.Reason)} <small>({Encode(Date(o.On))})</small></p>\n");
        else if (r.Confirmation is { } c)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"confirmed\">{Encode(string.Format(CultureInfo.InvariantCulture, PageTexts.ConfirmedBy.In(lang), c.By, Date(c.On)))}</p>\n");
        else
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"unconfirmed\">{Encode(PageTexts.NotConfirmed.In(lang))}</p>\n");
    }

    // The same goal and metric in the same round a year earlier, beside this year's.
    private void SameRoundAYearEarlier(MetricRound r)
    {
        if (r.YearBefore is not { } before) return;
        var link = before.MetricId == story.Id ? "" : $" <a href=\"{Encode(PageLinks.Metric(before.MetricId, before.Round, lang))}\">{Encode(PageTexts.ItsStory.In(lang))}</a>";
        html.Append(CultureInfo.InvariantCulture, $"""
            <aside class="year-before" data-status="{before.Status}"><p><b>{Encode(PageTexts.YearBefore.In(lang))} ({Encode(RoundLabels.ForKey(before.Round, lang))}):</b> {Badge(before.Status)}{link}</p><p class="text">{Encode(before.Text)}</p></aside>

            """);
    }

    private string Date(DateOnly date) => Reports.ReportTexts.Date(lang, date);

    private void Siblings()
    {
        if (story.Siblings.Count == 0) return;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"siblings\"><h2>{Encode(PageTexts.OtherMetrics.In(lang))}</h2><ul>\n");
        foreach (var s in story.Siblings)
            html.Append(CultureInfo.InvariantCulture, $"<li data-status=\"{s.Status}\"><a href=\"{Encode(PageLinks.Metric(s.Id, round, lang))}\">{Encode(s.Metric)}</a> {Badge(s.Status)}</li>\n");
        html.Append("</ul></section>\n");
    }

    private string Badge(string code) => StatusCodes.TryParse(code, out var status)
        ? $"<span class=\"badge\" data-status=\"{code}\">{Encode(StatusLabels.For(status, lang))}</span>"
        : "";

    private static string Confidence(double? confidence) => confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $", {c:0.00}") : "";

    private static string Encode(string text) => PageLayout.Encode(text);
}
