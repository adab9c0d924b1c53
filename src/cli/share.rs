//! Output for other people and tools: `export --format claimreview` (schema.org `Claim`
//! objects as JSON-LD) and `report CLAIM_ID` (one self-contained HTML page).

use std::io::Write;

use anyhow::Context;
use clap::Args;
use serde_json::{json, Value};

use super::query::{claim_view, open_read, Against, ClaimView};
use super::{Failure, Global};
use crate::diff::Op;
use crate::store::{ExportRow, Store};

// ---------------------------------------------------------------- ClaimReview

/// Writes every live claim as a schema.org `Claim`, in one JSON-LD document (`@graph`),
/// streamed claim by claim.
pub(crate) fn export_claimreview(store: &Store, out: &mut impl Write) -> Result<(), Failure> {
    writeln!(out, "{{\"@context\": \"https://schema.org\", \"@graph\": [")
        .context("writing output")?;
    for (i, id) in store.live_claims()?.into_iter().enumerate() {
        let v = claim_view(store, id, Against::Previous)?;
        let node = claim_node(store, &v)?;
        if i > 0 {
            writeln!(out, ",").context("writing output")?;
        }
        serde_json::to_writer(&mut *out, &node).context("writing output")?;
    }
    writeln!(out, "\n]}}").context("writing output")?;
    out.flush().context("writing output")?;
    Ok(())
}

/// One claim as a schema.org `Claim`: its earliest wording, its author (the first actor it was
/// attributed to, as a Person or an Organization), every appearance (one per article
/// version's url), the first appearance, and the date it was first seen.
fn claim_node(store: &Store, v: &ClaimView) -> Result<Value, Failure> {
    let first = v
        .occurrences
        .iter()
        .find(|o| o.actor.is_some())
        .or(v.occurrences.first());
    let mut appearances: Vec<Value> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for o in &v.occurrences {
        if !seen.insert((o.article_id, o.version)) {
            continue;
        }
        appearances.push(appearance(o));
    }
    let mut node = json!({
        "@type": "Claim",
        "@id": format!("claimtrail:claim/{}", v.claim_id),
        "identifier": v.claim_id.to_string(),
        "text": v.text,
        "datePublished": v.first_seen,
        "firstAppearance": appearances.first().cloned().unwrap_or(Value::Null),
        "appearance": appearances,
    });
    if let Some(o) = first {
        let name = o.actor.clone().unwrap_or_else(|| o.actor_surface.clone());
        let t = if store.actor_kind(&name)?.as_deref() == Some("person") {
            "Person"
        } else {
            "Organization"
        };
        node["author"] = json!({"@type": t, "name": name});
    }
    Ok(node)
}

/// Where a claim appeared: the article (a `CreativeWork`) with its url, publisher and date.
fn appearance(o: &ExportRow) -> Value {
    let mut work = serde_json::Map::new();
    work.insert("@type".into(), json!("CreativeWork"));
    if let Some(u) = &o.url {
        work.insert("url".into(), json!(u));
    }
    if let Some(p) = &o.outlet {
        work.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": p}),
        );
    }
    work.insert(
        "datePublished".into(),
        json!(o.published.clone().unwrap_or_else(|| o.added_at.clone())),
    );
    work.insert("version".into(), json!(o.version));
    work.insert("identifier".into(), json!(format!("sha256:{}", o.sha256)));
    Value::Object(work)
}

// ---------------------------------------------------------------- report

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Claim id
    #[arg(value_name = "CLAIM_ID")]
    id: i64,
}

/// `report CLAIM_ID`: one HTML page, with no external assets, for an editor.
pub(crate) fn cmd_report(g: &Global, a: &ReportArgs) -> Result<(), Failure> {
    let store = open_read(g)?;
    let v = claim_view(&store, a.id, Against::Previous)?;
    let html = report_html(&v);
    let mut out = std::io::stdout().lock();
    out.write_all(html.as_bytes()).context("writing output")?;
    out.flush().context("writing output")?;
    Ok(())
}

