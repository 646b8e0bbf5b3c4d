-- 005: every analyst statement, run or refused: who, when, which (its SHA-256, not its text), how long, how many rows, how it ended.
CREATE SEQUENCE sql_log_ids START 1;
CREATE TABLE sql_log (
    log_id      BIGINT NOT NULL DEFAULT nextval('sql_log_ids'), -- no key: concurrent requests append side by side
    run_at      TIMESTAMPTZ NOT NULL,
    run_by      VARCHAR NOT NULL,     -- the API key's name, or the user on the command line
    via         VARCHAR NOT NULL,     -- api | cli
    sha256      VARCHAR NOT NULL,     -- of the statement's text as sent (UTF-8)
    duration_ms BIGINT NOT NULL,
    rows        BIGINT NOT NULL,      -- rows answered (within the cap)
    outcome     VARCHAR NOT NULL,     -- ok | truncated | refused | error | timeout
    detail      VARCHAR NOT NULL      -- the refusal or DuckDB's message; '' when it ran
);
