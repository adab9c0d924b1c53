//! Actors, claims and occurrences: storing what extraction found, linking it, and the queries
//! behind `claims`, `actors`, `claim` and `export`.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::links::{Fresh, Node};
use super::Packed;
use super::{Store, StoreError};
use crate::extract::actors::fold_word;
use crate::extract::{ActorKind, Occurrence};
use crate::ingest::PreparedArticle;

/// One occurrence as `export` writes it (and `claim --json` lists it).
#[derive(Debug, Clone, Serialize)]
pub struct ExportRow {
    /// The occurrence id.
    pub occurrence_id: i64,
    /// The claim it belongs to.
    pub claim_id: i64,
    /// The canonical actor.
    pub actor: Option<String>,
    /// The actor as written.
    pub actor_surface: String,
    /// The actor's role or title as written.
    pub role: Option<String>,
    /// The reporting verb or phrase.
    pub cue: String,
    /// direct, indirect or mixed.
    pub kind: String,
    /// The intermediary it was relayed through.
    pub reported_by: Option<String>,
    /// The body a spokesperson speaks for (canonical name).
    pub speaks_for: Option<String>,
    /// The content attributed.
    pub text: String,
    /// The whole sentence.
    pub sentence: String,
    /// The article's canonical url.
    pub url: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The version's published date.
    pub published: Option<String>,
    /// The article id.
    pub article_id: i64,
    /// The version number.
    pub version: i64,
    /// The version's sha256.
    pub sha256: String,
    /// When the version was added (UTC).
    pub added_at: String,
}

// The content is read as the view `occurrence_texts` (schema 0007) reads it; joining the view
// instead made `export` of 100,000 records 56% slower (a second look-up of version and text).
const EXPORT_SELECT: &str = "SELECT o.id, o.claim_id, ac.name, o.actor_surface, o.role, o.cue, o.kind,
        o.reported_by,
        CASE WHEN o.content_len IS NULL THEN o.content
            ELSE ct_substr(b.text, o.content_start + 1, o.content_len) END,
        ct_substr(b.text, o.sent_start + 1, o.sent_end - o.sent_start),
        a.url, coalesce(v.outlet, a.outlet), v.published, v.article_id, v.version, v.sha256, v.added_at,
        bo.name
    FROM occurrences o
    JOIN versions v ON v.id = o.version_id
    JOIN articles a ON a.id = v.article_id
    JOIN blobs b ON b.sha256 = v.sha256
    LEFT JOIN actors ac ON ac.id = o.actor_id
    LEFT JOIN actors bo ON bo.id = o.body_id";

fn export_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ExportRow> {
    Ok(ExportRow {
        occurrence_id: r.get(0)?,
        claim_id: r.get(1)?,
        actor: r.get(2)?,
        actor_surface: r.get(3)?,
        role: r.get(4)?,
        cue: r.get(5)?,
        kind: r.get(6)?,
        reported_by: r.get(7)?,
        speaks_for: r.get(17)?,
        text: r.get(8)?,
        sentence: r.get(9)?,
        url: r.get(10)?,
        outlet: r.get(11)?,
        published: r.get(12)?,
        article_id: r.get(13)?,
        version: r.get(14)?,
        sha256: r.get(15)?,
        added_at: r.get(16)?,
    })
}

/// Orders of `claims`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClaimSort {
    /// Earliest first seen first.
    #[default]
    FirstSeen,
    /// Most articles first.
    Repeats,
    /// By canonical actor name.
    Actor,
}

/// Filters of `claims`.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Any alias, full name or surname, case-insensitive.
    pub actor: Option<String>,
    /// Only occurrences in this article.
    pub article_id: Option<i64>,
    /// Only occurrences from this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Full-text search in the content.
    pub grep: Option<String>,
    /// Order.
    pub sort: ClaimSort,
    /// At most this many rows.
    pub limit: usize,
}

/// One claim as `claims` lists it: its earliest matching occurrence and its spread.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow {
    /// The claim id.
    pub claim_id: i64,
    /// Canonical actor of the earliest matching occurrence.
    pub actor: Option<String>,
    /// Its cue.
    pub cue: String,
    /// Its kind.
    pub kind: String,
    /// Its content.
    pub text: String,
    /// Its article id.
    pub article_id: i64,
    /// Its version.
    pub version: i64,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its published date.
    pub published: Option<String>,
    /// Number of articles that carry the claim.
    pub articles: i64,
    /// Number of outlets that carry the claim.
    pub outlets: i64,
    /// Earliest published date (else earliest added) of the claim.
    pub first_seen: String,
}

