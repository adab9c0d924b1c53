//! The SQLite store: opening, pragmas, migrations, transactions and every SQL statement.
//!
//! All SQL of claimtrail lives under this module, so that another backend can be added without
//! touching the rest. Write opens create and migrate; read opens are read-only and never
//! migrate. Article texts are stored deflated, read in SQL through functions registered on
//! every connection (`text.rs`).

mod actor_cache;
mod articles;
mod checkpoint;
mod claims;
mod keyindex;
mod keystore;
mod links;
pub mod log;
pub mod migrate;
mod packed;
mod prefetch;
mod text;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags};

pub use articles::{AddOutcome, AddStatus, ArticleRow, VersionRow};
pub use claims::{ActorRow, ClaimFilter, ClaimRow, ClaimSort, ExportRow};
pub use packed::{pack_for_storage, Packed};
pub use prefetch::{Prefetched, Prefetcher};

/// How long a writer waits for another process's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// Prepared statements a connection keeps (rusqlite keeps 16 by default).
const WRITER_STATEMENTS: usize = 128;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A read command was given a database that does not exist.
    #[error("database `{0}` does not exist (run `claimtrail add` to create it)")]
    Missing(PathBuf),
    /// The database's schema is older than this build's.
    #[error("database `{path}` has schema version {found}, this claimtrail needs {needed}; run `claimtrail db migrate`")]
    NeedsMigration {
        /// The database.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// The version this build needs.
        needed: i64,
    },
    /// The database was written by a newer claimtrail.
    #[error("database has schema version {found}, newer than the {supported} this claimtrail supports; upgrade claimtrail")]
    TooNew {
        /// Its version.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A migration step failed.
    #[error("migration {name} failed")]
    Migration {
        /// The step.
        name: &'static str,
        /// The cause.
        #[source]
        source: rusqlite::Error,
    },
    /// Opening the database failed.
    #[error("cannot open database `{path}`")]
    Open {
        /// The database.
        path: PathBuf,
        /// The cause.
        #[source]
        source: rusqlite::Error,
    },
    /// No article matches the id or url given.
    #[error("no article `{0}`")]
    NoArticle(String),
    /// The article has no such version.
    #[error("article `{0}` has no version `{1}`")]
    NoVersion(i64, i64),
    /// The version was not read from raw bytes (or has no such version).
    #[error("article `{0}` version `{1}` has no raw page kept (it was not read from HTML)")]
    NoRaw(i64, i64),
    /// No claim has the id given.
    #[error("no claim `{0}`")]
    NoClaim(i64),
    /// An SQL statement failed.
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
    /// SQLite rolled back the whole open transaction after an error (a full disk, an I/O
    /// error): nothing of it was kept.
    #[error("the transaction was rolled back after an error; nothing of it was kept")]
    TransactionLost,
    /// The linking index holds something this build cannot read or write.
    #[error("linking index: {0}")]
    LinkIndex(String),
}

/// An open claimtrail database.
pub struct Store {
    /// Checkpoints on a thread of their own, when the writer asked for them (declared before
    /// `conn`, so that the thread has ended when the connection closes).
    checkpointer: std::cell::RefCell<Option<checkpoint::Checkpointer>>,
    conn: Connection,
    path: PathBuf,
    /// Recently stored or read occurrences' linking data, so that candidate lookups need not
    /// read them back from SQLite (bounded; see `links.rs`).
    link_cache: links::LinkCache,
    /// The writer's in-memory linking index (see `keyindex.rs`).
    keys: std::cell::RefCell<keyindex::KeyIndex>,
    /// The filters of the linking index's runs, shared with the prefetcher.
    filters: keyindex::Filters,
    /// The runs' postings of the keys of the chunk being linked (see `keystore.rs`).
    ahead: std::cell::RefCell<keystore::Ahead>,
    /// The writer's actor cache and pending alias counts (see `actor_cache.rs`).
    actors: std::cell::RefCell<actor_cache::ActorCache>,
    /// Contents of the occurrences stored in the open transaction (id, text), for the
    /// full-text index at the commit; an article rolled back truncates it.
    fts_pending: std::cell::RefCell<Vec<(i64, String)>>,
    /// The highest claim and article ids when the open transaction began: an actor's count
    /// row for a claim or an article above them cannot exist yet, so the commit inserts it
    /// without looking it up first ([`Store::write_actor_counts`]).
    tx_start_ids: std::cell::Cell<(i64, i64)>,
}

