//! Rendering helpers: tables, shortened text, and diffs with colours or markers.

use comfy_table::{presets, ContentArrangement, Table};

use super::Global;
use crate::diff::{DiffOp, Op};

/// Returns a table set up for the output: borders on a terminal, plain ASCII otherwise.
pub(crate) fn table(g: &Global, header: &[&str]) -> Table {
    let mut t = Table::new();
    if g.stdout_tty {
        t.load_preset(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_preset(presets::ASCII_BORDERS_ONLY_CONDENSED);
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(160);
        t.set_width(width);
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t.set_header(header.iter().copied());
    t
}

/// Shortens `s` to at most `n` characters, ending with an ellipsis when cut.
pub(crate) fn shorten(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        return s;
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Renders a diff: red and green on a colour terminal, `[-removed-]{+added+}` otherwise.
pub(crate) fn diff_line(g: &Global, ops: &[DiffOp]) -> String {
    let mut out = String::new();
    for d in ops {
        match (d.op, g.color) {
            (Op::Equal, _) => out.push_str(&d.text),
            (Op::Delete, true) => out.push_str(&format!("\x1b[31;9m{}\x1b[0m", d.text)),
            (Op::Insert, true) => out.push_str(&format!("\x1b[32;4m{}\x1b[0m", d.text)),
            (Op::Delete, false) => out.push_str(&format!("[-{}-]", d.text)),
            (Op::Insert, false) => out.push_str(&format!("{{+{}+}}", d.text)),
        }
    }
    out
}

/// Returns `s` in bold on a colour terminal.
pub(crate) fn bold(g: &Global, s: &str) -> String {
    if g.color {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// Formats an optional value for a table cell.
pub(crate) fn opt(s: Option<&str>) -> String {
    s.unwrap_or("-").to_string()
}
