-- 0006: per-actor counts kept up to date by triggers, so that `actors` lists the most quoted
-- actors with their numbers of statements, claims and articles without counting every
-- occurrence. `actor_claims` and `actor_articles` hold how many of an actor's occurrences
-- each claim and each article has; the counters in `actors` are the number of such rows.
-- Claims merge (an occurrence's claim_id changes), so the claim counts follow updates too.
ALTER TABLE actors ADD COLUMN occurrences INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
ALTER TABLE actors ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;

CREATE TABLE actor_claims (
    actor_id INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    n        INTEGER NOT NULL,            -- the actor's occurrences in the claim
    PRIMARY KEY (actor_id, claim_id)
) WITHOUT ROWID;

CREATE TABLE actor_articles (
    actor_id   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    n          INTEGER NOT NULL,          -- the actor's occurrences in the article's versions
    PRIMARY KEY (actor_id, article_id)
) WITHOUT ROWID;

INSERT INTO actor_claims (actor_id, claim_id, n)
    SELECT actor_id, claim_id, count(*) FROM occurrences WHERE actor_id IS NOT NULL
    GROUP BY actor_id, claim_id;
INSERT INTO actor_articles (actor_id, article_id, n)
    SELECT o.actor_id, v.article_id, count(*) FROM occurrences o JOIN versions v ON v.id = o.version_id
    WHERE o.actor_id IS NOT NULL GROUP BY o.actor_id, v.article_id;
UPDATE actors SET
    occurrences = (SELECT count(*) FROM occurrences o WHERE o.actor_id = actors.id),
    claims = (SELECT count(*) FROM actor_claims c WHERE c.actor_id = actors.id),
    articles = (SELECT count(*) FROM actor_articles c WHERE c.actor_id = actors.id);
CREATE INDEX actors_by_occurrences ON actors (occurrences DESC, name);

CREATE TRIGGER occurrences_actor_ai AFTER INSERT ON occurrences
WHEN new.actor_id IS NOT NULL BEGIN
    UPDATE actors SET
        occurrences = occurrences + 1,
        claims = claims + NOT EXISTS (
            SELECT 1 FROM actor_claims WHERE actor_id = new.actor_id AND claim_id = new.claim_id),
        articles = articles + NOT EXISTS (
            SELECT 1 FROM actor_articles WHERE actor_id = new.actor_id
            AND article_id = (SELECT article_id FROM versions WHERE id = new.version_id))
    WHERE id = new.actor_id;
    INSERT INTO actor_claims (actor_id, claim_id, n) VALUES (new.actor_id, new.claim_id, 1)
        ON CONFLICT (actor_id, claim_id) DO UPDATE SET n = n + 1;
    INSERT INTO actor_articles (actor_id, article_id, n)
        VALUES (new.actor_id, (SELECT article_id FROM versions WHERE id = new.version_id), 1)
        ON CONFLICT (actor_id, article_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER occurrences_actor_au AFTER UPDATE OF claim_id ON occurrences
WHEN new.actor_id IS NOT NULL AND old.claim_id != new.claim_id BEGIN
    UPDATE actor_claims SET n = n - 1 WHERE actor_id = old.actor_id AND claim_id = old.claim_id;
    UPDATE actors SET claims = claims - EXISTS (
        SELECT 1 FROM actor_claims WHERE actor_id = old.actor_id AND claim_id = old.claim_id AND n = 0)
    WHERE id = old.actor_id;
    DELETE FROM actor_claims WHERE actor_id = old.actor_id AND claim_id = old.claim_id AND n = 0;
    UPDATE actors SET claims = claims + NOT EXISTS (
        SELECT 1 FROM actor_claims WHERE actor_id = new.actor_id AND claim_id = new.claim_id)
    WHERE id = new.actor_id;
    INSERT INTO actor_claims (actor_id, claim_id, n) VALUES (new.actor_id, new.claim_id, 1)
        ON CONFLICT (actor_id, claim_id) DO UPDATE SET n = n + 1;
END;
