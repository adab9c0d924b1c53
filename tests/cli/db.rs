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
    let good = env.write("a.txt", "Headline\n\nText.");
    assert_eq!(env.run(&["add", good.to_str().unwrap()]).code, 0);
    // Pretend the file was written at schema version 1 by dropping the later tables.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "DROP TABLE fts_high_water; DROP TABLE link_edges; DROP TABLE link_keys; DROP TABLE occurrences_fts; DROP TABLE occurrences; DROP TABLE claims;
         DROP TABLE actor_words; DROP TABLE actor_roles; DROP TABLE actor_aliases; DROP TABLE actors;
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let r = env.run(&["articles"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("claimtrail db migrate"), "{}", r.stderr);
    let m = env.run(&["db", "migrate"]);
    assert_eq!(m.code, 0, "{}", m.stderr);
    assert_eq!(env.run(&["articles"]).code, 0);
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
