//! The writer's actor cache: actor ids by match key, and the alias and role counts and the
//! per-actor statement, claim and article counts of the open transaction, written once per
//! transaction instead of once per occurrence (triggers did that, at a quarter of `add`).
//!
//! It follows the savepoints: what a group of articles (or, when a group is stored again, an
//! article) added is kept when it is stored and dropped when it is rolled back.

use std::collections::BTreeMap;

use foldhash::HashMap;

/// Counts waiting to be written: alias and role uses by (actor id, alias or role), and the
/// changes of the actors' occurrences by actor, by (actor, claim) and by (actor, article).
#[derive(Default)]
pub(super) struct Counts {
    pub aliases: BTreeMap<(i64, String), i64>,
    pub roles: BTreeMap<(i64, String), i64>,
    pub occurrences: BTreeMap<i64, i64>,
    pub in_claims: BTreeMap<(i64, i64), i64>,
    pub in_articles: BTreeMap<(i64, i64), i64>,
}

fn add_all<K: Ord>(into: &mut BTreeMap<K, i64>, from: &mut BTreeMap<K, i64>) {
    for (k, n) in std::mem::take(from) {
        *into.entry(k).or_insert(0) += n;
    }
}

impl Counts {
    fn absorb(&mut self, other: &mut Counts) {
        add_all(&mut self.aliases, &mut other.aliases);
        add_all(&mut self.roles, &mut other.roles);
        add_all(&mut self.occurrences, &mut other.occurrences);
        add_all(&mut self.in_claims, &mut other.in_claims);
        add_all(&mut self.in_articles, &mut other.in_articles);
    }
}

#[derive(Default)]
pub(super) struct ActorCache {
    /// The highest actor id this writer knows of (to notice other writers' actors).
    max_id: i64,
    /// Actor ids by match key: the young generation, then the old one (see
    /// [`ActorCache::CAPACITY`]).
    ids: HashMap<String, i64>,
    old_ids: HashMap<String, i64>,
    /// A single-word person key (a surname alone): the one person with that surname, or None
    /// when there are none or several.
    surnames: HashMap<String, Option<i64>>,
    /// Keys of the actors the group (or article) being stored created.
    staged_new: Vec<String>,
    /// The group's (or article's) counts.
    staged: Counts,
    /// The transaction's counts.
    pending: Counts,
}

impl ActorCache {
    /// Ids kept per generation (about 100 bytes each): when the young generation is full it
    /// becomes the old one, and ids found in the old one move back to the young one, so that
    /// frequent actors stay while memory does not grow with the number of actors (105,000 at
    /// 100,000 generated records, most of them seen once).
    const CAPACITY: usize = 16_384;

    /// Notes the highest actor id at the start of a transaction: when another writer added
    /// actors, a surname alone may no longer name one person.
    pub(super) fn sync(&mut self, max_id: i64) {
        if max_id != self.max_id {
            self.surnames.clear();
            self.max_id = max_id;
        }
    }

    pub(super) fn id(&mut self, key: &str) -> Option<i64> {
        if let Some(&id) = self.ids.get(key) {
            return Some(id);
        }
        let (key, id) = self.old_ids.remove_entry(key)?;
        self.keep(key, id);
        Some(id)
    }

    pub(super) fn remember(&mut self, key: &str, id: i64) {
        self.keep(key.to_string(), id);
    }

    fn keep(&mut self, key: String, id: i64) {
        if self.ids.len() >= Self::CAPACITY {
            self.old_ids = std::mem::take(&mut self.ids);
        }
        self.ids.insert(key, id);
    }

    pub(super) fn surname(&self, key: &str) -> Option<Option<i64>> {
        self.surnames.get(key).copied()
    }

    pub(super) fn remember_surname(&mut self, key: &str, id: Option<i64>) {
        if self.surnames.len() >= Self::CAPACITY {
            self.surnames.clear();
        }
        self.surnames.insert(key.to_string(), id);
    }

