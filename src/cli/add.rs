//! `claimtrail add`: read inputs, prepare articles on all cores, store them from one writer.
//!
//! Pipeline: a reader thread streams raw articles in input order and groups them in chunks; a
//! preparer thread normalises, hashes and extracts each chunk in parallel (rayon); the calling
//! thread stores each chunk in one transaction, one savepoint per article, and prints the status
//! lines only after the commit. Memory stays bounded by the channel depth.

use std::io::Write;
use std::sync::mpsc::sync_channel;

use anyhow::Context;
use clap::Args;
use rayon::prelude::*;

use super::{Failure, Global};
use crate::ingest::{self, IngestError, InputFormat, Overrides, PreparedArticle, RawArticle};
use crate::store::{AddStatus, Store};

/// Articles per transaction.
const CHUNK: usize = 256;

#[derive(Debug, Args)]
pub(crate) struct AddArgs {
    /// Files, directories (walked recursively) or - for stdin
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Read inputs as text, jsonl or json instead of guessing from the extension
    #[arg(long, value_name = "FORMAT")]
    input_format: Option<String>,
    /// URL of the article (one article only)
    #[arg(long)]
    url: Option<String>,
    /// Outlet that published the article (one article only)
    #[arg(long)]
    outlet: Option<String>,
    /// Title of the article [default: its first non-empty line] (one article only)
    #[arg(long)]
    title: Option<String>,
    /// Published date, ISO 8601 date or date-time (one article only)
    #[arg(long)]
    published: Option<String>,
    /// Identity key for an article without a URL (one article only)
    #[arg(long)]
    id: Option<String>,
    /// Largest article text accepted, in bytes
    #[arg(long, default_value_t = ingest::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,
    /// Print one JSON object per article instead of status lines
    #[arg(long)]
    json: bool,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

/// One unit of work flowing through the pipeline, in input order.
enum Item {
    Raw(Box<RawArticle>),
    Error(IngestError),
}

enum Ready {
    Article(Box<PreparedArticle>),
    Error(IngestError),
}

#[derive(Default)]
struct Tally {
    added: usize,
    new_versions: usize,
    unchanged: usize,
    errors: usize,
}

pub(crate) fn cmd_add(g: &Global, a: AddArgs) -> Result<(), Failure> {
    let forced = match &a.input_format {
        Some(f) => Some(InputFormat::parse(f).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: unknown --input-format `{f}` (expected text, jsonl or json)",
                a.inputs.join(", ")
            )
        })?),
        None => None,
    };
    let over = Overrides {
        url: a.url.clone(),
        outlet: a.outlet.clone(),
        title: a.title.clone(),
        published: a.published.clone(),
        id: a.id.clone(),
    };
    if let Some(p) = &over.published {
        if ingest::normalize::parse_published(p).is_none() {
            usage_error(&format!(
                "--published `{p}` is not an ISO 8601 date or date-time"
            ));
        }
    }
    let (inputs, notes) = ingest::expand_inputs(&a.inputs, forced);
    if over.any() && !single_article(&inputs, a.max_article_bytes) {
        usage_error("--url, --outlet, --title, --published and --id apply to one article, but the inputs hold more than one");
    }
    let store = Store::open_write(&g.db).with_context(|| format!("opening {}", g.db.display()))?;
    if !a.quiet {
        for n in &notes {
            eprintln!("claimtrail: note: {n}");
        }
    }
    let max = a.max_article_bytes;
    let mut tally = Tally::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    std::thread::scope(|scope| -> Result<(), Failure> {
        let (raw_tx, raw_rx) = sync_channel::<Vec<Item>>(2);
        let (ready_tx, ready_rx) = sync_channel::<Vec<Ready>>(2);
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            for input in inputs {
                let stream: ingest::ArticleStream = match input {
                    Ok(input) => ingest::open_input(&input, max),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                };
                for rec in stream {
                    chunk.push(match rec {
                        Ok(r) => Item::Raw(Box::new(r)),
                        Err(e) => Item::Error(e),
                    });
                    if chunk.len() >= CHUNK && raw_tx.send(std::mem::take(&mut chunk)).is_err() {
                        return;
                    }
                }
            }
            if !chunk.is_empty() {
                let _ = raw_tx.send(chunk);
            }
        });
        let over = &over;
        scope.spawn(move || {
            for chunk in raw_rx {
                let ready: Vec<Ready> = chunk
                    .into_par_iter()
                    .map(|item| match item {
                        Item::Raw(r) => match ingest::prepare(*r, over, max) {
                            Ok(p) => Ready::Article(Box::new(p)),
                            Err(e) => Ready::Error(e),
                        },
                        Item::Error(e) => Ready::Error(e),
                    })
                    .collect();
                if ready_tx.send(ready).is_err() {
                    return;
                }
            }
        });
        for chunk in ready_rx {
            write_chunk(&store, chunk, &a, &mut tally, &mut out)?;
        }
        Ok(())
    })?;
    if !a.quiet {
        eprintln!(
            "claimtrail: {} added, {} new versions, {} unchanged, {} errors",
            tally.added, tally.new_versions, tally.unchanged, tally.errors
        );
    }
    if tally.errors > 0 {
        return Err(Failure::Partial);
    }
    Ok(())
}

