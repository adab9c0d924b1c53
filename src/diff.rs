//! Word-level diffs of two wordings, as structured operations. Rendering lives in the CLI.

use serde::Serialize;

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

/// A word or punctuation mark, and whether white space came before it.
type Token<'a> = (&'a str, bool);

/// Splits a text into words and punctuation, remembering where white space was.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let mut first = true;
        let mut start = 0;
        let mut in_word = false;
        for (i, c) in chunk.char_indices() {
            let word_char =
                c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-' || c == '.') && in_word);
            if word_char && in_word {
                continue;
            }
            if i > start {
                out.push((&chunk[start..i], first));
                first = false;
            }
            start = i;
            in_word = word_char;
            if !word_char {
                // punctuation stands alone
                let end = i + c.len_utf8();
                out.push((&chunk[start..end], first));
                first = false;
                start = end;
            }
        }
        if start < chunk.len() {
            out.push((&chunk[start..], first));
        }
    }
    out
}

/// Returns the word-level diff of `old` and `new`, with runs of one operation merged.
///
/// Words and punctuation marks are compared as tokens; white space is not compared (the
/// output uses single spaces where the texts had any), so that changed words group into
/// runs instead of alternating with the spaces between them.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffOp> {
    let (a, b) = (tokens(old), tokens(new));
    let wa: Vec<&str> = a.iter().map(|t| t.0).collect();
    let wb: Vec<&str> = b.iter().map(|t| t.0).collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Patience, &wa, &wb);
    let mut out: Vec<DiffOp> = Vec::new();
    let push = |op: Op, tok: &Token<'_>, out: &mut Vec<DiffOp>| {
        // an insertion right after a deletion (or the reverse) replaces it: no space between
        let after_change =
            out.last().is_some_and(|l| l.op != Op::Equal && l.op != op) && op != Op::Equal;
        let lead = if tok.1 && !out.is_empty() && !after_change {
            " "
        } else {
            ""
        };
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.text.push_str(lead);
                last.text.push_str(tok.0);
            }
            _ => {
                // the space before a changed run stays outside it, so markers hug the words
                if !lead.is_empty() {
                    match out.last_mut() {
                        Some(last) if last.op == Op::Equal => last.text.push(' '),
                        _ => out.push(DiffOp {
                            op: Op::Equal,
                            text: " ".into(),
                        }),
                    }
                }
                out.push(DiffOp {
                    op,
                    text: tok.0.to_string(),
                });
            }
        }
    };
    for d in ops {
        match d {
            similar::DiffOp::Equal { old_index, len, .. } => {
                for t in &a[old_index..old_index + len] {
                    push(Op::Equal, t, &mut out);
                }
            }
            similar::DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for t in &a[old_index..old_index + old_len] {
                    push(Op::Delete, t, &mut out);
                }
            }
            similar::DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for t in &b[new_index..new_index + new_len] {
                    push(Op::Insert, t, &mut out);
                }
            }
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for t in &a[old_index..old_index + old_len] {
                    push(Op::Delete, t, &mut out);
                }
                for t in &b[new_index..new_index + new_len] {
                    push(Op::Insert, t, &mut out);
                }
            }
        }
    }
    // merge adjacent runs of one operation (a space run between two equal runs)
    let mut merged: Vec<DiffOp> = Vec::with_capacity(out.len());
    for d in out {
        match merged.last_mut() {
            Some(last) if last.op == d.op => last.text.push_str(&d.text),
            _ => merged.push(d),
        }
    }
    merged
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
