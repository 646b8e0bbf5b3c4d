using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Page;
using Cockpit.Model.Store;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>GET /uploads</c>: the history of every upload attempt, for controllers (HTML).</summary>
public static class UploadsPageEndpoints
{
    public static void MapUploadsPageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/uploads", (HttpContext http, CockpitDatabase db) =>
        {
            var lang = PageFrames.Lang(http);
            var frame = PageFrames.For(http, lang);
            var attempts = db.Read(c => c.Query("""
                SELECT a.attempt_id, a.attempted_at, a.attempted_by, a.file_name, a.kind, a.outcome, a.problems, a.detail, a.upload_id, u.rows, u.rows_current
                FROM upload_attempts a LEFT JOIN v_uploads u USING (upload_id)
                ORDER BY a.attempt_id DESC LIMIT 500
                """,
                r => new AttemptRow(r.GetInt32(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                    r.GetString(5), r.GetInt32(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt32(9), r.IsDBNull(10) ? null : r.GetInt32(10))));
            var page = new UploadsPage(lang);
            return PageFrames.Html(frame.Render(page.Title, page.Render(attempts), "/uploads", styles: UploadPageEndpoints.Styles));
        }).RequireAuthorization(Roles.Controller).WithTags("Page").WithSummary("The upload history (HTML): every attempt, its outcome, rows still in force, the original file.");
}
