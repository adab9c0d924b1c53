//! The read commands (`articles`, `article`, `claims`, `actors`, `claim`, `export`) and `db`.

use std::io::Write;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use super::render::{bold, diff_line, opt, shorten, table};
use super::{Failure, Global, JsonFlag};
use crate::diff::{is_unchanged, word_diff, DiffOp};
use crate::store::{ClaimFilter, ClaimSort, ExportRow, Store};

pub(crate) fn open_read(g: &Global) -> Result<Store, Failure> {
    Ok(Store::open_read(&g.db)?)
}

pub(crate) fn print_json<T: Serialize>(v: &T) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v).context("writing output")?;
    writeln!(out).context("writing output")?;
    Ok(())
}

/// How a list command prints its rows.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ListFormat {
    /// A table for people
    Table,
    /// One JSON array
    Json,
    /// One JSON object per line
    Jsonl,
    /// Comma-separated values with a header line (lists joined with "; ")
    Csv,
}

/// The output options of list commands.
#[derive(Debug, Args, Clone, Copy)]
pub(crate) struct ListFlags {
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Print JSON (the same as --format json)
    #[arg(long, conflicts_with = "format")]
    json: bool,
}

impl ListFlags {
    fn format(self) -> ListFormat {
        if self.json {
            ListFormat::Json
        } else {
            self.format
        }
    }
}

/// Prints rows as JSON, JSON Lines or CSV; returns false for `table`, which the caller draws.
pub(crate) fn print_rows<T: Serialize>(rows: &[T], flags: ListFlags) -> Result<bool, Failure> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match flags.format() {
        ListFormat::Table => return Ok(false),
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows).context("writing output")?;
            writeln!(out).context("writing output")?;
        }
        ListFormat::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut out, r).context("writing output")?;
                writeln!(out).context("writing output")?;
            }
        }
        ListFormat::Csv => {
            let values: Vec<serde_json::Value> = rows
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()
                .context("encoding rows")?;
            let columns: Vec<String> = match values.first() {
                Some(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
                _ => Vec::new(),
            };
            writeln!(out, "{}", columns.join(",")).context("writing output")?;
            for v in &values {
                let cells: Vec<String> = columns
                    .iter()
                    .map(|c| csv_field(&csv_cell(&v[c.as_str()])))
                    .collect();
                writeln!(out, "{}", cells.join(",")).context("writing output")?;
            }
        }
    }
    out.flush().context("writing output")?;
    Ok(true)
}

/// One JSON value as a CSV cell: text as is, lists joined with "; ", null empty.
fn csv_cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => {
            items.iter().map(csv_cell).collect::<Vec<_>>().join("; ")
        }
        other => other.to_string(),
    }
}

/// Returns the date part of an ISO 8601 date-time, for tables.
fn date(s: Option<&str>) -> String {
    s.map_or_else(|| "-".to_string(), |d| d.chars().take(10).collect())
}

pub(crate) fn print(s: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{s}").context("writing output")?;
    Ok(())
}

// ---------------------------------------------------------------- articles

#[derive(Debug, Args)]
pub(crate) struct ArticlesArgs {
    /// Only articles of this outlet (case-insensitive)
    #[arg(long)]
    outlet: Option<String>,
    #[command(flatten)]
    out: ListFlags,
}

pub(crate) fn cmd_articles(g: &Global, a: &ArticlesArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let rows = store.articles(a.outlet.as_deref())?;
    if print_rows(&rows, a.out)? {
        return Ok(());
    }
    let mut t = table(
        g,
        &["id", "outlet", "title", "versions", "latest", "published"],
    );
    for r in &rows {
        t.add_row(vec![
            r.id.to_string(),
            opt(r.outlet.as_deref()),
            shorten(r.title.as_deref().unwrap_or("-"), 70),
            r.versions.to_string(),
            r.latest_sha256[..12].to_string(),
            opt(r.published.as_deref()),
        ]);
    }
    print(&t.to_string())
}

