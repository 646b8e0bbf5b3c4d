using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Page;
using Cockpit.Ingest;
using Cockpit.Model.Store;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary>
/// <c>/upload</c> for people: <c>GET</c> the form, <c>POST</c> a workbook (multipart field <c>file</c>) for a dry run that
/// answers its problems in place or a preview, <c>POST /upload/confirm</c> (field <c>sha256</c>) to load the checked bytes.
/// A refused workbook is an answer like any other here (200, a page with its problems in place), not ProblemDetails;
/// the API (<c>/api/uploads</c>) is where a machine gets 422.
/// </summary>
public static class UploadPageEndpoints
{
    public static void MapUploadPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext http) =>
        {
            var lang = PageFrames.Lang(http);
            var page = new UploadPage(lang, PageFrames.For(http, lang, hasForm: true) is var frame ? frame.FormToken : "", Month(http));
            return PageFrames.Html(frame.Render(page.Title, page.Form(), "/upload", Scripts, Styles));
        }).RequireAuthorization(Roles.Controller).WithTags("Page").WithSummary("The controllers' upload page (HTML). Query: month (YYYY-MM, for the template), lang.");
        app.MapPost("/upload", Check).RequireAuthorization(Roles.Controller).DisableAntiforgery().WithTags("Page")
            .WithSummary("Checks a workbook (multipart field 'file') by a dry run: a page with its problems in place, or a preview with a confirm form.");
        app.MapPost("/upload/confirm", Confirm).RequireAuthorization(Roles.Controller).DisableAntiforgery().WithTags("Page")
            .WithSummary("Loads the workbook the preview showed (form field 'sha256'); a page with the summary and a link to review the round.");
    }

    internal static readonly string[] Scripts = ["/assets/upload.js"];
    internal static readonly string[] Styles = ["/assets/controllers.css"];

    private static string Month(HttpContext http) =>
        http.Request.Query["month"].ToString() is { Length: 7 } asked && DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? asked
            : DateTime.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IResult> Check(HttpContext http, CockpitDatabase db, PendingUploads pending, IOptions<UploadOptions> options)
    {
        var lang = PageFrames.Lang(http);
        var frame = PageFrames.For(http, lang, hasForm: true);
        var page = new UploadPage(lang, frame.FormToken, Month(http));
        IResult Show(string content, int status = StatusCodes.Status200OK) => PageFrames.Html(frame.Render(page.Title, content, "/upload", Scripts, Styles), status);
        var by = http.User.Identity?.Name ?? "anonymous";
        IFormFile? file = null;
        if (http.Request.HasFormContentType && !(http.Request.ContentLength > options.Value.MaxBytes))
            try { file = (await http.Request.ReadFormAsync()).Files["file"]; }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException) { file = null; }
        if (file is null || file.Length == 0)
            return Show(page.Refusal(http.Request.ContentLength > options.Value.MaxBytes ? ControllerTexts.TooLarge : ControllerTexts.NoFile), StatusCodes.Status422UnprocessableEntity);
        if (file.Length > options.Value.MaxBytes) return Show(page.Refusal(ControllerTexts.TooLarge), StatusCodes.Status422UnprocessableEntity);
        if (!FileNames.IsPlain(file.FileName)) return Show(page.Refusal(new(FileNames.Problem(lang, file.FileName))), StatusCodes.Status422UnprocessableEntity);
        await using var content = new MemoryStream();
        await file.CopyToAsync(content);
        var bytes = content.ToArray();
        content.Position = 0;
        var prepared = new WorkbookIngest(db.Store).Prepare(content, file.FileName, TimeSpan.FromSeconds(options.Value.ReadSeconds));
        var outcome = await db.WriteAsync(store => prepared.Load(store, new IngestOptions(by, DryRun: true, Audit: true)));
        return outcome.Status switch
        {
            IngestStatus.Rejected => Show(page.Refused(outcome, bytes)),
            IngestStatus.AlreadyLoaded => Show(page.Done(outcome, null)),
            _ => Show(page.Preview(outcome, pending.Keep(file.FileName, by, bytes).Sha256)),
        };
    }

    private static async Task<IResult> Confirm(HttpContext http, CockpitDatabase db, PendingUploads pending, IOptions<UploadOptions> options)
    {
        var lang = PageFrames.Lang(http);
        var frame = PageFrames.For(http, lang, hasForm: true);
        var page = new UploadPage(lang, frame.FormToken, Month(http));
        IResult Show(string content, int status = StatusCodes.Status200OK) => PageFrames.Html(frame.Render(page.Title, content, "/upload", Scripts, Styles), status);
        var by = http.User.Identity?.Name ?? "anonymous";
        var form = await http.Request.ReadFormAsync();
        if (pending.Take(form["sha256"].ToString(), by) is not { } waiting) return Show(page.Gone(), StatusCodes.Status410Gone);
        var prepared = new WorkbookIngest(db.Store).Prepare(new MemoryStream(waiting.Content, writable: false), waiting.FileName, TimeSpan.FromSeconds(options.Value.ReadSeconds));
        var outcome = await db.WriteAsync(store => prepared.Load(store, new IngestOptions(by, DryRun: false, Audit: true)));
        if (outcome.Status == IngestStatus.Rejected) return Show(page.Refused(outcome, waiting.Content));
        var round = outcome.Summary?.Rounds.Where(r => r.Filled > 0).Select(r => r.Round).DefaultIfEmpty().Max() is { Year: > 0 } latest ? latest.ToString() : null;
        return Show(page.Done(outcome, round), outcome.Status == IngestStatus.Loaded ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
