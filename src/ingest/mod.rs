//! Reading inputs into raw articles: format detection, directory walking and the readers.
//!
//! Each input format is one reader behind [`open_input`]; a new format (HTML, WARC, a URL fetch)
//! means one more file and one more [`InputFormat`] variant. Readers only read: normalising,
//! hashing and extracting happen in [`prepare`], storing happens in the store.

pub mod fetch;
pub mod html;
pub mod json;
pub mod normalize;
pub mod text;
pub mod warc;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::extract::{self, Occurrence};
use crate::link::Fingerprint;
use normalize::{canonical_url, normalize_text, parse_published, sha256_hex};

/// Largest article text accepted, in bytes.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// Errors met while reading or preparing one input or record.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(String),
    /// Reading failed.
    #[error("{path}: {source}")]
    Io {
        /// The input.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file holds NUL bytes.
    #[error("{0}: binary file (holds NUL bytes), not an article")]
    Binary(String),
    /// The file is not valid UTF-8.
    #[error("{0}: not valid UTF-8 text")]
    NotUtf8(String),
    /// The article text is empty after normalisation.
    #[error("{0}: empty article text")]
    Empty(String),
    /// The article text is larger than allowed.
    #[error("{0}: article text of {1} bytes is over the limit of {2} bytes (--max-article-bytes)")]
    TooLarge(String, usize, usize),
    /// A JSON record could not be read.
    #[error("{0}: {1}")]
    Json(String, String),
    /// A named file has an extension that no reader handles.
    #[error("{0}: unknown file type (use --input-format text|jsonl|json|html|warc)")]
    UnknownType(String),
    /// A directory held no article files.
    #[error("{0}: directory holds no articles")]
    EmptyDir(String),
    /// A per-article metadata value is not usable, or a record is damaged.
    #[error("{0}: {1}")]
    BadValue(String, String),
    /// Fetching a url failed.
    #[error("{0}: {1}")]
    Fetch(String, String),
    /// A record that holds no article (a WARC request, an image): skipped and counted, not an
    /// error.
    #[error("{0}: skipped ({1})")]
    Skipped(String, String),
}

/// The formats that `add` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// The whole file is one article's text.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One JSON object per file.
    Json,
    /// A saved web page.
    Html,
    /// A web archive (WARC, optionally gzip-compressed).
    Warc,
}

impl InputFormat {
    /// Returns the format named by `s` (as given to `--input-format`).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "md" => Some(Self::Text),
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "json" => Some(Self::Json),
            "html" | "htm" => Some(Self::Html),
            "warc" => Some(Self::Warc),
            _ => None,
        }
    }

    /// Returns the format implied by a file's extension, if any.
    pub fn from_path(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".warc") || name.ends_with(".warc.gz") {
            return Some(Self::Warc);
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(Self::Text),
            "jsonl" | "ndjson" => Some(Self::Jsonl),
            "json" => Some(Self::Json),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// One input to read: a file, a url to fetch, or standard input when both are `None`.
#[derive(Debug, Clone)]
pub struct Input {
    /// The file.
    pub path: Option<PathBuf>,
    /// The url to fetch.
    pub url: Option<String>,
    /// How to read it.
    pub format: InputFormat,
}

impl Input {
    /// Returns the name used in messages: the path or url as given, or `stdin`.
    pub fn name(&self) -> String {
        match (&self.path, &self.url) {
            (Some(p), _) => p.display().to_string(),
            (None, Some(u)) => u.clone(),
            (None, None) => "stdin".to_string(),
        }
    }
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// An article as read, before normalisation.
#[derive(Debug, Clone, Default)]
pub struct RawArticle {
    /// Where it came from: a path, `path:line`, or `stdin`.
    pub source: String,
    /// The url as given.
    pub url: Option<String>,
    /// The outlet (publisher) name.
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The published date as given.
    pub published: Option<String>,
    /// The text as read.
    pub text: String,
    /// The identity to use when there is no url (e.g. `file:/abs/path`).
    pub fallback_ident: Option<String>,
    /// The author(s), as the page names them.
    pub author: Option<String>,
    /// The page's last-modified date, as given.
    pub modified: Option<String>,
    /// The bytes as collected, when the text was extracted from them (an HTML page).
    pub raw: Option<RawBytes>,
    /// When the article was fetched from its url (UTC, RFC 3339).
    pub fetched_at: Option<String>,
}

/// Bytes as collected, kept beside the text extracted from them.
#[derive(Debug, Clone)]
pub struct RawBytes {
    /// The media type, e.g. `text/html`.
    pub media_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// Their sha256, lower-case hex.
    pub sha256: String,
}

impl RawBytes {
    /// Wraps bytes, hashing them.
    pub fn new(media_type: &str, bytes: Vec<u8>) -> Self {
        Self {
            media_type: media_type.to_string(),
            sha256: normalize::sha256_bytes_hex(&bytes),
            bytes,
        }
    }
}

/// Per-article metadata given on the command line; each overrides what the input says.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--url`.
    pub url: Option<String>,
    /// `--outlet`.
    pub outlet: Option<String>,
    /// `--title`.
    pub title: Option<String>,
    /// `--published`.
    pub published: Option<String>,
    /// `--id`.
    pub id: Option<String>,
}

impl Overrides {
    /// Returns true when any per-article flag is set.
    pub fn any(&self) -> bool {
        self.url.is_some()
            || self.outlet.is_some()
            || self.title.is_some()
            || self.published.is_some()
            || self.id.is_some()
    }
}

/// An article ready to store: normalised, identified, hashed and with its claims extracted.
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    /// Where it came from.
    pub source: String,
    /// The identity key: canonical url, `id:KEY`, `file:PATH` or `record:OUTLET|TITLE`.
    pub ident: String,
    /// The canonical url.
    pub url: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The title.
    pub title: Option<String>,
    /// ISO 8601 published date.
    pub published: Option<String>,
    /// The normalised text.
    pub text: String,
    /// sha256 of `text`.
    pub sha256: String,
    /// The attributed statements found in `text`.
    pub occurrences: Vec<Occurrence>,
    /// The linking fingerprint of each occurrence's content, in the same order.
    pub fingerprints: Vec<Fingerprint>,
    /// The author(s).
    pub author: Option<String>,
    /// The page's last-modified date, as given.
    pub modified: Option<String>,
    /// The bytes as collected.
    pub raw: Option<RawBytes>,
    /// When it was fetched.
    pub fetched_at: Option<String>,
    /// Its storage form, when computed beforehand ([`crate::store::pack_for_storage`]).
    pub packed: crate::store::Packed,
}

