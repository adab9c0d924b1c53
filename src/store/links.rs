//! Linking occurrences into claims, and the persisted linking index.
//!
//! Linking has two steps. Edges: a new version's occurrences look up their index keys and keep
//! the candidates that make the same statement ([`link::same_statement`]); the versions reached
//! that way tell the same story, and so does the article's previous version. Between the new
//! version and each of them, occurrences that are each other's best match and similar enough
//! to be a rewording ([`link::weak_match`]), or that say the same words whoever they are given
//! to (a corrected attribution), get an edge too, as do one speaker's statements of stop words
//! only that say the same words ("I would be too"), which have no stems to match by. Between
//! versions of one story, "one speaker" also takes in a name misspelled by one slip, and
//! statements of one speaker that quote one word alike ([`link::quoted_word_match`]), or of
//! a speaker and someone unnamed that quote a fragment alike ([`link::quoted_match`]), are one
//! statement. Every edge depends only on the two
//! occurrences (and their two versions), never on what else is stored or in which order.
//!
//! Clusters: the claims that the new edges touch are then recomputed together, by a fixed
//! procedure: edges are taken from the most similar down (ties broken
//! by the occurrences' content identity, never by row ids), and two clusters join unless that
//! would put two distinct statements of one version into one claim (the chaining guard that
//! keeps A~B and B~C from pulling in an unrelated C). The result is a function of the edges
//! among those occurrences, so adding the same articles in any order gives the same partition
//! (a guard can in principle cascade beyond the claims touched; the corpus tests check the
//! partition both ways). A cluster's claim
//! id is the smallest claim id among its occurrences; every other id resolves to it.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use foldhash::{HashMap, HashMapExt, HashSet};

use rusqlite::params;

use super::{Store, StoreError};
use crate::link::{self, Fingerprint};

use super::keyindex::MAX_POSTINGS;

/// Most pairs of occurrences compared between two versions by best match (news articles hold
/// tens of statements; this bounds the cost of pathological ones).
const MAX_PAIRS: usize = 250_000;

/// Claims larger than this do not grow further (a guard against runaway boilerplate).
const MAX_CLUSTER: usize = 2000;

/// Above this many occurrences in the touched claims, the new edges are applied one by one
/// (strongest first, with the same guards) instead of re-clustering everything touched: the
/// cost stays linear in the claim sizes, at the price of exact order-independence for
/// statements repeated hundreds of times.
const RECLUSTER_LIMIT: usize = 64;

/// Linking data of recent occurrences by id, in two generations of at most
/// [`LinkCache::GENERATION`] entries (about 300 bytes each): when the young one is full it
/// becomes the old one, and what is read from the old one moves back to the young one. Memory
/// stays flat on any corpus size, and the occurrences of recent stories stay in. Two
/// generations of 32,000 instead of 16,000 took 100,000 generated records from 79 to 74 s for
/// 14 MB more memory; 20,000 now make room for the linking index's read-ahead
/// (`prefetch.rs`) within 200 MB, at no measurable cost in time.
#[derive(Default)]
pub(super) struct LinkCache {
    young: std::cell::RefCell<HashMap<i64, Rc<Linkable>>>,
    old: std::cell::RefCell<HashMap<i64, Rc<Linkable>>>,
    /// What re-clustering needs of a version (see [`VersionInfo`]), by version id.
    versions: std::cell::RefCell<HashMap<i64, Rc<VersionInfo>>>,
}

/// A version's text hash and article identity (for content identities) and its published
/// instant: read once per version instead of joined into every occurrence read.
pub(super) struct VersionInfo {
    sha256: String,
    ident: String,
    published: Option<i64>,
}

impl LinkCache {
    const GENERATION: usize = 20_000;

    fn get(&self, id: i64) -> Option<Rc<Linkable>> {
        if let Some(l) = self.young.borrow().get(&id) {
            return Some(l.clone());
        }
        let l = self.old.borrow_mut().remove(&id)?;
        Some(self.put_rc(l))
    }

    pub(super) fn put(&self, l: Linkable) -> Rc<Linkable> {
        self.put_rc(Rc::new(l))
    }

    fn put_rc(&self, rc: Rc<Linkable>) -> Rc<Linkable> {
        let mut young = self.young.borrow_mut();
        if young.len() >= Self::GENERATION {
            // the old generation's table, emptied, holds the young one (not grown anew)
            let mut old = self.old.borrow_mut();
            std::mem::swap(&mut *old, &mut *young);
            young.clear();
        }
        young.insert(rc.id, rc.clone());
        rc
    }

    /// Forgets everything (after a rollback, cached rows may no longer exist).
    pub(super) fn clear(&self) {
        self.young.borrow_mut().clear();
        self.old.borrow_mut().clear();
        self.versions.borrow_mut().clear();
    }

    /// Versions remembered before starting over (recent stories' versions are the ones
    /// re-clustering reads again).
    const VERSIONS: usize = 8192;

    /// Remembers a version (bounded: started over past [`LinkCache::VERSIONS`] versions).
    pub(super) fn put_version(
        &self,
        id: i64,
        sha256: &str,
        ident: &str,
        published: Option<i64>,
    ) -> Rc<VersionInfo> {
        let mut versions = self.versions.borrow_mut();
        if versions.len() >= Self::VERSIONS {
            versions.clear();
        }
        let info = Rc::new(VersionInfo {
            sha256: sha256.to_string(),
            ident: ident.to_string(),
            published,
        });
        versions.insert(id, info.clone());
        info
    }
}

/// An occurrence ready for linking.
#[derive(Clone)]
pub(super) struct Linkable {
    pub id: i64,
    pub version_id: i64,
    /// Its place in the version.
    pub seq: i64,
    /// The claim created with it.
    pub origin: i64,
    pub actor_id: Option<i64>,
    /// The body its spokesperson speaks for (see [`same_speaker`]).
    pub body_id: Option<i64>,
    /// Its speaker's name, when a person, or that it is a title or a group (see
    /// [`surname_of`]).
    pub surname: Surname,
    pub fp: Rc<Fingerprint>,
}

