-- 0004: the full-text index of occurrences is filled once per transaction, just before the
-- commit (src/store/mod.rs, `Store::commit`), instead of by a trigger on every insert: FTS5
-- flushes its pending terms at every savepoint, and `add` takes one savepoint per article.
DROP TRIGGER occurrences_fts_ai;

-- The rowid up to which occurrences are in the full-text index.
CREATE TABLE fts_high_water (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL
);
INSERT INTO fts_high_water (id, last_id) VALUES (1, coalesce((SELECT max(id) FROM occurrences), 0));
