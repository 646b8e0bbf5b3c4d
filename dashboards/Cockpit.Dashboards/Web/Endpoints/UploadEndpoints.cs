using Cockpit.Dashboards.Auth;
using Cockpit.Ingest;
using Cockpit.Ingest.Problems;
using Cockpit.Model.Store;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web.Endpoints;

/// <summary><c>Cockpit:Uploads</c>: the largest workbook accepted, and the longest time reading one may take.</summary>
public sealed class UploadOptions
{
    public long MaxBytes { get; set; } = 20L << 20;

    /// <summary>Past this many seconds of reading, validating and classifying, an upload is stopped and refused.</summary>
    public double ReadSeconds { get; set; } = 60;
}

/// <summary>
/// Controllers send workbooks: <c>POST /api/uploads</c> (multipart field <c>file</c>, <c>?dryRun=true</c> to check only).
/// Every problem comes back at once in the sender's language; every attempt is kept in the audit trail.
/// A workbook is read, validated and classified outside the write lock (within <see cref="UploadOptions.ReadSeconds"/>);
/// the lock, awaited without holding a thread, covers only its append and commit with its audit row.
/// </summary>
public static class UploadEndpoints
{
    public static void MapUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("/api/uploads").WithTags("Uploads").RequireAuthorization(Roles.Controller);
        uploads.MapPost("", Upload).DisableAntiforgery()
            .WithSummary("Loads a forecast or monthly workbook, recognised from its content (multipart field 'file'; ?dryRun=true checks only). 201, or 422 with every problem.");
        uploads.MapGet("", (HttpContext http, CockpitDatabase db) =>
            DataEndpoints.Table(http, db, null, "lataukset", (c, _) => c.Frame("SELECT * FROM v_upload_attempts ORDER BY attempt_id DESC")))
            .WithSummary("The audit trail: every attempt, who, when, file name, SHA-256, kind, outcome, rows, superseded.");
        uploads.MapGet("/{id:int}/file", (int id, CockpitDatabase db) =>
            db.Read(c => UploadAudit.OriginalFile(c, id)) is { } file
                ? Results.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName)
                : Problems.Of(Problems.UnknownUpload, "No such upload", $"no upload has id {id}", StatusCodes.Status404NotFound))
            .WithSummary("The original workbook of an upload, byte for byte.");
        app.MapGet("/api/templates/monthly.xlsx", Template).WithTags("Uploads").RequireAuthorization(Roles.Controller)
            .WithSummary("The monthly workbook to fill in, prefilled with the metrics in force and the service entities (?month=YYYY-MM, default this month).");
    }

    private static IResult Template(HttpContext http, CockpitDatabase db)
    {
        var asked = http.Request.Query["month"].ToString();
        var month = DateOnly.FromDateTime(DateTime.Today) is var today ? new DateOnly(today.Year, today.Month, 1) : default;
        if (asked.Length > 0 && !DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out month))
            return Problems.Of(Problems.BadFilter, "Bad month", $"month must be YYYY-MM, not '{asked}'");
        var metrics = db.Read(c => c.Query("SELECT DISTINCT metric FROM v_forecasts ORDER BY metric", r => r.GetString(0)));
        return TypedResults.File(Tables.MonthlyTemplate.Write(metrics, month),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"kuukausiraportti-{month:yyyy-MM}.xlsx");
    }

    private static async Task<IResult> Upload(HttpContext http, CockpitDatabase db, IOptions<UploadOptions> options, ILoggerFactory logs)
    {
        var lang = Language(http);
        var by = http.User.Identity?.Name ?? "anonymous";
        var max = options.Value.MaxBytes;
        async Task<IResult> Refuse(string outcome, string name, string type, string title, string detail, int status)
        {
            await db.WriteAsync(store => { UploadAudit.Record(store.Connection, new UploadAttempt(name, null, null, by, outcome, null, 1, detail)); return 0; });
            return Problems.Of(type, title, detail, status);
        }
        if (http.Request.ContentLength > max)
            return await Refuse("too_large", "?", Problems.TooLarge, "Workbook too large", TooLarge(lang, max), StatusCodes.Status413PayloadTooLarge);
        if (!http.Request.HasFormContentType)
            return Problems.Of(Problems.BadUpload, "Not a form upload", "send multipart/form-data with the workbook in the field 'file'");
        IFormCollection form;
        try { form = await http.Request.ReadFormAsync(); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return await Refuse("too_large", "?", Problems.TooLarge, "Workbook too large", TooLarge(lang, max), StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException) // the body ended before the form did
        {
            return Problems.Of(Problems.BadUpload, "Upload cut off", "the multipart body ended before its closing boundary; send the file again");
        }
        if (form.Files["file"] is not { } file)
            return Problems.Of(Problems.BadUpload, "No file", "the form has no field 'file' with a workbook");
        if (file.Length > max)
            return await Refuse("too_large", file.FileName, Problems.TooLarge, "Workbook too large", TooLarge(lang, max), StatusCodes.Status413PayloadTooLarge);
        if (!FileNames.IsPlain(file.FileName))
            return await Refuse("bad_name", file.FileName, Problems.BadFileName, "Bad file name", FileNames.Problem(lang, file.FileName), StatusCodes.Status400BadRequest);

        await using var content = new MemoryStream();
        await file.CopyToAsync(content);
        content.Position = 0;
        var dryRun = string.Equals(http.Request.Query["dryRun"], "true", StringComparison.OrdinalIgnoreCase);
        var prepared = new WorkbookIngest(db.Store).Prepare(content, file.FileName, TimeSpan.FromSeconds(options.Value.ReadSeconds));
        var kind = prepared.Kind;
        var outcome = await db.WriteAsync(store => prepared.Load(store, new IngestOptions(by, dryRun, Audit: true)));
        if (outcome.Fault is { } fault)
            logs.CreateLogger(typeof(UploadEndpoints).FullName!).LogError(fault, "The reader failed unforeseen on {File}; it was refused as unreadable", file.FileName);
        return outcome.Status switch
        {
            IngestStatus.Rejected => TypedResults.Problem(
                title: outcome.Problems is [{ Code: ProblemCode.ReadTooLong }] ? "Reading the workbook took too long" : "The workbook has problems", detail: string.Join(Environment.NewLine, OutcomeText.Describe(outcome, lang)),
                statusCode: StatusCodes.Status422UnprocessableEntity, type: Problems.InvalidWorkbook,
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = outcome.Problems.Select(p => new { sheet = p.Sheet, cell = p.Cell, code = p.Code.ToString(), message = p.Message(lang) }).ToList(),
                }),
            IngestStatus.Loaded => TypedResults.Created($"/api/uploads/{UploadId(outcome)}/file", Summary(outcome, kind, lang)),
            _ => TypedResults.Ok(Summary(outcome, kind, lang)),
        };
    }

    private static int? UploadId(IngestOutcome outcome) => outcome.Summary?.UploadId ?? outcome.Monthly?.UploadId ?? outcome.Existing?.UploadId;

    private static object Summary(IngestOutcome outcome, string kind, string lang) => new
    {
        status = outcome.Status.ToString().ToLowerInvariant(),
        uploadId = UploadId(outcome),
        kind,
        file = outcome.File,
        metricRows = outcome.Summary?.MetricRows,
        goals = outcome.Summary?.Goals,
        rounds = outcome.Summary?.Rounds.Select(r => new { round = r.Round.ToString(), filled = r.Filled, empty = r.Empty }),
        statuses = outcome.Summary?.Statuses,
        replaced = outcome.Summary?.Replaced,
        droppedOverrides = outcome.Summary?.DroppedOverrides,
        monthly = outcome.Monthly is { } m
            ? new
            {
                rowsPerSheet = m.RowsPerSheet.Select(r => new { sheet = r.Sheet, rows = r.Rows }),
                months = m.Months.Select(month => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)),
                replaced = m.Replaced,
                rowsWithoutActual = m.RowsWithoutActual,
            }
            : null,
        messages = OutcomeText.Describe(outcome, lang).ToList(),
    };

    /// <summary>?lang=, else the first of fi/sv/en in Accept-Language, else Finnish.</summary>
    public static string Language(HttpContext http)
    {
        string[] known = ["fi", "sv", "en"];
        var asked = http.Request.Query["lang"].ToString();
        if (known.Contains(asked)) return asked;
        return http.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.ToString().Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(known.Contains) ?? "fi";
    }

    private static string Megabytes(long bytes, string culture) =>
        (bytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo(culture));

    private static string TooLarge(string lang, long max) => lang switch
    {
        "sv" => $"Filen är större än tillåtna {Megabytes(max, "sv-FI")} MB.",
        "en" => $"The file is larger than the {Megabytes(max, "en-GB")} MB allowed.",
        _ => $"Tiedosto on suurempi kuin sallittu {Megabytes(max, "fi-FI")} Mt.",
    };
}
