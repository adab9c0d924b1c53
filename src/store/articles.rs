//! Articles, versions and blobs: storing a prepared article and reading articles back.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{now_utc, Store, StoreError};
use crate::ingest::normalize::canonical_url;
use crate::ingest::PreparedArticle;

/// Articles stored under one savepoint (see [`Store::store_chunk`]). Inside a savepoint SQLite
/// keeps a copy, in memory, of every stored page the group changes, so a group bounds that
/// copy (a chunk has 256 articles).
const SAVEPOINT_ARTICLES: usize = 64;

/// What storing an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AddStatus {
    /// A new article (version 1).
    Added,
    /// A new version of a known article.
    NewVersion,
    /// The text equals a stored version of the article.
    Unchanged,
}

impl AddStatus {
    /// Returns the human label (`added`, `new version`, `unchanged`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::NewVersion => "new version",
            Self::Unchanged => "unchanged",
        }
    }
}

/// The result of storing one article, as `add --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct AddOutcome {
    /// added, new_version or unchanged.
    pub status: AddStatus,
    /// The article id.
    pub article_id: i64,
    /// The version number the text has.
    pub version: i64,
    /// The full sha256 of the text.
    pub sha256: String,
    /// The canonical url.
    pub url: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The published date.
    pub published: Option<String>,
}

/// One article, as `articles` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRow {
    /// The id.
    pub id: i64,
    /// The canonical url.
    pub url: Option<String>,
    /// The identity key.
    pub ident: String,
    /// The outlet.
    pub outlet: Option<String>,
    /// The title of the latest version.
    pub title: Option<String>,
    /// Number of versions.
    pub versions: i64,
    /// sha256 of the latest version.
    pub latest_sha256: String,
    /// Published date of the latest version.
    pub published: Option<String>,
}

/// One version of an article.
#[derive(Debug, Clone, Serialize)]
pub struct VersionRow {
    /// Version number.
    pub version: i64,
    /// Full sha256.
    pub sha256: String,
    /// When it was added (UTC).
    pub added_at: String,
    /// Published date.
    pub published: Option<String>,
    /// Text size in bytes.
    pub size: i64,
    /// The input it came from.
    pub source: String,
    /// sha256 of the raw bytes as collected (an HTML page), when kept.
    pub raw_sha256: Option<String>,
    /// When it was fetched (a url, or a WARC record's capture time).
    pub fetched_at: Option<String>,
    /// The author(s) the page names.
    pub author: Option<String>,
    /// The page's last-modified date.
    pub modified: Option<String>,
}

const ARTICLE_SELECT: &str = "SELECT a.id, a.url, a.ident, a.outlet, a.title,
        (SELECT count(*) FROM versions v WHERE v.article_id = a.id),
        lv.sha256, lv.published
    FROM articles a
    JOIN versions lv ON lv.article_id = a.id
        AND lv.version = (SELECT max(version) FROM versions v2 WHERE v2.article_id = a.id)";

fn article_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: r.get(0)?,
        url: r.get(1)?,
        ident: r.get(2)?,
        outlet: r.get(3)?,
        title: r.get(4)?,
        versions: r.get(5)?,
        latest_sha256: r.get(6)?,
        published: r.get(7)?,
    })
}

impl Store {
    /// Stores one prepared article inside the open transaction, in a savepoint of its own so
    /// that a failure rolls back only this article.
    pub fn store_article(&self, art: &PreparedArticle) -> Result<AddOutcome, StoreError> {
        // prepared once: parsing these two statements for every article was 7% of the writer
        self.conn.prepare_cached("SAVEPOINT article")?.execute([])?;
        let fts_mark = self.fts_pending.borrow().len();
        let stored = self.store_article_inner(art).and_then(|outcome| {
            self.conn.prepare_cached("RELEASE article")?.execute([])?;
            Ok(outcome)
        });
        match stored {
            Ok(outcome) => {
                // the writer's caches keep what the article added
                self.keys.borrow_mut().keep_staged();
                self.actors.borrow_mut().keep_staged();
                Ok(outcome)
            }
            Err(e) => {
                let _ = self
                    .conn
                    .execute_batch("ROLLBACK TO article; RELEASE article");
                // cached linking data may name rows that no longer exist
                self.link_cache.clear();
                self.keys.borrow_mut().drop_staged();
                self.actors.borrow_mut().drop_staged();
                self.fts_pending.borrow_mut().truncate(fts_mark);
                Err(e)
            }
        }
    }

