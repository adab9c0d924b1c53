//! `log` and `verify`: the ingest log is a hash chain, and tampering is reported with the
//! article and version it concerns.

use crate::common::{corpus, Env};

fn with_corpus() -> Env {
    let env = Env::new();
    let r = env.run(&["add", "-q", corpus().to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    env
}

/// A problem `verify` reported: (check, article id, version).
type Problem = (String, Option<i64>, Option<i64>);

/// Runs `verify --json`; returns the exit code and the problems.
fn verify(env: &Env) -> (i32, Vec<Problem>) {
    let r = env.run(&["verify", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
        panic!("{e}: {} {}", r.stdout, r.stderr);
    });
    assert_eq!(v["ok"], r.code == 0, "{}", r.stdout);
    let problems = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["check"].as_str().unwrap().to_string(),
                p["article_id"].as_i64(),
                p["version"].as_i64(),
            )
        })
        .collect();
    (r.code, problems)
}

fn tamper(env: &Env, sql: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    // an attacker is not bound by the schema's foreign keys
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn the_log_chains_every_version_and_verify_passes() {
    let env = with_corpus();
    let log: Vec<serde_json::Value> =
        serde_json::from_str(&env.run(&["log", "--json"]).stdout).unwrap();
    let versions: i64 = env
        .counts()
        .iter()
        .find(|(t, _)| t == "versions")
        .unwrap()
        .1;
    assert_eq!(log.len() as i64, versions);
    for pair in log.windows(2) {
        assert_eq!(pair[1]["prev_hash"], pair[0]["entry_hash"]);
        assert_eq!(
            pair[1]["seq"].as_i64(),
            pair[0]["seq"].as_i64().map(|s| s + 1)
        );
    }
    let head = env.run(&["log", "--head"]).stdout.trim().to_string();
    assert_eq!(log.last().unwrap()["entry_hash"], head.as_str());
    assert_eq!(verify(&env), (0, vec![]));
    // the head kept earlier is still in the chain after more is added
    let more = env.write(
        "more.txt",
        "Headline\n\nThe mayor said the bridge would reopen.",
    );
    assert_eq!(env.run(&["add", more.to_str().unwrap()]).code, 0);
    assert_eq!(env.run(&["verify", "--head", &head]).code, 0);
    assert_eq!(env.run(&["verify", "--head", "0123456789abcdef"]).code, 1);
}

#[test]
fn an_altered_text_is_named() {
    let env = with_corpus();
    tamper(
        &env,
        "UPDATE blobs SET text = replace(text, 'Kursk', 'Kursc')
         WHERE sha256 = (SELECT sha256 FROM versions WHERE article_id = 4 AND version = 1)",
    );
    let (code, problems) = verify(&env);
    assert_eq!(code, 1);
    assert!(
        problems.contains(&("text".to_string(), Some(4), Some(1))),
        "{problems:?}"
    );
    let r = env.run(&["verify"]);
    assert!(r.stderr.contains("article 4 v1"), "{}", r.stderr);
}

#[test]
fn a_deleted_version_is_named() {
    let env = with_corpus();
    // the second version of the edited article (Eastern Observer)
    let r = env.run(&["articles", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let edited = rows.iter().find(|a| a["versions"] == 2).unwrap()["id"]
        .as_i64()
        .unwrap();
    tamper(
        &env,
        &format!(
            "DELETE FROM occurrences WHERE version_id = (SELECT id FROM versions WHERE article_id = {edited} AND version = 2);
             DELETE FROM versions WHERE article_id = {edited} AND version = 2;"
        ),
    );
    let (code, problems) = verify(&env);
    assert_eq!(code, 1);
    assert!(
        problems.contains(&("versions".to_string(), Some(edited), Some(2))),
        "{problems:?}"
    );
}

#[test]
fn an_edited_log_entry_is_named() {
    let env = with_corpus();
    tamper(
        &env,
        "UPDATE ingest_log SET source = 'somewhere/else.txt' WHERE seq = 3",
    );
    let (code, problems) = verify(&env);
    assert_eq!(code, 1);
    let log: Vec<serde_json::Value> =
        serde_json::from_str(&env.run(&["log", "--json"]).stdout).unwrap();
    let (a, v) = (log[2]["article_id"].as_i64(), log[2]["version"].as_i64());
    assert!(
        problems.contains(&("log".to_string(), a, v)),
        "{problems:?}"
    );
    // rewriting the entry's hash too breaks the link to the next entry
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE ingest_log SET entry_hash = ?1 WHERE seq = 3",
        ["f".repeat(64)],
    )
    .unwrap();
    drop(conn);
    let (_, problems) = verify(&env);
    assert!(problems.iter().any(|p| p.0 == "chain"), "{problems:?}");
}
