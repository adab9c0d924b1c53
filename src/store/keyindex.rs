//! The writer's in-memory view of the linking index (the runs of `keystore.rs`).
//!
//! Each occurrence is filed under about a dozen keys; looking every key up in a B-tree of
//! millions of rows, and inserting it there one row at a time, was most of the cost of `add`.
//! The writer now keeps in memory the postings of every occurrence above the table's high-water
//! mark (`link_high_water`): those it stores, and those other writers stored meanwhile, filed
//! from their fingerprints at the start of each of its transactions. It reads SQLite only for
//! occurrences at or below the mark (`base`), in the runs whose filters may hold the key. Its
//! postings are written as a new run, in key order, when its memory is full and when it
//! finishes, and only while the key is not boilerplate yet (a key with more than
//! [`MAX_POSTINGS`] postings is never looked up, so its further postings would be dead rows).
//! A writer killed before writing them leaves the mark behind, and the next writer files those
//! occurrences from their fingerprints.
//!
//! Memory is bounded: past [`KeyIndex::MAX_NODES`] postings or [`KeyIndex::MAX_KEYS`] keys the
//! index is written out as a run and emptied.

// A fast hasher with a random seed (the keys come from the texts being added; plain SipHash
// was a fifth of the in-memory index's lookups).
use foldhash::{HashMap, HashSet};
use std::sync::{Arc, Mutex, Weak};

/// A key with more postings than this is boilerplate: it is no longer looked up.
pub(super) const MAX_POSTINGS: usize = 32;

/// No next posting.
const END: u32 = u32::MAX;

/// The bit of a posting that marks a short occurrence (see `links::is_short`).
const SHORT: u32 = 1 << 31;

#[derive(Clone, Copy)]
struct Head {
    /// The latest block of the key's postings in `nodes` (its third and later), or [`END`].
    last: u32,
    /// Postings of the key held here (counted past [`MAX_POSTINGS`], but not stored).
    count: u32,
    /// The key's first two postings, held in the table itself: most keys have no more, and
    /// are then read with one look-up (walking `nodes`, a miss of the processor's caches per
    /// posting, was the largest cost of finding candidates).
    first: [u32; INLINE],
}

/// Postings held in a key's [`Head`].
const INLINE: usize = 2;

impl Head {
    const EMPTY: Head = Head {
        last: END,
        count: 0,
        first: [0; INLINE],
    };

    /// The postings held in the head (the first `count`, at most [`INLINE`]).
    fn inline(&self) -> &[u32] {
        &self.first[..(self.count as usize).min(INLINE)]
    }
}

/// Postings of a key past its first two, in blocks: the latest block first, each holding
/// [`BLOCK`] postings but the latest, which holds the rest.
#[derive(Clone, Copy)]
struct Block {
    /// Occurrence ids, less `base`, and [`SHORT`] for a short occurrence.
    occ: [u32; BLOCK],
    /// The key's previous block, or [`END`].
    next: u32,
}

/// Postings per [`Block`]: a key's postings are read with a miss of the processor's caches
/// per block, not per posting.
const BLOCK: usize = 6;

/// A Bloom filter of index keys, stored with each run, so that a run that does not hold a key
/// is not read for it.
pub(super) struct Bloom {
    /// The bit array, as stored (a power of two of bytes).
    bits: Vec<u8>,
}

impl Bloom {
    /// Bits per key of the expected number of keys (about 1% false positives with 3 probes).
    const BITS_PER_KEY: usize = 10;

    pub(super) fn with_keys(n: usize) -> Self {
        let bytes = (n * Self::BITS_PER_KEY / 8).max(8192).next_power_of_two();
        Self {
            bits: vec![0; bytes],
        }
    }

