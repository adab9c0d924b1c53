//! Reading the linking index's runs ahead, on the thread that prepared a chunk of articles.
//!
//! Before linking a chunk, the writer reads the postings that the runs (see `keystore.rs`)
//! hold for the chunk's keys ([`Store::read_ahead`]): a tenth of the writer's time at 100,000
//! records, and a quarter of a 1,000-record add into a large database. A run never changes
//! once written, so a [`Prefetcher`], with a read-only connection of its own, reads the runs
//! it sees while the writer is still storing the chunks before; the writer then takes what
//! was read ([`Prefetched`]) and reads only the runs written since the prefetcher's snapshot
//! (its own spills and merges). Both go through [`keystore::read_run`], so what the writer
//! takes is what it would have read.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags};

use super::keyindex::{Bloom, Filters, MAX_POSTINGS};
use super::keystore::{self, Entry};
use super::{Store, StoreError};
use crate::ingest::PreparedArticle;

/// A read-only connection reading the runs ahead of the writer.
pub struct Prefetcher {
    conn: Connection,
    /// The filter of each run seen (a run's filter never changes), by run id.
    filters: HashMap<i64, Arc<Bloom>>,
    /// The filters the writer holds too.
    shared: Filters,
    /// Keys found to be boilerplate in a run: not read again (the writer knows them too, by
    /// the time it links the chunks read next).
    boilerplate: HashSet<i64>,
    /// Buffers the writer is done with.
    spare: Spare,
}

/// Buffers of chunks read, given back when the writer drops them ([`Prefetched`]'s `Drop`),
/// so that reading allocates nothing once they have grown, instead of up to a megabyte per
/// chunk allocated here and freed on the writer's thread (mimalloc keeps freed memory for a
/// while, per thread).
type Spare = Arc<Mutex<Vec<Buffers>>>;

/// Buffers kept for reuse, at most: the chunks in flight between the threads.
const SPARE: usize = 2;

#[derive(Debug, Default)]
struct Buffers {
    /// The keys read in every run of `runs`, sorted.
    keys: Vec<i64>,
    /// The entries read, run after run.
    entries: Vec<Entry>,
    /// Each run read (by id), with where its entries are in `entries`.
    runs: Vec<(i64, Range<usize>)>,
}

/// What a [`Prefetcher`] read for one chunk of articles: for each run it saw, the entries of
/// the chunk's keys (see [`keystore::read_run`]).
#[derive(Debug)]
pub struct Prefetched {
    read: Buffers,
    spare: Spare,
}

impl Drop for Prefetched {
    fn drop(&mut self) {
        let mut spare = self
            .spare
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if spare.len() < SPARE {
            spare.push(std::mem::take(&mut self.read));
        }
    }
}

impl Prefetched {
    /// Whether every one of `keys` (sorted) was read.
    pub(super) fn covers(&self, keys: &[i64]) -> bool {
        let mut mine = self.read.keys.iter();
        keys.iter().all(|k| mine.any(|m| m == k))
    }

    /// The entries read from `run`, if it was read.
    pub(super) fn run(&self, run: i64) -> Option<&[Entry]> {
        self.read
            .runs
            .iter()
            .find(|(id, _)| *id == run)
            .map(|(_, at)| &self.read.entries[at.clone()])
    }
}

impl Store {
    /// A [`Prefetcher`] for this database, or `None` if its connection cannot be opened (the
    /// writer then reads everything itself).
    pub fn prefetcher(&self) -> Option<Prefetcher> {
        Prefetcher::open(&self.path, self.filters.clone())
    }
}

impl Prefetcher {
    fn open(path: &Path, shared: Filters) -> Option<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(super::BUSY_TIMEOUT).ok()?;
        // each block is read once per chunk that needs it: the system's file cache keeps them
        conn.execute_batch("PRAGMA cache_size = -1024").ok()?;
        Some(Self {
            conn,
            filters: HashMap::new(),
            shared,
            boilerplate: HashSet::new(),
            spare: Spare::default(),
        })
    }

    /// Reads what the runs hold for the keys of `arts` (once prepared, see
    /// [`super::pack_for_storage`]), in one read transaction; `None` if reading fails.
    pub fn read(&mut self, arts: &[&PreparedArticle]) -> Option<Prefetched> {
        self.read_keys(chunk_keys(arts))
    }

    /// Reads what the runs hold for `keys` (see [`Prefetcher::read`]).
    pub(super) fn read_keys(&mut self, keys: impl IntoIterator<Item = i64>) -> Option<Prefetched> {
        let mut read = self
            .spare
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        read.keys.clear();
        read.keys
            .extend(keys.into_iter().filter(|k| !self.boilerplate.contains(k)));
        read.keys.sort_unstable();
        read.keys.dedup();
        // one snapshot: a merge may delete runs between two statements
        self.conn.execute_batch("BEGIN").ok()?;
        let done = self.read_runs(&mut read);
        // ends the read (so that checkpoints can copy past it), whether it failed or not
        let ended = self.conn.execute_batch("COMMIT");
        let read = Prefetched {
            read,
            spare: self.spare.clone(),
        };
        (done.is_ok() && ended.is_ok()).then_some(read)
    }

    fn read_runs(&mut self, read: &mut Buffers) -> Result<(), StoreError> {
        read.entries.clear();
        read.runs.clear();
        let runs: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM link_runs ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        self.filters.retain(|id, _| runs.contains(id));
        for run in runs {
            if !self.filters.contains_key(&run) {
                let mut stmt = self
                    .conn
                    .prepare_cached("SELECT bloom FROM link_runs WHERE id = ?1")?;
                let filter = self
                    .shared
                    .get_or_load(run, || keystore::load_filter(&mut stmt, run))?;
                self.filters.insert(run, filter);
            }
            let from = read.entries.len();
            keystore::read_run(
                &self.conn,
                run,
                &self.filters[&run],
                read.keys.iter().copied(),
                &mut read.entries,
            )?;
            for of_key in read.entries[from..].chunk_by(|a, b| a.key() == b.key()) {
                if of_key.len() > MAX_POSTINGS {
                    self.boilerplate.insert(of_key[0].key());
                }
            }
            read.runs.push((run, from..read.entries.len()));
        }
        Ok(())
    }
}

/// The linking index keys of a chunk of prepared articles (with repeats).
pub(super) fn chunk_keys<'a>(arts: &'a [&'a PreparedArticle]) -> impl Iterator<Item = i64> + 'a {
    arts.iter()
        .filter_map(|a| super::packed::index_keys(a))
        .flatten()
        .flat_map(|(keys, _)| keys.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spare(p: &Prefetcher) -> usize {
        p.spare.lock().unwrap().len()
    }

    #[test]
    fn buffers_come_back_when_the_writer_is_done_with_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_write(&dir.path().join("t.db")).unwrap();
        let mut p = store.prefetcher().unwrap();
        let first = p.read_keys([3, 1, 2, 1]).unwrap();
        assert_eq!(first.read.keys, [1, 2, 3], "sorted, without repeats");
        assert!(first.read.runs.is_empty(), "no run written yet");
        assert_eq!(spare(&p), 0);
        drop(first);
        assert_eq!(spare(&p), 1);
        let second = p.read_keys([9, 8]).unwrap();
        assert_eq!(spare(&p), 0, "taken again");
        assert_eq!(second.read.keys, [8, 9], "and emptied first");
        let held: Vec<Prefetched> = (0..SPARE + 2)
            .map(|k| p.read_keys([k as i64]).unwrap())
            .collect();
        drop(held);
        assert_eq!(spare(&p), SPARE, "kept up to a bound");
    }
}
