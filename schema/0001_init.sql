-- 0001: the content-addressed article store.
-- Texts are stored once per sha256 (of the normalised text) as plain TEXT.

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,          -- lower-case hex sha256 of `text` (UTF-8)
    text   TEXT NOT NULL,             -- the normalised article text
    size   INTEGER NOT NULL           -- length of `text` in bytes
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    ident      TEXT NOT NULL UNIQUE,  -- canonical url, or id:KEY / file:PATH / record:OUTLET|TITLE
    url        TEXT,                  -- canonical url when known
    outlet     TEXT,
    title      TEXT,
    created_at TEXT NOT NULL          -- UTC, RFC 3339
);
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);

CREATE TABLE versions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    version    INTEGER NOT NULL,      -- 1, 2, ... without gaps
    sha256     TEXT NOT NULL REFERENCES blobs (sha256),
    title      TEXT,
    outlet     TEXT,
    published  TEXT,                  -- ISO 8601 as given (date or date-time), when known
    added_at   TEXT NOT NULL,         -- UTC, RFC 3339
    source     TEXT NOT NULL,         -- the input it came from (path, path:line, stdin)
    UNIQUE (article_id, version),
    UNIQUE (article_id, sha256)
);
CREATE INDEX versions_sha256 ON versions (sha256);
