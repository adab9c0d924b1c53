//! Extraction throughput: MB of article text per second on one core.
//!
//! `cargo bench --bench extract` runs it on the sample corpus repeated to about 20 MB; set
//! `CLAIMTRAIL_BENCH_JSONL=path.jsonl` to run it on a generated corpus instead
//! (`python3 ../shared/bench/gen_corpus.py --articles 10000 --out x.jsonl`). It prints the
//! figures; it asserts nothing (speed targets are measured, not tested).

use std::time::Instant;

fn corpus_texts() -> Vec<String> {
    if let Ok(path) = std::env::var("CLAIMTRAIL_BENCH_JSONL") {
        let data = std::fs::read_to_string(&path).expect("read the JSON Lines corpus");
        return data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
    }
    let mut texts = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("corpus dir") {
            let p = entry.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(s) = std::fs::read_to_string(&p) {
                texts.push(s);
            }
        }
    }
    let one: usize = texts.iter().map(String::len).sum();
    let copies = (20_000_000 / one.max(1)).max(1);
    texts
        .iter()
        .cycle()
        .take(texts.len() * copies)
        .cloned()
        .collect()
}

fn main() {
    let texts = corpus_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    // one warm-up pass, then the timed one
    let _ = texts
        .iter()
        .take(100)
        .map(|t| claimtrail::extract::extract(t).len())
        .sum::<usize>();
    let start = Instant::now();
    let mut found = 0;
    for t in &texts {
        found += claimtrail::extract::extract(t).len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "extract: {} texts, {:.1} MB, {} statements in {:.2} s on one core: {:.1} MB/s, {:.0} texts/s",
        texts.len(),
        bytes as f64 / 1e6,
        found,
        secs,
        bytes as f64 / 1e6 / secs,
        texts.len() as f64 / secs
    );
    let start = Instant::now();
    let mut stems = 0;
    for t in &texts {
        for o in claimtrail::extract::extract(t) {
            stems += claimtrail::link::Fingerprint::new(&o.content).len();
        }
    }
    let secs2 = start.elapsed().as_secs_f64();
    println!(
        "extract + fingerprint: {:.1} MB/s ({} stems)",
        bytes as f64 / 1e6 / secs2,
        stems
    );
}
