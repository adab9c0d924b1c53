//! `claims`, `actors`, `claim` and `export` on the sample corpus.

use crate::common::{corpus, jsonl, kursk_claim, partition, record, row_with, with_corpus, Env};

#[test]
fn claims_by_actor_are_his_and_only_his() {
    let env = with_corpus();
    let r = env.run(&["claims", "--actor", "belousov", "--json", "--limit", "500"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert!(rows.len() >= 7, "{}", r.stdout);
    assert!(
        rows.iter().all(|c| c["actor"] == "Andrei Belousov"),
        "{}",
        r.stdout
    );
    let texts: Vec<&str> = rows.iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert!(texts
        .iter()
        .any(|t| t.contains("This brotherhood will not be forgotten")));
    assert!(texts.iter().any(|t| t.contains("Brotherhood in arms")));
    // every occurrence of his in the export is in some listed claim
    let export = jsonl(&env.run(&["export"]).stdout);
    let ids: Vec<i64> = rows
        .iter()
        .map(|c| c["claim_id"].as_i64().unwrap())
        .collect();
    for o in export.iter().filter(|o| o["actor"] == "Andrei Belousov") {
        assert!(ids.contains(&o["claim_id"].as_i64().unwrap()), "{o}");
    }
    // a full name and a spelling variant find the same claims
    let r2 = env.run(&[
        "claims",
        "--actor",
        "Andrey Belousov",
        "--json",
        "--limit",
        "500",
    ]);
    let rows2: Vec<serde_json::Value> = serde_json::from_str(&r2.stdout).unwrap();
    assert_eq!(rows.len(), rows2.len());
}

#[test]
fn actors_merge_spelling_variants() {
    let env = with_corpus();
    let r = env.run(&["actors", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let find = |name: &str| rows.iter().filter(|a| a["name"] == name).count();
    assert_eq!(find("Andrei Belousov"), 1);
    let bel = rows
        .iter()
        .find(|a| a["name"] == "Andrei Belousov")
        .unwrap();
    let aliases: Vec<&str> = bel["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(aliases.contains(&"Andrey Belousov"), "{aliases:?}");
    assert!(rows.iter().all(|a| a["name"] != "Andrey Belousov"));
    assert!(
        rows.iter()
            .filter(|a| a["name"].as_str().unwrap().contains("Lavrov"))
            .count()
            == 1
    );
    let kim: Vec<_> = rows
        .iter()
        .filter(|a| a["name"].as_str().unwrap().starts_with("Kim Jong"))
        .collect();
    assert_eq!(kim.len(), 1, "{kim:?}");
}

#[test]
fn export_rows_have_the_documented_keys() {
    let env = with_corpus();
    let rows = jsonl(&env.run(&["export"]).stdout);
    assert!(rows.len() > 60);
    for key in [
        "occurrence_id",
        "claim_id",
        "actor",
        "actor_surface",
        "role",
        "cue",
        "kind",
        "reported_by",
        "speaks_for",
        "text",
        "sentence",
        "url",
        "outlet",
        "published",
        "article_id",
        "version",
        "sha256",
    ] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }
    // the sentence holds the content
    for r in &rows {
        let s = r["sentence"].as_str().unwrap();
        let first_word = r["text"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap();
        assert!(
            s.contains(first_word.trim_matches(|c: char| !c.is_alphanumeric())),
            "{r}"
        );
    }
    let csv = env.run(&["export", "--format", "csv"]).stdout;
    assert!(csv.starts_with("occurrence_id,claim_id,actor,"));
    assert!(
        csv.lines().count() > rows.len(),
        "one header and a row per occurrence"
    );
}

#[test]
fn claim_shows_provenance_and_wording_history() {
    let env = with_corpus();
    let r = env.run(&["claims", "--grep", "shoulder", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let id = rows[0]["claim_id"].as_i64().unwrap().to_string();
    let c = env.run(&["claim", &id, "--json"]);
    assert_eq!(c.code, 0, "{}", c.stderr);
    let v: serde_json::Value = serde_json::from_str(&c.stdout).unwrap();
    for key in [
        "claim_id",
        "actors",
        "text",
        "first_seen",
        "articles",
        "outlets",
        "occurrences",
        "diffs",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let occ = v["occurrences"].as_array().unwrap();
    assert_eq!(v["diffs"].as_array().unwrap().len(), occ.len() - 1);
    let text = env.run(&["claim", &id]).stdout;
    assert!(text.contains("wording history") || occ.len() == 1, "{text}");
}

/// Every corpus file, in sorted order.
fn corpus_files() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if !p
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("README")
            {
                out.push(p.display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(&corpus(), &mut out);
    out
}

#[test]
fn linking_does_not_depend_on_the_order_of_adding() {
    let forward = with_corpus();
    let backward = Env::new();
    let mut files = corpus_files();
    files.reverse();
    for f in &files {
        let r = backward.run(&["add", "-q", f]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let (a, b) = (partition(&forward), partition(&backward));
    assert!(
        a.iter().any(|g| g.len() >= 4),
        "some claim travelled: {a:#?}"
    );
    assert_eq!(a, b);
}

#[test]
fn a_linking_index_dropped_midway_is_rebuilt_from_fingerprints_and_links_the_same() {
    let forward = with_corpus();
    // half the corpus, then the state a schema upgrade leaves (no runs, mark at zero), then
    // the rest, one writer per file: the next writer files every stored statement again
    let env = Env::new();
    let files = corpus_files();
    let (first, rest) = files.split_at(files.len() / 2);
    let r = env.run(
        &[
            &["add", "-q"][..],
            &first.iter().map(String::as_str).collect::<Vec<_>>(),
        ]
        .concat(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let runs: i64 = conn
        .query_row("SELECT count(*) FROM link_runs", [], |r| r.get(0))
        .unwrap();
    assert!(runs >= 1, "the first writer wrote its postings as a run");
    conn.execute_batch(
        "DELETE FROM link_blocks; DELETE FROM link_runs; UPDATE link_high_water SET last_id = 0;",
    )
    .unwrap();
    drop(conn);
    for f in rest {
        let r = env.run(&["add", "-q", f]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(partition(&forward), partition(&env));
}

/// The linking index's high-water mark, the highest statement id, and the number of runs.
fn link_index_state(env: &Env) -> (i64, i64, i64) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row(
        "SELECT (SELECT last_id FROM link_high_water), (SELECT max(id) FROM occurrences),
                (SELECT count(*) FROM link_runs)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap()
}

#[test]
fn an_add_writes_its_linking_postings_and_a_failure_there_loses_nothing() {
    let forward = with_corpus();
    let (mark, newest, runs) = link_index_state(&forward);
    assert!(runs >= 1 && mark == newest, "{mark} {newest} {runs}");

    // the postings cannot be written: the articles are stored all the same, the mark stays
    // behind, and the next writer files the statements from their fingerprints
    let env = Env::new();
    let files = corpus_files();
    let (first, rest) = files.split_at(files.len() / 2);
    let r = env.run(&["add", "-q", &first[0]]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = link_index_state(&env);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER no_runs BEFORE INSERT ON link_runs BEGIN SELECT RAISE(ABORT, 'no'); END;",
    )
    .unwrap();
    let r = env.run(
        &[
            &["add", "-q"][..],
            &first[1..].iter().map(String::as_str).collect::<Vec<_>>(),
        ]
        .concat(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (mark, newest, runs) = link_index_state(&env);
    assert!(newest > before.1, "the articles were stored");
    assert_eq!((mark, runs), (before.0, before.2), "no postings written");
    conn.execute_batch("DROP TRIGGER no_runs").unwrap();
    drop(conn);
    for f in rest {
        let r = env.run(&["add", "-q", f]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let (mark, newest, _) = link_index_state(&env);
    assert_eq!(mark, newest);
    assert_eq!(partition(&forward), partition(&env));
}

#[test]
fn the_kursk_statement_is_one_claim_across_outlets() {
    let env = with_corpus();
    let id = kursk_claim(&env);
    let v: serde_json::Value =
        serde_json::from_str(&env.run(&["claim", &id, "--json"]).stdout).unwrap();
    assert!(v["articles"].as_i64().unwrap() >= 4, "{v}");
    let occ = v["occurrences"].as_array().unwrap();
    // the wire original comes first
    assert_eq!(occ[0]["outlet"], "Novost Wire", "{v}");
    // the edited article's two versions are both there, and the attribution drift shows
    assert!(occ
        .iter()
        .any(|o| o["outlet"] == "Eastern Observer" && o["version"] == 1));
    assert!(occ
        .iter()
        .any(|o| o["outlet"] == "Eastern Observer" && o["version"] == 2));
    let actors: Vec<&str> = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        actors.contains(&"Andrei Belousov") && actors.len() >= 2,
        "{actors:?}"
    );
    // a rewrite that split the wire's sentence in two keeps both halves in the claim, and a
    // headline restating it joins too
    let texts: Vec<&str> = occ.iter().map(|o| o["text"].as_str().unwrap()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("had taken part in the liberation")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Alliance 'confirmed' in Kursk")),
        "{texts:#?}"
    );
    // the wire's other statements stay their own claims
    assert!(
        !texts.iter().any(|t| t.contains("brotherhood")),
        "{texts:#?}"
    );
    let text = env.run(&["claim", &id, "--color", "never"]).stdout;
    assert!(text.contains("attribution:"), "{text}");
    assert!(text.contains("edit in article"), "{text}");
    assert!(text.contains("{+") || text.contains("[-"), "{text}");
}

#[test]
fn a_corrected_attribution_keeps_its_claim() {
    // an update that gives a quotation to someone else ("Correction: ... misattributed"):
    // the statement is one claim, which now shows both speakers
    let env = Env::new();
    let record = |speaker: &str| {
        serde_json::json!({
            "url": "https://wire.example/gas",
            "outlet": "Wire",
            "text": format!(
                "Gas prices\n\n\"There is enough gas,\" said {speaker}, an analyst. \
                 \"The question is what it will cost.\""
            ),
        })
        .to_string()
            + "\n"
    };
    let input = record("Tomas Berg") + &record("Lena Aas");
    let r = env.run_stdin(&["add", "--quiet", "--input-format", "jsonl", "-"], &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = jsonl(&env.run(&["export"]).stdout);
    let claim_of = |version: i64, start: &str| {
        rows.iter()
            .find(|o| o["version"] == version && o["text"].as_str().unwrap().starts_with(start))
            .map(|o| (o["claim_id"].as_i64().unwrap(), o["actor"].clone()))
            .unwrap_or_else(|| panic!("v{version} {start}: {rows:?}"))
    };
    for start in ["There is enough gas", "The question is"] {
        let (c1, a1) = claim_of(1, start);
        let (c2, a2) = claim_of(2, start);
        assert_eq!(
            (a1.as_str(), a2.as_str()),
            (Some("Tomas Berg"), Some("Lena Aas"))
        );
        assert_eq!(c1, c2, "{start}");
    }
}

#[test]
fn a_spokesperson_and_their_body_are_one_speaker() {
    // the wire quotes the group's spokesman, the rewrite gives the same words to the group:
    // one claim, though the two wordings are too far apart for two different speakers
    let env = Env::new();
    let dostal = "Health Minister Pavel Dostal said the outbreak was the direct result of a \
                  disinformation campaign run from abroad.";
    let input = record(
        "https://wire.example/measles",
        &format!(
            "Measles\n\n{dostal}\n\nFree Choice Orsova, a parents' group, hit back. Its \
             spokesman, Marek Hajek, wrote that the group had \"never told anyone not to \
             vaccinate.\""
        ),
    ) + &record(
        "https://farm.example/measles",
        &format!(
            "Measles\n\n{dostal}\n\nThe group Free Choice Orsova insists it has never told \
             parents not to vaccinate their children."
        ),
    );
    let r = env.run_stdin(&["add", "--quiet", "--input-format", "jsonl", "-"], &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = jsonl(&env.run(&["export"]).stdout);
    let row = |part: &str| row_with(&rows, part);
    let (wire, farm) = (row("never told anyone"), row("never told parents"));
    assert_eq!(wire["actor"], "Marek Hajek");
    assert_eq!(wire["speaks_for"], "Free Choice Orsova");
    assert_eq!(farm["actor"], "Free Choice Orsova");
    assert_eq!(wire["claim_id"], farm["claim_id"], "{rows:?}");
}

#[test]
fn one_speaker_s_reworded_statement_joins_its_claim_in_another_telling_of_the_story() {
    // the two tellings share one statement word for word (so they tell one story); the
    // governor's second statement keeps only "state" and "working" of the wire's words
    let env = Env::new();
    let shared = "Senator Maria Okafor said federal wildfire aid for Harlan County was weeks \
                  late and that families were sleeping in their cars.";
    let input = record(
        "https://wire.example/aid",
        &format!(
            "Aid\n\n{shared}\n\nGovernor Thomas Reyes said the state was \"working hand in \
             glove\" with federal officials on the payments.\n\n\"They knew,\" Dev Kaur, who \
             runs a shop in Salem, told reporters."
        ),
    ) + &record(
        "https://blog.example/aid",
        &format!(
            "Aid\n\n{shared}\n\nGovernor Thomas Reyes insisted his state is working closely \
             with Washington.\n\n\"They knew,\" fumed shopkeeper Dev Kaur."
        ),
    );
    let r = env.run_stdin(&["add", "--quiet", "--input-format", "jsonl", "-"], &input);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = jsonl(&env.run(&["export"]).stdout);
    let row = |part: &str| row_with(&rows, part);
    let (wire, blog) = (row("hand in"), row("working closely"));
    assert_eq!(wire["actor"], blog["actor"]);
    assert_eq!(wire["claim_id"], blog["claim_id"], "{rows:?}");
    // one speaker's same two words in both tellings: one claim
    let knew: Vec<_> = rows
        .iter()
        .filter(|o| o["text"].as_str().unwrap() == "They knew")
        .collect();
    assert_eq!(knew.len(), 2, "{rows:?}");
    assert_eq!(knew[0]["actor"], "Dev Kaur");
    assert_eq!(knew[0]["claim_id"], knew[1]["claim_id"], "{rows:?}");
    // and the senator's statement is one claim in both, with no other statement joined to it
    let late: Vec<_> = rows
        .iter()
        .filter(|o| o["text"].as_str().unwrap().contains("weeks late"))
        .collect();
    assert_eq!(late.len(), 2, "{rows:?}");
    assert_eq!(late[0]["claim_id"], late[1]["claim_id"]);
    assert_ne!(late[0]["claim_id"], wire["claim_id"]);
}

#[test]
fn a_surname_before_the_full_name_links_as_the_full_name_after_it() {
    // the briefing names the governor by surname only; added before the wire that names him
    // in full, its "Malinov" is stored as an actor of its own, and must still link as his
    let shared = "The company Nordfert said the leak at its plant had been contained.";
    let wire = record(
        "https://wire.example/spill",
        &format!(
            "Spill\n\n{shared}\n\n\"Nobody will be left without clean water,\" Governor \
             Stefan Malinov said."
        ),
    );
    let briefing = record(
        "https://briefing.example/spill",
        &format!("Spill\n\n{shared}\n\nMalinov said nobody would go without clean water."),
    );
    let partitions: Vec<_> = [wire.clone() + &briefing, briefing.clone() + &wire]
        .iter()
        .map(|input| {
            let env = Env::new();
            let r = env.run_stdin(&["add", "--quiet", "--input-format", "jsonl", "-"], input);
            assert_eq!(r.code, 0, "{}", r.stderr);
            let rows = jsonl(&env.run(&["export"]).stdout);
            let water: Vec<_> = rows
                .iter()
                .filter(|o| o["text"].as_str().unwrap().contains("clean water"))
                .collect();
            assert_eq!(water.len(), 2, "{rows:?}");
            assert_eq!(water[0]["claim_id"], water[1]["claim_id"], "{rows:?}");
            partition(&env)
                .into_iter()
                .map(|g| {
                    g.into_iter()
                        .map(|n| n.split(" | ").last().unwrap().to_string())
                        .collect::<Vec<_>>()
                })
                .collect::<std::collections::BTreeSet<_>>()
        })
        .collect();
    assert_eq!(partitions[0], partitions[1]);
}
