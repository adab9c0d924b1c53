-- 0009: fewer pages rewritten by every transaction: linking edges are keyed by their newer
-- occurrence, and versions are no longer indexed by text hash.
--
-- Every edge a new version makes ends at one of its own occurrences, the newest rows. Keyed by
-- the older end, as before, an insert went to that occurrence's page, anywhere in the table;
-- keyed by the newer end, inserts append. Re-clustering reads the edges among a claim's
-- occurrences from either end alike (src/store/links.rs).
CREATE TABLE link_edges_by_newer (
    a     INTEGER NOT NULL REFERENCES occurrences (id),
    b     INTEGER NOT NULL REFERENCES occurrences (id),
    score REAL NOT NULL,
    PRIMARY KEY (b, a)
) WITHOUT ROWID;
INSERT INTO link_edges_by_newer (a, b, score) SELECT a, b, score FROM link_edges ORDER BY b, a;
DROP TABLE link_edges;
ALTER TABLE link_edges_by_newer RENAME TO link_edges;

-- Versions were indexed by their text's hash for `verify` alone, which looks for texts that no
-- version uses, once, through a join that SQLite indexes for itself. Kept up to date, the
-- index cost a write to a random page per version (a text hash is random).
DROP INDEX versions_sha256;
