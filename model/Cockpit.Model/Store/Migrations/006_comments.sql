-- 006: the analyst views documented in the database itself, every view and every column, 'fi: ... | en: ...'.
-- GET /api/schema reads them back from duckdb_views() and duckdb_columns(); a test fails for any analyst view or
-- column without both texts. CREATE OR REPLACE VIEW drops a view's comments (DuckDB 1.5): a migration that
-- replaces a view must comment it again, all of it.

COMMENT ON VIEW v_forecasts IS 'fi: Voimassa olevat ennusteet: mittari × ennustekierros, tila käsin asetettuna jos asetus on voimassa, muuten tekstistä päätelty | en: The forecasts in force: metric × reporting round, the status set by hand where an override holds, else the one derived from the text';
COMMENT ON COLUMN v_forecasts.theme IS 'fi: Teema, jonka alla sitova tavoite on | en: Theme the binding goal belongs to';
COMMENT ON COLUMN v_forecasts.goal IS 'fi: Sitovan toiminnan tavoitteen teksti | en: Text of the binding goal';
COMMENT ON COLUMN v_forecasts.metric IS 'fi: Mittarin teksti | en: Text of the metric';
COMMENT ON COLUMN v_forecasts.round IS 'fi: Ennustekierros tekstinä N/VVVV, esim. 2/2020 (N = 1–3) | en: Reporting round as text N/YYYY, e.g. 2/2020 (N = 1–3)';
COMMENT ON COLUMN v_forecasts.round_year IS 'fi: Ennustekierroksen vuosi, esim. 2020 | en: Year of the reporting round, e.g. 2020';
COMMENT ON COLUMN v_forecasts.round_no IS 'fi: Ennustekierroksen numero vuoden sisällä, 1–3 | en: Number of the reporting round within the year, 1–3';
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
COMMENT ON COLUMN v_forecast_history.round IS 'fi: Ennustekierros tekstinä N/VVVV, esim. 2/2020 (N = 1–3) | en: Reporting round as text N/YYYY, e.g. 2/2020 (N = 1–3)';
COMMENT ON COLUMN v_forecast_history.round_year IS 'fi: Ennustekierroksen vuosi, esim. 2020 | en: Year of the reporting round, e.g. 2020';
COMMENT ON COLUMN v_forecast_history.round_no IS 'fi: Ennustekierroksen numero vuoden sisällä, 1–3 | en: Number of the reporting round within the year, 1–3';
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

COMMENT ON VIEW v_status_overrides IS 'fi: Kaikki koskaan käsin asetetut tilat, myös päättyneet | en: Every status ever set by hand, ended ones too';
COMMENT ON COLUMN v_status_overrides.override_id IS 'fi: Käsin asetuksen tunniste, asetusjärjestyksessä | en: Id of the override, in the order they were set';
COMMENT ON COLUMN v_status_overrides.goal IS 'fi: Sitovan tavoitteen teksti viimeisimmän ennusteraportin mukaan | en: Text of the binding goal as the latest forecast report wrote it';
COMMENT ON COLUMN v_status_overrides.metric IS 'fi: Mittarin teksti viimeisimmän ennusteraportin mukaan | en: Text of the metric as the latest forecast report wrote it';
COMMENT ON COLUMN v_status_overrides.round IS 'fi: Ennustekierros tekstinä N/VVVV, esim. 2/2020 | en: Reporting round as text N/YYYY, e.g. 2/2020';
COMMENT ON COLUMN v_status_overrides.round_year IS 'fi: Ennustekierroksen vuosi | en: Year of the reporting round';
COMMENT ON COLUMN v_status_overrides.round_no IS 'fi: Ennustekierroksen numero vuoden sisällä, 1–3 | en: Number of the reporting round within the year, 1–3';
COMMENT ON COLUMN v_status_overrides.status IS 'fi: Käsin asetettu tila: achieved | on_track | at_risk | will_not_be_met | not_assessed | en: Status set by hand: achieved | on_track | at_risk | will_not_be_met | not_assessed';
COMMENT ON COLUMN v_status_overrides.reason IS 'fi: Asettajan perustelu | en: Reason the controller gave';
COMMENT ON COLUMN v_status_overrides.forecast_text IS 'fi: Ennusteteksti, jolle tila asetettiin; uusi teksti päättää asetuksen | en: Forecast text the status was set for; a new text ends the override';
COMMENT ON COLUMN v_status_overrides.set_by IS 'fi: Kuka asetti (API-avaimen nimi tai käyttäjä) | en: Who set it (API key name or user)';
COMMENT ON COLUMN v_status_overrides.set_at IS 'fi: Milloin asetettiin (aikaleima aikavyöhykkeellä) | en: When it was set (timestamp with time zone)';
COMMENT ON COLUMN v_status_overrides.active IS 'fi: true, jos asetus ei ole päättynyt | en: true when the override has not ended';
COMMENT ON COLUMN v_status_overrides.ended_at IS 'fi: Milloin asetus päättyi; NULL jos voimassa | en: When the override ended; NULL while it holds';
COMMENT ON COLUMN v_status_overrides.ended_by IS 'fi: Kuka poisti asetuksen, tai ''upload N'' kun lataus N muutti tekstin; NULL jos voimassa | en: Who removed it, or ''upload N'' when upload N changed the text; NULL while it holds';
COMMENT ON COLUMN v_status_overrides.ended_reason IS 'fi: Päättymisen syy; NULL jos voimassa | en: Why it ended; NULL while it holds';
COMMENT ON COLUMN v_status_overrides.metric_id IS 'fi: Mittarin pysyvä tunniste (kuten v_forecasts.metric_id) | en: Stable id of the metric (as v_forecasts.metric_id)';

