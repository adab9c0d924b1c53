//! JSON readers: JSON Lines (one article per line, streamed) and single JSON objects.
//!
//! Besides claimtrail's own keys (`url`, `outlet`, `title`, `published`, `text`), the keys that
//! common crawlers write are mapped, so that their dumps import as they are:
//! trafilatura (`source`, `source-hostname`, `hostname`, `date`, `raw_text`), news-please
//! (`source_domain`, `date_publish`, `maintext`) and scrapers' usual names (`content`,
//! `body`, `article_body`, `articleBody`). A page's HTML, under `html` (or `raw_html`,
//! `content_html`) or as the text itself, is read as an HTML file is: its article text, and
//! its url, headline, date and author where the record gives none.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::{decode_text, open_reader, read_input, ArticleStream, IngestError, Input, RawArticle};

/// Keys tried in order for each field; the first non-null one wins.
const URL_KEYS: &[&str] = &["url", "source"];
const OUTLET_KEYS: &[&str] = &["outlet", "source-hostname", "source_domain", "hostname"];
const TITLE_KEYS: &[&str] = &["title"];
const PUBLISHED_KEYS: &[&str] = &["published", "date_publish", "date"];
const TEXT_KEYS: &[&str] = &[
    "text",
    "maintext",
    "raw_text",
    "content",
    "body",
    "article_body",
    "articleBody",
    "article_text",
    "full_text",
];
const HTML_KEYS: &[&str] = &["html", "raw_html", "content_html", "body_html"];

/// Returns true when a record's text is a page's (or a fragment's) HTML rather than text:
/// it opens with a tag, or it holds paragraphs' tags.
fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('<') && t.contains('>'))
        || ((t.contains("</p>") || t.contains("</P>")) && (t.contains("<p") || t.contains("<P")))
}

/// Maps one parsed JSON value to a raw article; `at` names the file (and line) for errors.
fn record_from_value(v: Value, at: &str) -> Result<RawArticle, IngestError> {
    let Value::Object(map) = v else {
        return Err(IngestError::Json(
            at.to_string(),
            "expected a JSON object".into(),
        ));
    };
    let field = |keys: &[&str]| -> Result<Option<String>, IngestError> { pick(&map, keys, at) };
    let record = RawArticle {
        source: at.to_string(),
        url: field(URL_KEYS)?,
        outlet: field(OUTLET_KEYS)?,
        title: field(TITLE_KEYS)?,
        published: field(PUBLISHED_KEYS)?,
        author: field(&["author", "byline"])?,
        modified: field(&["date_modified", "dateModified", "date_modify"])?,
        ..RawArticle::default()
    };
    let html = match field(TEXT_KEYS)? {
        Some(text) if !looks_like_html(&text) => return Ok(RawArticle { text, ..record }),
        Some(text) => text,
        None => field(HTML_KEYS)?.ok_or_else(|| {
            IngestError::Json(
                at.to_string(),
                "no article text (keys text, maintext, raw_text, content, body or html)".into(),
            )
        })?,
    };
    // the page's own fields fill what the record leaves out
    let page = super::html::from_bytes(html.into_bytes(), at, record.url.as_deref(), None)?;
    Ok(RawArticle {
        url: record.url.or(page.url),
        outlet: record.outlet.or(page.outlet),
        title: record.title.or(page.title),
        published: record.published.or(page.published),
        author: record.author.or(page.author),
        modified: record.modified.or(page.modified),
        text: page.text,
        raw: page.raw,
        ..record
    })
}

fn pick(map: &Map<String, Value>, keys: &[&str], at: &str) -> Result<Option<String>, IngestError> {
    for k in keys {
        match map.get(*k) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(n)) => return Ok(Some(n.to_string())),
            Some(_) => {
                return Err(IngestError::Json(
                    at.to_string(),
                    format!("key {k:?} must be a string or null"),
                ))
            }
        }
    }
    Ok(None)
}