// ---------------------------------------------------------------- article

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct ArticleArgs {
    #[command(subcommand)]
    cmd: Option<ArticleCmd>,
    /// Article id or url
    #[arg(value_name = "ID_OR_URL")]
    id: Option<String>,
    /// Print the stored text of the latest (or --version) version
    #[arg(long)]
    text: bool,
    /// Write the raw bytes as collected (the HTML page) of the latest (or --version) version
    #[arg(long, conflicts_with = "text")]
    raw: bool,
    /// The version for --text and --raw
    #[arg(long, value_name = "N")]
    version: Option<i64>,
    #[command(flatten)]
    json: JsonFlag,
}

#[derive(Debug, Subcommand)]
enum ArticleCmd {
    /// Word-level diff between two versions [default: the last two]
    Diff(ArticleDiffArgs),
}

#[derive(Debug, Args)]
struct ArticleDiffArgs {
    /// Article id or url
    #[arg(value_name = "ID_OR_URL")]
    id: String,
    /// Older version
    #[arg(long, value_name = "N")]
    from: Option<i64>,
    /// Newer version
    #[arg(long, value_name = "M")]
    to: Option<i64>,
    #[command(flatten)]
    json: JsonFlag,
}

#[derive(Serialize)]
struct ArticleView<'a> {
    id: i64,
    url: Option<&'a str>,
    ident: &'a str,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    versions: &'a [crate::store::VersionRow],
}

pub(crate) fn cmd_article(g: &Global, a: ArticleArgs) -> Result<(), Failure> {
    if let Some(ArticleCmd::Diff(d)) = a.cmd {
        return article_diff(g, &d);
    }
    let Some(id) = a.id else {
        eprintln!("claimtrail: error: `article` needs an ID_OR_URL or the `diff` subcommand");
        std::process::exit(2);
    };
    let store = open_read(g)?;
    let art = store.find_article(&id)?;
    if a.text {
        let v = a.version.unwrap_or(art.versions);
        let text = store.version_text(art.id, v)?;
        return print(&text);
    }
    if a.raw {
        let v = a.version.unwrap_or(art.versions);
        let (_, bytes) = store.version_raw(art.id, v)?;
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes).context("writing output")?;
        return Ok(out.flush().context("writing output")?);
    }
    let versions = store.versions_of(art.id)?;
    if a.json.json {
        return print_json(&ArticleView {
            id: art.id,
            url: art.url.as_deref(),
            ident: &art.ident,
            outlet: art.outlet.as_deref(),
            title: art.title.as_deref(),
            versions: &versions,
        });
    }
    let mut s = format!(
        "{} {}\n{}\nurl:    {}\noutlet: {}\n",
        bold(g, "article"),
        art.id,
        art.title.as_deref().unwrap_or("-"),
        opt(art.url.as_deref()),
        opt(art.outlet.as_deref())
    );
    let mut t = table(g, &["version", "sha256", "added", "published", "bytes"]);
    for v in &versions {
        t.add_row(vec![
            v.version.to_string(),
            v.sha256.clone(),
            v.added_at.clone(),
            opt(v.published.as_deref()),
            v.size.to_string(),
        ]);
    }
    s.push_str(&t.to_string());
    print(&s)
}

#[derive(Serialize)]
struct ArticleDiffView {
    article_id: i64,
    from: i64,
    to: i64,
    ops: Vec<DiffOp>,
}

fn article_diff(g: &Global, d: &ArticleDiffArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let art = store.find_article(&d.id)?;
    let to = d.to.unwrap_or(art.versions);
    let from = d.from.unwrap_or(to - 1);
    if from < 1 {
        return Err(
            anyhow::anyhow!("article {} has only one version; nothing to diff", art.id).into(),
        );
    }
    let old = store.version_text(art.id, from)?;
    let new = store.version_text(art.id, to)?;
    let ops = word_diff(&old, &new);
    if d.json.json {
        return print_json(&ArticleDiffView {
            article_id: art.id,
            from,
            to,
            ops,
        });
    }
    let header = format!("article {} v{from} → v{to}", art.id);
    if is_unchanged(&ops) {
        return print(&format!("{header}: no changes"));
    }
    print(&format!("{}\n{}", bold(g, &header), diff_line(g, &ops)))
}

