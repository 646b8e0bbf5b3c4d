using Cockpit.Dashboards.Auth;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>GET /api/schema</c>: the analyst views and their columns, each with its meaning in Finnish and English,
/// read from the comments migration 006 puts in the database (<c>'fi: ... | en: ...'</c>).</summary>
public static class SchemaEndpoints
{
    public sealed record Comment(string Fi, string En);

    public sealed record Column(string Name, string Type, Comment Comment);

    public sealed record View(string Name, Comment Comment, IReadOnlyList<Column> Columns);

    public static void MapSchemaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", (CockpitDatabase db) => TypedResults.Ok(db.Read(Read).Select(v => new
            {
                view = v.Name,
                comment = v.Comment,
                columns = v.Columns.Select(c => new { name = c.Name, type = c.Type, comment = c.Comment }),
            })))
            .RequireAuthorization(Roles.Viewer).WithTags("Schema")
            .WithSummary("The analyst views, in name order, with every column's name, type and meaning in Finnish and English.");
    }

    /// <summary>
    /// Every view in <see cref="SqlSandbox.AnalystViews"/>, in name order, columns in their own order; of this database only, not of
    /// an analyst snapshot attached beside it while it is written.
    /// </summary>
    public static IReadOnlyList<View> Read(DuckDBConnection connection) =>
        SqlSandbox.AnalystViews.Order(StringComparer.Ordinal).Select(view => new View(
            view,
            Parse(connection.Scalar<string>(
                "SELECT comment FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND view_name = $view", ("view", view))),
            connection.Query("""
                SELECT column_name, data_type, comment FROM duckdb_columns()
                WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $view ORDER BY column_index
                """,
                r => new Column(r.GetString(0), r.GetString(1), Parse(r.IsDBNull(2) ? null : r.GetString(2))),
                ("view", view)))).ToList();

    /// <summary><c>'fi: Kuukausi | en: Month'</c> into its two languages; a comment not in that form gives empty texts.</summary>
    public static Comment Parse(string? comment)
    {
        const string Fi = "fi: ", En = " | en: ";
        var split = comment?.IndexOf(En, StringComparison.Ordinal) ?? -1;
        if (comment is null || !comment.StartsWith(Fi, StringComparison.Ordinal) || split < 0) return new Comment("", "");
        return new Comment(comment[Fi.Length..split].Trim(), comment[(split + En.Length)..].Trim());
    }
}
