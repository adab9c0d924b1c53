//! The tamper-evident ingest log and `verify`.
//!
//! Every stored version appends one entry to `ingest_log`, inside the same savepoint as the
//! version itself. An entry holds the hash of the entry before it, so changing, removing or
//! reordering any entry (or the version it records) breaks the chain from there on: the log is
//! a hash chain, as in a transparency log. Its head (the last entry's hash) can be kept outside
//! the database and checked later with `verify --head`.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::{Store, StoreError};
use crate::ingest::normalize::sha256_bytes_hex;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the ingest log.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    /// Position in the log, from 1.
    pub seq: i64,
    /// The hash of the entry before (64 zeros for the first).
    pub prev_hash: String,
    /// The article's identity key (canonical url, `id:`, `file:` or `record:`).
    pub article_ident: String,
    /// The article id.
    pub article_id: i64,
    /// The version number.
    pub version: i64,
    /// sha256 of the version's text.
    pub sha256: String,
    /// sha256 of the raw bytes as collected, when kept.
    pub raw_sha256: Option<String>,
    /// When it was added (UTC).
    pub added_at: String,
    /// The input it came from.
    pub source: String,
    /// This entry's hash.
    pub entry_hash: String,
}

impl LogEntry {
    /// Returns the hash this entry must carry: sha256 of the JSON array of its fields.
    pub fn compute_hash(&self) -> String {
        let fields = serde_json::json!([
            self.seq,
            self.prev_hash,
            self.article_ident,
            self.article_id,
            self.version,
            self.sha256,
            self.raw_sha256,
            self.added_at,
            self.source
        ]);
        sha256_bytes_hex(fields.to_string().as_bytes())
    }
}

const ENTRY_COLUMNS: &str = "seq, prev_hash, article_ident, article_id, version, sha256, raw_sha256, added_at, source, entry_hash";

fn entry_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LogEntry> {
    Ok(LogEntry {
        seq: r.get(0)?,
        prev_hash: r.get(1)?,
        article_ident: r.get(2)?,
        article_id: r.get(3)?,
        version: r.get(4)?,
        sha256: r.get(5)?,
        raw_sha256: r.get(6)?,
        added_at: r.get(7)?,
        source: r.get(8)?,
        entry_hash: r.get(9)?,
    })
}

/// Appends the log entry of the version `version_id` (just inserted, in the open transaction).
pub(super) fn append(conn: &Connection, version_id: i64) -> rusqlite::Result<()> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, entry_hash FROM ingest_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev_hash) = last.map_or((1, GENESIS.to_string()), |(s, h)| (s + 1, h));
    let mut entry = conn
        .prepare_cached(
            "SELECT a.ident, v.article_id, v.version, v.sha256, v.raw_sha256, v.added_at, v.source
             FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.id = ?1",
        )?
        .query_row([version_id], |r| {
            Ok(LogEntry {
                seq,
                prev_hash: prev_hash.clone(),
                article_ident: r.get(0)?,
                article_id: r.get(1)?,
                version: r.get(2)?,
                sha256: r.get(3)?,
                raw_sha256: r.get(4)?,
                added_at: r.get(5)?,
                source: r.get(6)?,
                entry_hash: String::new(),
            })
        })?;
    entry.entry_hash = entry.compute_hash();
    conn.prepare_cached(
        "INSERT INTO ingest_log (seq, prev_hash, version_id, article_ident, article_id, version,
                                 sha256, raw_sha256, added_at, source, entry_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        entry.seq,
        entry.prev_hash,
        version_id,
        entry.article_ident,
        entry.article_id,
        entry.version,
        entry.sha256,
        entry.raw_sha256,
        entry.added_at,
        entry.source,
        entry.entry_hash
    ])?;
    Ok(())
}

/// Enters every version that has no log entry, in id order (the migration that creates the
/// log uses it for versions stored before it).
pub(super) fn enter_unlogged_versions(conn: &Connection) -> rusqlite::Result<()> {
    let ids: Vec<i64> = conn
        .prepare(
            "SELECT id FROM versions WHERE id NOT IN (SELECT version_id FROM ingest_log) ORDER BY id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in ids {
        append(conn, id)?;
    }
    Ok(())
}

