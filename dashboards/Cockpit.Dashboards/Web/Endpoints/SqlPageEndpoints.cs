using System.Globalization;
using System.Text.Json;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Page;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Sql.Workers;
using Cockpit.Model.Sql;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>/sql</c>, the analysts' workbench. GET shows it (<c>?saved=ID</c> opens a saved query); the form POSTs a statement
/// to run (its answer as a table), download (CSV, Excel, Parquet), save or open, all through <see cref="SqlEndpoints"/>,
/// the same sandbox, limits and log as <c>POST /api/sql</c>.
/// </summary>
public static class SqlPageEndpoints
{
    public static readonly string[] Scripts = ["/assets/vendor/codemirror-6.min.js", "/assets/sql.js"];
    public static readonly string[] Styles = ["/assets/sql.css"];

    public static void MapSqlPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sql", Show).RequireAuthorization(Roles.Analyst).WithTags("Page")
            .WithSummary("The SQL workbench (HTML): editor, views, answers, history, saved queries. Query: saved, lang. Analysts and admins.");
        app.MapPost("/sql", Post).RequireAuthorization(Roles.Analyst).WithTags("Page")
            .WithSummary("The workbench's form: do = run | csv | xlsx | parquet | save | load, sql, p.NAME parameters, name. Analysts and admins.");
    }

    private static async Task<IResult> Show(HttpContext http, CockpitDatabase db, SqlLogWriter log, long? saved)
    {
        var lang = PageFrames.Lang(http);
        if (saved is not { } id) return await Page(http, db, log, SqlPage.Example, new Dictionary<string, string>());
        if (db.Read(c => SavedQueries.Find(c, id)) is not { } query)
            return await Page(http, db, log, SqlPage.Example, new Dictionary<string, string>(), notice: Encode(SqlTexts.Unknown.In(lang)), status: StatusCodes.Status404NotFound);
        var link = $"{WorkbenchEndpoints.Link(id)}&amp;lang={lang}";
        return await Page(http, db, log, query.Sql, new Dictionary<string, string>(),
            notice: $"{Encode(SqlTexts.Opened.In(lang))} <strong class=\"saved-name\">{Encode(query.Name)}</strong> · <a href=\"{link}\">{Encode(SqlTexts.Link.In(lang))}</a>");
    }

    private static async Task<IResult> Post(HttpContext http, CockpitDatabase db, SqlLogWriter log, SqlWorkers workers, IOptions<SqlLimits> limits)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var lang = PageFrames.Lang(http);
        var sql = form["sql"].ToString();
        var parameters = SqlPage.ParameterNames(sql).ToDictionary(n => n, n => form["p." + n].ToString(), StringComparer.Ordinal);
        var action = form["do"].ToString();
        switch (action)
        {
            case "load":
                return await Page(http, db, log, sql, parameters);
            case "save":
                var (id, problem) = WorkbenchEndpoints.Save(http, db, form["name"], sql);
                return problem is ProblemHttpResult refused
                    ? await Page(http, db, log, sql, parameters, notice: Encode(refused.ProblemDetails.Detail ?? ""), status: refused.StatusCode)
                    : Results.Redirect($"{WorkbenchEndpoints.Link(id)}&lang={lang}", preserveMethod: false);
        }
        var format = action is "csv" or "xlsx" or "parquet" ? action : "json";
        var request = new SqlEndpoints.SqlRequest(sql, Typed(parameters), format, null);
        var result = await SqlEndpoints.Run(request, workers, limits, http);
        if (result is ProblemHttpResult failed)
        {
            var detail = failed.ProblemDetails.Detail ?? failed.ProblemDetails.Title ?? "";
            var answer = SqlAnswerHtml.Error(detail, SqlErrorPosition.Find(sql, detail), lang);
            return await Page(http, db, log, sql, parameters, answer, status: failed.StatusCode);
        }
        if (format != "json" || result is not FileContentHttpResult json) return result;
        using var document = JsonDocument.Parse(json.FileContents);
        var milliseconds = long.TryParse(http.Response.Headers["X-Duration-Ms"], CultureInfo.InvariantCulture, out var ms) ? ms : (long?)null;
        return await Page(http, db, log, sql, parameters, SqlAnswerHtml.Grid(document.RootElement, milliseconds, lang));
    }

    /// <summary>Form fields are text: a whole or decimal number goes to DuckDB as a number, anything else as text.</summary>
    public static Dictionary<string, JsonElement> Typed(IReadOnlyDictionary<string, string> parameters) =>
        parameters.ToDictionary(p => p.Key, p => double.TryParse(p.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? JsonDocument.Parse(p.Value.TrimStart('+')).RootElement.Clone()
            : JsonSerializer.SerializeToElement(p.Value));

    private static async Task<IResult> Page(HttpContext http, CockpitDatabase db, SqlLogWriter log, string sql, IReadOnlyDictionary<string, string> parameters,
        string answer = "", string notice = "", int status = StatusCodes.Status200OK)
    {
        await log.FlushAsync(http.RequestAborted);
        var layout = PageFrames.For(http, PageFrames.Lang(http), hasForm: true);
        var model = new SqlPageModel(sql, parameters, db.Read(SchemaEndpoints.Read), WorkbenchEndpoints.History(http, db),
            db.Read(c => SavedQueries.All(c, WorkbenchEndpoints.SavedListLength)), answer, notice);
        return PageFrames.Html(layout.Render(SqlTexts.Title.In(layout.Lang), SqlPage.Render(layout, model), "/sql", Scripts, Styles), status);
    }

    private static string Encode(string text) => PageLayout.Encode(text);
}
