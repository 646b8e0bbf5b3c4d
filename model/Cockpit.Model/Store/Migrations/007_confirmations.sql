-- 007: a controller's confirmation that the status derived from a forecast text is right. Kept like overrides: who and
-- when, append-only; it holds for the text it was given for, and an upload that changes the text ends it (ended_*).
CREATE SEQUENCE status_confirmation_ids START 1;
CREATE TABLE status_confirmations (
    confirmation_id INTEGER PRIMARY KEY DEFAULT nextval('status_confirmation_ids'),
    metric_id       INTEGER NOT NULL,
    round_year      SMALLINT NOT NULL,
    round_no        TINYINT NOT NULL,
    status          VARCHAR NOT NULL,      -- the derived status that was confirmed
    forecast_text   VARCHAR NOT NULL,      -- the text it was confirmed for
    confirmed_by    VARCHAR NOT NULL,
    confirmed_at    TIMESTAMPTZ NOT NULL,
    ended_at        TIMESTAMPTZ,
    ended_by        VARCHAR,               -- 'upload N' when a new text ended it
    ended_reason    VARCHAR
);

CREATE OR REPLACE VIEW v_status_confirmations AS
SELECT c.confirmation_id, printf('%d/%d', c.round_no, c.round_year) AS round, c.round_year, c.round_no, c.metric_id,
       c.status, c.forecast_text, c.confirmed_by, c.confirmed_at, c.ended_at IS NULL AS active, c.ended_at, c.ended_by, c.ended_reason
FROM status_confirmations c;

COMMENT ON VIEW v_status_confirmations IS 'fi: Kaikki controllerien vahvistukset tekstistä päätellyille tiloille, myös päättyneet | en: Every confirmation by a controller that a derived status is right, ended ones too';
COMMENT ON COLUMN v_status_confirmations.confirmation_id IS 'fi: Vahvistuksen tunniste, vahvistusjärjestyksessä | en: Id of the confirmation, in the order they were given';
COMMENT ON COLUMN v_status_confirmations.round IS 'fi: Ennustekierros tekstinä N/VVVV, esim. 2/2020 | en: Reporting round as text N/YYYY, e.g. 2/2020';
COMMENT ON COLUMN v_status_confirmations.round_year IS 'fi: Ennustekierroksen vuosi | en: Year of the reporting round';
COMMENT ON COLUMN v_status_confirmations.round_no IS 'fi: Ennustekierroksen numero vuoden sisällä, 1–3 | en: Number of the reporting round within the year, 1–3';
COMMENT ON COLUMN v_status_confirmations.metric_id IS 'fi: Mittarin pysyvä tunniste (kuten v_forecasts.metric_id) | en: Stable id of the metric (as v_forecasts.metric_id)';
COMMENT ON COLUMN v_status_confirmations.status IS 'fi: Vahvistettu tila | en: The status confirmed';
COMMENT ON COLUMN v_status_confirmations.forecast_text IS 'fi: Ennusteteksti, jolle tila vahvistettiin; uusi teksti päättää vahvistuksen | en: Forecast text the status was confirmed for; a new text ends the confirmation';
COMMENT ON COLUMN v_status_confirmations.confirmed_by IS 'fi: Kuka vahvisti | en: Who confirmed it';
COMMENT ON COLUMN v_status_confirmations.confirmed_at IS 'fi: Milloin vahvistettiin (aikaleima aikavyöhykkeellä) | en: When it was confirmed (timestamp with time zone)';
COMMENT ON COLUMN v_status_confirmations.active IS 'fi: true, jos vahvistus ei ole päättynyt | en: true when the confirmation has not ended';
COMMENT ON COLUMN v_status_confirmations.ended_at IS 'fi: Milloin vahvistus päättyi; NULL jos voimassa | en: When the confirmation ended; NULL while it holds';
COMMENT ON COLUMN v_status_confirmations.ended_by IS 'fi: ''upload N'' kun lataus N muutti tekstin; NULL jos voimassa | en: ''upload N'' when upload N changed the text; NULL while it holds';
COMMENT ON COLUMN v_status_confirmations.ended_reason IS 'fi: Päättymisen syy; NULL jos voimassa | en: Why it ended; NULL while it holds';