    /// Records an actor the article created.
    pub(super) fn created(&mut self, key: &str, id: i64) {
        self.remember(key, id);
        self.staged_new.push(key.to_string());
        self.max_id = self.max_id.max(id);
        // a new person may make its surname ambiguous
        if let Some(last) = key.rsplit(' ').next() {
            self.surnames.remove(last);
        }
    }

    /// Counts one use of an alias, and of a role when given.
    pub(super) fn count(&mut self, id: i64, alias: &str, role: Option<&str>) {
        *self
            .staged
            .aliases
            .entry((id, alias.to_string()))
            .or_insert(0) += 1;
        if let Some(role) = role {
            *self.staged.roles.entry((id, role.to_string())).or_insert(0) += 1;
        }
    }

    /// Counts a stored occurrence of an actor, in a claim and an article.
    pub(super) fn occurrence(&mut self, actor: i64, claim: i64, article: i64) {
        *self.staged.occurrences.entry(actor).or_insert(0) += 1;
        *self.staged.in_claims.entry((actor, claim)).or_insert(0) += 1;
        *self.staged.in_articles.entry((actor, article)).or_insert(0) += 1;
    }

    /// Counts a stored occurrence of an actor moving from one claim to another.
    pub(super) fn moved(&mut self, actor: i64, from: i64, to: i64) {
        *self.staged.in_claims.entry((actor, from)).or_insert(0) -= 1;
        *self.staged.in_claims.entry((actor, to)).or_insert(0) += 1;
    }

    /// Keeps what the group or article added (its savepoint was released).
    pub(super) fn keep_staged(&mut self) {
        self.staged_new.clear();
        self.pending.absorb(&mut self.staged);
    }

    /// Drops what the group or article added (it was rolled back).
    pub(super) fn drop_staged(&mut self) {
        for key in std::mem::take(&mut self.staged_new) {
            self.ids.remove(&key);
            self.old_ids.remove(&key);
        }
        self.staged = Counts::default();
        self.surnames.clear();
    }

    /// Takes the transaction's counts to write.
    pub(super) fn take_pending(&mut self) -> Counts {
        std::mem::take(&mut self.pending)
    }

    /// Forgets everything after a failed transaction.
    pub(super) fn reset(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rolled_back_article_leaves_no_actor_or_count_behind() {
        let mut c = ActorCache::default();
        c.created("ann lee", 1);
        c.count(1, "Ann Lee", Some("minister"));
        c.keep_staged();
        c.created("bo chan", 2);
        c.count(2, "Bo Chan", None);
        c.count(1, "Lee", None);
        c.drop_staged();
        assert_eq!(c.id("ann lee"), Some(1));
        assert_eq!(c.id("bo chan"), None);
        let p = c.take_pending();
        assert_eq!(p.aliases.len(), 1);
        assert_eq!(p.aliases[&(1, "Ann Lee".to_string())], 1);
        assert_eq!(p.roles[&(1, "minister".to_string())], 1);
    }

    #[test]
    fn ids_stay_bounded_and_frequent_ones_stay_in() {
        let mut c = ActorCache::default();
        c.remember("frequent", 0);
        for i in 1..=3 * ActorCache::CAPACITY as i64 {
            c.remember(&format!("actor {i}"), i);
            if i % 1000 == 0 {
                assert_eq!(c.id("frequent"), Some(0));
            }
        }
        assert!(c.ids.len() + c.old_ids.len() <= 2 * ActorCache::CAPACITY);
        assert_eq!(c.id("frequent"), Some(0));
        assert_eq!(c.id("actor 1"), None, "a rare one was forgotten");
    }

    #[test]
    fn a_new_person_forgets_the_cached_answer_for_its_surname() {
        let mut c = ActorCache::default();
        c.remember_surname("lee", Some(1));
        c.created("bo lee", 2);
        assert_eq!(c.surname("lee"), None);
    }
}
