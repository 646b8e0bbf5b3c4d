-- 002: the analysts' views. Their names and columns are a public contract: add columns, never rename.

-- All forecast cells ever loaded, with the texts of the row they came from.
CREATE OR REPLACE VIEW v_forecast_history AS
SELECT r.theme, r.goal, r.metric,
       printf('%d/%d', f.round_no, f.round_year) AS round, f.round_year, f.round_no,
       f.forecast_text, f.status, f.evidence, f.rule, f.confidence,
       f.upload_id, f.sheet, f.cell, r.goal_id, f.metric_id, r.linkage
FROM forecast_entries f
JOIN metric_rows r USING (upload_id, metric_id);

-- The forecasts in force: for each goal and round, the rows of the latest upload that reported that goal
-- for that round. A later workbook replaces a round's values only for the goals it contains.
CREATE OR REPLACE VIEW v_forecasts AS
WITH latest AS (
    SELECT goal_id, round_year, round_no, max(upload_id) AS upload_id
    FROM v_forecast_history
    GROUP BY goal_id, round_year, round_no
)
SELECT h.theme, h.goal, h.metric, h.round, h.round_year, h.round_no, h.forecast_text,
       h.status, 'derived' AS status_source, h.evidence, h.rule, h.upload_id, h.sheet, h.cell,
       h.goal_id, h.metric_id, h.confidence, h.linkage
FROM v_forecast_history h
JOIN latest l USING (goal_id, round_year, round_no, upload_id);

-- Every upload, with whether later uploads have replaced all of it.
CREATE OR REPLACE VIEW v_uploads AS
SELECT u.upload_id, u.file_name, u.sha256, u.kind, u.uploaded_at, u.uploaded_by, u.rows,
       u.rows > 0 AND coalesce(c.rows_current, 0) = 0 AS superseded,
       coalesce(c.rows_current, 0)::INTEGER AS rows_current
FROM uploads u
LEFT JOIN (SELECT upload_id, count(*) AS rows_current FROM v_forecasts GROUP BY upload_id) c USING (upload_id);
