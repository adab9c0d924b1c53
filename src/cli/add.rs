//! `claimtrail add`: read inputs, prepare articles on all cores, store them from one writer.
//!
//! Pipeline: a reader thread streams raw articles in input order and groups them in chunks; a
//! preparer thread normalises, hashes and extracts each chunk's articles in parallel (rayon, on
//! all cores but the writer's, and on the writer's own thread whenever it has no prepared chunk
//! to store: see [`Preparing`]), then reads ahead what linking will look up in the stored
//! linking index (`store::Prefetcher`); the calling thread stores chunks in one transaction,
//! one savepoint per group of articles (a failing article rolls back alone: see
//! `Store::store_chunk`), and prints the status lines only after the commit. Memory stays
//! bounded by the channel depth.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Args;

use super::{Failure, Global};
use crate::ingest::{self, IngestError, InputFormat, Overrides, PreparedArticle, RawArticle};
use crate::store::{AddStatus, Prefetched, Store};

/// Articles prepared together (one rayon batch, one read-ahead of the linking index). 128
/// rather than 256: the writer starts sooner and fewer prepared articles wait in memory
/// (interleaved at 100,000 records, 45.5 and 47.7 s and 154-156 MB against 47.3 and 48.5 s
/// and 172-179 MB; 1,000 records into that database 0.84-0.96 s against 0.89-1.12).
const CHUNK: usize = 128;

/// Threads preparing articles: one core is left to the writer, which prepares articles too while
/// it has nothing to store ([`Preparing`]). On two cores, two preparing threads took 100,000
/// generated records from 52 to 62 s: idle rayon workers spin, and the writer shared its core
/// with them.
fn preparing_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1))
}

/// Most articles per transaction: while prepared chunks keep coming, the writer keeps adding
/// them to the open transaction (fewer commits, full-text flushes and WAL syncs).
const TXN_ARTICLES: usize = 2048;

/// How long the writer waits for the next prepared chunk before it commits what it has, so
/// that status lines are never held back for long. Committing as soon as none was waiting
/// made a 1,000-record add into a large database commit 2 to 5 times, and every commit
/// rewrote the pages that the ones before had written: the WAL held up to twice as many
/// pages (10,939 against 5,527), all written again by its checkpoint.
const TXN_WAIT: Duration = Duration::from_millis(200);

/// How long the writer, with nothing to store and no article to help prepare, waits for a
/// prepared chunk before it looks again for an article to prepare.
const HELP_POLL: Duration = Duration::from_millis(2);

/// The first chunk is smaller, so that the writer starts sooner (with [`TXN_WAIT`] it still
/// goes on in the same transaction).
const FIRST_CHUNK: usize = 32;

#[derive(Debug, Args)]
pub(crate) struct AddArgs {
    /// Files, directories (walked recursively), http(s) URLs, or - for stdin
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Read inputs as text, jsonl, json, html or warc instead of guessing from the extension
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

/// A chunk's articles being prepared, taken one at a time by whichever thread is free: the
/// preparing threads, and the writer between the chunks it stores. On two cores preparing
/// took about as much time as storing, and each core waited for the other 15-20% of the time
/// (100,000 generated records: 72 s of the preparing thread's CPU, 76 s of the writer's, in 89
/// s). With the writer's help, interleaved runs took 6.3-6.9 s against 7.3-7.5 s at 10,000
/// records and 78.6-86.3 s against 81.9-91.7 s at 100,000, where the writer helped with 1.6%
/// of the articles.
struct ChunkWork {
    items: Vec<Mutex<Option<Item>>>,
    /// The first article not yet taken.
    next: AtomicUsize,
    results: Mutex<Results>,
    /// Signalled when the last article is prepared.
    finished: Condvar,
}

struct Results {
    ready: Vec<Option<Ready>>,
    done: usize,
}

impl ChunkWork {
    fn new(items: Vec<Item>) -> Self {
        let ready = items.iter().map(|_| None).collect();
        Self {
            items: items.into_iter().map(|i| Mutex::new(Some(i))).collect(),
            next: AtomicUsize::new(0),
            results: Mutex::new(Results { ready, done: 0 }),
            finished: Condvar::new(),
        }
    }

