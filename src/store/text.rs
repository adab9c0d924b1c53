//! Article texts at rest: deflated, in `blobs.text` as a BLOB, which takes about a third of
//! the space of the text (the text was the largest part of a database). Texts too short to
//! gain, and texts stored by earlier versions of claimtrail, are plain TEXT in the same column.
//! SQL reads either through the `ct_text(text)` and `ct_substr(text, start, length)` functions
//! registered on every connection ([`register`]); other SQLite tools can read them with any
//! raw-deflate decoder (RFC 1951).
//!
//! An occurrence's content is most often a run of its sentence as written; it is then stored
//! as its place in the text (`content_start`, `content_len`, in characters) instead of a copy
//! ([`content_spans`]), and read back with `ct_substr`.

use std::cell::RefCell;
use std::io::{Read, Write};

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// Texts shorter than this (in bytes) are stored as they are.
const MIN_DEFLATE: usize = 512;

/// Returns the deflated bytes of a text, or `None` when storing it plain is as small.
pub fn deflate(text: &str) -> Option<Vec<u8>> {
    if text.len() < MIN_DEFLATE {
        return None;
    }
    // zlib-rs at level 2: on generated news, 3.4 times as fast as miniz_oxide's fastest
    // level and smaller (48% of the text against 53%); its level 1 keeps 68%
    let mut enc = flate2::write::DeflateEncoder::new(
        Vec::with_capacity(text.len() / 2),
        flate2::Compression::new(2),
    );
    enc.write_all(text.as_bytes()).ok()?;
    let out = enc.finish().ok()?;
    (out.len() < text.len()).then_some(out)
}

/// Returns the text of deflated bytes.
pub fn inflate(bytes: &[u8]) -> std::io::Result<String> {
    let mut text = String::with_capacity(bytes.len() * 3);
    flate2::read::DeflateDecoder::new(bytes).read_to_string(&mut text)?;
    Ok(text)
}

/// Where each content is in the text, as (first character, length in characters), when it is
/// a run of its sentence (`sentences` are character ranges, in the same order).
pub fn content_spans<'a>(
    text: &str,
    contents: impl IntoIterator<Item = (&'a str, usize, usize)>,
) -> Vec<Option<(usize, usize)>> {
    // byte offset of each character, and of the end
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    contents
        .into_iter()
        .map(|(content, start, end)| {
            let (bs, be) = (*bytes.get(start)?, *bytes.get(end)?);
            let sentence = text.get(bs..be)?;
            // (memmem: `str::find` built a two-way searcher for every content)
            let at = memchr::memmem::find(sentence.as_bytes(), content.as_bytes())
                .filter(|_| !content.is_empty())?;
            Some((
                start + sentence[..at].chars().count(),
                content.chars().count(),
            ))
        })
        .collect()
}

thread_local! {
    /// The last text inflated by `ct_text`: a query reading many occurrences of one version
    /// (`export`, `claim`) inflates its text once.
    static LAST: RefCell<(Vec<u8>, String)> = const { RefCell::new((Vec::new(), String::new())) };
}

/// Calls `f` with the text of a `blobs.text` value, plain or deflated (`None` for NULL).
fn with_text<T>(value: ValueRef<'_>, f: impl FnOnce(Option<&str>) -> T) -> rusqlite::Result<T> {
    match value {
        ValueRef::Null => Ok(f(None)),
        ValueRef::Blob(b) => LAST.with(|last| {
            let mut last = last.borrow_mut();
            if last.0 != b {
                let text =
                    inflate(b).map_err(|e| rusqlite::Error::UserFunctionError(Box::new(e)))?;
                *last = (b.to_vec(), text);
            }
            Ok(f(Some(&last.1)))
        }),
        ValueRef::Text(t) => Ok(f(Some(&String::from_utf8_lossy(t)))),
        ValueRef::Integer(_) | ValueRef::Real(_) => Err(rusqlite::Error::UserFunctionError(
            "ct_text: not a stored text".into(),
        )),
    }
}

/// Registers `ct_text(x)`, the text of a `blobs.text` value, and `ct_substr(x, start,
/// length)`, its characters from `start` (1-based, as SQL's `substr`).
pub(super) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("ct_text", 1, flags, |ctx| {
        with_text(ctx.get_raw(0), |t| t.map(str::to_string))
    })?;
    conn.create_scalar_function("ct_substr", 3, flags, |ctx| {
        let start = usize::try_from(ctx.get::<i64>(1)?.max(1) - 1).unwrap_or(0);
        let len = usize::try_from(ctx.get::<i64>(2)?.max(0)).unwrap_or(0);
        with_text(ctx.get_raw(0), |t| {
            t.map(|t| t.chars().skip(start).take(len).collect::<String>())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_round_trip_through_sql_plain_or_deflated() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        let long = "The ministry said the talks would resume on Monday. ".repeat(40);
        let packed = deflate(&long).expect("a long text deflates");
        assert!(packed.len() * 3 < long.len());
        assert_eq!(deflate("short"), None);
        let back: String = conn
            .query_row("SELECT ct_text(?1)", [&packed], |r| r.get(0))
            .unwrap();
        assert_eq!(back, long);
        let plain: String = conn
            .query_row("SELECT ct_text(?1)", ["plain text"], |r| r.get(0))
            .unwrap();
        assert_eq!(plain, "plain text");
        let damaged = conn.query_row("SELECT ct_text(x'00ff')", [], |r| r.get::<_, String>(0));
        assert!(damaged.is_err(), "a damaged text is an error, not garbage");
        let part: String = conn
            .query_row("SELECT ct_substr(?1, 5, 8)", [&packed], |r| r.get(0))
            .unwrap();
        assert_eq!(part, "ministry");
    }

    #[test]
    fn contents_are_found_in_their_sentence_in_characters() {
        let text = "Née à Lyon. « Le café est fermé », a dit Zoë. Autre phrase.";
        let sentence_end = text.chars().position(|c| c == 'A').unwrap() - 1;
        let spans = content_spans(
            text,
            [
                ("Le café est fermé", 12, sentence_end),
                ("not there", 12, sentence_end),
            ],
        );
        let (start, len) = spans[0].unwrap();
        let got: String = text.chars().skip(start).take(len).collect();
        assert_eq!(got, "Le café est fermé");
        assert_eq!(spans[1], None);
    }
}
