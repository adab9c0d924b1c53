//! Sentence splitting and quotation spans.
//!
//! Sentences never cross a line break (a line is a paragraph, or a heading); a text wrapped
//! over lines is made one line per paragraph first, offsets kept ([`unwrap`]). Inside a line a
//! sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) followed by
//! white space and a capital, a digit or an opening quote, unless the word before the full stop
//! is an abbreviation ("Gen.", "U.S.", "Sept.") or an initial ("J."). Quotations that span
//! sentences are tracked separately, per paragraph, by [`quote_spans`].

use std::borrow::Cow;

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

/// Stands for a line break after a word broken by a hyphen ("pro-\ntests"), in a text
/// [`unwrap`] joined: a byte no text uses, which [`rejoin`] takes out with the hyphen.
const BROKEN_WORD: char = '\u{1f}';

/// Returns the text with the line breaks that only wrap a paragraph (see [`Wraps`]) made
/// spaces (borrowed when it has none), so that a paragraph is one line again; every byte and
/// character offset stays where it was. A break after a word broken by a hyphen becomes
/// [`BROKEN_WORD`].
pub fn unwrap(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    // the non-empty lines, as byte ranges, each with whether a blank line comes before it
    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut line_start = 0;
    let mut blank = true;
    for line in text.split('\n') {
        let base = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            blank = true;
        } else {
            lines.push((base, base + line.len(), blank));
            blank = false;
        }
    }
    let wraps = Wraps::of(text, &lines);
    let mut bytes: Option<Vec<u8>> = None;
    for i in 1..lines.len() {
        let joined = if lines[i].2 {
            introduces_quotation(line(text, &lines, i - 1), line(text, &lines, i))
        } else {
            wraps.joins(text, &lines, i)
        };
        if !joined {
            continue;
        }
        let bytes = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
        // each byte between the two lines' text (the break, and a carriage return or
        // spaces around it) is a space
        let before = text[..lines[i - 1].1].trim_end();
        let next = lines[i].0;
        bytes[before.len()..next].fill(b' ');
        let broken = before.ends_with('-')
            && before[..before.len() - 1].ends_with(char::is_lowercase)
            && text[next..].trim_start().starts_with(char::is_lowercase);
        if broken {
            bytes[before.len() - 1] = BROKEN_WORD as u8;
        }
    }
    match bytes {
        // only ASCII bytes were replaced, by ASCII bytes: still UTF-8
        Some(bytes) => Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())),
        None => Cow::Borrowed(text),
    }
}

/// Whether a paragraph ends in a colon and the next opens a quotation: "Mayor Leonie Vu
/// posted this message on Facebook:" / ""Find the strongest room in the house ..."", one
/// sentence whose statement runs on past the paragraph's end.
fn introduces_quotation(before: &str, next: &str) -> bool {
    before.trim_end().ends_with(':')
        && next
            .trim_start()
            .starts_with(['"', '\u{201c}', '\u{2018}', '\u{ab}', '\''])
}

/// Mends a string cut from an [`unwrap`]ped text: a word broken by a hyphen is whole again
/// ("pro" [`BROKEN_WORD`] "   tests": "protests"), and runs of spaces are one.
pub fn rejoin(s: &mut String) {
    if s.contains(BROKEN_WORD) {
        let mut out = String::with_capacity(s.len());
        let mut rest = s.as_str();
        while let Some(at) = rest.find(BROKEN_WORD) {
            out.push_str(&rest[..at]);
            rest = rest[at + 1..].trim_start();
        }
        out.push_str(rest);
        *s = out;
    }
    super::markup::tidy(s);
}

/// Which line breaks of a text only wrap a paragraph's text (a text wrapped at a fixed width,
/// a page's `<br>`, a PDF's lines) rather than end a paragraph.
struct Wraps {
    /// The text is wrapped throughout: most breaks inside a sentence are sure wraps.
    wrapped: bool,
    /// Its paragraphs are parted by blank lines (below the headline): in a wrapped text, a
    /// line that ends a sentence is then not a paragraph's end either.
    blank_parted: bool,
    /// Its first two lines are one headline.
    headline_wrapped: bool,
}

