//! Word-level diffs of two wordings, as structured operations. Rendering lives in the CLI.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// One diff operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Text in both.
    Equal,
    /// Text only in the newer wording.
    Insert,
    /// Text only in the older wording.
    Delete,
}

/// A run of text with its operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffOp {
    /// equal, insert or delete.
    pub op: Op,
    /// The text.
    pub text: String,
}

/// Returns the word-level diff of `old` and `new`, with runs of one operation merged.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffOp> {
    let diff = TextDiff::from_unicode_words(old, new);
    let mut out: Vec<DiffOp> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Insert => Op::Insert,
            ChangeTag::Delete => Op::Delete,
        };
        let text = change.value();
        // White space between two changed words belongs to the change, so that
        // "[-a b-]" stays one run instead of "[-a-] [-b-]".
        if op == Op::Equal && text.trim().is_empty() {
            if let Some(last) = out.last_mut() {
                if last.op != Op::Equal {
                    last.text.push_str(text);
                    continue;
                }
            }
        }
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffOp {
                op,
                text: text.to_string(),
            }),
        }
    }
    // Move trailing white space of changed runs back out, so markers hug the words.
    let mut fixed: Vec<DiffOp> = Vec::with_capacity(out.len());
    for d in out {
        if d.op != Op::Equal {
            let trimmed = d.text.trim_end();
            let ws = &d.text[trimmed.len()..];
            if !ws.is_empty() && !trimmed.is_empty() {
                let ws = ws.to_string();
                fixed.push(DiffOp {
                    op: d.op,
                    text: trimmed.to_string(),
                });
                fixed.push(DiffOp {
                    op: Op::Equal,
                    text: ws,
                });
                continue;
            }
        }
        match fixed.last_mut() {
            Some(last) if last.op == d.op => last.text.push_str(&d.text),
            _ => fixed.push(d),
        }
    }
    fixed
}

/// Returns true when the diff changes nothing.
pub fn is_unchanged(ops: &[DiffOp]) -> bool {
    ops.iter().all(|d| d.op == Op::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(ops: &[DiffOp]) -> String {
        ops.iter()
            .map(|d| match d.op {
                Op::Equal => d.text.clone(),
                Op::Insert => format!("{{+{}+}}", d.text),
                Op::Delete => format!("[-{}-]", d.text),
            })
            .collect()
    }

    #[test]
    fn diffs_words() {
        let ops = word_diff(
            "the comprehensive strategic alliance",
            "a stark confirmation of the comprehensive strategic alliance",
        );
        assert_eq!(
            markers(&ops),
            "{+a stark confirmation of+} the comprehensive strategic alliance"
        );
        let ops = word_diff("troops fought in Kursk", "soldiers fought bravely in Kursk");
        assert_eq!(
            markers(&ops),
            "[-troops-]{+soldiers+} fought {+bravely+} in Kursk"
        );
        assert!(is_unchanged(&word_diff("same", "same")));
    }
}
