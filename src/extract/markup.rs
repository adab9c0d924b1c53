//! Markdown's marks, read past.
//!
//! Crawlers and readers save pages as Markdown, and the text is stored as it came. Its marks
//! hide sentences from extraction: "**Bold lead:** The minister said ..." and "*Share this!*
//! The agency said ..." have no white space and capital after their full stops, and "the
//! [National Medicines Agency](https://...) said" puts a link inside the speaker. [`plain`]
//! blanks them: emphasis runs of `*` or `_` that open and close in one line, the `#` of a
//! heading and the `>` of a quotation block at a line's start, and a link's brackets and
//! address (or a whole image). Each mark becomes as many spaces, so every byte and character
//! offset stays where it was; [`tidy`] closes up the spaces left inside an extracted string.

use std::borrow::Cow;

/// Returns the text with Markdown's marks blanked (borrowed when it has none).
pub fn plain(text: &str) -> Cow<'_, str> {
    // (two vectorised scans: a byte loop here cost 1% of extraction on texts with no marks)
    let bytes = text.as_bytes();
    if memchr::memchr3(b'*', b'_', b'#', bytes).is_none()
        && memchr::memchr2(b'>', b'[', bytes).is_none()
    {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut changed = false;
    let mut start = 0;
    for line in text.split('\n') {
        changed |= blank_line(&mut bytes[start..start + line.len()]);
        start += line.len() + 1;
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    // only ASCII marks were replaced, by ASCII spaces: still UTF-8
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// Closes up runs of spaces that blanked marks left inside `s` ("said  all  batches").
pub fn tidy(s: &mut String) {
    if s.contains("  ") {
        *s = s
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
}

/// Blanks the marks of one line; returns whether any was found.
fn blank_line(line: &mut [u8]) -> bool {
    let mut changed = block_marks(line);
    changed |= links(line);
    changed |= emphasis(line);
    changed
}

/// `# Heading`, `> quoted`: the marks at a line's start.
fn block_marks(line: &mut [u8]) -> bool {
    let lead = line.iter().take_while(|&&b| b == b' ').count();
    let rest = &line[lead..];
    let Some(&mark) = rest.first().filter(|&&b| b == b'#' || b == b'>') else {
        return false;
    };
    let marks = rest.iter().take_while(|&&b| b == mark).count();
    // a heading's hashes are followed by a space (a hashtag is not a heading)
    if (mark == b'#' && marks > 6) || rest.get(marks).is_some_and(|&b| b != b' ') {
        return false;
    }
    line[lead..lead + marks].fill(b' ');
    true
}

/// `[text](address)` and `![alt](address)`: the brackets and the address go, a link's text
/// stays and an image goes whole.
fn links(line: &mut [u8]) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < line.len() {
        if line[i] != b'[' {
            i += 1;
            continue;
        }
        let Some(close) = line[i + 1..].iter().position(|&b| b == b']' || b == b'[') else {
            break;
        };
        let close = i + 1 + close;
        if line[close] != b']' || line.get(close + 1) != Some(&b'(') {
            i = close;
            continue;
        }
        let Some(end) = line[close + 2..]
            .iter()
            .position(|&b| b == b')' || b == b' ')
        else {
            break;
        };
        let end = close + 2 + end;
        if line[end] != b')' {
            i = end;
            continue;
        }
        let image = i > 0 && line[i - 1] == b'!';
        if image {
            line[i - 1..=end].fill(b' ');
        } else {
            line[i] = b' ';
            line[close..=end].fill(b' ');
        }
        changed = true;
        i = end + 1;
    }
    changed
}

/// How many of the latest unclosed runs a closing run looks back at for its partner.
const MAX_OPENERS: usize = 16;

/// A run of `*` or `_`: where it is and whether it can open or close emphasis.
struct Run {
    at: usize,
    len: usize,
    mark: u8,
    opens: bool,
    closes: bool,
}

/// Emphasis: a run of one to three `*` or `_` that opens before a word and a like run that
/// closes after one, in the same line. A run inside a word ("snake_case", "F***") or one
/// left without its pair is text.
fn emphasis(line: &mut [u8]) -> bool {
    let space_or_punct = |b: Option<&u8>| {
        b.is_none_or(|&b| {
            b.is_ascii_whitespace() || (b.is_ascii_punctuation() && b != b'*' && b != b'_')
        })
    };
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let mark = line[i];
        if mark != b'*' && mark != b'_' {
            i += 1;
            continue;
        }
        let len = line[i..].iter().take_while(|&&b| b == mark).count();
        let before = i.checked_sub(1).map(|k| &line[k]);
        let after = line.get(i + len);
        let opens = space_or_punct(before) && after.is_some_and(|b| !b.is_ascii_whitespace());
        let closes = space_or_punct(after) && before.is_some_and(|b| !b.is_ascii_whitespace());
        if len <= 3 && (opens || closes) {
            runs.push(Run {
                at: i,
                len,
                mark,
                opens,
                closes,
            });
        }
        i += len;
    }
    let mut changed = false;
    let mut open: Vec<usize> = Vec::new();
    for (k, r) in runs.iter().enumerate() {
        // (only the nearest openers are looked at: a line of thousands of unmatched runs
        // would otherwise cost their square; emphasis spans a few words)
        let near = open.len().saturating_sub(MAX_OPENERS);
        let partner = r.closes.then(|| {
            open[near..]
                .iter()
                .rposition(|&o| runs[o].mark == r.mark && runs[o].len == r.len)
                .map(|p| p + near)
        });
        if let Some(Some(p)) = partner {
            let o = open[p];
            open.truncate(p);
            for run in [&runs[o], r] {
                line[run.at..run.at + run.len].fill(b' ');
            }
            changed = true;
        } else if r.opens {
            open.push(k);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_markdown_marks_and_keeps_offsets() {
        // (text, its plain form with the spaces closed up)
        let cases = [
            (
                "**Bold lead:** The minister said so.",
                "Bold lead: The minister said so.",
            ),
            (
                "*Share this!* The agency said _all_ were.",
                "Share this! The agency said all were.",
            ),
            ("# Heading here", "Heading here"),
            (
                "> \"We are ready,\" she said.",
                "\"We are ready,\" she said.",
            ),
            (
                "the [Medicines Agency](https://x.example/a) said",
                "the Medicines Agency said",
            ),
            (
                "![a chart](https://x.example/c.png) Sales fell.",
                "Sales fell.",
            ),
            ("**A** said.\n_B_ said.", "A said.\n B said."),
            // text, not marks: a word's inside, a hashtag, a run without its pair, a bracket
            (
                "snake_case and F*** and #MeToo",
                "snake_case and F*** and #MeToo",
            ),
            ("#MeToo is trending", "#MeToo is trending"),
            ("5 * 3 = 15 and *one", "5 * 3 = 15 and *one"),
            ("[Updated] The minister said", "[Updated] The minister said"),
        ];
        for (text, want) in cases {
            let got = plain(text);
            assert_eq!(got.len(), text.len(), "{text}");
            let mut got = got.into_owned();
            tidy(&mut got);
            assert_eq!(got, want, "{text}");
        }
        assert!(matches!(plain("No marks here."), Cow::Borrowed(_)));
    }

    #[test]
    fn a_line_of_unmatched_runs_stays_as_it_is() {
        // thousands of openers no closer matches (a hostile line): nothing is blanked, and
        // each closer looks back at a few openers only
        let line = format!("{}{}", "*a ".repeat(20_000), "b** ".repeat(20_000));
        assert_eq!(plain(&line), line);
        // emphasis a few runs back is still found
        assert_eq!(
            plain("*one* _two_ **three** *four five*"),
            " one   two    three    four five "
        );
    }

    #[test]
    fn tidies_the_spaces_left() {
        let mut s = "all  batches were  tested".to_string();
        tidy(&mut s);
        assert_eq!(s, "all batches were tested");
    }
}