COMMENT ON VIEW v_uploads IS 'fi: Kaikki ladatut työkirjat, ennuste- ja kuukausiraportit, ja ovatko myöhemmät lataukset korvanneet ne kokonaan | en: Every workbook loaded, forecast or monthly, and whether later uploads have replaced all of it';
COMMENT ON COLUMN v_uploads.upload_id IS 'fi: Latauksen tunniste 1, 2, 3 … latausjärjestyksessä; myöhempi voittaa | en: Upload id 1, 2, 3 … in load order; a later upload wins';
COMMENT ON COLUMN v_uploads.file_name IS 'fi: Tiedoston nimi ladattaessa, ilman kansioita | en: File name it was uploaded under, without folders';
COMMENT ON COLUMN v_uploads.sha256 IS 'fi: Tiedoston tavujen SHA-256 heksana; sama tiedosto ladataan vain kerran | en: Hex SHA-256 of the file bytes; the same file loads only once';
COMMENT ON COLUMN v_uploads.kind IS 'fi: Raportin laji: forecast (ennusteraportti) tai monthly (kuukausiraportti) | en: Kind of report: forecast or monthly';
COMMENT ON COLUMN v_uploads.uploaded_at IS 'fi: Latausaika (aikaleima aikavyöhykkeellä) | en: When it was loaded (timestamp with time zone)';
COMMENT ON COLUMN v_uploads.uploaded_by IS 'fi: Lataaja (API-avaimen nimi tai käyttäjä) | en: Who loaded it (API key name or user)';
COMMENT ON COLUMN v_uploads.rows IS 'fi: Latauksen tuomat rivit: ennustesolut tai mittariarvot ja talousrivit | en: Rows it brought: forecast cells, or metric values and budget rows';
COMMENT ON COLUMN v_uploads.superseded IS 'fi: true, jos myöhemmät lataukset ovat korvanneet kaikki sen rivit | en: true when later uploads have replaced all of its rows';
COMMENT ON COLUMN v_uploads.rows_current IS 'fi: Sen rivit, jotka ovat yhä voimassa | en: Its rows still in force';

