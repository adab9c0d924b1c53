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
