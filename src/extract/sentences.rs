//! Sentence splitting and quotation spans.
//!
//! Sentences never cross a line break (a line is a paragraph, or a heading). Inside a line a
//! sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) followed by
//! white space and a capital, a digit or an opening quote, unless the word before the full stop
//! is an abbreviation ("Gen.", "U.S.", "Sept.") or an initial ("J."). Quotations that span
//! sentences are tracked separately, per paragraph, by [`quote_spans`].

use super::lexicon::is_abbreviation;

/// A sentence: byte range in the text and the index of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Paragraph (line) number, counting non-empty lines.
    pub para: usize,
}

/// Returns true for characters that open a quotation.
pub fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‘' | '‹')
}

/// Returns true for characters that close a quotation.
pub fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»' | '’' | '›')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
}

/// The paragraphs of split sentences: (paragraph number, first byte, one past the last).
pub fn paragraphs(sents: &[Sentence]) -> Vec<(usize, usize, usize)> {
    let mut paras: Vec<(usize, usize, usize)> = Vec::new();
    for s in sents {
        match paras.last_mut() {
            Some(p) if p.0 == s.para => p.2 = s.end,
            _ => paras.push((s.para, s.start, s.end)),
        }
    }
    paras
}

/// Splits a text into sentences.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut para = 0;
    let mut line_start = 0;
    for line in text.split('\n') {
        let base = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let from = out.len();
        split_line(line, base, para, &mut out);
        cap_lengths(text, from, &mut out);
        para += 1;
    }
    out
}

/// Longest sentence handed to attribution, in bytes. Real sentences stay far below; a longer
/// one (a page without full stops, a hostile file) is cut into pieces of at most this size,
/// at a clause mark or a space, so that finding attributions costs time and memory linear in
/// the text rather than quadratic in a sentence's length.
pub const MAX_SENTENCE: usize = 2000;

/// Cuts the sentences from `out[from..]` that are longer than [`MAX_SENTENCE`].
fn cap_lengths(text: &str, from: usize, out: &mut Vec<Sentence>) {
    if out[from..].iter().all(|s| s.end - s.start <= MAX_SENTENCE) {
        return;
    }
    let long: Vec<Sentence> = out.drain(from..).collect();
    for s in long {
        let mut start = s.start;
        while s.end - start > MAX_SENTENCE {
            let mut limit = start + MAX_SENTENCE;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &text[start..limit];
            let cut = window
                .rfind([';', ','])
                .map(|i| i + 1)
                .filter(|&i| i > MAX_SENTENCE / 2)
                .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
                .unwrap_or(window.len());
            out.push(Sentence {
                start,
                end: start + cut,
                para: s.para,
            });
            start += cut;
            while start < s.end && text[start..].starts_with(char::is_whitespace) {
                start += text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        if start < s.end {
            out.push(Sentence {
                start,
                end: s.end,
                para: s.para,
            });
        }
    }
}

fn split_line(line: &str, base: usize, para: usize, out: &mut Vec<Sentence>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Swallow runs of terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_closer(chars[j].1))
            {
                j += 1;
            }
            let end_byte = if j < chars.len() {
                chars[j].0
            } else {
                line.len()
            };
            // Need white space, then a sentence opener.
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let boundary = if k == j || k >= chars.len() {
                false
            } else {
                let next = chars[k].1;
                let opener = next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '—' | '-');
                opener && !(c == '.' && j == i + 1 && is_non_final_dot(line, pos, next))
            };
            if boundary {
                push(line, base, start, end_byte, para, out);
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(line, base, start, line.len(), para, out);
}

/// Returns true when the full stop at `dot` belongs to an abbreviation, an initial or a
/// number rather than ending a sentence.
fn is_non_final_dot(line: &str, dot: usize, next: char) -> bool {
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '—'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // An initial: "J. Smith", or a dotted acronym's letters "U.S." (each part one letter).
    let letters_only = word.split('.').all(|p| p.chars().count() <= 1);
    if letters_only && word.chars().next().is_some_and(char::is_uppercase) {
        // "U.S. officials" continues; "... in the U.S. The next day" is ambiguous: we keep
        // acronyms joined unless the next word is a common sentence opener.
        return !(word.contains('.') && next_is_sentence_opener(&line[dot + 1..]));
    }
    if is_abbreviation(word) {
        // Month abbreviations end a sentence only when no day number follows.
        return true;
    }
    // "No. 5", "Art. 3"
    matches!(word, "No" | "Art" | "Vol" | "pp" | "p") && next.is_ascii_digit()
}

fn next_is_sentence_opener(rest: &str) -> bool {
    let w: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        w.as_str(),
        "The"
            | "He"
            | "She"
            | "They"
            | "It"
            | "We"
            | "I"
            | "This"
            | "That"
            | "In"
            | "But"
            | "A"
            | "On"
    )
}

fn push(line: &str, base: usize, s: usize, e: usize, para: usize, out: &mut Vec<Sentence>) {
    let seg = &line[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if seg.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        start: base + s + lead,
        end: base + e - trail,
        para,
    });
}

/// A quotation: byte offsets of its opening mark and of its closing mark (if it closes in the
/// same paragraph), and whether it uses single quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark, or the paragraph end when it does not close.
    pub close: usize,
    /// False when the paragraph ended inside the quotation (a multi-paragraph quote).
    pub closed: bool,
    /// Single quotation marks (‘…’ or '…'), as used for quoted fragments and by British outlets.
    pub single: bool,
}