impl Wraps {
    fn of(text: &str, lines: &[(usize, usize, bool)]) -> Wraps {
        let (mut open, mut sure) = (0, 0);
        // (not the headline's break)
        for i in 2..lines.len() {
            let (before, next) = (line(text, lines, i - 1), line(text, lines, i));
            if lines[i].2 || ends_sentence(before, next) {
                continue;
            }
            open += 1;
            sure += usize::from(is_sure_wrap(before, next));
        }
        let widest = lines.iter().map(|l| l.1 - l.0).max().unwrap_or(0);
        Wraps {
            // (at 72 columns the sure wraps are 75% to 100% of a story's breaks)
            wrapped: sure >= 2 && 3 * sure >= 2 * open,
            blank_parted: lines.iter().skip(2).any(|l| l.2),
            // a headline of two lines, the first near the width the text is wrapped at
            headline_wrapped: lines.len() > 2
                && !lines[1].2
                && lines[2].2
                && 4 * (lines[0].1 - lines[0].0) >= 3 * widest,
        }
    }

    /// Returns true when the break before line `i` (not after a blank line) wraps a paragraph:
    /// a sure wrap, or in a wrapped text any break but the headline's to a line that does not
    /// open a list's item (a break after a sentence's end only when blank lines part the
    /// paragraphs).
    fn joins(&self, text: &str, lines: &[(usize, usize, bool)], i: usize) -> bool {
        let (before, next) = (line(text, lines, i - 1), line(text, lines, i));
        let continues = !opens_item(next);
        let headline = i == 1 && !self.headline_wrapped;
        if ends_sentence(before, next) {
            return self.wrapped && self.blank_parted && !headline && continues;
        }
        is_sure_wrap(before, next) || (self.wrapped && !headline && continues)
    }
}

/// Returns true when a line opens a list's item, a quotation block or an interview's turn
/// ("- ", "* ", "• ", "— ", "1. ", "> ").
fn opens_item(line: &str) -> bool {
    let line = line.trim_start();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // (a dash before a word in lower case goes on with an aside: "– insisted it was")
    let dash_aside = line.starts_with(['—', '–'])
        && line
            .trim_start_matches(['—', '–'])
            .trim_start()
            .starts_with(char::is_lowercase);
    (line.starts_with(['-', '*', '•', '—', '–', '#', '>', '+', '|']) && !dash_aside)
        // (a list's number, not a year a wrap left at the line's start: "since\n2020. Tate")
        || ((1..=3).contains(&digits)
            && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")))
}

fn line<'a>(text: &'a str, lines: &[(usize, usize, bool)], i: usize) -> &'a str {
    &text[lines[i].0..lines[i].1]
}

/// Returns true when a line ends a sentence (not at an abbreviation's or an initial's full
/// stop: "the latest U.S.\ndecision"), or a colon's preface.
fn ends_sentence(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let bare = line.trim_end_matches(is_closer);
    if bare.ends_with('.') && bare.len() == line.len() {
        let next = next.trim_start().chars().next().unwrap_or(' ');
        return !is_non_final_dot(line, line.len() - 1, next);
    }
    bare.ends_with(['.', '!', '?', '…', ':'])
}

