-- 0003: the persisted linking index.
-- Each occurrence is filed under a few keys (hashes of pairs of its most distinctive words);
-- linking a new occurrence looks up only its own keys, never all claims.

CREATE TABLE link_keys (
    key           INTEGER NOT NULL,
    occurrence_id INTEGER NOT NULL REFERENCES occurrences (id),
    PRIMARY KEY (key, occurrence_id)
) WITHOUT ROWID;

-- Pairs of occurrences judged to make the same statement (a < b), with their similarity.
-- Claims are the clusters these edges form under the chaining guard (see src/store/links.rs).
CREATE TABLE link_edges (
    a     INTEGER NOT NULL REFERENCES occurrences (id),
    b     INTEGER NOT NULL REFERENCES occurrences (id),
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX link_edges_b ON link_edges (b);
