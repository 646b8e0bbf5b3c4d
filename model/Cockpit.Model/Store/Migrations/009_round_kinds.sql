-- 009: the year-end outcome as a round. A year-end column (Toteuma 2020, Utfall 2020, Tilinpäätös 2020) is stored like
-- a forecast round, as round_no 4 of its year, so that everything ordered by (round_year, round_no) puts it after
-- forecast 3; round_kind says which kind a row is: 'forecast' (round_no 1–3) or 'outcome' (round_no 4). No table
-- changes: forecast_entries, status_overrides and status_confirmations already take any round_no. v_forecast_history and
-- v_forecasts gain round_kind as their last column, so they are replaced and, as 006 says, commented again whole.

CREATE OR REPLACE VIEW v_forecast_history AS
SELECT r.theme, r.goal, r.metric,
       printf('%d/%d', f.round_no, f.round_year) AS round, f.round_year, f.round_no,
       f.forecast_text, f.status, f.evidence, f.rule, f.confidence,
       f.upload_id, f.sheet, f.cell, r.goal_id, f.metric_id, r.linkage,
       CASE WHEN f.round_no = 4 THEN 'outcome' ELSE 'forecast' END AS round_kind
FROM forecast_entries f
JOIN metric_rows r USING (upload_id, metric_id);

CREATE OR REPLACE VIEW v_current_forecasts AS
WITH latest AS (
    SELECT goal_id, round_year, round_no, max(upload_id) AS upload_id
    FROM v_forecast_history
    GROUP BY goal_id, round_year, round_no
)
SELECT h.* FROM v_forecast_history h JOIN latest l USING (goal_id, round_year, round_no, upload_id);

CREATE OR REPLACE VIEW v_forecasts AS
SELECT c.theme, c.goal, c.metric, c.round, c.round_year, c.round_no, c.forecast_text,
       coalesce(o.status, c.status) AS status,
       CASE WHEN o.override_id IS NULL THEN 'derived' ELSE 'override' END AS status_source,
       c.evidence, c.rule, c.upload_id, c.sheet, c.cell,
       c.goal_id, c.metric_id, c.confidence, c.linkage,
       c.status AS derived_status, o.reason AS override_reason, o.set_by AS override_by, o.set_at AS override_at,
       c.round_kind
FROM v_current_forecasts c
LEFT JOIN v_active_overrides o USING (metric_id, round_year, round_no);