/// An occurrence inside a component being re-clustered.
#[derive(Clone)]
pub(super) struct Node {
    pub id: i64,
    /// The claim it is in before re-clustering.
    pub claim: i64,
    /// The claim created with it.
    pub origin: i64,
    pub version_id: i64,
    /// Content identity for tie-breaks: version hash and position, then article identity.
    pub identity: Identity,
    pub fp: Rc<Fingerprint>,
    pub actor_id: Option<i64>,
    /// The body its spokesperson speaks for (see [`same_speaker`]).
    pub body_id: Option<i64>,
    /// Its speaker's name, when a person, or that it is a title or a group (see
    /// [`surname_of`]).
    pub surname: Surname,
    /// The version's published date, in seconds, when known.
    pub published: Option<i64>,
}

/// Edges between occurrences (smaller id first) and their similarity.
pub(super) type Edges = BTreeMap<(i64, i64), f32>;

/// A fresh version's occurrences, about to be stored: their ids and claim ids are the next
/// free ones, so that linking can run before they are inserted and each is inserted into its
/// final claim (moving an occurrence to another claim afterwards costs an update of each of
/// its indexes and of the per-actor counts).
pub(super) struct Fresh<'a> {
    /// One node per occurrence, in order, with consecutive ids; `claim` and `origin` are its
    /// own new claim.
    pub nodes: Vec<Node>,
    /// Per occurrence: its index keys and whether it is short (computed beforehand).
    pub keys: &'a [(Vec<i64>, bool)],
}

impl Fresh<'_> {
    /// Returns the position of a fresh occurrence, `None` for a stored one.
    fn index_of(&self, id: i64) -> Option<usize> {
        let first = self.nodes.first()?.id;
        usize::try_from(id - first)
            .ok()
            .filter(|&i| i < self.nodes.len())
    }
}

impl Store {
    /// Links the occurrences of a version about to be stored (see the module docs): returns
    /// the claim each joins and the edges to insert once they are stored. Occurrences already
    /// stored that change claim are updated here.
    pub(super) fn link_version(
        &self,
        version_id: i64,
        previous: Option<i64>,
        fresh: &Fresh,
    ) -> Result<(Vec<i64>, Edges), StoreError> {
        let own: Vec<i64> = fresh.nodes.iter().map(|n| n.origin).collect();
        let linkables: Vec<Linkable> = fresh
            .nodes
            .iter()
            .enumerate()
            .map(|(seq, n)| Linkable {
                id: n.id,
                version_id,
                seq: i64::try_from(seq).unwrap_or(i64::MAX),
                origin: n.origin,
                actor_id: n.actor_id,
                body_id: n.body_id,
                surname: n.surname,
                fp: n.fp.clone(),
            })
            .collect();
        let mut edges = Edges::new();
        // the versions that tell the same story: the article's previous version, and those
        // the candidates below reach
        let mut related: BTreeSet<i64> = previous.into_iter().collect();
        // each key, with the fresh occurrences filed under it (for pairs within the version)
        let mut by_key: HashMap<i64, Vec<usize>> = HashMap::new();
        for (i, o) in linkables.iter().enumerate() {
            let (keys, short) = &fresh.keys[i];
            for c in self.candidates(keys, *short)? {
                if c.version_id == version_id {
                    continue;
                }
                if link::same_statement(&o.fp, &c.fp, same_speaker(o.speaker(), c.speaker())) {
                    related.insert(c.version_id);
                    edges.insert(
                        ordered(o.id, c.id),
                        link::match_score(&o.fp, &c.fp).max(0.01),
                    );
                }
            }
            // filed in memory when the article is stored (`KeyIndex::keep_staged`)
            let mut index = self.keys.borrow_mut();
            for &key in keys {
                index.stage(key, o.id, *short);
                by_key.entry(key).or_default().push(i);
            }
        }
        // A headline or a repeat that restates a statement of the same version: the pairs
        // that share an index key, as across versions (never all pairs: a hostile text can
        // hold tens of thousands of statements).
        let mut pairs = BTreeSet::new();
        for members in by_key.values().filter(|m| m.len() <= MAX_POSTINGS) {
            for (n, &i) in members.iter().enumerate() {
                for &j in &members[n + 1..] {
                    pairs.insert((i, j));
                }
            }
        }
        for (i, j) in pairs {
            let (x, y) = (&linkables[i], &linkables[j]);
            if link::same_statement(&x.fp, &y.fp, same_speaker(x.speaker(), y.speaker())) {
                edges.insert(
                    ordered(x.id, y.id),
                    link::match_score(&x.fp, &y.fp).max(0.01),
                );
            }
        }
        for other in related {
            let theirs = self.version_linkables(other)?;
            if linkables.len().saturating_mul(theirs.len()) > MAX_PAIRS {
                // two versions with thousands of statements each (a hostile or machine-made
                // text): keep the key-based edges only
                continue;
            }
            // "I would be too" in two versions, by one speaker: no stems to match by, the
            // same words (each paired once, in order)
            let mut taken = vec![false; theirs.len()];
            for o in linkables.iter().filter(|o| o.fp.is_empty()) {
                let same = theirs.iter().enumerate().find(|&(j, c)| {
                    !taken[j]
                        && o.fp.same_wordless(&c.fp)
                        && speaker_in_story(o.speaker(), c.speaker())
                });
                if let Some((j, c)) = same {
                    taken[j] = true;
                    edges.entry(ordered(o.id, c.id)).or_insert(0.01);
                }
            }
            let sim = similarities(&linkables, &theirs);
            for (i, j) in mutual_best(&sim, |_, _| true) {
                let (o, c) = (&linkables[i], &theirs[j]);
                // the same words in two versions of a story are one statement whoever they
                // are given to: an edit that corrects an attribution ("There is enough gas",
                // said Tomas Berg / said Lena Aas) keeps its claim
                // (and one speaker's same few words: "They knew" / "They knew")
                let one = speaker_in_story(o.speaker(), c.speaker());
                let same_words =
                    o.fp == c.fp && (o.fp.weight() >= 2.0 || (o.fp.weight() > 0.0 && one));
                let maybe = !one && maybe_speaker_in_story(o.speaker(), c.speaker());
                if same_words
                    || link::weak_match(&o.fp, &c.fp, one)
                    || (maybe && link::quoted_match(&o.fp, &c.fp))
                    || (one && link::quoted_word_match(&o.fp, &c.fp))
                {
                    edges
                        .entry(ordered(o.id, c.id))
                        .or_insert(link::match_score(&o.fp, &c.fp).max(0.01));
                }
            }
            // One speaker's statements that no rule above paired between the two versions,
            // each the other's closest among that speaker's: a rewrite that keeps two words of
            // the original ("his state is working closely with Washington").
            let mut a_free = vec![true; linkables.len()];
            let mut b_free = vec![true; theirs.len()];
            // (each edge read once, not looked up for every pair: 2% of the writer; the
            // fresh statements are `linkables` in order)
            let their: HashMap<i64, usize> =
                theirs.iter().enumerate().map(|(j, c)| (c.id, j)).collect();
            for &(x, y) in edges.keys() {
                for (a, b) in [(x, y), (y, x)] {
                    if let (Some(i), Some(&j)) = (fresh.index_of(a), their.get(&b)) {
                        a_free[i] = false;
                        b_free[j] = false;
                    }
                }
            }
            let by_speaker = mutual_best(&sim, |i, j| {
                a_free[i]
                    && b_free[j]
                    && speaker_in_story(linkables[i].speaker(), theirs[j].speaker())
            });
            for (i, j) in by_speaker {
                let (o, c) = (&linkables[i], &theirs[j]);
                if link::speaker_rewrite(&o.fp, &c.fp) {
                    edges
                        .entry(ordered(o.id, c.id))
                        .or_insert(link::match_score(&o.fp, &c.fp).max(0.01));
                }
            }
        }
        if edges.is_empty() {
            return Ok((own, edges));
        }
        let claims = self.recluster(&edges, fresh)?;
        Ok((claims, edges))
    }

