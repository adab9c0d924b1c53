//! Text normalisation, content hashing, URL canonicalisation and date parsing.
//!
//! `normalize_text` is the one function whose output is hashed: it must never touch words or
//! quote marks, because the hash proves which exact text was collected. Matching-oriented folding
//! (case, curly quotes) belongs to extraction and linking.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Returns the text in the stored form: Unicode NFC, CRLF and CR turned into LF, trailing white
/// space trimmed on every line, and leading and trailing blank lines dropped.
pub fn normalize_text(raw: &str) -> String {
    use std::borrow::Cow;
    let unified: Cow<'_, str> = if raw.contains('\r') {
        Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(raw)
    };
    // Most text is in NFC already (all ASCII text is): the quick check spares composing it.
    let nfc: Cow<'_, str> = match unicode_normalization::is_nfc_quick(unified.chars()) {
        unicode_normalization::IsNormalized::Yes => unified,
        _ => Cow::Owned(unified.nfc().collect()),
    };
    // lines trimmed at their end, without the empty lines before the first and after the last
    let mut out = String::with_capacity(nfc.len());
    let mut empty_lines = 0;
    for line in nfc.split('\n').map(str::trim_end) {
        if line.is_empty() {
            empty_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.extend(std::iter::repeat_n('\n', empty_lines + 1));
        }
        empty_lines = 0;
        out.push_str(line);
    }
    out
}

/// Returns the lower-case hex sha256 of the UTF-8 bytes of `text`.
pub fn sha256_hex(text: &str) -> String {
    sha256_bytes_hex(text.as_bytes())
}

/// Returns the lower-case hex sha256 of bytes.
pub fn sha256_bytes_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    out
}

/// Query parameters dropped from URLs because they only track the reader.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga",
];

/// Returns the canonical form of an article URL, or `None` when `raw` is not an absolute URL.
///
/// Scheme and host are lower-cased, the default port and the fragment dropped, tracking
/// parameters (`utm_*` and `TRACKING_PARAMS`) removed with every other parameter kept in its
/// order, and a trailing `/` removed except on the root path.
pub fn canonical_url(raw: &str) -> Option<String> {
    let mut url = url::Url::parse(raw.trim()).ok()?;
    if url.cannot_be_a_base() || url.host_str().is_none() {
        return None;
    }
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !k.starts_with("utm_") && !TRACKING_PARAMS.contains(&k.as_str())
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    // The url crate already lower-cases the scheme and host and drops default ports.
    let mut s = url.to_string();
    if url.path() != "/" && url.path().ends_with('/') {
        let path = url.path().trim_end_matches('/').to_string();
        url.set_path(&path);
        s = url.to_string();
    } else if url.path() == "/" && url.query().is_none() {
        // keep "https://host/" as the url crate writes it
    }
    Some(s)
}

/// Returns `raw` as an ISO 8601 date or date-time string, or `None` if it is neither.
///
/// Accepts `YYYY-MM-DD`, RFC 3339 date-times, date-times without a zone (`T` or a space between
/// date and time, as news-please writes them) and RFC 2822 dates (as HTTP and feeds write them).
/// Returns a stored published date (as [`parse_published`] writes it) as seconds since the
/// epoch, for ordering: a date without a time is its midnight, a time without a zone is UTC.
pub fn published_instant(stored: &str) -> Option<i64> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let midnight = |d: NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
            .timestamp()
    };
    if stored.len() == 10 {
        // a plain date, the usual case: chrono's ISO parser is much faster than a format
        return stored.parse::<NaiveDate>().ok().map(midnight);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(stored) {
        return Some(dt.timestamp());
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(stored, "%Y-%m-%dT%H:%M:%S") {
        return Some(dt.and_utc().timestamp());
    }
    NaiveDate::parse_from_str(stored, "%Y-%m-%d")
        .ok()
        .map(midnight)
}

pub fn parse_published(raw: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.to_rfc3339());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.to_rfc3339());
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.to_rfc3339());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_line_endings_and_blank_edges() {
        assert_eq!(
            normalize_text("\n\n Title  \r\nBody\rMore \t\n\n"),
            " Title\nBody\nMore"
        );
        assert_eq!(normalize_text("  \n \n"), "");
        // quotes and words untouched
        assert_eq!(normalize_text("“Hi,” he said"), "“Hi,” he said");
    }

    #[test]
    fn normalizing_is_the_same_as_the_straightforward_way() {
        // what the hashes of stored texts were made with: unify line endings, compose, trim
        // each line's end, drop the empty lines at both edges
        fn reference(raw: &str) -> String {
            let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
            let nfc: String = unified.nfc().collect();
            let lines: Vec<&str> = nfc.split('\n').map(str::trim_end).collect();
            let first = lines.iter().position(|l| !l.is_empty());
            let last = lines.iter().rposition(|l| !l.is_empty());
            match (first, last) {
                (Some(a), Some(b)) => lines[a..=b].join("\n"),
                _ => String::new(),
            }
        }
        let parts = [
            "a", " ", "\n", "\r", "\r\n", "\t", "e\u{301}", "\u{e9}", "\u{a0}", "“",
        ];
        // every string of up to five parts
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| parts.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
            texts.sort();
            texts.dedup();
        }
        assert!(texts.len() > 50_000);
        for t in &texts {
            assert_eq!(normalize_text(t), reference(t), "{t:?}");
        }
    }

    #[test]
    fn normalizes_to_nfc() {
        assert_eq!(normalize_text("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn known_hash_is_stable() {
        // Golden value: a changed hash would orphan stored data.
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn canonicalizes_urls() {
        let cases = [
            (
                "HTTPS://Example.COM:443/News/Story/?utm_source=x&id=3&fbclid=y#top",
                "https://example.com/News/Story?id=3",
            ),
            ("http://example.com:80/", "http://example.com/"),
            ("http://example.com:8080/a/", "http://example.com:8080/a"),
            (
                "https://example.com/a?b=2&a=1&_ga=5&gclid=1",
                "https://example.com/a?b=2&a=1",
            ),
            ("https://example.com", "https://example.com/"),
        ];
        for (raw, want) in cases {
            assert_eq!(canonical_url(raw).as_deref(), Some(want), "{raw}");
        }
        assert_eq!(canonical_url("not a url"), None);
        assert_eq!(canonical_url("mailto:x@y.z"), None);
    }

    #[test]
    fn stored_dates_become_instants() {
        assert_eq!(published_instant("1970-01-02"), Some(86_400));
        assert_eq!(published_instant("1970-01-02T00:00:10"), Some(86_410));
        assert_eq!(published_instant("1970-01-02T01:00:00+01:00"), Some(86_400));
        assert_eq!(published_instant("1970-13-02"), None);
        assert_eq!(published_instant("yesterday"), None);
    }

    #[test]
    fn parses_dates() {
        assert_eq!(parse_published("2024-09-05").as_deref(), Some("2024-09-05"));
        assert_eq!(
            parse_published("2024-09-05 10:11:12").as_deref(),
            Some("2024-09-05T10:11:12")
        );
        assert_eq!(
            parse_published("2024-09-05T10:11:12Z").as_deref(),
            Some("2024-09-05T10:11:12+00:00")
        );
        assert_eq!(parse_published("yesterday"), None);
    }
}
