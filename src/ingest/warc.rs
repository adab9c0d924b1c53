//! WARC archives (`.warc`, `.warc.gz`): each HTML `response` record becomes an article.
//!
//! Records are read one at a time from the (possibly gzip-compressed, member per record)
//! stream, so an archive of any size is read in bounded memory. A record's url is its
//! `WARC-Target-URI` and its capture time (`WARC-Date`) is when it was fetched, and its
//! published date when the page gives none. Records that are not HTML responses (requests,
//! metadata, images, redirects) are skipped and counted. A damaged record is reported with
//! its number; a damaged archive (no `WARC/` header where a record must start) ends the file.

use std::io::{BufRead, BufReader, Read};

use flate2::read::{GzDecoder, MultiGzDecoder, ZlibDecoder};

use super::{html, IngestError, Input, RawArticle};

/// Longest header line accepted (WARC or HTTP).
const MAX_LINE: u64 = 64 * 1024;

/// Most header lines in one record (WARC or HTTP).
const MAX_HEADERS: usize = 512;

/// Opens a WARC file (or stdin) and returns its articles, one per HTML response record.
pub fn read(input: &Input, max_bytes: usize) -> super::ArticleStream {
    match super::open_reader(input) {
        Ok(r) => from_reader(r, input.name(), max_bytes),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// Reads the articles of a WARC stream (gzip-compressed or not); `name` names it in errors.
pub fn from_reader(
    raw: Box<dyn Read + Send>,
    name: String,
    max_bytes: usize,
) -> super::ArticleStream {
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let gzip = matches!(buffered.fill_buf(), Ok(b) if b.starts_with(&[0x1f, 0x8b]));
    let reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    };
    Box::new(Records {
        reader,
        name,
        index: 0,
        max_bytes,
        done: false,
    })
}

struct Records {
    reader: Box<dyn BufRead + Send>,
    name: String,
    index: usize,
    max_bytes: usize,
    done: bool,
}

/// One record's WARC header fields that matter here.
#[derive(Default)]
struct Header {
    warc_type: String,
    content_type: String,
    target: Option<String>,
    date: Option<String>,
    length: Option<u64>,
}

impl Iterator for Records {
    type Item = Result<RawArticle, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(None) => {
                self.done = true;
                None
            }
            Ok(Some(item)) => Some(item),
            Err(e) => {
                // the stream cannot be resynchronised: report and end this file
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

impl Records {
    fn at(&self) -> String {
        format!("{}: record {}", self.name, self.index)
    }

    fn io_err(&self, e: std::io::Error) -> IngestError {
        IngestError::Io {
            path: self.at(),
            source: e,
        }
    }

    /// Reads one line (without its end), at most [`MAX_LINE`] bytes; `None` at the end.
    fn line(&mut self) -> Result<Option<String>, IngestError> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_LINE)
            .read_until(b'\n', &mut buf)
            .map_err(|e| self.io_err(e))?;
        if n == 0 {
            return Ok(None);
        }
        if !buf.ends_with(b"\n") && n as u64 == MAX_LINE {
            return Err(IngestError::BadValue(
                self.at(),
                format!("header line longer than {MAX_LINE} bytes"),
            ));
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    /// Reads the next record: `Ok(None)` at the end of the archive; `Err` when the archive is
    /// damaged beyond this record; `Ok(Some(Err))` for a record that is bad on its own.
    fn next_record(&mut self) -> Result<Option<Result<RawArticle, IngestError>>, IngestError> {
        // skip the blank lines that end the previous record
        let version = loop {
            match self.line()? {
                None => return Ok(None),
                Some(l) if l.trim().is_empty() => continue,
                Some(l) => break l,
            }
        };
        self.index += 1;
        if !version.starts_with("WARC/") {
            return Err(IngestError::BadValue(
                self.at(),
                "not a WARC record (expected a WARC/1.x line)".to_string(),
            ));
        }
        let mut h = Header::default();
        let mut count = 0;
        loop {
            let Some(l) = self.line()? else {
                return Err(IngestError::BadValue(
                    self.at(),
                    "archive ends inside a record header".to_string(),
                ));
            };
            if l.is_empty() {
                break;
            }
            count += 1;
            if count > MAX_HEADERS {
                return Err(IngestError::BadValue(
                    self.at(),
                    "too many header lines".to_string(),
                ));
            }
            let Some((k, v)) = l.split_once(':') else {
                continue;
            };
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.warc_type = v.to_ascii_lowercase(),
                "content-type" => h.content_type = v.to_ascii_lowercase(),
                "warc-target-uri" => h.target = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(v),
                "content-length" => h.length = v.parse().ok(),
                _ => {}
            }
        }
        let Some(len) = h.length else {
            return Err(IngestError::BadValue(
                self.at(),
                "record has no valid Content-Length".to_string(),
            ));
        };
        let is_response =
            h.warc_type == "response" && h.content_type.starts_with("application/http");
        let limit = u64::try_from(self.max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(MAX_LINE);
        if !is_response || len > limit {
            self.skip(len)?;
            let what = if h.warc_type.is_empty() {
                "untyped"
            } else {
                &h.warc_type
            };
            return Ok(Some(Err(if is_response {
                IngestError::TooLarge(
                    self.at(),
                    usize::try_from(len).unwrap_or(usize::MAX),
                    self.max_bytes,
                )
            } else {
                IngestError::Skipped(self.at(), format!("{what} record"))
            })));
        }
        let mut body = Vec::with_capacity(usize::try_from(len).unwrap_or(0).min(1 << 20));
        let got = (&mut self.reader)
            .take(len)
            .read_to_end(&mut body)
            .map_err(|e| self.io_err(e))?;
        if (got as u64) < len {
            return Err(IngestError::BadValue(
                self.at(),
                format!("archive ends inside a record ({got} of {len} bytes)"),
            ));
        }
        Ok(Some(self.response(&h, &body)))
    }

    fn skip(&mut self, len: u64) -> Result<(), IngestError> {
        let skipped = std::io::copy(&mut (&mut self.reader).take(len), &mut std::io::sink())
            .map_err(|e| self.io_err(e))?;
        if skipped < len {
            return Err(IngestError::BadValue(
                self.at(),
                format!("archive ends inside a record ({skipped} of {len} bytes)"),
            ));
        }
        Ok(())
    }

    /// Turns an HTTP response record's block into an article, or says why not.
    fn response(&self, h: &Header, block: &[u8]) -> Result<RawArticle, IngestError> {
        let at = match &h.target {
            Some(t) => format!("{} ({t})", self.at()),
            None => self.at(),
        };
        let Some(head_end) = find(block, b"\r\n\r\n")
            .map(|i| i + 4)
            .or_else(|| find(block, b"\n\n").map(|i| i + 2))
        else {
            return Err(IngestError::BadValue(
                at,
                "HTTP response without a header end".into(),
            ));
        };
        let head = String::from_utf8_lossy(&block[..head_end]);
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        let (mut content_type, mut chunked, mut encoding) = (String::new(), false, String::new());
        for l in lines {
            if let Some((k, v)) = l.split_once(':') {
                let v = v.trim();
                match k.trim().to_ascii_lowercase().as_str() {
                    "content-type" => content_type = v.to_string(),
                    "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                    "content-encoding" => encoding = v.to_ascii_lowercase(),
                    _ => {}
                }
            }
        }
        let media = super::fetch::media_type(&content_type);
        if !(200..300).contains(&status) {
            return Err(IngestError::Skipped(at, format!("HTTP status {status}")));
        }
        if !super::fetch::is_html(&media) {
            let media = if media.is_empty() {
                "no content type".to_string()
            } else {
                media
            };
            return Err(IngestError::Skipped(at, format!("not HTML ({media})")));
        }
        let mut payload = block[head_end..].to_vec();
        if chunked {
            payload = dechunk(&payload).ok_or_else(|| {
                IngestError::BadValue(at.clone(), "broken chunked transfer encoding".into())
            })?;
        }
        let payload = match encoding.as_str() {
            "" | "identity" => payload,
            "gzip" | "x-gzip" => self.inflate(GzDecoder::new(&payload[..]), &at)?,
            "deflate" => self.inflate(ZlibDecoder::new(&payload[..]), &at)?,
            other => {
                return Err(IngestError::Skipped(
                    at,
                    format!("unsupported content encoding {other}"),
                ))
            }
        };
        let base = h.target.as_deref();
        let mut raw = html::from_bytes(payload, &at, base, super::fetch::charset(&content_type))?;
        if let Some(t) = &h.target {
            raw.url = Some(t.clone());
        }
        raw.fetched_at = h.date.clone();
        if raw.published.is_none() {
            raw.published = h.date.clone();
        }
        Ok(raw)
    }

    /// Decompresses at most `max_bytes` (a larger page is refused, whatever its compressed size).
    fn inflate(&self, r: impl Read, at: &str) -> Result<Vec<u8>, IngestError> {
        let mut out = Vec::new();
        let cap = u64::try_from(self.max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        r.take(cap).read_to_end(&mut out).map_err(|e| {
            IngestError::BadValue(at.to_string(), format!("cannot decompress: {e}"))
        })?;
        if out.len() > self.max_bytes {
            return Err(IngestError::TooLarge(
                at.to_string(),
                out.len(),
                self.max_bytes,
            ));
        }
        Ok(out)
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes an HTTP/1.1 chunked body; `None` when it is malformed.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = find(b, b"\r\n")?;
        let size_str = std::str::from_utf8(&b[..eol]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        b = &b[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size {
            return None;
        }
        out.extend_from_slice(&b[..size]);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").unwrap_or(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// Builds one WARC record.
    pub(crate) fn record(warc_type: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-09-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            uri.len(),
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        r.extend_from_slice(body);
        r
    }

    fn page(n: usize) -> Vec<u8> {
        format!("<html><head><title>Story {n}</title></head><body><article><p>The minister said on Monday, according to officials, that story {n} was true.</p></article></body></html>").into_bytes()
    }

    fn read_all(bytes: &[u8]) -> Vec<Result<RawArticle, IngestError>> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.warc.gz");
        std::fs::write(&p, bytes).unwrap();
        read(
            &Input {
                path: Some(p),
                url: None,
                format: crate::ingest::InputFormat::Warc,
            },
            1 << 20,
        )
        .collect()
    }

    #[test]
    fn html_responses_become_articles_and_the_rest_is_skipped() {
        let mut plain = Vec::new();
        plain.extend(record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ));
        plain.extend(record(
            "request",
            "https://a.example/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ));
        plain.extend(record(
            "response",
            "https://a.example/1",
            "application/http; msgtype=response",
            &http("text/html; charset=utf-8", &page(1)),
        ));
        plain.extend(record(
            "response",
            "https://a.example/logo.png",
            "application/http; msgtype=response",
            &http("image/png", b"\x89PNG\r\n"),
        ));
        // chunked and gzip-encoded
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&page(2)).unwrap();
        let gz = gz.finish().unwrap();
        let mut chunked = format!("{:x}\r\n", gz.len()).into_bytes();
        chunked.extend_from_slice(&gz);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let mut resp = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        resp.extend_from_slice(&chunked);
        plain.extend(record(
            "response",
            "https://a.example/2",
            "application/http;msgtype=response",
            &resp,
        ));
        // the whole archive gzip-compressed, one member per record as tools write it
        let items = read_all(&{
            let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            g.write_all(&plain).unwrap();
            g.finish().unwrap()
        });
        let articles: Vec<&RawArticle> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].url.as_deref(), Some("https://a.example/1"));
        assert!(articles[1].text.contains("story 2 was true"));
        assert_eq!(
            articles[0].published.as_deref(),
            Some("2025-09-13T10:00:00Z")
        );
        let skipped = items
            .iter()
            .filter(|i| matches!(i, Err(IngestError::Skipped(..))))
            .count();
        assert_eq!(skipped, 3);
        // plain (uncompressed) archives read the same
        assert_eq!(read_all(&plain).iter().filter(|i| i.is_ok()).count(), 2);
    }

    #[test]
    fn damage_is_reported_and_never_panics() {
        let good = record(
            "response",
            "https://a.example/1",
            "application/http; msgtype=response",
            &http("text/html", &page(1)),
        );
        // truncated in the middle of the last record
        let mut truncated = good.clone();
        truncated.extend_from_slice(&good[..good.len() / 2]);
        let items = read_all(&truncated);
        assert!(items[0].is_ok());
        assert!(items[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("record 2"));
        // not a WARC file at all
        let items = read_all(b"<html>not a warc</html>");
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("not a WARC record"));
        // random bytes
        let mut seed = 7u64;
        for _ in 0..200 {
            let mut bytes = good.clone();
            for _ in 0..8 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let i = (seed >> 33) as usize % bytes.len();
                bytes[i] = (seed >> 17) as u8;
            }
            let _ = read_all(&bytes);
        }
    }
}
