//! Saved web pages: the article's main text and its metadata, from an HTML document.
//!
//! The page is parsed with html5ever (through `scraper`), never with patterns. The main text is
//! found the way readability tools find it: paragraphs score their parent (and half their
//! grandparent) by length and commas, the best-scoring element and its good siblings are the
//! article, and inside it, navigation, asides, forms, share bars, related links, comments,
//! cookie banners and scripts are left behind by tag, role and class. Paragraph breaks are
//! kept. Every walk over the tree is iterative, so deeply nested pages cannot overflow the
//! stack.
//!
//! Metadata, first found wins: url from `<link rel=canonical>`, `og:url`, JSON-LD `url` (else
//! the address it was fetched from); outlet from `og:site_name`, JSON-LD `publisher.name`;
//! title from `og:title`, JSON-LD `headline`, the first `<h1>`, `<title>`; published date from
//! `article:published_time`, JSON-LD `datePublished`, the first `<time datetime>`; also
//! `dateModified` and `author`.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use serde_json::Value;

use super::normalize::parse_published;
use super::{decode_text, file_ident, read_input, IngestError, Input, RawArticle, RawBytes};

/// What a page yields: its article text and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The headline, then the article's paragraphs, separated by blank lines.
    pub text: String,
    /// The canonical url, when the page gives one (absolute, or resolved against the base).
    pub url: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The published date (only when it parses as ISO 8601 or RFC 2822).
    pub published: Option<String>,
    /// The last-modified date.
    pub modified: Option<String>,
    /// The author(s).
    pub author: Option<String>,
}

/// Reads one HTML file (or stdin) into a raw article, keeping the bytes as collected.
pub fn read(input: &Input, max_bytes: usize) -> Result<RawArticle, IngestError> {
    let bytes = read_input(input, max_bytes)?;
    let mut raw = from_bytes(bytes, &input.name(), None, None)?;
    raw.fallback_ident = file_ident(input);
    Ok(raw)
}

/// Turns the bytes of a page into a raw article. `base` is the address the page came from
/// (a fetch's final url, a WARC record's target), used when the page names no url of its own
/// and to resolve a relative canonical link; `charset` is the one a transport declared.
pub fn from_bytes(
    bytes: Vec<u8>,
    source: &str,
    base: Option<&str>,
    charset: Option<&str>,
) -> Result<RawArticle, IngestError> {
    let html = decode(&bytes, charset, source)?;
    let depth = nesting_depth(&html);
    if depth > MAX_DEPTH {
        return Err(IngestError::BadValue(
            source.to_string(),
            format!("HTML nested {depth} elements deep (more than {MAX_DEPTH}), not a news page"),
        ));
    }
    let page = parse_page(&html, base);
    if page.text.trim().is_empty() {
        return Err(IngestError::Empty(format!(
            "{source} (no article text in the page)"
        )));
    }
    Ok(RawArticle {
        source: source.to_string(),
        url: page.url.or_else(|| base.map(str::to_string)),
        outlet: page.outlet,
        title: page.title,
        published: page.published,
        text: page.text,
        author: page.author,
        modified: page.modified,
        raw: Some(RawBytes::new("text/html", bytes)),
        ..RawArticle::default()
    })
}

/// Deepest element nesting accepted. Building the tree costs time quadratic in the nesting
/// depth (html5ever checks the stack of open elements at each tag), so a hostile page of
/// 100,000 nested `<div>`s would take minutes; real pages stay in the tens.
const MAX_DEPTH: usize = 1000;

