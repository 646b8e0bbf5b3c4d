namespace Cockpit.Dashboards.Page;

/// <summary>The page's stylesheet: one column on a phone, a grid on a laptop; the status colour comes from each element.</summary>
internal static class PageStyle
{
    public const string Css = """
        :root { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; background: #f6f7f9; }
        body { margin: 0; }
        header { background: #0000bf; color: #fff; padding: 1rem 1.5rem; }
        header h1 { margin: 0 0 .75rem; font-size: 1.4rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; gap: .25rem; }
        .filters select, .filters button { font: inherit; padding: .35rem .5rem; border-radius: 4px; border: 1px solid #ccc; }
        .filters button { background: #fff; color: #0000bf; font-weight: bold; cursor: pointer; }
        .langs { margin-left: auto; } .langs a { color: #fff; margin-left: .5rem; } .langs a[aria-current] { font-weight: bold; text-decoration: none; }
        main { padding: 1rem 1.5rem; display: grid; gap: 1.25rem; max-width: 1400px; margin: 0 auto; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .75rem; }
        .card { background: #fff; border-radius: 6px; border-top: 6px solid var(--status); padding: .75rem 1rem; display: flex; flex-direction: column; box-shadow: 0 1px 2px #0002; }
        .card .label { font-size: .9rem; } .card .count { font-size: 2rem; font-weight: bold; } .card .delta { font-size: .8rem; color: #555; }
        .chart { margin: 0; background: #fff; border-radius: 6px; padding: .5rem; box-shadow: 0 1px 2px #0002; }
        .chart img { width: 100%; height: auto; display: block; }
        .chart figcaption { font-size: .8rem; color: #555; padding: .25rem .5rem; }
        .table { background: #fff; border-radius: 6px; padding: .5rem 1rem; box-shadow: 0 1px 2px #0002; overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #e3e3e3; }
        .badge { display: inline-block; padding: .1rem .5rem; border-radius: 999px; background: var(--status); color: #000; font-weight: bold; }
        tr[data-status="achieved"] .badge, tr[data-status="will_not_be_met"] .badge { color: #fff; }
        details summary { cursor: pointer; } details p { margin: .4rem 0; max-width: 60ch; }
        .empty { font-size: 1.1rem; }
        @media (max-width: 600px) { header, main { padding: .75rem; } .goal { display: none; } th, td { padding: .35rem; } }
        @media (min-width: 1000px) { main { grid-template-columns: 1fr 1fr; } .kpis, .table, .heatmap { grid-column: 1 / -1; } }
        """;
}
