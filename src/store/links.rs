//! Linking occurrences into claims, and the persisted linking index.
//!
//! Linking has two steps. Edges: a new version's occurrences look up their index keys and keep
//! the candidates that make the same statement ([`link::same_statement`]); the versions reached
//! that way tell the same story (or are earlier versions of the article), and between the new
//! version and each of them, occurrences that are each other's best match and similar enough
//! to be a rewording ([`link::weak_match`]) get an edge too. Every edge depends only on the two
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

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::params;

use super::{Store, StoreError};
use crate::link::{self, Fingerprint};

/// A posting list longer than this marks its key as boilerplate: it is no longer looked up.
const MAX_POSTINGS: usize = 32;

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

/// Linking data of recent occurrences by id, cleared when it reaches [`LinkCache::CAPACITY`]
/// entries (about 200 bytes each), so memory stays flat on any corpus size.
#[derive(Default)]
pub(super) struct LinkCache {
    map: std::cell::RefCell<HashMap<i64, std::rc::Rc<Linkable>>>,
}

impl LinkCache {
    const CAPACITY: usize = 200_000;

    fn get(&self, id: i64) -> Option<std::rc::Rc<Linkable>> {
        self.map.borrow().get(&id).cloned()
    }

    fn put(&self, l: Linkable) -> std::rc::Rc<Linkable> {
        let mut map = self.map.borrow_mut();
        if map.len() >= Self::CAPACITY {
            map.clear();
        }
        let rc = std::rc::Rc::new(l);
        map.insert(rc.id, rc.clone());
        rc
    }

    /// Forgets everything (after a rollback, cached rows may no longer exist).
    pub(super) fn clear(&self) {
        self.map.borrow_mut().clear();
    }
}

/// An occurrence ready for linking.
#[derive(Clone)]
pub(super) struct Linkable {
    pub id: i64,
    pub version_id: i64,
    pub actor_id: Option<i64>,
    pub fp: Fingerprint,
}

/// An occurrence inside a component being re-clustered.
struct Node {
    id: i64,
    origin: i64,
    version_id: i64,
    /// Content identity for tie-breaks: version hash and position, then article identity.
    identity: String,
    fp: Fingerprint,
    actor_id: Option<i64>,
    /// The version's published date, in seconds, when known.
    published: Option<i64>,
}