COMMENT ON VIEW v_forecasts IS 'fi: Voimassa olevat ennusteet: mittari × ennustekierros, tila käsin asetettuna jos asetus on voimassa, muuten tekstistä päätelty | en: The forecasts in force: metric × reporting round, the status set by hand where an override holds, else the one derived from the text';
COMMENT ON COLUMN v_forecasts.theme IS 'fi: Teema, jonka alla sitova tavoite on | en: Theme the binding goal belongs to';
COMMENT ON COLUMN v_forecasts.goal IS 'fi: Sitovan toiminnan tavoitteen teksti | en: Text of the binding goal';
COMMENT ON COLUMN v_forecasts.metric IS 'fi: Mittarin teksti | en: Text of the metric';
COMMENT ON COLUMN v_forecasts.round IS 'fi: Kierros tekstinä N/VVVV, esim. 2/2020: N = 1–3 ennustekierros, 4 vuoden lopun toteuma (Toteuma 2020) | en: Reporting round as text N/YYYY, e.g. 2/2020: N = 1–3 a forecast round, 4 the year-end outcome (Toteuma 2020)';
COMMENT ON COLUMN v_forecasts.round_year IS 'fi: Ennustekierroksen vuosi, esim. 2020 | en: Year of the reporting round, e.g. 2020';
COMMENT ON COLUMN v_forecasts.round_no IS 'fi: Kierroksen numero vuoden sisällä: 1–3 ennusteet, 4 vuoden lopun toteuma | en: Number of the round within the year: 1–3 the forecasts, 4 the year-end outcome';
COMMENT ON COLUMN v_forecasts.forecast_text IS 'fi: Ennusteen teksti sellaisenaan; tyhjä, jos solu oli tyhjä | en: The forecast text as written; empty when the cell was empty';
COMMENT ON COLUMN v_forecasts.status IS 'fi: Voimassa oleva tila: achieved | on_track | at_risk | will_not_be_met | not_assessed | en: Status in force: achieved | on_track | at_risk | will_not_be_met | not_assessed';
COMMENT ON COLUMN v_forecasts.status_source IS 'fi: Tilan lähde: derived (päätelty tekstistä) tai override (käsin asetettu) | en: Where the status comes from: derived (from the text) or override (set by hand)';
COMMENT ON COLUMN v_forecasts.evidence IS 'fi: Tekstistä päätellyn tilan peruste: ratkaissut ilmaus ja lause | en: What decided the derived status: the deciding phrase and its sentence';
COMMENT ON COLUMN v_forecasts.rule IS 'fi: Luokittelusääntö, joka päätti tekstistä päätellyn tilan, esim. risk.delay | en: Classifier rule that decided the derived status, e.g. risk.delay';
COMMENT ON COLUMN v_forecasts.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta rivi on | en: Id of the upload (v_uploads) the row came from';
COMMENT ON COLUMN v_forecasts.sheet IS 'fi: Työkirjan välilehti, jolla ennuste oli | en: Worksheet of the workbook the forecast was on';
COMMENT ON COLUMN v_forecasts.cell IS 'fi: Ennustesolun osoite A1-muodossa | en: A1 address of the forecast cell';
COMMENT ON COLUMN v_forecasts.goal_id IS 'fi: Sitovan tavoitteen pysyvä tunniste kierrosten ja latausten yli | en: Stable id of the binding goal across rounds and uploads';
COMMENT ON COLUMN v_forecasts.metric_id IS 'fi: Mittarin pysyvä tunniste kierrosten ja latausten yli | en: Stable id of the metric across rounds and uploads';
COMMENT ON COLUMN v_forecasts.confidence IS 'fi: Päätellyn tilan varmuus 0–1 (noin 0,9 selvälle, pienempi arvaukselle; tarkista pienet) | en: Confidence of the derived status, 0–1 (about 0.9 when clear, lower for fallbacks; review the low ones)';
COMMENT ON COLUMN v_forecasts.linkage IS 'fi: Kytkeytyminen kaupunkitason ohjelmiin, erotin ''; '' | en: Links to city-wide programmes, separated by ''; ''';
COMMENT ON COLUMN v_forecasts.derived_status IS 'fi: Tekstistä päätelty tila, vaikka käsin asetettu olisi voimassa | en: Status derived from the text, even when an override holds';
COMMENT ON COLUMN v_forecasts.override_reason IS 'fi: Käsin asetuksen perustelu; NULL ilman asetusta | en: Reason given for the override; NULL without one';
COMMENT ON COLUMN v_forecasts.override_by IS 'fi: Kuka asetti tilan käsin (API-avaimen nimi); NULL ilman asetusta | en: Who set the status by hand (API key name); NULL without an override';
COMMENT ON COLUMN v_forecasts.override_at IS 'fi: Milloin tila asetettiin käsin (aikaleima aikavyöhykkeellä); NULL ilman asetusta | en: When the status was set by hand (timestamp with time zone); NULL without an override';

