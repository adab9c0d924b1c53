//! `log` and `verify`: the ingest log is a hash chain, and tampering is reported with the
//! article and version it concerns.

use crate::common::{partition, with_corpus, Env};

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

/// The statements the load tests' articles carry, re-worded by article number, so that
/// linking has work to do across articles written by different processes.
fn story(n: usize, edited: bool) -> String {
    let k = n % 10;
    let river = [
        "Maas", "Rhine", "Waal", "IJssel", "Lek", "Schelde", "Amstel", "Vecht", "Eem", "Dommel",
    ][k];
    let statement = match n % 3 {
        0 => format!(
            "The minister said the bridge over the {river} would reopen in {} weeks.",
            k + 2
        ),
        1 => format!(
            "The bridge over the {river} will reopen within {} weeks, the minister said.",
            k + 2
        ),
        _ => format!(
            "According to the minister, the {river} bridge is set to reopen in {} weeks.",
            k + 2
        ),
    };
    let edit = if edited {
        " Repairs ran over budget, officials said."
    } else {
        ""
    };
    format!("Story {n}. {statement}{edit} \\\"We will finish it,\\\" the mayor of town {n} added.")
}

fn jsonl_of(range: impl Iterator<Item = usize>, edited: impl Fn(usize) -> bool) -> String {
    range
        .map(|n| {
            format!(
                "{{\"url\": \"https://load.example/{n}\", \"outlet\": \"Outlet {}\", \"published\": \"2025-03-{:02}\", \"text\": \"{}\"}}\n",
                n % 7,
                1 + n % 28,
                story(n, edited(n))
            )
        })
        .collect()
}

/// Four processes add 100 articles each to one database at once, neighbours overlapping on 50
/// and two of them carrying edited texts: every article is stored once, versions are numbered
/// without gaps or duplicates, the log verifies, and the claims are those of one process
/// adding everything.
#[test]
fn four_concurrent_writers_store_each_article_once_and_link_as_one_would() {
    let env = Env::new();
    let files: Vec<_> = (0..4)
        .map(|p| {
            let lines = jsonl_of(p * 50..p * 50 + 100, |n| p % 2 == 1 && n % 6 == 0);
            env.write(&format!("p{p}.jsonl"), lines)
        })
        .collect();
    let children: Vec<_> = files
        .iter()
        .map(|f| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("claimtrail"))
                .arg("--db")
                .arg(env.db())
                .args(["add", "-q"])
                .arg(f)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.count("articles"), 250);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM (SELECT article_id, min(version) lo, max(version) hi, count(*) c,
                    count(DISTINCT version) d FROM versions GROUP BY article_id
                    HAVING lo != 1 OR hi != c OR d != c)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0, "versions are numbered without gaps or duplicates");
    // processes 1 and 3 edit the articles n % 6 == 0 they carry; those that a neighbour also
    // carries unedited have two versions: process 1's 50..150 (shared with 0 and 2) and
    // process 3's 150..200 (shared with 2)
    let edited_shared = (50..200).filter(|n| n % 6 == 0).count() as i64;
    assert_eq!(env.count("versions"), 250 + edited_shared);
    assert_eq!(verify(&env), (0, vec![]));
    // one process adding the same files gives the same claims
    let single = Env::new();
    let args: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let mut cmd = vec!["add", "-q"];
    cmd.extend(args.iter().map(String::as_str));
    assert_eq!(single.run(&cmd).code, 0);
    let (a, b) = (partition(&env), partition(&single));
    assert!(a.iter().any(|g| g.len() >= 3), "statements were linked");
    assert_eq!(a, b);
}