    /// Stores a chunk of prepared articles inside the open transaction; returns each one's
    /// outcome, in order. Articles share a savepoint by groups of [`SAVEPOINT_ARTICLES`]: a
    /// savepoint per article made SQLite copy every page each article first touched (3.4% of
    /// the writer at 100,000 records). When an article fails, its group is rolled back, the
    /// writer's memory is put back to the group's start, and the group is stored again with a
    /// savepoint per article ([`Store::store_article`]), so that the failure rolls back only
    /// that article. An error of the outer result means the transaction cannot go on (roll it
    /// back).
    ///
    /// `prefetched` is what a [`super::Prefetcher`] read of the linking index for these
    /// articles, if anything.
    pub fn store_chunk(
        &self,
        arts: &[&PreparedArticle],
        prefetched: Option<&super::Prefetched>,
    ) -> Result<Vec<Result<AddOutcome, StoreError>>, StoreError> {
        // between chunks too, not only when a transaction starts: a transaction of 2,048
        // articles filed up to 300,000 postings past the bound, and the index's memory doubled
        self.spill_if_full()?;
        self.read_ahead_for(arts, prefetched);
        let mut outcomes = Vec::with_capacity(arts.len());
        for group in arts.chunks(SAVEPOINT_ARTICLES) {
            outcomes.extend(self.store_group(group)?);
        }
        Ok(outcomes)
    }

    /// Stores a group of articles in one savepoint (see [`Store::store_chunk`]).
    fn store_group(
        &self,
        arts: &[&PreparedArticle],
    ) -> Result<Vec<Result<AddOutcome, StoreError>>, StoreError> {
        let fts_mark = self.fts_pending.borrow().len();
        self.conn
            .prepare_cached("SAVEPOINT article_group")?
            .execute([])?;
        let mut outcomes = Vec::with_capacity(arts.len());
        for art in arts {
            match self.store_article_inner(art) {
                Ok(outcome) => {
                    // later articles are linked against this one
                    self.keys.borrow_mut().keep_staged();
                    outcomes.push(Ok(outcome));
                }
                Err(_) => {
                    self.restart_group(fts_mark)?;
                    outcomes = arts.iter().map(|art| self.store_article(art)).collect();
                    break;
                }
            }
        }
        self.conn
            .prepare_cached("RELEASE article_group")?
            .execute([])?;
        // actors and counts of the group's articles (or, after a restart, of none: each
        // article kept its own)
        self.actors.borrow_mut().keep_staged();
        Ok(outcomes)
    }

    /// Rolls the open group of articles back to its savepoint and puts the writer's memory
    /// back to the group's start: the linking index is read again from SQLite (what this
    /// transaction stored before is filed from its stored fingerprints), the actors and counts
    /// the group added are dropped, and so are its full-text entries.
    fn restart_group(&self, fts_mark: usize) -> Result<(), StoreError> {
        self.conn.execute_batch("ROLLBACK TO article_group")?;
        if self.conn.is_autocommit() {
            // SQLite rolled the whole transaction back (a full disk, an I/O error)
            return Err(StoreError::TransactionLost);
        }
        self.forget_linking();
        self.actors.borrow_mut().drop_staged();
        self.fts_pending.borrow_mut().truncate(fts_mark);
        self.catch_up()
    }

    /// Reads ahead what linking the articles will look up in the linking index's runs (see
    /// [`Store::read_ahead`]); call it with a chunk of articles before storing them, inside
    /// the transaction. If reading fails, linking looks the keys up one at a time instead
    /// (and an error there is the failing article's).
    fn read_ahead_for(&self, arts: &[&PreparedArticle], prefetched: Option<&super::Prefetched>) {
        let keys = super::prefetch::chunk_keys(arts).collect();
        if self.read_ahead(keys, prefetched).is_err() {
            self.ahead.borrow_mut().clear();
        }
    }