    /// Stores the edges of a version once its occurrences are stored.
    pub(super) fn insert_edges(&self, edges: &Edges) -> Result<(), StoreError> {
        let mut ins = self.conn.prepare_cached(
            "INSERT OR REPLACE INTO link_edges (a, b, score) VALUES (?1, ?2, ?3)",
        )?;
        for ((a, b), score) in edges {
            ins.execute(params![a, b, f64::from(*score)])?;
        }
        Ok(())
    }

    /// Recomputes the clusters that the new edges touch; returns the claim of each fresh
    /// occurrence.
    fn recluster(&self, new_edges: &Edges, fresh: &Fresh) -> Result<Vec<i64>, StoreError> {
        let fresh_at = |id: i64| fresh.index_of(id);
        // The occurrences of every claim an edge touches. A stored end that is a member of a
        // claim read already needs no look-up of its claim (about half of them).
        let mut touched_fresh = BTreeSet::new();
        let mut stored = BTreeSet::new();
        for &(a, b) in new_edges.keys() {
            for x in [a, b] {
                match fresh_at(x) {
                    Some(i) => {
                        touched_fresh.insert(i);
                    }
                    None => {
                        stored.insert(x);
                    }
                }
            }
        }
        let mut loaded = HashMap::new();
        let mut read = HashSet::default();
        let mut members_read = HashSet::default();
        for x in stored {
            if members_read.contains(&x) {
                continue;
            }
            let c = self.claim_of(x)?;
            if !read.insert(c) {
                continue;
            }
            let members = self.nodes_of_claim(c)?;
            if members.len() > MAX_CLUSTER {
                // A claim this large is boilerplate gone wrong; do not grow it further.
                continue;
            }
            members_read.extend(members.iter().map(|n| n.id));
            loaded.insert(c, members);
        }
        if loaded.values().map(Vec::len).sum::<usize>() + touched_fresh.len() > RECLUSTER_LIMIT {
            return self.merge_incrementally(new_edges, fresh, loaded);
        }
        let mut nodes: Vec<Node> = loaded.into_values().flatten().collect();
        let old = nodes.len();
        nodes.extend(touched_fresh.iter().map(|&i| fresh.nodes[i].clone()));
        nodes.sort_by_key(|n| n.id);
        let index: HashMap<i64, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        // Every edge among them, from the most similar down; ties by content identity. The
        // stored ones are read from their newer end (each once), the new ones are in memory.
        let mut edges: BTreeMap<(usize, usize), f32> = BTreeMap::new();
        if old > 0 {
            let mut older = self
                .conn
                .prepare_cached("SELECT a, score FROM link_edges WHERE b = ?1")?;
            for n in nodes.iter().filter(|n| fresh_at(n.id).is_none()) {
                for row in
                    older.query_map([n.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))?
                {
                    let (a, score) = row?;
                    if let Some(&ia) = index.get(&a) {
                        edges.insert((ia, index[&n.id]), score as f32);
                    }
                }
            }
        }
        for (&(a, b), &score) in new_edges {
            if let (Some(&ia), Some(&ib)) = (index.get(&a), index.get(&b)) {
                edges.insert((ia, ib), score);
            }
        }
        let mut order: Vec<(f32, &Identity, &Identity, usize, usize)> = edges
            .into_iter()
            .map(|((ia, ib), s)| {
                let (ka, kb) = (&nodes[ia].identity, &nodes[ib].identity);
                let (k1, k2) = if ka <= kb { (ka, kb) } else { (kb, ka) };
                (s, k1, k2, ia, ib)
            })
            .collect();
        order.sort_by(|x, y| {
            y.0.total_cmp(&x.0)
                .then_with(|| (x.1, x.2).cmp(&(y.1, y.2)))
        });
        let mut parent: Vec<usize> = (0..nodes.len()).collect();
        let mut members: Vec<Vec<usize>> = (0..nodes.len()).map(|i| vec![i]).collect();
        for (_, _, _, a, b) in order {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra == rb {
                continue;
            }
            let (keep, gone) = if members[ra].len() >= members[rb].len() {
                (ra, rb)
            } else {
                (rb, ra)
            };
            // The chaining guards: no two distinct statements of one version, and no two
            // occurrences with conflicting figures or names, in one claim.
            let gone_nodes: Vec<&Node> = members[gone].iter().map(|&x| &nodes[x]).collect();
            let keep_nodes: Vec<&Node> = members[keep].iter().map(|&y| &nodes[y]).collect();
            if guard_blocks(&gone_nodes, &keep_nodes) {
                continue;
            }
            parent[gone] = keep;
            let moved = std::mem::take(&mut members[gone]);
            members[keep].extend(moved);
        }
        // Each cluster takes the smallest claim id of its occurrences; stored occurrences that
        // change claim are updated, fresh ones are inserted into theirs.
        let mut result: Vec<i64> = fresh.nodes.iter().map(|n| n.origin).collect();
        let mut set_claim = self
            .conn
            .prepare_cached("UPDATE occurrences SET claim_id = ?2 WHERE id = ?1")?;
        let mut set_merged = self.conn.prepare_cached(
            "UPDATE claims SET merged_into = ?2 WHERE id = ?1 AND merged_into IS NOT ?2",
        )?;
        for (root, cluster) in members.iter().enumerate() {
            if cluster.is_empty() || parent[root] != root {
                continue;
            }
            let claim = cluster
                .iter()
                .map(|&m| nodes[m].origin)
                .min()
                .expect("non-empty cluster");
            for &m in cluster {
                if let Some(i) = fresh_at(nodes[m].id) {
                    result[i] = claim;
                    continue;
                }
                if nodes[m].claim == claim {
                    // unchanged: its origin claim already resolves to `claim`
                    continue;
                }
                set_claim.execute(params![nodes[m].id, claim])?;
                if let Some(actor) = nodes[m].actor_id {
                    self.actors.borrow_mut().moved(actor, nodes[m].claim, claim);
                }
                let target = if nodes[m].origin == claim {
                    None
                } else {
                    Some(claim)
                };
                set_merged.execute(params![nodes[m].origin, target])?;
            }
        }
        Ok(result)
    }

