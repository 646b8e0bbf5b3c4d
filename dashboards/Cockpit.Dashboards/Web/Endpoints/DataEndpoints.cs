using System.Text.Json;
using Cockpit.Dashboards.Tables;
using StatusLabels = Cockpit.Status.StatusLabels;
using Microsoft.Data.Analysis;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>The data API: rounds, goals, one metric's history, the status summary; JSON, CSV or Excel.</summary>
public static class DataEndpoints
{
    public static void MapDataEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Data").WithTableResponses().RequireAuthorization(Auth.Roles.Viewer);
        api.MapGet("/rounds", (HttpContext http, CockpitDatabase db, ResponseCache cache) =>
            Table(http, db, cache, "kierrokset", (c, f) => CockpitQueries.Rounds(c, f.Lang), uses: []))
            .WithSummary("Reporting rounds with data: kind (forecast or outcome), label, metrics and forecasts written per round.");
        api.MapGet("/goals", (HttpContext http, CockpitDatabase db, ResponseCache cache) =>
            Table(http, db, cache, "tavoitteet", CockpitQueries.Goals, uses: ["round", "theme", "status"]))
            .WithSummary("One row per metric for a round (default: the latest reported): theme, goal, metric, status, label, evidence, text. Filters: round, theme, status.");
        api.MapGet("/goals/{id:int}", (int id, HttpContext http, CockpitDatabase db, ResponseCache cache) => History(id, http, db, cache))
            .WithSummary("One metric's history: every round's text, status and evidence, and how the status changed.");
        api.MapGet("/status-summary", (HttpContext http, CockpitDatabase db, ResponseCache cache) =>
            Table(http, db, cache, "tilannekuva", CockpitQueries.Summary, uses: ["round"]))
            .WithSummary("Counts per status for a round and the round before, overall (theme \"\") and per theme.");
    }

    /// <summary>Declares what a table endpoint answers: JSON, CSV or Excel, or a problem.</summary>
    public static TBuilder WithTableResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, null,
                ["application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));

    /// <param name="cache">Where the answer is kept per data version; null for tables that change without it (the audit trail).</param>
    /// <param name="uses">The filters <paramref name="query"/> reads, which the cached answer is keyed on; null for all of them.</param>
    public static IResult Table(HttpContext http, CockpitDatabase db, ResponseCache? cache, string name,
        Func<DuckDB.NET.Data.DuckDBConnection, Filters, DataFrame> query, IEnumerable<string>? uses = null)
    {
        if (RequestContext.TryFormat(http, out var format) is { } badFormat) return badFormat;
        if (RequestContext.TryFilters(http, db, out var filters) is { } badFilter) return badFilter;
        CachedResponse Compute() =>
            new(TableWriter.Write(db.Read(c => query(c, filters)), format, filters.Lang, name), format.ContentType(),
                format == TableFormat.Json ? null : $"{name}.{format.Extension()}");
        if (cache is not null) return RequestContext.Cached(http, cache, [format.ToString(), filters.Lang, .. filters.Values(uses ?? Filters.All)], Compute);
        var fresh = Compute();
        return TypedResults.File(fresh.Body, fresh.ContentType, fresh.FileName);
    }

    private static IResult History(int id, HttpContext http, CockpitDatabase db, ResponseCache cache)
    {
        if (RequestContext.TryFormat(http, out var format) is { } badFormat) return badFormat;
        var lang = http.Request.Query["lang"].ToString() is { Length: > 0 } l ? l : StatusLabels.DefaultLanguage;
        if (!StatusLabels.Languages.Contains(lang))
            return Problems.Of(Problems.BadFilter, "Bad filter", $"lang must be one of {string.Join(", ", StatusLabels.Languages)}, not '{lang}'");
        var frame = db.Read(c => CockpitQueries.History(c, id, lang));
        if (frame.Rows.Count == 0) return Problems.Of(Problems.UnknownMetric, "No such metric", $"no metric has id {id}", StatusCodes.Status404NotFound);
        return RequestContext.Cached(http, cache, [format.ToString(), lang], () => format == TableFormat.Json
            ? new CachedResponse(HistoryJson(frame), format.ContentType())
            : new CachedResponse(TableWriter.Write(frame, format, lang, $"mittari-{id}"), format.ContentType(), $"mittari-{id}.{format.Extension()}"));
    }

    // {"id", "theme", "goal", "metric", "rounds": [{"round", "status", "label", ...}]}: the metric once, its rounds below.
    private static byte[] HistoryJson(DataFrame frame)
    {
        string[] perMetric = ["id", "theme", "goal", "metric"];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, TableWriter.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("id", (long)frame["id"][0]);
            foreach (var name in perMetric[1..]) json.WriteString(name, (string)frame[name][0]);
            json.WritePropertyName("rounds");
            json.WriteStartArray();
            var rounds = new DataFrame(frame.Columns.Where(c => !perMetric.Contains(c.Name)));
            TableWriter.WriteRows(json, rounds);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