/// An article that fails while it is being stored (a trigger refuses its first statement, after
/// it was linked) rolls back alone: the articles before and after it, stored with it in one
/// chunk and one transaction, are stored and linked as if it had never been given, and the
/// database verifies. It is the 81st of the chunk: its savepoint group (64 articles) is stored
/// again, after the linking index is reloaded with the group before it.
#[test]
fn an_article_failing_in_the_store_rolls_back_alone() {
    let refuse = "CREATE TRIGGER refuse BEFORE INSERT ON occurrences
        WHEN (SELECT a.url FROM versions v JOIN articles a ON a.id = v.article_id
              WHERE v.id = new.version_id) = 'https://load.example/80'
        BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
    let (failing, without) = (Env::new(), Env::new());
    for env in [&failing, &without] {
        let intro = env.write("intro.txt", "Intro\n\nThe mayor said the bridge is safe.");
        assert_eq!(env.run(&["add", "-q", intro.to_str().unwrap()]).code, 0);
        tamper(env, refuse);
    }
    let all = failing.write("all.jsonl", jsonl_of(0..100, |n| n % 5 == 0));
    let r = failing.run(&["add", "-q", all.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let errors: Vec<&str> = r.stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{}", r.stderr);
    assert!(
        errors[0].contains("all.jsonl:81") && errors[0].contains("refused by the test"),
        "the error names the record: {}",
        errors[0]
    );
    let rest = without.write(
        "rest.jsonl",
        jsonl_of((0..100).filter(|&n| n != 80), |n| n % 5 == 0),
    );
    let r = without.run(&["add", "-q", rest.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(failing.counts(), without.counts());
    let (a, b) = (partition(&failing), partition(&without));
    assert!(a.iter().any(|g| g.len() >= 3), "statements were linked");
    assert_eq!(a, b);
    assert_eq!(verify(&failing), (0, vec![]));
}

/// An import killed (SIGKILL) at several points leaves a database that opens and verifies each
/// time; running the import again completes it, with the result of an uninterrupted run.
#[test]
fn an_import_killed_at_several_points_completes_on_rerun() {
    let env = Env::new();
    let f = env.write("big.jsonl", jsonl_of(0..3000, |n| n % 11 == 0));
    let mut stored = 0;
    for wait_ms in [150, 400, 900] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimtrail"))
            .arg("--db")
            .arg(env.db())
            .args(["add", "-q"])
            .arg(&f)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if !env.db().exists() {
            continue;
        }
        let (code, problems) = verify(&env);
        assert_eq!(
            (code, problems),
            (0, vec![]),
            "after a kill at {wait_ms} ms"
        );
        let now = env.count("articles");
        assert!(now >= stored, "nothing committed is lost");
        stored = now;
    }
    let again = env.run(&["add", "-q", f.to_str().unwrap()]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(verify(&env), (0, vec![]));
    assert_eq!(env.count("articles"), 3000);

    let clean = Env::new();
    let g = clean.write("big.jsonl", std::fs::read(&f).unwrap());
    assert_eq!(clean.run(&["add", "-q", g.to_str().unwrap()]).code, 0);
    assert_eq!(clean.counts(), env.counts());
    assert_eq!(partition(&clean), partition(&env));
}

/// A directory of hostile and odd files imports without a panic: each bad file gets one error
/// line naming it, the good ones are stored, and the database verifies.
#[test]
fn a_hostile_directory_gives_clear_errors_and_no_panic() {
    let env = Env::new();
    let mut seed = 12345u64;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    };
    let dir = env.path("hostile");
    let mut expect_bad = Vec::new();
    for i in 0..30 {
        let bytes: Vec<u8> = (0..200 + next() % 2000).map(|_| next() as u8).collect();
        env.write(&format!("hostile/random{i:02}.txt"), &bytes);
    }
    env.write(
        "hostile/nul.txt",
        b"Headline\n\nText with a \0 NUL byte, the minister said.",
    );
    expect_bad.push("nul.txt");
    env.write("hostile/latin1.txt", b"Caf\xe9 owners said prices rose.");
    expect_bad.push("latin1.txt");
    env.write(
        "hostile/deep.html",
        format!("{}<p>deep</p>", "<div>".repeat(50_000)),
    );
    expect_bad.push("deep.html");
    env.write("hostile/not-a-warc.warc", "GET / HTTP/1.1\r\n\r\n");
    expect_bad.push("not-a-warc.warc");
    env.write(
        "hostile/broken.jsonl",
        "{\"text\": \"ok, the minister said.\"}\n{broken\n",
    );
    expect_bad.push("broken.jsonl:2");
    let odd = [
        format!("Quotes\n\n{}", "\"".repeat(3000)),
        format!("Long line\n\n{}", "the minister said that it was fine and ".repeat(5000)),
        "RTL\n\n\u{202e}قال الوزير إن الخطة جيدة\u{202c}, the minister said. \u{200b}\u{200d}\u{feff}".to_string(),
        format!("Zero width\n\n\"We\u{200b} are\u{200b} ready,\" {}the minister said.", "\u{200b}".repeat(500)),
    ];
    for (i, text) in odd.iter().enumerate() {
        env.write(&format!("hostile/odd{i}.md"), text);
    }
    let r = env.run(&["add", "-q", dir.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    for bad in expect_bad {
        assert!(
            r.stderr
                .lines()
                .any(|l| l.starts_with("claimtrail: error: ") && l.contains(bad)),
            "{bad}: {}",
            r.stderr
        );
    }
    // every error is one line that names a file of the directory
    for line in r.stderr.lines() {
        assert!(
            line.starts_with("claimtrail: error: ") && line.contains("hostile/"),
            "{line}"
        );
    }
    // the odd but valid texts are stored, and the JSON Lines file's good line too
    let stored = env.count("articles");
    assert!(stored > odd.len() as i64, "{stored}");
    assert_eq!(verify(&env), (0, vec![]));
}

/// The per-actor counts kept by triggers match a full recount after claims merged, and a
/// drifted count is reported.
#[test]
fn kept_actor_counts_match_a_recount() {
    let env = with_corpus();
    assert_eq!(verify(&env), (0, vec![]));
    let actors: Vec<serde_json::Value> =
        serde_json::from_str(&env.run(&["actors", "--json", "--limit", "0"]).stdout).unwrap();
    let bel = actors
        .iter()
        .find(|a| a["name"] == "Andrei Belousov")
        .unwrap();
    // his statements are in 7 claims (the Kursk statement's split halves and headline merged)
    let claims: Vec<serde_json::Value> = serde_json::from_str(
        &env.run(&["claims", "--actor", "belousov", "--json", "--limit", "500"])
            .stdout,
    )
    .unwrap();
    assert_eq!(bel["claims"].as_i64(), Some(claims.len() as i64));
    tamper(
        &env,
        "UPDATE actors SET claims = claims + 1 WHERE name = 'Andrei Belousov'",
    );
    let (code, problems) = verify(&env);
    assert_eq!(code, 1);
    assert!(problems.iter().any(|p| p.0 == "counts"), "{problems:?}");
}
