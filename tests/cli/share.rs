//! Output for other tools and people: ClaimReview JSON-LD, the HTML report (rendered in
//! headless Chromium when it is installed), shell completions and list formats.

use crate::common::{kursk_claim, with_corpus, Env};

#[test]
fn claimreview_export_is_schema_org_json_ld() {
    let env = with_corpus();
    let r = env.run(&["export", "--format", "claimreview"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    // one node per live claim
    let claims: std::collections::BTreeSet<i64> =
        crate::common::jsonl(&env.run(&["export"]).stdout)
            .iter()
            .map(|o| o["claim_id"].as_i64().unwrap())
            .collect();
    assert_eq!(graph.len(), claims.len());
    for c in graph {
        assert_eq!(c["@type"], "Claim");
        assert!(!c["text"].as_str().unwrap().is_empty());
        let t = c["author"]["@type"].as_str().unwrap();
        assert!(t == "Person" || t == "Organization", "{c}");
        assert!(c["author"]["name"].is_string());
        assert!(c["datePublished"].is_string());
        let apps = c["appearance"].as_array().unwrap();
        assert!(!apps.is_empty());
        assert_eq!(c["firstAppearance"], apps[0]);
        for a in apps {
            assert_eq!(a["@type"], "CreativeWork");
            assert!(a["url"].as_str().unwrap().starts_with("https://"));
        }
    }
    let id = kursk_claim(&env);
    let node = graph
        .iter()
        .find(|c| c["identifier"] == id.as_str())
        .unwrap();
    assert_eq!(node["author"]["name"], "Andrei Belousov");
    assert_eq!(node["author"]["@type"], "Person");
    assert!(node["firstAppearance"]["url"]
        .as_str()
        .unwrap()
        .contains("novostwire"));
    assert!(node["appearance"].as_array().unwrap().len() >= 6);
}

#[test]
fn the_report_is_one_self_contained_page() {
    let env = with_corpus();
    let id = kursk_claim(&env);
    let r = env.run(&["report", &id]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = r.stdout;
    assert!(html.starts_with("<!doctype html>"));
    for external in ["<script", "<link", "<img", "src=", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    let claim: serde_json::Value =
        serde_json::from_str(&env.run(&["claim", &id, "--json"]).stdout).unwrap();
    let n = claim["occurrences"].as_array().unwrap().len();
    assert_eq!(html.matches("<li id=\"occ-").count(), n);
    assert!(html.contains("<ins>") && html.contains("<del>"));
    assert!(html.contains("attribution: Andrei Belousov"));
    assert!(html.contains("edit in article"));
    // no text reaches the page unescaped
    assert!(!html.contains("\"a vivid"), "quotes are escaped");
    assert_eq!(env.run(&["report", "99999"]).code, 1);
    render_in_chromium(&env, &html, n);
}

/// Renders the page in headless Chromium and checks the DOM it built: the timeline and the
/// highlighted diffs. Skipped when Chromium is not installed, unless
/// `CLAIMTRAIL_REQUIRE_CHROMIUM` is set (CI sets it after installing Debian's chromium).
fn render_in_chromium(env: &Env, html: &str, occurrences: usize) {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let Some(chromium) = chromium else {
        assert!(
            std::env::var_os("CLAIMTRAIL_REQUIRE_CHROMIUM").is_none(),
            "CLAIMTRAIL_REQUIRE_CHROMIUM is set but no chromium was found"
        );
        eprintln!("note: chromium not installed; the report was not rendered");
        return;
    };
    let page = env.write("claim.html", html);
    let profile = env.path("chromium-profile");
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("running chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("id=\"timeline\""), "{dom}");
    assert_eq!(dom.matches("<li id=\"occ-").count(), occurrences);
    assert!(dom.contains("<del>") && dom.contains("<ins>"));
}

#[test]
fn completions_for_each_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish"] {
        let r = env.run(&["completions", shell]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("claimtrail"), "{shell}");
        assert!(r.stdout.contains("report"), "{shell}");
    }
    assert_eq!(env.run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn list_commands_print_every_format() {
    let env = with_corpus();
    for cmd in ["articles", "claims", "actors", "log"] {
        let json: Vec<serde_json::Value> =
            serde_json::from_str(&env.run(&[cmd, "--format", "json"]).stdout).unwrap();
        let jsonl = crate::common::jsonl(&env.run(&[cmd, "--format", "jsonl"]).stdout);
        assert_eq!(json, jsonl, "{cmd}");
        let csv = env.run(&[cmd, "--format", "csv"]).stdout;
        let header = csv.lines().next().unwrap();
        let keys: Vec<&str> = json[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(header, keys.join(","), "{cmd}");
        assert_eq!(
            env.run(&[cmd, "--json"]).stdout,
            env.run(&[cmd, "--format", "json"]).stdout
        );
        assert_eq!(env.run(&[cmd, "--json", "--format", "csv"]).code, 2);
    }
}