// ---------------------------------------------------------------- claims

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SortArg {
    /// Most articles first
    Repeats,
    /// Earliest first
    FirstSeen,
    /// By actor name
    Actor,
}

#[derive(Debug, Args)]
pub(crate) struct ClaimsArgs {
    /// Only claims by this actor: any alias, full name or surname, case-insensitive
    #[arg(long)]
    actor: Option<String>,
    /// Only claims in this article (id or url)
    #[arg(long, value_name = "ID_OR_URL")]
    article: Option<String>,
    /// Only claims from this outlet
    #[arg(long)]
    outlet: Option<String>,
    /// Only claims whose content holds these words (full-text search)
    #[arg(long, value_name = "TEXT")]
    grep: Option<String>,
    /// Order of the rows
    #[arg(long, value_enum, default_value_t = SortArg::FirstSeen)]
    sort: SortArg,
    /// Show at most N rows
    #[arg(long, default_value_t = 50, value_name = "N")]
    limit: usize,
    #[command(flatten)]
    out: ListFlags,
}

pub(crate) fn cmd_claims(g: &Global, a: &ClaimsArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let article_id = match &a.article {
        Some(x) => Some(store.find_article(x)?.id),
        None => None,
    };
    let filter = ClaimFilter {
        actor: a.actor.clone(),
        article_id,
        outlet: a.outlet.clone(),
        grep: a.grep.clone(),
        sort: match a.sort {
            SortArg::Repeats => ClaimSort::Repeats,
            SortArg::FirstSeen => ClaimSort::FirstSeen,
            SortArg::Actor => ClaimSort::Actor,
        },
        limit: a.limit,
    };
    let (rows, total) = store.claims(&filter)?;
    if print_rows(&rows, a.out)? {
        return Ok(());
    }
    let mut t = table(
        g,
        &[
            "claim",
            "actor",
            "cue",
            "kind",
            "text",
            "article",
            "outlet",
            "published",
            "spread",
            "first seen",
        ],
    );
    for r in &rows {
        t.add_row(vec![
            r.claim_id.to_string(),
            opt(r.actor.as_deref()),
            r.cue.clone(),
            r.kind.clone(),
            shorten(&r.text, 70),
            format!("{} v{}", r.article_id, r.version),
            opt(r.outlet.as_deref()),
            date(r.published.as_deref()),
            format!("{} art. / {} outl.", r.articles, r.outlets),
            date(Some(&r.first_seen)),
        ]);
    }
    let mut s = t.to_string();
    if total > rows.len() {
        s.push_str(&format!("\n… {} more (use --limit)", total - rows.len()));
    } else {
        s.push_str(&format!("\n{total} claims"));
    }
    print(&s)
}

// ---------------------------------------------------------------- actors

#[derive(Debug, Args)]
pub(crate) struct ActorsArgs {
    /// Show at most N actors (the most quoted first); 0 for all
    #[arg(long, default_value_t = 50, value_name = "N")]
    limit: usize,
    #[command(flatten)]
    out: ListFlags,
}

pub(crate) fn cmd_actors(g: &Global, a: &ActorsArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let limit = if a.limit == 0 { usize::MAX } else { a.limit };
    let (rows, total) = store.actors(limit)?;
    if print_rows(&rows, a.out)? {
        return Ok(());
    }
    let mut t = table(
        g,
        &[
            "actor",
            "kind",
            "roles",
            "aliases",
            "statements",
            "claims",
            "articles",
        ],
    );
    for r in &rows {
        t.add_row(vec![
            r.name.clone(),
            r.kind.clone(),
            shorten(&r.roles.join("; "), 60),
            shorten(&r.aliases.join("; "), 60),
            r.statements.to_string(),
            r.claims.to_string(),
            r.articles.to_string(),
        ]);
    }
    let mut s = t.to_string();
    if total > rows.len() {
        s.push_str(&format!("\n… {} more (use --limit)", total - rows.len()));
    } else {
        s.push_str(&format!("\n{total} actors"));
    }
    print(&s)
}

