-- 004: every upload's original file, and the audit trail of every attempt, refused ones included.

-- The bytes of every loaded workbook, as received: GET /api/uploads/{id}/file gives them back.
CREATE TABLE upload_files (
    upload_id INTEGER PRIMARY KEY,
    content   BLOB NOT NULL
);

-- Every attempt to load a workbook over HTTP or the command line: who, when, what, and how it ended.
CREATE SEQUENCE upload_attempt_ids START 1;
CREATE TABLE upload_attempts (
    attempt_id   INTEGER PRIMARY KEY DEFAULT nextval('upload_attempt_ids'),
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR,                 -- NULL when the file was refused before it was read (too large, bad name)
    kind         VARCHAR,
    attempted_at TIMESTAMPTZ NOT NULL,
    attempted_by VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,        -- loaded | validated | already_loaded | refused | too_large | bad_name
    upload_id    INTEGER,                 -- the upload it made (loaded) or matched (already_loaded)
    problems     INTEGER NOT NULL,
    detail       VARCHAR NOT NULL         -- the first problem, or what was loaded
);

-- The audit trail: attempts with what became of their uploads.
CREATE OR REPLACE VIEW v_upload_attempts AS
SELECT a.attempt_id, a.attempted_at, a.attempted_by, a.file_name, a.sha256, a.kind, a.outcome, a.problems, a.detail,
       a.upload_id, u.rows, u.superseded
FROM upload_attempts a
LEFT JOIN v_uploads u USING (upload_id);