COMMENT ON VIEW v_metric_values IS 'fi: Voimassa olevat mittariarvot: mittari × kuukausi, kunkin kuukauden viimeisimmästä sen arvoja tuoneesta latauksesta | en: Metric values in force: metric × month, each month from the latest upload that reported metric values for it';
COMMENT ON COLUMN v_metric_values.metric IS 'fi: Mittarin teksti viimeisimmän ennusteraportin mukaan; NULL jos ei ennusteraporttia | en: Text of the metric as the latest forecast report wrote it; NULL without one';
COMMENT ON COLUMN v_metric_values.goal IS 'fi: Sitovan tavoitteen teksti viimeisimmän ennusteraportin mukaan | en: Text of the binding goal as the latest forecast report wrote it';
COMMENT ON COLUMN v_metric_values.month IS 'fi: Kuukausi päivämääränä, kuun ensimmäinen päivä (2020-04-01 = huhtikuu 2020) | en: Month as a date, its first day (2020-04-01 = April 2020)';
COMMENT ON COLUMN v_metric_values.actual IS 'fi: Toteuma yksikössä unit | en: Actual value, in unit';
COMMENT ON COLUMN v_metric_values.target IS 'fi: Tavoite yksikössä unit; NULL jos työkirja ei antanut | en: Target value, in unit; NULL when the workbook gave none';
COMMENT ON COLUMN v_metric_values.unit IS 'fi: Yksikkö kuten kirjoitettu: %, kpl, € …; tyhjä jos ei ole | en: Unit as written: %, kpl (count), € …; empty when none';
COMMENT ON COLUMN v_metric_values.comment IS 'fi: Raportoijan kommentti; tyhjä jos ei ole | en: The controller''s comment; empty when none';
COMMENT ON COLUMN v_metric_values.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta arvo on | en: Id of the upload (v_uploads) the value came from';
COMMENT ON COLUMN v_metric_values.metric_id IS 'fi: Mittarin pysyvä tunniste (kuten v_forecasts.metric_id), johon arvo yhdistettiin | en: Stable id of the metric (as v_forecasts.metric_id) the value was matched to';
COMMENT ON COLUMN v_metric_values.sheet IS 'fi: Työkirjan välilehti (Mittarit) | en: Worksheet of the workbook (Mittarit)';
COMMENT ON COLUMN v_metric_values.cell IS 'fi: Toteuma-solun osoite A1-muodossa | en: A1 address of the Toteuma (actual) cell';
COMMENT ON COLUMN v_metric_values.metric_as_written IS 'fi: Mittari-solu sellaisena kuin raportoija sen kirjoitti | en: The Mittari (metric) cell as the controller wrote it';

COMMENT ON VIEW v_metric_value_history IS 'fi: Kaikki koskaan ladatut mittariarvot, myös korvatut | en: Every metric value ever loaded, replaced ones too';
COMMENT ON COLUMN v_metric_value_history.metric IS 'fi: Mittarin teksti viimeisimmän ennusteraportin mukaan; NULL jos ei ennusteraporttia | en: Text of the metric as the latest forecast report wrote it; NULL without one';
COMMENT ON COLUMN v_metric_value_history.goal IS 'fi: Sitovan tavoitteen teksti viimeisimmän ennusteraportin mukaan | en: Text of the binding goal as the latest forecast report wrote it';
COMMENT ON COLUMN v_metric_value_history.month IS 'fi: Kuukausi päivämääränä, kuun ensimmäinen päivä (2020-04-01 = huhtikuu 2020) | en: Month as a date, its first day (2020-04-01 = April 2020)';
COMMENT ON COLUMN v_metric_value_history.actual IS 'fi: Toteuma yksikössä unit | en: Actual value, in unit';
COMMENT ON COLUMN v_metric_value_history.target IS 'fi: Tavoite yksikössä unit; NULL jos työkirja ei antanut | en: Target value, in unit; NULL when the workbook gave none';
COMMENT ON COLUMN v_metric_value_history.unit IS 'fi: Yksikkö kuten kirjoitettu: %, kpl, € …; tyhjä jos ei ole | en: Unit as written: %, kpl (count), € …; empty when none';
COMMENT ON COLUMN v_metric_value_history.comment IS 'fi: Raportoijan kommentti; tyhjä jos ei ole | en: The controller''s comment; empty when none';
COMMENT ON COLUMN v_metric_value_history.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta arvo on | en: Id of the upload (v_uploads) the value came from';
COMMENT ON COLUMN v_metric_value_history.metric_id IS 'fi: Mittarin pysyvä tunniste (kuten v_forecasts.metric_id), johon arvo yhdistettiin | en: Stable id of the metric (as v_forecasts.metric_id) the value was matched to';
COMMENT ON COLUMN v_metric_value_history.sheet IS 'fi: Työkirjan välilehti (Mittarit) | en: Worksheet of the workbook (Mittarit)';
COMMENT ON COLUMN v_metric_value_history.cell IS 'fi: Toteuma-solun osoite A1-muodossa | en: A1 address of the Toteuma (actual) cell';
COMMENT ON COLUMN v_metric_value_history.metric_as_written IS 'fi: Mittari-solu sellaisena kuin raportoija sen kirjoitti | en: The Mittari (metric) cell as the controller wrote it';

