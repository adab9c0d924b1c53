-- 0002: actors, claims and their occurrences (one attributed statement in one version).

CREATE TABLE actors (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,        -- folded match key (spelling/transliteration variants share it)
    kind TEXT NOT NULL,               -- person | org | group
    name TEXT NOT NULL                -- canonical name: most frequent full alias, ties alphabetical
);

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    alias    TEXT NOT NULL,           -- a name as written (titles stripped)
    n        INTEGER NOT NULL,        -- occurrences using it
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

CREATE TABLE actor_roles (
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    role     TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (actor_id, role)
) WITHOUT ROWID;

-- Searchable words of actor names (each alias token), for `claims --actor surname`.
CREATE TABLE actor_words (
    word     TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (word, actor_id)
) WITHOUT ROWID;

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    merged_into INTEGER REFERENCES claims (id)   -- set when linking merged this claim into another
);

CREATE TABLE occurrences (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES versions (id),
    seq           INTEGER NOT NULL,              -- order within the version
    claim_id      INTEGER NOT NULL REFERENCES claims (id),
    origin_claim  INTEGER NOT NULL REFERENCES claims (id), -- the claim created with it; resolves to claim_id
    actor_id      INTEGER REFERENCES actors (id),
    actor_surface TEXT NOT NULL,
    role          TEXT,
    cue           TEXT NOT NULL,
    kind          TEXT NOT NULL,                 -- direct | indirect | mixed
    reported_by   TEXT,
    content       TEXT NOT NULL,
    fingerprint   BLOB NOT NULL,                 -- weighted stem hashes of the content (src/link)
    sent_start    INTEGER NOT NULL,              -- character offsets into the version's text
    sent_end      INTEGER NOT NULL,
    UNIQUE (version_id, seq)
);
CREATE INDEX occurrences_claim ON occurrences (claim_id);
-- covering for `claims --actor` and the counts of `actors`
CREATE INDEX occurrences_actor ON occurrences (actor_id, claim_id, version_id);

CREATE VIRTUAL TABLE occurrences_fts USING fts5 (
    content, content = 'occurrences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER occurrences_fts_ai AFTER INSERT ON occurrences BEGIN
    INSERT INTO occurrences_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER occurrences_fts_ad AFTER DELETE ON occurrences BEGIN
    INSERT INTO occurrences_fts (occurrences_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