/// Returns true when a line break inside a sentence surely wraps it: the next line opens in
/// lower case ("told reporters that the\ngovernment would"), or the line before ends at a
/// comma, a word broken by a hyphen ("pro-\ntests") or a word that cannot end a sentence
/// ("the", "that").
fn is_sure_wrap(before: &str, next: &str) -> bool {
    let before = before.trim_end();
    let Some(first) = next.trim_start().chars().next() else {
        return false;
    };
    if first.is_lowercase() {
        return true;
    }
    if !(first.is_alphabetic() || is_open_quote(first) || first == '"') {
        return false;
    }
    if before.ends_with([',', ';']) {
        return true;
    }
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if last.len() > 1
        && last.ends_with('-')
        && last[..last.len() - 1].ends_with(char::is_alphabetic)
    {
        return true;
    }
    matches!(
        last,
        "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "and"
            | "or"
            | "that"
            | "in"
            | "on"
            | "for"
            | "with"
            | "by"
            | "at"
            | "from"
            | "as"
            | "but"
            | "his"
            | "her"
            | "its"
            | "their"
            | "said"
            | "told"
            | "says"
            | "who"
            | "which"
            | "whose"
    )
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
    thread_local! {
        /// The characters of the line being split, kept for the next one.
        static CHARS: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut chars = CHARS.take();
    chars.clear();
    chars.extend(line.char_indices());
    // (a live blog's entry opens with its time: "11.58am: Premier: 'Leave now'")
    let mut start = entry_time(line);
    let mut i = line[..start].chars().count();
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
    CHARS.set(chars);
    push(line, base, start, line.len(), para, out);
}

/// The length of a live blog entry's time and its colon or dash at the start of a line
/// ("11.58am: ", "9:40 pm - ", "14.32 GMT — "), 0 when there is none.
fn entry_time(line: &str) -> usize {
    let b = line.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let hours = digits(0);
    if !(1..=2).contains(&hours) || !matches!(b.get(hours), Some(b'.' | b':')) {
        return 0;
    }
    if digits(hours + 1) != 2 {
        return 0;
    }
    let mut rest = line[hours + 3..].trim_start();
    for marker in ["am", "pm", "a.m.", "p.m.", "AM", "PM"] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r.trim_start();
            break;
        }
    }
    for zone in [
        "GMT", "BST", "CET", "CEST", "UTC", "ET", "EST", "EDT", "PT", "AEST", "AEDT",
    ] {
        if let Some(r) = rest.strip_prefix(zone) {
            if !r.starts_with(char::is_alphanumeric) {
                rest = r.trim_start();
                break;
            }
        }
    }
    let Some(after) = rest
        .strip_prefix(':')
        .or_else(|| rest.strip_prefix(['-', '\u{2013}', '\u{2014}', '|']))
    else {
        return 0;
    };
    // (a space after it, then the entry)
    if !after.starts_with(char::is_whitespace) || after.trim().is_empty() {
        return 0;
    }
    line.len() - after.trim_start().len()
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
    // the platform, not an initial: "said in a post on X. Interior Minister ..."
    if word == "X"
        && before[..word_start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "on" | "via" | "to" | "at"))
    {
        return false;
    }
    // An initial: "J. Smith", or a dotted acronym's letters "U.S." (each part one letter).
    let letters_only = word.split('.').all(|p| p.chars().count() <= 1);
    if letters_only && word.chars().next().is_some_and(char::is_uppercase) {
        // "U.S. officials" continues; "... in the U.S. The next day" is ambiguous: we keep
        // acronyms joined unless the next word is a common sentence opener.
        return !(word.contains('.') && next_is_sentence_opener(&line[dot + 1..]));
    }
    if matches!(word, "a.m" | "p.m") && next.is_uppercase() {
        // "by 6 a.m. Foreign Ministry spokeswoman ..." ends a sentence; "at 10 a.m. Tuesday",
        // "6 a.m. GMT" and "9 p.m. Moscow time" do not
        let after = line[dot + 1..].trim_start();
        let next_word: &str = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let day = matches!(
            next_word,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        );
        let zone = next_word.len() <= 4 && next_word.chars().all(|c| c.is_ascii_uppercase());
        let local = after[next_word.len()..].trim_start().starts_with("time");
        return day || zone || local;
    }
    if is_abbreviation(word) {
        // Month abbreviations end a sentence only when no day number follows.
        return true;
    }
    // a US state in a dateline or after a town: "BRANFORD, Conn. (WBRN) - ...", "in
    // Hartford, Conn., on Monday"
    if is_state_abbreviation(word) && matches!(next, '(' | ',' | '—' | '–' | '-') {
        return true;
    }
    // "No. 5", "Art. 3"
    matches!(word, "No" | "Art" | "Vol" | "pp" | "p") && next.is_ascii_digit()
}

/// The abbreviations of US states as news agencies write them after a town ("Conn.", "Calif.").
fn is_state_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Ala"
            | "Ariz"
            | "Ark"
            | "Calif"
            | "Colo"
            | "Conn"
            | "Del"
            | "Fla"
            | "Ga"
            | "Ill"
            | "Ind"
            | "Kan"
            | "Ky"
            | "La"
            | "Md"
            | "Mass"
            | "Mich"
            | "Minn"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Neb"
            | "Nev"
            | "N.H"
            | "N.J"
            | "N.M"
            | "N.Y"
            | "N.C"
            | "N.D"
            | "Okla"
            | "Ore"
            | "Pa"
            | "R.I"
            | "S.C"
            | "S.D"
            | "Tenn"
            | "Vt"
            | "Va"
            | "Wash"
            | "W.Va"
            | "Wis"
            | "Wyo"
    )
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

