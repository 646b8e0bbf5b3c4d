using Cockpit.Model.Forecasts;
using Cockpit.Status;
using Cockpit.Model.Store;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using StatusCodes = Cockpit.Status.StatusCodes;

namespace Cockpit.Dashboards.Web;

/// <summary>The data API's queries: fixed SQL over the analyst views, values passed as parameters.</summary>
public static class CockpitQueries
{
    public static DataFrame Rounds(DuckDBConnection c, string lang) => WithLabels(c.Frame("""
        SELECT round, round_year, round_no, count(*) AS metrics, count(*) FILTER (WHERE forecast_text <> '') AS reported, round_kind
        FROM v_forecasts GROUP BY ALL ORDER BY round_year, round_no
        """), lang);

    /// <summary>The round's metrics, each with the same round a year earlier where the same goal and metric were reported (<see cref="YearBefore"/>).</summary>
    public static DataFrame Goals(DuckDBConnection c, Filters f)
    {
        var goals = WithLabels(c.Frame("""
            SELECT metric_id AS id, theme, goal, metric, round, status, status_source, evidence, forecast_text AS text, round_kind
            FROM v_forecasts
            WHERE round = $round AND ($theme = '' OR theme = $theme) AND ($status = '' OR status = $status)
            ORDER BY theme, goal_id, metric_id
            """, ("round", f.Parameter("round")), ("theme", f.Theme), ("status", f.Status)), f.Lang);
        var yearBefore = f.Round is { } round ? YearBefore.For(c, round) : [];
        var rounds = new StringDataFrameColumn("year_before_round", goals.Rows.Count);
        var statuses = new StringDataFrameColumn("year_before_status", goals.Rows.Count);
        for (long i = 0; i < goals.Rows.Count; i++)
            if (yearBefore.GetValueOrDefault(Convert.ToInt64(goals["id"][i], System.Globalization.CultureInfo.InvariantCulture)) is { } before)
                (rounds[i], statuses[i]) = (before.Round, before.Status);
        goals.Columns.Add(rounds);
        goals.Columns.Add(statuses);
        return goals;
    }

    /// <summary>One metric's every round: text, status, evidence, and how the status moved from the round before.</summary>
    public static DataFrame History(DuckDBConnection c, int metricId, string lang) => WithLabels(c.Frame("""
        SELECT metric_id AS id, theme, goal, metric, round, status, status_source, evidence, rule, forecast_text AS text,
               lag(status) OVER w AS previous_status,
               CASE WHEN lag(status) OVER w IS NULL THEN 'first'
                    WHEN status = 'not_assessed' OR lag(status) OVER w = 'not_assessed' THEN
                         CASE WHEN status = lag(status) OVER w THEN 'same' ELSE 'assessment_changed' END
                    WHEN status_severity(status) < status_severity(lag(status) OVER w) THEN 'improved'
                    WHEN status_severity(status) > status_severity(lag(status) OVER w) THEN 'worsened'
                    ELSE 'same' END AS change,
               forecast_text IS DISTINCT FROM lag(forecast_text) OVER w AS text_changed, round_kind
        FROM v_forecasts
        WHERE metric_id = $id
        WINDOW w AS (ORDER BY round_year, round_no)
        ORDER BY round_year, round_no
        """, ("id", metricId)), lang);

    /// <summary>Counts per status for the round and the round before, overall (theme '') and per theme.</summary>
    public static DataFrame Summary(DuckDBConnection c, Filters f) => WithLabels(c.Frame("""
        WITH counts AS (
            SELECT coalesce(theme, '') AS theme, round, status, count(*) AS n
            FROM v_forecasts WHERE round IN ($round, $previous_round)
            GROUP BY GROUPING SETS ((round, status), (theme, round, status))
        ),
        cells AS (
            SELECT t.theme, s.status, s.o FROM (SELECT DISTINCT theme FROM counts) t,
                (VALUES ('achieved', 1), ('on_track', 2), ('at_risk', 3), ('will_not_be_met', 4), ('not_assessed', 5)) s(status, o)
        )
        SELECT cells.theme, $round AS round, $previous_round AS previous_round, cells.status,
               coalesce(now.n, 0) AS n, coalesce(before.n, 0) AS previous, coalesce(now.n, 0) - coalesce(before.n, 0) AS change
        FROM cells
        LEFT JOIN counts now ON now.theme = cells.theme AND now.status = cells.status AND now.round = $round
        LEFT JOIN counts before ON before.theme = cells.theme AND before.status = cells.status AND before.round = $previous_round
        ORDER BY cells.theme <> '', cells.theme, cells.o
        """, ("round", f.Parameter("round")), ("previous_round", f.Parameter("previous_round"))), f.Lang);

    /// <summary>
    /// Adds a <c>label</c> column, the status in the reader's language, right after <c>status</c>, and where there is a
    /// <c>round</c>, a <c>round_label</c> ("2/2020", "Toteuma 2020") at the end: the columns tables had keep their places.
    /// </summary>
    public static DataFrame WithLabels(DataFrame frame, string lang)
    {
        WithRoundLabels(frame, lang);
        var at = frame.Columns.IndexOf("status");
        if (at < 0) return frame;
        var labels = new StringDataFrameColumn("label", frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
            labels[i] = StatusCodes.TryParse(frame.Columns[at][i] as string, out var s) ? StatusLabels.For(s, lang) : null;
        frame.Columns.Insert(at + 1, labels);
        return frame;
    }

    private static void WithRoundLabels(DataFrame frame, string lang)
    {
        var round = frame.Columns.IndexOf("round");
        if (round < 0) return;
        var labels = new StringDataFrameColumn("round_label", frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++) labels[i] = RoundLabels.ForKey(frame.Columns[round][i] as string, lang);
        frame.Columns.Add(labels);
    }
}
