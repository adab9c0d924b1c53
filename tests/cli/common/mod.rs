//! Runs the real binary in a temporary directory with a cleared environment.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary workspace with its own database.
pub struct Env {
    pub dir: tempfile::TempDir,
}

/// The output of one run.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Env {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("test.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("claimtrail").expect("binary");
        c.env_clear()
            .env("COLUMNS", "200")
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(self.db());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let out = self
            .cmd()
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("run");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        }
    }

    /// Row counts from `db info --json`.
    pub fn counts(&self) -> Vec<(String, i64)> {
        let r = self.run(&["db", "info", "--json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        v["counts"]
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                (
                    c[0].as_str().expect("name").to_string(),
                    c[1].as_i64().expect("n"),
                )
            })
            .collect()
    }

    pub fn count(&self, table: &str) -> i64 {
        self.counts()
            .into_iter()
            .find(|(n, _)| n == table)
            .map_or(0, |(_, n)| n)
    }
}

/// The repository's sample corpus.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Parses JSON Lines output.
pub fn jsonl(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// One JSON Lines record of an article (`url`, outlet "Test", `text`), with its newline.
pub fn record(url: &str, text: &str) -> String {
    serde_json::json!({"url": url, "outlet": "Test", "text": text}).to_string() + "\n"
}

/// The exported row whose content contains `part`.
pub fn row_with<'a>(rows: &'a [serde_json::Value], part: &str) -> &'a serde_json::Value {
    rows.iter()
        .find(|o| o["text"].as_str().unwrap().contains(part))
        .unwrap_or_else(|| panic!("{part}: {rows:?}"))
}

/// The partition of occurrences into claims, each occurrence named by its article, the hash of
/// its version's text, its sentence and its content: the same whatever order (or how many
/// processes) added the articles.
pub fn partition(env: &Env) -> std::collections::BTreeSet<Vec<String>> {
    let mut groups: std::collections::BTreeMap<i64, Vec<String>> =
        std::collections::BTreeMap::new();
    for r in jsonl(&env.run(&["export"]).stdout) {
        let name = format!(
            "{} {} {} | {}",
            r["url"], r["sha256"], r["sentence"], r["text"]
        );
        groups
            .entry(r["claim_id"].as_i64().unwrap())
            .or_default()
            .push(name);
    }
    groups
        .into_values()
        .map(|mut v| {
            v.sort();
            v
        })
        .collect()
}

/// The id of the claim that the sample corpus repeats most among those holding "comprehensive
/// strategic alliance": the Kursk-alliance statement of the seed story.
pub fn kursk_claim(env: &Env) -> String {
    let r = env.run(&[
        "claims",
        "--grep",
        "comprehensive strategic alliance",
        "--sort",
        "repeats",
        "--json",
    ]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    rows[0]["claim_id"].as_i64().unwrap().to_string()
}

/// A workspace holding the sample corpus.
pub fn with_corpus() -> Env {
    let env = Env::new();
    let r = env.run(&["add", "-q", corpus().to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    env
}
