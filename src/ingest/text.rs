//! The plain-text reader: the whole file (or stdin) is one article's text.
//!
//! A file may start with a front-matter block, as static-site tools write it, giving the
//! article's metadata; the block is not part of the text:
//!
//! ```text
//! ---
//! url: https://example.org/news/story
//! outlet: Example News
//! title: The headline
//! published: 2025-09-12
//! ---
//! ```

use super::{decode_text, file_ident, read_input, IngestError, Input, RawArticle};

/// Reads one text article from a file or stdin.
pub fn read(input: &Input, max_bytes: usize) -> Result<RawArticle, IngestError> {
    let bytes = read_input(input, max_bytes)?;
    from_bytes(bytes, &input.name(), file_ident(input))
}

/// Turns the bytes of a text file into a raw article (front matter read, text decoded).
pub fn from_bytes(
    bytes: Vec<u8>,
    name: &str,
    fallback_ident: Option<String>,
) -> Result<RawArticle, IngestError> {
    let text = decode_text(bytes, name)?;
    let (meta, text) = split_front_matter(&text);
    let field = |k: &str| {
        meta.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    Ok(RawArticle {
        source: name.to_string(),
        url: field("url"),
        outlet: field("outlet"),
        title: field("title"),
        published: field("published").or_else(|| field("date")),
        text: text.to_string(),
        fallback_ident,
        author: field("author"),
        ..RawArticle::default()
    })
}

/// Splits a leading `---` front-matter block of `key: value` lines from the text.
fn split_front_matter(text: &str) -> (Vec<(String, String)>, &str) {
    let body = text.trim_start_matches('\u{feff}');
    let Some(rest) = body
        .strip_prefix("---\n")
        .or_else(|| body.strip_prefix("---\r\n"))
    else {
        return (Vec::new(), text);
    };
    let mut meta = Vec::new();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let l = line.trim_end();
        if l == "---" {
            return (meta, &rest[offset..]);
        }
        match l.split_once(':') {
            Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                let v = v.trim().trim_matches('"').to_string();
                meta.push((k.trim().to_lowercase(), v));
            }
            _ => return (Vec::new(), text),
        }
    }
    (Vec::new(), text)
}

#[cfg(test)]
mod tests {
    use super::split_front_matter;

    #[test]
    fn reads_front_matter() {
        let (m, t) =
            split_front_matter("---\nurl: https://x.example/a\ntitle: \"A: b\"\n---\nBody\n");
        assert_eq!(
            m,
            vec![
                ("url".into(), "https://x.example/a".into()),
                ("title".into(), "A: b".into())
            ]
        );
        assert_eq!(t, "Body\n");
    }

    #[test]
    fn leaves_text_without_front_matter() {
        let (m, t) = split_front_matter("---\nnot a header line\n---\nBody");
        assert!(m.is_empty());
        assert!(t.starts_with("---"));
        assert_eq!(split_front_matter("Plain").1, "Plain");
    }
}