/// Returns how deep a page's elements nest, from its tokens alone (linear time): start tags
/// open, end tags close, and void and self-closing elements and those the parser closes by
/// itself (`<p>`, `<li>`, table cells) are not counted.
fn nesting_depth(html: &str) -> usize {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::states::RawKind;
    use html5ever::tokenizer::{
        BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
    };
    use std::cell::Cell;

    struct Depth {
        now: Cell<usize>,
        max: Cell<usize>,
    }
    impl TokenSink for Depth {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let Token::TagToken(tag) = token else {
                return TokenSinkResult::Continue;
            };
            let name: &str = &tag.name;
            let uncounted = tag.self_closing
                || matches!(
                    name,
                    "area"
                        | "base"
                        | "br"
                        | "col"
                        | "embed"
                        | "hr"
                        | "img"
                        | "input"
                        | "link"
                        | "meta"
                        | "source"
                        | "track"
                        | "wbr"
                        | "p"
                        | "li"
                        | "dt"
                        | "dd"
                        | "option"
                        | "optgroup"
                        | "tr"
                        | "td"
                        | "th"
                        | "tbody"
                        | "thead"
                        | "tfoot"
                        | "colgroup"
                        | "rb"
                        | "rt"
                        | "rp"
                        | "caption"
                        | "html"
                        | "head"
                        | "body"
                );
            match tag.kind {
                TagKind::StartTag => {
                    if !uncounted {
                        self.now.set(self.now.get() + 1);
                        self.max.set(self.max.get().max(self.now.get()));
                    }
                    // what the tree builder would tell the tokenizer: these hold raw text
                    match name {
                        "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                            return TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        "textarea" | "title" => return TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => return TokenSinkResult::Plaintext,
                        _ => {}
                    }
                }
                TagKind::EndTag => {
                    if !uncounted {
                        self.now.set(self.now.get().saturating_sub(1));
                    }
                }
            }
            TokenSinkResult::Continue
        }
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tok = Tokenizer::new(
        Depth {
            now: Cell::new(0),
            max: Cell::new(0),
        },
        Default::default(),
    );
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.max.get()
}

/// Decodes a page: UTF-8 when it is, else the charset the transport or a `<meta>` declares
/// (windows-1252 when none does, as browsers assume).
fn decode(bytes: &[u8], charset: Option<&str>, source: &str) -> Result<String, IngestError> {
    let head = &bytes[..bytes.len().min(2048)];
    if head.contains(&0) && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        return Err(IngestError::Binary(source.to_string()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return decode_text(s.as_bytes().to_vec(), source);
    }
    let label = charset
        .map(str::to_string)
        .or_else(|| meta_charset(head))
        .unwrap_or_else(|| "windows-1252".to_string());
    let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes())
        .unwrap_or(encoding_rs::WINDOWS_1252);
    let (text, _, _) = enc.decode(bytes);
    Ok(text.replace('\0', ""))
}

/// Finds `charset=...` in the first bytes of a page (`<meta charset>` or `http-equiv`).
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = lower.find("charset=")? + "charset=".len();
    let rest = lower[at..].trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| rest[..end].to_string())
}

/// Extracts the article text and metadata of a page.
pub fn parse_page(html: &str, base: Option<&str>) -> Page {
    let doc = Html::parse_document(html);
    let meta = Meta::read(&doc);
    let body = article_blocks(&doc);
    let ld = json_ld(&doc);
    let title = meta
        .get("og:title")
        .or_else(|| ld.headline.clone())
        .or_else(|| first_text_of(&doc, "h1"))
        .or_else(|| first_text_of(&doc, "title"));
    let resolve = |u: String| -> Option<String> {
        match url::Url::parse(&u) {
            Ok(abs) if matches!(abs.scheme(), "http" | "https") => Some(abs.to_string()),
            Ok(_) => None,
            Err(_) => base
                .and_then(|b| url::Url::parse(b).ok())
                .and_then(|b| b.join(&u).ok())
                .map(|j| j.to_string()),
        }
    };
    let url = meta
        .canonical
        .clone()
        .and_then(resolve)
        .or_else(|| meta.get("og:url").and_then(resolve))
        .or_else(|| ld.url.clone().and_then(resolve));
    let valid_date = |d: Option<String>| d.filter(|d| parse_published(d).is_some());
    let published = valid_date(meta.get("article:published_time"))
        .or_else(|| valid_date(ld.published.clone()))
        .or_else(|| valid_date(meta.first_time.clone()));
    let mut text = String::new();
    if let Some(t) = &title {
        if body.first().is_none_or(|b| !same_words(b, t)) {
            text.push_str(t);
        }
    }
    for b in &body {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(b);
    }
    Page {
        text,
        url,
        outlet: meta.get("og:site_name").or(ld.publisher),
        title,
        published,
        modified: meta.get("article:modified_time").or(ld.modified),
        author: ld.author.or_else(|| meta.get("author")),
    }
}

