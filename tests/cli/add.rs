//! `add`: idempotence, versions, hashes, urls, crawler formats, bad input.

use sha2::{Digest, Sha256};

use crate::common::{corpus, jsonl, Env};

#[test]
fn adding_the_corpus_twice_changes_nothing() {
    let env = Env::new();
    let c = corpus();
    let first = env.run(&["add", c.to_str().unwrap()]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains("new version"),
        "the corpus holds an edited article: {}",
        first.stdout
    );
    let before = env.counts();
    assert!(
        before.iter().any(|(n, c)| n == "articles" && *c >= 12),
        "{before:?}"
    );
    let second = env.run(&["add", c.to_str().unwrap()]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        !second.stdout.contains("added ") && !second.stdout.contains("new version"),
        "{}",
        second.stdout
    );
    assert!(
        second.stderr.contains("0 added, 0 new versions"),
        "{}",
        second.stderr
    );
    assert_eq!(env.counts(), before);
}

#[test]
fn an_edited_article_becomes_version_two_and_diffs_by_word() {
    let env = Env::new();
    let text =
        "Headline\n\nThe minister said the talks were productive.\nThey will resume in May.\n";
    let f = env.write("story.txt", text);
    let r = env.run(&[
        "add",
        "--json",
        f.to_str().unwrap(),
        "--url",
        "https://news.example/story",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = jsonl(&r.stdout);
    assert_eq!(v[0]["status"], "added");
    assert_eq!(v[0]["version"], 1);
    // the stored hash is the sha256 of the normalised text (trailing newline dropped)
    let want = format!("{:x}", Sha256::digest(text.trim_end().as_bytes()));
    assert_eq!(v[0]["sha256"], want.as_str());

    env.write("story.txt", text.replace("productive", "difficult"));
    let r = env.run(&[
        "add",
        f.to_str().unwrap(),
        "--url",
        "https://news.example/story",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("new version"), "{}", r.stdout);
    assert!(r.stdout.contains("v2"), "{}", r.stdout);

    let d = env.run(&["article", "diff", "https://news.example/story"]);
    assert_eq!(d.code, 0, "{}", d.stderr);
    assert!(
        d.stdout.contains("[-productive-]{+difficult+}"),
        "{}",
        d.stdout
    );
    assert_eq!(
        d.stdout.matches("[-").count(),
        1,
        "only the edited word: {}",
        d.stdout
    );

    let t = env.run(&[
        "article",
        "https://news.example/story",
        "--text",
        "--version",
        "1",
    ]);
    assert!(t.stdout.contains("productive"));
    // re-adding version 1 is unchanged, not a third version
    env.write("story.txt", text);
    let r = env.run(&[
        "add",
        "--json",
        f.to_str().unwrap(),
        "--url",
        "https://news.example/story",
    ]);
    assert_eq!(jsonl(&r.stdout)[0]["status"], "unchanged");
    assert_eq!(env.count("versions"), 2);
}

#[test]
fn urls_are_canonicalised() {
    let env = Env::new();
    let line = r#"{"url": "HTTPS://News.Example:443/a/b/?utm_source=x&id=7&fbclid=z#frag", "outlet": "N", "title": "T", "text": "Body text."}"#;
    let f = env.write("one.jsonl", format!("{line}\n"));
    let r = env.run(&["add", "--json", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(jsonl(&r.stdout)[0]["url"], "https://news.example/a/b?id=7");
    let a = env.run(&[
        "article",
        "https://news.example/a/b?id=7&utm_medium=y",
        "--json",
    ]);
    assert_eq!(a.code, 0, "{}", a.stderr);
}

#[test]
fn crawler_keys_are_mapped() {
    let env = Env::new();
    let traf = r#"{"source": "https://t.example/x", "source-hostname": "Traf News", "hostname": "t.example", "date": "2025-01-02", "title": "T1", "raw_text": "raw", "text": "Trafilatura body."}"#;
    let np = r#"{"url": "https://np.example/y", "source_domain": "np.example", "date_publish": "2025-01-03 10:20:30", "title": "T2", "maintext": "News-please body."}"#;
    let f = env.write("dump.jsonl", format!("{traf}\n\n{np}\n"));
    let g = env.write("np.json", r#"{"url": "https://np.example/z", "source_domain": "np.example", "date_publish": null, "title": "T3", "maintext": "Single file."}"#);
    let r = env.run(&["add", "--json", f.to_str().unwrap(), g.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = jsonl(&r.stdout);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["outlet"], "Traf News");
    assert_eq!(v[0]["published"], "2025-01-02");
    assert_eq!(v[1]["outlet"], "np.example");
    assert_eq!(v[1]["published"], "2025-01-03T10:20:30");
    let t = env.run(&["article", "https://t.example/x", "--text"]);
    assert_eq!(t.stdout.trim(), "Trafilatura body.");
}

#[test]
fn a_scrapers_html_in_a_record_is_read_as_a_page() {
    let env = Env::new();
    let para = r#"<p>Defence Minister Andrei Belousov said the alliance was <em>unbreakable</em>.</p><script>var said = "nothing";</script><p>&quot;We will stand together,&quot; he added.</p>"#;
    let page = format!(
        r#"<html><head><title>Alliance | Wire</title><link rel="canonical" href="https://w.example/a"><meta property="article:published_time" content="2025-04-01"></head><body><article><h1>Alliance</h1>{para}</article></body></html>"#
    );
    let lines = [
        // HTML as the text, under a scraper's key, and a page under "html"
        serde_json::json!({"url": "https://s.example/1", "title": "Alliance", "text": para}),
        serde_json::json!({"url": "https://s.example/2", "content": format!("<div>{para}</div>")}),
        serde_json::json!({ "html": page }),
        serde_json::json!({"url": "https://s.example/4", "articleBody": "Plain text, the minister said."}),
    ]
    .map(|v| v.to_string());
    let f = env.write("scraped.jsonl", lines.join("\n"));
    let r = env.run(&["add", "--json", f.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let added = jsonl(&r.stdout);
    assert_eq!(added.len(), 4, "{}", r.stdout);
    // the page's own url, headline and date where the record gives none
    let page = &added[2];
    assert_eq!(page["url"], "https://w.example/a", "{page}");
    assert_eq!(page["published"], "2025-04-01", "{page}");
    let rows = jsonl(&env.run(&["export", "--format", "jsonl"]).stdout);
    for url in [
        "https://s.example/1",
        "https://s.example/2",
        "https://w.example/a",
    ] {
        let texts: Vec<&str> = rows
            .iter()
            .filter(|r| r["url"] == url)
            .map(|r| r["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            texts,
            ["the alliance was unbreakable", "We will stand together"],
            "{url}"
        );
    }
    let t = env.run(&["article", "https://s.example/1", "--text"]);
    assert!(
        !t.stdout.contains('<') && !t.stdout.contains("nothing"),
        "{}",
        t.stdout
    );
}

/// Each bad input: its error names it, the exit status is 1, the good input beside it is
/// still added, and nothing of the bad one is stored.
#[test]
fn bad_inputs_fail_alone() {
    let env = Env::new();
    let good = env.write("good.txt", "Good headline\n\nA fine article.");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![env.path("missing.txt").display().to_string()],
            "no such file",
        ),
        (
            vec![{
                std::fs::create_dir_all(env.path("emptydir")).unwrap();
                env.path("emptydir").display().to_string()
            }],
            "holds no articles",
        ),
        (
            vec![env.write("bin.txt", b"abc\0def").display().to_string()],
            "binary",
        ),
        (
            vec![env
                .write("latin1.txt", b"caf\xe9 au lait")
                .display()
                .to_string()],
            "not valid UTF-8",
        ),
        (
            vec![env.write("empty.txt", "  \n\n ").display().to_string()],
            "empty article text",
        ),
        (
            vec![env
                .write(
                    "bad.jsonl",
                    "{\"url\": \"https://x.example/1\", \"text\": \"ok\"}\n{not json\n",
                )
                .display()
                .to_string()],
            "bad.jsonl:2: malformed JSON",
        ),
        (
            vec![env
                .write("picture.png", "not an article")
                .display()
                .to_string()],
            "unknown file type",
        ),
    ];
    for (args, want) in cases {
        let e = Env::new();
        let mut all: Vec<&str> = vec!["add"];
        all.extend(args.iter().map(String::as_str));
        all.push(good.to_str().unwrap());
        let r = e.run(&all);
        assert_eq!(r.code, 1, "{want}: {}", r.stderr);
        assert!(r.stderr.contains(want), "want {want:?} in {}", r.stderr);
        let err_line = r.stderr.lines().find(|l| l.contains(want)).unwrap();
        assert!(
            err_line.contains(&args[0]) || err_line.contains("bad.jsonl"),
            "error names the input: {err_line}"
        );
        // the good file is in, the bad one not (the malformed JSON file's first line is a good record)
        let expected = if want.contains("malformed") { 2 } else { 1 };
        assert_eq!(e.count("articles"), expected, "{want}");
        assert_eq!(e.count("versions"), expected, "{want}");
    }
}

#[test]
fn unknown_input_format_is_refused_and_stores_nothing() {
    let env = Env::new();
    let good = env.write("good.txt", "Good headline\n\nA fine article.");
    env.run(&["add", good.to_str().unwrap()]);
    let before = env.counts();
    let r = env.run(&["add", "--input-format", "xml", good.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("unknown --input-format `xml`") && r.stderr.contains("good.txt"),
        "{}",
        r.stderr
    );
    assert_eq!(env.counts(), before);
}

#[test]
fn per_article_flags_need_one_article() {
    let env = Env::new();
    let r = env.run(&[
        "add",
        "--url",
        "https://x.example/",
        corpus().to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("apply to one article"));
    assert!(!env.db().exists(), "a refused command creates no database");
}

#[test]
fn stdin_text_with_metadata() {
    let env = Env::new();
    let r = env.run_stdin(
        &[
            "add",
            "-",
            "--json",
            "--id",
            "memo-1",
            "--outlet",
            "Desk",
            "--published",
            "2025-02-03",
        ],
        "Memo title\n\nThe spokesperson said the plan was final.\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = jsonl(&r.stdout);
    assert_eq!(v[0]["title"], "Memo title");
    assert_eq!(v[0]["outlet"], "Desk");
    assert_eq!(v[0]["published"], "2025-02-03");
}

#[test]
fn a_statement_of_stop_words_keeps_its_claim_in_the_next_version() {
    let env = Env::new();
    let v1 = "Saar denies pension cuts\n\n\"I understand why people are worried. I would be too,\" Finance Minister Helena Saar said.\n";
    let f = env.write("story.txt", v1);
    let url = "https://news.example/pensions";
    let r = env.run(&["add", f.to_str().unwrap(), "--url", url]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    env.write(
        "story.txt",
        format!("{v1}\nLater on Monday, police said they had opened an investigation.\n"),
    );
    let r = env.run(&["add", f.to_str().unwrap(), "--url", url]);
    assert!(r.stdout.starts_with("new version"), "{}", r.stdout);
    // the same words from someone else, in another story, are another statement
    let other = env.write(
        "other.txt",
        "Strike goes on\n\n\"I would be too,\" union leader Tom Berg said of the workers' anger.\n",
    );
    let r = env.run(&["add", other.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let e = env.run(&["export", "--format", "jsonl"]);
    let rows = jsonl(&e.stdout);
    let claims: Vec<(String, i64)> = rows
        .iter()
        .filter(|r| r["text"] == "I would be too")
        .map(|r| {
            (
                r["actor"].as_str().unwrap().to_string(),
                r["claim_id"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(claims.len(), 3, "{rows:?}");
    let saar: Vec<i64> = claims
        .iter()
        .filter(|(a, _)| a == "Helena Saar")
        .map(|c| c.1)
        .collect();
    assert_eq!(saar.len(), 2, "{claims:?}");
    assert_eq!(
        saar[0], saar[1],
        "one claim across the versions: {claims:?}"
    );
    assert!(
        claims.iter().any(|(a, c)| a == "Tom Berg" && *c != saar[0]),
        "{claims:?}"
    );
}

/// The body of a saved page (below its front matter) as texts are saved from elsewhere:
/// wrapped at `width` columns (a mail's, a PDF's: each paragraph's words greedily over
/// lines), or with `width` 0 its paragraphs run together after the headline (a crawler's dump).
fn reflow(page: &str, width: usize) -> String {
    let (head, body) = match page.strip_prefix("---\n").and_then(|r| r.find("\n---\n")) {
        Some(end) => page.split_at(end + 4 + 5),
        None => ("", page),
    };
    let mut out = String::from(head);
    if width == 0 {
        let mut paras = body.lines().filter(|l| !l.trim().is_empty());
        out.push_str(paras.next().unwrap_or(""));
        out.push_str("\n\n");
        out.push_str(&paras.collect::<Vec<_>>().join(" "));
        return out;
    }
    for (i, para) in body.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for word in para.split_whitespace() {
            if column > 0 && column + 1 + word.chars().count() > width {
                out.push('\n');
                column = 0;
            } else if column > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += word.chars().count();
        }
    }
    out
}

/// (url, actor, cue, text, the texts of its claim's other statements) of every statement.
fn statements(env: &Env) -> std::collections::BTreeSet<String> {
    let rows = jsonl(&env.run(&["export", "--format", "jsonl"]).stdout);
    let field = |r: &serde_json::Value, k: &str| r[k].as_str().unwrap_or("").to_string();
    let mut by_claim: std::collections::BTreeMap<i64, Vec<String>> = Default::default();
    for r in &rows {
        by_claim
            .entry(r["claim_id"].as_i64().unwrap())
            .or_default()
            .push(format!("{} {}", field(r, "url"), field(r, "text")));
    }
    rows.iter()
        .map(|r| {
            let claim = &by_claim[&r["claim_id"].as_i64().unwrap()];
            format!(
                "{} | {} | {} | {} | {}",
                field(r, "url"),
                field(r, "actor"),
                field(r, "cue"),
                field(r, "text"),
                claim.join(" / ")
            )
        })
        .collect()
}

#[test]
fn stories_wrapped_at_72_columns_or_run_together_give_the_same_statements_and_claims() {
    let hard = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hard/corpus");
    // as written, wrapped at 72 columns, paragraphs run together
    let envs = [
        (Env::new(), None),
        (Env::new(), Some(72)),
        (Env::new(), Some(0)),
    ];
    let mut pages = 0;
    for story in std::fs::read_dir(&hard).unwrap() {
        let story = story.unwrap().path();
        for file in std::fs::read_dir(&story).unwrap() {
            let file = file.unwrap().path();
            let name = format!(
                "{}/{}",
                story.file_name().unwrap().to_str().unwrap(),
                file.file_name().unwrap().to_str().unwrap()
            );
            let text = std::fs::read_to_string(&file).unwrap();
            pages += usize::from(name.ends_with(".md"));
            for (env, width) in &envs {
                match width {
                    Some(w) if name.ends_with(".md") => env.write(&name, reflow(&text, *w)),
                    _ => env.write(&name, &text),
                };
            }
        }
    }
    assert!(pages >= 30, "{pages}");
    let mut exports = Vec::new();
    for (env, _) in &envs {
        let run = env.run(&["add", "--quiet", env.dir.path().to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        exports.push(statements(env));
    }
    assert!(exports[0].len() > 800, "{}", exports[0].len());
    for (other, (_, width)) in exports.iter().zip(&envs).skip(1) {
        let lost: Vec<_> = exports[0].difference(other).collect();
        let gained: Vec<_> = other.difference(&exports[0]).collect();
        assert!(
            lost.is_empty() && gained.is_empty(),
            "{width:?}: {lost:#?}\n{gained:#?}"
        );
    }
}