COMMENT ON VIEW v_budget IS 'fi: Voimassa oleva talouden toteuma: palvelukokonaisuus × kuukausi, tuhansina euroina (k€), kunkin kuukauden viimeisimmästä latauksesta | en: Budget realisation in force: service entity × month, thousands of euros (k€), each month from the latest upload that reported it';
COMMENT ON COLUMN v_budget.service_entity IS 'fi: Palvelukokonaisuus: Kulttuuri | Liikunta | Nuoriso | Kaupunginkirjasto | Hallinto | en: Service entity: Kulttuuri (culture) | Liikunta (sports) | Nuoriso (youth) | Kaupunginkirjasto (city library) | Hallinto (administration)';
COMMENT ON COLUMN v_budget.month IS 'fi: Raportin kuukausi päivämääränä, kuun ensimmäinen päivä | en: Month of the report as a date, its first day';
COMMENT ON COLUMN v_budget.budget IS 'fi: Vuoden talousarvio, k€ | en: Annual budget (talousarvio), k€';
COMMENT ON COLUMN v_budget.actual IS 'fi: Toteuma vuoden alusta kuukauden loppuun, k€ | en: Actual, year to date to the end of the month (toteuma), k€';
COMMENT ON COLUMN v_budget.forecast IS 'fi: Ennuste koko vuodelle, k€; NULL jos ei annettu | en: Forecast for the whole year (ennuste), k€; NULL when none';
COMMENT ON COLUMN v_budget.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta rivi on | en: Id of the upload (v_uploads) the row came from';
COMMENT ON COLUMN v_budget.sheet IS 'fi: Työkirjan välilehti (Talous) | en: Worksheet of the workbook (Talous)';
COMMENT ON COLUMN v_budget.cell IS 'fi: Toteuma-solun osoite A1-muodossa | en: A1 address of the Toteuma (actual) cell';

COMMENT ON VIEW v_budget_history IS 'fi: Kaikki koskaan ladatut talousrivit, myös korvatut, tuhansina euroina (k€) | en: Every budget row ever loaded, replaced ones too, thousands of euros (k€)';
COMMENT ON COLUMN v_budget_history.service_entity IS 'fi: Palvelukokonaisuus: Kulttuuri | Liikunta | Nuoriso | Kaupunginkirjasto | Hallinto | en: Service entity: Kulttuuri (culture) | Liikunta (sports) | Nuoriso (youth) | Kaupunginkirjasto (city library) | Hallinto (administration)';
COMMENT ON COLUMN v_budget_history.month IS 'fi: Raportin kuukausi päivämääränä, kuun ensimmäinen päivä | en: Month of the report as a date, its first day';
COMMENT ON COLUMN v_budget_history.budget IS 'fi: Vuoden talousarvio, k€ | en: Annual budget (talousarvio), k€';
COMMENT ON COLUMN v_budget_history.actual IS 'fi: Toteuma vuoden alusta kuukauden loppuun, k€ | en: Actual, year to date to the end of the month (toteuma), k€';
COMMENT ON COLUMN v_budget_history.forecast IS 'fi: Ennuste koko vuodelle, k€; NULL jos ei annettu | en: Forecast for the whole year (ennuste), k€; NULL when none';
COMMENT ON COLUMN v_budget_history.upload_id IS 'fi: Latauksen tunniste (v_uploads), josta rivi on | en: Id of the upload (v_uploads) the row came from';
COMMENT ON COLUMN v_budget_history.sheet IS 'fi: Työkirjan välilehti (Talous) | en: Worksheet of the workbook (Talous)';
COMMENT ON COLUMN v_budget_history.cell IS 'fi: Toteuma-solun osoite A1-muodossa | en: A1 address of the Toteuma (actual) cell';
