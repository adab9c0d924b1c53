//! Schema migrations: the `schema/NNNN_*.sql` files, embedded in order and applied by version.
//!
//! The version lives in `PRAGMA user_version`. Pending steps run in one `BEGIN IMMEDIATE`
//! transaction that sets the version last, so a failed step leaves the database as it was.

use rusqlite::Connection;

use super::StoreError;

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../schema/0001_init.sql")),
    ("0002_claims", include_str!("../../schema/0002_claims.sql")),
    ("0003_links", include_str!("../../schema/0003_links.sql")),
    (
        "0004_fts_batch",
        include_str!("../../schema/0004_fts_batch.sql"),
    ),
    (
        "0005_provenance",
        include_str!("../../schema/0005_provenance.sql"),
    ),
    (
        "0006_actor_counts",
        include_str!("../../schema/0006_actor_counts.sql"),
    ),
    (
        "0007_bulk_writes",
        include_str!("../../schema/0007_bulk_writes.sql"),
    ),
    (
        "0008_link_runs",
        include_str!("../../schema/0008_link_runs.sql"),
    ),
    (
        "0009_edges_by_newer",
        include_str!("../../schema/0009_edges_by_newer.sql"),
    ),
    (
        "0010_search_words_only",
        include_str!("../../schema/0010_search_words_only.sql"),
    ),
    (
        "0011_speaks_for",
        include_str!("../../schema/0011_speaks_for.sql"),
    ),
    (
        "0012_versions_order",
        include_str!("../../schema/0012_versions_order.sql"),
    ),
];

/// Returns the schema version this build writes.
pub fn latest_version() -> i64 {
    i64::try_from(MIGRATIONS.len()).expect("few migrations")
}

/// Returns the schema version recorded in the database.
pub fn current_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Applies every pending migration in one transaction; returns the names applied.
pub fn migrate(conn: &Connection) -> Result<Vec<&'static str>, StoreError> {
    // schema 7 has a view over deflated texts (`ct_substr`)
    super::text::register(conn)?;
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = apply_pending(conn);
    match result {
        Ok(applied) => {
            conn.execute_batch("COMMIT")?;
            Ok(applied)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn apply_pending(conn: &Connection) -> Result<Vec<&'static str>, StoreError> {
    let current = current_version(conn)?;
    let latest = latest_version();
    if current > latest {
        return Err(StoreError::TooNew {
            found: current,
            supported: latest,
        });
    }
    let mut applied = Vec::new();
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate() {
        let version = i64::try_from(i).expect("few migrations") + 1;
        if version <= current {
            continue;
        }
        conn.execute_batch(sql)
            .map_err(|e| StoreError::Migration { name, source: e })?;
        if *name == "0005_provenance" {
            // the log's hashes are computed here, not in SQL
            super::log::enter_unlogged_versions(conn)
                .map_err(|e| StoreError::Migration { name, source: e })?;
        }
        applied.push(*name);
    }
    if !applied.is_empty() {
        // PRAGMA takes no parameters; the value is an integer we computed.
        conn.execute_batch(&format!("PRAGMA user_version = {latest}"))?;
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one value a query returns.
    fn scalar<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str) -> T {
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn migrates_empty_then_noop() {
        let conn = Connection::open_in_memory().unwrap();
        let applied = migrate(&conn).unwrap();
        assert_eq!(applied.len(), MIGRATIONS.len());
        assert_eq!(current_version(&conn).unwrap(), latest_version());
        assert!(migrate(&conn).unwrap().is_empty());
    }

    #[test]
    fn upgrades_from_an_older_version() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0].1).unwrap();
        conn.execute_batch("PRAGMA user_version = 1").unwrap();
        let applied = migrate(&conn).unwrap();
        assert_eq!(
            applied,
            MIGRATIONS[1..].iter().map(|m| m.0).collect::<Vec<_>>()
        );
    }

    #[test]
    fn upgrading_to_bulk_writes_keeps_search_and_surnames_and_rebuilds_the_linking_index() {
        let conn = Connection::open_in_memory().unwrap();
        for (_, sql) in &MIGRATIONS[..6] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 6;
             INSERT INTO blobs VALUES ('h', 'The minister said prices would fall.', 36);
             INSERT INTO articles (id, ident, created_at) VALUES (1, 'id:a', 'now');
             INSERT INTO versions (id, article_id, version, sha256, added_at, source)
                 VALUES (1, 1, 1, 'h', 'now', 'test');
             INSERT INTO actors (id, key, kind, name) VALUES (1, 'ann lee', 'person', 'Ann Lee');
             INSERT INTO claims (id) VALUES (1);
             INSERT INTO occurrences (id, version_id, seq, claim_id, origin_claim, actor_id,
                 actor_surface, cue, kind, content, fingerprint, sent_start, sent_end)
                 VALUES (1, 1, 0, 1, 1, 1, 'the minister', 'said', 'indirect',
                         'prices would fall', x'', 0, 36);
             INSERT INTO occurrences (id, version_id, seq, claim_id, origin_claim, actor_id,
                 actor_surface, cue, kind, content, fingerprint, sent_start, sent_end)
                 VALUES (2, 1, 1, 1, 1, 1, 'the minister', 'said', 'indirect',
                         'prices would fall', x'', 0, 36);
             INSERT INTO link_edges VALUES (1, 2, 0.9);
             INSERT INTO link_keys VALUES (-5, 1);",
        )
        .unwrap();
        assert_eq!(
            migrate(&conn).unwrap(),
            vec![
                "0007_bulk_writes",
                "0008_link_runs",
                "0009_edges_by_newer",
                "0010_search_words_only",
                "0011_speaks_for",
                "0012_versions_order"
            ]
        );
        let (tables, mark): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'link_keys'),
                        (SELECT last_id FROM link_high_water)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (tables, mark),
            (0, 0),
            "the next writer files every occurrence into runs"
        );
        let found: i64 = scalar(
            &conn,
            "SELECT rowid FROM occurrences_fts WHERE occurrences_fts MATCH 'prices'",
        );
        assert_eq!(found, 1);
        let edge: f64 = scalar(&conn, "SELECT score FROM link_edges WHERE b = 2 AND a = 1");
        assert!((edge - 0.9).abs() < 1e-9, "edges are kept");
        let surname: String = scalar(&conn, "SELECT surname FROM actors WHERE id = 1");
        assert_eq!(surname, "lee");
        let triggers: i64 = scalar(
            &conn,
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'",
        );
        assert_eq!(
            triggers, 0,
            "counts and the search index are kept by the writer"
        );
    }

    #[test]
    fn refuses_a_newer_database() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA user_version = 999").unwrap();
        let err = migrate(&conn).unwrap_err();
        assert!(
            matches!(err, StoreError::TooNew { found: 999, .. }),
            "{err}"
        );
    }

    #[test]
    fn failing_step_rolls_back() {
        let conn = Connection::open_in_memory().unwrap();
        // A table that collides with migration 0001 makes it fail midway.
        conn.execute_batch("CREATE TABLE versions (x)").unwrap();
        assert!(migrate(&conn).is_err());
        assert_eq!(current_version(&conn).unwrap(), 0);
        let n: i64 = scalar(
            &conn,
            "SELECT count(*) FROM sqlite_master WHERE name = 'blobs'",
        );
        assert_eq!(n, 0);
    }
}
