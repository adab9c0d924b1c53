//! WAL checkpoints on a thread of their own while a long `add` writes.
//!
//! By default SQLite checkpoints a WAL database inside the writer's commit: it copies the
//! pages the transaction wrote from the WAL back into the database file and syncs it, about 6%
//! of the writer thread at 100,000 records. With a [`Checkpointer`], a second connection
//! does that in PASSIVE mode (it never blocks the writer) after each commit, while the writer
//! builds its next transaction on the other core.
//!
//! The WAL starts over from its beginning only when a write transaction begins with every
//! frame already copied back. So once the WAL holds [`RESTART_FRAMES`] frames, the writer
//! waits, before its next transaction, for the checkpoint of its last commit; in between the
//! WAL grows by a few transactions.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use rusqlite::{Connection, OpenFlags};

/// WAL frames (8 KiB pages) after which the writer lets the checkpoints catch up, so that its
/// next transaction starts the WAL over: 128 MB.
const RESTART_FRAMES: i64 = 16_384;

/// Commits the thread may be behind before the writer waits for it (see
/// [`Checkpointer::before_begin`]).
const MAX_LAG: u64 = 2;

/// A thread checkpointing the writer's database after each commit.
pub(super) struct Checkpointer {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
    /// [`RESTART_FRAMES`], or less in tests.
    restart_frames: i64,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// Commits the writer has made since the thread started.
    committed: u64,
    /// Commits covered by a finished checkpoint (one that began after them).
    checkpointed: u64,
    /// Frames in the WAL at the last checkpoint.
    wal_frames: i64,
    /// Set by the writer when it is done.
    stopping: bool,
    /// Set by the thread when it has ended (normally or not).
    ended: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // a thread that panicked holding the lock leaves plain counters: still usable
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Marks the thread ended however it leaves, so that the writer never waits for it in vain.
struct EndGuard(Arc<Shared>);

impl Drop for EndGuard {
    fn drop(&mut self) {
        self.0.lock().ended = true;
        self.0.changed.notify_all();
    }
}

impl Checkpointer {
    /// Opens a second connection to `path` and starts the thread; `None` if either fails
    /// (the writer then checkpoints in its commits, as SQLite does by default). The caller
    /// turns the writer's own automatic checkpoints off.
    pub(super) fn start(path: &Path) -> Option<Self> {
        Self::start_with(path, RESTART_FRAMES)
    }

    fn start_with(path: &Path, restart_frames: i64) -> Option<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        let shared = Arc::new(Shared::default());
        let guard = EndGuard(shared.clone());
        let thread = std::thread::Builder::new()
            .name("checkpoint".into())
            .spawn(move || run(&conn, &guard.0))
            .ok()?;
        Some(Self {
            shared,
            thread: Some(thread),
            restart_frames,
        })
    }

    /// Tells the thread that the writer committed.
    pub(super) fn committed(&self) {
        self.shared.lock().committed += 1;
        self.shared.changed.notify_all();
    }

    /// Called before the writer begins a transaction: when the WAL has grown past
    /// [`RESTART_FRAMES`], waits for the checkpoint of the last commit, so that the
    /// transaction starts the WAL over. Returns false if the thread has ended (it should not
    /// before [`Drop`]); the writer must then checkpoint itself.
    ///
    /// The WAL's size is known from the last checkpoint only, so the writer also waits when
    /// the thread is [`MAX_LAG`] commits behind: a thread kept off the CPU (by the other
    /// threads of a loaded machine) would otherwise let the WAL grow unseen. The test below
    /// failed about once in 20 runs before.
    pub(super) fn before_begin(&self) -> bool {
        let mut s = self.shared.lock();
        while s.committed.saturating_sub(s.checkpointed) >= MAX_LAG && !s.ended {
            s = self.wait(s);
        }
        if s.wal_frames < self.restart_frames {
            return !s.ended;
        }
        while s.checkpointed < s.committed && !s.ended {
            s = self.wait(s);
        }
        // Counted again from the next checkpoint (if a reader kept the checkpoint from
        // copying everything, the WAL did not start over, and that one says so).
        s.wal_frames = 0;
        !s.ended
    }
}