COMMENT ON VIEW v_forecast_history IS 'fi: Kaikki koskaan ladatut ennustesolut, myös korvatut; tila tekstistä päätelty | en: Every forecast cell ever loaded, replaced ones too; status as derived from the text';
COMMENT ON COLUMN v_forecast_history.theme IS 'fi: Teema, jonka alla sitova tavoite on | en: Theme the binding goal belongs to';
COMMENT ON COLUMN v_forecast_history.goal IS 'fi: Sitovan toiminnan tavoitteen teksti tässä latauksessa | en: Text of the binding goal in this upload';
COMMENT ON COLUMN v_forecast_history.metric IS 'fi: Mittarin teksti tässä latauksessa | en: Text of the metric in this upload';
COMMENT ON COLUMN v_forecast_history.round IS 'fi: Kierros tekstinä N/VVVV, esim. 2/2020: N = 1–3 ennustekierros, 4 vuoden lopun toteuma (Toteuma 2020) | en: Reporting round as text N/YYYY, e.g. 2/2020: N = 1–3 a forecast round, 4 the year-end outcome (Toteuma 2020)';
COMMENT ON COLUMN v_forecast_history.round_year IS 'fi: Ennustekierroksen vuosi, esim. 2020 | en: Year of the reporting round, e.g. 2020';
COMMENT ON COLUMN v_forecast_history.round_no IS 'fi: Kierroksen numero vuoden sisällä: 1–3 ennusteet, 4 vuoden lopun toteuma | en: Number of the round within the year: 1–3 the forecasts, 4 the year-end outcome';
COMMENT ON COLUMN v_forecast_history.forecast_text IS 'fi: Ennusteen teksti sellaisenaan; tyhjä, jos solu oli tyhjä | en: The forecast text as written; empty when the cell was empty';
COMMENT ON COLUMN v_forecast_history.status IS 'fi: Tekstistä päätelty tila: achieved | on_track | at_risk | will_not_be_met | not_assessed | en: Status derived from the text: achieved | on_track | at_risk | will_not_be_met | not_assessed';
COMMENT ON COLUMN v_forecast_history.evidence IS 'fi: Tilan peruste: ratkaissut ilmaus ja lause | en: What decided the status: the deciding phrase and its sentence';
COMMENT ON COLUMN v_forecast_history.rule IS 'fi: Luokittelusääntö, joka päätti tilan, esim. risk.delay | en: Classifier rule that decided the status, e.g. risk.delay';
COMMENT ON COLUMN v_forecast_history.confidence IS 'fi: Päätellyn tilan varmuus 0–1 (noin 0,9 selvälle, pienempi arvaukselle) | en: Confidence of the derived status, 0–1 (about 0.9 when clear, lower for fallbacks)';
COMMENT ON COLUMN v_forecast_history.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta rivi on | en: Id of the upload (v_uploads) the row came from';
COMMENT ON COLUMN v_forecast_history.sheet IS 'fi: Työkirjan välilehti, jolla ennuste oli | en: Worksheet of the workbook the forecast was on';
COMMENT ON COLUMN v_forecast_history.cell IS 'fi: Ennustesolun osoite A1-muodossa | en: A1 address of the forecast cell';
COMMENT ON COLUMN v_forecast_history.goal_id IS 'fi: Sitovan tavoitteen pysyvä tunniste kierrosten ja latausten yli | en: Stable id of the binding goal across rounds and uploads';
COMMENT ON COLUMN v_forecast_history.metric_id IS 'fi: Mittarin pysyvä tunniste kierrosten ja latausten yli | en: Stable id of the metric across rounds and uploads';
COMMENT ON COLUMN v_forecast_history.linkage IS 'fi: Kytkeytyminen kaupunkitason ohjelmiin, erotin ''; '' | en: Links to city-wide programmes, separated by ''; ''';

COMMENT ON COLUMN v_forecasts.round_kind IS 'fi: Kierroksen laji: forecast (ennuste 1–3) tai outcome (vuoden lopun toteuma, round_no 4) | en: Kind of round: forecast (forecast 1–3) or outcome (the year-end outcome, round_no 4)';
COMMENT ON COLUMN v_forecast_history.round_kind IS 'fi: Kierroksen laji: forecast (ennuste 1–3) tai outcome (vuoden lopun toteuma, round_no 4) | en: Kind of round: forecast (forecast 1–3) or outcome (the year-end outcome, round_no 4)';

COMMENT ON COLUMN v_status_overrides.round IS 'fi: Kierros tekstinä N/VVVV, esim. 2/2020 (4/2020 = vuoden lopun toteuma) | en: Reporting round as text N/YYYY, e.g. 2/2020 (4/2020 = the year-end outcome)';
COMMENT ON COLUMN v_status_overrides.round_no IS 'fi: Kierroksen numero vuoden sisällä: 1–3 ennusteet, 4 vuoden lopun toteuma | en: Number of the round within the year: 1–3 the forecasts, 4 the year-end outcome';
COMMENT ON COLUMN v_status_confirmations.round IS 'fi: Kierros tekstinä N/VVVV, esim. 2/2020 (4/2020 = vuoden lopun toteuma) | en: Reporting round as text N/YYYY, e.g. 2/2020 (4/2020 = the year-end outcome)';
COMMENT ON COLUMN v_status_confirmations.round_no IS 'fi: Kierroksen numero vuoden sisällä: 1–3 ennusteet, 4 vuoden lopun toteuma | en: Number of the round within the year: 1–3 the forecasts, 4 the year-end outcome';
