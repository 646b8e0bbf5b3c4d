using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>What the SQL workbench keeps for analysts: each person's own history, and queries saved under a name for all.</summary>
public static class WorkbenchEndpoints
{
    public const int HistoryLength = 50;
    public const int SavedListLength = 200;

    public sealed record SaveRequest(string? Name, string? Sql);

    public static void MapWorkbenchEndpoints(this IEndpointRouteBuilder app)
    {
        var sql = app.MapGroup("/api/sql").WithTags("SQL").RequireAuthorization(Roles.Analyst);
        sql.MapGet("/history", async (HttpContext http, CockpitDatabase db, SqlLogWriter log) =>
            {
                await log.FlushAsync(http.RequestAborted);
                return TypedResults.Ok(History(http, db));
            })
            .WithSummary("The caller's own latest statements from the query log, newest first, each once: to run again. Analysts and admins.");
        sql.MapGet("/saved", (CockpitDatabase db) => TypedResults.Ok(db.Read(c => SavedQueries.All(c, SavedListLength)).Select(Json)))
            .WithSummary("The saved queries, newest first: id, name, sql, who saved it, when, and the link to open it. Analysts and admins.");
        sql.MapGet("/saved/{id:long}", (long id, CockpitDatabase db) => db.Read(c => SavedQueries.Find(c, id)) is { } saved
                ? Results.Ok(Json(saved))
                : Problems.Of(Problems.UnknownSavedQuery, "No such saved query", $"no saved query has the id {id}", StatusCodes.Status404NotFound))
            .WithSummary("One saved query. Analysts and admins.");
        sql.MapPost("/saved", (SaveRequest request, HttpContext http, CockpitDatabase db) =>
                Save(http, db, request.Name, request.Sql) switch
                {
                    (_, { } problem) => problem,
                    (var id, _) => Results.Created(Link(id), Json(db.Read(c => SavedQueries.Find(c, id))!)),
                })
            .WithSummary("Saves {name, sql} for every analyst to open; answers 201 with its link. Analysts and admins.");
    }

    public static string Link(long id) => $"/sql?saved={id}";

    public static IReadOnlyList<SqlHistoryEntry> History(HttpContext http, CockpitDatabase db) =>
        db.Read(c => SqlLog.History(c, By(http), HistoryLength));

    /// <summary>Saves the query and gives its id; or a ProblemDetails when the name or the statement will not do.</summary>
    public static (long Id, IResult? Problem) Save(HttpContext http, CockpitDatabase db, string? name, string? sql)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > SavedQueries.MaxNameLength)
            return (0, Problems.Of(Problems.BadSavedQuery, "A saved query needs a name", $"give the query a name of 1 to {SavedQueries.MaxNameLength} characters"));
        if (string.IsNullOrWhiteSpace(sql) || System.Text.Encoding.UTF8.GetByteCount(sql) > new SqlLimits().MaxStatementBytes)
            return (0, Problems.Of(Problems.BadSavedQuery, "Nothing to save", "a saved query needs a statement, at most as long as one that may run"));
        // On a connection of its own, like the query log: not the cockpit's data, so its version and the analyst snapshot stay.
        return (db.Read(c => SavedQueries.Save(c, name, sql, By(http))), null);
    }

    public static string By(HttpContext http) => http.User.Identity?.Name ?? "anonymous";

    private static object Json(SavedQuery q) => new { id = q.Id, name = q.Name, sql = q.Sql, savedBy = q.SavedBy, savedAt = q.SavedAt, link = Link(q.Id) };
}