impl Checkpointer {
    fn wait<'a>(&self, s: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        self.shared
            .changed
            .wait(s)
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.shared.lock().stopping = true;
        self.shared.changed.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The thread: one PASSIVE checkpoint per batch of commits, until the writer stops. The
/// writer's connection checkpoints what is left when it closes.
fn run(conn: &Connection, shared: &Shared) {
    loop {
        let target = {
            let mut s = shared.lock();
            while s.checkpointed == s.committed && !s.stopping {
                s = shared
                    .changed
                    .wait(s)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
            if s.checkpointed == s.committed {
                return;
            }
            s.committed
        };
        // (busy, frames in the WAL, frames copied back); an error leaves the WAL as it was,
        // to the next checkpoint or to the writer's close
        let frames = conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1))
            .ok();
        let mut s = shared.lock();
        s.checkpointed = target;
        if let Some(frames) = frames {
            s.wal_frames = frames;
        }
        drop(s);
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::Checkpointer;
    use rusqlite::Connection;

    const PAGE: u64 = 8192;

    /// A new database in a temporary directory, its writer (automatic checkpoints off) and a
    /// checkpoint thread restarting the WAL past `limit` frames.
    fn setup(
        limit: i64,
    ) -> (
        tempfile::TempDir,
        std::path::PathBuf,
        Connection,
        Checkpointer,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
             CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL);",
        )
        .unwrap();
        let c = Checkpointer::start_with(&path, limit).unwrap();
        (dir, path, conn, c)
    }

    /// One transaction of about 40 pages.
    fn write_some(conn: &Connection, c: &Checkpointer, round: i64) {
        assert!(c.before_begin(), "the checkpoint thread ended");
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        for i in 0..40 {
            conn.execute(
                "INSERT INTO t (id, body) VALUES (?1, zeroblob(7000))",
                [round * 100 + i],
            )
            .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        c.committed();
    }

    fn rows(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    fn wal_size(path: &std::path::Path) -> u64 {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::metadata(wal).map_or(0, |m| m.len())
    }

    /// With the writer's own checkpoints off, the thread's keep the WAL bounded: it starts
    /// over once past the limit, and grows by at most a couple of transactions beyond it.
    #[test]
    fn the_wal_starts_over_past_the_limit() {
        let (_dir, path, conn, c) = setup(200);
        let mut largest = 0;
        for round in 0..60 {
            write_some(&conn, &c, round);
            largest = largest.max(wal_size(&path));
        }
        drop(c);
        // 60 transactions of about 40 pages wrote about 2,400 frames
        assert!(
            largest > 200 * PAGE,
            "the WAL never reached the limit: {largest}"
        );
        assert!(largest < 400 * PAGE, "the WAL grew to {largest} bytes");
        let n = rows(&conn);
        assert_eq!(n, 60 * 40);
    }

    /// A reader holding an old snapshot keeps checkpoints from copying everything back: the
    /// writer still never waits for more than one checkpoint, and goes on.
    #[test]
    fn a_reader_holding_a_snapshot_does_not_stop_the_writer() {
        let (_dir, path, conn, c) = setup(100);
        write_some(&conn, &c, 0);
        let reader = Connection::open(&path).unwrap();
        reader.execute_batch("BEGIN").unwrap();
        let seen = rows(&reader);
        for round in 1..20 {
            write_some(&conn, &c, round);
        }
        // the reader's snapshot is intact, and the WAL kept everything after it
        let still = rows(&reader);
        assert_eq!((seen, still), (40, 40));
        assert!(wal_size(&path) > 19 * 40 * PAGE);
        reader.execute_batch("COMMIT").unwrap();
        drop(c);
        let n = rows(&conn);
        assert_eq!(n, 20 * 40);
    }
}