impl Store {
    /// Links the occurrences of a freshly stored version (see the module docs).
    pub(super) fn link_version(
        &self,
        version_id: i64,
        fresh: &[Linkable],
    ) -> Result<(), StoreError> {
        let mut edges: BTreeMap<(i64, i64), f32> = BTreeMap::new();
        let mut related = BTreeSet::new();
        // each key, with the fresh occurrences filed under it (for pairs within the version)
        let mut by_key: HashMap<i64, Vec<usize>> = HashMap::new();
        for (i, o) in fresh.iter().enumerate() {
            let keys = o.fp.keys();
            for c in self.candidates(&keys)? {
                if c.version_id == version_id {
                    continue;
                }
                if link::same_statement(&o.fp, &c.fp, same_actor(o.actor_id, c.actor_id)) {
                    related.insert(c.version_id);
                    edges.insert(
                        ordered(o.id, c.id),
                        link::match_score(&o.fp, &c.fp).max(0.01),
                    );
                }
            }
            let mut ins = self.conn.prepare_cached(
                "INSERT OR IGNORE INTO link_keys (key, occurrence_id) VALUES (?1, ?2)",
            )?;
            for key in keys {
                ins.execute(params![key, o.id])?;
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
            let (x, y) = (&fresh[i], &fresh[j]);
            if link::same_statement(&x.fp, &y.fp, same_actor(x.actor_id, y.actor_id)) {
                edges.insert(
                    ordered(x.id, y.id),
                    link::match_score(&x.fp, &y.fp).max(0.01),
                );
            }
        }
        for other in related {
            let theirs = self.version_linkables(other)?;
            if fresh.len().saturating_mul(theirs.len()) > MAX_PAIRS {
                // two versions with thousands of statements each (a hostile or machine-made
                // text): keep the key-based edges only
                continue;
            }
            for (i, j) in mutual_best(fresh, &theirs) {
                let (o, c) = (&fresh[i], &theirs[j]);
                if link::weak_match(&o.fp, &c.fp, same_actor(o.actor_id, c.actor_id)) {
                    edges
                        .entry(ordered(o.id, c.id))
                        .or_insert(link::match_score(&o.fp, &c.fp).max(0.01));
                }
            }
        }
        if edges.is_empty() {
            return Ok(());
        }
        let mut ins = self.conn.prepare_cached(
            "INSERT OR REPLACE INTO link_edges (a, b, score) VALUES (?1, ?2, ?3)",
        )?;
        for ((a, b), score) in &edges {
            ins.execute(params![a, b, f64::from(*score)])?;
        }
        self.recluster(&edges)
    }

    /// Recomputes the clusters that the new edges touch.
    fn recluster(&self, new_edges: &BTreeMap<(i64, i64), f32>) -> Result<(), StoreError> {
        // The occurrences of every claim an edge touches.
        let mut claims = BTreeSet::new();
        for &(a, b) in new_edges.keys() {
            claims.insert(self.claim_of(a)?);
            claims.insert(self.claim_of(b)?);
        }
        let mut ids = BTreeSet::new();
        let mut members_of = self
            .conn
            .prepare_cached("SELECT id FROM occurrences WHERE claim_id = ?1")?;
        for c in claims {
            let m: Vec<i64> = members_of
                .query_map([c], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            if m.len() > MAX_CLUSTER {
                // A claim this large is boilerplate gone wrong; do not grow it further.
                continue;
            }
            ids.extend(m);
        }
        if ids.len() > RECLUSTER_LIMIT {
            return self.merge_incrementally(new_edges);
        }
        let nodes = self.nodes(&ids)?;
        let index: HashMap<i64, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        // Every edge among them, from the most similar down; ties by content identity.
        let mut edges: BTreeMap<(usize, usize), f32> = BTreeMap::new();
        let mut out = self
            .conn
            .prepare_cached("SELECT b, score FROM link_edges WHERE a = ?1")?;
        for n in &nodes {
            for row in out.query_map([n.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))? {
                let (b, score) = row?;
                if let Some(&ib) = index.get(&b) {
                    edges.insert((index[&n.id], ib), score as f32);
                }
            }
        }
        let mut order: Vec<(f32, String, usize, usize)> = edges
            .into_iter()
            .map(|((ia, ib), s)| {
                let (ka, kb) = (&nodes[ia].identity, &nodes[ib].identity);
                let key = if ka <= kb {
                    format!("{ka}|{kb}")
                } else {
                    format!("{kb}|{ka}")
                };
                (s, key, ia, ib)
            })
            .collect();
        order.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        let mut parent: Vec<usize> = (0..nodes.len()).collect();
        let mut members: Vec<Vec<usize>> = (0..nodes.len()).map(|i| vec![i]).collect();
        for (_, _, a, b) in order {
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
        // Write the clusters: each takes the smallest claim id of its occurrences.
        let mut set_claim = self.conn.prepare_cached(
            "UPDATE occurrences SET claim_id = ?2 WHERE id = ?1 AND claim_id != ?2",
        )?;
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
                set_claim.execute(params![nodes[m].id, claim])?;
                let target = if nodes[m].origin == claim {
                    None
                } else {
                    Some(claim)
                };
                set_merged.execute(params![nodes[m].origin, target])?;
            }
        }
        Ok(())
    }

    /// Applies new edges one at a time, strongest first: two claims merge unless the guards
    /// forbid it (see [`Store::recluster`]).
    fn merge_incrementally(&self, new_edges: &BTreeMap<(i64, i64), f32>) -> Result<(), StoreError> {
        let mut order: Vec<(&(i64, i64), &f32)> = new_edges.iter().collect();
        order.sort_by(|x, y| y.1.total_cmp(x.1).then_with(|| x.0.cmp(y.0)));
        let mut members_of = self
            .conn
            .prepare_cached("SELECT id FROM occurrences WHERE claim_id = ?1")?;
        for (&(a, b), _) in order {
            let (ca, cb) = (self.claim_of(a)?, self.claim_of(b)?);
            if ca == cb {
                continue;
            }
            let ma: BTreeSet<i64> = members_of
                .query_map([ca], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mb: BTreeSet<i64> = members_of
                .query_map([cb], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            if ma.len() + mb.len() > MAX_CLUSTER {
                continue;
            }
            let (na, nb) = (self.nodes(&ma)?, self.nodes(&mb)?);
            let (ra, rb): (Vec<&Node>, Vec<&Node>) = (na.iter().collect(), nb.iter().collect());
            if guard_blocks(&ra, &rb) {
                continue;
            }
            let (keep, gone) = (ca.min(cb), ca.max(cb));
            self.conn
                .prepare_cached("UPDATE occurrences SET claim_id = ?1 WHERE claim_id = ?2")?
                .execute(params![keep, gone])?;
            // every claim created with an occurrence now in `keep` resolves to it
            self.conn
                .prepare_cached(
                    "UPDATE claims SET merged_into = ?1
                     WHERE id IN (SELECT origin_claim FROM occurrences WHERE claim_id = ?1) AND id != ?1",
                )?
                .execute(params![keep])?;
        }
        Ok(())
    }

    fn nodes(&self, ids: &BTreeSet<i64>) -> Result<Vec<Node>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.origin_claim, o.version_id, v.sha256 || ':' || o.seq || ':' || a.ident, o.fingerprint, o.actor_id, v.published
             FROM occurrences o JOIN versions v ON v.id = o.version_id JOIN articles a ON a.id = v.article_id
             WHERE o.id = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let node = stmt.query_row([id], |r| {
                Ok(Node {
                    id: r.get(0)?,
                    origin: r.get(1)?,
                    version_id: r.get(2)?,
                    identity: r.get(3)?,
                    fp: decode(&r.get::<_, Vec<u8>>(4)?),
                    actor_id: r.get(5)?,
                    published: r
                        .get::<_, Option<String>>(6)?
                        .as_deref()
                        .and_then(crate::ingest::normalize::published_instant),
                })
            })?;
            out.push(node);
        }
        Ok(out)
    }

    /// Returns the occurrences filed under any of `keys`, skipping boilerplate keys.
    fn candidates(&self, keys: &[i64]) -> Result<Vec<std::rc::Rc<Linkable>>, StoreError> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        let mut post = self
            .conn
            .prepare_cached("SELECT occurrence_id FROM link_keys WHERE key = ?1 LIMIT ?2")?;
        let mut row = self.conn.prepare_cached(
            "SELECT fingerprint, actor_id, version_id FROM occurrences WHERE id = ?1",
        )?;
        for key in keys {
            let ids: Vec<i64> = post
                .query_map(params![key, (MAX_POSTINGS + 1) as i64], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            if ids.len() > MAX_POSTINGS {
                continue;
            }
            for id in ids {
                if !seen.insert(id) {
                    continue;
                }
                if let Some(l) = self.link_cache.get(id) {
                    out.push(l);
                    continue;
                }
                let (fp, actor_id, version_id): (Vec<u8>, Option<i64>, i64) =
                    row.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                out.push(self.link_cache.put(Linkable {
                    id,
                    version_id,
                    actor_id,
                    fp: decode(&fp),
                }));
            }
        }
        Ok(out)
    }

    fn version_linkables(&self, version_id: i64) -> Result<Vec<Linkable>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, fingerprint, actor_id FROM occurrences WHERE version_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([version_id], |r| {
            Ok(Linkable {
                id: r.get(0)?,
                version_id,
                actor_id: r.get(2)?,
                fp: decode(&r.get::<_, Vec<u8>>(1)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn claim_of(&self, occ: i64) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT claim_id FROM occurrences WHERE id = ?1")?
            .query_row([occ], |r| r.get(0))?)
    }
}

/// Reads a stored fingerprint; a damaged one matches nothing.
fn decode(bytes: &[u8]) -> Fingerprint {
    Fingerprint::from_bytes(bytes).unwrap_or_else(|| Fingerprint::new(""))
}

fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

fn same_actor(a: Option<i64>, b: Option<i64>) -> bool {
    a.is_some() && a == b
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
    let sa = same_actor(x.actor_id, y.actor_id);
    !(link::same_statement(&x.fp, &y.fp, sa) || link::weak_match(&x.fp, &y.fp, sa))
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Pairs of indexes (i in `a`, j in `b`) that are each other's most similar occurrence.
fn mutual_best(a: &[Linkable], b: &[Linkable]) -> Vec<(usize, usize)> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let sim: Vec<Vec<f32>> = a
        .iter()
        .map(|x| b.iter().map(|y| link::match_score(&x.fp, &y.fp)).collect())
        .collect();
    let best_in_row =
        |i: usize| (0..b.len()).max_by(|&p, &q| sim[i][p].total_cmp(&sim[i][q]).then(q.cmp(&p)));
    let best_in_col =
        |j: usize| (0..a.len()).max_by(|&p, &q| sim[p][j].total_cmp(&sim[q][j]).then(q.cmp(&p)));
    (0..a.len())
        .filter_map(|i| {
            let j = best_in_row(i)?;
            (best_in_col(j) == Some(i) && sim[i][j] > 0.0).then_some((i, j))
        })
        .collect()
}