/// Returns true when two strings have the same words, whatever the spacing and case.
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// Page metadata from `<head>`.
#[derive(Default)]
struct Meta {
    canonical: Option<String>,
    /// `<meta property|name=... content=...>`, keys in lower case, first value kept.
    values: HashMap<String, String>,
    /// The first `<time datetime>` of the page.
    first_time: Option<String>,
}

impl Meta {
    fn read(doc: &Html) -> Self {
        let mut m = Self::default();
        for node in doc.tree.root().descendants() {
            let Node::Element(el) = node.value() else {
                continue;
            };
            match el.name() {
                "link" => {
                    let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                    if m.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical") {
                        m.canonical = el.attr("href").map(|h| h.trim().to_string());
                    }
                }
                "meta" => {
                    let key = el.attr("property").or_else(|| el.attr("name"));
                    if let (Some(k), Some(v)) = (key, el.attr("content")) {
                        let v = v.trim();
                        if !v.is_empty() {
                            m.values
                                .entry(k.trim().to_ascii_lowercase())
                                .or_insert_with(|| v.to_string());
                        }
                    }
                }
                "time" if m.first_time.is_none() => {
                    m.first_time = el.attr("datetime").map(|d| d.trim().to_string());
                }
                _ => {}
            }
        }
        m
    }

    fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }
}

/// What JSON-LD says of the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
    url: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// Reads the first article object of the page's JSON-LD scripts (arrays and `@graph` too).
fn json_ld(doc: &Html) -> LinkedData {
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let is_ld = el.name() == "script"
            && el
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let Ok(v) = serde_json::from_str::<Value>(&text_of(node)) else {
            continue;
        };
        // breadth-first over arrays and graphs, never recursing
        let mut queue = vec![v];
        let mut seen = 0;
        while let Some(v) = queue.pop() {
            seen += 1;
            if seen > 1000 {
                break;
            }
            match v {
                Value::Array(items) => queue.extend(items),
                Value::Object(mut map) => {
                    if let Some(g) = map.remove("@graph") {
                        queue.push(g);
                    }
                    let is_article = match map.get("@type") {
                        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                        Some(Value::Array(ts)) => ts
                            .iter()
                            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                        _ => false,
                    };
                    if is_article {
                        let s = |k: &str| map.get(k).and_then(name_of);
                        return LinkedData {
                            headline: s("headline").or_else(|| s("name")),
                            published: s("datePublished"),
                            modified: s("dateModified"),
                            publisher: s("publisher"),
                            author: s("author"),
                            url: s("url").or_else(|| s("mainEntityOfPage")),
                        };
                    }
                }
                _ => {}
            }
        }
    }
    LinkedData::default()
}

/// A JSON-LD value as text: a string, an object's `name` (or `@id`), or a list of those.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(m) => m
            .get("name")
            .or_else(|| m.get("@id"))
            .and_then(|n| n.as_str())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        Value::Array(items) => {
            let names: Vec<String> = items
                .iter()
                .filter_map(|i| match i {
                    Value::Array(_) => None,
                    other => name_of(other),
                })
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Elements whose text is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "iframe", "svg", "figure", "dialog", "menu", "object", "embed",
    "canvas", "video", "audio", "head",
];