    fn store_article_inner(&self, art: &PreparedArticle) -> Result<AddOutcome, StoreError> {
        let now = now_utc();
        let existing: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE ident = ?1")?
            .query_row([&art.ident], |r| r.get(0))
            .optional()?;
        let outcome = |status, article_id, version| AddOutcome {
            status,
            article_id,
            version,
            sha256: art.sha256.clone(),
            url: art.url.clone(),
            title: art.title.clone(),
            outlet: art.outlet.clone(),
            published: art.published.clone(),
        };
        let (article_id, version, status) = match existing {
            Some(id) => {
                let same: Option<i64> = self
                    .conn
                    .prepare_cached(
                        "SELECT version FROM versions WHERE article_id = ?1 AND sha256 = ?2",
                    )?
                    .query_row(params![id, art.sha256], |r| r.get(0))
                    .optional()?;
                if let Some(v) = same {
                    return Ok(outcome(AddStatus::Unchanged, id, v));
                }
                let max: i64 = self
                    .conn
                    .prepare_cached(
                        "SELECT coalesce(max(version), 0) FROM versions WHERE article_id = ?1",
                    )?
                    .query_row([id], |r| r.get(0))?;
                self.conn
                    .prepare_cached(
                        "UPDATE articles SET outlet = coalesce(?2, outlet), title = coalesce(?3, title)
                         WHERE id = ?1",
                    )?
                    .execute(params![id, art.outlet, art.title])?;
                (id, max + 1, AddStatus::NewVersion)
            }
            None => {
                self.conn
                    .prepare_cached(
                        "INSERT INTO articles (ident, url, outlet, title, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![art.ident, art.url, art.outlet, art.title, now])?;
                (self.conn.last_insert_rowid(), 1, AddStatus::Added)
            }
        };
        let packed = super::packed::packed(art);
        // deflated when that was worth it (see `text.rs`), else the text itself
        let stored_text: &dyn rusqlite::ToSql = match &packed.deflated {
            Some(d) => d,
            None => &art.text,
        };
        self.conn
            .prepare_cached("INSERT OR IGNORE INTO blobs (sha256, text, size) VALUES (?1, ?2, ?3)")?
            .execute(params![
                art.sha256,
                stored_text,
                i64::try_from(art.text.len()).unwrap_or(i64::MAX)
            ])?;
        if let Some(raw) = &art.raw {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO raw_blobs (sha256, media_type, bytes, size)
                     VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    raw.sha256,
                    raw.media_type,
                    raw.bytes,
                    i64::try_from(raw.bytes.len()).unwrap_or(i64::MAX)
                ])?;
        }
        self.conn
            .prepare_cached(
                "INSERT INTO versions (article_id, version, sha256, title, outlet, published, added_at,
                                       source, raw_sha256, fetched_at, author, modified)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                article_id,
                version,
                art.sha256,
                art.title,
                art.outlet,
                art.published,
                now,
                art.source,
                art.raw.as_ref().map(|r| &r.sha256),
                art.fetched_at,
                art.author,
                art.modified
            ])?;
        let version_id = self.conn.last_insert_rowid();
        super::log::append(&self.conn, version_id)?;
        // a new version is always compared with the one before it (see `link_version`)
        let previous = if version > 1 {
            self.conn
                .prepare_cached("SELECT id FROM versions WHERE article_id = ?1 AND version = ?2")?
                .query_row(params![article_id, version - 1], |r| r.get(0))
                .optional()?
        } else {
            None
        };
        self.store_occurrences(article_id, version_id, previous, art, &packed)?;
        Ok(outcome(status, article_id, version))
    }

    /// Returns all articles, optionally of one outlet (case-insensitive), by id.
    pub fn articles(&self, outlet: Option<&str>) -> Result<Vec<ArticleRow>, StoreError> {
        let sql = format!(
            "{ARTICLE_SELECT} WHERE ?1 IS NULL OR a.outlet = ?1 COLLATE NOCASE ORDER BY a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([outlet], article_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the article with the given id, url (canonicalised) or identity key.
    pub fn find_article(&self, id_or_url: &str) -> Result<ArticleRow, StoreError> {
        let by_id = |id: i64| -> Result<Option<ArticleRow>, StoreError> {
            let sql = format!("{ARTICLE_SELECT} WHERE a.id = ?1");
            Ok(self
                .conn
                .prepare_cached(&sql)?
                .query_row([id], article_row)
                .optional()?)
        };
        if let Ok(id) = id_or_url.trim().parse::<i64>() {
            if let Some(a) = by_id(id)? {
                return Ok(a);
            }
        }
        let key = canonical_url(id_or_url).unwrap_or_else(|| id_or_url.to_string());
        let id: Option<i64> = self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE ident = ?1 OR ident = ?2 OR url = ?1")?
            .query_row(params![key, id_or_url], |r| r.get(0))
            .optional()?;
        match id {
            Some(id) => by_id(id)?.ok_or_else(|| StoreError::NoArticle(id_or_url.to_string())),
            None => Err(StoreError::NoArticle(id_or_url.to_string())),
        }
    }

    /// Returns the versions of an article, oldest first.
    pub fn versions_of(&self, article_id: i64) -> Result<Vec<VersionRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.version, v.sha256, v.added_at, v.published, b.size, v.source,
                    v.raw_sha256, v.fetched_at, v.author, v.modified
             FROM versions v JOIN blobs b ON b.sha256 = v.sha256
             WHERE v.article_id = ?1 ORDER BY v.version",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            Ok(VersionRow {
                version: r.get(0)?,
                sha256: r.get(1)?,
                added_at: r.get(2)?,
                published: r.get(3)?,
                size: r.get(4)?,
                source: r.get(5)?,
                raw_sha256: r.get(6)?,
                fetched_at: r.get(7)?,
                author: r.get(8)?,
                modified: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the raw bytes (and their media type) a version's text was extracted from.
    pub fn version_raw(
        &self,
        article_id: i64,
        version: i64,
    ) -> Result<(String, Vec<u8>), StoreError> {
        self.conn
            .prepare_cached(
                "SELECT r.media_type, r.bytes FROM versions v JOIN raw_blobs r ON r.sha256 = v.raw_sha256
                 WHERE v.article_id = ?1 AND v.version = ?2",
            )?
            .query_row(params![article_id, version], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(StoreError::NoRaw(article_id, version))
    }

    /// Returns the stored text of one version of an article.
    pub fn version_text(&self, article_id: i64, version: i64) -> Result<String, StoreError> {
        self.conn
            .prepare_cached(
                "SELECT ct_text(b.text) FROM versions v JOIN blobs b ON b.sha256 = v.sha256
                 WHERE v.article_id = ?1 AND v.version = ?2",
            )?
            .query_row(params![article_id, version], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoVersion(article_id, version))
    }
}
