using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cockpit.Dashboards.Web.Endpoints;
using Cockpit.Model.Sql;

namespace Cockpit.Dashboards.Page;

/// <summary>What the workbench shows: the statement and its parameters, the views, an answer, the person's history and the saved queries.</summary>
internal sealed record SqlPageModel(
    string Sql,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<SchemaEndpoints.View> Schema,
    IReadOnlyList<SqlHistoryEntry> History,
    IReadOnlyList<SavedQuery> Saved,
    string AnswerHtml = "",
    string Notice = "");

/// <summary>
/// The SQL workbench (<c>/sql</c>) as server-rendered HTML: one form that works without script (it posts the statement
/// and gets the answer as a table); <c>sql.js</c> adds the editor, Ctrl+Enter and answers without a reload.
/// </summary>
internal static partial class SqlPage
{
    public const string Example = "SELECT theme, status, count(*) AS n\nFROM v_forecasts\nWHERE round = $round\nGROUP BY ALL\nORDER BY ALL";

    /// <summary>The <c>$name</c> parameters of a statement, in order of first use; names inside quotes do not count.</summary>
    public static IReadOnlyList<string> ParameterNames(string sql) =>
        Parameter().Matches(Quoted().Replace(sql, "''")).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    public static string Render(PageLayout layout, SqlPageModel model)
    {
        var lang = layout.Lang;
        string T(Dashboards.LocalText text) => Encode(text.In(lang));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <main class="bench" id="bench" data-rows="{T(SqlTexts.Rows)}" data-truncated="{T(SqlTexts.Truncated)}" data-ms="{T(SqlTexts.Milliseconds)}" data-line="{T(SqlTexts.Line)}" data-column="{T(SqlTexts.Column)}" data-again="{T(SqlTexts.Again)}" data-no-history="{T(SqlTexts.NoHistory)}">
            <h1>{T(SqlTexts.Title)}</h1>
            {(model.Notice.Length > 0 ? $"<p class=\"notice\" role=\"status\">{model.Notice}</p>\n" : "")}<details class="schema" open>
            <summary>{T(SqlTexts.Views)}</summary>
            <p class="hint">{T(SqlTexts.ViewsHint)}</p>

            """);
        Schema(html, model.Schema, lang);
        html.Append(CultureInfo.InvariantCulture, $"""
            <p class="export">{T(SqlTexts.Export)} <a href="/api/export/duckdb" download>DuckDB</a> · <a href="/api/export/parquet" download>Parquet (zip)</a></p>
            </details>
            <section class="work">
            <form method="post" action="/sql?lang={lang}" id="sql-form">
            <input type="hidden" name="{Web.FormPosts.TokenField}" value="{Encode(layout.FormToken)}">
            <label for="sql" class="label">{T(SqlTexts.Statement)} <span class="key">({T(SqlTexts.RunKey)})</span></label>
            <textarea id="sql" name="sql" rows="8" spellcheck="false">{Encode(model.Sql)}</textarea>
            <fieldset class="params" id="params"><legend>{T(SqlTexts.Parameters)}</legend>
            """);
        foreach (var name in ParameterNames(model.Sql))
            html.Append(CultureInfo.InvariantCulture, $"<label>${Encode(name)} <input name=\"p.{Encode(name)}\" data-param=\"{Encode(name)}\" value=\"{Encode(model.Parameters.GetValueOrDefault(name, ""))}\"></label>\n");
        html.Append(CultureInfo.InvariantCulture, $"""
            </fieldset>
            <div class="actions">
            <button type="submit" name="do" value="run" class="run" id="run">{T(SqlTexts.Run)}</button>
            <span class="downloads">{T(SqlTexts.Download)}: <button type="submit" name="do" value="csv">CSV</button> <button type="submit" name="do" value="xlsx">Excel</button> <button type="submit" name="do" value="parquet">Parquet</button></span>
            </div>
            <div class="save"><label>{T(SqlTexts.SaveAs)} <input name="name" id="save-name" maxlength="{SavedQueries.MaxNameLength}"></label> <button type="submit" name="do" value="save">{T(SqlTexts.Save)}</button></div>
            </form>
            <section class="answer" id="answer" aria-live="polite" aria-label="{T(SqlTexts.Result)}">
            {model.AnswerHtml}</section>
            </section>
            <section class="history"><h2>{T(SqlTexts.History)}</h2>
            <ol id="history">

            """);
        foreach (var entry in model.History) History(html, entry, layout);
        if (model.History.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<li class=\"none\">{T(SqlTexts.NoHistory)}</li>\n");
        html.Append(CultureInfo.InvariantCulture, $"</ol></section>\n<section class=\"saved\"><h2>{T(SqlTexts.Saved)}</h2>\n<ul id=\"saved\">\n");
        foreach (var saved in model.Saved)
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{WorkbenchEndpoints.Link(saved.Id)}&amp;lang={lang}\">{Encode(saved.Name)}</a> <span class=\"by\">{T(SqlTexts.SavedBy)} {Encode(saved.SavedBy)}, {saved.SavedAt:yyyy-MM-dd HH:mm}</span></li>\n");
        if (model.Saved.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<li class=\"none\">{T(SqlTexts.NoSaved)}</li>\n");
        html.Append("</ul></section>\n</main>\n");
        return html.ToString();
    }

    private static void Schema(StringBuilder html, IReadOnlyList<SchemaEndpoints.View> views, string lang)
    {
        html.Append("<ul class=\"views\" id=\"views\">\n");
        foreach (var view in views)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><details><summary><button type=\"button\" class=\"insert view\" data-insert=\"{Encode(view.Name)}\">{Encode(view.Name)}</button> <span class=\"n\">{view.Columns.Count}</span></summary>\n");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"about\">{Encode(Comment(view.Comment, lang))}</p>\n<ul class=\"columns\">\n");
            foreach (var column in view.Columns)
                html.Append(CultureInfo.InvariantCulture, $"<li><button type=\"button\" class=\"insert\" data-insert=\"{Encode(column.Name)}\">{Encode(column.Name)}</button> <span class=\"type\">{Encode(column.Type)}</span> <span class=\"about\">{Encode(Comment(column.Comment, lang))}</span></li>\n");
            html.Append("</ul></details></li>\n");
        }
        html.Append("</ul>\n");
    }

    private static string Comment(SchemaEndpoints.Comment comment, string lang) => lang == "fi" ? comment.Fi : comment.En;

    // A small form of its own: without script it opens the statement in the editor; with script sql.js loads and runs it.
    private static void History(StringBuilder html, SqlHistoryEntry entry, PageLayout layout) =>
        html.Append(CultureInfo.InvariantCulture, $"""
            <li><form method="post" action="/sql?lang={layout.Lang}"><input type="hidden" name="{Web.FormPosts.TokenField}" value="{Encode(layout.FormToken)}"><input type="hidden" name="sql" value="{Encode(entry.Sql)}"><button type="submit" name="do" value="load" class="again">{Encode(SqlTexts.Again.In(layout.Lang))}</button> <code>{Encode(Shorten(entry.Sql))}</code> <span class="by">{entry.RunAt:yyyy-MM-dd HH:mm} · {Encode(entry.Outcome)} · {entry.Rows}</span></form></li>

            """);

    private static string Shorten(string sql) => Whitespace().Replace(sql, " ").Trim() is var one && one.Length > 160 ? one[..157] + "..." : one;

    private static string Encode(string text) => PageLayout.Encode(text);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"'(?:[^']|'')*'|--[^\n]*")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