    /// The stored form (the bit array itself).
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.bits
    }

    /// Takes a filter's stored form; `None` if the bytes are not one.
    pub(super) fn from_bytes(bits: Vec<u8>) -> Option<Self> {
        bits.len().is_power_of_two().then_some(Self { bits })
    }

    fn probes(&self, key: i64) -> impl Iterator<Item = usize> + '_ {
        let h = (key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mask = self.bits.len() * 8 - 1;
        (0..3u32).map(move |i| (h.rotate_left(21 * i) as usize) & mask)
    }

    /// Adds a key; returns false when it (probably) was in already.
    pub(super) fn insert(&mut self, key: i64) -> bool {
        let bits: Vec<usize> = self.probes(key).collect();
        let mut new = false;
        for b in bits {
            new |= self.bits[b / 8] & (1 << (b % 8)) == 0;
            self.bits[b / 8] |= 1 << (b % 8);
        }
        new
    }

    pub(super) fn contains(&self, key: i64) -> bool {
        self.probes(key)
            .all(|b| self.bits[b / 8] & (1 << (b % 8)) != 0)
    }
}

/// A run of postings in SQLite (see `keystore.rs`).
pub(super) struct Run {
    pub(super) id: i64,
    pub(super) postings: i64,
    /// Distinct keys.
    pub(super) keys: i64,
    /// The keys it holds (one copy for the writer and its prefetcher, see [`Filters`]).
    pub(super) filter: Arc<Bloom>,
}

/// The filters of committed runs, by run id, shared by a writer and its prefetcher so that
/// each is held once: they are the largest part of the writer's memory that grows with the
/// corpus (about 1.25 bytes per key). A run's contents never change and its id is not reused
/// once it is committed, so a filter found here under an id is that run's; the writer adds
/// those of its own runs only once they are committed.
#[derive(Clone, Default)]
pub(super) struct Filters(Arc<Mutex<HashMap<i64, Weak<Bloom>>>>);

impl Filters {
    /// The filter of committed run `id`: shared if either side holds it, else `load`ed (and
    /// shared from then on).
    pub(super) fn get_or_load<E>(
        &self,
        id: i64,
        load: impl FnOnce() -> Result<Bloom, E>,
    ) -> Result<Arc<Bloom>, E> {
        if let Some(filter) = self.lock().get(&id).and_then(Weak::upgrade) {
            return Ok(filter);
        }
        // loaded without the lock held: the other side may load it too, and one copy wins
        let loaded = Arc::new(load()?);
        Ok(self.share(id, loaded))
    }