// ---------------------------------------------------------------- claim

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum Against {
    /// Each wording against the one before it
    Previous,
    /// Each wording against the earliest
    First,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct ClaimArgs {
    #[command(subcommand)]
    cmd: Option<ClaimCmd>,
    /// Claim id
    #[arg(value_name = "ID")]
    id: Option<i64>,
    /// What each wording is compared with
    #[arg(long, value_enum, default_value_t = Against::Previous)]
    against: Against,
    #[command(flatten)]
    json: JsonFlag,
}

#[derive(Debug, Subcommand)]
enum ClaimCmd {
    /// Word-level diff of the earliest wordings of two claims
    Diff(ClaimDiffArgs),
}

#[derive(Debug, Args)]
struct ClaimDiffArgs {
    /// First claim id
    a: i64,
    /// Second claim id
    b: i64,
    #[command(flatten)]
    json: JsonFlag,
}

/// One compared pair of wordings of a claim.
#[derive(Serialize)]
pub(crate) struct DiffEntry {
    pub from: i64,
    pub to: i64,
    pub ops: Vec<DiffOp>,
}

/// A later version of an article that no longer carries the claim.
#[derive(Serialize)]
pub(crate) struct DroppedIn {
    pub article_id: i64,
    pub version: i64,
}

/// Everything `claim ID` shows (and `report` and the ClaimReview export use).
#[derive(Serialize)]
pub(crate) struct ClaimView {
    pub claim_id: i64,
    pub actors: Vec<String>,
    pub text: String,
    pub first_seen: String,
    pub articles: usize,
    pub outlets: usize,
    pub occurrences: Vec<ExportRow>,
    pub diffs: Vec<DiffEntry>,
    pub dropped_in: Vec<DroppedIn>,
}

/// Returns the index of the wording that occurrence `i` is compared with: its counterpart in
/// the previous version of the same article when there is one (an edit: the most similar
/// wording of that version, when a version carries the claim twice, as a headline and a lede),
/// else the occurrence just before it.
fn previous_wording(occ: &[crate::store::ExportRow], i: usize) -> usize {
    let o = &occ[i];
    let Some(last) = occ[..i]
        .iter()
        .filter(|p| p.article_id == o.article_id && p.version < o.version)
        .map(|p| p.version)
        .max()
    else {
        return i - 1;
    };
    let ratio = |p: &crate::store::ExportRow| {
        similar::TextDiff::from_words(p.text.as_str(), o.text.as_str()).ratio()
    };
    (0..i)
        .filter(|&j| occ[j].article_id == o.article_id && occ[j].version == last)
        .max_by(|&a, &b| ratio(&occ[a]).total_cmp(&ratio(&occ[b])).then(b.cmp(&a)))
        .unwrap_or(i - 1)
}

pub(crate) fn claim_view(store: &Store, id: i64, against: Against) -> Result<ClaimView, Failure> {
    let claim_id = store.resolve_claim(id)?;
    let occ = store.claim_occurrences(claim_id)?;
    let first = occ.first().ok_or(crate::store::StoreError::NoClaim(id))?;
    let mut actors: Vec<String> = Vec::new();
    for o in &occ {
        let a = o.actor.clone().unwrap_or_else(|| o.actor_surface.clone());
        if !actors.contains(&a) {
            actors.push(a);
        }
    }
    let first_seen = occ
        .iter()
        .filter_map(|o| o.published.clone())
        .min()
        .unwrap_or_else(|| {
            occ.iter()
                .map(|o| o.added_at.clone())
                .min()
                .unwrap_or_default()
        });
    let mut arts: Vec<i64> = occ.iter().map(|o| o.article_id).collect();
    arts.sort_unstable();
    arts.dedup();
    let mut outlets: Vec<String> = occ
        .iter()
        .map(|o| {
            o.outlet
                .clone()
                .unwrap_or_else(|| format!("#{}", o.article_id))
        })
        .collect();
    outlets.sort();
    outlets.dedup();
    let mut diffs = Vec::new();
    for i in 1..occ.len() {
        let base = if against == Against::First {
            &occ[0]
        } else {
            &occ[previous_wording(&occ, i)]
        };
        diffs.push(DiffEntry {
            from: base.occurrence_id,
            to: occ[i].occurrence_id,
            ops: word_diff(&base.text, &occ[i].text),
        });
    }
    let dropped_in = store
        .claim_dropped_in(claim_id)?
        .into_iter()
        .map(|(article_id, version)| DroppedIn {
            article_id,
            version,
        })
        .collect();
    Ok(ClaimView {
        claim_id,
        actors,
        text: first.text.clone(),
        first_seen,
        articles: arts.len(),
        outlets: outlets.len(),
        occurrences: occ,
        diffs,
        dropped_in,
    })
}

pub(crate) fn cmd_claim(g: &Global, a: ClaimArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    if let Some(ClaimCmd::Diff(d)) = a.cmd {
        let x = claim_view(&store, d.a, Against::Previous)?;
        let y = claim_view(&store, d.b, Against::Previous)?;
        let ops = word_diff(&x.text, &y.text);
        if d.json.json {
            return print_json(&DiffEntry {
                from: x.claim_id,
                to: y.claim_id,
                ops,
            });
        }
        return print(&format!(
            "{}\n{}",
            bold(g, &format!("claim {} → claim {}", x.claim_id, y.claim_id)),
            diff_line(g, &ops)
        ));
    }
    let Some(id) = a.id else {
        eprintln!("claimtrail: error: `claim` needs an ID or the `diff` subcommand");
        std::process::exit(2);
    };
    let v = claim_view(&store, id, a.against)?;
    if a.json.json {
        return print_json(&v);
    }
    let mut s = String::new();
    s.push_str(&format!("{} {}", bold(g, "claim"), v.claim_id));
    if v.claim_id != id {
        s.push_str(&format!(" (claim {id} was merged into it)"));
    }
    s.push('\n');
    s.push_str(&format!("actors:     {}\n", v.actors.join("; ")));
    s.push_str(&format!("first seen: {}\n", v.first_seen));
    s.push_str(&format!(
        "spread:     {} articles, {} outlets\n",
        v.articles, v.outlets
    ));
    s.push_str(&format!("earliest:   {}\n\n", v.text));
    s.push_str(&bold(g, "occurrences"));
    s.push('\n');
    for (i, o) in v.occurrences.iter().enumerate() {
        s.push_str(&format!(
            "#{:<3} {}  {}  article {} v{} ({})  published {}\n",
            i + 1,
            o.outlet.as_deref().unwrap_or("-"),
            o.url.as_deref().unwrap_or("-"),
            o.article_id,
            o.version,
            &o.sha256[..12],
            o.published.as_deref().unwrap_or("-"),
        ));
        let mut who = format!("     {} — {} ({})", o.actor_surface, o.cue, o.kind);
        if let Some(r) = &o.reported_by {
            who.push_str(&format!(", reported by {r}"));
        }
        s.push_str(&who);
        s.push('\n');
        s.push_str(&format!("     “{}”\n", o.text));
    }
    if !v.dropped_in.is_empty() {
        for d in &v.dropped_in {
            s.push_str(&format!(
                "     dropped in article {} v{}\n",
                d.article_id, d.version
            ));
        }
    }
    if !v.diffs.is_empty() {
        s.push('\n');
        s.push_str(&bold(g, "wording history"));
        s.push('\n');
        let pos = |id: i64| {
            v.occurrences
                .iter()
                .position(|o| o.occurrence_id == id)
                .map_or(0, |p| p + 1)
        };
        for d in &v.diffs {
            let (fi, ti) = (pos(d.from), pos(d.to));
            let (from, to) = (&v.occurrences[fi - 1], &v.occurrences[ti - 1]);
            let same_article = from.article_id == to.article_id;
            let label = if same_article && from.version != to.version {
                format!(
                    "#{fi} → #{ti} (edit in article {}: v{} → v{})",
                    to.article_id, from.version, to.version
                )
            } else {
                format!("#{fi} → #{ti} ({})", to.outlet.as_deref().unwrap_or("-"))
            };
            if is_unchanged(&d.ops) {
                s.push_str(&format!("{label}: unchanged\n"));
            } else {
                s.push_str(&format!("{label}:\n     {}\n", diff_line(g, &d.ops)));
            }
            let (fa, ta) = (
                from.actor.as_deref().unwrap_or(&from.actor_surface),
                to.actor.as_deref().unwrap_or(&to.actor_surface),
            );
            if fa != ta {
                s.push_str(&format!("     attribution: {fa} → {ta}\n"));
            }
            if from.reported_by != to.reported_by {
                s.push_str(&format!(
                    "     reported by: {} → {}\n",
                    from.reported_by.as_deref().unwrap_or("-"),
                    to.reported_by.as_deref().unwrap_or("-")
                ));
            }
        }
    }
    print(s.trim_end())
}

// ---------------------------------------------------------------- export

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// One JSON object per line
    Jsonl,
    /// Comma-separated values with a header
    Csv,
    /// schema.org Claim objects as one JSON-LD document, for ClaimReview tooling
    Claimreview,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    format: ExportFormat,
}