    /// Prepares the next article not yet taken; false when every article has been taken.
    fn prepare_one(&self, over: &Overrides, max: usize) -> bool {
        let at = self.next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = self.items.get(at) else {
            return false;
        };
        let item = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
        let ready = item.map(|item| prepare_item(item, over, max));
        let mut results = self.results.lock().unwrap_or_else(PoisonError::into_inner);
        results.ready[at] = ready;
        results.done += 1;
        if results.done == self.items.len() {
            self.finished.notify_all();
        }
        true
    }

    /// Waits until every article is prepared (by any thread), and returns them in input order.
    fn wait(&self) -> Vec<Ready> {
        let mut results = self.results.lock().unwrap_or_else(PoisonError::into_inner);
        while results.done < self.items.len() {
            results = self
                .finished
                .wait(results)
                .unwrap_or_else(PoisonError::into_inner);
        }
        results.ready.drain(..).flatten().collect()
    }
}

/// Prepares one article for storage. A panic (a bug) is this article's error, not the run's:
/// the other threads may be waiting for this article.
fn prepare_item(item: Item, over: &Overrides, max: usize) -> Ready {
    let r = match item {
        Item::Raw(r) => r,
        Item::Error(e) => return Ready::Error(e),
    };
    let source = r.source.clone();
    let prepared = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ingest::prepare(*r, over, max).map(|mut p| {
            crate::store::pack_for_storage(&mut p);
            p
        })
    }));
    match prepared {
        Ok(Ok(p)) => Ready::Article(Box::new(p)),
        Ok(Err(e)) => Ready::Error(e),
        Err(_) => Ready::Error(IngestError::BadValue(
            source,
            "internal error while preparing the article (a bug: please report it)".into(),
        )),
    }
}

/// The chunk being prepared, if any, shared by the preparer thread and the writer.
struct Preparing<'a> {
    current: Mutex<Option<Arc<ChunkWork>>>,
    over: &'a Overrides,
    max: usize,
}

impl Preparing<'_> {
    /// Prepares one article of the current chunk; false if none is left to take.
    fn help(&self) -> bool {
        let work = self
            .current
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        work.is_some_and(|w| w.prepare_one(self.over, self.max))
    }

    fn set(&self, work: Option<Arc<ChunkWork>>) {
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) = work;
    }
}

/// Where the writer takes prepared chunks from, in input order; while none has come it helps
/// prepare the next.
struct Feed<'a> {
    ready: Receiver<ReadyChunk>,
    preparing: &'a Preparing<'a>,
}

impl Feed<'_> {
    /// Returns the next prepared chunk, waiting for it at most `timeout` (`None`: until it
    /// comes or the preparer has ended).
    fn next(&self, timeout: Option<Duration>) -> Result<ReadyChunk, RecvTimeoutError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            match self.ready.try_recv() {
                Ok(chunk) => return Ok(chunk),
                Err(TryRecvError::Disconnected) => return Err(RecvTimeoutError::Disconnected),
                Err(TryRecvError::Empty) => {}
            }
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            if left == Some(Duration::ZERO) {
                return Err(RecvTimeoutError::Timeout);
            }
            if self.preparing.help() {
                continue;
            }
            match self
                .ready
                .recv_timeout(left.map_or(HELP_POLL, |l| l.min(HELP_POLL)))
            {
                Err(RecvTimeoutError::Timeout) => {}
                got => return got,
            }
        }
    }
}

/// A prepared chunk, in input order, with what was read of the linking index for it.
#[derive(Default)]
struct ReadyChunk {
    items: Vec<Ready>,
    prefetched: Option<Prefetched>,
}

#[derive(Default)]
struct Tally {
    added: usize,
    new_versions: usize,
    unchanged: usize,
    skipped: usize,
    errors: usize,
}

impl Tally {
    fn records(&self) -> usize {
        self.added + self.new_versions + self.unchanged
    }
}