    /// Shares the filter of a run just committed; returns the copy to keep.
    pub(super) fn share(&self, id: i64, filter: Arc<Bloom>) -> Arc<Bloom> {
        let mut map = self.lock();
        if let Some(held) = map.get(&id).and_then(Weak::upgrade) {
            return held;
        }
        map.retain(|_, w| w.strong_count() > 0);
        map.insert(id, Arc::downgrade(&filter));
        filter
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Weak<Bloom>>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A run's id and sizes, for deciding merges.
#[derive(Clone, Copy)]
pub(super) struct RunSize {
    pub(super) id: i64,
    pub(super) postings: i64,
    pub(super) keys: i64,
}

/// The postings of recent occurrences, and the postings waiting to be written.
#[derive(Default)]
pub(super) struct KeyIndex {
    /// Set once the database's state has been read (at the first transaction).
    started: bool,
    /// Occurrences with an id at most this are looked up in SQLite, above it here.
    base: i64,
    /// The highest occurrence id whose postings are here (or at most `base`).
    seen: i64,
    heads: HashMap<i64, Head>,
    /// Each key's postings past its first two, as lists of blocks from the latest.
    nodes: Vec<Block>,
    /// Postings held, in heads and nodes (bounded by [`KeyIndex::MAX_NODES`]).
    held: usize,
    /// The runs in SQLite, oldest first, with their filters.
    runs: Vec<Run>,
    /// Keys known to be boilerplate (more than [`MAX_POSTINGS`] postings), kept across spills
    /// so that they are never read from SQLite again.
    boilerplate: HashSet<i64>,
    /// Occurrences up to this id have their postings in SQLite.
    written: i64,
    /// Postings of the article being stored (key, occurrence, short), kept when it succeeds.
    staged: Vec<(i64, i64, bool)>,
}

impl KeyIndex {
    /// Postings held before spilling (8 bytes each past a key's first two).
    const MAX_NODES: usize = 1_000_000;
    /// Keys held before spilling (about 25 bytes each, with their first two postings).
    const MAX_KEYS: usize = 430_000;
    /// What one chunk of articles may file past those bounds before the next check (a chunk
    /// of 128 generated articles files about 20,000 postings). Memory is reserved for it, so
    /// that the index never grows by doubling: the hash table holds 458,752 keys in 2^19
    /// buckets (a load factor of 7/8), and the next size up would take 9 MB more.
    const HEADROOM: usize = 28_000;

    /// Returns whether the index has been initialised for this database.
    pub(super) fn started(&self) -> bool {
        self.started
    }

    /// Initialises the index at the first transaction: occurrences up to the high-water mark
    /// are in SQLite (the others are then caught up).
    pub(super) fn start(&mut self, high_water: i64) {
        self.started = true;
        self.base = high_water;
        self.seen = high_water;
        self.written = high_water;
    }

    /// Adds a run written to SQLite (by this writer or another).
    pub(super) fn add_run(&mut self, run: Run) {
        self.runs.push(run);
        self.runs.sort_by_key(|r| r.id);
    }

    /// Shares the runs' filters (see [`Filters`]), keeping the copy shared.
    pub(super) fn share_filters(&mut self, filters: &Filters) {
        for run in &mut self.runs {
            run.filter = filters.share(run.id, run.filter.clone());
        }
    }

    /// Returns whether the run is known here.
    pub(super) fn has_run(&self, id: i64) -> bool {
        self.runs.iter().any(|r| r.id == id)
    }

    /// Forgets the runs for which `keep` is false (merged away).
    pub(super) fn retain_runs(&mut self, keep: impl Fn(i64) -> bool) {
        self.runs.retain(|r| keep(r.id));
    }

    /// The two newest runs, older first.
    pub(super) fn last_two_runs(&self) -> Option<(RunSize, RunSize)> {
        let size = |r: &Run| RunSize {
            id: r.id,
            postings: r.postings,
            keys: r.keys,
        };
        match self.runs.as_slice() {
            [.., a, b] => Some((size(a), size(b))),
            _ => None,
        }
    }

    /// The highest occurrence id reflected here.
    pub(super) fn seen(&self) -> i64 {
        self.seen
    }

    /// Files the postings of occurrences another writer stored (id above `seen`), with
    /// whether each is short.
    pub(super) fn catch_up(
        &mut self,
        occurrences: impl IntoIterator<Item = (i64, Vec<i64>, bool)>,
    ) {
        for (id, keys, short) in occurrences {
            for key in keys {
                self.file(key, id, short);
            }
            self.seen = self.seen.max(id);
        }
    }

    /// The runs that may hold postings of `key`, oldest first.
    pub(super) fn runs_with(&self, key: i64) -> impl Iterator<Item = i64> + '_ {
        self.runs
            .iter()
            .filter(move |r| r.filter.contains(key))
            .map(|r| r.id)
    }

    /// The runs with their filters, oldest first.
    pub(super) fn runs(&self) -> impl Iterator<Item = (i64, &Bloom)> + '_ {
        self.runs.iter().map(|r| (r.id, &*r.filter))
    }

    /// Returns the number of postings of `key` held here and calls `each` with their
    /// occurrence ids and whether each is short (none for a boilerplate key).
    pub(super) fn postings(&self, key: i64, mut each: impl FnMut(i64, bool)) -> usize {
        if self.boilerplate.contains(&key) {
            return MAX_POSTINGS + 1;
        }
        let Some(head) = self.heads.get(&key) else {
            return 0;
        };
        if head.count as usize > MAX_POSTINGS {
            return head.count as usize;
        }
        self.each_posting(head, |rel| {
            each(self.base + i64::from(rel & !SHORT), rel & SHORT != 0);
        });
        head.count as usize
    }

