//! `db` and the rules for opening databases.

use crate::common::Env;

#[test]
fn read_commands_do_not_create_a_database() {
    let env = Env::new();
    for args in [
        vec!["articles"],
        vec!["claims"],
        vec!["actors"],
        vec!["export"],
        vec!["db", "info"],
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 1, "{args:?}");
        assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
        assert!(!env.db().exists());
    }
}

#[test]
fn an_old_schema_needs_migrate_and_migrate_upgrades() {
    let env = Env::new();
    // A database written at schema version 1, holding one article.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(claimtrail::store::migrate::MIGRATIONS[0].1)
        .unwrap();
    conn.execute_batch(
        "INSERT INTO blobs (sha256, text, size) VALUES
           ('c5f5a4c8157584ec42ddc5dfef59ceaef61f841c60e379bbf7ce3c9db577716b', 'Headline', 8);
         INSERT INTO articles (ident, created_at) VALUES ('id:old', '2026-01-01T00:00:00Z');
         INSERT INTO versions (article_id, version, sha256, added_at, source)
           VALUES (1, 1, 'c5f5a4c8157584ec42ddc5dfef59ceaef61f841c60e379bbf7ce3c9db577716b',
                   '2026-01-01T00:00:00Z', 'old.txt');
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let r = env.run(&["articles"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("claimtrail db migrate"), "{}", r.stderr);
    let m = env.run(&["db", "migrate"]);
    assert_eq!(m.code, 0, "{}", m.stderr);
    let listed = env.run(&["articles", "--json"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert!(listed.stdout.contains("id:old"), "{}", listed.stdout);
    // the migration entered the old version in the ingest log
    let log = env.run(&["log", "--json"]);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&log.stdout).unwrap();
    assert_eq!(entries.len(), 1, "{}", log.stdout);
    assert_eq!(entries[0]["article_ident"], "id:old");
}

#[test]
fn a_newer_schema_is_refused() {
    let env = Env::new();
    let good = env.write("a.txt", "Headline\n\nText.");
    assert_eq!(env.run(&["add", good.to_str().unwrap()]).code, 0);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA user_version = 99").unwrap();
    drop(conn);
    for args in [vec!["articles"], vec!["add", good.to_str().unwrap()]] {
        let r = env.run(&args);
        assert_eq!(r.code, 1);
        assert!(r.stderr.contains("newer than"), "{}", r.stderr);
    }
}

#[test]
fn info_reports_version_and_counts() {
    let env = Env::new();
    let good = env.write("a.txt", "Headline\n\nText.");
    env.run(&["add", good.to_str().unwrap()]);
    let r = env.run(&["db", "info"]);
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("schema version:"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    // "schema version: N (this claimtrail: N)", with N the number of files in schema/
    let n = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/schema"))
        .unwrap()
        .count();
    assert_eq!(line, format!("schema version: {n} (this claimtrail: {n})"));
    assert!(r.stdout.contains("articles        1"), "{}", r.stdout);
}
