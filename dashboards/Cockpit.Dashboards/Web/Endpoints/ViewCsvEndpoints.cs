using System.Text;
using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.OData;
using Cockpit.Dashboards.Tables;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>GET /api/views/{view}.csv</c>: one analyst view whole, in key order, as the cockpit's CSV (semicolons, BOM) with the
/// columns' own names: for Excel's "From Web", which takes a URL with <c>?api_key=</c> but follows no OData paging.
/// </summary>
public static class ViewCsvEndpoints
{
    public static void MapViewCsvEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/views/{view}.csv", Csv).RequireAuthorization(Roles.Viewer).WithTags("Data")
            .Produces(StatusCodes.Status200OK, null, "text/csv")
            .WithSummary("One analyst view (v_forecasts, v_metric_values, ...) whole as CSV; the key may come as ?api_key= for Excel. Viewers and up.");

    private static IResult Csv(string view, CockpitDatabase db)
    {
        if (FeedSets.OfView(view) is not { } set)
            return Problems.Of(Problems.UnknownView, "No such view", $"'{view}' is not one of {string.Join(", ", FeedSets.All.Select(s => s.View))}", StatusCodes.Status404NotFound);
        var body = db.Read(connection =>
        {
            var csv = new StringBuilder();
            using var command = connection.Command(set.WholeViewSql());
            using var reader = command.ExecuteReader();
            var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
            csv.AppendJoin(';', Enumerable.Range(0, reader.FieldCount).Select(i => CsvText.Field(reader.GetName(i)))).Append("\r\n");
            while (reader.Read())
                csv.AppendJoin(';', Enumerable.Range(0, reader.FieldCount).Select(i => CsvText.Field(DuckValue.Of(reader.GetValue(i), types[i])))).Append("\r\n");
            return csv.ToString();
        });
        return TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body)], "text/csv; charset=utf-8", $"{set.View}.csv");
    }
}
