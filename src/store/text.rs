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
use std::io::Read;

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// Texts shorter than this (in bytes) are stored as they are.
const MIN_DEFLATE: usize = 512;

thread_local! {
    /// Each preparing thread's compressor, reset for every text: setting one up cleared
    /// hundreds of kilobytes of tables, 12% of the instructions of preparing an article.
    static DEFLATER: RefCell<flate2::Compress> =
        // zlib-rs at level 2: on generated news, 3.4 times as fast as miniz_oxide's fastest
        // level and smaller (48% of the text against 53%); its level 1 keeps 68%
        RefCell::new(flate2::Compress::new(flate2::Compression::new(2), false));
}

/// Returns the deflated bytes of a text, or `None` when storing it plain is as small.
pub fn deflate(text: &str) -> Option<Vec<u8>> {
    if text.len() < MIN_DEFLATE {
        return None;
    }
    DEFLATER.with_borrow_mut(|c| {
        c.reset();
        let input = text.as_bytes();
        let mut out = Vec::with_capacity(text.len() / 2);
        loop {
            // compress_vec writes into the spare capacity only
            if out.len() == out.capacity() {
                if out.len() >= text.len() {
                    return None;
                }
                out.reserve(text.len() / 4 + 64);
            }
            let read = usize::try_from(c.total_in()).ok()?;
            match c.compress_vec(&input[read..], &mut out, flate2::FlushCompress::Finish) {
                Ok(flate2::Status::StreamEnd) => break,
                Ok(_) => {}
                Err(_) => return None,
            }
        }
        (out.len() < text.len()).then_some(out)
    })
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
    let mut at = CharCursor::new(text);
    contents
        .into_iter()
        .map(|(content, start, end)| {
            let (bs, be) = (at.byte(start)?, at.byte(end)?);
            let sentence = text.get(bs..be)?;
            let at = find_short(sentence.as_bytes(), content.as_bytes())?;
            Some((
                start + sentence[..at].chars().count(),
                content.chars().count(),
            ))
        })
        .collect()
}

/// The first place of `needle` (not empty) in `hay`. A sentence is short, and its content
/// usually starts at or near its start: candidates found by their first byte are compared
/// directly. (`str::find`, then `memmem::find`, built a searcher for every content: 2.8% of
/// preparing an article.) Long haystacks still get a searcher, against quadratic time.
fn find_short(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    if hay.len() > 4096 {
        return memchr::memmem::find(hay, needle);
    }
    let last = hay.len().checked_sub(needle.len())?;
    let mut from = 0;
    while from <= last {
        let at = from + memchr::memchr(first, &hay[from..=last])?;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Byte offsets of character offsets in a text, found by walking on from the last one asked
/// for (contents come in text order); the offsets themselves in an ASCII text. A table of
/// every character's offset, built for each article, was 6% of preparing it.
struct CharCursor<'a> {
    text: &'a str,
    ascii: bool,
    /// The last character offset found, and its byte offset.
    chars: usize,
    bytes: usize,
}

impl<'a> CharCursor<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            ascii: text.is_ascii(),
            chars: 0,
            bytes: 0,
        }
    }

    /// The byte offset of character `c` (of the end, for the number of characters); `None`
    /// past the end.
    fn byte(&mut self, c: usize) -> Option<usize> {
        if self.ascii {
            return (c <= self.text.len()).then_some(c);
        }
        if c < self.chars {
            (self.chars, self.bytes) = (0, 0);
        }
        let rest = &self.text[self.bytes..];
        let skip = c - self.chars;
        let b = match rest.char_indices().nth(skip) {
            Some((b, _)) => b,
            None if rest.chars().count() == skip => rest.len(),
            None => return None,
        };
        (self.chars, self.bytes) = (c, self.bytes + b);
        Some(self.bytes)
    }
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
    fn one_compressor_deflates_text_after_text() {
        let words = "the ministry said on Tuesday that the talks would go on. ".repeat(40);
        // hardly compressible: its output grows past the first capacity, half the text
        let mut x: u32 = 7;
        let noise: String = (0..3000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from(b'!' + u8::try_from((x >> 16) % 90).unwrap())
            })
            .collect();
        for text in [&words, &noise, &words, &"short".to_string()] {
            match deflate(text) {
                Some(d) => {
                    assert!(d.len() < text.len());
                    assert_eq!(inflate(&d).unwrap(), *text);
                }
                None => assert!(text.len() < MIN_DEFLATE, "{} bytes", text.len()),
            }
        }
        assert!(deflate(&noise).unwrap().len() > noise.len() / 2);
        assert!(deflate(&words).unwrap().len() < words.len() / 10);
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

    #[test]
    fn character_offsets_map_to_bytes_in_any_order() {
        for text in [
            "Née à Lyon. « Oui », a dit Zoë.",
            "Plain ASCII text, said he.",
        ] {
            let mut at = CharCursor::new(text);
            let n = text.chars().count();
            // forwards, backwards, repeated, the end, past the end
            for c in [0, 3, 3, 10, 2, n, 1, n - 1, 0] {
                let want = text
                    .char_indices()
                    .map(|(b, _)| b)
                    .nth(c)
                    .unwrap_or(text.len());
                assert_eq!(at.byte(c), Some(want), "{text}: {c}");
            }
            assert_eq!(at.byte(n + 1), None);
            assert_eq!(at.byte(5), text.char_indices().nth(5).map(|(b, _)| b));
        }
    }

    #[test]
    fn find_short_finds_what_memmem_finds() {
        let hay = b"aab abab ab aba- long enough";
        for needle in [
            &b"ab"[..],
            b"aba-",
            b"b",
            b"h",
            b"enough",
            b"enough!",
            b"aab abab",
            b"x",
        ] {
            assert_eq!(
                find_short(hay, needle),
                memchr::memmem::find(hay, needle),
                "{needle:?}"
            );
        }
        assert_eq!(find_short(hay, b""), None);
        assert_eq!(find_short(b"", b"a"), None);
        let long = [b"ab".repeat(3000), b"abc".to_vec()].concat();
        assert_eq!(find_short(&long, b"abc"), Some(6000));
    }
}
