//! `log` and `verify`: the tamper-evident ingest log and the checks of everything stored.

use clap::Args;

use super::query::{open_read, print, print_json, print_rows, ListFlags};
use super::render::{shorten, table};
use super::{Failure, Global};

#[derive(Debug, Args)]
pub(crate) struct LogArgs {
    #[command(flatten)]
    out: ListFlags,
    /// Print only the head of the chain (the last entry's hash), to keep outside the database
    #[arg(long)]
    head: bool,
}

pub(crate) fn cmd_log(g: &Global, a: &LogArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let entries = store.log_entries()?;
    if a.head {
        return match entries.last() {
            Some(e) => print(&e.entry_hash),
            None => print(crate::store::log::GENESIS),
        };
    }
    if print_rows(&entries, a.out)? {
        return Ok(());
    }
    let mut t = table(
        g,
        &[
            "seq", "added", "article", "version", "sha256", "source", "prev", "hash",
        ],
    );
    for e in &entries {
        t.add_row(vec![
            e.seq.to_string(),
            e.added_at.clone(),
            shorten(&e.article_ident, 60),
            e.version.to_string(),
            e.sha256[..12].to_string(),
            shorten(&e.source, 40),
            e.prev_hash[..12].to_string(),
            e.entry_hash[..12].to_string(),
        ]);
    }
    print(&t.to_string())?;
    print(&format!("{} entries", entries.len()))
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
    /// A head printed earlier by `log --head` (or its first 8+ characters): it must still be
    /// an entry of the chain
    #[arg(long, value_name = "HASH")]
    head: Option<String>,
}

pub(crate) fn cmd_verify(g: &Global, a: &VerifyArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let r = store.verify(a.head.as_deref())?;
    if a.json {
        print_json(&serde_json::json!({
            "ok": r.problems.is_empty(),
            "texts": r.texts,
            "raw": r.raw,
            "versions": r.versions,
            "log_entries": r.log_entries,
            "head": r.head,
            "problems": r.problems,
        }))?;
    } else {
        for p in &r.problems {
            let at = match (p.article_id, p.version) {
                (Some(a), Some(v)) => format!("article {a} v{v}: "),
                (Some(a), None) => format!("article {a}: "),
                _ => String::new(),
            };
            eprintln!("claimtrail: verify: {}: {at}{}", p.check, p.message);
        }
        print(&format!(
            "{}: {} texts and {} raw pages re-hashed, {} versions checked against {} log entries{}",
            if r.problems.is_empty() {
                "ok"
            } else {
                "FAILED"
            },
            r.texts,
            r.raw,
            r.versions,
            r.log_entries,
            match (&r.head, r.problems.len()) {
                (Some(h), 0) => format!(", head {}", &h[..16]),
                (_, 0) => String::new(),
                (_, n) => format!("; {n} problems"),
            }
        ))?;
    }
    if r.problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Partial)
    }
}
