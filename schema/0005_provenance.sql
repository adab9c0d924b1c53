-- 0005: provenance of what was collected.
--
-- Raw bytes as collected (an HTML page, a WARC response body), content-addressed beside the
-- text that was extracted from them, and page metadata that has no other home.
CREATE TABLE raw_blobs (
    sha256     TEXT PRIMARY KEY,      -- lower-case hex sha256 of `bytes`
    media_type TEXT NOT NULL,         -- e.g. text/html
    bytes      BLOB NOT NULL,
    size       INTEGER NOT NULL
);
ALTER TABLE versions ADD COLUMN raw_sha256 TEXT REFERENCES raw_blobs (sha256);
ALTER TABLE versions ADD COLUMN fetched_at TEXT;   -- UTC, RFC 3339: when a URL was fetched
ALTER TABLE versions ADD COLUMN author TEXT;
ALTER TABLE versions ADD COLUMN modified TEXT;     -- the page's dateModified, as given

-- The tamper-evident ingest log: one entry per stored version, each holding the hash of the
-- entry before it, like a transparency log. `entry_hash` is the sha256 of the JSON array
-- [seq, prev_hash, article_ident, article_id, version, sha256, raw_sha256, added_at, source]
-- (src/store/log.rs). Existing versions are entered by the migration, in id order.
CREATE TABLE ingest_log (
    seq           INTEGER PRIMARY KEY,            -- 1, 2, ... without gaps
    prev_hash     TEXT NOT NULL,                  -- entry_hash of seq - 1; 64 zeros for seq 1
    version_id    INTEGER NOT NULL UNIQUE REFERENCES versions (id),
    article_ident TEXT NOT NULL,
    article_id    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    raw_sha256    TEXT,
    added_at      TEXT NOT NULL,
    source        TEXT NOT NULL,
    entry_hash    TEXT NOT NULL
);
