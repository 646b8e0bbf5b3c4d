-- 002: the analysts' views. Their names and columns are a public contract: add columns, never rename.

-- All forecast cells ever loaded, with the texts of the row they came from.
CREATE OR REPLACE VIEW v_forecast_history AS
SELECT r.theme, r.goal, r.metric,
       printf('%d/%d', f.round_no, f.round_year) AS round, f.round_year, f.round_no,
       f.forecast_text, f.status, f.evidence, f.rule, f.confidence,
       f.upload_id, f.sheet, f.cell, r.goal_id, f.metric_id, r.linkage
FROM forecast_entries f
JOIN metric_rows r USING (upload_id, metric_id);

-- Overrides that still hold: not ended, and one per metric and round (the latest).
CREATE OR REPLACE VIEW v_active_overrides AS
SELECT * FROM status_overrides
WHERE ended_at IS NULL
QUALIFY row_number() OVER (PARTITION BY metric_id, round_year, round_no ORDER BY override_id DESC) = 1;

-- The forecast rows in force: for each goal and round, the rows of the latest upload that reported that goal
-- for that round. A later workbook replaces a round's values only for the goals it contains.
CREATE OR REPLACE VIEW v_current_forecasts AS
WITH latest AS (
    SELECT goal_id, round_year, round_no, max(upload_id) AS upload_id
    FROM v_forecast_history
    GROUP BY goal_id, round_year, round_no
)
SELECT h.* FROM v_forecast_history h JOIN latest l USING (goal_id, round_year, round_no, upload_id);

-- The forecasts in force with their status: a controller's override where one holds, else the derived one.
CREATE OR REPLACE VIEW v_forecasts AS
SELECT c.theme, c.goal, c.metric, c.round, c.round_year, c.round_no, c.forecast_text,
       coalesce(o.status, c.status) AS status,
       CASE WHEN o.override_id IS NULL THEN 'derived' ELSE 'override' END AS status_source,
       c.evidence, c.rule, c.upload_id, c.sheet, c.cell,
       c.goal_id, c.metric_id, c.confidence, c.linkage,
       c.status AS derived_status, o.reason AS override_reason, o.set_by AS override_by, o.set_at AS override_at
FROM v_current_forecasts c
LEFT JOIN v_active_overrides o USING (metric_id, round_year, round_no);

-- Every override ever set, with the metric and round it was for and whether it still holds.
CREATE OR REPLACE VIEW v_status_overrides AS
SELECT o.override_id, r.goal, r.metric, printf('%d/%d', o.round_no, o.round_year) AS round, o.round_year, o.round_no,
       o.status, o.reason, o.forecast_text, o.set_by, o.set_at,
       o.ended_at IS NULL AS active, o.ended_at, o.ended_by, o.ended_reason, o.metric_id
FROM status_overrides o
LEFT JOIN (SELECT DISTINCT ON (metric_id) metric_id, goal, metric FROM metric_rows ORDER BY metric_id, upload_id DESC) r
    USING (metric_id);

-- Every upload, with whether later uploads have replaced all of it.
CREATE OR REPLACE VIEW v_uploads AS
SELECT u.upload_id, u.file_name, u.sha256, u.kind, u.uploaded_at, u.uploaded_by, u.rows,
       u.rows > 0 AND coalesce(c.rows_current, 0) = 0 AS superseded,
       coalesce(c.rows_current, 0)::INTEGER AS rows_current
FROM uploads u
LEFT JOIN (SELECT upload_id, count(*) AS rows_current FROM v_current_forecasts GROUP BY upload_id) c USING (upload_id);

-- How bad a status is, for comparing rounds: achieved 0, on_track 1, at_risk 2, will_not_be_met 3; not_assessed NULL.
CREATE OR REPLACE MACRO status_severity(status) AS
    CASE status WHEN 'achieved' THEN 0 WHEN 'on_track' THEN 1 WHEN 'at_risk' THEN 2 WHEN 'will_not_be_met' THEN 3 END;