    /// Applies new edges one at a time, strongest first: two claims merge unless the guards
    /// forbid it (see [`Store::recluster`]); returns the claim of each fresh occurrence.
    /// `stored` holds the stored occurrences of claims already read (by claim); it is kept in
    /// step with the merges, so that each claim is read once.
    fn merge_incrementally(
        &self,
        new_edges: &Edges,
        fresh: &Fresh,
        mut stored: HashMap<i64, Vec<Node>>,
    ) -> Result<Vec<i64>, StoreError> {
        let mut claim_of_fresh: Vec<i64> = fresh.nodes.iter().map(|n| n.origin).collect();
        let mut order: Vec<(&(i64, i64), &f32)> = new_edges.iter().collect();
        order.sort_by(|x, y| y.1.total_cmp(x.1).then_with(|| x.0.cmp(y.0)));
        for (&(a, b), _) in order {
            let (ca, cb) = (
                self.claim_now(a, fresh, &claim_of_fresh, &stored)?,
                self.claim_now(b, fresh, &claim_of_fresh, &stored)?,
            );
            if ca == cb {
                continue;
            }
            for c in [ca, cb] {
                if let std::collections::hash_map::Entry::Vacant(e) = stored.entry(c) {
                    e.insert(self.nodes_of_claim(c)?);
                }
            }
            // a claim's members: its stored occurrences, and the fresh ones now in it
            let members = |c: i64| -> Vec<&Node> {
                stored[&c]
                    .iter()
                    .chain(
                        fresh
                            .nodes
                            .iter()
                            .zip(&claim_of_fresh)
                            .filter(|(_, &fc)| fc == c)
                            .map(|(n, _)| n),
                    )
                    .collect()
            };
            let (na, nb) = (members(ca), members(cb));
            if na.len() + nb.len() > MAX_CLUSTER || guard_blocks(&na, &nb) {
                continue;
            }
            // Fresh claims have the largest ids, so a stored occurrence never moves to one.
            let (keep, gone) = (ca.min(cb), ca.max(cb));
            // The stored occurrences that move, updated one by one by id: `WHERE claim_id =
            // ?` changes the column its index is on, so SQLite collected the rows in a
            // temporary b-tree first, whose set-up took 10% of the writer on an Ice Lake
            // machine (fresh ones are counted when inserted).
            let mut set_claim = self
                .conn
                .prepare_cached("UPDATE occurrences SET claim_id = ?2 WHERE id = ?1")?;
            let mut moved = stored.remove(&gone).unwrap_or_default();
            for n in &mut moved {
                set_claim.execute(params![n.id, keep])?;
                if let Some(actor) = n.actor_id {
                    self.actors.borrow_mut().moved(actor, gone, keep);
                }
                n.claim = keep;
            }
            let members = stored.entry(keep).or_default();
            members.extend(moved);
            // every claim created with an occurrence now in `keep` resolves to it (`stored`
            // holds all of a claim's stored occurrences)
            let origins: BTreeSet<i64> = members.iter().map(|n| n.origin).collect();
            let mut resolve = self.conn.prepare_cached(
                "UPDATE claims SET merged_into = ?1 WHERE id = ?2 AND merged_into IS NOT ?1",
            )?;
            for origin in origins.into_iter().filter(|&c| c != keep) {
                resolve.execute(params![keep, origin])?;
            }
            for c in &mut claim_of_fresh {
                if *c == gone {
                    *c = keep;
                }
            }
        }
        Ok(claim_of_fresh)
    }

    /// The claim an occurrence is in during [`Store::merge_incrementally`]: a fresh one's from
    /// `now`, a stored one's from the claims read so far, else from the database.
    fn claim_now(
        &self,
        id: i64,
        fresh: &Fresh,
        now: &[i64],
        stored: &HashMap<i64, Vec<Node>>,
    ) -> Result<i64, StoreError> {
        if let Some(i) = fresh.index_of(id) {
            return Ok(now[i]);
        }
        match stored
            .iter()
            .find(|(_, nodes)| nodes.iter().any(|n| n.id == id))
        {
            Some((&claim, _)) => Ok(claim),
            None => self.claim_of(id),
        }
    }