/// One canonical actor with its variants and counts.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRow {
    /// The actor id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// person, org or group.
    pub kind: String,
    /// Roles and titles met, most frequent first.
    pub roles: Vec<String>,
    /// Names as written, most frequent first.
    pub aliases: Vec<String>,
    /// Number of statements (occurrences in every article version).
    pub statements: i64,
    /// Number of claims.
    pub claims: i64,
    /// Number of articles.
    pub articles: i64,
}

impl Store {
    /// Links the occurrences of a new version to claims, then stores them, each in its claim.
    pub(super) fn store_occurrences(
        &self,
        article_id: i64,
        version_id: i64,
        previous: Option<i64>,
        art: &PreparedArticle,
        packed: &Packed,
    ) -> Result<(), StoreError> {
        let (first_occ, first_claim): (i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT (SELECT coalesce(max(id), 0) + 1 FROM occurrences),
                        (SELECT coalesce(max(id), 0) + 1 FROM claims)",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let published = art
            .published
            .as_deref()
            .and_then(crate::ingest::normalize::published_instant);
        let version = self
            .link_cache
            .put_version(version_id, &art.sha256, &art.ident, published);
        let mut nodes = Vec::with_capacity(art.occurrences.len());
        for (i, (occ, fp)) in art.occurrences.iter().zip(&art.fingerprints).enumerate() {
            let seq = i64::try_from(i).unwrap_or(i64::MAX);
            nodes.push(Node {
                id: first_occ + seq,
                claim: first_claim + seq,
                origin: first_claim + seq,
                version_id,
                identity: super::links::Identity::new(version.clone(), seq),
                fp: std::rc::Rc::new(fp.clone()),
                actor_id: self.resolve_actor(occ, &packed.actor_keys[i])?,
                body_id: match (&occ.speaks_for, &packed.body_keys[i]) {
                    (Some(name), Some(key)) => {
                        Some(self.resolve_body(name, key, occ.speaks_for_person)?)
                    }
                    _ => None,
                },
                surname: super::links::surname_of(
                    occ.actor_kind.as_str(),
                    &packed.actor_keys[i],
                    occ.actor_name.trim(),
                ),
                published,
            });
        }
        let fresh = Fresh {
            nodes,
            keys: &packed.index_keys,
        };
        let (claims, edges) = self.link_version(version_id, previous, &fresh)?;
        let mut new_claim = self
            .conn
            .prepare_cached("INSERT INTO claims (id, merged_into) VALUES (?1, ?2)")?;
        let mut new_occurrence = self.conn.prepare_cached(
            "INSERT INTO occurrences (id, version_id, seq, claim_id, origin_claim, actor_id,
                actor_surface, role, cue, kind, reported_by, content, sent_start, sent_end,
                fingerprint, content_start, content_len, body_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18)",
        )?;
        for (seq, ((node, occ), &claim)) in fresh
            .nodes
            .iter()
            .zip(&art.occurrences)
            .zip(&claims)
            .enumerate()
        {
            // a content found in the text is stored as its place there (see `text.rs`)
            let span = packed.content_spans.get(seq).copied().flatten();
            let content = if span.is_some() {
                ""
            } else {
                occ.content.as_str()
            };
            if let Some(actor) = node.actor_id {
                self.actors
                    .borrow_mut()
                    .occurrence(actor, claim, article_id);
            }
            new_claim.execute(params![
                node.origin,
                (claim != node.origin).then_some(claim)
            ])?;
            new_occurrence.execute(params![
                node.id,
                version_id,
                i64::try_from(seq).unwrap_or(i64::MAX),
                claim,
                node.origin,
                node.actor_id,
                occ.actor_surface,
                occ.role,
                occ.cue,
                occ.kind.as_str(),
                occ.reported_by,
                content,
                i64::try_from(occ.sent_start).unwrap_or(i64::MAX),
                i64::try_from(occ.sent_end).unwrap_or(i64::MAX),
                packed.fingerprints[seq],
                span.map(|(start, _)| i64::try_from(start).unwrap_or(i64::MAX)),
                span.map(|(_, len)| i64::try_from(len).unwrap_or(i64::MAX)),
                node.body_id,
            ])?;
            self.fts_pending
                .borrow_mut()
                .push((node.id, occ.content.clone()));
        }
        self.insert_edges(&edges)?;
        // the next versions of the story will look them up
        for (seq, n) in fresh.nodes.into_iter().enumerate() {
            self.link_cache.put(super::links::Linkable {
                id: n.id,
                version_id,
                seq: i64::try_from(seq).unwrap_or(i64::MAX),
                origin: n.origin,
                actor_id: n.actor_id,
                body_id: n.body_id,
                surname: n.surname,
                fp: n.fp,
            });
        }
        Ok(())
    }