    /// Calls `f` with each posting stored for a key (the first [`MAX_POSTINGS`] + 1), as
    /// stored (less `base`, with [`SHORT`]).
    fn each_posting(&self, head: &Head, mut f: impl FnMut(u32)) {
        let stored = (head.count as usize).min(MAX_POSTINGS + 1);
        let in_blocks = stored.saturating_sub(INLINE);
        let mut fill = if in_blocks == 0 {
            0
        } else {
            (in_blocks - 1) % BLOCK + 1
        };
        let mut at = head.last;
        while at != END {
            let block = &self.nodes[at as usize];
            for &rel in &block.occ[..fill] {
                f(rel);
            }
            fill = BLOCK;
            at = block.next;
        }
        for &rel in head.inline() {
            f(rel);
        }
    }

    /// Returns the number of postings of `key` held here, as [`KeyIndex::postings`] does,
    /// without reading them.
    pub(super) fn count(&self, key: i64) -> usize {
        if self.boilerplate.contains(&key) {
            return MAX_POSTINGS + 1;
        }
        self.heads.get(&key).map_or(0, |h| h.count as usize)
    }

    /// Records that `key` is boilerplate (found so in SQLite).
    pub(super) fn boilerplate(&mut self, key: i64) {
        self.boilerplate.insert(key);
    }

    /// The oldest occurrence id held here, less one: SQLite answers for ids up to it.
    pub(super) fn base(&self) -> i64 {
        self.base
    }

    /// Stages a posting of the article being stored.
    pub(super) fn stage(&mut self, key: i64, occ: i64, short: bool) {
        self.staged.push((key, occ, short));
    }

    /// Keeps the staged postings (the article's savepoint was released).
    pub(super) fn keep_staged(&mut self) {
        let mut staged = std::mem::take(&mut self.staged);
        for &(key, occ, short) in &staged {
            self.file(key, occ, short);
            self.seen = self.seen.max(occ);
        }
        staged.clear();
        self.staged = staged;
    }

    /// Drops the staged postings (the article was rolled back).
    pub(super) fn drop_staged(&mut self) {
        self.staged.clear();
    }

    /// Calls `write` with each posting not written to SQLite yet (key, occurrence, whether it
    /// is short), in key order (the first
    /// [`MAX_POSTINGS`] + 1 of each key); returns the occurrence id up to which SQLite will
    /// then hold every posting, for [`KeyIndex::written_up_to`].
    pub(super) fn unwritten<E>(
        &self,
        mut write: impl FnMut(i64, i64, bool) -> Result<(), E>,
    ) -> Result<i64, E> {
        // each key with its latest posting, so that the table is not looked up again
        let mut keys: Vec<(i64, Head)> = self.heads.iter().map(|(&k, h)| (k, *h)).collect();
        keys.sort_unstable_by_key(|&(k, _)| k);
        let mut occs = Vec::new();
        for (key, head) in keys {
            occs.clear();
            self.each_posting(&head, |rel| {
                let occ = self.base + i64::from(rel & !SHORT);
                if occ > self.written {
                    occs.push((occ, rel & SHORT != 0));
                }
            });
            occs.sort_unstable();
            for &(occ, short) in &occs {
                write(key, occ, short)?;
            }
        }
        Ok(self.seen)
    }

    /// Whether postings filed here are not written to SQLite yet.
    pub(super) fn has_unwritten(&self) -> bool {
        self.started && self.seen > self.written
    }

    /// Records that SQLite holds the postings of every occurrence up to `id`.
    pub(super) fn written_up_to(&mut self, id: i64) {
        self.written = self.written.max(id);
    }

    /// The number of keys held here.
    pub(super) fn held_keys(&self) -> usize {
        self.heads.len()
    }

    /// Returns whether memory is full: its postings are to be written and it emptied.
    pub(super) fn full(&self) -> bool {
        self.held >= Self::MAX_NODES || self.heads.len() >= Self::MAX_KEYS
    }

    /// Fills memory to its bound with postings of no key, as a long transaction leaves it.
    #[cfg(test)]
    pub(super) fn fill_to_bound(&mut self) {
        self.held = Self::MAX_NODES;
    }

    /// Forgets everything after a failed transaction: it is read again from SQLite.
    pub(super) fn reset(&mut self) {
        *self = Self::default();
    }

