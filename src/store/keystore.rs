//! The writer's linking index in SQLite, read and written for the in-memory index of
//! `keyindex.rs`: `link_high_water` (up to which occurrence the postings are written) and the
//! postings themselves as sorted runs (`link_runs`, `link_blocks`).
//!
//! A run is what one writer wrote at once (when its memory was full, or when it finished): its
//! postings sorted by key and cut into blocks of about [`BLOCK_BYTES`], each a row of
//! `link_blocks` holding fixed-width entries (see [`Entry`]) under the id [`block_id`]. A key's
//! postings are never split between two blocks, so one rowid seek finds a key in a run, and a
//! Bloom filter per run, stored with it, spares the reads of runs that do not hold it. Writing
//! a run is appending a few thousand rows; inserting its postings one B-tree row each had been
//! a fifth of `add`.
//!
//! Runs are merged by size: the newest run is merged with the one before it while that one is
//! no larger, so that there are about log2(postings) runs and each posting is rewritten a
//! logarithmic number of times. A merge keeps at most [`MAX_POSTINGS`] + 1 postings of a key
//! (more make it boilerplate, never read) and drops duplicates (two writers may both write the
//! postings of an occurrence). A merged run gets a new id: a run's contents never change, so
//! another writer's cached filter of a run stays true until the run is gone.

use rusqlite::{params, Connection};

use super::keyindex::{self, Bloom, MAX_POSTINGS};
use super::prefetch::Prefetched;
use super::{links, Store, StoreError};

/// A block is closed at the first key boundary past this size (in bytes).
const BLOCK_BYTES: usize = 2048;

/// Occurrences read at once when filing those another writer stored.
const CATCH_UP_BATCH: i64 = 20_000;

/// One posting as stored: 4 bytes of key, then 4 bytes holding the occurrence id shifted left
/// by one and, in the low bit, whether the occurrence is short; both big-endian, so that
/// entries sort as their bytes do, by key and then by occurrence.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) struct Entry(u64);

impl Entry {
    const BYTES: usize = 8;

    pub(super) fn new(key: i64, occ: i64, short: bool) -> Result<Self, StoreError> {
        match (u32::try_from(key), u32::try_from(occ)) {
            (Ok(key), Ok(occ)) if occ < 1 << 31 => Ok(Self(
                u64::from(key) << 32 | u64::from(occ) << 1 | u64::from(short),
            )),
            _ => Err(StoreError::LinkIndex(format!(
                "key {key} or occurrence id {occ} out of range (ids up to 2^31)"
            ))),
        }
    }

    pub(super) fn key(self) -> i64 {
        i64::try_from(self.0 >> 32).expect("32 bits")
    }

    fn occ(self) -> i64 {
        i64::try_from((self.0 & 0xffff_ffff) >> 1).expect("31 bits")
    }

    fn short(self) -> bool {
        self.0 & 1 != 0
    }

    /// The `i`th entry of a block.
    fn at(block: &[u8], i: usize) -> Entry {
        let bytes = &block[i * Self::BYTES..(i + 1) * Self::BYTES];
        Entry(u64::from_be_bytes(bytes.try_into().expect("eight bytes")))
    }

    /// Every entry of a block, in order.
    fn read(block: &[u8]) -> impl Iterator<Item = Entry> + '_ {
        (0..block.len() / Self::BYTES).map(|i| Self::at(block, i))
    }
}

/// The id of the block of `run` that starts at `key`, or that would hold it.
fn block_id(run: i64, key: i64) -> i64 {
    run << 32 | key
}

/// The bytes of a block read by a query (column `i`).
fn blob<'a>(row: &'a rusqlite::Row<'_>, i: usize) -> Result<&'a [u8], StoreError> {
    Ok(row.get_ref(i)?.as_blob().map_err(rusqlite::Error::from)?)
}

/// The largest key (keys are 31-bit; a block id range of a run ends here).
const LAST_KEY: i64 = 0xffff_ffff;

/// The entries of `key` in a block, in stored order.
fn find(block: &[u8], key: i64) -> impl Iterator<Item = Entry> + '_ {
    let n = block.len() / Entry::BYTES;
    // first entry whose key is not below `key`
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if Entry::at(block, mid).key() < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (lo..n)
        .map(|i| Entry::at(block, i))
        .take_while(move |e| e.key() == key)
}