    /// Returns the occurrences of a claim.
    fn nodes_of_claim(&self, claim: i64) -> Result<Vec<Node>, StoreError> {
        // The ids come from the index alone; nearly all of their rows are cached (97% at
        // 100,000 generated records), as recent statements and candidates.
        let ids: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM occurrences WHERE claim_id = ?1")?
            .query_map([claim], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut nodes = Vec::with_capacity(ids.len());
        for id in ids {
            let l = self.linkable(id)?;
            let v = self.version_info(l.version_id)?;
            nodes.push(Node {
                id,
                claim,
                origin: l.origin,
                version_id: l.version_id,
                published: v.published,
                identity: Identity::new(v, l.seq),
                fp: l.fp.clone(),
                actor_id: l.actor_id,
                body_id: l.body_id,
                surname: l.surname,
            });
        }
        Ok(nodes)
    }

    /// Returns what re-clustering needs of a version, from the cache or the database.
    fn version_info(&self, id: i64) -> Result<Rc<VersionInfo>, StoreError> {
        if let Some(v) = self.link_cache.versions.borrow().get(&id) {
            return Ok(v.clone());
        }
        let (sha256, ident, published): (String, String, Option<String>) = self
            .conn
            .prepare_cached(
                "SELECT v.sha256, a.ident, v.published
                 FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.id = ?1",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let published = published
            .as_deref()
            .and_then(crate::ingest::normalize::published_instant);
        Ok(self.link_cache.put_version(id, &sha256, &ident, published))
    }

    /// Returns the occurrences filed under at least two of `keys`, or under one when either
    /// side is short (see [`is_short`]): one shared key between two longer statements, a
    /// common word pair or long word, almost never makes the same statement (0.4% of such
    /// candidates passed on generated news, against 48% of those sharing two). Boilerplate
    /// keys are skipped. The rule is symmetric, so it does not depend on the order of adding.
    fn candidates(&self, keys: &[i64], short: bool) -> Result<Vec<Rc<Linkable>>, StoreError> {
        // (occurrence id, whether it is short) once per key it is filed under; sorted below, a
        // run of one id is the number of keys it shares (a sort is about three times as fast as
        // counting in a map: a statement meets about 24 others this way, 2.6 of them twice)
        let mut shared: Vec<(i64, bool)> = Vec::new();
        let mut index = self.keys.borrow_mut();
        let mut ids = Vec::new();
        let mut runs = Vec::new();
        for &key in keys {
            ids.clear();
            if index.postings(key, |id, short| ids.push((id, short))) > MAX_POSTINGS {
                continue;
            }
            // Postings of occurrences up to `base` are in the runs that may hold the key. A run
            // may also hold newer ones, which are in memory, and two writers may both have
            // written the same posting.
            let (base, held) = (index.base(), ids.len());
            let ahead = self.ahead.borrow();
            if let Some(read) = ahead.get(key) {
                // read ahead for the chunk: distinct, and at most `base`
                ids.extend_from_slice(read);
            } else {
                runs.clear();
                runs.extend(index.runs_with(key));
                for &run in &runs {
                    self.run_postings(run, key, MAX_POSTINGS + 1, |id, short| {
                        if id <= base {
                            ids.push((id, short));
                        }
                    })?;
                    // in memory: distinct ids above `base`; from the runs: at most `base`
                    ids[held..].sort_unstable_by_key(|p| p.0);
                    ids.dedup_by_key(|p| p.0);
                    if ids.len() > MAX_POSTINGS {
                        break;
                    }
                }
            }
            drop(ahead);
            if ids.len() > MAX_POSTINGS {
                index.boilerplate(key);
                continue;
            }
            shared.extend_from_slice(&ids);
        }
        drop(index);
        shared.sort_unstable_by_key(|p| p.0);
        let mut out = Vec::new();
        let mut at = 0;
        while at < shared.len() {
            let (id, known_short) = shared[at];
            let n = shared[at..].partition_point(|p| p.0 == id);
            at += n;
            if n < 2 && !short && !known_short {
                continue;
            }
            let l = self.linkable(id)?;
            if n < 2 && !short && !is_short(&l.fp) {
                continue;
            }
            out.push(l);
        }
        Ok(out)
    }

    /// A stored occurrence's linking data, from the cache or the database (then cached).
    fn linkable(&self, id: i64) -> Result<Rc<Linkable>, StoreError> {
        if let Some(l) = self.link_cache.get(id) {
            return Ok(l);
        }
        let l = self
            .conn
            .prepare_cached(
                "SELECT o.fingerprint, o.actor_id, o.version_id, o.seq, o.origin_claim, o.body_id,
                        a.kind, a.key, a.name
                 FROM occurrences o LEFT JOIN actors a ON a.id = o.actor_id WHERE o.id = ?1",
            )?
            .query_row([id], |r| {
                Ok(Linkable {
                    id,
                    fp: Rc::new(decode(r.get_ref(0)?.as_blob()?)),
                    actor_id: r.get(1)?,
                    version_id: r.get(2)?,
                    seq: r.get(3)?,
                    origin: r.get(4)?,
                    body_id: r.get(5)?,
                    surname: stored_surname(r, 6)?,
                })
            })?;
        Ok(self.link_cache.put(l))
    }

    /// A stored version's statements, in order: from the cache when it holds them all (a
    /// version is read this way about 3.5 times, as it is related to later ones), else read
    /// in one range of the table and cached.
    fn version_linkables(&self, version_id: i64) -> Result<Vec<Rc<Linkable>>, StoreError> {
        let ids: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM occurrences WHERE version_id = ?1 ORDER BY seq")?
            .query_map([version_id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if let Some(all) = ids.iter().map(|&id| self.link_cache.get(id)).collect() {
            return Ok(all);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.fingerprint, o.actor_id, o.seq, o.origin_claim, o.body_id,
                    a.kind, a.key, a.name
             FROM occurrences o LEFT JOIN actors a ON a.id = o.actor_id
             WHERE o.version_id = ?1 ORDER BY o.seq",
        )?;
        let rows = stmt.query_map([version_id], |r| {
            Ok(Linkable {
                id: r.get(0)?,
                version_id,
                actor_id: r.get(2)?,
                fp: Rc::new(decode(r.get_ref(1)?.as_blob()?)),
                seq: r.get(3)?,
                origin: r.get(4)?,
                body_id: r.get(5)?,
                surname: stored_surname(r, 6)?,
            })
        })?;
        rows.map(|l| Ok(self.link_cache.put(l?))).collect()
    }

    fn claim_of(&self, occ: i64) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT claim_id FROM occurrences WHERE id = ?1")?
            .query_row([occ], |r| r.get(0))?)
    }
}

/// Reads a stored fingerprint; a damaged one matches nothing.
pub(super) fn decode(bytes: &[u8]) -> Fingerprint {
    Fingerprint::from_bytes(bytes).unwrap_or_else(|| Fingerprint::new(""))
}

/// Returns true for an occurrence of a few words (a headline, a quoted fragment): it may
/// share only one index key with the statement it restates.
pub(super) fn is_short(fp: &Fingerprint) -> bool {
    const SHORT_STEMS: usize = 5;
    fp.len() <= SHORT_STEMS
}

/// An occurrence's content identity, for tie-breaks: its version's text hash, its position,
/// and its article's identity key. It orders as the string `"{sha256}:{seq}:{ident}"` would,
/// without being written out for every occurrence read.
#[derive(Clone)]
pub(super) struct Identity {
    version: Rc<VersionInfo>,
    seq: i64,
}

impl Identity {
    pub(super) fn new(version: Rc<VersionInfo>, seq: i64) -> Self {
        Self { version, seq }
    }

    /// The bytes of `"{sha256}:{seq}:{ident}"`, in order.
    fn bytes<'a>(&'a self, digits: &'a mut [u8; 20]) -> impl Iterator<Item = u8> + 'a {
        let seq = decimal(self.seq, digits);
        let v = &*self.version;
        v.sha256
            .bytes()
            .chain(*b":")
            .chain(seq.iter().copied())
            .chain(*b":")
            .chain(v.ident.bytes())
    }
}

/// Writes `n` in decimal, as `format!` does, at the end of `buf`; returns the digits.
fn decimal(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

impl Ord for Identity {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b) = (&*self.version, &*other.version);
        // Text hashes have one length: the first that differs decides, as in the strings;
        // the same hash and position leave the article identities to decide.
        if a.sha256.len() == b.sha256.len() {
            let by_hash = a.sha256.cmp(&b.sha256);
            if by_hash.is_ne() {
                return by_hash;
            }
            if self.seq == other.seq {
                return a.ident.cmp(&b.ident);
            }
        }
        let (mut x, mut y) = ([0u8; 20], [0u8; 20]);
        self.bytes(&mut x).cmp(other.bytes(&mut y))
    }
}

impl PartialOrd for Identity {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Identity {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Identity {}

fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Whether two occurrences have one speaker: the same actor, or a spokesperson and the body
/// they speak for, either way round ("Nordfert spokeswoman Lena Vos said ..." and "Nordfert
/// said ..."), or a person named by surname alone and one named in full with that surname.
/// (A surname alone is stored as the one known person of that name, if one is stored already:
/// "Malinov" in a briefing added before the wire that names Stefan Malinov is an actor of its
/// own, and the last rule keeps linking from depending on which came first.)
fn same_speaker(a: Speaker, b: Speaker) -> bool {
    let same = |x: Option<i64>, y: Option<i64>| x.is_some() && x == y;
    let surname = match (a.2, b.2) {
        (Some(x), Some(y)) => !x.unnamed && !y.unnamed && x.last == y.last && (x.bare || y.bare),
        _ => false,
    };
    same(a.0, b.0) || same(a.1, b.0) || same(a.0, b.1) || surname
}

/// [`same_speaker`], or one person's name misspelled in one of two versions of a story: the
/// same given names and surnames of seven letters or more one slip apart ("Dev Ranganthan"
/// for "Dev Ranganathan", "Maria Sakharova" for "Maria Zakharova"). Only between versions of
/// one story: across a whole archive, names one letter apart are as often two people ("Karim
/// Moranani" and "Karim Morenani" in the generated corpus, "Johnson" and "Johnston").
fn speaker_in_story(a: Speaker, b: Speaker) -> bool {
    same_speaker(a, b)
        || match (a.2, b.2) {
            (Some(x), Some(y)) => x.misspells(&y),
            _ => false,
        }
}

/// Whether two speakers in versions of one story may be one, though not known as one: one of
/// them is known by a title only, or is a group ("Geng Lu" / "the envoy", "Erik Sund" / "one
/// analyst", "A Whitehall source" / "a Whitehall insider"), so that the words the two quote
/// alike may be one statement ([`crate::link::quoted_match`]). (Not a person named and a body,
/// nor two bodies: on generated news that joined statements of a company and of someone
/// else quoting its name.)
fn maybe_speaker_in_story(a: Speaker, b: Speaker) -> bool {
    let unnamed = |s: Speaker| s.2.is_some_and(|n| n.unnamed);
    unnamed(a) || unnamed(b)
}

impl Linkable {
    fn speaker(&self) -> Speaker {
        (self.actor_id, self.body_id, self.surname)
    }
}

impl Node {
    fn speaker(&self) -> Speaker {
        (self.actor_id, self.body_id, self.surname)
    }
}

/// A person's surname, hashed, whether they were named by it alone ("Malinov"), and, for
/// telling a misspelling, the hash of the given names and the surname's letters (up to
/// [`SURNAME_LETTERS`] bytes; longer ones are compared by hash only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PersonName {
    /// A person known by a title only, or a group ("the envoy", "analysts").
    unnamed: bool,
    last: u64,
    bare: bool,
    given: u64,
    letters: [u8; SURNAME_LETTERS],
    len: u8,
}

/// The longest surname, in bytes, whose letters [`PersonName`] keeps.
const SURNAME_LETTERS: usize = 20;

/// The fewest letters of a surname that may be misspelled in another version of a story.
const MISSPELT_LETTERS: usize = 7;

impl PersonName {
    fn misspells(&self, other: &Self) -> bool {
        let (x, y) = (
            &self.letters[..usize::from(self.len)],
            &other.letters[..usize::from(other.len)],
        );
        !self.bare
            && !other.bare
            && !self.unnamed
            && !other.unnamed
            && self.given == other.given
            && self.last != other.last
            && x.len().min(y.len()) >= MISSPELT_LETTERS
            && one_slip(x, y)
    }
}

/// Whether `x` becomes `y` by one insertion, deletion, substitution or swap of neighbours.
fn one_slip(x: &[u8], y: &[u8]) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short.iter().zip(long).take_while(|(a, b)| a == b).count();
    if short.len() == long.len() {
        p == short.len()
            || short[p + 1..] == long[p + 1..]
            || (p + 1 < short.len()
                && short[p] == long[p + 1]
                && short[p + 1] == long[p]
                && short[p + 2..] == long[p + 2..])
    } else {
        short[p..] == long[p + 1..]
    }
}

/// A person's name, when the actor is one (see [`PersonName`]).
pub(super) type Surname = Option<PersonName>;

/// Who speaks, for [`same_speaker`]: the actor, the body a spokesperson speaks for, the
/// name of a person.
type Speaker = (Option<i64>, Option<i64>, Surname);

/// The name of an actor that is a person named (from its match key, as `resolve_actor`
/// reads it): the key's last word, whether the key is that word alone, and the words before;
/// or, for a person known by a title only or a group, only that it is unnamed.
pub(super) fn surname_of(kind: &str, key: &str, name: &str) -> Surname {
    let named = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let person = kind == crate::extract::ActorKind::Person.as_str();
    if (person && !named) || kind == crate::extract::ActorKind::Group.as_str() {
        return Some(PersonName {
            unnamed: true,
            last: 0,
            bare: false,
            given: 0,
            letters: [0; SURNAME_LETTERS],
            len: 0,
        });
    }
    if !person || key.is_empty() {
        return None;
    }
    let (given, last, bare) = match key.rsplit_once(' ') {
        Some((given, last)) => (given, last, false),
        None => ("", key, true),
    };
    let mut letters = [0; SURNAME_LETTERS];
    let len = if last.len() <= SURNAME_LETTERS {
        letters[..last.len()].copy_from_slice(last.as_bytes());
        u8::try_from(last.len()).unwrap_or(0)
    } else {
        0
    };
    Some(PersonName {
        unnamed: false,
        last: crate::link::hash_str(last),
        bare,
        given: crate::link::hash_str(given),
        letters,
        len,
    })
}

/// [`surname_of`] a stored occurrence's actor, from columns `at` (kind, key, name) of a row.
fn stored_surname(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Surname> {
    let kind: Option<String> = r.get(at)?;
    let key: Option<String> = r.get(at + 1)?;
    let name: Option<String> = r.get(at + 2)?;
    Ok(match (kind, key, name) {
        (Some(kind), Some(key), Some(name)) => surname_of(&kind, &key, &name),
        _ => None,
    })
}

/// The chaining guards, for joining the clusters `a` and `b`: no two occurrences with
/// conflicting figures or names, and no two distinct statements of one version, in one claim.
///
/// Two exceptions, both resting on a third occurrence `z` in the two clusters that contains
/// most of each of the pair: names that differ are no conflict when `z` carries both ("Alliance
/// confirmed in Kursk" and "North Korean troops as proof of alliance", both parts of the wire's
/// sentence); and two statements of one version are parts of one when `z` is from another
/// version published earlier: a rewrite that split the wire's one sentence in two ("X described
/// the role as proof of the alliance ... X said the troops took part in the liberation"). The
/// converse, a later rewrite quoting the wire's two sentences as one, does not merge the wire's
/// two statements: the rewrite joins one of them.
fn guard_blocks(a: &[&Node], b: &[&Node]) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            let split = x.version_id == y.version_id && distinct(x, y);
            if !split && !link::incompatible(&x.fp, &y.fp) {
                return false;
            }
            !a.iter().chain(b).any(|z| {
                covers(z, x)
                    && covers(z, y)
                    && (!split || (z.version_id != x.version_id && earlier(z, x)))
            })
        })
    })
}

