//! `add https://...`: fetching a page. This is the only network access claimtrail makes, and
//! only for the URLs a user gives.

use std::time::Duration;

use ureq::ResponseExt;

use super::{html, IngestError, RawArticle};

/// How long one fetch may take, connection to last byte.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Redirects followed before giving up.
const MAX_REDIRECTS: u32 = 10;

/// Returns true for an argument that names a page to fetch.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches a page and reads its article. Redirects are followed; the address the page was
/// finally served from is its url unless the page names a canonical one. Errors name the url
/// and say what failed: the connection, the HTTP status, the content type, or the size.
pub fn fetch(url: &str, max_bytes: usize) -> Result<RawArticle, IngestError> {
    let fail = |what: String| IngestError::Fetch(url.to_string(), what);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(concat!("claimtrail/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent
        .get(url)
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .call()
        .map_err(|e| match e {
            ureq::Error::StatusCode(code) => fail(format!("HTTP status {code}")),
            other => fail(other.to_string()),
        })?;
    let fetched_at = crate::store::now_utc();
    let final_url = resp.get_uri().to_string();
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let media = media_type(&content_type);
    if !is_html(&media) {
        return Err(fail(format!(
            "not an HTML page (content type {})",
            if media.is_empty() { "missing" } else { &media }
        )));
    }
    let limit = u64::try_from(max_bytes).unwrap_or(u64::MAX);
    let bytes = resp
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => fail(format!(
                "page is over the limit of {max_bytes} bytes (--max-article-bytes)"
            )),
            other => fail(other.to_string()),
        })?;
    let mut raw = html::from_bytes(bytes, url, Some(&final_url), charset(&content_type))?;
    raw.fetched_at = Some(fetched_at);
    Ok(raw)
}

/// The media type of a content type, lower-cased, without parameters.
pub(crate) fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Returns true for the media types of web pages.
pub(crate) fn is_html(media: &str) -> bool {
    media == "text/html" || media == "application/xhtml+xml"
}

/// The `charset` parameter of a content type.
pub(crate) fn charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"'))
    })
}
