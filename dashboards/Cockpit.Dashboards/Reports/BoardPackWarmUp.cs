using System.Diagnostics;
using Cockpit.Dashboards.Dashboards;
using Cockpit.Dashboards.Web;
using Cockpit.Dashboards.Web.Endpoints;
using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using Microsoft.Extensions.Options;

namespace Cockpit.Dashboards.Reports;

/// <summary><c>Cockpit:Reports</c>: whether the server renders the board pack once as it starts.</summary>
public sealed class ReportOptions
{
    public bool WarmUp { get; set; } = true;
}

/// <summary>
/// The first board pack of a process paid for what every later one finds ready: the JIT of PDFsharp, ScottPlot and the
/// report's own code, PDFsharp's font resolver and DejaVu's glyph tables, SkiaSharp's first JPEG. As the server starts, on
/// a thread of its own (the server answers, <c>/healthz</c> included, meanwhile), this renders the latest round's pack in
/// Finnish once and offers it to the response cache under the very key a request computes, so the first person to ask
/// for it today gets it at once, and any other round or language from a warm process.
/// </summary>
public sealed class BoardPackWarmUp(Dashboard dashboard, CockpitDatabase db, ResponseCache cache, IOptions<ReportOptions> options,
    ILogger<BoardPackWarmUp> log)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has finished (or failed, or is turned off).</summary>
    public Task Completed => done.Task;

    /// <summary>How long the warm-up took, once <see cref="Completed"/>.</summary>
    public TimeSpan Took { get; private set; }

    public void Start()
    {
        if (!options.Value.WarmUp)
        {
            done.TrySetResult();
            return;
        }
        new Thread(Warm) { IsBackground = true, Name = "board pack warm-up", Priority = ThreadPriority.BelowNormal }.Start();
    }

    private void Warm()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var rounds = db.Rounds;
            var filters = Filters.Parse(QueryCollection.Empty, rounds.Select(r => r.Round).ToList(), RoundCatalog.Current(rounds), out _)!;
            var today = CityClock.Today();
            if (filters.Round is { } round)
                cache.GetOrCompute(RequestContext.CacheKey(ReportEndpoints.BoardPackPath, ReportEndpoints.Uses(filters, round, today)),
                    () => ReportEndpoints.Render(dashboard, db, filters, round, today));
            else
                BoardPack.Write(new BoardPackData(dashboard.Title.In(filters.Lang), filters.Lang, new ReportingRound(today.Year, 1), null, today, "", [], [], []));
            Took = clock.Elapsed;
            log.LogInformation("Board pack warmed in {Milliseconds:F0} ms", Took.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogWarning(e, "Board pack warm-up failed; the first request renders it instead");
        }
        finally
        {
            done.TrySetResult();
        }
    }
}