    /// Finds or creates the canonical actor of an occurrence and counts its alias and role
    /// (written at the commit, [`Store::write_actor_counts`]).
    fn resolve_actor(&self, occ: &Occurrence, key: &str) -> Result<Option<i64>, StoreError> {
        let name = occ.actor_name.trim();
        if name.is_empty() {
            return Ok(None);
        }
        let mut cache = self.actors.borrow_mut();
        let mut id = self.actor_by_key(&mut cache, key)?;
        // (a title is no name: "the mayor" is not the surname of "spokeswoman for the mayor")
        let named = name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if id.is_none() && occ.actor_kind == ActorKind::Person && named && !key.contains(' ') {
            // A surname alone: the one known person with that surname, if there is exactly one.
            id = match cache.surname(key) {
                Some(known) => known,
                None => {
                    let ids: Vec<i64> = self
                        .conn
                        .prepare_cached("SELECT id FROM actors WHERE surname = ?1 LIMIT 2")?
                        .query_map([key], |r| r.get(0))?
                        .collect::<Result<_, _>>()?;
                    let one = (ids.len() == 1).then(|| ids[0]);
                    cache.remember_surname(key, one);
                    one
                }
            };
        }
        let id = match id {
            Some(id) => id,
            None => {
                let surname = (occ.actor_kind == ActorKind::Person && named)
                    .then(|| key.rsplit_once(' ').map(|(_, last)| last))
                    .flatten();
                self.conn
                    .prepare_cached(
                        "INSERT INTO actors (key, kind, name, surname) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![key, occ.actor_kind.as_str(), name, surname])?;
                let id = self.conn.last_insert_rowid();
                cache.created(key, id);
                id
            }
        };
        cache.count(id, name, occ.role.as_deref().filter(|r| !r.is_empty()));
        Ok(Some(id))
    }

    /// The actor with this match key, from the cache or the database (then cached).
    fn actor_by_key(
        &self,
        cache: &mut super::actor_cache::ActorCache,
        key: &str,
    ) -> Result<Option<i64>, StoreError> {
        if let Some(id) = cache.id(key) {
            return Ok(Some(id));
        }
        let found: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM actors WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if let Some(id) = found {
            cache.remember(key, id);
        }
        Ok(found)
    }

    /// Finds or creates the body a spokesperson speaks for, by its match key: an actor like
    /// any other, though it may not have spoken yet (its name is then the one the
    /// spokesperson's title gave it); nothing is counted for it.
    fn resolve_body(&self, name: &str, key: &str, person: bool) -> Result<i64, StoreError> {
        let mut cache = self.actors.borrow_mut();
        let id = match self.actor_by_key(&mut cache, key)? {
            Some(id) => id,
            None => {
                // (a person a spokesperson speaks for, as `resolve_actor` would store them)
                let (kind, surname) = if person {
                    (
                        ActorKind::Person,
                        key.rsplit_once(' ').map(|(_, last)| last),
                    )
                } else {
                    (ActorKind::Org, None)
                };
                self.conn
                    .prepare_cached(
                        "INSERT INTO actors (key, kind, name, surname) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![key, kind.as_str(), name.trim(), surname])?;
                let id = self.conn.last_insert_rowid();
                cache.created(key, id);
                id
            }
        };
        Ok(id)
    }

    /// Writes the alias and role counts of the transaction, the searchable words of new
    /// aliases, and the canonical names of the actors concerned: the most frequent multi-word
    /// alias, ties broken alphabetically.
    pub(super) fn write_actor_counts(&self) -> Result<(), StoreError> {
        let counts = self.actors.borrow_mut().take_pending();
        let mut alias = self.conn.prepare_cached(
            "INSERT INTO actor_aliases (actor_id, alias, n) VALUES (?1, ?2, ?3)
             ON CONFLICT (actor_id, alias) DO UPDATE SET n = n + excluded.n",
        )?;
        let mut words = self
            .conn
            .prepare_cached("INSERT OR IGNORE INTO actor_words (word, actor_id) VALUES (?1, ?2)")?;
        let mut touched = BTreeSet::new();
        for ((id, name), n) in &counts.aliases {
            alias.execute(params![id, name, n])?;
            for w in name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                words.execute(params![fold_word(w), id])?;
            }
            touched.insert(*id);
        }
        let mut role = self.conn.prepare_cached(
            "INSERT INTO actor_roles (actor_id, role, n) VALUES (?1, ?2, ?3)
             ON CONFLICT (actor_id, role) DO UPDATE SET n = n + excluded.n",
        )?;
        for ((id, r), n) in &counts.roles {
            role.execute(params![id, r, n])?;
        }
        // The name is chosen here rather than by `ORDER BY ... LIMIT 1` in SQL, which sorted
        // in a temporary b-tree for every actor.
        let mut aliases = self
            .conn
            .prepare_cached("SELECT alias, n FROM actor_aliases WHERE actor_id = ?1")?;
        let mut rename = self
            .conn
            .prepare_cached("UPDATE actors SET name = ?2 WHERE id = ?1 AND name IS NOT ?2")?;
        for id in touched {
            let mut best: Option<(bool, i64, String)> = None;
            let mut rows = aliases.query([id])?;
            while let Some(row) = rows.next()? {
                let (alias, n): (String, i64) = (row.get(0)?, row.get(1)?);
                if best.as_ref().is_none_or(|b| canonical_before(&alias, n, b)) {
                    best = Some((alias.contains(' '), n, alias));
                }
            }
            if let Some((_, _, name)) = best {
                rename.execute(params![id, name])?;
            }
        }
        // Per-actor counts: a claim or an article counts while the actor has an occurrence in
        // it; `verify` recounts them.
        // per actor: [occurrences, claims, articles]
        let mut delta: BTreeMap<i64, [i64; 3]> = BTreeMap::new();
        for (&actor, &n) in &counts.occurrences {
            delta.entry(actor).or_default()[0] += n;
        }
        let (claims_before, articles_before) = self.tx_start_ids.get();
        for (table, key, changes, counter, before_tx) in [
            (
                "actor_claims",
                "claim_id",
                &counts.in_claims,
                1,
                claims_before,
            ),
            (
                "actor_articles",
                "article_id",
                &counts.in_articles,
                2,
                articles_before,
            ),
        ] {
            // Read, then written: an upsert `RETURNING n` built a temporary b-tree each time.
            let mut read = self.conn.prepare_cached(&format!(
                "SELECT n FROM {table} WHERE actor_id = ?1 AND {key} = ?2"
            ))?;
            let mut insert = self.conn.prepare_cached(&format!(
                "INSERT INTO {table} (actor_id, {key}, n) VALUES (?1, ?2, ?3)"
            ))?;
            let mut update = self.conn.prepare_cached(&format!(
                "UPDATE {table} SET n = ?3 WHERE actor_id = ?1 AND {key} = ?2"
            ))?;
            let mut gone = self.conn.prepare_cached(&format!(
                "DELETE FROM {table} WHERE actor_id = ?1 AND {key} = ?2"
            ))?;
            for (&(actor, id), &d) in changes.iter().filter(|(_, &d)| d != 0) {
                // a claim or article created in this transaction has no row yet
                let before: Option<i64> = if id > before_tx {
                    None
                } else {
                    read.query_row(params![actor, id], |r| r.get(0))
                        .optional()?
                };
                let now = before.unwrap_or(0) + d;
                match before {
                    _ if now <= 0 => gone.execute(params![actor, id])?,
                    Some(_) => update.execute(params![actor, id, now])?,
                    None => insert.execute(params![actor, id, now])?,
                };
                delta.entry(actor).or_default()[counter] +=
                    i64::from(now > 0) - i64::from(before.unwrap_or(0) > 0);
            }
        }
        let mut counters = self.conn.prepare_cached(
            "UPDATE actors SET occurrences = occurrences + ?2, claims = claims + ?3,
                 articles = articles + ?4 WHERE id = ?1",
        )?;
        for (actor, [o, c, a]) in delta {
            if [o, c, a] != [0, 0, 0] {
                counters.execute(params![actor, o, c, a])?;
            }
        }
        Ok(())
    }

    /// Returns the ids of actors matching `name` by any alias, full name or surname.
    fn actors_matching(&self, name: &str) -> Result<Vec<i64>, StoreError> {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold_word)
            .collect();
        let mut result: Option<BTreeSet<i64>> = None;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT actor_id FROM actor_words WHERE word = ?1")?;
        for w in &words {
            let ids: BTreeSet<i64> = stmt
                .query_map([w], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            result = Some(match result {
                None => ids,
                Some(prev) => prev.intersection(&ids).copied().collect(),
            });
        }
        Ok(result.unwrap_or_default().into_iter().collect())
    }

    /// Returns the claims matching the filter (at most `limit`) and the total number matching.
    pub fn claims(&self, f: &ClaimFilter) -> Result<(Vec<ClaimRow>, usize), StoreError> {
        let actor_ids = match &f.actor {
            Some(name) => {
                let ids = self.actors_matching(name)?;
                if ids.is_empty() {
                    return Ok((Vec::new(), 0));
                }
                Some(ids)
            }
            None => None,
        };
        let actor_json = actor_ids.map(|ids| serde_json::to_string(&ids).expect("ids serialize"));
        // no words to search for means no filter
        let grep = f.grep.as_deref().map(fts_query).filter(|q| !q.is_empty());
        // Matching occurrences, earliest first; the first per claim represents it. Only the
        // filters given are in the SQL, so that SQLite drives the query from the actor index
        // or the full-text index instead of scanning every occurrence.
        let mut conds: Vec<&str> = Vec::new();
        if actor_json.is_some() {
            conds.push("o.actor_id IN (SELECT value FROM json_each(?1))");
        }
        if f.article_id.is_some() {
            conds.push("v.article_id = ?2");
        }
        if f.outlet.is_some() {
            conds.push("coalesce(v.outlet, a.outlet) = ?3 COLLATE NOCASE");
        }
        if grep.is_some() {
            conds
                .push("o.id IN (SELECT rowid FROM occurrences_fts WHERE occurrences_fts MATCH ?4)");
        }
        // Occurrence ids follow their order in a version, so ordering by id needs no table
        // lookup: the actor index covers the query; articles are joined only for --outlet.
        // (the versions' ordering columns from their own index, `versions_order`, unless a
        // version's outlet or article is what the query starts from)
        let by_order_index = f.outlet.is_none() && f.article_id.is_none();
        let sql = format!(
            "SELECT o.id, o.claim_id FROM occurrences o
             JOIN versions v {} ON v.id = o.version_id
             {}
             WHERE {} AND (?1 IS NULL OR 1) AND (?2 IS NULL OR 1) AND (?3 IS NULL OR 1) AND (?4 IS NULL OR 1)
             ORDER BY coalesce(v.published, v.added_at), v.article_id, v.version, o.id",
            if by_order_index {
                "INDEXED BY versions_order"
            } else {
                ""
            },
            if f.outlet.is_some() {
                "JOIN articles a ON a.id = v.article_id"
            } else {
                ""
            },
            if conds.is_empty() {
                "1".to_string()
            } else {
                conds.join(" AND ")
            }
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut seen = BTreeSet::new();
        let mut reps = Vec::new();
        let rows = stmt.query_map(params![actor_json, f.article_id, f.outlet, grep], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (occ, claim) = row?;
            if seen.insert(claim) {
                reps.push(occ);
            }
        }
        let total = reps.len();
        let mut out = Vec::with_capacity(reps.len().min(f.limit));
        let needs_all = f.sort != ClaimSort::FirstSeen;
        for occ in reps
            .iter()
            .take(if needs_all { usize::MAX } else { f.limit })
        {
            out.push(self.claim_row(*occ)?);
        }
        match f.sort {
            ClaimSort::FirstSeen => {}
            ClaimSort::Repeats => out.sort_by(|a, b| {
                b.articles
                    .cmp(&a.articles)
                    .then(b.outlets.cmp(&a.outlets))
                    .then(a.claim_id.cmp(&b.claim_id))
            }),
            ClaimSort::Actor => {
                out.sort_by(|a, b| a.actor.cmp(&b.actor).then(a.claim_id.cmp(&b.claim_id)))
            }
        }
        out.truncate(f.limit);
        Ok((out, total))
    }

    fn claim_row(&self, occ: i64) -> Result<ClaimRow, StoreError> {
        let e = self
            .conn
            .prepare_cached(&format!("{EXPORT_SELECT} WHERE o.id = ?1"))?
            .query_row([occ], export_row)?;
        let (articles, outlets, first_seen): (i64, i64, String) = self
            .conn
            .prepare_cached(
                "SELECT count(DISTINCT v.article_id), count(DISTINCT coalesce(v.outlet, a.outlet, a.id)),
                        coalesce(min(v.published), min(v.added_at))
                 FROM occurrences o JOIN versions v ON v.id = o.version_id JOIN articles a ON a.id = v.article_id
                 WHERE o.claim_id = ?1",
            )?
            .query_row([e.claim_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(ClaimRow {
            claim_id: e.claim_id,
            actor: e.actor,
            cue: e.cue,
            kind: e.kind,
            text: e.text,
            article_id: e.article_id,
            version: e.version,
            outlet: e.outlet,
            published: e.published,
            articles,
            outlets,
            first_seen,
        })
    }

    /// Returns the live claim id that `id` resolves to (following merges).
    pub fn resolve_claim(&self, id: i64) -> Result<i64, StoreError> {
        let merged: Option<Option<i64>> = self
            .conn
            .prepare_cached("SELECT merged_into FROM claims WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        match merged {
            None => Err(StoreError::NoClaim(id)),
            Some(None) => Ok(id),
            Some(Some(into)) => Ok(into),
        }
    }

    /// Returns the ids of the claims that have occurrences (every live claim), in order.
    pub fn live_claims(&self) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT claim_id FROM occurrences ORDER BY claim_id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the kind (person, org, group) of the canonical actor named `name`.
    pub fn actor_kind(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT kind FROM actors WHERE name = ?1 LIMIT 1")?
            .query_row([name], |r| r.get(0))
            .optional()?)
    }

    /// Returns every occurrence of a claim, in chronological order.
    pub fn claim_occurrences(&self, claim_id: i64) -> Result<Vec<ExportRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{EXPORT_SELECT} WHERE o.claim_id = ?1
             ORDER BY coalesce(v.published, v.added_at), v.added_at, v.article_id, v.version, o.seq"
        ))?;
        let rows = stmt.query_map([claim_id], export_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the versions of the articles carrying a claim that no longer carry it:
    /// (article id, version) of each later version without an occurrence of the claim.
    pub fn claim_dropped_in(&self, claim_id: i64) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            // the claim's occurrences are read once (through the claim index), not once per
            // version of each article
            "WITH carrying AS (
                 SELECT o.version_id AS vid, v.article_id AS aid, v.version AS ver
                 FROM occurrences o JOIN versions v ON v.id = o.version_id WHERE o.claim_id = ?1),
             first AS (SELECT aid, min(ver) AS ver FROM carrying GROUP BY aid)
             SELECT v.article_id, v.version FROM first f
             JOIN versions v ON v.article_id = f.aid AND v.version > f.ver
             WHERE v.id NOT IN (SELECT vid FROM carrying)
             ORDER BY v.article_id, v.version",
        )?;
        let rows = stmt.query_map([claim_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the actors that made statements, the most statements first (ties by name), at
    /// most `limit` of them, each with its aliases, roles and numbers of statements, claims
    /// and articles (kept by triggers, schema/0006); and the number of them in all.
    pub fn actors(&self, limit: usize) -> Result<(Vec<ActorRow>, usize), StoreError> {
        let total: i64 = self
            .conn
            // (all less the few silent ones: counting those that spoke walks their index,
            // six times as long at 100,000 generated records)
            .prepare_cached(
                "SELECT (SELECT count(*) FROM actors)
                      - (SELECT count(*) FROM actors WHERE occurrences = 0)",
            )?
            .query_row([], |r| r.get(0))?;
        // (a body known only as the one its spokesperson speaks for has said nothing itself)
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, kind, occurrences, claims, articles FROM actors
             WHERE occurrences > 0 ORDER BY occurrences DESC, name LIMIT ?1",
        )?;
        let mut rows: Vec<ActorRow> = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                Ok(ActorRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    roles: Vec::new(),
                    aliases: Vec::new(),
                    statements: r.get(3)?,
                    claims: r.get(4)?,
                    articles: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        // aliases and roles of the listed actors only
        let mut aliases = self.conn.prepare_cached(
            "SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY n DESC, alias",
        )?;
        let mut roles = self.conn.prepare_cached(
            "SELECT role FROM actor_roles WHERE actor_id = ?1 ORDER BY n DESC, role",
        )?;
        for r in &mut rows {
            r.aliases = aliases
                .query_map([r.id], |x| x.get(0))?
                .collect::<Result<_, _>>()?;
            r.roles = roles
                .query_map([r.id], |x| x.get(0))?
                .collect::<Result<_, _>>()?;
        }
        Ok((rows, usize::try_from(total).unwrap_or(usize::MAX)))
    }

    /// Streams every occurrence, by article, version and position, to `each`.
    pub fn export_each(
        &self,
        mut each: impl FnMut(ExportRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "{EXPORT_SELECT} ORDER BY v.article_id, v.version, o.seq"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(export_row(r)?)?;
        }
        Ok(())
    }
}

/// Turns free text into an FTS5 query of its words, all required. Words are cut where the
/// index's tokenizer cuts them ("U.N." is "U" and "N"), so that each is one token: the index
/// keeps no positions to match a phrase of several.
fn fts_query(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `alias`, used `n` times, comes before `best` (multi-word?, count, alias) as an
/// actor's canonical name: multi-word aliases first, then the most used, then alphabetical
/// (by bytes, as SQLite's `BINARY` collation orders them).
fn canonical_before(alias: &str, n: i64, best: &(bool, i64, String)) -> bool {
    let (multi, best_n, best_alias) = best;
    let key = |multi: bool, n: i64, alias| (multi, n, std::cmp::Reverse(alias));
    key(alias.contains(' '), n, alias) > key(*multi, *best_n, best_alias.as_str())
}

#[cfg(test)]
mod tests {
    use super::canonical_before;
    use rusqlite::Connection;

    /// The name chosen in Rust is the one the former `ORDER BY instr(alias, ' ') > 0 DESC,
    /// n DESC, alias LIMIT 1` chose, over many small sets of aliases with ties.
    #[test]
    fn canonical_name_is_the_one_sql_ordered_first() {
        let pool = [
            "Lee",
            "lee",
            "Kim Jong Un",
            "Kim",
            "Jong Un",
            "Ève Dubois",
            "Eve Dubois",
            "Z",
            "a b",
        ];
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (set_id INTEGER, alias TEXT, n INTEGER)")
            .unwrap();
        let mut state = 12345u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        let mut sets = Vec::new();
        for set in 0..500 {
            let mut aliases: Vec<(String, i64)> = Vec::new();
            for _ in 0..1 + next() % 5 {
                let alias = pool[next() % pool.len()].to_string();
                if aliases.iter().all(|(a, _)| *a != alias) {
                    aliases.push((alias, 1 + (next() % 3) as i64));
                }
            }
            for (a, n) in &aliases {
                conn.execute(
                    "INSERT INTO t VALUES (?1, ?2, ?3)",
                    rusqlite::params![set, a, n],
                )
                .unwrap();
            }
            sets.push(aliases);
        }
        for (set, aliases) in sets.iter().enumerate() {
            let sql: String = conn
                .query_row(
                    "SELECT alias FROM t WHERE set_id = ?1
                     ORDER BY instr(alias, ' ') > 0 DESC, n DESC, alias LIMIT 1",
                    [set],
                    |r| r.get(0),
                )
                .unwrap();
            let mut best: Option<(bool, i64, String)> = None;
            for (alias, n) in aliases {
                if best.as_ref().is_none_or(|b| canonical_before(alias, *n, b)) {
                    best = Some((alias.contains(' '), *n, alias.clone()));
                }
            }
            assert_eq!(best.unwrap().2, sql, "set {set}: {aliases:?}");
        }
    }
}
