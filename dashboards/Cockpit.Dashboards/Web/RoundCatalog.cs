using Cockpit.Model.Forecasts;
using Cockpit.Model.Store;
using DuckDB.NET.Data;

namespace Cockpit.Dashboards.Web;

/// <summary>A reporting round in the data: how many metrics it has and how many have a forecast text.</summary>
public sealed record RoundInfo(ReportingRound Round, long Metrics, long Reported);

public static class RoundCatalog
{
    public static IReadOnlyList<RoundInfo> Read(DuckDBConnection connection) =>
        connection.Query("""
            SELECT round_year, round_no, count(*), count(*) FILTER (WHERE forecast_text <> '')
            FROM v_forecasts GROUP BY round_year, round_no ORDER BY round_year, round_no
            """,
            r => new RoundInfo(new ReportingRound(r.GetInt16(0), r.GetByte(1)), r.GetInt64(2), r.GetInt64(3)));

    /// <summary>The round leadership looks at by default: the latest with any forecast written, else the latest.</summary>
    public static ReportingRound? Current(IReadOnlyList<RoundInfo> rounds) =>
        (rounds.LastOrDefault(r => r.Reported > 0) ?? rounds.LastOrDefault())?.Round;
}
