using System.IO.Compression;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Sql;
using Cockpit.Dashboards.Sql.Workers;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>GET /api/export/parquet</c>: every analyst view as a Parquet file in one zip, for DuckDB, Python or Power BI offline;
/// <c>GET /api/export/duckdb</c>: the same views as tables of one DuckDB file, for any DuckDB client while the cockpit runs.
/// </summary>
public static class ExportEndpoints
{
    public const string DuckDbContentType = "application/vnd.duckdb";

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/parquet", Export).RequireAuthorization(Roles.Analyst).WithTags("SQL")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "application/zip")
            .WithSummary("Every analyst view as Parquet (view.parquet), in one zip, as of one moment. Analysts and admins.");
        app.MapGet("/api/export/duckdb", ExportDuckDb).RequireAuthorization(Roles.Analyst).WithTags("SQL")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), DuckDbContentType)
            .WithSummary("Every analyst view as a table of the same name, with its comments, in one DuckDB file, as of one moment. Analysts and admins.");
    }

    // The workers' snapshot is that file already: written once per data version, streamed from disk to every analyst.
    private static async Task<IResult> ExportDuckDb(SqlWorkers workers)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await workers.CurrentSnapshotAsync();
            try
            {
                // FileShare.Delete: a newer snapshot may remove this one's name while it is being sent; the open file stays whole.
                var file = new FileStream(snapshot.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
                var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"" + Path.GetFileNameWithoutExtension(snapshot.Path) + "\"");
                return TypedResults.File(file, DuckDbContentType, $"cockpit-{DateTime.UtcNow:yyyy-MM-dd}.duckdb", entityTag: tag, enableRangeProcessing: true);
            }
            catch (FileNotFoundException) when (attempt == 0) { } // replaced between asking and opening: ask again
        }
    }

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
