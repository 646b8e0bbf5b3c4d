using System.IO.Compression;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>GET /api/export/parquet</c>: every analyst view as a Parquet file in one zip, for DuckDB, Python or Power BI offline.</summary>
public static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/export/parquet", Export).RequireAuthorization(Roles.Analyst).WithTags("SQL")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/zip")
            .WithSummary("Every analyst view as Parquet (view.parquet), in one zip, as of one moment. Analysts and admins.");

    private static async Task<IResult> Export(CockpitDatabase db, HttpContext http)
    {
        using var zipped = new MemoryStream();
        using (var connection = db.Store.OpenConnection())
        {
            // One read-only transaction: every file shows the same moment, whatever loads commit meanwhile.
            connection.Execute("BEGIN TRANSACTION READ ONLY");
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var view in SqlSandbox.AnalystViews.Order(StringComparer.Ordinal))
                {
                    using var command = connection.Command("SELECT * FROM query_table($view)", ("view", view));
                    using var reader = command.ExecuteReader();
                    await using var entry = zip.CreateEntry(view + ".parquet", CompressionLevel.NoCompression).Open();
                    await ParquetOutput.WriteAsync(reader, reader.Read, entry, int.MaxValue, http.RequestAborted);
                }
            }
            connection.Execute("ROLLBACK");
        }
        return TypedResults.File(zipped.ToArray(), "application/zip", $"cockpit-{DateTime.UtcNow:yyyy-MM-dd}.zip");
    }
}