/// Turns a raw article into a prepared one: applies the overrides, normalises and hashes the
/// text, canonicalises the url, derives the identity and extracts the claims.
pub fn prepare(
    raw: RawArticle,
    over: &Overrides,
    max_bytes: usize,
) -> Result<PreparedArticle, IngestError> {
    if raw.text.len() > max_bytes {
        return Err(IngestError::TooLarge(raw.source, raw.text.len(), max_bytes));
    }
    if raw.text.contains('\0') {
        return Err(IngestError::Binary(raw.source));
    }
    let text = normalize_text(&raw.text);
    if text.is_empty() {
        return Err(IngestError::Empty(raw.source));
    }
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let url_raw = clean(over.url.clone().or(raw.url));
    let url = match url_raw {
        Some(u) => Some(canonical_url(&u).ok_or_else(|| {
            IngestError::BadValue(raw.source.clone(), format!("not an absolute url: {u:?}"))
        })?),
        None => None,
    };
    let outlet = clean(over.outlet.clone().or(raw.outlet));
    let title = clean(over.title.clone().or(raw.title)).or_else(|| {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(|l| l.chars().take(300).collect())
    });
    let published = match clean(over.published.clone().or(raw.published)) {
        Some(p) => Some(parse_published(&p).ok_or_else(|| {
            IngestError::BadValue(
                raw.source.clone(),
                format!("published date {p:?} is not an ISO 8601 date or date-time"),
            )
        })?),
        None => None,
    };
    let ident = if let Some(u) = &url {
        u.clone()
    } else if let Some(id) = &over.id {
        format!("id:{id}")
    } else if let Some(f) = raw.fallback_ident {
        f
    } else {
        format!(
            "record:{}|{}",
            outlet.as_deref().unwrap_or(""),
            title.as_deref().unwrap_or("")
        )
    };
    let sha256 = sha256_hex(&text);
    let occurrences = extract::extract(&text);
    let fingerprints = occurrences
        .iter()
        .map(|o| Fingerprint::of_statement(&o.content, o.kind == extract::SpeechKind::Direct))
        .collect();
    Ok(PreparedArticle {
        source: raw.source,
        ident,
        url,
        outlet,
        title,
        published,
        text,
        sha256,
        occurrences,
        fingerprints,
        author: clean(raw.author),
        modified: clean(raw.modified),
        raw: raw.raw,
        fetched_at: raw.fetched_at,
        packed: crate::store::Packed::default(),
    })
}