/// Reads into `block` (emptied first) the block of `run` that holds `key` if the run does:
/// the last block starting at or before it (one rowid seek). Empty when none does.
fn read_block(
    conn: &Connection,
    run: i64,
    key: i64,
    block: &mut Vec<u8>,
) -> Result<(), StoreError> {
    block.clear();
    let mut stmt = conn.prepare_cached(
        "SELECT entries FROM link_blocks WHERE id BETWEEN ?1 AND ?2 ORDER BY id DESC LIMIT 1",
    )?;
    let mut rows = stmt.query([block_id(run, 0), block_id(run, key)])?;
    if let Some(row) = rows.next()? {
        block.extend_from_slice(blob(row, 0)?);
    }
    Ok(())
}

/// Appends to `out`, for each of `keys` (ascending) that the run may hold by its `filter`,
/// the run's first [`MAX_POSTINGS`] + 1 entries of the key (more make it boilerplate), in
/// order. A block read serves every following key up to its last.
pub(super) fn read_run(
    conn: &Connection,
    run: i64,
    filter: &Bloom,
    keys: impl IntoIterator<Item = i64>,
    out: &mut Vec<Entry>,
) -> Result<(), StoreError> {
    let mut block = Vec::new();
    for key in keys.into_iter().filter(|&k| filter.contains(k)) {
        // the block read last holds every key from the one it was read for up to its last
        // entry's (a key is never split between blocks)
        let last = block
            .len()
            .checked_sub(Entry::BYTES)
            .map(|at| Entry::at(&block, at / Entry::BYTES).key());
        if last.is_none_or(|last| key > last) {
            read_block(conn, run, key, &mut block)?;
        }
        out.extend(find(&block, key).take(MAX_POSTINGS + 1));
    }
    Ok(())
}

/// The postings the runs hold for the keys of the chunk being linked, read ahead by
/// [`Store::read_ahead`].
#[derive(Default)]
pub(super) struct Ahead {
    /// The keys read, sorted.
    keys: Vec<i64>,
    /// Where each key's postings start in `postings` (and, last, where they end).
    starts: Vec<usize>,
    /// The postings (occurrence, short) of each key in turn, by occurrence, without
    /// duplicates, and only of occurrences up to the in-memory index's base.
    postings: Vec<(i64, bool)>,
}

impl Ahead {
    /// Keeps `keys` (sorted) and their postings (key, occurrence, short; sorted, deduplicated),
    /// except the keys with more than [`MAX_POSTINGS`] postings (boilerplate, which linking
    /// never reads), which it returns.
    fn fill(&mut self, keys: &[i64], postings: &[(i64, i64, bool)]) -> Vec<i64> {
        self.clear();
        let mut boilerplate = Vec::new();
        let mut at = 0;
        for &key in keys {
            // past the postings of keys not kept: a key found boilerplate in a later run
            // leaves those an earlier run gave (it was all of the following keys' postings
            // that went missing, as if no run held them)
            at += postings[at..].iter().take_while(|p| p.0 < key).count();
            let n = postings[at..].iter().take_while(|p| p.0 == key).count();
            let of_key = &postings[at..at + n];
            at += n;
            if n > MAX_POSTINGS {
                boilerplate.push(key);
                continue;
            }
            self.keys.push(key);
            self.starts.push(self.postings.len());
            self.postings.extend(of_key.iter().map(|p| (p.1, p.2)));
        }
        self.starts.push(self.postings.len());
        boilerplate
    }

    /// Forgets what was read (the runs may change at the next transaction).
    pub(super) fn clear(&mut self) {
        self.keys.clear();
        self.starts.clear();
        self.postings.clear();
    }

    /// The postings of `key` in the runs, or `None` when it was not read ahead.
    pub(super) fn get(&self, key: i64) -> Option<&[(i64, bool)]> {
        let i = self.keys.binary_search(&key).ok()?;
        Some(&self.postings[self.starts[i]..self.starts[i + 1]])
    }
}

/// Writes a new run from entries pushed in order: drops duplicates (two writers may both have
/// written a posting) and postings of a key past [`MAX_POSTINGS`] + 1 (more make the key
/// boilerplate, never read), and cuts blocks of about [`BLOCK_BYTES`] at key boundaries.
struct RunWriter<'a> {
    store: &'a Store,
    id: i64,
    block: Vec<u8>,
    first_key: i64,
    last: Option<Entry>,
    /// Postings of the current key so far.
    of_key: usize,
    keys: i64,
    postings: i64,
    filter: Bloom,
}