/// One problem `verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// What kind of check failed: text, raw, log, chain, versions, counts, sqlite.
    pub check: &'static str,
    /// The article concerned, when known.
    pub article_id: Option<i64>,
    /// The version concerned, when known.
    pub version: Option<i64>,
    /// What is wrong, in one line.
    pub message: String,
}

/// What `verify` checked and found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// Texts re-hashed.
    pub texts: i64,
    /// Raw blobs re-hashed.
    pub raw: i64,
    /// Versions checked against the log.
    pub versions: i64,
    /// Log entries checked.
    pub log_entries: i64,
    /// The last entry's hash (the head of the chain).
    pub head: Option<String>,
    /// Every problem found; empty when all holds.
    pub problems: Vec<Problem>,
}

impl Store {
    /// Returns the ingest log, oldest first.
    pub fn log_entries(&self) -> Result<Vec<LogEntry>, StoreError> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM ingest_log ORDER BY seq");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], entry_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Checks everything that can be checked: each text and raw blob against its hash, each
    /// version against its log entry, the chain end to end (and against `head`, when given),
    /// version numbering, and SQLite's integrity and foreign-key checks.
    pub fn verify(&self, head: Option<&str>) -> Result<VerifyReport, StoreError> {
        let mut problems = Vec::new();
        let mut report = |check, article_id, version, message: String| {
            problems.push(Problem {
                check,
                article_id,
                version,
                message,
            });
        };
        // 1. texts: every blob's text hashes to its key (named by the versions that use it)
        let mut texts = 0;
        {
            let mut stmt = self.conn.prepare(
                "SELECT b.sha256, ct_text(b.text), v.article_id, v.version
                 FROM blobs b LEFT JOIN versions v ON v.sha256 = b.sha256 ORDER BY b.sha256",
            )?;
            let mut rows = stmt.query([])?;
            let mut last_ok: Option<(String, bool)> = None;
            while let Some(r) = rows.next()? {
                let key: String = r.get(0)?;
                let ok = match &last_ok {
                    Some((k, ok)) if *k == key => *ok,
                    _ => {
                        texts += 1;
                        let text: String = r.get(1)?;
                        let ok = sha256_bytes_hex(text.as_bytes()) == key;
                        last_ok = Some((key.clone(), ok));
                        ok
                    }
                };
                if !ok {
                    report(
                        "text",
                        r.get(2)?,
                        r.get(3)?,
                        format!("stored text does not match its sha256 {}", &key[..12]),
                    );
                }
            }
        }
        // 2. raw bytes
        let mut raw = 0;
        {
            let mut stmt = self.conn.prepare(
                "SELECT r.sha256, r.bytes, v.article_id, v.version
                 FROM raw_blobs r LEFT JOIN versions v ON v.raw_sha256 = r.sha256",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                raw += 1;
                let key: String = r.get(0)?;
                let bytes: Vec<u8> = r.get(1)?;
                if sha256_bytes_hex(&bytes) != key {
                    report(
                        "raw",
                        r.get(2)?,
                        r.get(3)?,
                        format!("stored raw bytes do not match their sha256 {}", &key[..12]),
                    );
                }
            }
        }
        // 3. the chain, end to end
        let entries = self.log_entries()?;
        let mut prev = GENESIS.to_string();
        for (i, e) in entries.iter().enumerate() {
            let at = Some(e.article_id);
            let ver = Some(e.version);
            let expected_seq = i64::try_from(i).unwrap_or(i64::MAX) + 1;
            if e.seq != expected_seq {
                report(
                    "chain",
                    at,
                    ver,
                    format!(
                        "log entry {} found where entry {expected_seq} belongs",
                        e.seq
                    ),
                );
            }
            if e.prev_hash != prev {
                report(
                    "chain",
                    at,
                    ver,
                    format!("log entry {} does not follow the entry before it", e.seq),
                );
            }
            if e.compute_hash() != e.entry_hash {
                report(
                    "log",
                    at,
                    ver,
                    format!("log entry {} was altered (its hash does not match)", e.seq),
                );
            }
            prev = e.entry_hash.clone();
        }
        let log_head = entries.last().map(|e| e.entry_hash.clone());
        if let Some(h) = head {
            if !entries.iter().any(|e| e.entry_hash.starts_with(h)) || h.len() < 8 {
                report(
                    "chain",
                    None,
                    None,
                    format!("the given head {h} is not an entry of the log"),
                );
            }
        }
        // 4. versions against the log
        let mut versions = 0;
        {
            let mut stmt = self.conn.prepare(
                "SELECT v.id, v.article_id, v.version, v.sha256, v.raw_sha256, v.added_at, v.source,
                        a.ident, l.seq, l.article_ident, l.article_id, l.version, l.sha256,
                        l.raw_sha256, l.added_at, l.source
                 FROM versions v LEFT JOIN articles a ON a.id = v.article_id
                 LEFT JOIN ingest_log l ON l.version_id = v.id ORDER BY v.id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                versions += 1;
                let (article_id, version): (i64, i64) = (r.get(1)?, r.get(2)?);
                let (at, ver) = (Some(article_id), Some(version));
                let Some(seq) = r.get::<_, Option<i64>>(8)? else {
                    report("log", at, ver, "version has no log entry".to_string());
                    continue;
                };
                let stored = (
                    r.get::<_, Option<String>>(7)?,
                    article_id,
                    version,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                );
                let logged = (
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, i64>(10)?,
                    r.get::<_, i64>(11)?,
                    r.get::<_, String>(12)?,
                    r.get::<_, Option<String>>(13)?,
                    r.get::<_, String>(14)?,
                    r.get::<_, String>(15)?,
                );
                if stored != logged {
                    report(
                        "log",
                        at,
                        ver,
                        format!("version differs from what log entry {seq} recorded"),
                    );
                }
            }
        }
        // entries whose version is gone
        {
            let mut stmt = self.conn.prepare(
                "SELECT l.seq, l.article_id, l.version FROM ingest_log l
                 WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = l.version_id) ORDER BY l.seq",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                report(
                    "versions",
                    r.get(1)?,
                    r.get(2)?,
                    format!("version recorded by log entry {seq} is missing"),
                );
            }
        }
        // 5. numbering without gaps
        {
            let mut stmt = self.conn.prepare(
                "SELECT article_id, count(*), max(version) FROM versions GROUP BY article_id
                 HAVING count(*) != max(version) OR min(version) != 1",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (n, max): (i64, i64) = (r.get(1)?, r.get(2)?);
                report(
                    "versions",
                    r.get(0)?,
                    None,
                    format!("{n} versions numbered up to {max}: the numbering has gaps"),
                );
            }
        }
        // 6. the per-actor counts the triggers keep
        {
            let mut stmt = self.conn.prepare(
                "SELECT a.id, a.name, a.occurrences, a.claims, a.articles,
                        (SELECT count(*) FROM occurrences o WHERE o.actor_id = a.id),
                        (SELECT count(DISTINCT o.claim_id) FROM occurrences o WHERE o.actor_id = a.id),
                        (SELECT count(DISTINCT v.article_id) FROM occurrences o
                         JOIN versions v ON v.id = o.version_id WHERE o.actor_id = a.id)
                 FROM actors a",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let kept: (i64, i64, i64) = (r.get(2)?, r.get(3)?, r.get(4)?);
                let real: (i64, i64, i64) = (r.get(5)?, r.get(6)?, r.get(7)?);
                if kept != real {
                    let name: String = r.get(1)?;
                    report(
                        "counts",
                        None,
                        None,
                        format!(
                            "actor {name}: kept counts (statements, claims, articles) {kept:?}, actual {real:?}"
                        ),
                    );
                }
            }
        }
        // 7. SQLite's own checks
        {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let line: String = r.get(0)?;
                if line != "ok" {
                    report("sqlite", None, None, format!("integrity_check: {line}"));
                }
            }
            let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let table: String = r.get(0)?;
                let rowid: Option<i64> = r.get(1)?;
                let parent: String = r.get(2)?;
                report(
                    "sqlite",
                    None,
                    None,
                    format!(
                        "foreign_key_check: {table} row {} points to a missing {parent} row",
                        rowid.map_or_else(|| "?".to_string(), |v| v.to_string())
                    ),
                );
            }
        }
        Ok(VerifyReport {
            texts,
            raw,
            versions,
            log_entries: i64::try_from(entries.len()).unwrap_or(i64::MAX),
            head: log_head,
            problems,
        })
    }
}
