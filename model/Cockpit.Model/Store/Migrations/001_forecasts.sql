-- 001: forecast reports.
-- The store is append-only: every upload keeps every row it brought, and the views decide what is current.
-- The two large tables carry no index: (upload_id, metric_id[, round]) is unique by construction (the reader
-- refuses colliding metrics, an upload is written once), and an index would hold every row ever loaded in memory.

-- One row per workbook loaded (or refused nothing: refused loads write no row at all).
CREATE TABLE uploads (
    upload_id   INTEGER PRIMARY KEY,       -- 1, 2, 3 ... in load order; a later upload wins
    file_name   VARCHAR NOT NULL,          -- the name it was uploaded under, without folders
    sha256      VARCHAR NOT NULL UNIQUE,   -- hex SHA-256 of the file's bytes: the same file loads once
    kind        VARCHAR NOT NULL,          -- 'forecast'
    uploaded_at TIMESTAMPTZ NOT NULL,
    uploaded_by VARCHAR NOT NULL,
    rows        INTEGER NOT NULL           -- forecast cells (metric x round) it brought
);

-- Identity of a binding goal across rounds and uploads: its code if the workbook has one,
-- else its text lower-cased with whitespace collapsed.
CREATE TABLE goals (
    goal_id  INTEGER PRIMARY KEY,
    goal_key VARCHAR NOT NULL UNIQUE,
    code     VARCHAR
);

-- Identity of a metric: its code, else its goal's key and its own normalised text.
CREATE TABLE metrics (
    metric_id  INTEGER PRIMARY KEY,
    metric_key VARCHAR NOT NULL UNIQUE,
    code       VARCHAR
);

-- Every metric row of every upload as it was read: texts, where it stood, and every extra column.
CREATE TABLE metric_rows (
    upload_id  INTEGER NOT NULL,
    metric_id  INTEGER NOT NULL,
    goal_id    INTEGER NOT NULL,
    sheet      VARCHAR NOT NULL,
    row_number INTEGER NOT NULL,
    theme      VARCHAR NOT NULL,
    goal       VARCHAR NOT NULL,
    metric     VARCHAR NOT NULL,
    linkage    VARCHAR NOT NULL,           -- links to city-wide programmes, '; '-separated
    extras     JSON NOT NULL               -- {"header": "value"} of the columns Cockpit does not interpret
);

-- Every forecast cell of every upload (metric x round), with the status derived from its text.
CREATE TABLE forecast_entries (
    upload_id     INTEGER NOT NULL,
    metric_id     INTEGER NOT NULL,
    round_year    SMALLINT NOT NULL,
    round_no      TINYINT NOT NULL,
    forecast_text VARCHAR NOT NULL,        -- '' when the round's cell was empty
    status        VARCHAR NOT NULL,        -- achieved | on_track | at_risk | will_not_be_met | not_assessed
    rule          VARCHAR NOT NULL,        -- the classifier rule that decided
    evidence      VARCHAR NOT NULL,        -- the sentence and phrase that decided
    confidence    DOUBLE NOT NULL,
    sheet         VARCHAR NOT NULL,
    cell          VARCHAR NOT NULL         -- A1 address of the forecast cell
);

-- A controller's status for a metric and round, set by hand with a reason. It holds while the forecast text it
-- was set for stays the same: an upload that changes the text drops it (dropped_*), and it is never deleted.
CREATE SEQUENCE status_override_ids START 1;
CREATE TABLE status_overrides (
    override_id       INTEGER PRIMARY KEY DEFAULT nextval('status_override_ids'),
    metric_id         INTEGER NOT NULL,
    round_year        SMALLINT NOT NULL,
    round_no          TINYINT NOT NULL,
    status            VARCHAR NOT NULL,    -- the status the controller set
    reason            VARCHAR NOT NULL,
    forecast_text     VARCHAR NOT NULL,    -- the text it was set for
    set_by            VARCHAR NOT NULL,
    set_at            TIMESTAMPTZ NOT NULL,
    ended_at          TIMESTAMPTZ,         -- when it stopped holding, if it has
    ended_by          VARCHAR,             -- who removed it, or 'upload N' when a new text dropped it
    ended_reason      VARCHAR
);