/// Class or id words that mark page furniture.
const SKIP_WORDS: &[&str] = &[
    "comment",
    "comments",
    "related",
    "share",
    "sharing",
    "social",
    "cookie",
    "cookies",
    "consent",
    "banner",
    "newsletter",
    "subscribe",
    "subscription",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "sidebar",
    "menu",
    "nav",
    "navbar",
    "footer",
    "header",
    "masthead",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "recommended",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "paywall",
    "modal",
    "popup",
    "disqus",
    "toolbar",
    "byline-share",
    "more-stories",
    "read-more",
    "widget",
    "skip",
    "hidden",
    "sr-only",
];

const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
];

/// Returns true for an element that holds page furniture rather than article text.
fn is_furniture(node: NodeRef<'_, Node>) -> bool {
    let Node::Element(el) = node.value() else {
        return false;
    };
    if SKIP_TAGS.contains(&el.name()) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| SKIP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let words = el
        .attr("class")
        .into_iter()
        .chain(el.attr("id"))
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .map(str::to_ascii_lowercase);
    for w in words {
        if SKIP_WORDS.contains(&w.as_str()) {
            return true;
        }
    }
    false
}

/// Elements whose text is one block of the article.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "pre" | "blockquote" | "dd" | "dt"
    )
}

/// A block's text (whitespace collapsed) and how much of it is link text, leaving furniture out.
fn block_text(node: NodeRef<'_, Node>) -> (String, usize) {
    let mut out = String::new();
    let mut link_chars = 0;
    let mut skip: Option<NodeId> = None;
    let mut in_link: Vec<NodeId> = Vec::new();
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => {
                if skip.is_some() {
                    continue;
                }
                if n.id() != node.id() && is_furniture(n) {
                    skip = Some(n.id());
                    continue;
                }
                match n.value() {
                    Node::Text(t) => {
                        let before = out.chars().count();
                        push_words(&mut out, t);
                        if !in_link.is_empty() {
                            link_chars += out.chars().count() - before;
                        }
                    }
                    Node::Element(el) if el.name() == "br" => out.push(' '),
                    Node::Element(el) if el.name() == "a" => in_link.push(n.id()),
                    _ => {}
                }
            }
            Edge::Close(n) => {
                if skip == Some(n.id()) {
                    skip = None;
                } else if in_link.last() == Some(&n.id()) {
                    in_link.pop();
                }
            }
        }
    }
    (out.trim().to_string(), link_chars)
}

/// Appends text with runs of whitespace as one space.
fn push_words(out: &mut String, t: &str) {
    let starts_space = t.starts_with(char::is_whitespace);
    for (i, w) in t.split_whitespace().enumerate() {
        if (i > 0 || starts_space) && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if t.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// All text under a node, whitespace collapsed.
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            out.push_str(t);
        }
    }
    out
}

/// The collapsed text of the first element named `tag` outside furniture ("title" is looked
/// up anywhere).
fn first_text_of(doc: &Html, tag: &str) -> Option<String> {
    doc.tree
        .root()
        .descendants()
        .find(|n| matches!(n.value(), Node::Element(el) if el.name() == tag))
        .map(|n| {
            let mut s = String::new();
            push_words(&mut s, &text_of(n));
            s.trim().to_string()
        })
        .filter(|s| !s.is_empty())
}

/// What a walk does after visiting a node.
enum Step {
    /// Visit its children.
    Descend,
    /// Leave its children out.
    Skip,
}

/// Visits the nodes under `root` in document order, leaving furniture (and whatever `visit`
/// says to skip) out; iterative, so any depth is safe.
fn walk_outside_furniture(
    root: NodeRef<'_, Node>,
    mut visit: impl FnMut(NodeRef<'_, Node>) -> Step,
) {
    let mut skip: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                if skip.is_some() {
                    continue;
                }
                if is_furniture(n) {
                    skip = Some(n.id());
                    continue;
                }
                if let Step::Skip = visit(n) {
                    skip = Some(n.id());
                }
            }
            Edge::Close(n) => {
                if skip == Some(n.id()) {
                    skip = None;
                }
            }
        }
    }
}