/// Reads a file (or stdin) holding one JSON object, as news-please writes one per article.
pub fn read_object_file(input: &Input, max_bytes: usize) -> Result<RawArticle, IngestError> {
    let name = input.name();
    // JSON escapes make the file larger than the text; allow for that.
    let bytes = read_input(input, max_bytes.saturating_mul(2))?;
    let s = decode_text(bytes, &name)?;
    let v: Value = serde_json::from_str(&s).map_err(|e| {
        IngestError::Json(
            format!("{name}:{}", e.line()),
            format!("malformed JSON: {e}"),
        )
    })?;
    record_from_value(v, &name)
}

/// Streams a JSON Lines file (or stdin): one record per non-blank line, each error naming
/// `file:line`.
pub fn read_lines(input: &Input, max_bytes: usize) -> ArticleStream {
    match open_reader(input) {
        Ok(r) => lines_from_reader(
            Box::new(std::io::BufReader::with_capacity(1 << 16, r)),
            input.name(),
            max_bytes,
        ),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// Streams JSON Lines from any reader; `name` names it in errors (`name:line`).
pub fn lines_from_reader(
    reader: Box<dyn BufRead + Send>,
    name: String,
    max_bytes: usize,
) -> ArticleStream {
    Box::new(JsonLines {
        reader,
        name,
        line: 0,
        buf: Vec::new(),
        max_line: max_bytes.saturating_mul(2),
        done: false,
    })
}

struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    buf: Vec<u8>,
    max_line: usize,
    done: bool,
}

impl JsonLines {
    /// Reads the next line into `buf`, keeping at most `max_line` bytes of it in memory;
    /// returns the full length of the line (0 at end of input).
    fn next_line(&mut self) -> std::io::Result<usize> {
        self.buf.clear();
        let mut total = 0;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(total);
            }
            let (part, found) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..=i], true),
                None => (chunk, false),
            };
            let n = part.len();
            let room = (self.max_line + 1).saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&part[..n.min(room)]);
            total += n;
            self.reader.consume(n);
            if found {
                return Ok(total);
            }
        }
    }
}

impl Iterator for JsonLines {
    type Item = Result<RawArticle, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let total = match self.next_line() {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(IngestError::Io {
                        path: self.name.clone(),
                        source: e,
                    }));
                }
            };
            self.line += 1;
            let at = format!("{}:{}", self.name, self.line);
            if total > self.max_line {
                return Some(Err(IngestError::TooLarge(at, total, self.max_line)));
            }
            if self.buf.contains(&0) {
                return Some(Err(IngestError::Binary(at)));
            }
            let Ok(s) = std::str::from_utf8(&self.buf) else {
                return Some(Err(IngestError::NotUtf8(at)));
            };
            let s = s.trim_start_matches('\u{feff}').trim();
            if s.is_empty() {
                continue;
            }
            return Some(match serde_json::from_str::<Value>(s) {
                Ok(v) => record_from_value(v, &at),
                Err(e) => Err(IngestError::Json(at, format!("malformed JSON: {e}"))),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_trafilatura_keys() {
        let v = json!({"source": "https://a.example/x", "source-hostname": "A News",
                       "hostname": "a.example", "date": "2024-01-02", "raw_text": "T", "title": "H"});
        let r = record_from_value(v, "f:1").unwrap();
        assert_eq!(r.url.as_deref(), Some("https://a.example/x"));
        assert_eq!(r.outlet.as_deref(), Some("A News"));
        assert_eq!(r.published.as_deref(), Some("2024-01-02"));
        assert_eq!(r.text, "T");
    }

    #[test]
    fn maps_news_please_keys() {
        let v = json!({"url": "https://b.example/y", "source_domain": "b.example",
                       "date_publish": "2024-01-02 10:00:00", "maintext": "M", "title": null});
        let r = record_from_value(v, "f:1").unwrap();
        assert_eq!(r.outlet.as_deref(), Some("b.example"));
        assert_eq!(r.published.as_deref(), Some("2024-01-02 10:00:00"));
        assert_eq!(r.text, "M");
        assert_eq!(r.title, None);
    }

    #[test]
    fn rejects_non_objects_and_missing_text() {
        assert!(record_from_value(json!([1]), "f:3").is_err());
        let e = record_from_value(json!({"url": "x"}), "f:4").unwrap_err();
        assert!(e.to_string().starts_with("f:4: "));
    }
}
