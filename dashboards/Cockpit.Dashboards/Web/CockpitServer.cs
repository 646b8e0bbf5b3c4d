using Cockpit.Dashboards.Auth;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web.Endpoints;
using Cockpit.Ingest;
using Cockpit.Model.Sql;
using Cockpit.Model.Store;
using Cockpit.Samples;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Web;

/// <summary>The web host: the cockpit page, the data API, chart images and OpenAPI, over one database.</summary>
public static class CockpitServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly Dictionary<string, string> Switches = new() { ["--db"] = "Cockpit:Database" };

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, Switches);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);
        builder.Services.AddCockpitAuth(builder.Configuration);
        builder.Logging.KeepKeysOutOfLogs();
        builder.Services.Configure<CockpitOptions>(builder.Configuration.GetSection("Cockpit"));
        var uploads = builder.Configuration.GetSection("Cockpit:Uploads").Get<UploadOptions>() ?? new UploadOptions();
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection("Cockpit:Uploads"));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = uploads.MaxBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = uploads.MaxBytes + (1 << 16));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<DataVersion>();
        builder.Services.Configure<PendingUploadOptions>(builder.Configuration.GetSection("Cockpit:Uploads:Pending"));
        builder.Services.AddSingleton<PendingUploads>();
        builder.Services.AddResponseCache(builder.Configuration);
        builder.Services.AddSingleton<Sql.SqlLogWriter>();
        builder.Services.AddSingleton<Sql.Workers.SqlWorkers>();
        builder.Services.Configure<SqlLimits>(builder.Configuration.GetSection("Cockpit:Sql"));
        builder.Services.AddSingleton(s => OpenDatabase(s.GetRequiredService<IOptions<CockpitOptions>>().Value,
            s.GetRequiredService<IOptions<SqlLimits>>().Value, s.GetRequiredService<DataVersion>()));
        builder.Services.Configure<OData.FeedOptions>(builder.Configuration.GetSection("Cockpit:OData"));
        builder.Services.AddSingleton(s => s.GetRequiredService<CockpitDatabase>().Read(OData.FeedModel.Read));
        builder.Services.AddSingleton<OData.FeedCursors>();
        builder.Services.Configure<Reports.ReportOptions>(builder.Configuration.GetSection("Cockpit:Reports"));
        builder.Services.AddSingleton<Reports.BoardPackWarmUp>();
        builder.Services.AddSingleton(s => Dashboard.Load(Path.Combine(AppContext.BaseDirectory, s.GetRequiredService<IOptions<CockpitOptions>>().Value.Dashboard)));

        var app = builder.Build();
        app.UseConfiguredProxies(builder.Configuration);
        app.UseExceptionHandler();
        app.UseHsts(); // on HTTPS only, and never for localhost
        app.UseSecurityHeaders(ProviderOrigin(builder.Configuration));
        app.UseStatusCodePages();
        app.UseHeadAsGet();
        app.UseStaticFiles(); // wwwroot/: scripts under /assets/, for every visitor (they hold no data)
        app.UseRouting();
        app.UseLoopbackHosts(builder.Configuration);
        app.UseApiKeyInQuery();
        app.UseFailedKeyLimit();
        app.UseAuthentication();
        app.UseFailedSessionCount();
        app.UseFormTokens();
        app.UseAuthorization();
        app.MapOpenApi().RequireAuthorization(Roles.Viewer);
        app.MapSignInEndpoints();
        app.MapPageEndpoints();
        app.MapMetricPageEndpoints();
        app.MapDataEndpoints();
        app.MapChartEndpoints();
        app.MapReportEndpoints();
        app.MapOverrideEndpoints();
        app.MapUploadEndpoints();
        app.MapUploadPageEndpoints();
        app.MapUploadsPageEndpoints();
        app.MapReviewEndpoints();
        app.MapSqlEndpoints();
        app.MapExportEndpoints();
        app.MapSchemaEndpoints();
        app.MapODataEndpoints();
        app.MapViewCsvEndpoints();
        app.MapWorkbenchEndpoints();
        app.MapSqlPage();
        _ = app.Services.GetRequiredService<CockpitDatabase>(); // open (and migrate) before the first request
        _ = app.Services.GetRequiredService<Dashboard>();
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<Sql.Workers.SqlWorkers>().RequestWarm());
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<Reports.BoardPackWarmUp>().Start());
        return app;
    }

    private static string? ProviderOrigin(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Cockpit:Auth:Oidc:Authority"], UriKind.Absolute, out var authority) ? authority.GetLeftPart(UriPartial.Authority) : null;

    /// <remarks>
    /// The sandbox settings hold for the whole DuckDB instance, the server's own connection included: it loads workbooks
    /// through .NET and the appender and needs no file of DuckDB's but the database itself and the folder where it
    /// writes the analysts' snapshots. Analysts' statements run in worker processes (<see cref="Sql.Workers.SqlWorkers"/>).
    /// </remarks>
    private static CockpitDatabase OpenDatabase(CockpitOptions options, SqlLimits limits, DataVersion version)
    {
        var store = CockpitStore.Open(options.Database);
        if (options.LoadSamplesWhenEmpty) SampleData.LoadIntoEmpty(store);
        var snapshots = Directory.CreateDirectory(Sql.Workers.SqlWorkers.SnapshotDirectory(store.Path)).FullName;
        SqlSandbox.Lockdown(store.Connection, limits, snapshots);
        version.Refresh(store.Connection);
        return new CockpitDatabase(store, version);
    }
}