impl<'a> RunWriter<'a> {
    /// Starts a run of at most `keys` distinct keys (sizes its filter).
    fn new(store: &'a Store, keys: usize) -> Result<Self, StoreError> {
        let id: i64 = store
            .conn
            .prepare_cached(
                "INSERT INTO link_runs (id, postings, keys, bloom)
                 VALUES ((SELECT coalesce(max(id), 0) + 1 FROM link_runs), 0, 0, x'') RETURNING id",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(Self {
            store,
            id,
            block: Vec::with_capacity(BLOCK_BYTES + 64),
            first_key: 0,
            last: None,
            of_key: 0,
            keys: 0,
            postings: 0,
            filter: Bloom::with_keys(keys),
        })
    }

    fn push(&mut self, e: Entry) -> Result<(), StoreError> {
        let new_key = self.last.is_none_or(|l| l.key() != e.key());
        if self.last == Some(e) {
            return Ok(());
        }
        self.last = Some(e);
        if new_key {
            if self.block.len() >= BLOCK_BYTES {
                self.flush()?;
            }
            self.of_key = 0;
            self.keys += 1;
            self.filter.insert(e.key());
        }
        self.of_key += 1;
        if self.of_key > MAX_POSTINGS + 1 {
            return Ok(());
        }
        if self.block.is_empty() {
            self.first_key = e.key();
        }
        self.block.extend_from_slice(&e.0.to_be_bytes());
        self.postings += 1;
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if !self.block.is_empty() {
            self.store
                .conn
                .prepare_cached("INSERT INTO link_blocks (id, entries) VALUES (?1, ?2)")?
                .execute(params![block_id(self.id, self.first_key), self.block])?;
            self.block.clear();
        }
        Ok(())
    }

    fn finish(mut self) -> Result<keyindex::Run, StoreError> {
        self.flush()?;
        self.store
            .conn
            .prepare_cached(
                "UPDATE link_runs SET postings = ?2, keys = ?3, bloom = ?4 WHERE id = ?1",
            )?
            .execute(params![
                self.id,
                self.postings,
                self.keys,
                self.filter.as_bytes()
            ])?;
        Ok(keyindex::Run {
            id: self.id,
            postings: self.postings,
            keys: self.keys,
            // shared with the prefetcher once committed (`Store::committed`)
            filter: std::sync::Arc::new(self.filter),
        })
    }
}

/// Reads the stored filter of run `id` (`stmt` selects it by id).
pub(super) fn load_filter(
    stmt: &mut rusqlite::Statement<'_>,
    id: i64,
) -> Result<Bloom, StoreError> {
    let bits: Vec<u8> = stmt.query_row([id], |r| r.get(0))?;
    Bloom::from_bytes(bits)
        .ok_or_else(|| StoreError::LinkIndex(format!("run {id} has a damaged filter")))
}

/// Reads a run's entries in order, a block at a time, for a merge: each block is deleted
/// once read.
struct RunReader {
    run: i64,
    /// The id of the last block read.
    at: i64,
    block: Vec<Entry>,
    pos: usize,
}

impl RunReader {
    fn new(run: i64) -> Self {
        Self {
            run,
            at: block_id(run, 0) - 1,
            block: Vec::new(),
            pos: 0,
        }
    }

    fn next(&mut self, store: &Store) -> Result<Option<Entry>, StoreError> {
        if self.pos == self.block.len() {
            let mut stmt = store.conn.prepare_cached(
                "SELECT id, entries FROM link_blocks WHERE id > ?1 AND id <= ?2 ORDER BY id LIMIT 1",
            )?;
            let mut rows = stmt.query([self.at, block_id(self.run, LAST_KEY)])?;
            let Some(row) = rows.next()? else {
                return Ok(None);
            };
            self.at = row.get(0)?;
            self.block.clear();
            self.block.extend(Entry::read(blob(row, 1)?));
            self.pos = 0;
            drop(rows);
            // read once, by a merge: its pages are free for the merged run's blocks, so that
            // a merge does not grow the file by the size of the runs it merges
            store
                .conn
                .prepare_cached("DELETE FROM link_blocks WHERE id = ?1")?
                .execute([self.at])?;
        }
        self.pos += 1;
        Ok(self.block.get(self.pos - 1).copied())
    }
}