/// Returns true when a quotation (its opening mark and text) is a sentence or a sentence's
/// start: a capital after the mark, and a full stop, question or exclamation mark or comma
/// before the closing one, with three words at least.
fn is_quoted_sentence(quoted: &str) -> bool {
    let mut inner = quoted.chars();
    inner.next();
    let inner = inner.as_str();
    inner.starts_with(char::is_uppercase)
        && inner.ends_with(['.', '!', '?', ',', '…'])
        && inner.split_whitespace().count() >= 3
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
                            // a sentence in single quotation marks is speech, as British
                            // outlets print it ("‘We will not hide behind lawyers,’ she said")
                            single: !is_quoted_sentence(&text[o..abs]),
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
    // a quotation in single marks that goes on in the next paragraph, as British outlets
    // print one ("‘It will not work. It has never worked." and no closing mark)
    if let Some(o) = sq.filter(|&o| {
        let rest = text[o..end].trim_end();
        rest.ends_with(['.', '!', '?', '…']) && is_quoted_sentence(rest)
    }) {
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
    fn a_paragraph_wrapped_over_lines_is_one() {
        let text = "Minister resigns\nMOSCOW, May 2 - Mr Hollis told reporters that the\r\ngovernment would press ahead despite the pro-\ntests, which he said\nwere \"regrettable\". He left.\nThe next line goes on.\n\nKey points:\n- first,\n- second";
        let plain = unwrap(text);
        assert_eq!(plain.len(), text.len());
        let sents = split(&plain);
        let got: Vec<(usize, &str)> = sents
            .iter()
            .map(|s| (s.para, &plain[s.start..s.end]))
            .collect();
        assert_eq!(
            got,
            [
                (0, "Minister resigns"),
                (
                    1,
                    "MOSCOW, May 2 - Mr Hollis told reporters that the  government would press ahead despite the pro\u{1f} tests, which he said were \"regrettable\"."
                ),
                (1, "He left."),
                // wrapped, with blank lines between paragraphs: a sentence's end at a line's
                // end is no paragraph's end either
                (1, "The next line goes on."),
                (2, "Key points:"),
                (3, "- first,"),
                (4, "- second"),
            ]
        );
        let mut content = plain[63..139].to_string();
        rejoin(&mut content);
        assert_eq!(
            content,
            "the government would press ahead despite the protests, which he said were"
        );
        // in a text of a paragraph per line, a line is a paragraph
        let lines = "Minister resigns\nBy Ann Lee\nMr Hollis said so.\nHe left, his aide\nsaid.";
        let plain = unwrap(lines);
        let paras: Vec<usize> = split(&plain).iter().map(|s| s.para).collect();
        assert_eq!(paras, [0, 1, 2, 3]);
        assert!(matches!(unwrap("One.\nTwo.\nThree."), Cow::Borrowed(_)));
        // a year the wrap left at a line's start opens no list's item; a number does
        assert!(!opens_item("2020. Tate says her premium has tripled."));
        assert!(opens_item("12. Tate says her premium has tripled."));
    }

    #[test]
    fn a_live_blog_entry_s_time_is_not_part_of_its_first_sentence() {
        for (line, rest) in [
            ("11.58am: Premier: 'Leave now'", "Premier: 'Leave now'"),
            ("9:40 pm - Landfall", "Landfall"),
            ("14.32 GMT \u{2014} The bureau says", "The bureau says"),
            (
                "12.5 per cent: that is the rise",
                "12.5 per cent: that is the rise",
            ),
            ("10.30: ", "10.30: "),
            ("2024: a year of storms", "2024: a year of storms"),
        ] {
            assert_eq!(&line[entry_time(line)..], rest, "{line}");
        }
    }

    #[test]
    fn splits_on_abbreviations_and_initials() {
        let cases: &[(&str, &[&str])] = &[
            (
                "It was out by 6 a.m. Foreign Ministry spokeswoman Daria Volk said so.",
                &[
                    "It was out by 6 a.m.",
                    "Foreign Ministry spokeswoman Daria Volk said so.",
                ],
            ),
            (
                "She said in a post on X. Interior Minister Carlo Bellini agreed with Malcolm X. Jones.",
                &["She said in a post on X.", "Interior Minister Carlo Bellini agreed with Malcolm X. Jones."],
            ),
            (
                "They met at 10 a.m. Tuesday, at 6 a.m. GMT and at 9 p.m. Moscow time.",
                &["They met at 10 a.m. Tuesday, at 6 a.m. GMT and at 9 p.m. Moscow time."],
            ),
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
