-- 008: what the SQL workbench (/sql) keeps for analysts. Numbered 008, not 007: another branch holds 007.
-- Saved queries: a name and a statement any analyst can open by its link (/sql?saved=ID).
CREATE SEQUENCE saved_query_ids START 1;
CREATE TABLE saved_queries (
    saved_id   BIGINT PRIMARY KEY DEFAULT nextval('saved_query_ids'),
    name       VARCHAR NOT NULL,
    sql        VARCHAR NOT NULL,
    saved_by   VARCHAR NOT NULL,     -- the person or key that saved it
    saved_at   TIMESTAMPTZ NOT NULL
);

-- The text behind each query-log hash, so that a person's own history (GET /api/sql/history) can be run again.
-- The log itself keeps the hash: the admins' view of it (GET /api/sql/log) shows no analyst's statement.
CREATE TABLE sql_texts (
    sha256 VARCHAR PRIMARY KEY,
    sql    VARCHAR NOT NULL
);