pub(crate) fn cmd_add(g: &Global, a: AddArgs) -> Result<(), Failure> {
    let forced = match &a.input_format {
        Some(f) => Some(InputFormat::parse(f).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: unknown --input-format `{f}` (expected text, jsonl, json, html or warc)",
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
    store
        .checkpoint_in_background()
        .with_context(|| format!("opening {}", g.db.display()))?;
    if !a.quiet {
        for n in &notes {
            eprintln!("claimtrail: note: {n}");
        }
    }
    let max = a.max_article_bytes;
    let mut tally = Tally::default();
    let progress = progress_bar(inputs.len(), a.quiet);
    let inputs_done = std::sync::atomic::AtomicU64::new(0);
    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(preparing_threads())
        .build()
        .context("starting the preparing threads")?;
    let preparing = Preparing {
        current: Mutex::new(None),
        over: &over,
        max,
    };
    std::thread::scope(|scope| -> Result<(), Failure> {
        let (raw_tx, raw_rx) = sync_channel::<Vec<Item>>(2);
        let (ready_tx, ready_rx) = sync_channel::<ReadyChunk>(2);
        let inputs_done = &inputs_done;
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let mut limit = FIRST_CHUNK;
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
                    if chunk.len() >= limit {
                        if raw_tx.send(std::mem::take(&mut chunk)).is_err() {
                            return;
                        }
                        limit = CHUNK;
                    }
                }
                inputs_done.fetch_add(1, Ordering::Relaxed);
            }
            if !chunk.is_empty() {
                let _ = raw_tx.send(chunk);
            }
        });
        let pool = &pool;
        let mut prefetcher = store.prefetcher();
        let preparing = &preparing;
        scope.spawn(move || {
            for chunk in raw_rx {
                let work = Arc::new(ChunkWork::new(chunk));
                preparing.set(Some(work.clone()));
                pool.broadcast(|_| while work.prepare_one(preparing.over, preparing.max) {});
                preparing.set(None);
                let ready = work.wait();
                // The linking index's postings for these articles, read while the writer
                // stores the chunks before, on the preparing thread: on a thread of its own,
                // the allocator's caches for it held 20 MB more at 100,000 records.
                let prefetched =
                    pool.install(|| prefetcher.as_mut().and_then(|p| p.read(&articles(&ready))));
                if ready_tx
                    .send(ReadyChunk {
                        items: ready,
                        prefetched,
                    })
                    .is_err()
                {
                    return;
                }
            }
        });
        let feed = Feed {
            ready: ready_rx,
            preparing,
        };
        while let Ok(first) = feed.next(None) {
            write_batch(&store, first, &feed, &a, &mut tally, &mut out, &progress)?;
            progress.set_position(inputs_done.load(Ordering::Relaxed));
            let secs = started.elapsed().as_secs_f64().max(0.001);
            progress.set_message(format!(
                "{} records stored ({:.0}/s), {} errors",
                tally.records(),
                tally.records() as f64 / secs,
                tally.errors
            ));
        }
        Ok(())
    })?;
    store
        .finish()
        .with_context(|| format!("writing the linking index of {}", g.db.display()))?;
    progress.finish_and_clear();
    if !a.quiet {
        let skipped = if tally.skipped > 0 {
            format!(", {} skipped", tally.skipped)
        } else {
            String::new()
        };
        eprintln!(
            "claimtrail: {} added, {} new versions, {} unchanged{skipped}, {} errors",
            tally.added, tally.new_versions, tally.unchanged, tally.errors
        );
    }
    if tally.errors > 0 {
        return Err(Failure::Partial);
    }
    Ok(())
}

/// The articles of a prepared chunk (without its errors).
fn articles(ready: &[Ready]) -> Vec<&PreparedArticle> {
    ready
        .iter()
        .filter_map(|r| match r {
            Ready::Article(p) => Some(&**p),
            Ready::Error(_) => None,
        })
        .collect()
}