/// Returns true when most of `part` (by weight) is in `z`, another occurrence.
fn covers(z: &Node, part: &Node) -> bool {
    const PART: f32 = 0.65;
    let w = part.fp.weight();
    z.id != part.id && w > 0.0 && part.fp.shared(&z.fp) / w >= PART
}

/// Returns true when `z`'s version was published before `x`'s (both dates known).
fn earlier(z: &Node, x: &Node) -> bool {
    matches!((z.published, x.published), (Some(zp), Some(xp)) if zp < xp)
}

/// The chaining guard: two occurrences of one version are distinct statements unless they are
/// close enough to be one statement said twice (a headline and its lede).
fn distinct(x: &Node, y: &Node) -> bool {
    let sa = same_speaker(x.speaker(), y.speaker());
    !(link::same_statement(&x.fp, &y.fp, sa) || link::weak_match(&x.fp, &y.fp, sa))
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The match score of every pair of occurrences (i in `a`, j in `b`).
fn similarities(a: &[Linkable], b: &[Rc<Linkable>]) -> Vec<Vec<f32>> {
    a.iter()
        .map(|x| b.iter().map(|y| link::match_score(&x.fp, &y.fp)).collect())
        .collect()
}

/// Pairs of indexes (i, j) of `sim` that are each other's most similar occurrence among the
/// eligible pairs.
fn mutual_best(sim: &[Vec<f32>], eligible: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize)> {
    let cols = sim.first().map_or(0, Vec::len);
    if cols == 0 {
        return Vec::new();
    }
    // Each pair's score once (0 when not eligible), then each row's and column's best: the
    // first of equals, as `max_by` over indexes preferring the lower one would pick. (Finding a
    // column's best anew for every row cost 7% of the writer's instructions.)
    let at: Vec<Vec<f32>> = sim
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, &s)| if eligible(i, j) { s } else { 0.0 })
                .collect()
        })
        .collect();
    let col_best: Vec<Option<usize>> = (0..cols)
        .map(|j| first_best(at.iter().map(|row| row[j])))
        .collect();
    at.iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let j = first_best(row.iter().copied())?;
            (col_best[j] == Some(i) && row[j] > 0.0).then_some((i, j))
        })
        .collect()
}