/// Stores one chunk in one transaction and prints its lines after the commit.
fn write_chunk(
    store: &Store,
    chunk: Vec<Ready>,
    a: &AddArgs,
    tally: &mut Tally,
    out: &mut impl Write,
) -> Result<(), Failure> {
    store.begin().context("starting a write transaction")?;
    let mut lines = Vec::with_capacity(chunk.len());
    for item in chunk {
        match item {
            Ready::Error(e) => lines.push(Err(e.to_string())),
            Ready::Article(p) => match store.store_article(&p) {
                Ok(o) => lines.push(Ok(o)),
                Err(e) => lines.push(Err(format!("{}: {e}", p.source))),
            },
        }
    }
    if let Err(e) = store.commit() {
        store.rollback();
        return Err(anyhow::Error::from(e).context("committing").into());
    }
    for line in lines {
        match line {
            Err(msg) => {
                tally.errors += 1;
                eprintln!("claimtrail: error: {msg}");
            }
            Ok(o) => {
                match o.status {
                    AddStatus::Added => tally.added += 1,
                    AddStatus::NewVersion => tally.new_versions += 1,
                    AddStatus::Unchanged => tally.unchanged += 1,
                }
                if a.json {
                    serde_json::to_writer(&mut *out, &o).context("writing output")?;
                    writeln!(out).context("writing output")?;
                } else if !a.quiet {
                    let what = o.url.as_deref().or(o.title.as_deref()).unwrap_or("");
                    writeln!(
                        out,
                        "{:<11} {:>5}  v{:<3} {}  {}",
                        o.status.label(),
                        o.article_id,
                        o.version,
                        &o.sha256[..12],
                        what
                    )
                    .context("writing output")?;
                }
            }
        }
    }
    out.flush().context("writing output")?;
    Ok(())
}

/// Returns true when the inputs hold exactly one article (per-article flags are allowed).
fn single_article(inputs: &[Result<ingest::Input, IngestError>], max: usize) -> bool {
    match inputs {
        [Ok(input)] => match input.format {
            InputFormat::Text | InputFormat::Json => true,
            // A JSON Lines file given with per-article flags must hold one record; stdin
            // cannot be read twice, so it is taken as one.
            InputFormat::Jsonl => {
                input.path.is_none() || ingest::open_input(input, max).take(2).count() <= 1
            }
        },
        _ => false,
    }
}

/// Prints a usage error and exits with status 2, as clap does for its own.
fn usage_error(msg: &str) -> ! {
    eprintln!("claimtrail: error: {msg}");
    std::process::exit(2)
}