const EXPORT_COLUMNS: &[&str] = &[
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
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub(crate) fn cmd_export(g: &Global, a: &ExportArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if matches!(a.format, ExportFormat::Claimreview) {
        return super::share::export_claimreview(&store, &mut out);
    }
    if matches!(a.format, ExportFormat::Csv) {
        writeln!(out, "{}", EXPORT_COLUMNS.join(",")).context("writing output")?;
    }
    let mut io_err: Option<std::io::Error> = None;
    let result = store.export_each(|r| {
        let res = match a.format {
            ExportFormat::Jsonl => serde_json::to_writer(&mut out, &r)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            ExportFormat::Claimreview => unreachable!("handled above"),
            ExportFormat::Csv => {
                let o = |s: &Option<String>| csv_field(s.as_deref().unwrap_or(""));
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                    r.occurrence_id,
                    r.claim_id,
                    o(&r.actor),
                    csv_field(&r.actor_surface),
                    o(&r.role),
                    csv_field(&r.cue),
                    r.kind,
                    o(&r.reported_by),
                    o(&r.speaks_for),
                    csv_field(&r.text),
                    csv_field(&r.sentence),
                    o(&r.url),
                    o(&r.outlet),
                    o(&r.published),
                    r.article_id,
                    r.version,
                    r.sha256
                )
            }
        };
        if let Err(e) = res {
            io_err = Some(e);
            return Err(crate::store::StoreError::Sql(
                rusqlite::Error::ExecuteReturnedResults,
            ));
        }
        Ok(())
    });
    if let Some(e) = io_err {
        return Err(anyhow::Error::from(e).context("writing output").into());
    }
    result?;
    out.flush().context("writing output")?;
    Ok(())
}