/// Expands the command-line inputs into readable inputs: directories are walked recursively in
/// sorted order, skipping hidden files, `README*` and files of unknown type (each skip is
/// returned as a note). Errors are returned per input so that the others still run.
pub fn expand_inputs(
    args: &[String],
    forced: Option<InputFormat>,
) -> (Vec<Result<Input, IngestError>>, Vec<String>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input {
                path: None,
                url: None,
                format: forced.unwrap_or(InputFormat::Text),
            }));
            continue;
        }
        if fetch::is_url(arg) {
            out.push(Ok(Input {
                path: None,
                url: Some(arg.clone()),
                format: InputFormat::Html,
            }));
            continue;
        }
        let path = PathBuf::from(arg);
        match std::fs::metadata(&path) {
            Err(_) => out.push(Err(IngestError::NotFound(arg.clone()))),
            Ok(m) if m.is_dir() => {
                let before = out.len();
                walk_dir(&path, forced, &mut out, &mut notes);
                if out.len() == before {
                    out.push(Err(IngestError::EmptyDir(arg.clone())));
                }
            }
            Ok(_) => match forced.or_else(|| InputFormat::from_path(&path)) {
                Some(format) => out.push(Ok(Input {
                    path: Some(path),
                    url: None,
                    format,
                })),
                None => out.push(Err(IngestError::UnknownType(arg.clone()))),
            },
        }
    }
    (out, notes)
}

fn walk_dir(
    dir: &Path,
    forced: Option<InputFormat>,
    out: &mut Vec<Result<Input, IngestError>>,
    notes: &mut Vec<String>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(IngestError::Io {
                path: dir.display().to_string(),
                source: e,
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, forced, out, notes);
            continue;
        }
        if name.starts_with("README") {
            notes.push(format!("{}: skipped (README)", path.display()));
            continue;
        }
        match forced.or_else(|| InputFormat::from_path(&path)) {
            Some(format) => out.push(Ok(Input {
                path: Some(path),
                url: None,
                format,
            })),
            None => notes.push(format!("{}: skipped (unknown file type)", path.display())),
        }
    }
}

/// A stream of raw articles (or per-record errors) read from one input.
pub type ArticleStream = Box<dyn Iterator<Item = Result<RawArticle, IngestError>> + Send>;

/// Opens one input with the reader for its format.
pub fn open_input(input: &Input, max_bytes: usize) -> ArticleStream {
    if let Some(url) = &input.url {
        return Box::new(std::iter::once(fetch::fetch(url, max_bytes)));
    }
    match input.format {
        InputFormat::Text => Box::new(std::iter::once(text::read(input, max_bytes))),
        InputFormat::Json => Box::new(std::iter::once(json::read_object_file(input, max_bytes))),
        InputFormat::Jsonl => json::read_lines(input, max_bytes),
        InputFormat::Html => Box::new(std::iter::once(html::read(input, max_bytes))),
        InputFormat::Warc => warc::read(input, max_bytes),
    }
}

/// Opens an input for reading: its file, or stdin.
pub(crate) fn open_reader(input: &Input) -> Result<Box<dyn std::io::Read + Send>, IngestError> {
    match &input.path {
        Some(p) => std::fs::File::open(p)
            .map(|f| Box::new(f) as Box<dyn std::io::Read + Send>)
            .map_err(|e| IngestError::Io {
                path: input.name(),
                source: e,
            }),
        None => Ok(Box::new(std::io::stdin())),
    }
}

/// Reads a whole input (at most `max` bytes) into memory.
pub(crate) fn read_input(input: &Input, max: usize) -> Result<Vec<u8>, IngestError> {
    read_limited(open_reader(input)?, &input.name(), max)
}

/// The identity of an article read from a file without a url: `file:` and its absolute path.
pub(crate) fn file_ident(input: &Input) -> Option<String> {
    input.path.as_ref().map(|p| {
        let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        format!("file:{}", abs.display())
    })
}

/// Reads at most `max` bytes (plus one, to detect excess) from a reader into memory.
pub(crate) fn read_limited(
    mut r: impl std::io::Read,
    name: &str,
    max: usize,
) -> Result<Vec<u8>, IngestError> {
    use std::io::Read;
    let mut buf = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    (&mut r)
        .take(limit)
        .read_to_end(&mut buf)
        .map_err(|e| IngestError::Io {
            path: name.to_string(),
            source: e,
        })?;
    if buf.len() > max {
        return Err(IngestError::TooLarge(name.to_string(), buf.len(), max));
    }
    Ok(buf)
}

/// Decodes bytes read from `name` as UTF-8 text, refusing binary data.
pub(crate) fn decode_text(bytes: Vec<u8>, name: &str) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::Binary(name.to_string()));
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|_| IngestError::NotUtf8(name.to_string()))
}
