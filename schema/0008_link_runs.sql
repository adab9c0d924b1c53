-- 0008: the linking index as sorted runs of postings (src/store/keystore.rs).
--
-- `link_keys` held one B-tree row per posting; writing a writer's postings into it was a fifth
-- of `add`. A run is what a writer writes at once: its postings sorted by key, cut into blocks
-- of fixed-width entries that never split a key, with a Bloom filter of its keys (`bloom`).
-- An entry is 4 bytes of key, then 4 holding the occurrence id shifted left by one with the
-- low bit set for a short occurrence, big-endian. Runs are merged by size. A block's id is its
-- run's id times 2^32 plus its first key (keys are 31-bit), so that the block of a key in a
-- run is one rowid seek away; a rowid table keeps blocks of 2 KB inside its 8 KiB pages (an
-- index B-tree would spill them to overflow pages).
CREATE TABLE link_runs (
    id       INTEGER PRIMARY KEY,
    postings INTEGER NOT NULL,
    keys     INTEGER NOT NULL,       -- distinct keys
    bloom    BLOB NOT NULL
);
CREATE TABLE link_blocks (
    id      INTEGER PRIMARY KEY,     -- run * 2^32 + first key
    entries BLOB NOT NULL
);

-- The postings are not converted here: with the mark at zero, the next writer files every
-- occurrence from its stored fingerprint and writes the runs.
DROP TABLE link_keys;
DROP TABLE link_bloom;
UPDATE link_high_water SET last_id = 0;