/// Escapes text for HTML.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
.claim{font-size:1.25rem;border-left:4px solid #2a5db0;padding:.4rem 1rem;background:#f3f6fb}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.meta dt{font-weight:600}
ol.timeline{list-style:none;padding:0;margin:1rem 0;border-left:3px solid #c8d3e6}
ol.timeline li{position:relative;margin:0 0 1rem 1.2rem}
ol.timeline li::before{content:'';position:absolute;left:-1.72rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:#2a5db0}
.when{font-variant-numeric:tabular-nums;color:#555}
.outlet{font-weight:600}
.who{color:#555;font-size:.9rem}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ddd}
del{background:#fbd5d5;color:#8a1c1c;text-decoration:line-through}
ins{background:#d3f5d9;color:#14532d;text-decoration:none}
.diff{margin:.6rem 0 1.2rem}
.note{color:#8a5a00;font-size:.9rem}
footer{margin-top:2rem;color:#777;font-size:.8rem}
";

/// Renders the report page of a claim.
pub(crate) fn report_html(v: &ClaimView) -> String {
    let mut h = String::new();
    h.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!(
        "<title>Claim {}: {}</title>\n<style>{STYLE}</style></head><body>\n",
        v.claim_id,
        esc(&crate::cli::render::shorten(&v.text, 80))
    ));
    h.push_str(&format!("<h1>Claim {}</h1>\n", v.claim_id));
    h.push_str(&format!(
        "<p class=\"claim\" id=\"claim-text\">{}</p>\n",
        esc(&v.text)
    ));
    h.push_str("<dl class=\"meta\">\n");
    h.push_str(&format!(
        "<dt>Attributed to</dt><dd id=\"actors\">{}</dd>\n",
        esc(&v.actors.join("; "))
    ));
    h.push_str(&format!(
        "<dt>First seen</dt><dd>{}</dd>\n",
        esc(&v.first_seen)
    ));
    h.push_str(&format!(
        "<dt>Spread</dt><dd>{} appearances in {} articles from {} outlets</dd>\n",
        v.occurrences.len(),
        v.articles,
        v.outlets
    ));
    for d in &v.dropped_in {
        h.push_str(&format!(
            "<dt>Dropped</dt><dd>from article {} version {}</dd>\n",
            d.article_id, d.version
        ));
    }
    h.push_str("</dl>\n<h2>Timeline</h2>\n<ol class=\"timeline\" id=\"timeline\">\n");
    for (i, o) in v.occurrences.iter().enumerate() {
        let when = o.published.as_deref().unwrap_or(&o.added_at);
        let outlet = o.outlet.as_deref().unwrap_or("unknown outlet");
        let link = match &o.url {
            Some(u) => format!("<a href=\"{}\">{}</a>", esc(u), esc(outlet)),
            None => esc(outlet),
        };
        let relay = o
            .reported_by
            .as_deref()
            .map(|r| format!(", reported by {}", esc(r)))
            .unwrap_or_default();
        h.push_str(&format!(
            "<li id=\"occ-{}\"><span class=\"when\">{}</span> · <span class=\"outlet\">{link}</span> \
             <span class=\"who\">#{} · article {} v{} ({}) · {} — {} ({}){relay}</span>\n\
             <blockquote>{}</blockquote></li>\n",
            o.occurrence_id,
            esc(when),
            i + 1,
            o.article_id,
            o.version,
            esc(&o.sha256[..12]),
            esc(&o.actor_surface),
            esc(&o.cue),
            esc(&o.kind),
            esc(&o.text)
        ));
    }
    h.push_str("</ol>\n<h2>How the wording changed</h2>\n");
    let index: std::collections::HashMap<i64, (usize, &ExportRow)> = v
        .occurrences
        .iter()
        .enumerate()
        .map(|(i, o)| (o.occurrence_id, (i + 1, o)))
        .collect();
    for d in &v.diffs {
        let (Some(&(fi, from)), Some(&(ti, to))) = (index.get(&d.from), index.get(&d.to)) else {
            continue;
        };
        let edit = from.article_id == to.article_id && from.version != to.version;
        h.push_str(&format!(
            "<div class=\"diff\"><div class=\"who\">#{fi} → #{ti} ({}{})</div><p>",
            esc(to.outlet.as_deref().unwrap_or("")),
            if edit {
                format!(
                    ", edit in article {}: v{} → v{}",
                    to.article_id, from.version, to.version
                )
            } else {
                String::new()
            }
        ));
        if d.ops.iter().all(|op| op.op == Op::Equal) {
            h.push_str("<span class=\"note\">unchanged</span> ");
        }
        for op in &d.ops {
            match op.op {
                Op::Equal => h.push_str(&esc(&op.text)),
                Op::Insert => h.push_str(&format!("<ins>{}</ins>", esc(&op.text))),
                Op::Delete => h.push_str(&format!("<del>{}</del>", esc(&op.text))),
            }
        }
        h.push_str("</p>");
        let (fa, ta) = (
            from.actor.as_deref().unwrap_or(&from.actor_surface),
            to.actor.as_deref().unwrap_or(&to.actor_surface),
        );
        if fa != ta {
            h.push_str(&format!(
                "<div class=\"note\">attribution: {} → {}</div>",
                esc(fa),
                esc(ta)
            ));
        }
        h.push_str("</div>\n");
    }
    h.push_str(&format!(
        "<footer>Made by claimtrail {} from its database; every appearance names the stored \
         version's sha256.</footer>\n</body></html>\n",
        env!("CARGO_PKG_VERSION")
    ));
    h
}
