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

/// A word or punctuation mark, and the white space before it.
type Token<'a> = (&'a str, &'a str);

/// Splits a text into words and punctuation marks, each with the white space before it.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut ws_start = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let ws = &text[ws_start..pos];
        let mut j = i + 1;
        if c.is_alphanumeric() {
            // a word; inner apostrophes, hyphens and dots ("Korea's", "Jong-un", "U.S") join it
            while j < chars.len() {
                let cj = chars[j].1;
                let joins = matches!(cj, '\'' | '’' | '-' | '.')
                    && chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric());
                if cj.is_alphanumeric() || joins {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        let end = chars.get(j).map_or(text.len(), |x| x.0);
        out.push((&text[pos..end], ws));
        ws_start = end;
        i = j;
    }
    out
}

/// Returns the word-level diff of `old` and `new`, with runs of one operation merged.
///
/// Words and punctuation marks are compared as tokens; white space is not compared but kept
/// as the text had it, so that changed words group into runs instead of alternating with the
/// spaces between them.
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
        let lead = if out.is_empty() || after_change {
            ""
        } else {
            tok.1
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
                        Some(last) if last.op == Op::Equal => last.text.push_str(lead),
                        _ => out.push(DiffOp {
                            op: Op::Equal,
                            text: lead.to_string(),
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
            similar::DiffOp::Equal { new_index, len, .. } => {
                for t in &b[new_index..new_index + len] {
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