/// Finds the quotations of one paragraph `text[start..end]`.
///
/// Only the bytes that can begin a quotation mark are looked at (the ASCII marks, and the lead
/// bytes 0xC2 of « » and 0xE2 of “ „ ” ‘ ’, which never occur inside another character); a
/// table of every character with its neighbours was 9% of preparing an article.
pub fn quote_spans(text: &str, start: usize, end: usize) -> Vec<QuoteSpan> {
    let para = &text[start..end];
    let mut out = Vec::new();
    let mut dq: Option<usize> = None; // open double quote
    let mut sq: Option<usize> = None; // open single quote
    for (pos, &b) in para.as_bytes().iter().enumerate() {
        if !matches!(b, b'"' | b'\'' | 0xC2 | 0xE2) {
            continue;
        }
        // `pos` is a character boundary: those bytes only begin a character
        let Some(c) = para[pos..].chars().next() else {
            continue;
        };
        if !matches!(c, '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '’' | '\'') {
            continue;
        }
        let prev = para[..pos].chars().next_back();
        let next = para[pos + c.len_utf8()..].chars().next();
        let abs = start + pos;
        let prev_word = prev.is_some_and(char::is_alphanumeric);
        let next_word = next.is_some_and(char::is_alphanumeric);
        match c {
            '“' | '„' | '«' if dq.is_none() => dq = Some(abs),
            '“' | '„' | '«' => {}
            '”' | '»' => {
                if let Some(o) = dq.take() {
                    out.push(QuoteSpan {
                        open: o,
                        close: abs + c.len_utf8(),
                        closed: true,
                        single: false,
                    });
                }
            }
            '"' => match dq.take() {
                // A straight quote closes when one is open, unless it is clearly an opener.
                Some(o) if !(prev.is_none_or(char::is_whitespace) && next_word) => {
                    out.push(QuoteSpan {
                        open: o,
                        close: abs + 1,
                        closed: true,
                        single: false,
                    });
                }
                Some(o) => {
                    // unbalanced: treat the earlier one as unclosed up to here, reopen
                    out.push(QuoteSpan {
                        open: o,
                        close: abs,
                        closed: true,
                        single: false,
                    });
                    dq = Some(abs);
                }
                None => dq = Some(abs),
            },
            '‘' if sq.is_none() && !prev_word => sq = Some(abs),
            '‘' => {}
            '’' | '\'' => {
                // An apostrophe sits between letters ("Korea’s", "don't").
                if prev_word && next_word {
                    continue;
                }
                if let Some(o) = sq {
                    if !next_word && abs > o + 1 {
                        out.push(QuoteSpan {
                            open: o,
                            close: abs + c.len_utf8(),
                            closed: true,
                            single: true,
                        });
                        sq = None;
                    }
                } else if c == '\'' && !prev_word && next_word {
                    sq = Some(abs);
                }
            }
            _ => {}
        }
    }
    if let Some(o) = dq {
        out.push(QuoteSpan {
            open: o,
            close: end,
            closed: false,
            single: false,
        });
    }
    out.sort_by_key(|q| q.open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn overlong_sentences_are_cut_into_pieces() {
        let text = format!(
            "Head\n\n{}end.",
            "the minister said that it was fine, and ".repeat(3000)
        );
        let sents = split(&text);
        assert!(sents.len() > 50);
        assert!(sents.iter().all(|s| s.end - s.start <= MAX_SENTENCE));
        // the pieces cover the paragraph in order, cut after a comma
        for w in sents[1..].windows(2) {
            assert!(w[0].end <= w[1].start);
            assert!(text[w[0].start..w[0].end].ends_with(','));
        }
        assert!(text[..sents.last().unwrap().end].ends_with("end."));
    }

    #[test]
    fn splits_on_abbreviations_and_initials() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Gen. Smith spoke. Then he left.",
                &["Gen. Smith spoke.", "Then he left."],
            ),
            (
                "The U.S. Army said no. Next.",
                &["The U.S. Army said no.", "Next."],
            ),
            (
                "It met on Sept. 4 in Beijing. Kim came.",
                &["It met on Sept. 4 in Beijing.", "Kim came."],
            ),
            (
                "J. Smith said 3.5 percent. Fine.",
                &["J. Smith said 3.5 percent.", "Fine."],
            ),
            (
                "“We won. We will win again,” he said. Later.",
                &["“We won.", "We will win again,” he said.", "Later."],
            ),
            ("“Why?” he asked. No.", &["“Why?” he asked.", "No."]),
            (
                "Dr. Jones and Mr. Lee agreed.\n\nNew para.",
                &["Dr. Jones and Mr. Lee agreed.", "New para."],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(texts(input), *want, "{input}");
        }
    }

    #[test]
    fn finds_quote_spans() {
        let t = "He said “a b” and ‘c d’ but Korea’s 'e f' \"g";
        let spans = quote_spans(t, 0, t.len());
        let got: Vec<(&str, bool, bool)> = spans
            .iter()
            .map(|q| (&t[q.open..q.close], q.closed, q.single))
            .collect();
        assert_eq!(
            got,
            vec![
                ("“a b”", true, false),
                ("‘c d’", true, true),
                ("'e f'", true, true),
                ("\"g", false, false)
            ]
        );
    }
}
