//! Entry points for the fuzz targets (`fuzz/`) and their regression inputs
//! (`tests/fuzz-regressions/`): each takes arbitrary bytes through one reader, then through
//! preparation (normalising, hashing, extraction, fingerprints), as `add` would. None may
//! panic, hang or overflow the stack, whatever the bytes.

use std::io::Cursor;

use crate::ingest::{self, Overrides, RawArticle};
use crate::link;

/// Largest article the fuzzers feed through (the default `--max-article-bytes` is larger,
/// but inputs are small).
const MAX: usize = 1 << 20;

fn prepare(raw: RawArticle) {
    if let Ok(p) = ingest::prepare(raw, &Overrides::default(), MAX) {
        // linking decisions between the article's own statements
        for pair in p.fingerprints.windows(2) {
            let _ = link::same_statement(&pair[0], &pair[1], false);
            let _ = link::weak_match(&pair[0], &pair[1], true);
            let _ = pair[0].keys();
        }
    }
}

/// A text file (front matter, decoding).
pub fn text(data: &[u8]) {
    if let Ok(raw) = ingest::text::from_bytes(data.to_vec(), "fuzz.txt", None) {
        prepare(raw);
    }
}

/// A JSON Lines stream.
pub fn jsonl(data: &[u8]) {
    let reader = Box::new(Cursor::new(data.to_vec()));
    for raw in ingest::json::lines_from_reader(reader, "fuzz.jsonl".into(), MAX).flatten() {
        prepare(raw);
    }
}

/// An HTML page.
pub fn html(data: &[u8]) {
    if let Ok(raw) = ingest::html::from_bytes(data.to_vec(), "fuzz.html", None, None) {
        prepare(raw);
    }
}

/// A WARC archive (gzip-compressed or not).
pub fn warc(data: &[u8]) {
    let reader = Box::new(Cursor::new(data.to_vec()));
    for raw in ingest::warc::from_reader(reader, "fuzz.warc".into(), MAX).flatten() {
        prepare(raw);
    }
}

/// The claim extractor on any text.
pub fn extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let occurrences = crate::extract::extract(&text);
    for o in &occurrences {
        let _ = link::Fingerprint::new(&o.content);
        let _ = crate::extract::actors::parse_actor(&o.actor_surface);
    }
}

/// A fuzz target: arbitrary bytes in, nothing out (it must only not fail).
pub type Target = fn(&[u8]);

/// The targets by name, as `fuzz/` and `tests/fuzz-regressions/` name them.
pub const TARGETS: &[(&str, Target)] = &[
    ("text", text),
    ("jsonl", jsonl),
    ("html", html),
    ("warc", warc),
    ("extract", extract),
];

#[cfg(test)]
mod tests {
    /// Every input kept under `tests/fuzz-regressions/<target>/` (crashes the fuzzers found,
    /// and hand-made hostile inputs) goes through its target again.
    #[test]
    fn regression_inputs_pass() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
        let mut ran = 0;
        for (name, target) in super::TARGETS {
            let Ok(dir) = std::fs::read_dir(root.join(name)) else {
                continue;
            };
            for entry in dir.flatten() {
                let data = std::fs::read(entry.path()).expect("readable regression input");
                target(&data);
                ran += 1;
            }
        }
        assert!(
            ran >= 5,
            "only {ran} regression inputs found under {}",
            root.display()
        );
    }
}