/// The index of the greatest of `values` (the first of equals), `None` when there are none.
fn first_best(values: impl IntoIterator<Item = f32>) -> Option<usize> {
    let mut values = values.into_iter().enumerate();
    let (mut best, mut top) = values.next()?;
    for (k, v) in values {
        if v.total_cmp(&top).is_gt() {
            (best, top) = (k, v);
        }
    }
    Some(best)
}

#[cfg(test)]
mod tests {
    use super::{
        maybe_speaker_in_story, mutual_best, same_speaker, speaker_in_story, surname_of, Identity,
        VersionInfo,
    };
    use std::rc::Rc;

    /// Pairs are each other's best among the eligible ones; of equal scores the first wins,
    /// and a pair scoring nothing is none.
    #[test]
    fn mutual_best_pairs_each_others_best_first_of_equals() {
        let sim = vec![
            vec![0.9, 0.2, 0.0],
            vec![0.9, 0.5, 0.5],
            vec![0.0, 0.0, 0.0],
            vec![0.1, 0.5, 0.4],
        ];
        // rows 0 and 1 tie for column 0 and the first wins it; row 3 ties with row 1 for
        // column 1, which row 1 wins, so rows 1 and 3 are left
        assert_eq!(mutual_best(&sim, |_, _| true), vec![(0, 0)]);
        // without row 0, row 1 takes column 0; without row 1's claim on column 1 too, row 3
        // takes it
        assert_eq!(mutual_best(&sim, |i, _| i != 0), vec![(1, 0)]);
        assert_eq!(
            mutual_best(&sim, |i, j| i != 0 && (i, j) != (1, 1)),
            vec![(1, 0), (3, 1)]
        );
        // nothing eligible: nothing paired
        assert!(mutual_best(&sim, |_, _| false).is_empty());
        assert!(mutual_best(&[], |_, _| true).is_empty());
    }