/// The article's blocks of text, in order.
fn article_blocks(doc: &Html) -> Vec<String> {
    let root = doc.tree.root();
    // Score every paragraph's parent (and half its grandparent), outside furniture.
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    walk_outside_furniture(root, |n| {
        let Node::Element(el) = n.value() else {
            return Step::Descend;
        };
        if el.name() != "p" {
            return Step::Descend;
        }
        let (text, links) = block_text(n);
        let len = text.chars().count();
        if len < 25 || links * 2 > len {
            return Step::Descend;
        }
        let s = 1.0 + text.matches(',').count() as f64 + (len as f64 / 100.0).min(3.0);
        if let Some(parent) = n.parent() {
            *score.entry(parent.id()).or_default() += s;
            if let Some(grand) = parent.parent() {
                *score.entry(grand.id()).or_default() += s / 2.0;
            }
        }
        Step::Descend
    });
    let boost = |id: NodeId| -> f64 {
        let Some(n) = doc.tree.get(id) else {
            return 1.0;
        };
        match n.value() {
            Node::Element(el)
                if el.name() == "article"
                    || el.name() == "main"
                    || el.attr("itemprop") == Some("articleBody") =>
            {
                1.25
            }
            _ => 1.0,
        }
    };
    let best = score
        .iter()
        .map(|(&id, &s)| (id, s * boost(id)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    let Some((best, best_score)) = best else {
        // no paragraphs: take the blocks of the whole body
        return blocks_under(&[root]);
    };
    let best_node = doc.tree.get(best).expect("scored node exists");
    // The best element and the siblings that score well too (an article split in sections).
    let roots: Vec<NodeRef<'_, Node>> = match best_node.parent() {
        Some(parent) => parent
            .children()
            .filter(|c| {
                c.id() == best
                    || score
                        .get(&c.id())
                        .is_some_and(|&s| s * boost(c.id()) >= (best_score * 0.2).max(3.0))
            })
            .collect(),
        None => vec![best_node],
    };
    blocks_under(&roots)
}

/// The blocks under `roots`, in document order, furniture and link lists left out.
fn blocks_under(roots: &[NodeRef<'_, Node>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut loose = String::new();
    let flush = |loose: &mut String, out: &mut Vec<String>| {
        let t = loose.trim();
        if !t.is_empty() {
            out.push(t.to_string());
        }
        loose.clear();
    };
    for root in roots {
        walk_outside_furniture(*root, |n| {
            match n.value() {
                Node::Element(el) if is_block(el.name()) && !holds_blocks(n) => {
                    flush(&mut loose, &mut out);
                    let (text, links) = block_text(n);
                    let len = text.chars().count();
                    // a list of links ("Read more", related stories) is not text
                    if len > 0 && !(links * 10 > len * 6 && len < 300) {
                        out.push(text);
                    }
                    return Step::Skip;
                }
                Node::Element(el) if el.name() == "br" => loose.push('\n'),
                Node::Element(el) if matches!(el.name(), "div" | "section" | "table") => {
                    flush(&mut loose, &mut out);
                }
                Node::Text(t) => push_words(&mut loose, t),
                _ => {}
            }
            Step::Descend
        });
        flush(&mut loose, &mut out);
    }
    // loose text split at line breaks; drop repeats of the same block in a row
    let mut blocks: Vec<String> = Vec::new();
    for b in out {
        for part in b.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            if blocks.last() != Some(&part) {
                blocks.push(part);
            }
        }
    }
    blocks
}

/// Returns true for a block element that holds other blocks (a `<blockquote>` of `<p>`s, an
/// `<li>` with paragraphs): its children are emitted instead.
fn holds_blocks(node: NodeRef<'_, Node>) -> bool {
    node.descendants()
        .skip(1)
        .any(|d| matches!(d.value(), Node::Element(el) if is_block(el.name())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A saved news page with a cookie banner, menus, a share bar, an ad, related links,
    /// comments and a footer around three paragraphs.
    const PAGE: &str = include_str!("../../tests/fixtures/harbour-gazette.html");

    #[test]
    fn keeps_only_the_article_body() {
        let p = parse_page(PAGE, None);
        assert_eq!(
            p.text,
            "Port strike enters second week\n\n\
             ROTTERDAM — Dock workers at Europe's largest port extended their strike on Tuesday, the FNV union said, after talks with employers broke down overnight.\n\n\
             \"We are ready to talk, but not on our knees,\" union negotiator Niek Stam told reporters outside the terminal, adding that members had lost ten percent of their purchasing power.\n\n\
             Employers' group Deltalinqs said the stoppage would cost the Dutch economy 20 million euros a day."
        );
        for junk in [
            "cookies",
            "Sport",
            "Share on",
            "Advertisement",
            "Antwerp braces",
            "Reader42",
            "rights reserved",
            "dataLayer",
        ] {
            assert!(!p.text.contains(junk), "{junk}");
        }
    }

    #[test]
    fn reads_metadata() {
        let p = parse_page(PAGE, None);
        assert_eq!(
            p.url.as_deref(),
            Some("https://harbourgazette.example/news/port-strike-week-two")
        );
        assert_eq!(p.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(p.title.as_deref(), Some("Port strike enters second week"));
        assert_eq!(p.published.as_deref(), Some("2025-06-10T08:30:00+02:00"));
        assert_eq!(p.modified.as_deref(), Some("2025-06-10T12:00:00+02:00"));
        assert_eq!(p.author.as_deref(), Some("Ine de Vries"));
    }

    #[test]
    fn falls_back_to_json_ld_time_and_base() {
        let page = r#"<html><head><title>T</title>
<script type="application/ld+json">[{"@type":["NewsArticle"],"headline":"Quake hits coast","datePublished":"2025-01-02",
"publisher":"Coast Times","url":"/2025/quake"}]</script></head>
<body><div><p>The quake struck at dawn, officials said, and damaged dozens of homes along the coast.</p>
<time datetime="2024-12-31">yesterday</time></div></body></html>"#;
        let p = parse_page(page, Some("https://coasttimes.example/feed"));
        assert_eq!(p.title.as_deref(), Some("Quake hits coast"));
        assert_eq!(p.published.as_deref(), Some("2025-01-02"));
        assert_eq!(p.outlet.as_deref(), Some("Coast Times"));
        assert_eq!(
            p.url.as_deref(),
            Some("https://coasttimes.example/2025/quake")
        );
        assert!(p
            .text
            .starts_with("Quake hits coast\n\nThe quake struck at dawn"));
    }

    #[test]
    fn refuses_deep_nesting_and_survives_garbage() {
        let nest = |n: usize| {
            format!(
                "{}<p>deep text, with commas, here and there</p>{}",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        let t = std::time::Instant::now();
        let err = from_bytes(nest(100_000).into_bytes(), "deep.html", None, None).unwrap_err();
        assert!(err.to_string().contains("nested"), "{err}");
        assert!(t.elapsed().as_secs() < 10);
        let ok = from_bytes(nest(500).into_bytes(), "ok.html", None, None).unwrap();
        assert!(ok.text.contains("deep text"));
        // unclosed paragraphs and script text do not count as depth
        let sloppy = format!(
            "<script>for (i=0;i<9;i++) {{ s += '<div>'; }}</script>{}",
            "<p>para, para, para, and more text".repeat(5000)
        );
        assert!(nesting_depth(&sloppy) < 5);
        for junk in [
            "",
            "<",
            "<<<>>>",
            "<p>",
            "</html><html>",
            "\u{0}\u{0}<b>x",
            "<script>",
            "<!--",
        ] {
            let _ = parse_page(junk, None);
        }
    }

    #[test]
    fn decodes_declared_charsets() {
        let bytes = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 owners said prices rose, again and again, this year.</p></body></html>".to_vec();
        let raw = from_bytes(bytes, "page.html", None, None).unwrap();
        assert!(raw.text.contains("Café owners"), "{}", raw.text);
        assert_eq!(raw.raw.unwrap().media_type, "text/html");
    }
}