// ---------------------------------------------------------------- db

#[derive(Debug, Args)]
pub(crate) struct DbArgs {
    #[command(subcommand)]
    cmd: DbCmd,
}

#[derive(Debug, Subcommand)]
enum DbCmd {
    /// Show the path, schema version and row counts
    Info(JsonFlag),
    /// Upgrade the database to this claimtrail's schema
    Migrate,
}

pub(crate) fn cmd_db(g: &Global, a: DbArgs) -> Result<(), Failure> {
    match a.cmd {
        DbCmd::Info(j) => {
            let store = Store::open_for_info(&g.db)?;
            let info = store.info()?;
            if j.json {
                return print_json(&info);
            }
            let mut s = format!(
                "path:           {}\nschema version: {} (this claimtrail: {}){}\n",
                info.path,
                info.schema_version,
                info.latest_version,
                if info.schema_version < info.latest_version {
                    " — run `claimtrail db migrate`"
                } else {
                    ""
                }
            );
            for (name, n) in &info.counts {
                s.push_str(&format!("{name:<15} {n}\n"));
            }
            print(s.trim_end())
        }
        DbCmd::Migrate => {
            if !g.db.exists() {
                return Err(crate::store::StoreError::Missing(g.db.clone()).into());
            }
            let store = Store::open_write(&g.db)?;
            let info = store.info()?;
            print(&format!(
                "{}: schema version {}",
                info.path, info.schema_version
            ))
        }
    }
}
