-- 0003: the persisted linking index.
-- Each occurrence is filed under a few keys (hashes of pairs of its most distinctive words);
-- linking a new occurrence looks up only its own keys, never all claims.

CREATE TABLE link_keys (
    key           INTEGER NOT NULL,
    occurrence_id INTEGER NOT NULL REFERENCES occurrences (id),
    PRIMARY KEY (key, occurrence_id)
) WITHOUT ROWID;
