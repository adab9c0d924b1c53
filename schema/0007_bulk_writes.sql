-- 0007: bulk writes.
--
-- The linking index is written in bulk. A writer keeps the postings of the occurrences it
-- links in memory and writes them to `link_keys` in key order when its memory is full and when
-- it finishes (src/store/keyindex.rs), instead of one random B-tree insert per key per
-- occurrence. Occurrences with an id above the high-water mark are not in `link_keys` yet (a
-- writer was killed before writing them); the next writer files them from their fingerprints.
CREATE TABLE link_high_water (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL
);
INSERT INTO link_high_water (id, last_id) VALUES (1, coalesce((SELECT max(id) FROM occurrences), 0));

-- A person's surname (the last word of the match key), so that a surname alone ("Lee said")
-- finds the one person it names through an index instead of a scan of every actor.
ALTER TABLE actors ADD COLUMN surname TEXT;
UPDATE actors SET surname = substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1)
    WHERE kind = 'person' AND instr(key, ' ') > 0;
CREATE INDEX actors_surname ON actors (surname) WHERE surname IS NOT NULL;

-- Index keys are 31-bit (the top bits of the former 64-bit hash), which SQLite stores in 4
-- bytes instead of 8; the stored keys are converted the same way. `short` marks a posting of a
-- short occurrence (src/store/links.rs, `is_short`: it may be linked through one shared key),
-- so that a lookup need not read the occurrence to know; NULL for postings stored before.
CREATE TABLE link_keys_31 (
    key           INTEGER NOT NULL,
    occurrence_id INTEGER NOT NULL REFERENCES occurrences (id),
    short         INTEGER,
    PRIMARY KEY (key, occurrence_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO link_keys_31 (key, occurrence_id)
    SELECT (key >> 33) & 2147483647, occurrence_id FROM link_keys ORDER BY 1, 2;
DROP TABLE link_keys;
ALTER TABLE link_keys_31 RENAME TO link_keys;

-- Re-clustering reads edges by their first occurrence only.
DROP INDEX link_edges_b;

-- An occurrence's content that is a run of its sentence is stored as its place in the version's
-- text (in characters), with `content` left empty, instead of a copy (src/store/text.rs). The
-- view gives every occurrence's content; it needs claimtrail's `ct_substr` (registered on its
-- connections), as texts are deflated.
ALTER TABLE occurrences ADD COLUMN content_start INTEGER;
ALTER TABLE occurrences ADD COLUMN content_len INTEGER;
CREATE VIEW occurrence_texts AS
    SELECT o.id AS id,
        CASE WHEN o.content_len IS NULL THEN o.content ELSE (
            SELECT ct_substr(b.text, o.content_start + 1, o.content_len)
            FROM versions v JOIN blobs b ON b.sha256 = v.sha256 WHERE v.id = o.version_id)
        END AS content
    FROM occurrences o;

-- The full-text index reads contents through the view, and keeps which occurrences hold a
-- word, not where in them: `claims --grep` asks for words, all required, never for phrases or
-- ranking (about half the index's size). claimtrail fills it at each commit
-- (src/store/mod.rs, `sync_fts`) and never deletes occurrences, so the delete trigger goes (an
-- entry left behind by a deletion elsewhere matches no occurrence in `claims --grep`, which
-- joins on them; `INSERT INTO occurrences_fts (occurrences_fts) VALUES ('rebuild')`, run with
-- claimtrail's functions, rebuilds the index).
DROP TRIGGER occurrences_fts_ad;
DROP TABLE occurrences_fts;
CREATE VIRTUAL TABLE occurrences_fts USING fts5 (
    content, content = 'occurrence_texts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', detail = column, columnsize = 0
);
INSERT INTO occurrences_fts (occurrences_fts) VALUES ('rebuild');
UPDATE fts_high_water SET last_id = coalesce((SELECT max(id) FROM occurrences), 0) WHERE id = 1;

-- The per-actor counts of 0006 are kept by the writer, summed per transaction
-- (src/store/actor_cache.rs), instead of by triggers on every occurrence.
DROP TRIGGER occurrences_actor_ai;
DROP TRIGGER occurrences_actor_au;

-- A Bloom filter of the keys in `link_keys` (src/store/keyindex.rs), kept by the writers, so
-- that a writer adding to a large database does not look up keys that are not there. Built
-- from `link_keys` when missing.
CREATE TABLE link_bloom (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    bits BLOB NOT NULL,               -- bit i is bit i % 8 of byte i / 8; a power of two of bytes
    keys INTEGER NOT NULL             -- distinct keys added (for its capacity)
);
