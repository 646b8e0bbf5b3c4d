-- 003: monthly reports (uploads.kind = 'monthly'): metric values (sheet Mittarit) and budget realisation (sheet Talous).
-- Append-only like the forecasts: every upload keeps its rows; the views show, for each month, the latest upload that
-- reported that month, so a later workbook for April replaces April's values and the earlier one stays in the history.
-- Metric values and budget rows are replaced month by month each on their own.

-- Every metric value of every monthly upload, matched to a forecast report metric.
CREATE TABLE metric_values (
    upload_id         INTEGER NOT NULL,
    metric_id         INTEGER NOT NULL,    -- metrics.metric_id it was matched to (by code or text)
    month             DATE NOT NULL,       -- the first day of the month
    actual            DOUBLE NOT NULL,
    target            DOUBLE,              -- NULL when the workbook gave none
    unit              VARCHAR NOT NULL,    -- %, kpl, €, ... as written ('' when none)
    comment           VARCHAR NOT NULL,    -- '' when none
    metric_as_written VARCHAR NOT NULL,    -- the Mittari cell as the controller wrote it
    sheet             VARCHAR NOT NULL,
    cell              VARCHAR NOT NULL     -- A1 address of the Toteuma (actual) cell
);

-- Every budget row of every monthly upload, thousands of euros.
CREATE TABLE budget_rows (
    upload_id      INTEGER NOT NULL,
    service_entity VARCHAR NOT NULL,       -- Kulttuuri | Liikunta | Nuoriso | Kaupunginkirjasto | Hallinto
    month          DATE NOT NULL,          -- the first day of the month
    budget         DOUBLE NOT NULL,        -- annual budget (talousarvio)
    actual         DOUBLE NOT NULL,        -- actual, year to date (toteuma)
    forecast       DOUBLE,                 -- forecast for the year (ennuste); NULL when none
    sheet          VARCHAR NOT NULL,
    cell           VARCHAR NOT NULL        -- A1 address of the Toteuma (actual) cell
);

-- All metric values ever loaded, with the metric's and goal's texts as the latest forecast report wrote them.
CREATE OR REPLACE VIEW v_metric_value_history AS
SELECT r.metric, r.goal, v.month, v.actual, v.target, v.unit, v.comment, v.upload_id,
       v.metric_id, v.sheet, v.cell, v.metric_as_written
FROM metric_values v
LEFT JOIN (SELECT DISTINCT ON (metric_id) metric_id, goal, metric FROM metric_rows ORDER BY metric_id, upload_id DESC) r
    USING (metric_id);

-- The metric values in force: for each month, those of the latest upload that reported metric values for it.
CREATE OR REPLACE VIEW v_metric_values AS
WITH latest AS (SELECT month, max(upload_id) AS upload_id FROM metric_values GROUP BY month)
SELECT h.* FROM v_metric_value_history h JOIN latest l USING (month, upload_id);

-- All budget rows ever loaded.
CREATE OR REPLACE VIEW v_budget_history AS
SELECT service_entity, month, budget, actual, forecast, upload_id, sheet, cell
FROM budget_rows;

-- The budget rows in force: for each month, those of the latest upload that reported budget rows for it.
CREATE OR REPLACE VIEW v_budget AS
WITH latest AS (SELECT month, max(upload_id) AS upload_id FROM budget_rows GROUP BY month)
SELECT h.* FROM v_budget_history h JOIN latest l USING (month, upload_id);

-- Every upload, forecast or monthly, with whether later uploads have replaced all of it (columns as in 002).
CREATE OR REPLACE VIEW v_uploads AS
SELECT u.upload_id, u.file_name, u.sha256, u.kind, u.uploaded_at, u.uploaded_by, u.rows,
       u.rows > 0 AND coalesce(c.rows_current, 0) = 0 AS superseded,
       coalesce(c.rows_current, 0)::INTEGER AS rows_current
FROM uploads u
LEFT JOIN (
    SELECT upload_id, count(*) AS rows_current FROM (
        SELECT upload_id FROM v_current_forecasts
        UNION ALL SELECT upload_id FROM v_metric_values
        UNION ALL SELECT upload_id FROM v_budget)
    GROUP BY upload_id) c USING (upload_id);
