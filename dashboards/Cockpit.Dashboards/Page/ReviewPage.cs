using System.Globalization;
using System.Text;
using Cockpit.Model.Forecasts;
using Cockpit.Dashboards.Web;
using Cockpit.Status;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// <c>/review?round=</c>: the round's statuses a person should check first (low confidence, fallback and risk rules, texts revised,
/// statuses changed since the previous round), then the rest; each with its text, the deciding phrase marked, and two plain forms:
/// confirm, or set another status with a reason.
/// </summary>
public sealed class ReviewPage(string lang, string token, string round, int? missingReason)
{
    /// <summary>Below this the classifier was guessing (about 0.9 when a verdict or cue decided).</summary>
    public const double LowConfidence = 0.75;

    private readonly StringBuilder html = new();

    public string Title => string.Format(CultureInfo.InvariantCulture, ControllerTexts.ReviewTitle.In(lang), RoundLabels.ForKey(round, lang));

    public string Render(IReadOnlyList<ReviewItem> items, IReadOnlyList<string> rounds)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Encode(Title)}</h1>\n<form method=\"get\" action=\"/review\" class=\"filters\"><input type=\"hidden\" name=\"lang\" value=\"{lang}\"><label>{Encode(PageTexts.Round.In(lang))} <select name=\"round\">");
        foreach (var r in rounds) html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(r)}\"{(r == round ? " selected" : "")}>{Encode(RoundLabels.ForKey(r, lang))}</option>");
        html.Append(CultureInfo.InvariantCulture, $"</select></label> <button type=\"submit\">{Encode(PageTexts.Show.In(lang))}</button></form></header>\n<main class=\"ctl\">\n");
        var reasons = items.ToDictionary(i => i.MetricId, Reasons);
        var first = items.Where(i => reasons[i.MetricId].Count > 0 && i.ConfirmedBy is null && i.StatusSource == "derived").ToList();
        var rest = items.Except(first).ToList();
        html.Append(Agreement(items));
        Section("first", ControllerTexts.CheckFirst, first, reasons);
        Section("rest", ControllerTexts.TheRest, rest, reasons);
        html.Append("</main>\n");
        return html.ToString();
    }

    /// <summary>
    /// How often the status derived from the text was right, as far as the round is reviewed: a confirmation says right, a
    /// status set by hand only when it is the derived one; and the same at or above <see cref="Confidence.AutoAccept"/>, the
    /// confidence that needs no review. The division's own measure of the classifier, round by round.
    /// </summary>
    private string Agreement(IReadOnlyList<ReviewItem> items)
    {
        var reviewed = items.Where(i => i.StatusSource == "override" || i.ConfirmedBy is not null).ToList();
        if (reviewed.Count == 0) return $"<p class=\"agreement\">{Encode(ControllerTexts.NoneReviewed.In(lang))}</p>\n";
        static bool Right(ReviewItem i) => i.StatusSource != "override" || i.Status == i.DerivedStatus;
        var band = reviewed.Where(i => i.Confidence >= Confidence.AutoAccept).ToList();
        var threshold = Confidence.AutoAccept.ToString("0.00", Dashboards.LocalText.Culture(lang));
        return $"<p class=\"agreement\">{Encode(string.Format(CultureInfo.InvariantCulture, ControllerTexts.Agreement.In(lang),
            reviewed.Count, items.Count, reviewed.Count(Right), band.Count(Right), band.Count, threshold))}</p>\n";
    }

    private List<string> Reasons(ReviewItem item)
    {
        var why = new List<string>();
        if (item.Text.Length == 0) return why;
        if (item.Confidence < LowConfidence) why.Add($"{ControllerTexts.LowConfidence.In(lang)} {item.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
        if (item.Rule is "no_cues" or "progress" || item.Rule.StartsWith("risk.", StringComparison.Ordinal))
            why.Add(string.Format(CultureInfo.InvariantCulture, ControllerTexts.RuleToCheck.In(lang), item.Rule));
        if (item.Rule.StartsWith("resemblance.", StringComparison.Ordinal))
            why.Add(string.Format(CultureInfo.InvariantCulture, ControllerTexts.Resembles.In(lang), Label(item.DerivedStatus)));
        if (item.Revised) why.Add(ControllerTexts.TextRevised.In(lang));
        if (item.PreviousStatus is { } before && before != item.Status)
            why.Add(string.Format(CultureInfo.InvariantCulture, ControllerTexts.StatusChanged.In(lang), Label(before)));
        return why;
    }

    private void Section(string id, Dashboards.LocalText title, IReadOnlyList<ReviewItem> items, Dictionary<int, List<string>> reasons)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"review\" id=\"{id}\" aria-labelledby=\"{id}-title\"><h2 id=\"{id}-title\">{Encode(string.Format(CultureInfo.InvariantCulture, title.In(lang), items.Count))}</h2>\n");
        foreach (var item in items) Item(item, reasons[item.MetricId]);
        html.Append("</section>\n");
    }

    private void Item(ReviewItem item, List<string> reasons)
    {
        var m = item.MetricId.ToString(CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"""
            <article class="item" id="m{m}" data-metric="{m}" data-status="{Encode(item.Status)}">
            <h3>{Encode(item.Metric)}</h3><p class="goal">{Encode(item.Goal)}</p>

            """);
        if (reasons.Count > 0) html.Append(CultureInfo.InvariantCulture, $"<ul class=\"why\">{string.Concat(reasons.Select(r => $"<li>{Encode(r)}</li>"))}</ul>\n");
        html.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"text\">{(item.Text.Length == 0 ? Encode(ControllerTexts.NoForecast.In(lang)) : EvidenceMarks.InText(item.Text, item.Evidence))}</blockquote>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"derived\">{Encode(ControllerTexts.Derived.In(lang))}: {Badge(item.DerivedStatus)} · {Encode(ControllerTexts.Rule.In(lang))} <code>{Encode(item.Rule)}</code> · {Encode(ControllerTexts.Confidence.In(lang))} {item.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}</p>\n");
        if (item.StatusSource == "override")
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"override\">{Encode(ControllerTexts.InForceStatus.In(lang))}: {Badge(item.Status)} · {Encode(item.OverrideReason ?? "")} <small>({Encode(item.OverrideBy ?? "")})</small></p>\n");
        else if (item.ConfirmedBy is { } by)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"confirmed\">✔ {Encode(ControllerTexts.Confirmed.In(lang))} <small>({Encode(by)})</small></p>\n");
        else
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"unconfirmed\">{Encode(ControllerTexts.Unconfirmed.In(lang))}</p>\n");
        var hidden = $"<input type=\"hidden\" name=\"{FormPosts.TokenField}\" value=\"{Encode(token)}\"><input type=\"hidden\" name=\"round\" value=\"{Encode(round)}\"><input type=\"hidden\" name=\"metric\" value=\"{m}\">";
        html.Append("<div class=\"actions\">");
        if (item.StatusSource == "derived" && item.ConfirmedBy is null)
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/review/confirm?lang={lang}\" class=\"confirm\">{hidden}<button type=\"submit\">{Encode(ControllerTexts.Confirm.In(lang))}</button></form>");
        var missing = missingReason == item.MetricId ? $"<p class=\"missing\" role=\"alert\">{Encode(ControllerTexts.ReasonNeeded.In(lang))}</p>" : "";
        html.Append(CultureInfo.InvariantCulture, $"""
            <form method="post" action="/review/override?lang={lang}" class="override">{hidden}{missing}
            <label for="s{m}">{Encode(ControllerTexts.SetOther.In(lang))}</label><select id="s{m}" name="status">{Options(item.Status)}</select>
            <label for="r{m}">{Encode(ControllerTexts.Reason.In(lang))}</label><input id="r{m}" name="reason" required maxlength="500">
            <button type="submit">{Encode(ControllerTexts.SetOther.In(lang))}</button></form></div>
            </article>

            """);
    }

    private string Options(string current) =>
        string.Concat(Enum.GetValues<ForecastStatus>().Select(s => $"<option value=\"{s.ToCode()}\"{(s.ToCode() == current ? " selected" : "")}>{Encode(StatusLabels.For(s, lang))}</option>"));

    private string Label(string code) => StatusCodes.TryParse(code, out var s) ? StatusLabels.For(s, lang) : code;

    private string Badge(string code) => $"<span class=\"badge\" data-status=\"{Encode(code)}\">{Encode(Label(code))}</span>";

    private static string Encode(string text) => PageLayout.Encode(text);
}