    /// Empties memory once its postings are written (as a run, whose filter is kept).
    pub(super) fn spill(&mut self) {
        debug_assert!(self.written >= self.seen, "spilling postings not written");
        for (&key, head) in &self.heads {
            if head.count as usize > MAX_POSTINGS {
                self.boilerplate.insert(key);
            }
        }
        // emptied but kept allocated: memory stays flat, without a regrowth at each spill
        self.heads.clear();
        self.nodes.clear();
        self.held = 0;
        self.base = self.seen;
    }

    fn file(&mut self, key: i64, occ: i64, short: bool) {
        let rel = match u32::try_from(occ - self.base) {
            Ok(rel) if rel < SHORT => rel | if short { SHORT } else { 0 },
            _ => return,
        };
        if self.heads.capacity() == 0 {
            self.heads.reserve(Self::MAX_KEYS + Self::HEADROOM);
        }
        let nodes = &mut self.nodes;
        let head = self.heads.entry(key).or_insert(Head::EMPTY);
        let stored = head.count as usize;
        if stored > MAX_POSTINGS {
            head.count = head.count.saturating_add(1);
            return;
        }
        if stored < INLINE {
            head.first[stored] = rel;
        } else {
            let in_blocks = stored - INLINE;
            if in_blocks.is_multiple_of(BLOCK) {
                let Ok(at) = u32::try_from(nodes.len()) else {
                    return;
                };
                if nodes.capacity() == 0 {
                    // reserved once (address space; pages are used as postings arrive): a
                    // block per three postings at most
                    nodes.reserve_exact((Self::MAX_NODES + Self::HEADROOM) / 3 + 1);
                }
                nodes.push(Block {
                    occ: [0; BLOCK],
                    next: head.last,
                });
                head.last = at;
            }
            nodes[head.last as usize].occ[in_blocks % BLOCK] = rel;
        }
        head.count += 1;
        self.held += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unwritten(ix: &KeyIndex) -> (Vec<(i64, i64)>, i64) {
        let mut rows = Vec::new();
        let upto = ix
            .unwritten(|k, o, _| {
                rows.push((k, o));
                Ok::<_, ()>(())
            })
            .unwrap();
        (rows, upto)
    }

    #[test]
    fn postings_are_kept_only_for_stored_articles_and_written_in_key_order_once() {
        let mut ix = KeyIndex::default();
        ix.start(10);
        ix.stage(7, 11, false);
        ix.stage(3, 11, true);
        ix.keep_staged();
        ix.stage(7, 12, false);
        ix.drop_staged();
        let mut ids = Vec::new();
        assert_eq!(ix.postings(7, |id, short| ids.push((id, short))), 1);
        assert_eq!(ids, vec![(11, false)]);
        ids.clear();
        ix.postings(3, |id, short| ids.push((id, short)));
        assert_eq!(ids, vec![(11, true)]);
        let (rows, upto) = unwritten(&ix);
        assert_eq!((rows, upto), (vec![(3, 11), (7, 11)], 11));
        ix.written_up_to(upto);
        ix.stage(3, 13, false);
        ix.keep_staged();
        assert_eq!(unwritten(&ix), (vec![(3, 13)], 13));
    }

    /// A key's postings are all read back, held in its head and in blocks, whatever their
    /// number; past the bound, the first [`MAX_POSTINGS`] + 1 are written and none read.
    #[test]
    fn every_posting_of_a_key_is_read_back_across_blocks() {
        for n in [
            1,
            2,
            3,
            8,
            9,
            14,
            20,
            MAX_POSTINGS,
            MAX_POSTINGS + 1,
            MAX_POSTINGS + 9,
        ] {
            let mut ix = KeyIndex::default();
            ix.start(100);
            for occ in 0..n {
                ix.stage(5, 101 + occ as i64, occ % 3 == 0);
                ix.stage(6, 101 + occ as i64, false);
                ix.keep_staged();
            }
            let mut ids = Vec::new();
            let count = ix.postings(5, |id, short| ids.push((id, short)));
            assert_eq!(count, n);
            if n <= MAX_POSTINGS {
                ids.sort_unstable();
                let want: Vec<(i64, bool)> = (0..n).map(|o| (101 + o as i64, o % 3 == 0)).collect();
                assert_eq!(ids, want, "{n} postings");
            } else {
                assert!(ids.is_empty(), "{n} postings");
            }
            let (rows, _) = unwritten(&ix);
            let of_5: Vec<i64> = rows.iter().filter(|r| r.0 == 5).map(|r| r.1).collect();
            let stored = n.min(MAX_POSTINGS + 1);
            assert_eq!(
                of_5,
                (0..stored).map(|o| 101 + o as i64).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_run_filter_is_held_once_by_the_writer_and_its_prefetcher() {
        let filters = Filters::default();
        let mut writers = Bloom::with_keys(10);
        writers.insert(7);
        // a run the writer wrote, shared once committed
        let mine = filters.share(1, Arc::new(writers));
        let loads = std::cell::Cell::new(0);
        let load = || {
            loads.set(loads.get() + 1);
            Ok::<_, ()>(Bloom::with_keys(10))
        };
        let theirs = filters.get_or_load(1, load).unwrap();
        assert!(Arc::ptr_eq(&mine, &theirs) && theirs.contains(7));
        assert_eq!(loads.get(), 0, "not read again");
        // another run, loaded by one side and then shared with the other
        let other = filters.get_or_load(2, load).unwrap();
        assert!(Arc::ptr_eq(
            &other,
            &filters.share(2, Arc::new(Bloom::with_keys(10)))
        ));
        assert_eq!(loads.get(), 1);
        // once neither side holds it (merged away), it is read again if ever asked for
        drop((mine, theirs));
        filters.get_or_load(1, load).unwrap();
        assert_eq!(loads.get(), 2);
    }

    #[test]
    fn a_stored_filter_round_trips_and_answers_for_the_keys_written_before() {
        let mut bloom = Bloom::with_keys(100);
        assert!(bloom.insert(7));
        assert!(!bloom.insert(7), "already in");
        let back = Bloom::from_bytes(bloom.as_bytes().to_vec()).unwrap();
        assert!(back.contains(7));
        assert!(Bloom::from_bytes(vec![1, 2, 3]).is_none());
        let mut ix = KeyIndex::default();
        ix.start(10);
        ix.add_run(Run {
            id: 4,
            postings: 1,
            keys: 1,
            filter: Arc::new(back),
        });
        assert_eq!(ix.runs_with(7).collect::<Vec<_>>(), vec![4]);
        assert!(
            !(1000..1100).all(|k| ix.runs_with(k).next().is_some()),
            "keys never written are not looked up"
        );
    }

    #[test]
    fn boilerplate_keys_stay_counted_but_only_their_first_postings_are_written() {
        let mut ix = KeyIndex::default();
        ix.start(0);
        for occ in 1..=40 {
            ix.stage(5, occ, false);
            ix.keep_staged();
        }
        assert_eq!(
            ix.postings(5, |_, _| panic!("a boilerplate key is not read")),
            40
        );
        assert_eq!(unwritten(&ix).0.len(), MAX_POSTINGS + 1);
        assert_eq!(ix.runs_with(5).count(), 0);
    }

    #[test]
    fn a_spill_empties_memory_but_remembers_boilerplate() {
        let mut ix = KeyIndex::default();
        ix.start(0);
        ix.stage(42, 1, false);
        ix.keep_staged();
        for occ in 2..=40 {
            ix.stage(5, occ, false);
            ix.keep_staged();
        }
        ix.fill_to_bound();
        assert!(ix.full());
        let (_, upto) = unwritten(&ix);
        ix.written_up_to(upto);
        ix.spill();
        assert_eq!(ix.postings(42, |_, _| {}), 0);
        assert_eq!(ix.base(), 40);
        assert!(
            ix.postings(5, |_, _| panic!("not read")) > MAX_POSTINGS,
            "a boilerplate key stays known after the spill"
        );
    }
}
