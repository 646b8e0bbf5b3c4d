using System.Security.Cryptography;
using System.Text;
using Cockpit.Status;

namespace Cockpit.Dashboards.Page;

/// <summary>
/// The pages' stylesheet, served from <c>/assets/cockpit.css</c> (the Content-Security-Policy allows no inline style):
/// one column on a phone, a grid on a laptop; each status's colour set once, on whatever carries its <c>data-status</c>.
/// </summary>
public static class PageStyle
{
    public const string Path = "/assets/cockpit.css";

    public static readonly string Css = Layout + string.Concat(Enum.GetValues<ForecastStatus>().Select(s =>
        $"[data-status=\"{s.ToCode()}\"] {{ --status: {StatusLabels.Colour(s)}; }}\n"));

    /// <summary>The stylesheet's address with its content's hash, so a browser may keep it until it changes.</summary>
    public static readonly string Href = $"{Path}?v={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12]}";

    private const string Layout = """
        :root { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; background: #f6f7f9; }
        body { margin: 0; }
        .bar { background: #00007a; color: #fff; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .4rem 1.5rem; font-size: .9rem; }
        .bar nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin-right: auto; }
        .bar a { color: #fff; } .bar a[aria-current] { font-weight: bold; text-decoration: none; }
        .bar .role { opacity: .85; }
        .bar form { margin: 0; } .bar button { font: inherit; background: none; color: #fff; border: 1px solid #fff8; border-radius: 4px; padding: .15rem .5rem; cursor: pointer; }
        .notice { max-width: 40rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border-radius: 6px; box-shadow: 0 1px 2px #0002; }
        .notice button { font: inherit; padding: .4rem .9rem; }
        header { background: #0000bf; color: #fff; padding: 1rem 1.5rem; }
        header h1 { margin: 0 0 .75rem; font-size: 1.4rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; gap: .25rem; min-width: 0; max-width: 100%; }
        .filters select, .filters button { font: inherit; padding: .35rem .5rem; border-radius: 4px; border: 1px solid #ccc; max-width: 100%; }
        .filters button { background: #fff; color: #0000bf; font-weight: bold; cursor: pointer; }
        .langs { margin-left: auto; } .langs a { color: #fff; margin-left: .5rem; } .langs a[aria-current] { font-weight: bold; text-decoration: none; }
        main { padding: 1rem 1.5rem; display: grid; gap: 1.25rem; max-width: 1400px; margin: 0 auto; }
        main > * { min-width: 0; }
        h2 { font-size: 1.1rem; margin: .25rem 0 .5rem; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .75rem; }
        .kpis h2 { grid-column: 1 / -1; margin: 0; }
        .card { background: #fff; border-radius: 6px; border-top: 6px solid var(--status); padding: .75rem 1rem; display: flex; flex-direction: column; box-shadow: 0 1px 2px #0002; }
        .unconfirmed { color: #7a4d00; font-style: italic; } .card .unconfirmed { font-size: .8rem; }
        .card .label { font-size: .9rem; } .card .count { font-size: 2rem; font-weight: bold; } .card .delta { font-size: .8rem; color: #555; }
        .chart { margin: 0; background: #fff; border-radius: 6px; padding: .5rem; box-shadow: 0 1px 2px #0002; }
        .chart img { width: 100%; height: auto; display: block; }
        .chart figcaption { font-size: .8rem; color: #555; padding: .25rem .5rem; }
        .table { background: #fff; border-radius: 6px; padding: .5rem 1rem; box-shadow: 0 1px 2px #0002; overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #e3e3e3; }
        .table th:last-child, .table td:last-child { min-width: 11rem; }
        th .sort { font-weight: normal; font-size: .8rem; margin-left: .5rem; }
        .badge { display: inline-block; padding: .1rem .5rem; border-radius: 999px; background: var(--status); color: #000; font-weight: bold; white-space: nowrap; }
        tr[data-status="achieved"] .badge, tr[data-status="will_not_be_met"] .badge { color: #fff; }
        .last-year { display: block; margin-top: .3rem; color: #444; font-size: .8rem; }
        td .last-year .badge { font-size: .75rem; padding: 0 .4rem; color: #000; }
        td .last-year .badge[data-status="achieved"], td .last-year .badge[data-status="will_not_be_met"] { color: #fff; }
        details summary { cursor: pointer; } details p { margin: .4rem 0; max-width: 60ch; overflow-wrap: anywhere; }
        .empty { font-size: 1.1rem; }
        @media (max-width: 600px) {
          header, main { padding: .75rem; } .bar { padding: .4rem .75rem; }
          .filters label { flex: 1 1 100%; } .filters select { width: 100%; } .langs { margin-left: 0; }
          .table { padding: .5rem; }
          .table table, .table tbody, .table tr, .table td { display: block; } .table thead { display: none; }
          .table tr { padding: .5rem 0; border-bottom: 1px solid #e3e3e3; } .table td { border: 0; padding: .15rem 0; min-width: 0; }
          .table td.theme { font-weight: bold; padding-top: .75rem; } .table td.goal { font-size: .85rem; color: #444; }
        }
        @media (min-width: 1000px) { main { grid-template-columns: 1fr 1fr; } .kpis, .table, .heatmap { grid-column: 1 / -1; } }
        @media print {
          .bar, .filters, .sort, .chart figcaption a { display: none; }
          :root, header { background: #fff; color: #000; } header { padding: 0 0 .5rem; }
          main { display: block; padding: 0; max-width: none; } main > * { margin-bottom: 1rem; box-shadow: none; }
          .chart { break-inside: avoid; } .chart img { width: auto; max-width: 100%; max-height: 40vh; margin: 0 auto; }
          details::details-content { content-visibility: visible; display: block; }
          details summary { list-style: none; } tr { break-inside: avoid; }
        }
        """;
}