    /// A misspelled name is one speaker only between versions of one story, and only for a
    /// long surname one slip away with the same given names.
    #[test]
    fn a_misspelled_surname_is_one_speaker_within_a_story() {
        let person = |key: &str| (Some(1), None, surname_of("person", key, "X Y"));
        let other = |key: &str| (Some(2), None, surname_of("person", key, "X Y"));
        for (a, b, alike) in [
            ("dev ranganathan", "dev ranganthan", true),
            ("maria zakharova", "maria sakharova", true),
            ("maria zakharova", "maria zakahrova", true),
            ("maria zakharova", "maria zakharovaa", true),
            ("maria zakharova", "anna sakharova", false),
            ("maria zakharova", "maria sokharovo", false),
            ("anna petrova", "anna petrov", false),
            ("zakharova", "sakharova", false),
        ] {
            let (x, y) = (person(a), other(b));
            assert!(!same_speaker(x, y), "{a} / {b}");
            assert_eq!(speaker_in_story(x, y), alike, "{a} / {b}");
        }
        // (the same person stays one speaker, of course)
        assert!(speaker_in_story(
            person("dev ranganathan"),
            person("dev ranganathan")
        ));
    }

    /// Someone known by a title only, or a group, may be anyone else of the story; two people
    /// named, a person and a body, or two bodies, may not.
    #[test]
    fn an_unnamed_speaker_may_be_anyone_of_the_story() {
        let named = (
            Some(1),
            None,
            surname_of("person", "erik sund", "Erik Sund"),
        );
        let other = (Some(2), None, surname_of("person", "lena aas", "Lena Aas"));
        let analyst = (Some(3), None, surname_of("person", "analyst", "analyst"));
        let source = (
            Some(4),
            None,
            surname_of("person", "whitehall source", "Whitehall source"),
        );
        let insiders = (Some(5), None, surname_of("group", "insiders", "insiders"));
        let body = (
            Some(6),
            None,
            surname_of("org", "org:brightwater homes", "Brightwater Homes"),
        );
        let body2 = (Some(7), None, surname_of("org", "org:ministry", "ministry"));
        for (a, b, may) in [
            (named, analyst, true),
            (analyst, insiders, true),
            (source, body, true),
            (named, other, false),
            (named, body, false),
            (body, body2, false),
        ] {
            assert_eq!(maybe_speaker_in_story(a, b), may, "{a:?} / {b:?}");
            assert_eq!(maybe_speaker_in_story(b, a), may, "{b:?} / {a:?}");
        }
    }

    /// Identities order exactly as the strings `"{sha256}:{seq}:{ident}"` they replaced
    /// (where "12:" comes before "1:" and "9:"), over every pair of a set with near ties.
    #[test]
    fn identities_order_as_their_strings_did() {
        let mut all = Vec::new();
        for sha in ["ab", "abc", "b0"] {
            for ident in ["", "a", "a:b", "https://x/1", "https://x/10", "é"] {
                let v = Rc::new(VersionInfo {
                    sha256: sha.into(),
                    ident: ident.into(),
                    published: None,
                });
                for seq in [0, 1, 2, 9, 10, 12, 19, 100, -1, i64::MAX, i64::MIN] {
                    all.push((
                        Identity::new(v.clone(), seq),
                        format!("{sha}:{seq}:{ident}"),
                    ));
                }
            }
        }
        for (a, sa) in &all {
            for (b, sb) in &all {
                assert_eq!(a.cmp(b), sa.cmp(sb), "{sa} against {sb}");
            }
        }
    }
}