/// Row counts and version of a database, for `db info`.
#[derive(Debug, serde::Serialize)]
pub struct DbInfo {
    /// The database file.
    pub path: String,
    /// The schema version recorded in the file.
    pub schema_version: i64,
    /// The schema version this build writes.
    pub latest_version: i64,
    /// Table name and row count.
    pub counts: Vec<(String, i64)>,
}

/// Runs `step` until it succeeds, fails with something other than "busy"/"locked", or
/// [`BUSY_TIMEOUT`] has passed.
fn retry_busy<T>(mut step: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = std::time::Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match step() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && start.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

impl Store {
    /// Opens (creating if needed) a database for writing and applies pending migrations.
    pub fn open_write(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent() {
            if !parent.as_os_str().is_empty() {
                let _ = std::fs::create_dir_all(parent);
            }
        }
        let open_err = |e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        };
        let conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        // The writer runs about 40 distinct statements; with rusqlite's default of 16 cached
        // ones it re-parsed some for every article (9% of the writer at 10,000 records).
        conn.set_prepared_statement_cache_capacity(WRITER_STATEMENTS);
        text::register(&conn).map_err(open_err)?;
        // A new database gets 8 KiB pages: deflated article texts (about 2 KB each) pack into
        // them with little slack. It applies only before the file is first written.
        retry_busy(|| conn.execute_batch("PRAGMA page_size = 8192")).map_err(open_err)?;
        // journal_mode must be set outside a transaction; WAL lets readers run beside a writer.
        // While another process creates the file or recovers its WAL, SQLite can answer "busy"
        // here without calling the busy handler, so this step waits and retries itself.
        retry_busy(|| conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(())))
            .map_err(open_err)?;
        // A 16 MB page cache: 64 MB gave the writer no measurable speed at 100,000 records
        // (121 against 120 s) for 20 MB more memory, and since the linking index's runs are
        // read by the prefetcher's connection, 16 MB takes as long as 32 (see BENCHMARKS.md).
        // Foreign keys are not enforced: the writer assigns every id itself, and checking
        // four parents for each statement inserted (and the statement journals that checks
        // need) was 10% of `add`. `verify` runs `PRAGMA foreign_key_check`, and the tests
        // verify the sample corpus.
        retry_busy(|| {
            conn.execute_batch(
                "PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000;
                 PRAGMA temp_store = MEMORY;",
            )
        })
        .map_err(open_err)?;
        migrate::migrate(&conn)?;
        Ok(Self::with_connection(conn, path))
    }

    /// Opens an existing database read-only; fails if it is missing or needs migrating.
    pub fn open_read(path: &Path) -> Result<Self, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let open_err = |e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        text::register(&conn).map_err(open_err)?;
        let found = migrate::current_version(&conn)?;
        let needed = migrate::latest_version();
        if found > needed {
            return Err(StoreError::TooNew {
                found,
                supported: needed,
            });
        }
        if found < needed {
            return Err(StoreError::NeedsMigration {
                path: path.to_path_buf(),
                found,
                needed,
            });
        }
        Ok(Self::with_connection(conn, path))
    }

    /// Opens an existing database for `db migrate` without requiring the current schema.
    pub fn open_for_info(path: &Path) -> Result<Self, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
                StoreError::Open {
                    path: path.to_path_buf(),
                    source: e,
                }
            })?;
        text::register(&conn).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        Ok(Self::with_connection(conn, path))
    }

    /// A store on an open connection, with the writer's caches empty.
    fn with_connection(conn: Connection, path: &Path) -> Self {
        Self {
            checkpointer: std::cell::RefCell::default(),
            conn,
            path: path.to_path_buf(),
            link_cache: links::LinkCache::default(),
            keys: std::cell::RefCell::default(),
            filters: keyindex::Filters::default(),
            ahead: std::cell::RefCell::default(),
            actors: std::cell::RefCell::default(),
            fts_pending: std::cell::RefCell::default(),
            tx_start_ids: std::cell::Cell::new((i64::MAX, i64::MAX)),
        }
    }

    /// Returns the path of the database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts a write transaction, waiting for other writers (`BEGIN IMMEDIATE`).
    pub fn begin(&self) -> Result<(), StoreError> {
        self.ahead.borrow_mut().clear();
        let ended = matches!(&*self.checkpointer.borrow(), Some(c) if !c.before_begin());
        if ended {
            self.checkpointer.borrow_mut().take();
            self.conn
                .execute_batch("PRAGMA wal_autocheckpoint = 1000")?;
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        if let Err(e) = self.read_start_ids().and_then(|()| self.catch_up()) {
            self.rollback();
            return Err(e);
        }
        Ok(())
    }

    /// Records the highest claim and article ids as the transaction begins (see
    /// [`Store::tx_start_ids`]).
    fn read_start_ids(&self) -> Result<(), StoreError> {
        let ids = self
            .conn
            .prepare_cached(
                "SELECT (SELECT coalesce(max(id), 0) FROM claims),
                        (SELECT coalesce(max(id), 0) FROM articles)",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        self.tx_start_ids.set(ids);
        Ok(())
    }

    /// Writes the transaction's actor counts and full-text entries, then commits.
    pub fn commit(&self) -> Result<(), StoreError> {
        self.write_actor_counts()?;
        self.sync_fts()?;
        self.conn.execute_batch("COMMIT")?;
        self.committed();
        Ok(())
    }

    /// Moves WAL checkpoints to a thread of their own for the rest of this store's life (for
    /// a long `add`; see `checkpoint.rs`). Without it, or if it cannot start, SQLite
    /// checkpoints in the writer's commits.
    pub fn checkpoint_in_background(&self) -> Result<(), StoreError> {
        if self.checkpointer.borrow().is_some() {
            return Ok(());
        }
        if let Some(c) = checkpoint::Checkpointer::start(&self.path) {
            self.conn.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
            *self.checkpointer.borrow_mut() = Some(c);
        }
        Ok(())
    }

    fn committed(&self) {
        if let Some(c) = &*self.checkpointer.borrow() {
            c.committed();
        }
        // the runs written are committed now: their filters can be shared
        self.keys.borrow_mut().share_filters(&self.filters);
    }

    /// Commits the writer's last transaction with the linking postings still in memory
    /// written into it, instead of in a transaction of their own after it ([`Store::finish`]):
    /// at the end of an `add`, one commit and one checkpoint (with its two syncs) fewer. If
    /// writing them fails, that alone is rolled back, and they are left to the next writer,
    /// which files them from the stored fingerprints.
    pub fn commit_last(&self) -> Result<(), StoreError> {
        if self.keys.borrow().has_unwritten() {
            // Runs are merged after the commit (`finish`): inside this savepoint,
            // SQLite keeps the old content of every page a merge rewrites in memory, to be
            // able to roll back to it (30 MB more at the end of 100,000 records).
            self.conn.execute_batch("SAVEPOINT link_index")?;
            if self.write_link_index(false).is_ok() {
                self.conn.execute_batch("RELEASE link_index")?;
            } else {
                self.conn
                    .execute_batch("ROLLBACK TO link_index; RELEASE link_index")?;
                // what memory holds of the runs may no longer be what SQLite holds
                self.forget_linking();
            }
        }
        self.commit()
    }

    /// Writes the linking postings still in memory, in a transaction of their own; a writer
    /// calls it when it has stored everything (if it does not, the next writer files them).
    pub fn finish(&self) -> Result<(), StoreError> {
        if self.keys.borrow().has_unwritten() {
            self.in_own_transaction(|| self.write_link_index(true))
        } else if self.keys.borrow().started() && self.runs_to_merge() {
            // the last transaction's run, written without merging (see `commit_last`): if
            // merging fails, the runs stay as they were
            self.in_own_transaction(|| self.merge_runs())
        } else {
            Ok(())
        }
    }

    /// Runs `work` in a write transaction of its own, rolled back if it fails.
    fn in_own_transaction(
        &self,
        work: impl FnOnce() -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.begin()?;
        if let Err(e) = work() {
            self.rollback();
            return Err(e);
        }
        if let Err(e) = self.conn.execute_batch("COMMIT") {
            self.rollback();
            return Err(e.into());
        }
        self.committed();
        Ok(())
    }

    /// Adds the occurrences stored since the last sync to the full-text index, in one go at
    /// the commit (FTS5 is fastest fed in bulk, and flushes at every savepoint). The writer
    /// has their contents in memory; any other occurrence above the index's high-water mark
    /// (there should be none) is read back through `occurrence_texts`.
    fn sync_fts(&self) -> Result<(), StoreError> {
        let pending = std::mem::take(&mut *self.fts_pending.borrow_mut());
        let first = pending.first().map_or(i64::MAX, |p| p.0);
        self.conn
            .prepare_cached(
                "INSERT INTO occurrences_fts (rowid, content)
                 SELECT id, content FROM occurrence_texts
                 WHERE id > (SELECT last_id FROM fts_high_water WHERE id = 1) AND id < ?1
                 ORDER BY id",
            )?
            .execute([first])?;
        let mut ins = self
            .conn
            .prepare_cached("INSERT INTO occurrences_fts (rowid, content) VALUES (?1, ?2)")?;
        for (id, content) in &pending {
            ins.execute(params![id, content])?;
        }
        self.conn
            .prepare_cached(
                "UPDATE fts_high_water SET last_id = coalesce((SELECT max(id) FROM occurrences), 0)
                 WHERE id = 1",
            )?
            .execute([])?;
        Ok(())
    }

    /// Rolls back the open transaction, if any.
    pub fn rollback(&self) {
        self.forget_linking();
        self.actors.borrow_mut().reset();
        self.fts_pending.borrow_mut().clear();
        let _ = self.conn.execute_batch("ROLLBACK");
    }

    /// Forgets what the writer holds of the linking index and of stored statements (after a
    /// rollback, they may name rows that no longer exist); it is read again from SQLite.
    fn forget_linking(&self) {
        self.link_cache.clear();
        self.keys.borrow_mut().reset();
        self.ahead.borrow_mut().clear();
    }

    /// Returns the schema version and row counts.
    pub fn info(&self) -> Result<DbInfo, StoreError> {
        let schema_version = migrate::current_version(&self.conn)?;
        let mut counts = Vec::new();
        let tables: &[(&str, &str)] = &[
            ("articles", "SELECT count(*) FROM articles"),
            ("versions", "SELECT count(*) FROM versions"),
            ("blobs", "SELECT count(*) FROM blobs"),
            ("actors", "SELECT count(*) FROM actors"),
            (
                "claims",
                "SELECT count(*) FROM claims WHERE merged_into IS NULL",
            ),
            ("occurrences", "SELECT count(*) FROM occurrences"),
        ];
        for (name, sql) in tables {
            // A table the schema does not have yet counts as absent.
            if let Ok(n) = self.conn.query_row(sql, [], |r| r.get::<_, i64>(0)) {
                counts.push(((*name).to_string(), n));
            }
        }
        Ok(DbInfo {
            path: self.path.display().to_string(),
            schema_version,
            latest_version: migrate::latest_version(),
            counts,
        })
    }
}

/// Returns the current UTC time as RFC 3339 with seconds.
pub(crate) fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