impl Store {
    /// Brings the in-memory linking index up to date with what other writers stored since
    /// this one's last transaction (or starts it, at the first transaction), and writes it out
    /// when memory is full.
    pub(super) fn catch_up(&self) -> Result<(), StoreError> {
        let max_actor: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM actors", [], |r| r.get(0))?;
        self.actors.borrow_mut().sync(max_actor);
        let max: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM occurrences", [], |r| {
                    r.get(0)
                })?;
        let high_water: i64 = self.conn.query_row(
            "SELECT last_id FROM link_high_water WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        self.sync_runs()?;
        {
            let mut index = self.keys.borrow_mut();
            if !index.started() {
                index.start(high_water);
            }
            // another writer may have written postings this one holds
            index.written_up_to(high_water);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, fingerprint FROM occurrences WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        loop {
            let seen = self.keys.borrow().seen();
            if seen >= max {
                break;
            }
            let rows = stmt.query_map(params![seen, CATCH_UP_BATCH], |r| {
                let fp = links::decode(&r.get::<_, Vec<u8>>(1)?);
                Ok((r.get::<_, i64>(0)?, fp.keys(), links::is_short(&fp)))
            })?;
            let rows: Vec<(i64, Vec<i64>, bool)> = rows.collect::<Result<_, _>>()?;
            if rows.is_empty() {
                break;
            }
            self.keys.borrow_mut().catch_up(rows);
            self.spill_if_full()?;
        }
        self.spill_if_full()
    }

    /// Writes the in-memory linking index out as a run and empties it when it is full.
    pub(super) fn spill_if_full(&self) -> Result<(), StoreError> {
        if self.keys.borrow().full() {
            self.write_link_index(true)?;
            self.keys.borrow_mut().spill();
        }
        Ok(())
    }

    /// Reads which runs exist, loading the filters of runs this writer has not seen.
    fn sync_runs(&self) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, postings, keys FROM link_runs ORDER BY id")?;
        let runs: Vec<(i64, i64, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let mut index = self.keys.borrow_mut();
        index.retain_runs(|id| runs.iter().any(|r| r.0 == id));
        let mut bloom = self
            .conn
            .prepare_cached("SELECT bloom FROM link_runs WHERE id = ?1")?;
        for (id, postings, keys) in runs {
            if !index.has_run(id) {
                let filter = self
                    .filters
                    .get_or_load(id, || load_filter(&mut bloom, id))?;
                index.add_run(keyindex::Run {
                    id,
                    postings,
                    keys,
                    filter,
                });
            }
        }
        Ok(())
    }

    /// Writes the in-memory postings not written yet as a new run, merges runs by size when
    /// `merge` is set (else [`Store::finish`] does, later), and raises the high-water
    /// mark (inside the open transaction).
    pub(super) fn write_link_index(&self, merge: bool) -> Result<(), StoreError> {
        let keys = self.keys.borrow();
        let mut run = None;
        // in key order, then occurrence order: the order of entries, streamed into the run
        let upto = keys.unwritten(|key, occ, short| {
            let run = match &mut run {
                Some(run) => run,
                None => run.insert(RunWriter::new(self, keys.held_keys())?),
            };
            run.push(Entry::new(key, occ, short)?)
        })?;
        drop(keys);
        if let Some(run) = run {
            let run = run.finish()?;
            self.keys.borrow_mut().add_run(run);
            if merge {
                self.merge_runs()?;
            }
        }
        self.conn.execute(
            "UPDATE link_high_water SET last_id = max(last_id, ?1) WHERE id = 1",
            [upto],
        )?;
        self.keys.borrow_mut().written_up_to(upto);
        Ok(())
    }

    /// Whether the newest run is to be merged into the one before it ([`Store::merge_runs`]).
    pub(super) fn runs_to_merge(&self) -> bool {
        self.next_merge().is_some()
    }

    /// The two newest runs (older first) when the newer is no smaller: they are merged.
    fn next_merge(&self) -> Option<(keyindex::RunSize, keyindex::RunSize)> {
        self.keys
            .borrow()
            .last_two_runs()
            .filter(|(older, newer)| older.postings <= newer.postings)
    }

    /// Merges the newest run into the one before it while that one is no larger, reading both
    /// a block at a time (so that runs are about log2 of the postings in number, and memory
    /// stays flat).
    pub(super) fn merge_runs(&self) -> Result<(), StoreError> {
        while let Some((older, newer)) = self.next_merge() {
            let keys = usize::try_from(older.keys + newer.keys).unwrap_or(0);
            let mut run = RunWriter::new(self, keys)?;
            let (mut a, mut b) = (RunReader::new(older.id), RunReader::new(newer.id));
            let (mut x, mut y) = (a.next(self)?, b.next(self)?);
            loop {
                let e = match (x, y) {
                    (Some(ex), Some(ey)) if ex <= ey => {
                        x = a.next(self)?;
                        ex
                    }
                    (_, Some(ey)) => {
                        y = b.next(self)?;
                        ey
                    }
                    (Some(ex), None) => {
                        x = a.next(self)?;
                        ex
                    }
                    (None, None) => break,
                };
                run.push(e)?;
            }
            let merged = run.finish()?;
            for id in [older.id, newer.id] {
                self.conn
                    .prepare_cached("DELETE FROM link_blocks WHERE id BETWEEN ?1 AND ?2")?
                    .execute([block_id(id, 0), block_id(id, LAST_KEY)])?;
                self.conn
                    .prepare_cached("DELETE FROM link_runs WHERE id = ?1")?
                    .execute([id])?;
            }
            let mut index = self.keys.borrow_mut();
            index.retain_runs(|id| id != older.id && id != newer.id);
            index.add_run(merged);
        }
        Ok(())
    }

    /// Reads the postings that the runs hold for `keys` (the keys of a chunk of articles about
    /// to be linked), run by run in key order, into [`Store::ahead`], for the candidate
    /// lookups of [`Store::link_version`]. Looked up one at a time while linking, keys came
    /// in random order and most missed SQLite's page cache (a fifth of `add` at 100,000
    /// records); in order, a block serves every key of the chunk it holds and neighbouring
    /// keys share the pages just read. Runs do not change inside a transaction.
    ///
    /// What `prefetched` read of a run is taken instead of reading it again, when it covers
    /// every key (see `prefetch.rs`); the runs it did not see are read here.
    pub(super) fn read_ahead(
        &self,
        mut keys: Vec<i64>,
        prefetched: Option<&Prefetched>,
    ) -> Result<(), StoreError> {
        let mut index = self.keys.borrow_mut();
        keys.retain(|&k| index.count(k) <= MAX_POSTINGS);
        keys.sort_unstable();
        keys.dedup();
        let prefetched = prefetched.filter(|p| p.covers(&keys));
        let base = index.base();
        let mut postings = Vec::new();
        let mut read = Vec::new();
        // Keys found to be boilerplate, sorted: linking never reads their postings, so they are
        // not kept. A new writer does not know the stored boilerplate keys yet; reading every
        // one of their postings took up most of what a 1,000-record add read ahead.
        let mut boilerplate = Vec::new();
        for (run, filter) in index.runs() {
            let known = boilerplate.len();
            let of_run = match prefetched.and_then(|p| p.run(run)) {
                Some(entries) => entries,
                None => {
                    read.clear();
                    let wanted = keys
                        .iter()
                        .copied()
                        .filter(|k| boilerplate[..known].binary_search(k).is_err());
                    read_run(&self.conn, run, filter, wanted, &mut read)?;
                    &read[..]
                }
            };
            for of_key in of_run.chunk_by(|a, b| a.key() == b.key()) {
                let key = of_key[0].key();
                if boilerplate[..known].binary_search(&key).is_ok()
                    || keys.binary_search(&key).is_err()
                {
                    continue;
                }
                let held = postings.len();
                postings.extend(
                    of_key
                        .iter()
                        .filter(|e| e.occ() <= base)
                        .map(|e| (e.key(), e.occ(), e.short())),
                );
                if postings.len() - held > MAX_POSTINGS {
                    postings.truncate(held);
                    boilerplate.push(key);
                }
            }
            boilerplate.sort_unstable();
        }
        // two writers may both have written a posting, in two runs
        postings.sort_unstable();
        postings.dedup();
        keys.retain(|k| boilerplate.binary_search(k).is_err());
        // a key may also be boilerplate over several runs together
        let over_runs = self.ahead.borrow_mut().fill(&keys, &postings);
        for &key in boilerplate.iter().chain(&over_runs) {
            index.boilerplate(key);
        }
        Ok(())
    }

    /// Calls `each` with the postings of `key` in a run (occurrence id, whether it is short),
    /// at most `limit` of them.
    pub(super) fn run_postings(
        &self,
        run: i64,
        key: i64,
        limit: usize,
        mut each: impl FnMut(i64, bool),
    ) -> Result<(), StoreError> {
        let mut block = Vec::new();
        read_block(&self.conn, run, key, &mut block)?;
        for e in find(&block, key).take(limit) {
            each(e.occ(), e.short());
        }
        Ok(())
    }

    /// The number of runs and postings of the linking index.
    #[cfg(test)]
    fn link_index_runs(&self) -> Result<(i64, i64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(sum(postings), 0) FROM link_runs",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(key: i64, occ: i64) -> Entry {
        Entry::new(key, occ, occ % 2 == 0).unwrap()
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_write(&dir.path().join("t.db")).unwrap();
        (dir, store)
    }

    fn write(store: &Store, entries: &[Entry]) -> keyindex::Run {
        let mut w = RunWriter::new(store, 1000).unwrap();
        for &x in entries {
            w.push(x).unwrap();
        }
        w.finish().unwrap()
    }

    fn lookup(store: &Store, run: i64, key: i64) -> Vec<i64> {
        let mut out = Vec::new();
        store
            .run_postings(run, key, 100, |occ, _| out.push(occ))
            .unwrap();
        out
    }

    fn prepared(url: &str, text: &str) -> crate::ingest::PreparedArticle {
        let raw = crate::ingest::RawArticle {
            source: url.to_string(),
            url: Some(url.to_string()),
            text: text.to_string(),
            ..Default::default()
        };
        let mut art = crate::ingest::prepare(raw, &Default::default(), usize::MAX).unwrap();
        super::super::pack_for_storage(&mut art);
        art
    }

    /// A transaction keeps storing chunks while they come (up to 2,048 articles): memory
    /// full at one chunk is written out before the next, and linking still finds what was
    /// written out within the transaction.
    #[test]
    fn a_full_index_is_written_out_between_the_chunks_of_a_transaction() {
        let (_dir, store) = store();
        let first = prepared(
            "https://wire.example/1",
            "Foreign Minister Anna Berg said on Monday that the grain corridor would reopen \
             within ten days after the talks in Istanbul.",
        );
        let second = prepared(
            "https://farm.example/2",
            "The grain corridor would reopen within ten days after the talks in Istanbul, \
             Foreign Minister Anna Berg said on Monday.",
        );
        store.begin().unwrap();
        store.store_chunk(&[&first], None).unwrap();
        assert_eq!(store.link_index_runs().unwrap().0, 0);
        store.keys.borrow_mut().fill_to_bound();
        assert!(store.keys.borrow().full());
        let stored = store.store_chunk(&[&second], None).unwrap();
        assert!(stored.iter().all(Result::is_ok));
        assert_eq!(
            store.link_index_runs().unwrap().0,
            1,
            "written out before the next chunk"
        );
        assert!(!store.keys.borrow().full());
        store.commit().unwrap();
        let (occurrences, claims): (i64, i64) = store
            .conn
            .query_row(
                "SELECT count(*), count(DISTINCT claim_id) FROM occurrences",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((occurrences, claims), (2, 1), "the re-report is linked");
    }

    /// The last transaction writes its postings as a run inside a savepoint, without merging
    /// runs there (SQLite would keep every page a merge rewrites in memory, to roll back to);
    /// `finish` merges them in a transaction of its own.
    #[test]
    fn runs_are_merged_after_the_last_commit() {
        let (_dir, store) = store();
        store.begin().unwrap();
        let small = write(&store, &[e(9000, 1)]);
        store.keys.borrow_mut().add_run(small);
        store.commit().unwrap();
        let art = prepared(
            "https://wire.example/1",
            "Foreign Minister Anna Berg said on Monday that the grain corridor would reopen \
             within ten days after the talks in Istanbul.",
        );
        store.begin().unwrap();
        assert!(store.store_chunk(&[&art], None).unwrap()[0].is_ok());
        store.commit_last().unwrap();
        assert_eq!(
            store.link_index_runs().unwrap().0,
            2,
            "not merged in the savepoint"
        );
        assert!(store.runs_to_merge());
        store.finish().unwrap();
        assert_eq!(store.link_index_runs().unwrap().0, 1, "merged after it");
        assert!(!store.runs_to_merge());
    }

    #[test]
    fn entries_round_trip_and_sort_by_key_first() {
        let a = Entry::new(7, (1 << 31) - 1, true).unwrap();
        assert_eq!((a.key(), a.occ(), a.short()), (7, (1 << 31) - 1, true));
        assert!(e(7, 9) < e(8, 1));
        assert!(e(7, 2) < e(7, 3), "then by occurrence");
        assert!(Entry::new(7, 1 << 31, false).is_err());
        assert!(Entry::new(-1, 1, false).is_err());
    }

    #[test]
    fn a_run_finds_every_key_and_caps_boilerplate() {
        let (_dir, store) = store();
        let mut entries: Vec<Entry> = (0..2000).map(|i| e(i / 3, i)).collect();
        entries.extend((0..40).map(|i| e(5000, 10_000 + i)));
        let run = write(&store, &entries);
        assert_eq!(run.keys, 667 + 1);
        assert_eq!(
            run.postings,
            2000 + i64::try_from(MAX_POSTINGS).unwrap() + 1
        );
        let blocks: i64 = store
            .conn
            .query_row("SELECT count(*) FROM link_blocks", [], |r| r.get(0))
            .unwrap();
        assert!(blocks > 3, "{blocks} blocks");
        for key in [0, 1, 332, 333, 666] {
            let want: Vec<i64> = (0..2000).filter(|i| i / 3 == key).collect();
            assert_eq!(lookup(&store, run.id, key), want, "key {key}");
            assert!(run.filter.contains(key));
        }
        assert_eq!(lookup(&store, run.id, 5000).len(), MAX_POSTINGS + 1);
        assert!(lookup(&store, run.id, 4000).is_empty());
        assert!(lookup(&store, run.id + 1, 0).is_empty(), "another run");
    }

    /// Two runs sharing keys (and one posting), blocks of many keys, a boilerplate key, a key
    /// boilerplate over both runs together, one boilerplate in the second run only (420,
    /// followed by a key of a few postings), and postings above the base (held in memory, so
    /// not read from the runs).
    fn two_runs(store: &Store) {
        store.keys.borrow_mut().start(1500);
        let mut first: Vec<Entry> = (0..1200).map(|i| e(i / 4, i)).collect();
        first.extend((0..40).map(|i| e(400, 1000 + i)));
        first.extend((0..20).map(|i| e(420, 1040 + i)));
        first.extend((0..20).map(|i| e(450, 1100 + i)));
        let mut second: Vec<Entry> = (299..400).map(|i| e(i, i * 4 + 1)).collect();
        second.extend((0..40).map(|i| e(420, 1300 + i)));
        second.extend((0..3).map(|i| e(430, 1400 + i)));
        second.extend((0..20).map(|i| e(450, 1200 + i)));
        for run in [write(store, &first), write(store, &second)] {
            store.keys.borrow_mut().add_run(run);
        }
    }

    #[test]
    fn reading_ahead_finds_what_lookups_one_at_a_time_find() {
        let (_dir, store) = store();
        two_runs(&store);
        let keys: Vec<i64> = vec![
            299, 0, 1, 2, 150, 151, 300, 399, 400, 401, 420, 430, 450, 5000, 1,
        ];
        store.read_ahead(keys.clone(), None).unwrap();
        let runs: Vec<i64> = store.keys.borrow().runs().map(|(id, _)| id).collect();
        for key in keys {
            let mut want = Vec::new();
            for &run in &runs {
                store
                    .run_postings(run, key, MAX_POSTINGS + 1, |occ, short| {
                        if occ <= 1500 {
                            want.push((occ, short));
                        }
                    })
                    .unwrap();
            }
            want.sort_unstable();
            want.dedup();
            let ahead = store.ahead.borrow();
            if want.len() > MAX_POSTINGS {
                assert!(ahead.get(key).is_none(), "boilerplate {key} is not kept");
                assert!(
                    store.keys.borrow().count(key) > MAX_POSTINGS,
                    "{key} is known to be boilerplate"
                );
                continue;
            }
            let got = ahead.get(key).expect("read ahead");
            assert_eq!(got, want.as_slice(), "key {key}");
        }
        assert!(store.ahead.borrow().get(7).is_none(), "not asked for");
        for key in [400, 420, 450] {
            assert!(store.keys.borrow().count(key) > MAX_POSTINGS, "{key}");
        }
        assert_eq!(store.ahead.borrow().get(430).map(<[_]>::len), Some(3));
        assert_eq!(
            store.ahead.borrow().get(299).unwrap().len(),
            4,
            "both runs, the posting they share once"
        );
    }

    /// Writes [`two_runs`] and a third, calling `between` after the first two.
    fn three_runs(store: &Store, between: impl FnOnce()) {
        two_runs(store);
        between();
        let third: Vec<Entry> = (0..300).map(|i| e(i * 2, 1300 + i / 2)).collect();
        let run = write(store, &third);
        store.keys.borrow_mut().add_run(run);
    }

    /// A key, its postings read ahead (`None` when not kept: boilerplate, or not asked for),
    /// and whether it is known to be boilerplate.
    type Kept = (i64, Option<Vec<(i64, bool)>>, bool);

    /// What [`Store::read_ahead`] kept for each key.
    fn kept(store: &Store, keys: &[i64]) -> Vec<Kept> {
        keys.iter()
            .map(|&k| {
                let ahead = store.ahead.borrow().get(k).map(<[_]>::to_vec);
                (k, ahead, store.keys.borrow().count(k) > MAX_POSTINGS)
            })
            .collect()
    }

    #[test]
    fn prefetched_runs_give_what_the_writer_reads_itself() {
        let keys: Vec<i64> = vec![
            299, 0, 1, 2, 150, 151, 300, 399, 400, 401, 420, 430, 450, 5000, 1, 598,
        ];
        let (_dir, alone) = store();
        three_runs(&alone, || {});
        alone.read_ahead(keys.clone(), None).unwrap();
        let want = kept(&alone, &keys);
        assert!(want
            .iter()
            .any(|k| k.1.as_ref().is_some_and(|p| p.len() > 1)));
        assert!(want.iter().any(|k| k.2), "a boilerplate key among them");

        // the prefetcher sees the first two runs only: the writer reads the third itself
        for asked in [keys.clone(), keys[..5].to_vec()] {
            let (_dir, store) = store();
            let mut prefetched = None;
            three_runs(&store, || {
                prefetched = store.prefetcher().unwrap().read_keys(asked.clone());
            });
            let prefetched = prefetched.expect("read");
            let runs: Vec<i64> = store.keys.borrow().runs().map(|(id, _)| id).collect();
            assert!(prefetched.run(runs[0]).is_some() && prefetched.run(runs[1]).is_some());
            assert!(prefetched.run(runs[2]).is_none(), "written after it read");
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(prefetched.covers(&sorted), asked.len() == keys.len());
            store.read_ahead(keys.clone(), Some(&prefetched)).unwrap();
            assert_eq!(kept(&store, &keys), want, "asked for {asked:?}");
        }
    }

    #[test]
    fn runs_merge_by_size_without_duplicates() {
        let (_dir, store) = store();
        store.begin().unwrap();
        let first: Vec<Entry> = (0..500).map(|i| e(i, i)).collect();
        let second: Vec<Entry> = (250..750).map(|i| e(i, i)).collect();
        let a = write(&store, &first);
        store.keys.borrow_mut().add_run(a);
        store.merge_runs().unwrap();
        assert_eq!(store.link_index_runs().unwrap(), (1, 500));
        let b = write(&store, &second);
        store.keys.borrow_mut().add_run(b);
        store.merge_runs().unwrap();
        assert_eq!(
            store.link_index_runs().unwrap(),
            (1, 750),
            "equal runs merge, and a posting both hold is kept once"
        );
        let merged = store.keys.borrow().last_two_runs();
        assert!(merged.is_none(), "one run left");
        let id: i64 = store
            .conn
            .query_row("SELECT id FROM link_runs", [], |r| r.get(0))
            .unwrap();
        assert_eq!(lookup(&store, id, 300), vec![300]);
        assert_eq!(lookup(&store, id, 700), vec![700]);
        let small = write(&store, &[e(9000, 1)]);
        store.keys.borrow_mut().add_run(small);
        store.merge_runs().unwrap();
        assert_eq!(
            store.link_index_runs().unwrap().0,
            2,
            "a small run is not merged into a larger one"
        );
    }
}