/// Stores a chunk, and the chunks that follow within [`TXN_WAIT`] of each other (up to
/// [`TXN_ARTICLES`] articles), in one transaction, and prints their lines after the commit.
fn write_batch(
    store: &Store,
    mut first: ReadyChunk,
    waiting: &Feed,
    a: &AddArgs,
    tally: &mut Tally,
    out: &mut impl Write,
    progress: &indicatif::ProgressBar,
) -> Result<(), Failure> {
    store.begin().context("starting a write transaction")?;
    let mut lines = Vec::new();
    let mut stored = 0;
    // whether every chunk has come: this transaction is the last
    let mut last = false;
    let more = std::iter::from_fn(|| {
        if stored >= TXN_ARTICLES {
            return None;
        }
        let chunk = if stored == 0 {
            std::mem::take(&mut first)
        } else {
            match waiting.next(Some(TXN_WAIT)) {
                Ok(chunk) => chunk,
                Err(e) => {
                    last = e == RecvTimeoutError::Disconnected;
                    return None;
                }
            }
        };
        stored += chunk.items.len().max(1);
        Some(chunk)
    });
    for chunk in more {
        let stored = match store.store_chunk(&articles(&chunk.items), chunk.prefetched.as_ref()) {
            Ok(stored) => stored,
            Err(e) => {
                store.rollback();
                return Err(anyhow::Error::from(e).context("storing articles").into());
            }
        };
        let mut stored = stored.into_iter();
        for item in chunk.items {
            let line = match item {
                Ready::Error(IngestError::Skipped(at, why)) => {
                    tally.skipped += 1;
                    if !a.quiet && !a.json {
                        progress.suspend(|| eprintln!("claimtrail: note: {at}: skipped ({why})"));
                    }
                    continue;
                }
                Ready::Error(e) => Err(e.to_string()),
                Ready::Article(p) => match stored.next() {
                    Some(Ok(o)) => Ok(o),
                    Some(Err(e)) => Err(format!("{}: {e}", p.source)),
                    None => Err(format!("{}: not stored", p.source)),
                },
            };
            lines.push(line);
        }
    }
    let committed = if last {
        store.commit_last()
    } else {
        store.commit()
    };
    if let Err(e) = committed {
        store.rollback();
        return Err(anyhow::Error::from(e).context("committing").into());
    }
    for line in lines {
        match line {
            Err(msg) => {
                tally.errors += 1;
                progress.suspend(|| eprintln!("claimtrail: error: {msg}"));
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
                    progress
                        .suspend(|| {
                            writeln!(
                                out,
                                "{:<11} {:>5}  v{:<3} {}  {}",
                                o.status.label(),
                                o.article_id,
                                o.version,
                                &o.sha256[..12],
                                what
                            )
                        })
                        .context("writing output")?;
                }
            }
        }
    }
    out.flush().context("writing output")?;
    Ok(())
}

/// Returns the progress bar of an import on stderr: inputs done of all, records stored and
/// their rate, time taken and left. Hidden with `--quiet` or when stderr is not a terminal.
fn progress_bar(inputs: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::with_draw_target(
        Some(u64::try_from(inputs).unwrap_or(u64::MAX)),
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    let template = if inputs > 1 {
        "{bar:30} {pos}/{len} inputs · {msg} · {elapsed} (eta {eta})"
    } else {
        "{spinner} {msg} · {elapsed}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        pb.set_style(style);
    }
    pb.set_message("0 records stored");
    pb.enable_steady_tick(std::time::Duration::from_millis(250));
    pb
}

/// Returns true when the inputs hold exactly one article (per-article flags are allowed).
fn single_article(inputs: &[Result<ingest::Input, IngestError>], max: usize) -> bool {
    match inputs {
        [Ok(input)] => match input.format {
            InputFormat::Text | InputFormat::Json | InputFormat::Html => true,
            // A JSON Lines or WARC file given with per-article flags must hold one article;
            // stdin cannot be read twice, so it is taken as one.
            InputFormat::Jsonl | InputFormat::Warc => {
                input.path.is_none()
                    || ingest::open_input(input, max)
                        .filter(|r| !matches!(r, Err(IngestError::Skipped(..))))
                        .take(2)
                        .count()
                        <= 1
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_prepared_by_several_threads_come_back_in_input_order() {
        let items: Vec<Item> = (0..40)
            .map(|i| {
                if i % 7 == 3 {
                    Item::Error(IngestError::Empty(format!("in:{i}")))
                } else {
                    Item::Raw(Box::new(RawArticle {
                        source: format!("in:{i}"),
                        url: Some(format!("https://example.test/{i}")),
                        text: format!(
                            "Story {i}. The mayor said the bridge would reopen on day {i}."
                        ),
                        ..RawArticle::default()
                    }))
                }
            })
            .collect();
        let work = ChunkWork::new(items);
        let over = Overrides::default();
        let ready = std::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(|| while work.prepare_one(&over, 1 << 20) {});
            }
            work.wait()
        });
        let sources: Vec<String> = ready
            .iter()
            .map(|r| match r {
                Ready::Article(p) => p.source.clone(),
                Ready::Error(e) => e.to_string(),
            })
            .collect();
        let expected: Vec<String> = (0..40)
            .map(|i| {
                if i % 7 == 3 {
                    format!("in:{i}: empty article text")
                } else {
                    format!("in:{i}")
                }
            })
            .collect();
        assert_eq!(sources, expected);
        assert!(!work.prepare_one(&over, 1 << 20), "every article was taken");
    }
}
