//! Attributions inside one sentence, and quoted sentences that continue a speaker's quote.
//!
//! A sentence is tokenised once (words, punctuation, quotation marks, each flagged when it
//! sits inside a quotation). Then each reporting verb outside quotations is tied to a speaker
//! phrase, on its left (`X said that ...`, `"...," X said`, `X, speaking at ..., said`) or its
//! right (`"...," said X`), and to its content on the other side. `according to X` and
//! `X: "..."` are found the same way. When one attribution sits inside another's content
//! (`Kim said ..., KCNA reported`), the outer speaker becomes the inner one's `reported_by`.

use super::actors::{
    anonymous_source, bare, is_age_noun, is_cap, is_possessive, is_source_head, parse_actor,
    with_bare, without_possessive,
};
use super::lexicon::{
    cue_keeps_object, cue_takes_object, is_abbreviation, is_aux_or_adverb, is_clause_word,
    is_company_descriptor, is_condemnation, is_cue, is_document_noun, is_first_name, is_group,
    is_media_word, is_month, is_name_particle, is_np_function_word, is_org_word,
    is_professional_group, is_relay_cue, is_research_noun, is_side_in_court, is_statement_noun,
    is_title, is_weak_cue, is_weekday,
};
use super::sentences::{QuoteSpan, Sentence};
use super::{ActorKind, ParsedActor, SpeechKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Word,
    Comma,
    Colon,
    Semi,
    Dash,
    Open,
    Close,
    Paren,
    Stop,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    /// Index of the quotation the token sits in (not counting its own marks).
    q: Option<usize>,
}

/// The tokens of one sentence.
#[derive(Clone)]
pub(super) struct Tokens<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    spans: &'a [QuoteSpan],
    /// Every token lower-cased, one after another (token `i` at `lowered[i]`): the rules ask
    /// for words lower-cased hundreds of times a sentence.
    lower: String,
    lowered: Vec<(u32, u32)>,
}

/// One attribution found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    /// The speaker phrase to parse (titles, names; appositions cut off).
    pub speaker: String,
    /// The speaker as written.
    pub speaker_surface: String,
    /// A role given in an apposition ("X, the health minister, said").
    pub apposition: Option<String>,
    /// The cue.
    pub cue: String,
    /// The content.
    pub content: String,
    /// Byte range of the content in the text.
    pub content_start: usize,
    pub content_end: usize,
    /// Direct, indirect or mixed.
    pub kind: SpeechKind,
    /// The relay.
    pub reported_by: Option<String>,
    /// Byte range of speaker and cue, for nesting.
    cue_pos: usize,
    pub(super) np_start: usize,
    /// Content comes before the speaker.
    post: bool,
    /// "This assessment came from X": the content is the previous sentence.
    pub backward: bool,
}

impl Found {
    /// A speaker's content as one range of the sentence, said straight out (no apposition,
    /// relay or quotation before the speaker): a speaker before a colon, a passive "It was
    /// stated by X that", an interview's answer, "in what X called ...".
    fn plain(
        speaker: String,
        cue: String,
        (content, content_start, content_end): (String, usize, usize),
        kind: SpeechKind,
        cue_pos: usize,
        np_start: usize,
    ) -> Found {
        Found {
            speaker_surface: speaker.clone(),
            speaker,
            apposition: None,
            cue,
            content,
            content_start,
            content_end,
            kind,
            reported_by: None,
            cue_pos,
            np_start,
            post: false,
            backward: false,
        }
    }

    /// [`Found::plain`] of a content of `t`, direct, indirect or mixed as its quotation marks
    /// make it.
    fn of_content(
        t: &Tokens<'_>,
        speaker: String,
        cue: String,
        content: (String, usize, usize),
        cue_pos: usize,
        np_start: usize,
    ) -> Found {
        let kind = t.kind_of(content.1, content.2);
        Found::plain(speaker, cue, content, kind, cue_pos, np_start)
    }

    /// An attribution whose content is the sentence before (filled in by `continue_quotes`):
    /// "This assessment came from X", a post's signature standing alone; its speaker starts at
    /// token `np_at`.
    fn backward(
        t: &Tokens<'_>,
        speaker: String,
        cue: String,
        kind: SpeechKind,
        np_at: usize,
    ) -> Found {
        let at = t.toks[0].s;
        Found {
            post: true,
            backward: true,
            ..Found::plain(
                speaker,
                cue,
                (String::new(), at, at),
                kind,
                at,
                t.toks[np_at].s,
            )
        }
    }

    /// The speaker, as written, and the apposition: what a later cue of the sentence that
    /// names no speaker of its own ("..., adding that") takes over.
    fn who(&self) -> (String, String, Option<String>) {
        (
            self.speaker.clone(),
            self.speaker_surface.clone(),
            self.apposition.clone(),
        )
    }

    /// The same attribution with its content cut to tokens `a..b` (and its kind of speech
    /// measured again); `None` when no words are left.
    fn recut(self, t: &Tokens<'_>, a: usize, b: usize) -> Option<Found> {
        let (content, start, end) = t.content(a, b)?;
        Some(Found {
            content,
            content_start: start,
            content_end: end,
            kind: t.kind_of(start, end),
            ..self
        })
    }
}

impl<'a> Tokens<'a> {
    /// Tokenises `text[start..end]`; `spans` are the quotations of the whole text.
    pub(super) fn new(text: &'a str, start: usize, end: usize, spans: &'a [QuoteSpan]) -> Self {
        let s = &text[start..end];
        thread_local! {
            /// The characters of the sentence being tokenised, kept for the next one (filled
            /// and dropped for every sentence, they were a tenth of tokenising).
            static CHARS: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let mut chars = CHARS.take();
        chars.clear();
        chars.extend(s.char_indices());
        // (about one token per five characters of news prose: sized once, not grown)
        let mut toks = Vec::with_capacity(chars.len() / 4 + 4);
        let mut i = 0;
        // spans overlapping the sentence
        let first = spans.partition_point(|q| q.close <= start);
        let local: Vec<usize> = (first..spans.len())
            .take_while(|&k| spans[k].open < end)
            .collect();
        let inside = |pos: usize| -> Option<usize> {
            // innermost double quotation first, then single
            let mut best: Option<usize> = None;
            for &k in &local {
                let q = spans[k];
                if q.open < pos && pos < q.close && (best.is_none() || !q.single) {
                    if best.is_some_and(|b: usize| !spans[b].single) {
                        continue;
                    }
                    best = Some(k);
                }
            }
            best
        };
        while i < chars.len() {
            let (p, c) = chars[i];
            let abs = start + p;
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if c.is_alphanumeric() {
                let mut j = i + 1;
                while j < chars.len() {
                    let cj = chars[j].1;
                    if cj.is_alphanumeric() {
                        j += 1;
                    } else if matches!(cj, ',' | '.')
                        && chars[j - 1].1.is_ascii_digit()
                        && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit())
                    {
                        // "5,000", "3.5": one number
                        j += 2;
                    } else if matches!(cj, '-' | '\'' | '’' | '.' | '&' | '‑')
                        && chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric())
                        // a full stop joins only abbreviations like "U.S." (one letter per part)
                        && (cj != '.' || (j - i == 1 || chars[j - 2].1 == '.'))
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                let mut e = chars.get(j).map_or(s.len(), |x| x.0);
                // One trailing mark stays with the word: the dot of "U.S." (when more text
                // follows), of "Dr." and "Gen.", and the apostrophe of a plural possessive
                // ("operators' association") that closes no quotation.
                let possessive = j < chars.len()
                    && matches!(chars[j].1, '\'' | '’')
                    && chars[j - 1].1 == 's'
                    && chars.get(j + 1).is_some_and(|x| x.1.is_whitespace())
                    && !local.iter().any(|&k| {
                        spans[k].closed
                            && spans[k].close == start + chars[j].0 + chars[j].1.len_utf8()
                    });
                let dot_follows = j + 1 < chars.len() && chars[j].1 == '.';
                let abbreviation = dot_follows
                    && super::lexicon::is_abbreviation(&s[chars[i].0..e])
                    && is_cap(&s[chars[i].0..e]);
                let acronym = dot_follows && j >= 2 && chars[j - 2].1 == '.';
                // (an initial before a surname: "N. Saidova", "J. Smith")
                let initial = dot_follows
                    && j == i + 1
                    && chars[i].1.is_ascii_uppercase()
                    && chars.get(j + 1).is_some_and(|x| x.1 == ' ')
                    && chars.get(j + 2).is_some_and(|x| x.1.is_uppercase());
                if possessive || abbreviation || acronym || initial {
                    e += chars[j].1.len_utf8();
                    j += 1;
                }
                toks.push(Tok {
                    s: abs,
                    e: start + e,
                    k: K::Word,
                    q: inside(abs),
                });
                i = j;
                continue;
            }
            let e = abs + c.len_utf8();
            // "Marks & Spencer", "Pellow & Grant": a firm's "and", a word of its name
            if c == '&'
                && i > 0
                && chars[i - 1].1.is_whitespace()
                && chars.get(i + 1).is_some_and(|x| x.1.is_whitespace())
                && chars.get(i + 2).is_some_and(|x| x.1.is_uppercase())
            {
                toks.push(Tok {
                    s: abs,
                    e,
                    k: K::Word,
                    q: inside(abs),
                });
                i += 1;
                continue;
            }
            let k = match c {
                ',' => K::Comma,
                ':' => K::Colon,
                ';' => K::Semi,
                '—' | '–' => K::Dash,
                '-' if chars.get(i + 1).is_some_and(|x| x.1.is_whitespace()) => K::Dash,
                '(' | ')' | '[' | ']' => K::Paren,
                '.' | '!' | '?' | '…' => K::Stop,
                _ => {
                    if local.iter().any(|&k| spans[k].open == abs) {
                        K::Open
                    } else if local
                        .iter()
                        .any(|&k| spans[k].closed && spans[k].close == e)
                    {
                        K::Close
                    } else {
                        K::Other
                    }
                }
            };
            toks.push(Tok {
                s: abs,
                e,
                k,
                q: if matches!(k, K::Open | K::Close) {
                    None
                } else {
                    inside(abs)
                },
            });
            i += 1;
        }
        CHARS.set(chars);
        let (lower, lowered) = if s.is_ascii() {
            // (most sentences: lower-cased at once, each token at its own place)
            let lower = s.to_ascii_lowercase();
            let lowered = toks
                .iter()
                .map(|t| ((t.s - start) as u32, (t.e - start) as u32))
                .collect();
            (lower, lowered)
        } else {
            let mut lower = String::with_capacity(s.len() + 8);
            let lowered = toks
                .iter()
                .map(|t| {
                    let from = lower.len();
                    lower.push_str(&text[t.s..t.e].to_lowercase());
                    (from as u32, lower.len() as u32)
                })
                .collect();
            (lower, lowered)
        };
        Self {
            text,
            toks,
            spans,
            lower,
            lowered,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].s..self.toks[i].e]
    }

    /// The word lower-cased.
    fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lowered[i];
        &self.lower[a as usize..b as usize]
    }

    /// The word as [`super::actors::bare`] gives it (lower-cased, without a possessive "'s" or
    /// trailing apostrophes and full stops), read from the sentence lower-cased once.
    fn bare(&self, i: usize) -> &str {
        super::actors::without_possessive_marks(self.lower(i))
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.k == K::Word)
    }

    fn quoted(&self, i: usize) -> bool {
        self.toks[i].q.is_some()
    }

    fn dquoted(&self, i: usize) -> bool {
        self.toks[i].q.is_some_and(|k| !self.spans[k].single)
    }

    /// Text from the start of token `a` to the end of token `b` (inclusive).
    fn slice(&self, a: usize, b: usize) -> &'a str {
        if a > b || b >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].s..self.toks[b].e]
    }

    /// Where (in bytes of the text) an opening "Asked by X ..." (pressed, questioned,
    /// challenged) ends, at its first comma: whoever it names asked the question, and is not
    /// who answers ("Asked by committee member Tom Ashworth whether ..., he replied: ...").
    pub(super) fn asker_phrase_end(&self) -> Option<usize> {
        self.question_clause_end(0)
            .filter(|_| self.is_word(1) && self.lower(1) == "by")
            .map(|c| self.toks[c].s)
    }

    /// The comma ending a question put to the subject, opening the clause at `s` ("Asked if
    /// she would run again, ...", "Pressed by the chair, ..."): its token index.
    fn question_clause_end(&self, s: usize) -> Option<usize> {
        let asked = self.is_word(s)
            && matches!(
                self.word(s),
                "Asked" | "Pressed" | "Questioned" | "Challenged" | "Quizzed" | "Grilled"
            );
        if !asked {
            return None;
        }
        (s + 2..self.len().min(s + 25))
            .take_while(|&k| !self.quoted(k))
            .find(|&k| self.toks[k].k == K::Comma)
    }

    /// Names with a title before them ("North Korean leader Kim Jong-un") or an apposition after
    /// them ("Taraa Wesousski, the health minister,"): (name, role, where the phrase starts).
    pub(super) fn name_mentions(&self) -> Vec<(String, String, usize)> {
        let mut out = Vec::new();
        let n = self.toks.len();
        let mut title_case: Option<bool> = None;
        let mut i = 0;
        while i < n {
            // ("Man City" is a name: the noun is a post only in lower case)
            if self.is_word(i)
                && !self.quoted(i)
                && is_title(self.bare(i))
                && !super::lexicon::is_capitalised_person_noun(self.word(i))
            {
                let mut j = i + 1;
                while j < n
                    && self.is_word(j)
                    && is_cap(self.word(j))
                    && !is_title(self.bare(j))
                    && !is_org_word(self.bare(j))
                    // ("Opposition Leader Lupu Says Vote ...": a headline in title case)
                    && !(is_cue(self.bare(j))
                        && *title_case.get_or_insert_with(|| self.is_title_case()))
                    // ("Golden girl Tessa Marlow BANNED after ...": a tabloid's shout ends
                    // the name)
                    && !(j > i + 1 && is_shouted(self.word(j)) && !is_shouted(self.word(j - 1)))
                    && j - i <= 4
                {
                    j += 1;
                }
                // ("the official Korean Central News Agency": a body's name runs on)
                let into_body =
                    j < n && self.is_word(j) && is_cap(self.word(j)) && is_org_word(self.bare(j));
                if j > i + 1 && !into_body {
                    let mut r = i;
                    while r > 0
                        && self.is_word(r - 1)
                        && (is_cap(self.word(r - 1))
                            || is_title(self.bare(r - 1))
                            || is_np_function_word(self.lower(r - 1)))
                        && !matches!(
                            self.lower(r - 1),
                            "the"
                                | "a"
                                | "an"
                                | "to"
                                | "with"
                                | "by"
                                | "and"
                                | "of"
                                | "in"
                                | "at"
                                | "from"
                                | "for"
                                | "on"
                        )
                    {
                        r -= 1;
                    }
                    out.push((
                        self.slice(i + 1, j - 1).to_string(),
                        self.slice(r, i).to_string(),
                        self.toks[r].s,
                    ));
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        // "the firm's chief executive, Sarah Lee,"
        for c in 1..n {
            if self.toks[c].k != K::Comma || !self.is_word(c - 1) || !is_title(self.bare(c - 1)) {
                continue;
            }
            let mut e = c + 1;
            while e < n && self.is_word(e) && is_cap(self.word(e)) && !self.quoted(e) {
                e += 1;
            }
            if e >= c + 3 && e - c <= 5 && e < n && self.toks[e].k == K::Comma {
                // (the name without its own title: "director general, Dr Ines Abara,")
                let mut first = c + 1;
                while first + 1 < e && is_title(self.bare(first)) {
                    first += 1;
                }
                let mut r = c - 1;
                while r > 0
                    && self.is_word(r - 1)
                    && !matches!(self.lower(r - 1), "the" | "a" | "an")
                    && r + 6 > c
                {
                    r -= 1;
                }
                out.push((
                    self.slice(first, e - 1).to_string(),
                    self.slice(r, c - 1).to_string(),
                    self.toks[r].s,
                ));
            }
        }
        // "Name Name, the role," (or "Name Name, chief economist at X,")
        for c in 2..n {
            if self.toks[c].k != K::Comma || !self.is_word(c + 1) {
                continue;
            }
            let det = matches!(self.lower(c + 1), "the" | "a" | "an");
            let bare_title = !det
                && !self.quoted(c + 1)
                && !is_cap(self.word(c + 1))
                && is_title(self.bare(c + 1));
            if det || bare_title {
                let role_start = if det { c + 2 } else { c + 1 };
                let mut r = c;
                // (not "For" in "For Carla Nunez, a resident who ..., the dispute is academic")
                while r > 0
                    && self.is_word(r - 1)
                    && is_cap(self.word(r - 1))
                    && !self.quoted(r - 1)
                    && !matches!(
                        self.lower(r - 1),
                        "for" | "to" | "with" | "by" | "from" | "like" | "unlike" | "as"
                    )
                {
                    r -= 1;
                }
                let mut e = c + 1;
                while e < n && self.is_word(e) && e - c < 8 {
                    e += 1;
                }
                // not "On Monday, the minister said"
                let adverbial = is_opening_adverbial(self.lower(r))
                    || (r..c).any(|k| is_weekday(self.lower(k)));
                // the name opens its clause, or no cue follows the role: in "aid will go to
                // the Red Cross, the minister said" the name ends a statement ("..., said
                // Ruben Bogeford, the prime minister." is the apposition)
                let opens = r == 0 || !self.is_word(r - 1);
                let cue_follows = || (role_start..e).any(|k| is_cue(self.lower(k)));
                if c - r >= 2
                    && e > role_start
                    && !adverbial
                    && (opens || !cue_follows())
                    && (role_start..e).any(|k| is_title(self.bare(k)))
                {
                    let name = self.slice(r, c - 1).to_string();
                    if parse_actor(&name).is_some_and(|a| a.kind == ActorKind::Person) {
                        out.push((
                            name,
                            self.slice(role_start, e - 1).to_string(),
                            self.toks[r].s,
                        ));
                    }
                }
            }
        }
        out
    }

    /// Whether the sentence is a headline in title case ("Kovalchuk Calls Strikes on Power
    /// Grid a 'War Crime'"): four words or more, and all but the small ones capitalised.
    pub(super) fn is_title_case(&self) -> bool {
        let mut words = 0;
        for k in 0..self.toks.len() {
            if !self.is_word(k) {
                continue;
            }
            let w = self.word(k);
            let small = matches!(
                w,
                "a" | "an"
                    | "the"
                    | "of"
                    | "on"
                    | "in"
                    | "to"
                    | "and"
                    | "as"
                    | "at"
                    | "for"
                    | "by"
                    | "with"
                    | "or"
                    | "but"
                    | "from"
                    | "over"
            );
            if !small && !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                return false;
            }
            words += 1;
        }
        words >= 4
    }

    /// Companies named in passing ("Kestrel Airlines is in talks to buy ..."): runs of two to
    /// five capitalised words that read as a company's name ([`lexicon::is_company_name`]),
    /// for the name cut short later ("Kestrel confirmed").
    pub(super) fn company_names(&self) -> Vec<String> {
        let n = self.toks.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let cap =
                |k: usize| k < n && self.is_word(k) && !self.quoted(k) && is_cap(self.word(k));
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut e = i;
            while cap(e + 1) {
                e += 1;
            }
            // (not "The", "Brennport-based", "Norway's" before the name)
            let mut s = i;
            while s < e && {
                let w = self.word(s);
                matches!(self.lower(s), "the" | "a" | "an") || w.contains('-') || is_possessive(w)
            } {
                s += 1;
            }
            // (the last word first: most runs are not companies)
            if e > s
                && e - s < 5
                && super::lexicon::is_company_word(self.word(e))
                && super::lexicon::is_company_name(self.slice(s, e))
            {
                out.push(self.slice(s, e).to_string());
            }
            i = e + 1;
        }
        out
    }

    /// People named in full outside quotations, without a title: (name, where, whether the
    /// name opens the sentence followed by its verb). "Anika Halvard came out swinging.": a
    /// title or pronoun in the next sentence may refer to her; "... as Anika Halvard tore his
    /// record to shreds": a surname alone later ("Halvard said") is her. Runs of two or three
    /// capitalised words that open with a common first name ("City Hall" and "Salem Creek"
    /// read as names too).
    pub(super) fn person_names(&self) -> Vec<(String, usize, bool)> {
        let mut out = Vec::new();
        let n = self.len();
        let mut i = 0;
        while i < n {
            let name_word = |k: usize| {
                self.is_word(k)
                    && !self.quoted(k)
                    && is_cap(self.word(k))
                    && !is_title(self.bare(k))
                    && !is_org_word(self.bare(k))
                    && !is_cue(self.bare(k))
            };
            // (a first name first: most capitalised words are not one)
            let first_name = |k: usize| is_first_name(self.bare(k));
            // (or a name in commas after a post: "The head of the agency in Sudan, Laurent
            // Bukera, spoke to us")
            let after_post = |k: usize| {
                k >= 2
                    && self.toks[k - 1].k == K::Comma
                    && (k.saturating_sub(9)..k - 1)
                        .rev()
                        .take_while(|&m| self.is_word(m) && !self.quoted(m))
                        .any(|m| is_title(self.bare(m)))
                    && (k + 1..n.min(k + 4))
                        .find(|&m| !name_word(m))
                        .is_some_and(|m| m > k + 1 && self.toks[m].k == K::Comma)
            };
            let starts = self.is_word(i)
                && is_cap(self.word(i))
                && (first_name(i) || after_post(i))
                && name_word(i);
            // ("ING's Petra Lind": whose she is comes before her name)
            // (not a time zone or other initials: "... 07.00 BST Maureen Tate still wakes", a
            // dateline run into the story)
            let initials = |k: usize| {
                let w = self.word(k);
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            };
            let joined = |k: usize| {
                (name_word(k) && !is_possessive(self.word(k)) && !initials(k))
                    || is_title(self.bare(k))
            };
            if !starts || (i > 0 && joined(i - 1)) {
                i += 1;
                continue;
            }
            let mut e = i;
            while e < n && name_word(e) {
                e += 1;
            }
            if (2..=3).contains(&(e - i)) {
                let name = self.slice(i, e - 1);
                let person = parse_actor(name).filter(|a| {
                    a.kind == ActorKind::Person
                        && a.form == super::actors::Form::Full
                        && a.role.is_none()
                        && !name.contains("'s")
                        && !name.contains("’s")
                });
                if let Some(a) = person {
                    // ("Joao Reis, 71, has used the clinic for 30 years": the age in commas)
                    let aged = e + 2 < n
                        && self.toks[e].k == K::Comma
                        && self.is_word(e + 1)
                        && self.word(e + 1).bytes().all(|b| b.is_ascii_digit())
                        && self.toks[e + 2].k == K::Comma;
                    let verb_at = |v: usize| {
                        self.is_word(v)
                            && !self.quoted(v)
                            && self.word(v).chars().all(char::is_lowercase)
                            && !is_np_function_word(self.lower(v))
                    };
                    // ("Marta Holm, who runs the café by the pier, worries ...": a relative
                    // clause in commas before the verb)
                    let after_relative = || {
                        e + 2 < n
                            && self.toks[e].k == K::Comma
                            && self.is_word(e + 1)
                            && matches!(self.lower(e + 1), "who" | "whose")
                            && (e + 2..n.min(e + 20))
                                .take_while(|&k| !self.quoted(k))
                                .find(|&k| self.toks[k].k == K::Comma)
                                .is_some_and(|c| verb_at(c + 1))
                    };
                    let verb_next = if aged {
                        verb_at(e + 3)
                    } else {
                        verb_at(e) || after_relative()
                    };
                    // ("Her opposite number, Jan Horak, was unimpressed.": the subject named
                    // in commas after a description of it)
                    let described_subject = (2..=7).contains(&i)
                        && self.toks[i - 1].k == K::Comma
                        && (0..i - 1).all(|k| self.is_word(k) && !self.quoted(k))
                        && e + 1 < n
                        && self.toks[e].k == K::Comma
                        && (verb_at(e + 1) || (aged && verb_at(e + 3)));
                    // (the subject may follow a dateline: "LONDON (Reuters) - John Smith
                    // visited ...", or an opening phrase of when or where: "For thirty-one
                    // years, Anton Vik has taken the boat")
                    let after_opening = || {
                        i >= 3
                            && self.is_word(0)
                            && is_opening_adverbial(self.lower(0))
                            && self.opening_phrase_comma(0, 1, i) == Some(i - 1)
                    };
                    let opens =
                        verb_next && (i == 0 || i == self.subject_start() || after_opening());
                    out.push((a.name, self.toks[i].s, opens || described_subject));
                }
            }
            i = e.max(i + 1);
        }
        out
    }

    /// The one capitalised word a sentence opens with when a verb follows it ("Varga declined
    /// to comment."): a surname as the sentence's subject, if the article named its holder.
    ///
    /// Its holder's age may follow in commas: "Marsh, 29, later posted a video"; and an
    /// opening phrase may come first: "Born in Accra in 1944, Owusu moved to Britain".
    pub(super) fn opening_surname(&self) -> Option<&'a str> {
        let opening = self.is_word(0)
            && !self.quoted(0)
            && matches!(
                self.lower(0),
                "born"
                    | "raised"
                    | "asked"
                    | "speaking"
                    | "after"
                    | "since"
                    | "following"
                    | "despite"
                    | "earlier"
                    | "later"
                    | "in"
                    | "on"
                    | "at"
                    | "as"
            );
        let at = opening
            .then(|| {
                (1..self.len().min(12))
                    .take_while(|&k| !self.quoted(k))
                    .find(|&k| self.toks[k].k == K::Comma)
            })
            .flatten()
            .map_or(0, |c| c + 1);
        // ("Mr Ranganathan disputed that.")
        let at = if self.len() > at + 2
            && self.is_word(at)
            && super::lexicon::is_honorific(self.lower(at).trim_end_matches('.'))
        {
            at + 1 + usize::from(self.toks[at + 1].k == K::Stop)
        } else {
            at
        };
        let verb = if self.len() > at + 4
            && self.toks[at + 1].k == K::Comma
            && self.toks[at + 3].k == K::Comma
            && self.is_word(at + 2)
            && self.word(at + 2).bytes().all(|b| b.is_ascii_digit())
        {
            at + 4
        } else if self.len() > at + 3
            && self.toks[at + 1].k == K::Comma
            && self.is_word(at + 2)
            && !self.quoted(at + 2)
            && {
                let l = self.lower(at + 2);
                l.ends_with("ed") || l.ends_with("ing") || l == "who" || l == "whose"
            }
        {
            // "Doyle, asked whether talks could resume, was noncommittal": a clause in commas
            (at + 3..self.len().min(at + 20))
                .take_while(|&k| !self.quoted(k))
                .find(|&k| self.toks[k].k == K::Comma)
                .map_or(at + 1, |c| c + 1)
        } else {
            at + 1
        };
        let single = self.len() > verb
            && self.is_word(at)
            && self.is_word(verb)
            && !self.quoted(at)
            && is_cap(self.word(at))
            && self.word(verb).chars().all(char::is_lowercase)
            && !is_np_function_word(self.lower(verb));
        // ("Vik's own view is more complicated.": the holder of a view or a plan, not of a
        // person, "Vik's daughter")
        if !single {
            return None;
        }
        let owner = is_possessive(self.word(at));
        if owner {
            let noun = at + 1 + usize::from(self.lower(at + 1) == "own");
            if !self.is_word(noun) || is_title(self.bare(noun)) || is_group(self.bare(noun)) {
                return None;
            }
        }
        Some(if owner {
            without_possessive(self.word(at))
        } else {
            self.word(at)
        })
    }

    /// Bodies named and described ("Votewatch, an independent monitoring group that deployed
    /// 900 observers, painted a more mixed picture", "a response from Free Choice Orsova, a
    /// parents' group"): "its" and "it" may refer to them later, though they have said
    /// nothing yet.
    ///
    /// And a body named after what it is ("The utility, GridCo, did not respond"), with that
    /// description for its role ("the company said" later is GridCo).
    pub(super) fn org_mentions(&self) -> Vec<(String, Option<String>)> {
        let n = self.toks.len();
        let mut out = Vec::new();
        if let Some(named) = self.described_body() {
            out.push(named);
        }
        for c in 1..n.saturating_sub(2) {
            if self.toks[c].k != K::Comma
                || !self.is_word(c + 1)
                || !["a", "an", "the"]
                    .iter()
                    .any(|d| self.word(c + 1).eq_ignore_ascii_case(d))
            {
                continue;
            }
            let mut r = c;
            while r > 0 && self.is_word(r - 1) && is_cap(self.word(r - 1)) && !self.quoted(r - 1) {
                r -= 1;
            }
            if r == c || c - r > 4 {
                continue;
            }
            // the description's noun is a body's ("an independent monitoring group"), not a
            // person's ("Dr. Ilona Farkas, the office's director"); a possessive only
            // describes the noun after it ("a parents' group")
            let possessive = |w: &str| {
                w.ends_with('\'') || w.ends_with("'s") || w.ends_with('’') || w.ends_with("’s")
            };
            // (nor a noun describing the one after it: "Teresa Felovoff, the school reform
            // ...")
            let modifier = |e: usize| {
                e + 1 < n
                    && self.is_word(e + 1)
                    && self.word(e + 1).chars().all(char::is_lowercase)
                    && !super::lexicon::ends_noun_head(self.lower(e + 1))
            };
            let described = (c + 2..n.min(c + 9))
                .take_while(|&e| self.is_word(e))
                .find(|&e| {
                    let w = self.word(e);
                    !possessive(w)
                        && (with_bare(w, is_org_word) || with_bare(w, is_title))
                        && !modifier(e)
                })
                .is_some_and(|e| is_org_word(self.bare(e)));
            let name = self.slice(r, c - 1);
            // (a body's name, or a name no rule knows, "Votewatch", "Free Choice Orsova": the
            // description says what it is; not a person with a title)
            // (not a person's name that opens with a first name: "Margaret Owusu, the
            // pioneering broadcaster who ...")
            let bodylike = |a: &ParsedActor| {
                a.kind == ActorKind::Org
                    || (a.kind == ActorKind::Person
                        && a.role.is_none()
                        && !name
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| with_bare(w, is_first_name)))
            };
            if described
                && !is_opening_adverbial(self.lower(r))
                && parse_actor(name).is_some_and(|a| bodylike(&a))
            {
                out.push((name.to_string(), None));
            }
        }
        out
    }

    /// "The utility, GridCo, ...", "The state operator, Elnet, ...": a sentence opening with
    /// what a company is, then its name in commas.
    fn described_body(&self) -> Option<(String, Option<String>)> {
        if !self.is_word(0) || !self.word(0).eq_ignore_ascii_case("the") {
            return None;
        }
        let c = (1..self.len().min(5)).find(|&k| self.toks[k].k == K::Comma)?;
        let noun = self.lower(c - 1);
        let plain = (1..c).all(|k| {
            self.is_word(k) && !self.quoted(k) && self.word(k).chars().all(char::is_lowercase)
        });
        if c < 2 || !plain || !is_company_descriptor(noun) {
            return None;
        }
        let e = (c + 1..self.len().min(c + 6)).find(|&k| self.toks[k].k == K::Comma)?;
        let named = e > c + 1
            && (c + 1..e).all(|k| self.is_word(k) && !self.quoted(k) && is_cap(self.word(k)));
        named.then(|| {
            (
                self.slice(c + 1, e - 1).to_string(),
                Some(self.slice(1, c - 1).to_string()),
            )
        })
    }

    /// Whether token `k` opens an apposition on a statement: "a"/"an" and a statement noun
    /// ("— a claim Kyiv denied", ", a charge Reeves rejected").
    fn opens_apposition(&self, k: usize) -> bool {
        self.is_word(k)
            && matches!(self.lower(k), "a" | "an")
            && self.is_word(k + 1)
            && is_backward_noun(self.bare(k + 1))
    }

    /// Walks left from `end` over an actor phrase; returns its first token.
    fn np_left(&self, end: usize) -> Option<usize> {
        // "..., three people familiar with the matter said": the phrase runs on over how
        // the unnamed source knows
        let end = self.source_head_before(end).unwrap_or(end);
        // "Lawyers representing the family said", "Unions representing them said", "Officials
        // with the agency said": whom people act for, after the people
        let end = self.acting_for_before(end).unwrap_or(end);
        let mut j = end as isize;
        let mut count = 0;
        while j >= 0 {
            let ju = j as usize;
            // "Director General of the International Nuclear Safety Agency (INSA) Carlo
            // Benedetti said": a body's initials in brackets, inside the phrase
            if count > 0
                && ju >= 3
                && self.toks[ju].k == K::Paren
                && self.toks[ju - 2].k == K::Paren
                && self.is_word(ju - 1)
                && self.word(ju - 1).len() >= 2
                && self.word(ju - 1).chars().all(|c| c.is_ascii_uppercase())
                && self.is_word(ju - 3)
                && is_cap(self.word(ju - 3))
            {
                j -= 3;
                continue;
            }
            if !self.is_word(ju) || self.quoted(ju) {
                break;
            }
            let w = self.word(ju);
            let l = w.to_lowercase();
            let b = bare(w);
            // "in", "at", "to" (clause words) belong to the phrase only before a name, after
            // a noun that a place can follow: "officials in Morandor", "Russia's ambassador to
            // the United States"
            let before_place = || {
                ju < end
                    && {
                        // "at the Pelenean Council": look past an article
                        let next = if self.lower(ju + 1) == "the" && ju + 1 < end {
                            ju + 2
                        } else {
                            ju + 1
                        };
                        is_cap(self.word(next)) && !is_time_word(self.lower(next))
                    }
                    && count > 0
                    && self.np_has_noun_left(ju)
            };
            let ok = if is_clause_word(&l)
                && !(is_cap(w)
                    && ju > 0
                    && !matches!(
                        l.as_str(),
                        "that"
                            | "while"
                            | "but"
                            | "as"
                            | "when"
                            | "after"
                            | "if"
                            | "although"
                            | "because"
                            | "since"
                            | "before"
                            | "so"
                            | "this"
                            | "these"
                            | "those"
                            | "however"
                            | "meanwhile"
                            | "what"
                            | "how"
                            | "why"
                            | "there"
                            | "also"
                            | "then"
                            | "still"
                            | "even"
                            | "only"
                            | "now"
                            | "here"
                            | "today"
                            | "yesterday"
                    )) {
                (matches!(l.as_str(), "in" | "at" | "from" | "with" | "on" | "to") && before_place())
                    // "A report by the National Audit Office warned": who wrote the document
                    || (matches!(l.as_str(), "by" | "from")
                        && count > 0
                        && ju > 0
                        && self.is_word(ju - 1)
                        && {
                            let d = bare(self.word(ju - 1));
                            is_document_noun(&d) || is_statement_noun(&d) || is_research_noun(&d)
                        })
            } else if is_cap(w)
                || is_np_function_word(&l)
                // a count before the group or the names it counts ("14 lawmakers", "a group
                // of 14 House Republicans"), not a figure in what was said
                || (ju < end
                    && w.starts_with(|c: char| c.is_ascii_digit())
                    && w.bytes().all(|c| c.is_ascii_digit() || c == b',')
                    && (is_cap(self.word(ju + 1)) || is_group(self.bare(ju + 1)))
                    && (ju == 0
                        || self.toks[ju - 1].k == K::Comma
                        || (self.is_word(ju - 1)
                            && matches!(
                                self.lower(ju - 1),
                                "of" | "some" | "about" | "nearly" | "around" | "almost"
                            ))))
                // "The defence says": the side in court, as the whole phrase only (not
                // "Russia's defence minister")
                || (ju == end && ju > 0 && is_side_in_court(&b) && self.lower(ju - 1) == "the")
                || is_title(&b)
                || is_group(&b)
                || is_org_word(&b)
                || is_statement_noun(&b)
                || is_document_noun(&b)
                || is_research_noun(&b)
                // ("The 29-year-old told fans ...")
                || (ju == end && super::actors::is_age_noun(w))
                // ("A spokesperson for the town said": whatever the spokesperson speaks for)
                || (ju == end
                    && ju >= 3
                    && self.lower(ju - 1) == "the"
                    && matches!(self.lower(ju - 2), "for" | "of")
                    && bare(self.word(ju - 3)).starts_with("spokes"))
                // ("The Russian side said": a state's delegation, see `parse_actor`)
                || (ju == end && l == "side" && ju > 0 && is_cap(self.word(ju - 1)))
                // "A number of lawmakers", "a handful of residents": how many of a group
                || (ju < end
                    && super::lexicon::is_how_many(&l)
                    && self.lower(ju + 1) == "of")
                || l.ends_with("'s")
                || l.ends_with("’s")
                || l.ends_with('\'')
                || l.ends_with('’')
                || matches!(
                    l.as_str(),
                    "he" | "she" | "they" | "it" | "we" | "i" | "his" | "her" | "its" | "their"
                )
                // ("one of them said")
                || (matches!(l.as_str(), "them" | "those")
                    && ju == end
                    && ju > 0
                    && self.lower(ju - 1) == "of")
            {
                true
            } else {
                // up to two free modifiers before a title or group noun ("hospital doctors",
                // "the shadow home secretary")
                let head = |k: usize| {
                    let nb = bare(self.word(k));
                    is_title(&nb)
                        || is_group(&nb)
                        || is_org_word(&nb)
                        || is_research_noun(&nb)
                        || is_document_noun(&nb)
                };
                let modifier = |k: usize, l: &str| {
                    self.is_word(k)
                        && !self.quoted(k)
                        // ("the think tank said")
                        && (!is_cue(l) || (l == "think" && self.lower(k + 1) == "tank"))
                        && !is_np_function_word(l)
                        && !is_clause_word(l)
                        // ("so-called experts")
                        && (l.chars().all(|c| c.is_alphabetic() || c == '-')
                            // ("the 2019 report")
                            || (l.len() == 4
                                && (l.starts_with("19") || l.starts_with("20"))
                                && l.bytes().all(|c| c.is_ascii_digit()))
                            // "a 19-year-old survivor", "the 400m runner", "the 100-metre
                            // champion": a figure with its unit
                            || (l.starts_with(|c: char| c.is_ascii_digit())
                                && l.chars().any(char::is_alphabetic)
                                && l.chars().all(|c| c.is_alphanumeric() || c == '-')))
                };
                // ("Opposition attack dog Nadia Osei blasted": a paper's epithet for the person
                // named, opening the sentence)
                let epithet_of = |k: usize| {
                    ju <= 3
                        && is_cap(self.word(k))
                        && super::lexicon::is_first_name(self.lower(k))
                        && (0..ju)
                            .all(|m| self.is_word(m) && !self.quoted(m) && !is_cue(self.lower(m)))
                };
                // ("a visibly emotional Lopez told supporters": how the writer saw the person
                // named, after an article)
                let lower_word = |m: usize| {
                    self.is_word(m)
                        && !self.quoted(m)
                        && self.word(m).chars().all(|c| c.is_lowercase() || c == '-')
                };
                let described = || {
                    // the name one or two words on, the article one or two words back
                    let name = (ju + 1..=(ju + 2).min(end)).find(|&k| is_cap(self.word(k)));
                    name.is_some_and(|k| {
                        (ju..k).all(lower_word)
                            && (ju.saturating_sub(1)..=ju).rev().any(|a| {
                                a > 0
                                    && k - a <= 2
                                    && (a..ju).all(lower_word)
                                    && matches!(self.lower(a - 1), "a" | "an")
                            })
                    })
                };
                ju < end
                    && modifier(ju, &l)
                    && (head(ju + 1)
                        || epithet_of(ju + 1)
                        || described()
                        || (ju + 2 <= end
                            && modifier(ju + 1, self.lower(ju + 1))
                            && epithet_of(ju + 2))
                        || (ju + 2 <= end && {
                            // ("a big new study": an adjective the phrase rules know between)
                            let next = self.lower(ju + 1);
                            (modifier(ju + 1, next)
                                || (is_np_function_word(next)
                                    && !matches!(next, "the" | "a" | "an" | "of" | "for" | "and")))
                                && head(ju + 2)
                        }))
            };
            if !ok {
                break;
            }
            // pronouns stand alone
            if matches!(l.as_str(), "he" | "she" | "they" | "it" | "we" | "i") {
                j -= 1;
                break;
            }
            j -= 1;
            count += 1;
            if count > 12 {
                return None;
            }
        }
        let start = (j + 1) as usize;
        if start > end {
            return None;
        }
        // drop leading linking words ("Even the monitors of Votewatch described ...") and
        // the adverb opening the sentence ("Later Zdenek Holub told", "Earlier the ministry
        // said")
        let mut s = start;
        while s <= end
            && (matches!(
                self.lower(s),
                "and" | "of" | "for" | "in" | "at" | "from" | "with" | "on" | "to"
            ) || is_opening_adverb(self.lower(s)))
        {
            s += 1;
        }
        // and a time before the subject: "(Late on) Wednesday the health ministry said"
        if let Some(k) = (s..=end.min(s + 2)).find(|&k| is_time_word(self.bare(k))) {
            let lead = (s..k).all(|m| {
                matches!(
                    self.lower(m),
                    "late" | "early" | "on" | "last" | "this" | "next" | "since"
                )
            });
            // (not "Jun Dunsky said": a name may begin like a month)
            let determiner = matches!(self.lower(k + 1), "the" | "a" | "an");
            if lead && k < end && (k > s || determiner) {
                s = k + 1;
            }
        }
        // `"...," chief forecaster Ola Berg said`: a description the phrase rules do not know
        // (one to three plain words) between the quotation's comma and a person's name
        let named = || {
            is_first_name(self.bare(s))
                || (end > s && end - s <= 2 && (s..=end).all(|k| is_cap(self.word(k))))
        };
        if s <= end && s >= 1 && named() {
            let plain = |k: usize| {
                self.is_word(k) && !self.quoted(k) && {
                    let w = self.word(k);
                    w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && w.len() >= 3
                        && !is_cue(w)
                        && !is_past_verb(w)
                        && !w.ends_with("ly")
                        && (is_title(w) || !(is_clause_word(w) || is_np_function_word(w)))
                }
            };
            let mut d = s;
            while d >= 1 && s - d < 3 && plain(d - 1) {
                d -= 1;
            }
            // (after a statement's closing comma: `...,"` or `...,`; not `‘buffer zone’
            // across Kineino Territory would add`)
            let opens = d >= 1
                && (self.toks[d - 1].k == K::Comma
                    || (d >= 2
                        && self.toks[d - 1].k == K::Close
                        && self.toks[d - 2].k == K::Comma));
            if d < s && opens {
                s = d;
            }
        }
        (s <= end).then_some(s)
    }

    /// The people a phrase ending at `end` names before whom they act for ("Lawyers
    /// representing the family", "Unions representing them", "Officials with the agency"):
    /// the index of their noun.
    fn acting_for_before(&self, end: usize) -> Option<usize> {
        let plain = |k: usize| self.is_word(k) && !self.quoted(k);
        // "Residents living near the plant said", "Campaigners fighting the Ashcombe estate
        // said": where people are, or what they fight, after the people
        let placed = (end.saturating_sub(6)..end)
            .rev()
            .take_while(|&k| plain(k))
            .find(|&k| {
                matches!(
                    self.word(k),
                    "living"
                        | "working"
                        | "fighting"
                        | "opposing"
                        | "campaigning"
                        | "protesting"
                        | "sheltering"
                        | "staying"
                        | "camped"
                        | "gathered"
                        | "displaced"
                        | "evacuated"
                )
            })
            .filter(|&p| {
                p > 0
                    && plain(p - 1)
                    && is_group(&bare(self.word(p - 1)))
                    && (p + 1..=end).all(|k| {
                        let l = self.lower(k);
                        !is_cue(l) && !is_auxiliary(l) && !is_past_verb(l)
                    })
            });
        if let Some(p) = placed.filter(|&p| p < end) {
            return Some(p - 1);
        }
        // (words compared as written: this runs for every phrase the rules walk)
        let p = (end.saturating_sub(5)..end)
            .rev()
            .take_while(|&k| plain(k))
            .find(|&k| matches!(self.word(k), "representing" | "with"))?;
        let people = p > 0 && plain(p - 1) && {
            let b = bare(self.word(p - 1));
            is_group(&b) || is_title(&b)
        };
        // whom: a body, a family or "them" (not a person's name: "A lawyer representing
        // Smith" would read as Smith)
        let whom = (p + 1..=end).all(|k| {
            let l = self.lower(k);
            is_np_function_word(l)
                || matches!(l, "them" | "him" | "her" | "us" | "family" | "families")
                || is_org_word(self.bare(k))
                || is_group(self.bare(k))
        });
        (people && whom && p < end).then(|| p - 1)
    }

    /// Returns true if some token left of `i` (within the phrase) is a noun that a place can
    /// follow ("officials in Morandor").
    fn np_has_noun_left(&self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1) && {
            let b = bare(self.word(i - 1));
            is_group(&b)
                || is_title(&b)
                || is_statement_noun(&b)
                || is_org_word(&b)
                // a person's full name: "Jane Foley at Rabobank said"
                || (i >= 2
                    && is_cap(self.word(i - 1))
                    && self.is_word(i - 2)
                    && is_first_name(self.bare(i - 2)))
        }
    }

    /// Walks right from `start` over an actor phrase (for `"...," said X`); returns its last token.
    fn np_right(&self, start: usize) -> Option<usize> {
        let n = self.toks.len();
        let mut j = start;
        while j < n && self.is_word(j) && !self.quoted(j) && j - start < 12 {
            let w = self.word(j);
            let l = w.to_lowercase();
            let b = bare(w);
            let ok = is_cap(w)
                || is_np_function_word(&l)
                || is_title(&b)
                || is_group(&b)
                || is_org_word(&b)
                // ("says the 71-year-old")
                || (j > start && is_age_noun(&l))
                // "read a statement from ...", but not "Deltalinqs estimates the cost"
                || ((is_statement_noun(&b) || is_document_noun(&b))
                    && j > start
                    && matches!(
                        self.lower(j - 1),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their"
                    ))
                || matches!(l.as_str(), "he" | "she" | "they" | "it" | "we")
                // ("senior officials", "medical experts": a word describing the noun; not
                // "Zelenskyy thanked senators", a name's verb)
                || (j + 1 < n
                    && self.is_word(j + 1)
                    && !(j > start
                        && l.ends_with("ed")
                        && is_cap(self.word(j - 1))
                        && !is_possessive(self.word(j - 1)))
                    && (is_title(self.bare(j + 1))
                        || is_group(self.bare(j + 1))
                        || is_org_word(self.bare(j + 1))));
            // ("The army named the commander as ...": the verb, not "the newly named envoy")
            let verb = matches!(l.as_str(), "named" | "appointed" | "elected")
                && j > start
                && !matches!(
                    self.lower(j - 1),
                    "newly" | "recently" | "just" | "the" | "a" | "an"
                )
                && self.is_word(j + 1)
                && matches!(
                    self.lower(j + 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                );
            if !ok || verb || (is_clause_word(&l) && !matches!(l.as_str(), "in" | "at" | "from")) {
                break;
            }
            j += 1;
        }
        // trailing linking words do not belong
        while j > start
            && matches!(
                self.lower(j - 1),
                "in" | "at" | "from" | "of" | "for" | "and" | "the" | "on"
            )
        {
            j -= 1;
        }
        // ("said two people with knowledge of the talks")
        if j > start {
            if let Some(e) = self.source_phrase_from(j - 1) {
                return Some(e);
            }
        }
        (j > start).then(|| j - 1)
    }

    /// The words of an unnamed source's phrase ("people familiar with the matter") that
    /// end at `end`: where its head noun is.
    fn source_head_before(&self, end: usize) -> Option<usize> {
        (end.saturating_sub(8)..end).rev().find(|&h| {
            (h..=end).all(|k| self.is_word(k) && !self.quoted(k))
                && is_source_head(self.word(h))
                && {
                    let words: Vec<&str> = (h..=end).map(|k| self.word(k)).collect();
                    anonymous_source(&words).is_some()
                }
        })
    }

    /// Where an unnamed source's phrase whose head noun is at `head` ends ("people | with
    /// knowledge of the talks"): before the next comma or full stop, within eight words.
    fn source_phrase_from(&self, head: usize) -> Option<usize> {
        if !is_source_head(self.word(head)) {
            return None;
        }
        let last = (head + 1..self.len().min(head + 9))
            .take_while(|&k| self.is_word(k) && !self.quoted(k))
            .last()?;
        let words: Vec<&str> = (head..=last).map(|k| self.word(k)).collect();
        anonymous_source(&words).map(|_| last)
    }

    /// The last word of a byline that ends with the writer's post, run into the sentence it
    /// stood above ("By Rachel Okoye, Technology reporter The head of ..."): names in capitals,
    /// a comma, the post, then a capitalised word.
    fn byline_post_end(&self) -> Option<usize> {
        let comma = (2..self.len().min(6)).find(|&k| self.toks[k].k == K::Comma)?;
        if !(1..comma).all(|k| self.is_word(k) && is_cap(self.word(k))) {
            return None;
        }
        let post = (comma + 1..self.len().min(comma + 5))
            .take_while(|&k| self.is_word(k) && !self.quoted(k))
            .find(|&k| {
                matches!(
                    self.lower(k),
                    "reporter" | "correspondent" | "editor" | "writer"
                )
            })?;
        (self.is_word(post + 1) && is_cap(self.word(post + 1))).then_some(post)
    }

    /// Where the sentence goes on after the clock time opening a live page's entry, with no
    /// dash after it ("09:41 Ferry operator ...", "14:05 GMT Police ..."): the next word in
    /// capitals. `None` when it opens with no time.
    fn clock_end(&self) -> Option<usize> {
        let digits = |k: usize, len: std::ops::RangeInclusive<usize>| {
            self.is_word(k)
                && len.contains(&self.word(k).len())
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        if !(digits(0, 1..=2) && self.toks.get(1)?.k == K::Colon && digits(2, 2..=2)) {
            return None;
        }
        // (a time zone: "GMT", "BST", "ET")
        let zone = self.is_word(3)
            && (2..=4).contains(&self.word(3).len())
            && self.word(3).bytes().all(|b| b.is_ascii_uppercase());
        let next = if zone { 4 } else { 3 };
        (self.is_word(next) && is_cap(self.word(next)) && !self.quoted(next)).then_some(next)
    }

    /// Whether a news agency's name in brackets ends right before token `d` ("(KCNA) --",
    /// "(AFP) -"): a word in capitals, or one of a news organisation.
    fn agency_before(&self, d: usize) -> bool {
        (d.saturating_sub(2)..d)
            .find(|&k| self.toks[k].k == K::Paren)
            .is_some_and(|close| {
                close >= 3 && self.toks[close - 2].k == K::Paren && self.is_word(close - 1) && {
                    let w = self.word(close - 1);
                    (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
                        || super::lexicon::is_media_word(self.lower(close - 1))
                }
            })
    }

    /// Where the sentence's subject starts: after a dateline ("FRANKFURT, Oct 14 — Volkwerk
    /// cut ...", "KYIV (Reuters) - ..."), else at 0.
    fn subject_start(&self) -> usize {
        // (after a byline, in a text whose paragraphs were joined: "By Sanna Lehto BRENNPORT,
        // March 2 (Nordwire) - ...", the place in capitals)
        let byline = self.is_word(0) && self.word(0) == "By";
        let dash =
            (0..self.len().min(if byline { 18 } else { 10 })).find(|&d| self.toks[d].k == K::Dash);
        let dateline = dash.is_some_and(|d| {
            d > 0
                && self.is_word(0)
                && (self.word(0).chars().all(|c| !c.is_lowercase())
                    // ("Pyongyang, November 3 (KCNA) -- ...", "Paris (AFP) - ...": a place in
                    // title case, then a news agency in brackets; not "Ann Lee (Labour) - ")
                    || self.agency_before(d)
                    || (byline
                        && (1..d).any(|k| {
                            self.is_word(k)
                                && self.word(k).len() >= 3
                                && self.word(k).chars().all(|c| c.is_uppercase())
                        })))
                && (0..d).all(|k| {
                    !self.is_word(k)
                        || is_cap(self.word(k))
                        || self.word(k).chars().all(|c| c.is_ascii_digit())
                        // ("By Omar Haddad and Lise Brandt DUBAI, ...": two reporters)
                        || (byline && self.word(k) == "and")
                })
        });
        let mut s = if dateline {
            dash.map_or(0, |d| d + 1)
        } else if byline {
            // "By Rachel Okoye, Technology reporter The head of ...": the writer's post ends it
            self.byline_post_end().map_or(0, |k| k + 1)
        } else {
            // "09:41 Ferry operator Nordline says ...": a live page's entry opens with its time
            self.clock_end().unwrap_or(0)
        };
        // "Asked if she would run again, Lopez smiled and said: ...": the question before
        // the subject
        if let Some(c) = self.question_clause_end(s) {
            s = c + 1;
        }
        // "Addressing lawmakers, Dostal ...", "Speaking to journalists, the doctor ...": an
        // opening participle phrase (not "Beijing officials, however, said")
        if self.is_word(s)
            && self.word(s).ends_with("ing")
            && self.is_word(s + 1)
            && !self.quoted(s)
            && self.word(s + 1).starts_with(char::is_lowercase)
        {
            if let Some(c) = self.opening_phrase_comma(s, s + 2, s + 9) {
                let subject = c + 1 < self.len()
                    && self.is_word(c + 1)
                    && (is_cap(self.word(c + 1))
                        || matches!(self.lower(c + 1), "the" | "a" | "an"));
                if subject {
                    s = c + 1;
                }
            }
        }
        // "Outside court, one of the developers ...", "On Monday, a resident ...": an opening
        // phrase of where or when, ended by its comma, before a subject in lower case (one
        // in capitals is read as before: "In Paris, Macron ...")
        if self.is_word(s)
            && !self.quoted(s)
            && matches!(
                self.lower(s),
                "outside" | "inside" | "on" | "in" | "at" | "after" | "near" | "during"
            )
        {
            if let Some(c) = self
                .opening_phrase_comma(s, s + 1, s + 7)
                .filter(|&c| c > s + 1)
            {
                let subject = self.is_word(c + 1)
                    && !self.quoted(c + 1)
                    && matches!(
                        self.lower(c + 1),
                        "the" | "a" | "an" | "one" | "two" | "some"
                    );
                if subject {
                    s = c + 1;
                }
            }
        }
        // "Even Republican Gov. Thomas Reyes ...", "Meanwhile, the ministry ...", "Later
        // Zdenek Holub told reporters ..."
        while s < self.len() && self.is_word(s) && is_opening_adverb(self.lower(s)) {
            s += 1;
            while s < self.len() && self.toks[s].k == K::Comma {
                s += 1;
            }
        }
        s
    }

    /// The comma (its token index) ending an opening phrase that starts at `s`: the first
    /// among tokens `from..to` after plain words only, with no cue in the phrase (it says
    /// nothing itself).
    fn opening_phrase_comma(&self, s: usize, from: usize, to: usize) -> Option<usize> {
        (from..self.len().min(to))
            .take_while(|&k| !self.quoted(k) && (self.is_word(k) || self.toks[k].k == K::Comma))
            .find(|&k| self.toks[k].k == K::Comma)
            .filter(|&c| !(s..c).any(|k| is_cue(self.lower(k))))
    }

    /// Returns the number of tokens.
    fn len(&self) -> usize {
        self.toks.len()
    }

    /// The last index that is content (drops final stops and closing marks are kept).
    fn content_end(&self) -> usize {
        let mut e = self.len();
        while e > 0
            && matches!(
                self.toks[e - 1].k,
                K::Stop | K::Comma | K::Semi | K::Colon | K::Dash
            )
        {
            e -= 1;
        }
        e
    }

    /// Words in `a..b`.
    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b.min(self.len())).filter(|&i| self.is_word(i)).count()
    }

    /// Makes a content string from tokens `a..b`, trimming punctuation and quotation marks at
    /// the edges (marks inside stay).
    fn content(&self, a: usize, b: usize) -> Option<(String, usize, usize)> {
        let mut a = a;
        let mut b = b.min(self.len());
        while a < b
            && matches!(
                self.toks[a].k,
                K::Comma | K::Colon | K::Semi | K::Dash | K::Stop | K::Paren
            )
        {
            a += 1;
        }
        while b > a
            && matches!(
                self.toks[b - 1].k,
                K::Comma | K::Colon | K::Semi | K::Dash | K::Stop
            )
        {
            b -= 1;
        }
        // balanced outer quotation marks go (one quotation, not two: `"A," and he had "B"`)
        if b > a + 1
            && self.toks[a].k == K::Open
            && self.toks[b - 1].k == K::Close
            && (a + 1..b).find(|&i| self.toks[i].k == K::Close) == Some(b - 1)
        {
            a += 1;
            b -= 1;
        } else if b > a
            && self.toks[a].k == K::Open
            && !(a + 1..b).any(|i| self.toks[i].k == K::Close)
        {
            a += 1;
        } else if b > a
            && self.toks[b - 1].k == K::Close
            && !(a..b - 1).any(|i| self.toks[i].k == K::Open)
        {
            b -= 1;
        }
        while b > a
            && matches!(
                self.toks[b - 1].k,
                K::Comma | K::Colon | K::Semi | K::Dash | K::Stop
            )
        {
            b -= 1;
        }
        // "... by 6 a.m.", "... in the U.S.", "... Volkar Inc.": the full stop is the
        // abbreviation's too
        if b > a
            && b < self.len()
            && self.toks[b].k == K::Stop
            && self.is_word(b - 1)
            && self.toks[b].s == self.toks[b - 1].e
            && {
                let w = self.word(b - 1);
                (w.contains('.') && w.len() <= 6)
                    || matches!(w, "Inc" | "Ltd" | "Co" | "Corp" | "Jr" | "Sr" | "etc")
            }
        {
            b += 1;
        }
        if self.words_in(a, b) == 0 {
            return None;
        }
        let (s, e) = (self.toks[a].s, self.toks[b - 1].e);
        Some((self.text[s..e].to_string(), s, e))
    }

    /// Direct when nearly all content words are quoted, mixed when some are, else indirect.
    fn kind_of(&self, s: usize, e: usize) -> SpeechKind {
        let (mut words, mut quoted, mut dq) = (0, 0, 0);
        for (i, t) in self.toks.iter().enumerate() {
            if t.k == K::Word && t.s >= s && t.e <= e {
                words += 1;
                if self.quoted(i) {
                    quoted += 1;
                }
                if self.dquoted(i) {
                    dq += 1;
                }
            }
        }
        if words > 0 && (dq * 10 >= words * 8 || (quoted * 10 >= words * 9 && words >= 4)) {
            SpeechKind::Direct
        } else if quoted > 0 {
            SpeechKind::Mixed
        } else {
            SpeechKind::Indirect
        }
    }

    /// Fraction of the sentence's words inside a double quotation (or a long single one).
    pub(super) fn quoted_share(&self) -> (usize, usize, Option<usize>) {
        let (mut words, mut quoted, mut span) = (0, 0, None);
        for t in &self.toks {
            if t.k == K::Word {
                words += 1;
                if let Some(k) = t.q {
                    let q = self.spans[k];
                    if !q.single || q.close - q.open > 60 {
                        quoted += 1;
                        span.get_or_insert(k);
                    }
                }
            }
        }
        (quoted, words, span)
    }

    /// The quoted words of the sentence, as content.
    pub(super) fn quoted_content(&self) -> Option<(String, usize, usize)> {
        let first = self
            .toks
            .iter()
            .position(|t| t.k == K::Word && t.q.is_some())?;
        let last = self
            .toks
            .iter()
            .rposition(|t| t.k == K::Word && t.q.is_some())?;
        let mut e = last + 1;
        while e < self.len()
            && matches!(self.toks[e].k, K::Stop | K::Other)
            && self.toks[e].q.is_some()
        {
            e += 1;
        }
        self.content(first, e)
    }
}

/// Walks left from `j` over auxiliaries, adverbs and time phrases between a speaker and its
/// cue ("has previously", "on Friday", "last week").
fn skip_adverbials(t: &Tokens<'_>, mut j: usize) -> usize {
    loop {
        if j == 0 || !t.is_word(j) || t.quoted(j) {
            return j;
        }
        let l = t.lower(j);
        // ("Lumora today confirmed that ...")
        if is_aux_or_adverb(l) || matches!(l, "today" | "yesterday" | "tonight") {
            j -= 1;
        } else if (is_time_word(l)
            || matches!(
                l,
                "week" | "month" | "year" | "night" | "morning" | "evening"
            ))
            && j >= 2
            && t.is_word(j - 1)
            && matches!(
                t.lower(j - 1),
                "on" | "in" | "last" | "this" | "late" | "early"
            )
        {
            j -= 2;
        } else {
            return j;
        }
    }
}

/// Where a past participle's phrase ends the subject before a cue at `j + 1` ("Posts shared
/// widely on Facebook and Telegram since Nov. 9 claim"): the participle's index, when the
/// word before it is something that speaks in writing or a group ("posts", "documents",
/// "residents") and the phrase runs on in plain words (a month's abbreviation included).
fn participle_phrase(t: &Tokens<'_>, j: usize) -> Option<usize> {
    const MOST: usize = 12;
    let mut k = j;
    while k >= 1 && j - k < MOST {
        match t.toks[k].k {
            K::Word if !t.quoted(k) => {}
            K::Stop if t.is_word(k - 1) && is_abbreviation(t.word(k - 1)) => {}
            _ => return None,
        }
        // (the participle may end the phrase when its time was skipped as an adverbial: "a
        // study published on Wednesday suggests")
        if t.is_word(k - 1) && is_written_participle(t.word(k)) {
            let head = bare(t.word(k - 1));
            let singular = head.strip_suffix('s').unwrap_or(&head);
            let speaks = is_group(&head)
                || is_statement_noun(singular)
                || is_document_noun(singular)
                || matches!(
                    singular,
                    "video" | "image" | "photo" | "email" | "record" | "file" | "paper"
                );
            return speaks.then_some(k);
        }
        k -= 1;
    }
    None
}

/// Past participles that describe a text or people by how they reached the reporter (as
/// written inside a sentence, in lower case).
fn is_written_participle(w: &str) -> bool {
    is_reporters_participle(w)
        || matches!(
            w,
            "shared"
                | "posted"
                | "published"
                | "released"
                | "circulated"
                | "circulating"
                | "issued"
                | "cited"
                | "quoted"
                | "interviewed"
                | "surveyed"
                | "polled"
                | "questioned"
                | "contacted"
                | "reached"
                | "filed"
                | "sent"
                | "signed"
        )
}

/// Returns true for weekday and month names ("on Friday" is a time, not part of a name).
fn is_time_word(w: &str) -> bool {
    is_weekday(w) || is_month(w)
}

/// Words after a cue that make the rest an adverbial, not content ("said on Tuesday"); a
/// participle too (", the ministry said, raising its earlier count of two").
fn is_trailing_adverbial(w: &str) -> bool {
    // (not "everything", "nothing", "something", "anything": the subject of what was said)
    (w.len() > 5
        && w.ends_with("ing")
        && !w.ends_with("thing")
        && w.chars().all(|c| c.is_ascii_lowercase()))
        || matches!(
            w,
            "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "while"
            | "when"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "yesterday"
            | "today"
            | "last"
            | "this"
            | "told"
            | "to"
            | "via"
            | "through"
            | "from"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "shortly"
            | "afterwards"
            | "afterward"
            | "again"
            | "then"
            | "recently"
            | "previously"
            | "separately"
            | "according"
            | "citing"
            | "with"
            | "without"
            | "speaking"
            | "writing"
            // ", declining to say whether anyone had been questioned": no statement
            | "declining"
            | "refusing"
            | "adding"
            | "noting"
            | "according to"
            | "quoted"
            | "in a"
            | "by"
            | "as"
            | "over"
            | "for"
            | "of"
            | "outside"
            | "aboard"
            | "alongside"
            | "inside"
            | "near"
            | "following"
            | "ahead"
            | "amid"
            | "across"
            | "behind"
            | "around"
            | "since"
            | "because"
            | "although"
            | "though"
            | "until"
            | "once"
            | "despite"
        )
}

/// Weak cues that are only verbs ("believe", unlike "remarks" or "notes"): with a clause after
/// them they report a statement even without "that".
/// Verbs of forecasting, whose object is what is forecast.
fn is_forecast_verb(w: &str) -> bool {
    matches!(
        w,
        "expect"
            | "expects"
            | "forecast"
            | "forecasts"
            | "predict"
            | "predicts"
            | "predicted"
            | "anticipate"
            | "anticipates"
    )
}

fn is_belief_verb(w: &str) -> bool {
    is_expectation(w)
        || matches!(
            w,
            "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
            | "fear"
            | "fears"
            | "feared"
            | "suspect"
            | "suspects"
            | "suspected"
            | "reckon"
            | "reckons"
            | "argue"
            | "argues"
            | "insist"
            | "insists"
            | "maintain"
            | "maintains"
            | "maintained"
            | "acknowledge"
            | "acknowledges"
            | "acknowledged"
            | "concede"
            | "concedes"
            | "conceded"
            | "claim"
            | "claims"
            | "claimed"
            // "suggested the plan was flawed", "clarified he had meant ..."
            | "suggest"
            | "suggests"
            | "suggested"
            | "clarify"
            | "clarifies"
            | "clarified"
        )
}

/// "expect" and "hope" in their forms: a belief about what is to come, and a cue that takes an
/// infinitive ("Zoron Power expects to double output").
fn is_expectation(w: &str) -> bool {
    matches!(
        w,
        "expect" | "expects" | "expected" | "hope" | "hopes" | "hoped"
    )
}

/// Returns true when the words from `b` read as a clause with its own verb: a subject of one
/// to four words, then an auxiliary or modal ("the plan will fail", "prices have risen") or a
/// past tense after a noun ("the outbreak peaked").
fn clause_follows(t: &Tokens<'_>, b: usize, end: usize) -> bool {
    let determiner = |w: &str| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "very"
                | "more"
                | "most"
                | "newly"
                | "recently"
                | "so"
                | "too"
        )
    };
    for k in b + 1..end.min(b + 5) {
        if !t.is_word(k) || t.quoted(k) {
            return false;
        }
        let w = t.lower(k);
        let aux = is_auxiliary(w);
        let past = w.len() > 4 && w.ends_with("ed") && !determiner(t.lower(k - 1));
        // a present tense after a singular noun, with more to follow: "the risk rises with
        // every drink" (not "the media reports of abuse", nor "the reports")
        let present = k >= b + 2
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !determiner(t.lower(k - 1))
            && !t.lower(k - 1).ends_with('s')
            && k + 1 < end
            && t.is_word(k + 1)
            && t.lower(k + 1) != "of";
        if aux || past || present {
            return true;
        }
    }
    false
}

/// Whether the clause at `c` follows a writer's filler that opens the sentence: "It is worth
/// noting that", "It should be noted that", "It is important to note that".
fn after_filler(t: &Tokens<'_>, c: usize) -> bool {
    const FILLERS: &[&[&str]] = &[
        &["it", "is", "worth", "noting", "that"],
        &["it", "should", "be", "noted", "that"],
        &["it", "must", "be", "noted", "that"],
        &["it", "is", "important", "to", "note", "that"],
    ];
    FILLERS.iter().any(|f| {
        f.len() == c
            && f.iter()
                .enumerate()
                .all(|(k, w)| t.is_word(k) && t.lower(k) == *w)
    })
}

/// Whether a weak cue believes, claims or promises the clause from `b` (to `end`) after it:
/// "believes prices will fall", "claims they weigh 48 grams", "... and promises Moscow will hit
/// back".
fn holds_clause(t: &Tokens<'_>, cue: &str, b: usize, end: usize) -> bool {
    (is_belief_verb(cue)
        || matches!(
            cue,
            "claim" | "claims" | "claimed" | "promise" | "promises" | "promised"
        ))
        && (clause_follows(t, b, end) || pronoun_clause_follows(t, b, end))
}

/// Whether a clause opened by a subject pronoun and its verb starts at `b` ("The company
/// claims they weigh just 48 grams"): what a belief or a claim holds, where a noun after the
/// verb would be its object ("claimed the title").
fn pronoun_clause_follows(t: &Tokens<'_>, b: usize, end: usize) -> bool {
    b + 1 < end
        && t.is_word(b)
        && !t.quoted(b)
        && matches!(
            t.lower(b),
            "they" | "he" | "she" | "it" | "we" | "i" | "you"
        )
        && t.is_word(b + 1)
        && t.word(b + 1).chars().all(char::is_lowercase)
        && !is_np_function_word(t.lower(b + 1))
}

/// Words that open a sentence before its subject without a comma ("Meanwhile the ministry
/// said", "Yesterday Maria Zakharova said"): never part of the speaker.
fn is_opening_adverb(w: &str) -> bool {
    matches!(
        w,
        "even"
            | "also"
            | "meanwhile"
            | "still"
            | "now"
            | "but"
            | "and"
            | "yet"
            | "however"
            | "later"
            | "earlier"
            | "separately"
            | "yesterday"
            | "today"
            | "tonight"
            | "previously"
            | "afterwards"
            | "afterward"
            | "subsequently"
            | "recently"
            | "elsewhere"
            | "similarly"
            | "likewise"
            | "additionally"
            | "moreover"
            | "finally"
            | "then"
            | "again"
            | "instead"
    )
}

/// The last token of the subject before "is reported to (have)" (or "was understood to
/// have", "are believed to have") ending at token `j`, the hedge's "to" (the auxiliary
/// "have" is skipped as an adverbial is).
fn hedged_subject_end(t: &Tokens<'_>, j: usize) -> Option<usize> {
    let word = |k: usize| t.is_word(k) && !t.quoted(k);
    (j >= 3
        && (j - 2..=j).all(word)
        && t.lower(j) == "to"
        && matches!(
            t.lower(j - 1),
            "reported" | "understood" | "believed" | "thought" | "alleged" | "said"
        )
        && matches!(t.lower(j - 2), "is" | "was" | "are" | "were"))
    .then(|| j - 3)
}

/// The last token of the subject of "was quoted as saying" (or "was quoted by KCNA as
/// saying", "is cited as saying"), the cue "saying" at `i` and "as" at `j`, with who quoted
/// them, if named.
fn quoted_passive_end(t: &Tokens<'_>, i: usize, j: usize) -> Option<(usize, Option<String>)> {
    if !(j >= 3 && t.is_word(j) && t.lower(j) == "as" && t.lower(i) == "saying") {
        return None;
    }
    let word = |k: usize| t.is_word(k) && !t.quoted(k);
    let quoted_at = |k: usize| word(k) && matches!(t.lower(k), "quoted" | "cited");
    // "quoted by KCNA as": the quoting source between
    let (q, by) = if quoted_at(j - 1) {
        // ("was quoted as saying by Interfax.": the source after the cue, ending the sentence)
        let after = (i + 2..t.len())
            .take_while(|&m| word(m) && is_cap(t.word(m)))
            .last();
        let by = after
            .filter(|&e| {
                word(i + 1) && t.lower(i + 1) == "by" && (e + 1..t.len()).all(|m| !t.is_word(m))
            })
            .map(|e| t.slice(i + 2, e).to_string());
        (j - 1, by)
    } else {
        let b = (j.saturating_sub(8)..j).find(|&b| word(b) && t.lower(b) == "by")?;
        if b < 2 || !quoted_at(b - 1) || !(b + 1..j).all(word) || b + 1 == j {
            return None;
        }
        (b - 1, Some(t.slice(b + 1, j - 1).to_string()))
    };
    (q >= 2 && word(q - 1) && matches!(t.lower(q - 1), "was" | "were" | "is" | "are" | "been"))
        .then(|| (q - 2, by))
}

/// Returns true when a statement's content is a quotation right after its cue, with no colon
/// or "that" between ("found "no serious breaches"").
fn quoted_object(t: &Tokens<'_>, f: &Found) -> bool {
    if f.post {
        return false;
    }
    let before = t.text[..f.content_start].trim_end();
    // (the marks are the content's, or left out of it)
    // (double marks, or British single ones: "found ‘no serious breaches’")
    const OPENING: [char; 3] = ['"', '\u{201c}', '\u{2018}'];
    let (before, marked) = match before.strip_suffix(OPENING) {
        Some(b) => (b.trim_end(), true),
        None => (before, f.content.starts_with(OPENING)),
    };
    marked && before.ends_with(f.cue.as_str())
}

pub(super) fn find(t: &Tokens<'_>) -> Vec<Found> {
    let n = t.len();
    let mut out: Vec<Found> = Vec::new();
    if n == 0 {
        return out;
    }
    // Backward attribution: "This assessment came from X." refers to the sentence before.
    if let Some(f) = backward(t) {
        return vec![f];
    }
    if let Some(f) = as_stated_by(t) {
        return vec![f];
    }
    if let Some(f) = tweet_signature(t).or_else(|| pull_quote_signature(t)) {
        return vec![f];
    }
    if let Some(f) = as_put_it(t) {
        return vec![f];
    }
    if let Some(f) = was_blunt(t) {
        return vec![f];
    }
    if let Some(f) = position_is_that(t) {
        return vec![f];
    }
    if let Some(f) = in_the_words_of(t) {
        return vec![f];
    }
    if let Some(f) = for_speaker(t) {
        return vec![f];
    }
    if let Some(f) = it_was_said_by(t) {
        return vec![f];
    }
    if let Some(f) = title_case_headline(t) {
        return vec![f];
    }
    let mut last_speaker: Option<(String, String, Option<String>)> = None;
    // a coordinated weak cue that names no statement ("... and pointed to the buses")
    let mut cut_at: Option<usize> = None;
    // the words a construction read already ("what officials are calling ...")
    let mut read_to = 0;
    for i in 0..n {
        if i < read_to || !t.is_word(i) || t.quoted(i) {
            continue;
        }
        let l = t.lower(i);
        if l == "what" {
            if let Some((f, end)) = what_x_called(t, i) {
                last_speaker = Some(f.who());
                out.push(f);
                read_to = end;
            }
            continue;
        }
        if l == "according" && t.is_word(i + 1) && t.lower(i + 1) == "to" {
            // "X said the plant would close, according to estimates by Y": the figures' source
            // inside X's statement, not a statement of its own
            let mut h = i + 2;
            while t.is_word(h)
                && matches!(
                    t.lower(h),
                    "a" | "an" | "the" | "new" | "official" | "latest"
                )
            {
                h += 1;
            }
            let data_source = t.is_word(h)
                && matches!(
                    t.lower(h),
                    "estimates"
                        | "figures"
                        | "data"
                        | "projections"
                        | "calculations"
                        | "statistics"
                        | "numbers"
                        | "report"
                        | "study"
                        | "survey"
                        | "poll"
                        | "analysis"
                        | "census"
                );
            if data_source && !out.is_empty() {
                continue;
            }
            if let Some(f) = according_to(t, i, 2, "according to") {
                last_speaker = Some(f.who());
                out.push(f);
            }
            continue;
        }
        // "Volkar has lowered its guidance, citing a slower uptake of electric cars": the
        // subject gives its reason (after a cue of saying, "citing" names a source instead)
        if l == "citing" && i > 1 && t.toks[i - 1].k == K::Comma && out.is_empty() {
            let s0 = t.subject_start();
            if let Some(e) = t.np_right(s0).filter(|&e| e + 2 < i) {
                let subject = clause_subject(t, s0, e, i).unwrap_or_else(|| t.slice(s0, e).into());
                let said_before = (s0..i).any(|k| t.is_word(k) && is_cue(t.lower(k)));
                if !said_before && parse_actor(&subject).is_some() {
                    let (sp, surf) = (subject.clone(), subject);
                    if let Some(f) = forward_content(t, i, i + 1, sp, surf, None, None, s0) {
                        last_speaker = Some(f.who());
                        out.push(f);
                    }
                }
            }
            continue;
        }
        // "In her words, Moscow remains open to talks": the one just quoted speaks; "In his
        // view, ...", "In Peskov's view, ...", "In the minister's opinion, ..."
        if i == 0 && l == "in" {
            let noun = (2..t.len().min(6)).find(|&k| {
                t.is_word(k)
                    && matches!(
                        t.lower(k),
                        "words" | "view" | "opinion" | "assessment" | "estimation"
                    )
                    && t.toks.get(k + 1).is_some_and(|n| n.k == K::Comma)
                    && (1..k).all(|m| t.is_word(m) && !t.quoted(m))
            });
            if let Some(k) = noun.filter(|&k| k + 3 < t.len()) {
                let owner = t.lower(k - 1);
                let pronoun = match owner {
                    "her" => Some("she"),
                    "his" => Some("he"),
                    "their" => Some("they"),
                    _ => None,
                };
                let found = match pronoun {
                    Some(p) if k == 2 => {
                        let surface = t.slice(1, 1).to_string();
                        forward_content(t, k, k + 2, p.to_string(), surface, None, None, 1)
                            .map(|f| (f, format!("in {owner} {}", t.lower(k))))
                    }
                    None if is_possessive(t.word(k - 1)) => {
                        let surface = t.slice(1, k - 1);
                        let name = without_possessive(surface).to_string();
                        parse_actor(&name)
                            .and_then(move |_| {
                                forward_content(
                                    t,
                                    k,
                                    k + 2,
                                    name,
                                    surface.to_string(),
                                    None,
                                    None,
                                    1,
                                )
                            })
                            .map(|f| (f, format!("in the {} of", t.lower(k))))
                    }
                    _ => None,
                };
                if let Some((mut f, cue)) = found {
                    f.cue = cue;
                    last_speaker = Some(f.who());
                    out.push(f);
                    continue;
                }
            }
        }
        // "by Lumora's own count, roughly 212,000 accounts ...", "By its own estimate, ...": the
        // owner of the count says what follows the comma
        if l == "by" && (i == 0 || t.toks[i - 1].k == K::Comma) {
            if let Some(f) = by_own_count(t, i) {
                last_speaker = Some(f.who());
                out.push(f);
                continue;
            }
        }
        // "Per the ministry, ..." / "As per a statement from X, ...": only opening the
        // sentence and closed by a comma ("per cent", "per day" are not sources)
        // ("..., per a BBW report citing three sources familiar with the discussions": closing
        // the sentence after a comma)
        let closing = i > 0 && t.toks[i - 1].k == K::Comma;
        if l == "per" && (i == 0 || (i == 1 && t.lower(0) == "as") || closing) {
            if let Some(f) = according_to(t, i, 1, "per").filter(|f| !f.post || closing) {
                last_speaker = Some(f.who());
                out.push(f);
            }
            continue;
        }
        // (most words are neither: the object's word is checked first)
        // ("..., fuming: "..."": a mood's participle is a cue only before what was said)
        // ("call" only as "call on X to" or "call the story a smear", see `attach`; not "and
        // call your pharmacist")
        let cue = (is_cue(l)
            && (l != "call" || calls_on(t, i) || calls_it(t, i))
            // ("The Branford man accused of killing a pedestrian pleaded not guilty": a
            // participle of what he is charged with, no one's words)
            && !(l == "accused" && t.is_word(i + 1) && t.lower(i + 1) == "of"))
            || (is_mood_participle(l)
                && i > 0
                && t.toks[i - 1].k == K::Comma
                && t.toks
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.k, K::Colon | K::Open)))
            // ("The judge blocked the plan, ruling that it was unlawful": a court's verdict,
            // only so: "the ruling" is a noun elsewhere)
            || (matches!(l, "ruling" | "finding" | "concluding")
                && i > 0
                && t.toks[i - 1].k == K::Comma
                && t.is_word(i + 1)
                && t.lower(i + 1) == "that");
        // "after the U.S. added 37 firms to a blacklist": things added to something, not
        // words (a number or a plural, then "to" and a determiner)
        let adds_to = matches!(l, "added" | "adds" | "add")
            && t.is_word(i + 1)
            && !t.quoted(i + 1)
            && {
                let first = t.word(i + 1);
                first.starts_with(|c: char| c.is_ascii_digit())
                    || (first.len() > 3
                        && first.ends_with('s')
                        && first.chars().all(char::is_lowercase)
                        && !is_np_function_word(first))
            }
            && (i + 2..n.min(i + 6))
                .take_while(|&k| t.is_word(k) && !t.quoted(k))
                .any(|k| {
                    t.lower(k) == "to"
                        && t.is_word(k + 1)
                        && matches!(
                            t.lower(k + 1),
                            "a" | "an" | "the" | "its" | "their" | "his" | "her"
                        )
                });
        // ("documents show that ...": "show" is a cue after a document only, not in "the TV
        // show that aired")
        let shown = l == "show"
            && !(i.saturating_sub(6)..i)
                .rev()
                .take_while(|&k| t.is_word(k) && !t.quoted(k))
                .any(|k| {
                    let w = t.word(k);
                    with_bare(w, is_document_noun)
                        || with_bare(w, is_research_noun)
                        || with_bare(w, |b| matches!(b, "figures" | "statistics" | "numbers"))
                });
        // "a chamber where they believe several of them are sheltering": a belief inside a
        // relative clause belongs to what the clause describes
        // (not the clause of an occasion: "a post in which he suggested that ...")
        let relative_belief = matches!(
            l,
            "believe" | "believes" | "believed" | "think" | "thinks" | "thought" | "suspect"
        ) && i >= 2
            && t.is_word(i - 2)
            && matches!(t.lower(i - 1), "they" | "he" | "she" | "we" | "i")
            && matches!(t.lower(i - 2), "where" | "when");
        if adds_to || shown || relative_belief {
            continue;
        }
        let phrasal = if cue || phrasal_parts(l).is_none() {
            None
        } else {
            phrasal_cue(t, i)
        };
        if !(cue || phrasal.is_some()) || (is_cap(t.word(i)) && i > 0) {
            continue;
        }
        // "expressed concern that ...": the verb and its object make one cue, read at the
        // object ("expressed its disappointment" is read at the verb)
        if cue && (i + 1..(i + 4).min(t.len())).any(|k| phrasal_cue(t, k) == Some(i)) {
            continue;
        }
        // "Two officers who have driven the vehicles told us the brakes had failed": the
        // subject before a relative clause speaks
        if cue && out.is_empty() && !l.ends_with("ing") {
            if let Some((speaker, s)) = relative_subject(t, i) {
                let mut b = after_that(t, i);
                if b == i + 1 && cue_takes_object(l) && !cue_keeps_object(l) {
                    b = audience_end(t, i + 1, l);
                    b += usize::from(t.is_word(b) && !t.quoted(b) && t.lower(b) == "that");
                }
                let surface = speaker.clone();
                if let Some(f) = forward_content(t, i, b, speaker, surface, None, None, s) {
                    last_speaker = Some(f.who());
                    out.extend(split_statements(t, f));
                    continue;
                }
            }
        }
        // A coordinated cue shares the subject: "X promised A and pledged B", "called it
        // irresponsible and said ...".
        // ("... and flatly denied ...": an adverb may come between)
        let adverb = i > 1
            && t.is_word(i - 1)
            && !t.quoted(i - 1)
            && matches!(t.word(i - 1), w if w.ends_with("ly") || w == "also" || w == "later");
        let and_at = if adverb { i - 2 } else { i.saturating_sub(1) };
        if i > 0
            && t.is_word(and_at)
            && matches!(t.lower(and_at), "and" | "but")
            && !t.quoted(and_at)
        {
            // "Deltalinqs estimates the cost at ... and described the action as ...": the
            // sentence's subject, when the first verb was not itself taken as a cue
            if last_speaker.is_none() {
                let s0 = t.subject_start();
                if let Some(e) = t.np_right(s0) {
                    // ("The drug's maker, Novo Nordisk, welcomed the study but said ...": the
                    // name in commas)
                    let named = (e + 2 < i && t.toks[e + 1].k == K::Comma)
                        .then(|| {
                            (e + 2..i.min(e + 7))
                                .find(|&m| !(t.is_word(m) && is_cap(t.word(m)) && !t.quoted(m)))
                                .filter(|&m| m > e + 2 && t.toks[m].k == K::Comma)
                        })
                        .flatten();
                    let (from, to) = named.map_or((s0, e), |m| (e + 2, m - 1));
                    let verb_at = named.map_or(e + 1, |m| m + 1);
                    let subject = t.slice(from, to).to_string();
                    let verb_follows = t.is_word(verb_at) && !t.quoted(verb_at);
                    if verb_at < i && verb_follows && parse_actor(&subject).is_some() {
                        last_speaker = Some((subject.clone(), subject, None));
                    }
                }
            }
            // ("As Sarkisov noted, Kesh "has always respected freedom of navigation" and
            // expects ...": a verb in the present after a cue in the past goes on with the
            // statement's own subject)
            let goes_on = l.len() > 3
                && l.ends_with('s')
                && !l.ends_with("ss")
                && out.last().is_some_and(|f: &Found| {
                    let c = f.cue.to_lowercase();
                    // (not after a cue with an object: "called the count a "performance" and
                    // says his observers ...")
                    !f.post
                        && !cue_takes_object(&c)
                        && (c.ends_with("ed") || matches!(c.as_str(), "said" | "told" | "wrote"))
                        && f.content_start < t.toks[and_at].s
                        && f.content_end > t.toks[and_at].s
                });
            if goes_on {
                continue;
            }
            // ("... and pointed to the buses": a weak cue needs "that", as alone; "and
            // pointed out that": its particle first)
            let particle = usize::from(cue_particle(t, i).is_some());
            let next = i + 1 + particle;
            let weak_alone = is_weak_cue(l)
                && !cue_takes_object(l)
                && !holds_clause(t, l, i + 1, n)
                && !(next < n
                    && (t.toks[next].k == K::Open
                        || t.toks[next].k == K::Colon
                        || (t.is_word(next) && t.lower(next) == "that")));
            // (a verb in the past, as the subject's are: "and respond if necessary" goes on
            // with what the subject of the statement would do)
            if weak_alone && last_speaker.is_some() && l.ends_with("ed") {
                // the rules below may still read it; if they do not, the subject's next verb
                // ends the statement before it
                cut_at = Some(and_at);
            }
            if let Some((sp, surf, app)) = last_speaker.as_ref().filter(|_| !weak_alone) {
                let mut b = next;
                if b < n && t.is_word(b) && t.lower(b) == "that" {
                    b += 1;
                } else if cue_takes_object(l) && !cue_keeps_object(l) {
                    // "and reminded voters that ...": the audience is not what was said
                    if let Some(th) = (b..n.min(b + 6))
                        .take_while(|&k| t.is_word(k) && !t.quoted(k))
                        .find(|&k| t.lower(k) == "that")
                    {
                        b = th + 1;
                    }
                }
                if t.words_in(b, n) >= 2 {
                    let s = if adverb { i - 1 } else { i };
                    if let Some(f) =
                        forward_content(t, i, b, sp.clone(), surf.clone(), app.clone(), None, s)
                    {
                        out.push(f);
                    }
                }
                continue;
            }
        }
        // "Macron went on to say that ...", "the mayor took to social media to warn ...": the
        // subject speaks (not in "declined to say", "wants to add")
        if let Some(f) = went_on_to(t, i) {
            last_speaker = Some(f.who());
            out.push(f);
            continue;
        }
        // "He is warning that ...", "She is promising an independent review": a progressive
        // cue speaks like its finite form (broadcast and live copy)
        let progressive = is_progressive_cue(t, i);
        // (a phrasal cue's noun follows its determiner: "sounded the alarm that")
        if phrasal.is_none() && !progressive && i > 0 && t.is_word(i - 1) {
            let p = t.lower(i - 1);
            if matches!(
                p,
                "to" | "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "such"
                    | "no"
                    | "any"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "not"
                    | "never"
                    | "n't"
                    | "didn't"
                    | "won't"
                    | "cannot"
            ) {
                continue;
            }
        }
        // "-ing" cues continue the last speaker: "..., adding that ..."; without one, the
        // sentence's subject speaks ("Zelenskyy thanked senators, writing that ...")
        // (`"...," Kim was quoted as saying` is read as `"...," Kim said` is, below)
        // (a phrasal cue by its verb: "..., while making clear that ...")
        let v = phrasal.unwrap_or(i);
        if t.lower(v).ends_with("ing")
            && !progressive
            // ("is sounding the alarm that": the progressive's subject speaks, as below)
            && !(v < i
                && v > 0
                && t.is_word(v - 1)
                && matches!(
                    t.lower(v - 1),
                    "is" | "are" | "was" | "were" | "been" | "be"
                ))
            && !(i >= 1 && quoted_passive_end(t, i, i - 1).is_some())
        {
            // "..., with President Lena Vogt saying inflation was on track": the noun phrase
            // after "with" speaks
            // ("with its governor, Irena Kovacs-Holm, saying": the name in commas)
            let with_speaker = (v.saturating_sub(10)..v.saturating_sub(1))
                .rev()
                .find(|&k| t.is_word(k) && !t.quoted(k) && t.lower(k) == "with")
                .filter(|&k| {
                    (k + 1..v).all(|m| (t.is_word(m) && !t.quoted(m)) || t.toks[m].k == K::Comma)
                })
                .map(|k| {
                    // "with Western members blaming X and Russia saying ...": each side of
                    // "and" has its own speaker and cue
                    let k = (k + 2..i)
                        .rev()
                        .find(|&m| {
                            t.lower(m) == "and"
                                && (k + 1..m).any(|c| {
                                    let l = t.lower(c);
                                    l.ends_with("ing") && is_cue(l)
                                })
                        })
                        .unwrap_or(k);
                    let commas: Vec<usize> =
                        (k + 1..i).filter(|&m| t.toks[m].k == K::Comma).collect();
                    // ("with the chancellor privately warning": how, not who)
                    let mut last = i - 1;
                    while last > k + 1 && is_manner_adverb(t, last) {
                        last -= 1;
                    }
                    let np = match commas[..] {
                        [] => t.slice(k + 1, last).to_string(),
                        [a, b] if b == i - 1 && b > a + 1 => t.slice(a + 1, b - 1).to_string(),
                        _ => String::new(),
                    };
                    (np, k + 1)
                })
                .filter(|(np, _)| {
                    parse_actor(np).is_some_and(|a| a.form != super::actors::Form::Pronoun)
                });
            if let Some((np, np_start)) = with_speaker {
                let mut start = after_that(t, i);
                // ("with the chancellor warning colleagues that ...": whom they warned)
                if start == i + 1 && cue_takes_object(l) && !cue_keeps_object(l) {
                    let o = audience_end(t, i + 1, l);
                    if o > i + 1 && t.is_word(o) && !t.quoted(o) && t.lower(o) == "that" {
                        start = o + 1;
                    }
                }
                if let Some(f) =
                    forward_content(t, i, start, np.clone(), np.clone(), None, None, np_start)
                {
                    last_speaker = Some((np.clone(), np, None));
                    out.extend(split_statements(t, f));
                }
                continue;
            }
            // "Xinhua quoted spokesman Lin Jian as saying ...": the one quoted speaks, through
            // the subject
            if let Some(f) = quoted_as(t, i) {
                last_speaker = Some(f.who());
                out.push(f);
                continue;
            }
            // "..., adding", "went as far as calling", "by saying": the cue continues a clause
            let joined = v > 0
                && (t.toks[v - 1].k == K::Comma
                    // `"constructive but difficult," adding`: the comma inside the quote
                    || (v > 1 && t.toks[v - 1].k == K::Close && t.toks[v - 2].k == K::Comma)
                    || (t.is_word(v - 1)
                        && matches!(
                            t.lower(v - 1),
                            "as" | "by" | "when" | "while" | "before" | "after"
                        ))
                    // "issued a statement saying ...", "posted a video saying ..."
                    || issued_by_subject(t, i));
            if last_speaker.is_none() && joined {
                let s0 = t.subject_start();
                if let Some(e) = t.np_right(s0) {
                    let clause_subject = clause_subject(t, s0, e, i);
                    // ("The central bank's governor, Eva Stastna, struck a cautious note,
                    // warning ...": the name in commas after the description)
                    let named = (e + 2 < i && t.toks[e + 1].k == K::Comma)
                        .then(|| {
                            let mut m = e + 2;
                            while m < i && t.is_word(m) && is_cap(t.word(m)) {
                                m += 1;
                            }
                            (m > e + 3 && m < i && t.toks[m].k == K::Comma)
                                .then(|| t.slice(e + 2, m - 1).to_string())
                        })
                        .flatten()
                        .filter(|name| {
                            parse_actor(name).is_some_and(|a| {
                                a.kind == ActorKind::Person && a.form == super::actors::Form::Full
                            })
                        });
                    let subject = named.unwrap_or_else(|| t.slice(s0, e).to_string());
                    if let Some(np) = clause_subject {
                        last_speaker = Some((np.clone(), np, None));
                    } else if e + 1 < i && parse_actor(&subject).is_some() {
                        last_speaker = Some((subject.clone(), subject, None));
                    }
                }
            }
            if let Some((sp, surf, app)) = &last_speaker {
                if joined {
                    // "Kim was quoted by KCNA as saying ..."
                    let relay = relay_in(t.slice(0, v - 1));
                    // "telling reporters in Berlin that ...": the audience is not content
                    let past_that = after_that(t, i);
                    let start = if past_that > i + 1 {
                        past_that
                    } else if cue_takes_object(l) && !cue_keeps_object(l) {
                        // ("accusing them of running a network that ...": the object stays;
                        // "telling reporters the campaign was ...": what follows the
                        // audience, while "urging residents not to panic" keeps whom it urges)
                        (i + 2..t.content_end().min(i + 10))
                            .take_while(|&k| t.is_word(k) && !t.quoted(k))
                            .find(|&k| t.lower(k) == "that")
                            .map_or_else(
                                || {
                                    if l == "telling" {
                                        audience_end(t, i + 1, l)
                                    } else {
                                        i + 1
                                    }
                                },
                                |k| k + 1,
                            )
                    } else {
                        i + 1
                    };
                    if let Some(f) = forward_content(
                        t,
                        i,
                        start,
                        sp.clone(),
                        surf.clone(),
                        app.clone(),
                        relay,
                        i,
                    ) {
                        let mut f = f;
                        if v < i {
                            // (the statement before ends where the verb begins)
                            f.cue = t.slice(v, i).to_lowercase();
                            f.cue_pos = t.toks[v].s;
                            f.np_start = t.toks[v].s;
                        }
                        out.extend(split_statements(t, f));
                    }
                }
            }
            continue;
        }
        if let Some(mut f) = attach(t, i) {
            if let Some(v) = phrasal {
                f.cue = t.slice(v, i).to_lowercase();
            }
            let Some(f) = claim_as_noun(t, i, f) else {
                continue;
            };
            last_speaker = Some(f.who());
            if !f.content.is_empty() {
                out.extend(split_statements(t, f));
            }
        } else if let Some(and_at) = cut_at.take() {
            // "said that nobody had been abandoned and pointed to the buses"
            let cut = t.toks[and_at].s;
            if let Some(k) = out
                .iter()
                .rposition(|f| f.content_start < cut && f.content_end > cut)
            {
                let first = (0..n).find(|&x| t.toks[x].s >= out[k].content_start);
                if let Some(f) = first.and_then(|a| out[k].clone().recut(t, a, and_at)) {
                    out[k] = f;
                }
            }
        }
        cut_at = None;
    }
    // X: "..."
    for c in 0..n {
        if t.toks[c].k == K::Colon
            && !t.quoted(c)
            && c + 1 < n
            && t.toks[c + 1].k == K::Open
            && c > 0
            && t.is_word(c - 1)
        {
            if out
                .iter()
                .any(|f| f.cue_pos <= t.toks[c].s && f.content_start > t.toks[c].s)
            {
                continue;
            }
            if is_cue(t.lower(c - 1)) {
                continue;
            }
            // (or after a live page's time: "10:05 Energy minister Liv Aasen: "...")
            if let Some(s) = t
                .np_left(c - 1)
                .filter(|&s| s <= 1 || t.clock_end() == Some(s))
            {
                let speaker = t.slice(s, c - 1).to_string();
                if parse_actor(&speaker).is_some() {
                    out.extend(after_colon(t, speaker, s, c));
                    continue;
                }
            }
            // "CEO Marieke de Vries went with the usual script: "...": a named subject, a
            // few words of the writer's, then the quotation
            let s0 = t.subject_start();
            let Some(e) = t.np_right(s0).filter(|&e| e + 1 < c && c - e <= 9) else {
                continue;
            };
            let plain = (e + 1..c).all(|k| t.is_word(k) && !t.quoted(k) && !is_cue(t.lower(k)));
            let subject = t.slice(s0, e);
            let named = parse_actor(subject).is_some_and(|a| {
                (a.form == super::actors::Form::Full
                    && !a.unresolved_title
                    && match a.kind {
                        ActorKind::Person => a.name.contains(' '),
                        ActorKind::Org => true,
                        ActorKind::Group => false,
                    })
                    // (or a post at a body named: "Lumora CEO grilled by MPs: "...")
                    || (a.form == super::actors::Form::Title
                        && a.kind == ActorKind::Person
                        && a.name.split_whitespace().any(|w| {
                            is_cap(w) && !with_bare(w, is_title) && !with_bare(w, is_group)
                        }))
            });
            if plain && named {
                out.extend(after_colon(t, subject.to_string(), s0, c));
            }
        }
    }
    if out.is_empty() {
        if let Some(f) = passive_by(t) {
            out.push(f);
        }
    }
    // "before PayFlow said a word", "she said nothing": no statement
    out.retain(|f| {
        !matches!(
            f.content.to_lowercase().as_str(),
            "a word" | "nothing" | "anything" | "little" | "much" | "so" | "otherwise"
        )
    });
    // "found that", "shows that" report what research or an inquiry found, not what a person
    // happened to find ("She found that the door was locked"); what it found in quotation
    // marks straight after the verb is its object ("inspected the mine and found "no serious
    // breaches""), not a quotation
    out.retain(|f| {
        !(matches!(f.cue.as_str(), "found" | "finds" | "showed" | "shows")
            && (quoted_object(t, f)
                // (a person's own document may: "Lumora's investigation found that ...")
                || parse_actor(&f.speaker)
                    .is_none_or(|a| a.kind == ActorKind::Person && a.via.is_none())))
    });
    opening_participle(t, &mut out);
    continued_after_cue(t, &mut out);
    nest(t, &mut out);
    one_per_span(&mut out);
    // "Speaking to the BBC, ...", "In an interview with The Guardian, ...": the relay of the
    // whole sentence
    if let Some(c) = (1..n.min(14)).find(|&k| t.toks[k].k == K::Comma && !t.quoted(k)) {
        let opener = t.lower(0);
        if matches!(opener, "speaking" | "talking" | "in" | "writing") {
            if let Some(relay) = relay_in(t.slice(0, c - 1)).or_else(|| {
                // "Writing in the Financial Times, ..."
                (opener == "writing" && t.is_word(1) && t.lower(1) == "in")
                    .then(|| t.slice(2, c - 1).to_string())
            }) {
                // "the BBC", "The Guardian", "state television"; not "reporters in Brussels"
                let head = relay
                    .split_whitespace()
                    .find(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
                    .unwrap_or("");
                let media = is_cap(head)
                    || relay
                        .split_whitespace()
                        .any(|w| with_bare(w, is_media_word));
                for f in out.iter_mut().filter(|f| f.reported_by.is_none() && media) {
                    f.reported_by = Some(relay.clone());
                }
            }
        }
    }
    out
}

/// "State news agency Xinhua quoted Foreign Ministry spokesman Lin Jian as saying ..." (the
/// "-ing" cue at `i`): the person quoted speaks; the subject relays.
fn quoted_as(t: &Tokens<'_>, i: usize) -> Option<Found> {
    if i < 4 || !t.is_word(i - 1) || t.lower(i - 1) != "as" {
        return None;
    }
    let k = (1..i - 2)
        .rev()
        .find(|&k| t.is_word(k) && !t.quoted(k) && t.lower(k) == "quoted")?;
    // "was quoted by KCNA as saying" is the passive, handled with the relay it names
    if matches!(
        t.lower(k - 1),
        "was" | "were" | "is" | "are" | "been" | "be"
    ) {
        return None;
    }
    if !(k + 1..i - 1).all(|m| t.is_word(m) && !t.quoted(m)) {
        return None;
    }
    let speaker = t.slice(k + 1, i - 2).to_string();
    // the relay's words, back from "quoted"
    let r = (0..k)
        .rev()
        .take_while(|&m| t.is_word(m) && !t.quoted(m))
        .last()?;
    if r > 0 {
        // `"...," KCNA quoted Kim as saying.`: the quotation before the relay is what was said
        if !matches!(t.toks[r - 1].k, K::Comma | K::Close) || (i + 1..t.len()).any(|m| t.is_word(m))
        {
            return None;
        }
        let relay = t.slice(r, k - 1).to_string();
        parse_actor(&speaker)?;
        parse_actor(&relay)?;
        let mut f = post_content(t, r - 1, speaker.clone(), speaker, None, "saying", i, i + 1)?;
        f.reported_by = Some(relay);
        f.np_start = t.toks[r].s;
        return Some(f);
    }
    let relay = t.slice(0, k - 1).to_string();
    parse_actor(&speaker)?;
    parse_actor(&relay)?;
    let start = after_that(t, i);
    let mut f = forward_content(
        t,
        i,
        start,
        speaker.clone(),
        speaker,
        None,
        Some(relay),
        k + 1,
    )?;
    f.np_start = t.toks[0].s;
    Some(f)
}

/// "As Foreign Minister Sergei Lavrov put it, \"There are no limits.\"" (or "As one diplomat
/// put it: ...", "As one official put it to me, ..."): the speaker between "As" and "put it",
/// the content after. Inside the sentence, "Paper, as he put it, \"does not water fields\"":
/// the words before it and the words after it.
fn as_put_it(t: &Tokens<'_>) -> Option<Found> {
    let at = (0..t.len().min(10)).find(|&a| {
        t.is_word(a)
            && t.word(a).eq_ignore_ascii_case("as")
            && (a == 0 || t.toks[a - 1].k == K::Comma)
    })?;
    let k = (at + 2..t.len().min(at + 12)).find(|&k| {
        t.is_word(k) && t.lower(k) == "put" && t.is_word(k + 1) && t.lower(k + 1) == "it"
    })?;
    // (whom it was put to: "to me", "to reporters", "to the BBC")
    let mut c = k + 2;
    if t.is_word(c) && t.lower(c) == "to" {
        c = (c + 1..t.len().min(c + 5)).find(|&m| !t.is_word(m) || t.quoted(m))?;
    }
    if !(at + 1..k).all(|m| t.is_word(m) && !t.quoted(m))
        || !matches!(t.toks.get(c)?.k, K::Comma | K::Colon)
    {
        return None;
    }
    let speaker = t.slice(at + 1, k - 1).to_string();
    parse_actor(&speaker)?;
    let mut f = forward_content(t, k, c + 1, speaker.clone(), speaker, None, None, at + 1)?;
    f.cue = "put it".into();
    if at > 0 {
        // the sentence's subject, before the aside: what was said goes on from it
        if !plain_head(t, 0, at - 1) {
            return None;
        }
        let (head, hs, _) = t.content(0, at - 1)?;
        f.content = format!("{head} {}", f.content);
        f.content_start = hs;
        f.kind = t.kind_of(hs, f.content_end);
        f.post = true;
    }
    Some(f)
}

/// `The risks were "tilted to the downside," she conceded, but the labour market was holding
/// up well`: a clause joined by "but" or "and" after a speaker who follows their statement
/// goes on with what they said, unless it has a speaker of its own ("..., the ministry said,
/// but analysts expect a slowdown") or tells what the speaker did ("..., but he declined to
/// give details").
fn continued_after_cue(t: &Tokens<'_>, out: &mut Vec<Found>) {
    let end = t.content_end();
    let mut more = Vec::new();
    for f in out.iter().filter(|f| f.post && !f.backward) {
        let Some(ci) = (0..t.len()).find(|&k| t.toks[k].s == f.cue_pos && t.is_word(k)) else {
            continue;
        };
        // the comma closing the speaker (and where or when they spoke)
        let Some(c) = (ci + 1..end.min(ci + 10))
            .take_while(|&k| !t.quoted(k) && t.toks[k].k != K::Open)
            .find(|&k| t.toks[k].k == K::Comma)
        else {
            continue;
        };
        let b = c + 2;
        if !(t.is_word(c + 1) && matches!(t.lower(c + 1), "but" | "and")) || b >= end {
            continue;
        }
        let clause = b..end;
        let words = clause.clone().filter(|&k| t.is_word(k)).count();
        let plain = clause
            .clone()
            .all(|k| !t.quoted(k) && !matches!(t.toks[k].k, K::Open | K::Close))
            && !clause.clone().any(|k| {
                t.is_word(k) && {
                    let l = t.lower(k);
                    is_cue(l) || (l == "according" && t.is_word(k + 1))
                }
            });
        // (in the reported past, as reported speech is: "Kyiv has requested more air defence
        // systems" after "the minister warned" is the writer's)
        let verb = clause.clone().take(6).find(|&k| {
            t.is_word(k) && {
                let l = t.lower(k);
                is_auxiliary(l) || is_past_verb(l)
            }
        });
        let finite = verb.is_some_and(|k| {
            let l = t.lower(k);
            matches!(
                l,
                "was" | "were" | "had" | "would" | "could" | "might" | "should"
            ) || (is_past_verb(l) && !is_auxiliary(l))
        });
        let acts = matches!(t.lower(b), "he" | "she" | "they")
            && !(t.is_word(b + 1) && is_auxiliary(t.lower(b + 1)));
        let taken = out
            .iter()
            .any(|g| g.content_start >= t.toks[b].s && g.content_start < t.toks[end - 1].e);
        if words < 3 || !plain || !finite || acts || taken {
            continue;
        }
        if let Some(g) = forward_content(
            t,
            ci,
            b,
            f.speaker.clone(),
            f.speaker_surface.clone(),
            f.apposition.clone(),
            f.reported_by.clone(),
            ci,
        ) {
            more.push(Found {
                np_start: f.np_start,
                ..g
            });
        }
    }
    out.extend(more);
}

/// "Noting that trade reached a record high, Lin said ...", "Claiming that the vote was
/// rigged, Kald called for new elections": a statement opening the sentence under a
/// participle, whose speaker is the subject of the main clause after the comma. Drops an
/// attribution that had taken the opening clause, cue and all, for its content.
fn opening_participle(t: &Tokens<'_>, out: &mut Vec<Found>) {
    const OPENERS: &[&str] = &[
        "noting",
        "stressing",
        "emphasizing",
        "emphasising",
        "underlining",
        "underscoring",
        "recalling",
        "warning",
        "claiming",
        "insisting",
        "arguing",
        "acknowledging",
        "admitting",
        "asserting",
        "alleging",
    ];
    if !(t.is_word(0) && !t.quoted(0) && OPENERS.contains(&t.lower(0))) {
        return;
    }
    if !(t.is_word(1) && t.lower(1) == "that") {
        return;
    }
    let a = 2;
    // the clause runs to the first comma outside quotation marks
    let Some(comma) = (a + 2..t.len()).find(|&k| t.toks[k].k == K::Comma && !t.quoted(k)) else {
        return;
    };
    // the main clause's subject: a phrase the actor rules read, then a verb
    let s0 = comma + 1;
    let Some(e) = t.np_right(s0) else {
        return;
    };
    let verb = e + 1;
    if !(t.is_word(verb) && !t.quoted(verb) && !is_cap(t.word(verb))) {
        return;
    }
    let speaker = t.slice(s0, e).to_string();
    if parse_actor(&speaker).is_none() {
        return;
    }
    let Some((content, cs, ce)) = t.content(a, comma) else {
        return;
    };
    // (not when an attribution inside the clause gives it a speaker of its own)
    if out.iter().any(|f| f.np_start > cs && f.np_start < ce) {
        return;
    }
    out.retain(|f| !(f.content_start <= cs && f.content_end > cs));
    let f = Found::of_content(
        t,
        speaker,
        t.lower(0).to_owned(),
        (content, cs, ce),
        t.toks[0].s,
        t.toks[s0].s,
    );
    out.insert(0, f);
}

/// A post embedded in a page, as its text reads once the markup is gone: "Stay home tonight.
/// — Mayor Kari Lund (@KariLund) November 28, 2026". The name before the handle posted the
/// words before the dash (a link to a picture is not among them), or, when the signature
/// stands alone as a sentence, the sentence before it (see `continue_quotes`).
fn tweet_signature(t: &Tokens<'_>) -> Option<Found> {
    let n = t.len();
    let dash = (0..n).find(|&k| t.toks[k].k == K::Dash && !t.quoted(k))?;
    let mut e = dash + 1;
    while e < n && t.is_word(e) && is_cap(t.word(e)) && e - dash <= 5 {
        e += 1;
    }
    // the handle in brackets, then the date
    let handle = e > dash + 1
        && e + 4 < n
        && t.toks[e].k == K::Paren
        && t.text[t.toks[e + 1].s..t.toks[e + 1].e].eq("@")
        && t.is_word(e + 2)
        && t.toks[e + 3].k == K::Paren
        && t.is_word(e + 4)
        && is_month(t.lower(e + 4));
    if !handle {
        return None;
    }
    let speaker = t.slice(dash + 1, e - 1).to_string();
    parse_actor(&speaker)?;
    if dash == 0 {
        return Some(Found::backward(
            t,
            speaker,
            "posted".into(),
            SpeechKind::Direct,
            1,
        ));
    }
    // (a link to a picture ends the text: "pic.twitter.com/...")
    let end = (0..dash)
        .find(|&k| {
            t.is_word(k) && t.word(k) == "pic" && t.is_word(k + 2) && t.word(k + 2) == "twitter"
        })
        .unwrap_or(dash);
    let found = t.content(0, end)?;
    let mut f = Found::of_content(
        t,
        speaker,
        "posted".into(),
        found,
        t.toks[dash].s,
        t.toks[dash + 1].s,
    );
    f.post = true;
    Some(f)
}

/// The cue of a quotation signed after a dash (see [`pull_quote_signature`]).
const PULL_QUOTE_CUE: &str = "—";

/// A quotation signed after a dash, as pull quotes and press releases print them: ""This is a
/// dark day for democracy." — Senator Maria Lopez" (and "— Maria Lopez, Senator"): the
/// quotation is all that comes before the dash, the name all that comes after it.
fn pull_quote_signature(t: &Tokens<'_>) -> Option<Found> {
    let n = t.len();
    let signature_alone = t.toks.first()?.k == K::Dash;
    if t.toks[0].k != K::Open && !signature_alone {
        return None;
    }
    let dash = (0..n).find(|&k| t.toks[k].k == K::Dash && !t.quoted(k))?;
    if !signature_alone
        && (t.toks[dash - 1].k != K::Close || (1..dash - 1).any(|k| !t.quoted(k) && t.is_word(k)))
    {
        return None;
    }
    // the name, and perhaps a comma and a post, to the end
    let end = (dash + 1..n)
        .take_while(|&k| t.is_word(k) || t.toks[k].k == K::Comma)
        .last()?;
    let comma = (dash + 1..=end).find(|&k| t.toks[k].k == K::Comma);
    let name_end = comma.map_or(end, |c| c - 1);
    if end + 1 < t.content_end() || name_end <= dash || name_end - dash > 6 {
        return None;
    }
    let speaker = t.slice(dash + 1, name_end).to_string();
    let actor = parse_actor(&speaker)?;
    if actor.form != super::actors::Form::Full || actor.kind == ActorKind::Group {
        return None;
    }
    // (a quotation ending in a full stop is a sentence of its own: the signature signs it,
    // as `continue_quotes` reads it)
    let mut f = if signature_alone {
        Found::backward(t, speaker, PULL_QUOTE_CUE.into(), SpeechKind::Direct, 1)
    } else {
        let found = t.content(0, dash)?;
        Found::of_content(
            t,
            speaker,
            PULL_QUOTE_CUE.into(),
            found,
            t.toks[dash].s,
            t.toks[dash + 1].s,
        )
    };
    if let Some(c) = comma {
        f.apposition = Some(t.slice(c + 1, end).to_string());
    }
    f.post = true;
    Some(f)
}

/// "As stated by the head of the Federal Customs Service, Igor Sava, imports fell by half",
/// "As noted by Sava, ...": the source after "by", as "according to" gives it.
fn as_stated_by(t: &Tokens<'_>) -> Option<Found> {
    if !(t.is_word(0) && t.word(0) == "As" && t.is_word(1)) {
        return None;
    }
    let participle = t.lower(1);
    if !matches!(
        participle,
        "stated"
            | "noted"
            | "said"
            | "explained"
            | "emphasized"
            | "emphasised"
            | "stressed"
            | "underlined"
            | "mentioned"
            | "reported"
            | "announced"
            | "pointed"
    ) {
        return None;
    }
    let by = if participle == "pointed" { 3 } else { 2 };
    if !(t.is_word(by) && t.lower(by) == "by" && (by == 2 || t.lower(2) == "out")) {
        return None;
    }
    let cue = t.slice(0, by).to_lowercase();
    according_to(t, 0, by + 1, &cue)
}

/// "The ministry was blunt: ...", "Lavrov's message was clear: ...", "Her answer was
/// simple: ...": a speaker, or what a speaker said, judged by its manner, then a colon and
/// what was said.
fn was_blunt(t: &Tokens<'_>) -> Option<Found> {
    let colon = (3..t.len().min(14)).find(|&k| t.toks[k].k == K::Colon && !t.quoted(k))?;
    let (adjective, verb) = (colon - 1, colon - 2);
    let judged = t.is_word(adjective)
        && t.is_word(verb)
        && matches!(t.lower(verb), "was" | "were" | "is" | "are")
        && matches!(
            t.lower(adjective),
            "blunt"
                | "clear"
                | "adamant"
                | "unequivocal"
                | "categorical"
                | "emphatic"
                | "defiant"
                | "firm"
                | "frank"
                | "direct"
                | "simple"
                | "succinct"
                | "scathing"
                | "uncompromising"
        );
    let plain_subject = (0..verb).all(|m| t.is_word(m) && !t.quoted(m));
    // ("Rusu was unequivocal: every protocol, she pointed out, is ...": a cue of its own)
    let own_cue = (colon + 2..t.len()).any(|m| {
        t.is_word(m)
            && !t.quoted(m)
            && is_cue(t.lower(m))
            && (t.toks[m - 1].k == K::Comma
                || (t.is_word(m - 1) && matches!(t.lower(m - 1), "she" | "he" | "they" | "it")))
    });
    if !judged || !plain_subject || own_cue {
        return None;
    }
    // "Lavrov's message", "Her answer", "The ministry's verdict": its owner speaks
    let said = verb >= 2
        && matches!(
            t.lower(verb - 1),
            "message" | "answer" | "reply" | "response" | "verdict" | "position" | "warning"
        );
    let owner_end = if said { verb - 2 } else { verb - 1 };
    let speaker = match owner_of(t, owner_end) {
        Some(owner) => owner,
        None if said => return None,
        None => t.slice(0, owner_end).to_string(),
    };
    let surface = t.slice(0, owner_end).to_string();
    if !matches!(speaker.as_str(), "she" | "he" | "they" | "it") {
        let actor = parse_actor(&speaker)?;
        // (a person or a body, not "The mood was tense:")
        if actor.kind == ActorKind::Group && !speaker.contains(char::is_uppercase) {
            return None;
        }
    }
    let mut f = forward_content(t, adjective, colon + 1, speaker, surface, None, None, 0)?;
    f.cue = format!("{} {}", t.lower(verb), t.lower(adjective));
    Some(f)
}

/// "In the words of one diplomat, the talks are dead", "Sorland wants the ship back
/// "immediately and unconditionally", in the words of its foreign minister": the speaker after
/// "in the words of", the rest of the sentence what they said.
fn in_the_words_of(t: &Tokens<'_>) -> Option<Found> {
    let n = t.content_end();
    let phrase = |k: usize| {
        k + 4 < n
            && (k..k + 4).all(|m| t.is_word(m) && !t.quoted(m))
            && t.lower(k) == "in"
            && t.lower(k + 1) == "the"
            && t.lower(k + 2) == "words"
            && t.lower(k + 3) == "of"
    };
    let plain_words = |a: usize, b: usize| a < b && (a..b).all(|m| t.is_word(m) && !t.quoted(m));
    let (speaker_at, speaker_end, content, np) = if phrase(0) {
        // opening: the speaker runs to the first comma
        let c = (4..n.min(14)).find(|&k| t.toks[k].k == K::Comma)?;
        (4, c, t.content(c + 1, n)?, 0)
    } else {
        // closing: after the last comma, up to the sentence's end
        let c = (1..n)
            .rev()
            .find(|&k| t.toks[k].k == K::Comma && !t.quoted(k))?;
        if !phrase(c + 1) {
            return None;
        }
        (c + 5, n, t.content(0, c)?, c + 1)
    };
    if !plain_words(speaker_at, speaker_end) {
        return None;
    }
    let speaker = t.slice(speaker_at, speaker_end - 1).to_string();
    parse_actor(&speaker)?;
    let mut f = Found::of_content(
        t,
        speaker,
        "in the words of".to_string(),
        content,
        t.toks[np].s,
        t.toks[speaker_at].s,
    );
    f.post = np > 0;
    Some(f)
}

/// The owner named by the words up to `owner_end` ("Lavrov's", "The ministry's", "Her"), as a
/// speaker ("Lavrov", "The ministry", "she"); `None` when the last word is no possessive.
fn owner_of(t: &Tokens<'_>, owner_end: usize) -> Option<String> {
    Some(match t.lower(owner_end) {
        "her" => "she".to_string(),
        "his" => "he".to_string(),
        "their" => "they".to_string(),
        "its" => "it".to_string(),
        _ if !is_possessive(t.word(owner_end)) => return None,
        _ => without_possessive(t.slice(0, owner_end)).to_string(),
    })
}

/// "Kesh's line is that the ship was smuggling fuel", "The ministry's position remains that
/// ...", "Her argument was that ...": what its owner holds, stated.
fn position_is_that(t: &Tokens<'_>) -> Option<Found> {
    let th =
        (3..t.len().min(22)).find(|&k| t.is_word(k) && !t.quoted(k) && t.lower(k) == "that")?;
    let verb = th - 1;
    // (an aside between the noun and its verb: "Clare Hale's line, delivered through a
    // spokesperson, is that ...")
    let noun = if t.toks[verb - 1].k == K::Comma {
        let open = (verb.saturating_sub(12)..verb - 1)
            .rev()
            .find(|&k| t.toks[k].k == K::Comma)?;
        if !(open + 1..verb - 1).all(|m| t.is_word(m) && !t.quoted(m)) {
            return None;
        }
        open.checked_sub(1)?
    } else {
        th - 2
    };
    let owner_end = noun.checked_sub(1)?;
    let stated = t.is_word(verb)
        && matches!(t.lower(verb), "is" | "was" | "remains" | "remained")
        && t.is_word(noun)
        && matches!(
            t.lower(noun),
            "position" | "view" | "line" | "argument" | "contention" | "stance" | "case" | "claim"
        )
        && (0..=owner_end).all(|m| t.is_word(m) && !t.quoted(m));
    if !stated {
        return None;
    }
    let speaker = owner_of(t, owner_end)?;
    if !matches!(speaker.as_str(), "she" | "he" | "they" | "it") {
        parse_actor(&speaker)?;
    }
    let surface = t.slice(0, noun).to_string();
    let mut f = forward_content(t, verb, th + 1, speaker, surface, None, None, 0)?;
    f.cue = format!("{} {}", t.lower(noun), t.lower(verb));
    Some(f)
}

/// "For Zakharova, the move was "pure hypocrisy"", "For Moscow, the sanctions are "a
/// declaration of war"": a speaker's view, framed by "For" and quoted in part. Without a
/// quotation ("For Russia, the stakes are high") it is the writer's.
fn for_speaker(t: &Tokens<'_>) -> Option<Found> {
    if !t.is_word(0) || !t.word(0).eq_ignore_ascii_case("for") {
        return None;
    }
    let comma = (2..t.len().min(8)).find(|&k| t.toks[k].k == K::Comma)?;
    if !(1..comma).all(|m| t.is_word(m) && !t.quoted(m))
        || !(comma + 1..t.len()).any(|m| t.is_word(m) && t.dquoted(m))
        || (comma + 1..t.len()).any(|m| t.is_word(m) && !t.quoted(m) && is_cue(t.lower(m)))
    {
        return None;
    }
    let speaker = t.slice(1, comma - 1).to_string();
    let actor = parse_actor(&speaker)?;
    // (a named person or body, or a title: not "For the first time", "For years")
    if actor.kind == ActorKind::Group
        || (!speaker.contains(char::is_uppercase) && actor.role.is_none())
    {
        return None;
    }
    let mut f = forward_content(t, 0, comma + 1, speaker.clone(), speaker, None, None, 1)?;
    f.cue = "for".into();
    Some(f)
}

/// Whether "call" at `i` names what something is: a determiner's object, then "a"/"an" or a
/// quotation within a few words ("call the story a smear", "call the plan "reckless"").
fn calls_it(t: &Tokens<'_>, i: usize) -> bool {
    // (not the quoted speaker's own "I call it a scandal")
    let own = i > 0 && t.is_word(i - 1) && matches!(t.lower(i - 1), "i" | "we" | "you");
    !own && !t.quoted(i)
        && t.is_word(i + 1)
        && matches!(
            t.lower(i + 1),
            "the" | "it" | "this" | "that" | "these" | "his" | "her" | "their" | "its"
        )
        && (i + 2..t.content_end().min(i + 7))
            .any(|k| t.toks[k].k == K::Open || (t.is_word(k) && matches!(t.lower(k), "a" | "an")))
}

/// Whether the cue at `i` is "call(s/ed/ing) on" someone "to" do something ("Sea Watch calls
/// on the authorities to explain ...", not "called on Monday for calm").
fn calls_on(t: &Tokens<'_>, i: usize) -> bool {
    matches!(t.lower(i), "call" | "calls" | "called" | "calling")
        && t.is_word(i + 1)
        && t.lower(i + 1) == "on"
        && (i + 3..t.len().min(i + 10))
            .take_while(|&k| t.is_word(k) && !t.quoted(k))
            .any(|k| t.lower(k) == "to")
}

/// "said A and admitted: "B"": a quotation two cues reach is one statement, the nearer cue's.
fn one_per_span(out: &mut Vec<Found>) {
    // (by span, then cue: the last of a run of one span has the nearer cue)
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&x| (out[x].content_start, out[x].content_end, out[x].cue_pos));
    let mut drop = vec![false; out.len()];
    for w in order.windows(2) {
        let (f, g) = (&out[w[0]], &out[w[1]]);
        if (f.content_start, f.content_end) == (g.content_start, g.content_end)
            && g.cue_pos < g.content_start
        {
            drop[w[0]] = true;
        }
    }
    drop_marked(out, &drop);
}

/// Removes the attributions marked in `drop` (one flag per attribution, in order).
fn drop_marked(out: &mut Vec<Found>, drop: &[bool]) {
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "in what officials called a massacre", "for what the fleet is calling its biggest-ever
/// exercises", "in what Kyiv described as aggression", "what police said was arson": the
/// speaker's name for the writer's event is what they said. Returns it, and the index after
/// its cue.
fn what_x_called(t: &Tokens<'_>, what: usize) -> Option<(Found, usize)> {
    let n = t.len();
    let naming = |w: &str| {
        matches!(
            w,
            "called"
                | "calls"
                | "call"
                | "calling"
                | "described"
                | "describes"
                | "describing"
                | "termed"
                | "terms"
                | "dubbed"
                | "labelled"
                | "labeled"
                | "branded"
                | "said"
                | "says"
        )
    };
    let k = (what + 2..n.min(what + 8))
        .take_while(|&k| t.is_word(k) && !t.quoted(k))
        .find(|&k| naming(t.lower(k)))?;
    // "officials are calling", "the minister has called"
    let mut j = k;
    while j > what + 1 && is_auxiliary(t.lower(j - 1)) {
        j -= 1;
    }
    if j <= what + 1 {
        return None;
    }
    let speaker = t.slice(what + 1, j - 1).to_string();
    parse_actor(&speaker)?;
    let verb = t.lower(k);
    let mut c = k + 1;
    if matches!(verb, "said" | "says") {
        // "what police said was arson": only with the copula after
        if !(t.is_word(c) && matches!(t.lower(c), "was" | "is" | "were" | "are")) {
            return None;
        }
        c += 1;
    } else if t.is_word(c) && t.lower(c) == "as" {
        c += 1;
    }
    let end = (c..t.content_end())
        .find(|&e| t.toks[e].k == K::Comma && !t.quoted(e))
        .unwrap_or(t.content_end());
    let (content, cs, ce) = t.content(c, end)?;
    // the phrase starts at its preposition: a statement it ends is cut before "in what", not
    // after it
    let preposition = what > 0
        && t.is_word(what - 1)
        && matches!(
            t.lower(what - 1),
            "in" | "for" | "of" | "to" | "into" | "at" | "from" | "with" | "on"
        );
    let phrase_start = what - usize::from(preposition);
    let kind = t.kind_of(cs, ce);
    Some((
        Found::plain(
            speaker,
            t.word(k).to_string(),
            (content, cs, ce),
            kind,
            t.toks[k].s,
            t.toks[phrase_start].s,
        ),
        k + 1,
    ))
}

/// "The move, announced by Health Secretary Wes Streeting on Monday, will add 2,000 nurses.":
/// the announcer speaks; the content is the sentence without the interrupting clause.
fn passive_by(t: &Tokens<'_>) -> Option<Found> {
    let n = t.len();
    let c1 = (1..n.min(10)).find(|&k| t.toks[k].k == K::Comma && !t.quoted(k))?;
    if !t.is_word(c1 + 1) {
        return None;
    }
    let verb = t.lower(c1 + 1);
    let passive = matches!(
        verb,
        "announced"
            | "unveiled"
            | "proposed"
            | "outlined"
            | "promised"
            | "pledged"
            | "confirmed"
            | "described"
            | "ordered"
            | "approved"
            | "presented"
            | "launched"
            | "endorsed"
            | "championed"
            | "backed"
    );
    if !passive || !t.is_word(c1 + 2) || t.lower(c1 + 2) != "by" {
        return None;
    }
    let c2 = (c1 + 3..n).find(|&k| t.toks[k].k == K::Comma && !t.quoted(k))?;
    let mut e = c2 - 1;
    // drop a trailing time ("on Monday", "last week")
    if e > c1 + 4 && is_time_word(t.lower(e)) {
        e -= 2;
    }
    let speaker = t.slice(c1 + 3, e).to_string();
    parse_actor(&speaker)?;
    let (head, hs, _) = t.content(0, c1)?;
    let (tail, _, te) = t.content(c2 + 1, t.content_end())?;
    Some(Found {
        speaker_surface: speaker.clone(),
        speaker,
        apposition: None,
        cue: verb.to_owned(),
        content: format!("{head} {tail}"),
        content_start: hs,
        content_end: te,
        kind: t.kind_of(hs, te),
        reported_by: None,
        cue_pos: t.toks[c1 + 1].s,
        np_start: t.toks[c1 + 3].s,
        post: true,
        backward: false,
    })
}

/// "Dan Voicu's claim that the vote had been "the cleanest in our history" was disputed by
/// Votewatch": "claim" as a noun (after a possessive) names a statement whose content ends
/// where the sentence's own verb comes ("was disputed", "has been rejected").
fn claim_as_noun(t: &Tokens<'_>, i: usize, f: Found) -> Option<Found> {
    let noun = ["claim", "claims", "insistence", "assertion"]
        .iter()
        .any(|c| t.word(i).eq_ignore_ascii_case(c))
        && i > 0
        && t.is_word(i - 1)
        && {
            let p = t.lower(i - 1);
            p.ends_with("'s") || p.ends_with("’s") || matches!(p, "his" | "her" | "their" | "its")
        };
    if !noun {
        return Some(f);
    }
    let first = (i + 1..t.len()).find(|&k| t.toks[k].s >= f.content_start)?;
    let last = (first..t.len())
        .take_while(|&k| t.toks[k].s < f.content_end)
        .last()?;
    let verb = (first + 1..=last).find(|&k| {
        if !t.is_word(k) || t.quoted(k) {
            return false;
        }
        let mut v = match t.lower(k) {
            "was" | "were" | "is" | "are" => k + 1,
            "has" | "have" | "had" if t.is_word(k + 1) && t.lower(k + 1) == "been" => k + 2,
            _ => return false,
        };
        if t.is_word(v) && t.lower(v).ends_with("ly") {
            v += 1;
        }
        t.is_word(v)
            && matches!(
                t.lower(v),
                "disputed"
                    | "denied"
                    | "rejected"
                    | "dismissed"
                    | "challenged"
                    | "contradicted"
                    | "questioned"
                    | "echoed"
                    | "repeated"
                    | "backed"
                    | "welcomed"
                    | "criticised"
                    | "criticized"
                    | "ridiculed"
                    | "debunked"
                    | "refuted"
                    | "met"
                    | "greeted"
            )
    });
    match verb {
        Some(v) => f.recut(t, first, v),
        None => Some(f),
    }
}

/// Whether a condemnation's content gives its reason: "for" then a deed or a quotation
/// ("authorities for ignoring years of warnings", "the mayor for "sleepwalking""), not "the
/// attack for the second time".
fn for_a_reason(content: &str) -> bool {
    content.split(" for ").skip(1).any(|rest| {
        let next = rest.split_whitespace().next().unwrap_or("");
        next.starts_with(['"', '“']) || (next.len() > 4 && next.ends_with("ing"))
    })
}

/// A headline in title case that ends with its speaker: "Tolvar's Crumbling Bridge Was a
/// Disaster Waiting to Happen, Expert Says", "..., Says Minister" (capitals hide the cue
/// from the rules for running text). A one-word label before a colon ("SHOCKING:") is not
/// part of what is said.
fn title_case_headline(t: &Tokens<'_>) -> Option<Found> {
    const CUES: &[&str] = &[
        "says", "say", "warns", "warn", "claims", "claim", "insists", "insist", "admits", "admit",
        "vows", "vow",
    ];
    let n = t.len();
    let last = (0..n).rev().find(|&k| t.is_word(k))?;
    let comma = (0..last).rev().find(|&k| t.toks[k].k == K::Comma)?;
    let tail: Vec<usize> = (comma + 1..=last).collect();
    if !(2..=5).contains(&tail.len())
        || !tail.iter().all(|&k| t.is_word(k) && !t.quoted(k))
        || !t.is_title_case()
    {
        return None;
    }
    let (cue, speaker) = if CUES.contains(&t.lower(last)) {
        (last, (comma + 1, last - 1))
    } else if CUES.contains(&t.lower(comma + 1))
        // (not after a subject and its verb: "Moscow Slams EU Sanctions As 'Illegal', Vows
        // Mirror Response" is what Moscow vows)
        && !(0..comma).any(|k| {
            t.is_word(k) && !t.quoted(k) && t.lower(k).ends_with('s') && is_cue(t.lower(k))
        })
    {
        (comma + 1, (comma + 2, last))
    } else {
        return None;
    };
    // ("Expert", "Officials": title case, not a name)
    let speaker_text = (speaker.0..=speaker.1)
        .map(|k| {
            let w = t.word(k);
            if with_bare(w, is_title) || with_bare(w, is_group) {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    parse_actor(&speaker_text)?;
    let colon = (0..comma.min(3)).find(|&k| t.toks[k].k == K::Colon);
    let start = colon.map_or(0, |c| c + 1);
    let content = t.content(start, comma)?;
    let kind = t.kind_of(content.1, content.2);
    Some(Found::plain(
        speaker_text,
        t.word(cue).to_lowercase(),
        content,
        kind,
        t.toks[cue].s,
        t.toks[speaker.0].s,
    ))
}

/// An interviewee's answer (see [`super::interview`]): the sentence from byte `from` (after
/// the speaker's label, in its first sentence) is the speaker's own words.
pub(super) fn answer(t: &Tokens<'_>, speaker: &str, from: usize) -> Option<Found> {
    let first = (0..t.len()).find(|&k| t.toks[k].s >= from)?;
    let content = t.content(first, t.content_end())?;
    let (speaker, cue) = (speaker.to_string(), ":".to_string());
    Some(Found::plain(
        speaker,
        cue,
        content,
        SpeechKind::Direct,
        from,
        from,
    ))
}

/// "It was stated by the ministry that clinics will remain open": a passive cue with its
/// speaker after "by", and the content after "that".
fn it_was_said_by(t: &Tokens<'_>) -> Option<Found> {
    let n = t.len();
    // (most sentences hold no "it": the subject is looked for only in those that do)
    if !(0..n.min(14)).any(|k| t.is_word(k) && t.word(k).eq_ignore_ascii_case("it")) {
        return None;
    }
    let s = t.subject_start();
    if !(t.is_word(s) && t.lower(s) == "it") {
        return None;
    }
    let mut v = s + 1;
    while v < n && t.is_word(v) && matches!(t.lower(v), "was" | "is" | "has" | "had" | "been") {
        v += 1;
    }
    if v == s + 1 || !(t.is_word(v) && t.is_word(v + 1) && t.lower(v + 1) == "by") {
        return None;
    }
    let cue = t.lower(v);
    if !(cue.ends_with("ed") && is_cue(cue)) {
        return None;
    }
    let that = (v + 3..n.min(v + 14))
        .take_while(|&k| t.is_word(k) && !t.quoted(k))
        .find(|&k| t.lower(k) == "that")?;
    let speaker = t.slice(v + 2, that - 1).to_string();
    parse_actor(&speaker)?;
    let content = t.content(that + 1, t.content_end())?;
    let kind = t.kind_of(content.1, content.2);
    let (cue_pos, np_start) = (t.toks[v].s, t.toks[v + 2].s);
    Some(Found::plain(
        speaker,
        cue.to_owned(),
        content,
        kind,
        cue_pos,
        np_start,
    ))
}

/// Whether the words at `k` name the statement a cue's colon introduces ("posted this
/// message on Facebook: ...", "issued a statement: ...").
fn names_statement(t: &Tokens<'_>, k: usize) -> bool {
    t.is_word(k)
        && !t.quoted(k)
        && matches!(t.lower(k), "this" | "a" | "the")
        && t.is_word(k + 1)
        && is_statement_noun(t.lower(k + 1))
        && (k + 2..t.len().min(k + 12)).any(|c| t.toks[c].k == K::Colon && !t.quoted(c))
}

/// Ties the cue at `i` to a speaker and content.
fn attach(t: &Tokens<'_>, i: usize) -> Option<Found> {
    let n = t.len();
    let cue = t.word(i).to_string();
    let lc = cue.to_lowercase();
    if is_dismissal_verb(&lc) && cue_particle(t, i).is_none() {
        return None;
    }
    // "posted on X that ...", "posted: ..." say something; "soldiers posted near the border"
    // are stationed there
    if matches!(lc.as_str(), "post" | "posts" | "posted")
        && !(i + 1 < n
            && (matches!(t.toks[i + 1].k, K::Colon | K::Open)
                || (t.is_word(i + 1) && matches!(t.lower(i + 1), "on" | "to" | "that"))
                || names_statement(t, i + 1)))
    {
        return None;
    }
    // "Kestria will respond firmly", "would reply in kind": a response to come is an act, not
    // something said
    if matches!(lc.as_str(), "respond" | "reply" | "answer")
        && i > 0
        && t.is_word(i - 1)
        && matches!(
            t.lower(i - 1),
            "will" | "would" | "could" | "can" | "must" | "should" | "may" | "might" | "to"
        )
    {
        return None;
    }
    // "Influencer Jade Marlowe slammed over 'miracle' diabetes tea": a headline's passive (the
    // active verb takes its object first: "slammed the agency over ...")
    if (is_condemnation(&lc) || matches!(lc.as_str(), "criticised" | "criticized"))
        && t.is_word(i + 1)
        && matches!(t.lower(i + 1), "over" | "for" | "after" | "by")
    {
        return None;
    }
    // "Neither airline would comment when contacted": a refusal, not a comment (and "did not
    // immediately comment")
    let before = if i > 1 && t.is_word(i - 1) && t.lower(i - 1) == "immediately" {
        i - 2
    } else {
        i.saturating_sub(1)
    };
    if matches!(lc.as_str(), "comment" | "speak" | "respond")
        && i > 0
        && t.is_word(before)
        && matches!(
            t.lower(before),
            "would" | "could" | "will" | "can" | "not" | "never"
        )
    {
        return None;
    }
    // "the think tank said": a noun
    if matches!(lc.as_str(), "think" | "thinks")
        && t.is_word(i + 1)
        && matches!(t.lower(i + 1), "tank" | "tanks")
    {
        return None;
    }
    // "pleaded not guilty", "pleaded for calm": a plea in court or a request, not words
    // (but "pleaded with drivers to stay off flooded roads" asks what "urged" would)
    let pleaded_with_to = t.is_word(i + 1)
        && t.lower(i + 1) == "with"
        && (i + 3..t.len().min(i + 7))
            .any(|k| t.is_word(k) && t.lower(k) == "to" && t.is_word(k + 1) && !t.quoted(k));
    if matches!(lc.as_str(), "pleaded" | "pleads")
        && t.is_word(i + 1)
        && matches!(
            t.lower(i + 1),
            "guilty" | "not" | "innocent" | "no" | "for" | "with" | "the" | "fifth"
        )
        && !pleaded_with_to
    {
        return None;
    }
    // "calls" only as "calls on X to ..." ("phone calls", "the plan calls for ..."); "call"
    // so, or as what people call something ("Her friends call the story a smear", not
    // "Residents call the council every week")
    if (lc == "calls" && !calls_on(t, i)) || (lc == "call" && !(calls_on(t, i) || calls_it(t, i))) {
        return None;
    }
    // "The Daily Beacon can reveal that ...": the paper's own story, not a statement
    if lc == "reveal" && i >= 1 && (t.lower(i - 1) == "can" || (i >= 2 && t.lower(i - 2) == "can"))
    {
        return None;
    }
    // "called in Baleea's ambassador" summoned someone ("called in a statement for ..."
    // speaks)
    if matches!(lc.as_str(), "call" | "calls" | "called" | "calling")
        && i + 2 < n
        && t.is_word(i + 1)
        && t.lower(i + 1) == "in"
        && !(t.is_word(i + 2) && matches!(t.lower(i + 2), "a" | "an"))
    {
        return None;
    }
    // Inverted: `"...," said X` / `..., said X.`
    // (not with cues that take an object: "..., told analysts" names the audience; but after
    // a quotation, `"...," warned chemist Pavel Rudak` and `"Why now?" asked the senator`
    // name the speaker)
    let inverts = |after_quote: bool| {
        !cue_takes_object(&lc)
            || (after_quote
                && !cue_keeps_object(&lc)
                && !matches!(lc.as_str(), "tell" | "tells" | "told" | "telling"))
    };
    // ("The outbreak could jeopardize cooperation, warned Pierre Osteler, a resident of
    // Glenegrad.": a name ending the sentence after a comma is no audience)
    let named_at_end = || {
        t.toks[i - 1].k == K::Comma
            && is_cap(t.word(i + 1))
            && !matches!(lc.as_str(), "tell" | "tells" | "told" | "telling")
            // (", called Ocean Cure": a name given, not a speaker)
            && !cue_keeps_object(&lc)
            && !lc.starts_with("call")
            && t.np_right(i + 1).is_some_and(|e| {
                // (an apposition to the end: ", head of the Ostengarian Miners' Union.")
                let ends = e + 1 >= t.content_end()
                    || (t.toks[e + 1].k == K::Comma
                        && (e + 2..t.content_end())
                            .all(|k| t.is_word(k) && !t.quoted(k) && !is_cue(t.lower(k))));
                ends && parse_actor(t.slice(i + 1, e))
                    .is_some_and(|a| a.form == super::actors::Form::Full)
            })
    };
    if i > 0
        && matches!(t.toks[i - 1].k, K::Comma | K::Close)
        && i + 1 < n
        && t.is_word(i + 1)
        && (inverts(t.toks[i - 1].k == K::Close) || named_at_end())
    {
        if let Some(e) = t.np_right(i + 1) {
            // (not the medium or the time after the name: "said the ministry in a statement")
            let e = (i + 2..=e)
                .find(|&k| cue_adverbials(t, k, e + 1) > k)
                .map_or(e, |k| k - 1);
            let speaker = t.slice(i + 1, e).to_string();
            let at_end = e + 1 >= t.content_end();
            // "..., said it "..." is a verb with its object, not an inverted speaker
            let pronoun = matches!(t.lower(i + 1), "it" | "they" | "he" | "she" | "we");
            // (a quotation right after the noun phrase follows an inverted speaker only after
            // a quotation: in "The spokesman, Ned Price, said the government "strongly
            // condemns" the launch" the phrase is what is said)
            // (or where and when it was said, in plain words to the end: `"We lost," said Tom
            // Keane after the match.`, `"...," said Smith in a statement.`)
            let occasion_to_end = || {
                t.is_word(e + 1)
                    && matches!(
                        t.lower(e + 1),
                        "after"
                            | "before"
                            | "during"
                            | "following"
                            | "ahead"
                            | "at"
                            | "in"
                            | "on"
                            | "outside"
                            | "when"
                            | "while"
                            | "as"
                    )
                    && (e + 1..t.content_end()).all(|k| {
                        t.is_word(k)
                            && !t.quoted(k)
                            // (a cue's word as a noun: "in a note to clients")
                            && (!is_cue(t.lower(k))
                                || matches!(
                                    t.lower(k - 1),
                                    "a" | "an" | "the" | "his" | "her" | "its" | "their"
                                ))
                    })
            };
            let after_ok = at_end
                || (!pronoun
                    && (matches!(t.toks[e + 1].k, K::Comma | K::Stop)
                        || (t.toks[e + 1].k == K::Open && t.toks[i - 1].k == K::Close)
                        || (t.toks[i - 1].k == K::Close && occasion_to_end())));
            if parse_actor(&speaker).is_some()
                && after_ok
                && !matches!(bare(&speaker).as_str(), "that")
            {
                let (app, trail_start) = apposition_after(t, e + 1);
                // `"...," read a statement from the ministry`
                let (speaker, document) = match document_source(&speaker) {
                    Some((document, source)) if parse_actor(&source).is_some() => {
                        (source, Some(document))
                    }
                    _ => (speaker, None),
                };
                let mut f = post_content(
                    t,
                    i - 1,
                    speaker.clone(),
                    speaker,
                    app,
                    &cue,
                    i,
                    trail_start,
                )?;
                f.reported_by = f.reported_by.or(document);
                f.np_start = t.toks[i].s;
                // "The real test, warned Olena Prokopenko, will be whether ...": the speaker
                // interrupts the statement, whose verb follows
                let end = t.content_end();
                let v = if trail_start < end && t.toks[trail_start].k == K::Comma {
                    trail_start + 1
                } else {
                    end
                };
                if let Some((content, hs, re)) = joined_around(t, i, v, end, is_finite_verb_start) {
                    f.content = content;
                    f.content_start = hs;
                    f.content_end = re;
                    f.kind = t.kind_of(hs, re);
                }
                return Some(f);
            }
        }
    }
    // Speaker on the left.
    let mut j = i.checked_sub(1)?;
    if let Some(v) = phrasal_parts(&lc).and_then(|_| phrasal_cue(t, i)) {
        // "made clear that", "raised concerns that": the speaker is before the verb
        j = v.checked_sub(1)?;
    }
    j = skip_adverbials(t, j);
    // "The minister is reported to have said that ...": the subject of the hedge speaks
    if let Some(k) = hedged_subject_end(t, j) {
        j = k;
    }
    // `"...," Kim was quoted as saying` (or "was quoted by KCNA as saying"): the subject of
    // the passive speaks, through whom it names
    let mut quoted_by = None;
    if let Some((k, by)) = quoted_passive_end(t, i, j) {
        j = k;
        quoted_by = by;
    }
    // "Pavel Rudak, who had said ...", "Governor Malinov, who on Wednesday assured residents
    // that ..., said", "the website Truth Beacon, which says it obtained ...": the name the
    // relative clause hangs on speaks
    let relative = j >= 2
        && t.is_word(j)
        && !t.quoted(j)
        && matches!(t.lower(j), "who" | "which")
        && t.toks[j - 1].k == K::Comma
        && t.is_word(j - 2)
        // ("The 29-year-old, who has 2.3 million followers, told fans ..."; "angered the
        // ministry, which said ...", "the spokesman, who said ...")
        && (is_cap(t.word(j - 2))
            || super::actors::is_age_noun(t.word(j - 2))
            || (j >= 3
                && t.is_word(j - 3)
                && t.lower(j - 3) == "the"
                // ("a swift rebuke from the opposition, which called them ...")
                && (is_org_word(t.bare(j - 2))
                    || is_title(t.bare(j - 2))
                    || is_group(t.bare(j - 2))))
            // ("according to the ECB's statement, which stressed that ...": a body's own
            // statement)
            || (j >= 3
                && t.lower(j) == "which"
                && is_statement_noun(t.bare(j - 2))
                && t.is_word(j - 3)
                && is_possessive(t.word(j - 3))));
    if relative {
        j -= 2;
    }
    let mut apposition = None;
    let mut relay = quoted_by;
    let mut cited = None;
    if t.toks[j].k == K::Comma || t.toks[j].k == K::Dash || t.toks[j].k == K::Paren {
        // An interrupting clause: "X, speaking at the event on ..., emphasized"
        let closer = t.toks[j].k;
        let k = (0..j).rev().take(40).find(|&k| {
            !t.quoted(k)
                && (t.toks[k].k == closer || (closer == K::Paren && t.toks[k].k == K::Paren))
        })?;
        if k == 0
            || (k + 1..j).any(|m| matches!(t.toks[m].k, K::Open | K::Close))
                && !(k + 1..j).any(|m| t.toks[m].k == K::Word && !t.quoted(m))
            // (nor the comma of a dateline: "HARTFORD, Conn. (AP) - A man was arrested,
            // accused of theft, police said")
            || k < t.subject_start()
        {
            return None;
        }
        let inner = t.slice(k + 1, j - 1);
        let first = if k + 1 < j { t.lower(k + 1) } else { "" };
        // "(PAHO)": an acronym in brackets adds nothing to the speaker
        // "(PAHO)", and a US party and state after a name: "Sen. Maria Okafor, D-Col., said"
        let acronym = (closer == K::Paren
            && k + 2 == j
            && inner.chars().all(|c| c.is_uppercase() || c == '.'))
            || is_party_tag(inner);
        if acronym {
        } else if first == "citing" && k + 2 < j {
            // "TASS, citing a source in the defence ministry, reported": the source speaks,
            // through the agency
            cited = Some(t.slice(k + 2, j - 1).to_string());
        } else if let Some(r) = relay_in(inner) {
            relay = Some(r);
        } else if let Some(from) = match first {
            "like" | "including" => Some(k + 2),
            // ("Others, such as Peeter Tamm of the Baltic Policy Institute, argued")
            "such" if t.is_word(k + 2) && t.lower(k + 2) == "as" => Some(k + 3),
            _ => None,
        }
        .filter(|&from| {
            from < j
                && k >= 1
                && matches!(
                    t.lower(k - 1),
                    "some" | "others" | "many" | "several" | "most"
                )
                && parse_actor(t.slice(from, j - 1)).is_some_and(|a| {
                    a.kind == ActorKind::Person && a.form == super::actors::Form::Full
                })
        }) {
            // "Some, like Deborah Elms of the Hinrich Foundation, said": the one named speaks
            apposition = Some(format!("NAME:{}", t.slice(from, j - 1)));
        } else if (k + 1..j).all(|m| {
            t.is_word(m)
                && (is_cap(t.word(m)) || (m > k + 1 && m + 1 < j && is_name_particle(t.lower(m))))
        })
            // ("Ana Ferreira, Chief Technology Officer, said", "..., CTO, said": a post in
            // capitals, not a name; nor are letters after one: "Dr Maya Patel, PhD, said")
            && !is_title(t.bare(j - 1))
            && !(k + 1..j).all(|m| super::lexicon::is_post_nominal(t.word(m)))
            && (j - k <= 5
            // ("Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi,
            // told": a name with its titles)
            || (j - k <= 8
                && parse_actor(inner).is_some_and(|a| {
                    a.kind == ActorKind::Person && a.form == super::actors::Form::Full
                })))
        {
            // "The terminal operators' association, Deltalinqs, said": the name
            apposition = Some(format!("NAME:{inner}"));
        } else if let Some(name) = described_person(t, k + 1, j) {
            // "The mission's head, former Finnish minister Helmi Saarinen, told": a name
            // after how the paper describes its bearer
            apposition = Some(format!("NAME:{name}"));
        } else if let Some(body) = (k + 1 < j
            && !is_cap(t.word(k + 1))
            && !matches!(first, "a" | "an" | "the")
            // ("The study, published in the journal BMJ Open, suggests": where it appeared)
            && !is_written_participle(first)
            && !inner.contains("spokes")
            && (k + 1..j).any(|m| t.is_word(m) && is_org_word(t.bare(m))))
        .then(|| parse_actor(inner))
        .flatten()
        .filter(|a| {
            // "The warehouse's owner, logistics firm Transportes Atlântico, said": a body's
            // name after what it is (not "a spokesperson for the Ithuvian Foreign Ministry":
            // the person speaks)
            a.kind == ActorKind::Org && a.role.is_some() && a.form == super::actors::Form::Full
        }) {
            apposition = Some(format!("NAME:{}", body.name));
        } else if matches!(first, "the" | "a" | "an") || is_title(t.bare(k + 1)) {
            apposition = Some(
                inner
                    .trim_start_matches("the ")
                    .trim_start_matches("a ")
                    .trim_start_matches("an ")
                    .to_string(),
            );
        }
        j = k.checked_sub(1)?;
        // "Sen. Luis Ortega, D-N.M., the lead Democratic negotiator, told": a party tag in
        // commas before the apposition
        if !acronym {
            if let Some(k2) = (1..=j).rev().take(6).find(|&m| t.toks[m].k == K::Comma) {
                if k2 < j && is_party_tag(t.slice(k2 + 1, j)) {
                    j = k2 - 1;
                }
            }
        }
        // "one resident, who gave only her first name, Olena, told": the name ends a
        // description, with a relative clause between them
        if apposition
            .as_deref()
            .is_some_and(|a| a.starts_with("NAME:"))
        {
            let who = (1..=j)
                .rev()
                .take_while(|&w| t.is_word(w) && !t.quoted(w) && j - w < 12)
                .find(|&w| matches!(t.lower(w), "who" | "whose") && t.toks[w - 1].k == K::Comma);
            if let Some(w) = who.filter(|&w| w >= 2) {
                j = w - 2;
            }
        }
        // "Carla Nunez, 61, whose house burned down, said": the age before the clause
        if j >= 2
            && t.is_word(j)
            && t.word(j).bytes().all(|b| b.is_ascii_digit())
            && t.toks[j - 1].k == K::Comma
        {
            j -= 2;
        }
        j = skip_adverbials(t, j);
    }
    if !t.is_word(j) {
        return None;
    }
    // "protesters in the capital", "officials at the ministry", "a survivor from Guinea": a
    // place after a group noun
    for span in 1..=4 {
        if j < span + 1 {
            break;
        }
        let p = j - span;
        let prep = t.is_word(p)
            && matches!(
                t.lower(p),
                "in" | "at" | "from" | "across" | "outside" | "inside" | "near"
            );
        let head = t.is_word(p - 1) && {
            let h = bare(t.word(p - 1));
            is_group(&h) || is_title(&h)
        };
        // ("analysts at Commerzbank", "researchers at Oxford University": the firm or the
        // school they work at is part of who they are, not a place)
        let workplace = t.lower(p) == "at"
            && is_professional_group(t.bare(p - 1))
            && (p + 1..=j).all(|k| t.is_word(k) && is_cap(t.word(k)));
        if prep && head && !workplace && (p + 1..=j).all(|k| t.is_word(k) && !t.quoted(k)) {
            j = p - 1;
            break;
        }
    }
    // "sources familiar with the matter", "people close to the talks": kept whole when the
    // head is an unnamed source's (`np_left`), else the head speaks ("a businessman close to
    // the Kremlin")
    if j >= 3 && t.is_word(j - 1) && t.is_word(j - 2) && t.source_head_before(j).is_none() {
        let (w3, w2) = (t.lower(j - 2), t.lower(j - 1));
        // "familiar with the matter", "close to the talks" (4 words); "close to Putin" (3)
        let w4 = t.lower(j - 3);
        let familiar = w4 == "familiar" && w3 == "with" && w2 == "the";
        let close_the = w4 == "close" && w3 == "to" && w2 == "the";
        let close = w3 == "close" && w2 == "to";
        if familiar || close_the {
            j -= 4;
        } else if close {
            j -= 3;
        }
    }
    // "Posts shared widely on Facebook since Nov. 9 claim", "Documents seen by NNA show",
    // "Figures released on Monday showed": a past participle's phrase after what speaks
    if let Some(p) = participle_phrase(t, j) {
        // ("An email sent by the company to staff warns": the author speaks, through it; not
        // "Documents seen by NNA", which NNA reports)
        let authored = matches!(
            t.lower(p),
            "sent"
                | "issued"
                | "published"
                | "released"
                | "written"
                | "signed"
                | "posted"
                | "shared"
        );
        if authored && relay.is_none() && p + 2 <= j && t.lower(p + 1) == "by" {
            let end = (p + 2..=j)
                .find(|&k| {
                    matches!(
                        t.lower(k),
                        "to" | "on" | "in" | "at" | "for" | "last" | "this" | "earlier"
                    )
                })
                .unwrap_or(j + 1);
            if end > p + 2 {
                relay = Some(t.slice(p + 2, end - 1).to_string());
            }
        }
        j = p - 1;
    }
    // ("Kalm and Aas both said": the speakers, without the word that counts them)
    if j >= 3
        && t.is_word(j)
        && !t.quoted(j)
        && matches!(t.lower(j), "both" | "alike")
        && t.is_word(j - 1)
        && is_cap(t.word(j - 1))
    {
        j -= 1;
    }
    // "The company behind the plant, Nordfert, said": a description the phrase rules do not
    // cover, opening the sentence before a name in commas, is the name's role
    let described_name = || {
        apposition
            .as_deref()
            .is_some_and(|a| a.starts_with("NAME:"))
            && (1..=8).contains(&j)
            && matches!(t.lower(0), "the" | "a" | "an")
            && (0..=j).all(|k| t.is_word(k) && !t.quoted(k) && !is_cue(t.lower(k)))
    };
    let mut s = match t.np_left(j) {
        // (the phrase rules may read only its end: "the plant" of "The company behind the
        // plant, Nordfert, said")
        Some(s) if !(s > 0 && t.is_word(s - 1) && described_name()) => s,
        _ if described_name() => 0,
        _ => return None,
    };
    // "Iur Felarova, a 44-year-old resident of Lorfield told reporters": an apposition whose
    // closing comma is missing; the name before it speaks when it opens the clause (in "Aid
    // will go to the Red Cross, the minister said", the name ends the statement)
    if apposition.is_none()
        && s >= 2
        && t.toks[s - 1].k == K::Comma
        && t.is_word(s)
        && matches!(t.lower(s), "a" | "an" | "the")
        && (s..=j).any(|k| is_title(t.bare(k)))
    {
        if let Some(ns) = t.np_left(s - 2).filter(|&ns| ns == 0 || !t.is_word(ns - 1)) {
            let name = t.slice(ns, s - 2);
            if parse_actor(name)
                .is_some_and(|a| a.kind == ActorKind::Person && a.name.contains(' '))
            {
                apposition = Some(t.slice(s + 1, j).to_string());
                j = s - 2;
                s = ns;
            }
        }
    }
    // "..., a mistake he called "inexcusable"", "— something he described as "inexcusable"":
    // what the speaker called what the sentence said before, in the speaker's words (the
    // statement before ends where the epithet opens)
    if let Some(opens) = epithet_opening(t, s, i, &lc) {
        let speaker = t.slice(s, j).to_string();
        if parse_actor(&speaker).is_some() {
            let surface = speaker.clone();
            let b = i + 1 + usize::from(t.lower(i + 1) == "as");
            let mut f = forward_content(t, i, b, speaker, surface, apposition, relay, s)?;
            f.np_start = t.toks[opens].s;
            return Some(f);
        }
    }
    // ("a charge Brekke dismissed": the phrase stopped at the name)
    if s >= 2 && t.opens_apposition(s - 2) && is_cap(t.word(s)) {
        s -= 2;
    }
    // "..., a move his newspaper called "a baseless attack"": what the act named before the
    // speaker was called, in the speaker's words
    let act_called = s + 2 <= j
        && matches!(t.lower(s), "a" | "an")
        && matches!(
            t.lower(s + 1),
            "move" | "decision" | "step" | "ruling" | "measure" | "plan" | "policy" | "action"
        )
        && matches!(lc.as_str(), "called" | "dubbed" | "branded" | "termed")
        && i + 1 < n
        && t.toks[i + 1].k == K::Open;
    // "..., in a move shipping officials said could further disrupt ...", "..., a decision
    // analysts say will hurt growth": a relative clause on the act before it, whose speaker
    // judges what it will do
    let act = s + 2 <= j
        && matches!(t.lower(s), "a" | "an")
        && matches!(
            t.lower(s + 1),
            "move" | "decision" | "step" | "ruling" | "measure" | "policy" | "plan" | "change"
        )
        && s >= 1
        && (t.toks[s - 1].k == K::Comma
            || (s >= 2 && t.lower(s - 1) == "in" && t.toks[s - 2].k == K::Comma))
        && i + 1 < n
        && t.is_word(i + 1)
        && matches!(
            t.lower(i + 1),
            "could" | "would" | "will" | "may" | "might" | "was" | "is" | "were" | "risks"
        );
    // (the speaker of a relative clause on what the sentence before it names, and what they
    // say after the cue)
    let clause_speaker = t.slice((s + 2).min(j), j).to_string();
    let from_clause = |apposition, relay| {
        forward_content(
            t,
            i,
            i + 1,
            clause_speaker.clone(),
            clause_speaker.clone(),
            apposition,
            relay,
            s + 2,
        )
    };
    if act && parse_actor(&clause_speaker).is_some() {
        let mut f = from_clause(apposition, relay)?;
        // (the statement before ends where the act is named)
        let opens = if t.lower(s - 1) == "in" { s - 1 } else { s };
        f.np_start = t.toks[opens].s;
        return Some(f);
    }
    // "..., a claim the alliance rejects": a relative clause on an apposition, not a speaker
    // with a cue
    if s + 2 <= j
        && (t.opens_apposition(s) || act_called)
        && (is_cap(t.word(s + 2))
            || matches!(
                t.lower(s + 2),
                "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we"
            )
            || (act_called && matches!(t.lower(s + 2), "his" | "her" | "their")))
    {
        // "..., a charge Halvard's spokesman later dismissed as "scaremongering"": the
        // relative clause's speaker answers the statement before, in words of its own
        let answer =
            act_called || (cue_keeps_object(&lc) && t.is_word(i + 1) && t.lower(i + 1) == "as");
        if answer && parse_actor(&clause_speaker).is_some() {
            return from_clause(apposition, relay);
        }
        return None;
    }
    let mut speaker = t.slice(s, j).to_string();
    let cited = cited.filter(|c| parse_actor(c).is_some());
    let reported_for = cited.is_some();
    if let Some(source) = cited {
        relay = Some(std::mem::replace(&mut speaker, source));
    } else if relay.is_none() {
        // "A report by the National Audit Office warned": its author speaks through it (not
        // "the warning of chemist Pavel Rudak, who had said": his own words)
        if let Some((document, source)) = document_source(&speaker) {
            if parse_actor(&source).is_some()
                && speaker
                    .strip_suffix(source.as_str())
                    .is_some_and(|p| p.ends_with(" by ") || p.ends_with(" from "))
            {
                relay = Some(document);
                speaker = source;
            }
        }
    }
    // "The report, published by the World Bank, warned ...": the author speaks through it;
    // "the news release reads": the body that spoke last in the article issued it
    let np_text = speaker.clone();
    // (a study, a survey or a paper speaks for itself: see `parse_actor`)
    // ("Ship-tracking data reviewed by Meridian showed ...": what the reporter got hold of
    // speaks for itself, not for the body that spoke last)
    let obtained = t.is_word(j + 1) && is_reporters_participle(t.lower(j + 1));
    let unowned_document = is_document_noun(t.bare(j))
        && !is_research_noun(t.bare(j))
        && !obtained
        && !np_text.contains("'s")
        && !np_text.contains("’s");
    let mut issued = false;
    if unowned_document || (parse_actor(&speaker).is_none() && is_document_noun(t.bare(j))) {
        match relay.take() {
            Some(author) => {
                relay = Some(speaker);
                speaker = author;
            }
            // ("A memo obtained by the BBC says ...": one that reporters got hold of too)
            None if unowned_document || obtained => {
                relay = Some(speaker);
                speaker = "it".to_string();
                issued = true;
            }
            None => return None,
        }
    }
    // ("chief forecaster Ola Berg": a description the actor rules do not know, then the name;
    // the name speaks, described)
    if parse_actor(&speaker).is_none() && apposition.is_none() {
        let words: Vec<&str> = speaker.split_whitespace().collect();
        if let Some(at) = words.iter().position(|w| is_cap(w)).filter(|&at| at > 0) {
            let name = words[at..].join(" ");
            if words[..at]
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                && parse_actor(&name).is_some_and(|a| {
                    a.kind == ActorKind::Person && a.form == super::actors::Form::Full
                })
            {
                apposition = Some(words[..at].join(" "));
                speaker = name;
            }
        }
    }
    let parsed = parse_actor(&speaker)?;
    // Relay cues ("reports", "reads") and weak cues need a speaker that can speak.
    if (is_relay_cue(&lc) || lc == "reads" || lc == "read")
        && parsed.via.is_none()
        && !reported_for
        && !speaker_is_source(&parsed)
    {
        return None;
    }
    if matches!(lc.as_str(), "read" | "reads") && parsed.via.is_none() && !t.lower(s).eq("the") {
        return None;
    }
    let surface = t
        .slice(s, if apposition.is_some() { i - 1 } else { j })
        .trim_end_matches([',', ' '])
        .to_string();
    let surface = if apposition.is_some() {
        surface
    } else if issued {
        np_text
    } else {
        speaker.clone()
    };
    // Content after the cue, or before the speaker.
    let mut a = i + 1;
    // "pointed out that", "ruled out plant closures": the particle belongs to the cue (and
    // what is ruled out is what is said will not happen)
    let mut cue = cue;
    let particle = cue_particle(t, i);
    if let Some(p) = particle {
        cue.push(' ');
        cue.push_str(p);
        a += 1;
        // "brushed off the threats", "shrugged off those fears in an interview": a dismissal
        // of a noun alone says nothing; of a clause, of what something is about, or in the
        // speaker's own words it does ("brushed off fears that ...", "waved away questions
        // about the delay", "waved away the report as "fiction"")
        if is_dismissal_verb(&lc) && matches!(p, "off" | "aside" | "away") {
            let end = t.content_end();
            let says = (a..end).any(|k| t.quoted(k))
                || (a..end.min(a + 4)).take_while(|&k| t.is_word(k)).any(|k| {
                    matches!(
                        t.lower(k),
                        "that" | "as" | "about" | "over" | "of" | "regarding" | "surrounding"
                    )
                });
            if !says {
                return None;
            }
        }
    }
    // ("pleaded with drivers to stay off ...": whom it asks is no part of what it asks)
    if matches!(lc.as_str(), "pleaded" | "pleads") && t.is_word(a) && t.lower(a) == "with" {
        if let Some(to) = (a + 2..t.len().min(a + 6)).find(|&k| t.is_word(k) && t.lower(k) == "to")
        {
            a = to;
        }
    }
    // ("has said repeatedly that ...": how often or how it was said, then "that")
    if t.is_word(a)
        && !t.quoted(a)
        && is_saying_adverb(t.lower(a))
        && t.is_word(a + 1)
        && t.lower(a + 1) == "that"
    {
        a += 1;
    }
    let ruled_out = lc.starts_with("rule") && particle == Some("out");
    // "calls on the authorities to explain ...": the particle too (what is asked follows)
    if calls_on(t, i) {
        cue.push_str(" on");
        a += 1;
    }
    let mut told = None;
    if cue_takes_object(&lc) {
        let keep_object = cue_keeps_object(&lc);
        // ("urged restraint as tensions rose": what is urged, when no infinitive or clause
        // follows it, is no audience)
        let urged_thing = |o: usize| {
            matches!(lc.as_str(), "urge" | "urges" | "urged" | "urging")
                && !(t.is_word(o) && matches!(t.lower(o), "to" | "not" | "never" | "that"))
        };
        if !keep_object {
            let o = audience_end(t, a, &lc);
            if o > a && !urged_thing(o) {
                let object = t.slice(a, o - 1);
                if object.split_whitespace().any(|w| {
                    with_bare(w, is_media_word)
                        || bare(w).chars().all(|c| c.is_uppercase()) && w.len() > 2
                }) && object.split_whitespace().any(is_cap)
                {
                    told = Some(object.to_string());
                }
                a = o;
            }
        }
    }
    // after-content
    let end = t.content_end();
    // "TASS reported, citing a source, that ...", "..., the agency said, citing officials":
    // the cited source speaks, through the one citing it
    let (mut speaker, mut surface) = (speaker, surface);
    // "insisted, however, that ...": a connective in commas after the cue
    if a + 3 < end
        && t.toks[a].k == K::Comma
        && t.is_word(a + 1)
        && matches!(
            t.lower(a + 1),
            "however" | "though" | "nevertheless" | "nonetheless" | "too" | "also" | "again"
        )
        && t.toks[a + 2].k == K::Comma
        && t.is_word(a + 3)
        && t.lower(a + 3) == "that"
    {
        a += 3;
    }
    // (after the cue's adverbials: "Bloomberg reported on Thursday, citing people ...")
    let citing_ahead = (a + 1..end.min(a + 12)).any(|k| t.is_word(k) && t.word(k) == "citing");
    let timed = if citing_ahead {
        cue_adverbials(t, a, end)
    } else {
        a
    };
    if timed > a
        && timed + 2 < end
        && t.toks[timed].k == K::Comma
        && t.is_word(timed + 1)
        && t.lower(timed + 1) == "citing"
    {
        a = timed;
    }
    if a + 2 < end
        && t.toks[a].k == K::Comma
        && t.is_word(a + 1)
        && !t.quoted(a + 1)
        && t.lower(a + 1) == "citing"
        && relay.is_none()
    {
        let close = (a + 2..end)
            .find(|&c| t.toks[c].k == K::Comma)
            .unwrap_or(end);
        let source = t.slice(a + 2, close - 1).to_string();
        if close > a + 2 && parse_actor(&source).is_some() {
            relay = Some(std::mem::replace(&mut speaker, source.clone()));
            surface = source;
            a = (close + 1).min(end);
        }
    }
    let mut b = a;
    // skip adverbials up to a close "that"
    // "said on Tuesday that", "stressed in a statement that": an adverbial, then "that"
    // (or the statement named before a colon: "posted this message on Facebook for
    // residents: ...")
    // (not an infinitive of what is urged: "urged all parties to avoid actions that could
    // ...", whose "that" opens no reported clause)
    if a < end
        && t.is_word(a)
        && (is_trailing_adverbial(t.lower(a)) || names_statement(t, a))
        && !takes_infinitive(&lc, t, a)
    {
        // ("said in a statement carried by the BNS news agency that": through the agency)
        let mut crossed_comma = false;
        let mut clause_began = false;
        for idx in a + 1..end.min(a + 12) {
            // (after an aside in commas, only a "that" right after its closing comma: not
            // "in 46 settlements including Kemosk, the heat wave that hit ...")
            if t.is_word(idx)
                && !t.quoted(idx)
                && t.lower(idx) == "that"
                && (!crossed_comma || t.toks[idx - 1].k == K::Comma)
            {
                b = idx + 1;
                if relay.is_none() {
                    relay = relay_in(t.slice(a, idx - 1));
                }
                break;
            }
            // "insisted on Tuesday: '...'"
            if t.toks[idx].k == K::Colon && !t.quoted(idx) {
                b = idx + 1;
                break;
            }
            // "have warned in recent weeks against moving too quickly" (not "warned on
            // Thursday it would hit back against ...": a clause began before it)
            if t.is_word(idx) && {
                let l = t.lower(idx);
                is_auxiliary(l) || super::lexicon::pronoun_kind(l).is_some()
            } {
                clause_began = true;
            }
            if (lc.starts_with("warn") || lc.starts_with("caution"))
                && !clause_began
                && t.is_word(idx)
                && !t.quoted(idx)
                && t.lower(idx) == "against"
            {
                b = idx;
                break;
            }
            // ("wrote in a post on X, formerly Twitter, that": an aside in commas; not
            // "said on Tuesday, adding that")
            let aside = t.toks[idx].k == K::Comma;
            crossed_comma |= aside;
            let cue_after_comma =
                t.is_word(idx) && t.toks[idx - 1].k == K::Comma && is_cue(t.lower(idx));
            if !(t.is_word(idx) || aside) || cue_after_comma {
                break;
            }
        }
    }
    // "As Sarkisov noted in a commentary to KNA, Kesh has ...", "As the minister said on
    // Tuesday, the talks ...": after a speaker opened by "As", the adverbials run to a comma
    if b == a
        && s >= 1
        && t.is_word(s - 1)
        && t.lower(s - 1) == "as"
        && (s == 1 || t.toks[s - 2].k == K::Comma)
        && a < end
        && t.is_word(a)
        && is_trailing_adverbial(t.lower(a))
    {
        if let Some(c) = (a + 1..end.min(a + 10))
            .take_while(|&k| t.toks[k].k == K::Comma || (t.is_word(k) && !t.quoted(k)))
            .find(|&k| t.toks[k].k == K::Comma)
        {
            b = c + 1;
            if relay.is_none() {
                relay = relay_in(t.slice(a, c - 1));
            }
        }
    }
    // "said on Tuesday it would appeal", "said in a statement it was "cooperating fully"":
    // the adverbial, then the reported clause without "that" (where the adverbials end is
    // kept for a cue followed by them alone, below)
    let adverbials_end = (b == a).then(|| cue_adverbials(t, a, end));
    if let Some(x) = adverbials_end.filter(|&x| x > a && opens_clause(t, x, end)) {
        b = x;
    }
    // "saying only that ...", "said simply that ..."
    if b == a
        && a + 1 < end
        && t.is_word(a)
        && matches!(t.lower(a), "only" | "merely" | "simply" | "just")
        && t.is_word(a + 1)
        && t.lower(a + 1) == "that"
    {
        b = a + 2;
    }
    // "said that morning the plan was ready": a time, not "that"
    if b == a
        && a + 2 < end
        && t.is_word(a)
        && t.lower(a) == "that"
        && t.is_word(a + 1)
        && matches!(
            t.lower(a + 1),
            "morning" | "afternoon" | "evening" | "night" | "day" | "week" | "weekend"
        )
    {
        b = a + 2;
    }
    if b == a
        && a < end
        && t.is_word(a)
        && t.lower(a) == "that"
        && !(a + 1 < end && t.toks[a + 1].k == K::Comma)
        // ("said that was "not good enough"": the subject, see `after_that`)
        && !(t.is_word(a + 1) && is_auxiliary(t.lower(a + 1)))
    {
        // "rejected that account, saying ...": "that" and one noun are the object
        let demonstrative = t.is_word(a + 1)
            && !t.quoted(a + 1)
            && !is_cap(t.word(a + 1))
            && (a + 2 >= end
                || (t.toks[a + 2].k == K::Comma
                    && t.is_word(a + 3)
                    && t.lower(a + 3).ends_with("ing")
                    && is_cue(t.lower(a + 3))));
        if demonstrative {
            return None;
        }
        b = a + 1;
    }
    // "repeated Moscow's line that ...", "reiterated his position that ...": the statement
    // named, then "that"
    if b == a {
        let that = (a + 1..end.min(a + 6))
            .take_while(|&k| t.is_word(k) && !t.quoted(k))
            .find(|&k| t.lower(k) == "that");
        if let Some(th) = that.filter(|&th| {
            matches!(
                t.lower(th - 1),
                "line"
                    | "claim"
                    | "position"
                    | "view"
                    | "assertion"
                    | "argument"
                    | "stance"
                    | "contention"
                    | "belief"
                    | "insistence"
            )
        }) {
            b = th + 1;
        }
    }
    // where the content would start past the cue's own adverbials, when no "that" came:
    // "said on Tuesday, adding that ...", `"...," Mork tweeted hours later, adding that ...`
    let past_adverbials = if b == a {
        adverbials_end.unwrap_or(b).max(b)
    } else {
        b
    };
    {
        let mut x = past_adverbials;
        while x < end && t.toks[x].k == K::Comma {
            x += 1;
        }
        let ing_follows = x < end
            && t.is_word(x)
            && !t.quoted(x)
            && t.lower(x).ends_with("ing")
            && is_cue(t.lower(x));
        let pronoun_that = b < end
            && t.is_word(b)
            && t.lower(b) == "that"
            && b + 1 < end
            && t.toks[b + 1].k == K::Comma;
        // `"...," X said, adding that ...` keeps its own content before the speaker
        let post_possible = s > 0
            && matches!(t.toks[s - 1].k, K::Comma | K::Close | K::Dash)
            && t.words_in(0, s - 1) >= 2;
        if (ing_follows && !post_possible) || pronoun_that {
            // No content of its own, but the speaker carries over to ", saying ...".
            return Some(speaker_only(t, i, speaker, surface, apposition, s));
        }
    }
    let has_that = b > a;
    let after_words = t.words_in(b, end);
    let after_starts_quote = b < end
        && (t.toks[b].k == K::Open
            || (t.toks[b].k == K::Colon && b + 1 < end && t.toks[b + 1].k == K::Open)
            || (t.toks[b].k == K::Comma && b + 1 < end && t.toks[b + 1].k == K::Open));
    // "Tom Bakker, who first reported signs of the breach last week, wrote that ...": a
    // relative clause tells what the speaker did; only "that" or a quotation makes it speech
    // ("Brun, who called the blockade "illegal", said ...": a name for something, quoted, is
    // speech)
    let names_in_quotes = (cue_keeps_object(&lc) || matches!(lc.as_str(), "called" | "calls"))
        && (b..end)
            .take_while(|&k| t.toks[k].k != K::Comma || t.quoted(k))
            .any(|k| t.dquoted(k));
    if relative
        && !has_that
        && !after_starts_quote
        && !names_in_quotes
        && (is_weak_cue(&lc)
            || matches!(
                lc.as_str(),
                "reported" | "revealed" | "announced" | "disclosed" | "flagged"
            ))
    {
        return None;
    }
    // (not after an opening phrase: "Speaking at City Hall, Ms Markou urged ...", unlike
    // "Restoring the plants may take weeks, the minister warned")
    let boundary = s
        .checked_sub(1)
        .filter(|&p| matches!(t.toks[p].k, K::Comma | K::Close | K::Dash))
        .filter(|_| s != t.subject_start() || (0..s).any(|k| is_auxiliary(t.lower(k))));
    let before_words = boundary.map_or(0, |p| t.words_in(0, p));
    // `"No comment," a spokesperson said when asked`: a quotation ends before the speaker
    let quoted_before =
        boundary.is_some_and(|p| t.toks[p].k == K::Close || (p > 0 && t.toks[p - 1].k == K::Close));
    let adverbial_before_words = if quoted_before { 2 } else { 3 };
    // After the cue: nothing, an adverbial ("on Tuesday"), ", adding that ..." (its own
    // statement), or the rest of a quotation the cue interrupts (`"A," X said, "B."`).
    let bb = past_adverbials;
    let ing_next = bb + 1 < end
        && t.toks[bb].k == K::Comma
        && t.is_word(bb + 1)
        && t.lower(bb + 1).ends_with("ing")
        && is_cue(t.lower(bb + 1));
    let quote_resumes = after_starts_quote
        && boundary
            .is_some_and(|p| t.toks[p].k == K::Close || (p > 0 && t.toks[p - 1].k == K::Close));
    // `X did Y, the union said, after talks broke down`: a subordinate clause after the cue
    let clause_after_comma = {
        let mut x = b;
        while x < end && t.toks[x].k == K::Comma {
            x += 1;
        }
        // "..., the minister warned, and Kyiv has asked for ...": a clause of the writer's
        // (`"...," the mayor told local radio, her voice breaking` / `, visibly moved` /
        // `, almost smiling`: how it was said)
        let manner = || {
            let participle = |k: usize| {
                k < end && t.is_word(k) && {
                    let w = t.lower(k);
                    w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
                }
            };
            let w = t.lower(x);
            (matches!(w, "her" | "his" | "their" | "its")
                && (x + 2..end.min(x + 5)).any(participle))
                || (((w.len() > 4 && w.ends_with("ly"))
                    || matches!(w, "almost" | "still" | "half"))
                    && participle(x + 1))
        };
        // (`X happened, the ministry said, the fourth night of protests` / `, the biggest
        // rise since 2022` / `, a sign that ...`: the writer's comment on the statement)
        let comment = || {
            let ranked = |k: usize| {
                k < end && t.is_word(k) && !t.quoted(k) && {
                    let w = t.lower(k);
                    w.ends_with("est")
                        || matches!(
                            w,
                            "first"
                                | "second"
                                | "third"
                                | "fourth"
                                | "fifth"
                                | "sixth"
                                | "seventh"
                                | "eighth"
                                | "ninth"
                                | "tenth"
                                | "last"
                                | "latest"
                                | "sign"
                                | "move"
                                | "step"
                                | "setback"
                                | "blow"
                                | "boost"
                        )
                }
            };
            // (or a part of what the statement counted: `shot down 34 drones, the ministry
            // added, 18 of them over the Belgorod region`)
            let part_of = t.is_word(x + 1)
                && t.lower(x + 1) == "of"
                && (t.word(x).bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        t.lower(x),
                        "most"
                            | "many"
                            | "some"
                            | "all"
                            | "half"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "several"
                    ));
            (part_of
                || matches!(t.lower(x), "the" | "a" | "an")
                    && (ranked(x + 1) || ranked(x + 2)))
                // (no verb of its own, but in a clause on the noun: "a sign that ... is")
                && !(x + 1..end)
                    .take_while(|&k| !(t.is_word(k) && t.lower(k) == "that"))
                    .any(|k| t.is_word(k) && !t.quoted(k) && is_auxiliary(t.lower(k)))
        };
        x > b
            && x < end
            && t.is_word(x)
            && !t.quoted(x)
            && (comment()
                || ((is_trailing_adverbial(t.lower(x))
                    || matches!(t.lower(x), "and" | "but")
                    || manner()
                    // (`Revenue rose 34%, the company said, driven by demand for chips`: what
                    // brought it about, the statement's own tail)
                    || (t.is_word(x + 1)
                        && t.lower(x + 1) == "by"
                        && {
                            let w = t.lower(x);
                            (w.len() > 4 && w.ends_with("ed"))
                                || matches!(
                                    w,
                                    "driven" | "led" | "hit" | "held" | "caught" | "hurt" | "offset"
                                )
                        }))
                    && (!(x + 1..end.min(x + 9)).any(|k| t.is_word(k) && t.lower(k) == "that")
                        // `"...," the mayor said, and added that ...`: a statement of its own
                        || (matches!(t.lower(x), "and" | "but")
                            && t.is_word(x + 1)
                            && is_cue(t.lower(x + 1))))))
    };
    // `The city had spent 40 million euros, she said, "more than ever before."`: a statement
    // before the cue, which the quotation after it continues
    let statement_then_quote = after_starts_quote
        && t.toks[b].k == K::Comma
        && boundary.is_some_and(|p| t.toks[p].k == K::Comma)
        && before_words >= 4
        && t.is_word(0)
        && !t.quoted(0)
        && {
            let w = t.lower(0);
            !is_opening_adverbial(w) && !w.ends_with("ing") && !w.ends_with("ed")
        };
    let trailing = after_words == 0
        || ing_next
        || (bb > b && bb >= end && boundary.is_some())
        || quote_resumes
        || statement_then_quote
        || (!has_that
            && clause_after_comma
            && boundary.is_some()
            && before_words >= adverbial_before_words)
        || (!has_that
            && !after_starts_quote
            && b < end
            && t.is_word(b)
            && is_trailing_adverbial(t.lower(b))
            && !takes_infinitive(&lc, t, b)
            && boundary.is_some()
            && before_words >= adverbial_before_words);
    if boundary.is_some() && before_words >= 2 && trailing {
        let mut f = post_content(t, boundary?, speaker, surface, apposition, &cue, i, a)?;
        f.reported_by = f.reported_by.or(relay).or(told);
        f.np_start = t.toks[s].s;
        return Some(f);
    }
    if after_words < 2 {
        return None;
    }
    // "Officials said in a statement.", "The ministry said on Tuesday.": when nothing came
    // before the speaker either, nothing was said
    if b == a && adverbials_end.is_some_and(|x| x >= end) {
        return None;
    }
    // Weak cues ("noted", "added", "believes") need "that", a colon, a quote or a clause
    // ("officials believe the outbreak peaked") after them.
    // ("Every protocol, she pointed out, is available online": the cue interrupts its
    // statement, whose verb follows)
    let interrupts = s > 0 && t.toks[s - 1].k == K::Comma && {
        // (where it was said may come between: "Kyiv, she wrote on Telegram, had become")
        let b = venue_comma(t, b, end).unwrap_or(b);
        b + 1 < end
            && t.toks[b].k == K::Comma
            && t.is_word(b + 1)
            && !t.quoted(b + 1)
            && is_finite_verb_start(t.lower(b + 1))
    };
    // "demanded the "immediate and unconditional" release of ...": an object that quotes the
    // speaker's words
    let quotes_in_object = (b..end.min(b + 4)).any(|k| t.is_word(k) && t.dquoted(k));
    // "The Vardanian side considers these claims as "an element of ..."": a judgement, with
    // "as" after its object
    let judgement = matches!(lc.as_str(), "considers" | "regards");
    let judged_as = judgement
        && (b + 1..end.min(b + 8)).any(|k| t.is_word(k) && !t.quoted(k) && t.lower(k) == "as");
    if judgement && !judged_as && !has_that {
        return None;
    }
    // "Ship-tracking data showed the vessel was ...", "Polls show the race is tight": evidence
    // of a clause (not "Data showed a contraction in activity", a finding without a verb)
    let shows_clause = matches!(lc.as_str(), "show" | "shows" | "showed")
        && (b + 1..end.min(b + 8))
            .any(|k| t.is_word(k) && !t.quoted(k) && is_auxiliary(t.lower(k)));
    let introduces_statement = has_that
        || after_starts_quote
        || quotes_in_object
        || judged_as
        || shows_clause
        || interrupts
        || ruled_out
        || cue_takes_object(&lc)
        || holds_clause(t, &lc, b, end)
        // a forecast names what it expects: "She expects further downgrades from rivals",
        // "Economists forecast a second cut in September"
        || (is_forecast_verb(&lc)
            && b < end
            && t.is_word(b)
            && !matches!(
                t.lower(b),
                "to" | "it" | "him" | "her" | "them" | "us" | "me" | "so" | "nothing"
            )
            && t.words_in(b, end) >= 2
            // (not "expects sales to rise": an object and its infinitive, read as before)
            && !(b..end).any(|k| t.is_word(k) && t.lower(k) == "to"));
    if is_weak_cue(&lc) && !introduces_statement {
        return None;
    }
    // Pre-positioned speakers must start the clause (or be what a relative clause is about);
    // "But tearful Marlow insists", "defiant Okafor said": a name may follow how the paper
    // describes its bearer
    // (and an article before them: "a defiant Lagarde insisted", "an emotional Holm said")
    let c = if is_cap(t.word(s)) {
        let c = (s.saturating_sub(2)..s)
            .find(|&k| {
                (k..s).all(|m| t.is_word(m) && !t.quoted(m) && is_describing_adjective(t, m))
            })
            .unwrap_or(s);
        if c < s && c >= 1 && t.is_word(c - 1) && matches!(t.lower(c - 1), "a" | "an") {
            c - 1
        } else {
            c
        }
    } else {
        s
    };
    let starts_clause = c == 0
        || relative
        || opening_time_adverbial(t, c)
        // ("It is worth noting that Belousov has described ...": the writer's filler)
        || after_filler(t, c)
        // ("09:41 Police said ...": after a live page's time)
        || t.clock_end() == Some(c)
        || matches!(
            t.toks[c - 1].k,
            K::Comma | K::Close | K::Semi | K::Colon | K::Dash | K::Paren
        )
        // ("Later Zdenek Holub told reporters ...")
        || (t.is_word(c - 1) && is_opening_adverb(t.lower(c - 1)))
        || (t.is_word(c - 1)
            && matches!(
                t.lower(c - 1),
                "and"
                    | "but"
                    | "even"
                    | "while"
                    | "as"
                    | "when"
                    | "although"
                    | "though"
                    | "because"
                    | "meanwhile"
                    | "also"
                    | "however"
                    | "where"
                    | "whereas"
                    | "yet"
                    | "so"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "once"
                    | "if"
            ))
        // "..., which Aalto said may reflect the short follow-up"
        || (c >= 2
            && t.is_word(c - 1)
            && t.lower(c - 1) == "which"
            && t.toks[c - 2].k == K::Comma)
        // "She posted a video in which she said ...", "a rally at which he vowed ...": the
        // clause of an occasion
        || occasion_clause(t, c);
    if !starts_clause {
        return None;
    }
    if let Some(head_end) = boundary.filter(|_| !has_that) {
        if let Some(f) = interrupted(t, head_end, i, b, &speaker, &surface, &apposition, s) {
            return Some(Found {
                reported_by: relay.or(told),
                ..f
            });
        }
    }
    // "The document, which insiders say was circulated to officials last week, says ...": a
    // statement inside a relative clause, about what the clause hangs on, ends with the clause
    // (and "The fund, in which Smith said he had invested, collapsed")
    let embedded = s >= 2
        && t.is_word(s - 1)
        && !t.quoted(s - 1)
        && matches!(t.lower(s - 1), "which" | "who")
        && (t.toks[s - 2].k == K::Comma
            || (s >= 3 && occasion_clause(t, s) && t.toks[s - 3].k == K::Comma));
    let mut f = forward_content(t, i, b, speaker, surface, apposition, relay.or(told), s)?;
    if embedded {
        let closes = (b + 1..t.content_end()).find(|&d| t.toks[d].k == K::Comma && !t.quoted(d));
        if let Some(d) = closes {
            f = f.recut(t, b, d)?;
        }
    }
    if relative {
        // the relative clause ends where the sentence's own verb comes: "..., who assured
        // residents that nobody would go without water, said the ban would stay"
        // (or any verb of its own: "..., who said the blockade was illegal, left the room")
        let verb_after = (b..t.content_end()).find(|&d| {
            t.toks[d].k == K::Comma && !t.quoted(d) && t.is_word(d + 1) && !t.quoted(d + 1) && {
                let w = t.lower(d + 1);
                is_cue(w) || is_finite_verb_start(w) || is_past_verb(w)
            }
        });
        if let Some(d) = verb_after {
            f = f.recut(t, b, d)?;
        }
    }
    // "condemned the strikes as a war crime" and "blasted authorities for ignoring years of
    // warnings" say something; "condemned the deployment" (or "slammed the plan") alone is a
    // stance
    if is_condemnation(&lc)
        && f.kind == SpeechKind::Indirect
        && !f.content.contains(" as ")
        && !for_a_reason(&f.content)
    {
        return None;
    }
    // "mocked the plan", "Fans ridiculed the referee": scorn, unless it names what the thing
    // is in words of its own ("mocked the sanctions as "a theatre of the absurd"")
    if super::lexicon::is_scorn_verb(&lc)
        && f.kind == SpeechKind::Indirect
        && !f.content.contains(" as ")
    {
        return None;
    }
    // "Harlan conceded in a short speech", "conceded defeat on Tuesday": a candidate conceding
    // the race, not a point ("conceded that mistakes were made")
    if lc.starts_with("conced")
        && f.content.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "in" | "at" | "on" | "during" | "after" | "before" | "late" | "early" | "defeat"
            )
        })
    {
        return None;
    }
    // "rejects the study", "dismissed the report" alone are stances too; "rejected claims that
    // ..." and "dismissed the report as propaganda" say something
    if matches!(
        lc.as_str(),
        "rejected" | "rejects" | "dismissed" | "dismisses"
    ) && f.kind != SpeechKind::Direct
        && !f.content.contains(" as ")
        && !f.content.contains(" that ")
        && f.content.split_whitespace().count() <= 5
    {
        return None;
    }
    f.np_start = t.toks[s].s;
    Some(f)
}

/// "The agreement, Kim said, was purely defensive": the speaker and cue interrupt the
/// statement between its subject (before the comma at `head_end`) and its verb (after the
/// comma at `b`); the content is the two parts joined. The part after must start with a
/// verb, so that an opening adverbial ("On Monday, the minister said, the rules ...") is not
/// taken for a subject.
#[allow(clippy::too_many_arguments)]
fn interrupted(
    t: &Tokens<'_>,
    head_end: usize,
    cue_idx: usize,
    b: usize,
    speaker: &str,
    surface: &str,
    apposition: &Option<String>,
    s: usize,
) -> Option<Found> {
    let end = t.content_end();
    // ("Rovers, he said on Match of the Day, had been ...": where it was said, after the cue)
    let mut venue = None;
    let mut b = b;
    if let Some(comma) = venue_comma(t, b, end) {
        venue = relay_in(t.slice(b, comma - 1));
        b = comma;
    }
    if t.toks[head_end].k != K::Comma || t.toks.get(b)?.k != K::Comma || b + 1 >= end {
        return None;
    }
    // the subject: a few plain words starting the sentence (or following its colon: "Rusu
    // was unequivocal: every protocol, she pointed out, is ..."), not an opening adverbial
    let h0 = (0..head_end)
        .rev()
        .find(|&k| t.toks[k].k == K::Colon && !t.quoted(k))
        .map_or(0, |c| c + 1);
    if !plain_head(t, h0, head_end) {
        return None;
    }
    let mut v = b + 1;
    // (an adverb first: "The proposal, she said, explicitly exempts ...")
    if t.is_word(v)
        && !t.quoted(v)
        && (matches!(t.lower(v), "also" | "still" | "now" | "not")
            || (t.lower(v).ends_with("ly") && t.word(v).chars().all(char::is_lowercase)))
    {
        v += 1;
    }
    // the head's own verb: a known one, or a word in the present's third person or the
    // past ("The plan, she said, favours ...", "Prices, he said, doubled ...")
    let verb_like = |w: &str| {
        w.len() >= 4
            && w.chars().all(|c| c.is_ascii_lowercase())
            && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                || w.ends_with("ed")
                // ("Prices, he said, actually fell in May")
                || is_past_verb(w))
            && !is_np_function_word(w)
            && !is_clause_word(w)
            && !is_cue(w)
    };
    let lv = t.lower(v);
    // (or a quotation after a head that ends in its verb: `It was, she said, "the toughest
    // bill in a generation"`)
    let head_verb = t.is_word(head_end - 1) && is_auxiliary(t.lower(head_end - 1));
    // (or a quotation opening with the head's verb: `The minister, he said, "has not lifted
    // a finger" to help`)
    let quoted_verb = t.toks[v].k == K::Open
        && t.is_word(v + 1)
        && (is_finite_verb_start(t.lower(v + 1)) || verb_like(t.lower(v + 1)));
    let quote_after = t.toks[v].k == K::Open && (head_verb || quoted_verb);
    if !quote_after
        && !(t.is_word(v) && !t.quoted(v) && (is_finite_verb_start(lv) || verb_like(lv)))
    {
        return None;
    }
    let (head, hs, _) = t.content(h0, head_end)?;
    let mut f = forward_content(
        t,
        cue_idx,
        b + 1,
        speaker.to_string(),
        surface.to_string(),
        apposition.clone(),
        venue,
        s,
    )?;
    f.content = format!("{head} {}", f.content);
    f.content_start = hs;
    f.kind = t.kind_of(hs, f.content_end);
    f.np_start = t.toks[s].s;
    // the content is not one range of the text (see `nest`)
    f.post = true;
    Some(f)
}

/// Whether token `k` is an adverb of manner in lower case ("privately", "publicly").
fn is_manner_adverb(t: &Tokens<'_>, k: usize) -> bool {
    t.is_word(k) && !t.quoted(k) && {
        let w = t.word(k);
        w.len() > 4
            && w.ends_with("ly")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            // (nouns: "with the family saying")
            && !matches!(
                w,
                "family" | "ally" | "assembly" | "rally" | "supply" | "monopoly" | "reply"
            )
    }
}

/// Whether a word is written in capitals only, four letters or more ("BANNED", "SHAME"; not
/// initials such as "UN" or "KC").
fn is_shouted(w: &str) -> bool {
    w.len() >= 4 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether tokens `h0..head_end` are the few plain words (one to eight, no quotation) that
/// open a statement an attribution interrupts ("The plan, she said, favours ..."), not an
/// opening adverbial.
fn plain_head(t: &Tokens<'_>, h0: usize, head_end: usize) -> bool {
    let words = (h0..head_end).filter(|&k| t.is_word(k)).count();
    (1..=8).contains(&words)
        && (h0..head_end).all(|k| t.is_word(k) && !t.quoted(k))
        && !is_opening_adverbial(t.lower(h0))
}

/// A statement that a speaker and cue (at `i`, after a comma) interrupt between its subject
/// and its verb (at `v`, up to `end`), whose first word `verb` must accept ("The real test,
/// warned Olena Prokopenko, will be ...", "The decision, according to Peskov, was ..."): the
/// two parts joined, and the byte range they span.
fn joined_around(
    t: &Tokens<'_>,
    i: usize,
    v: usize,
    end: usize,
    verb: impl Fn(&str) -> bool,
) -> Option<(String, usize, usize)> {
    if !(i >= 2
        && v < end
        && t.toks[i - 1].k == K::Comma
        && plain_head(t, 0, i - 1)
        && t.is_word(v)
        && !t.quoted(v)
        && verb(t.lower(v)))
    {
        return None;
    }
    let (head, hs, _) = t.content(0, i - 1)?;
    let (rest, _, re) = t.content(v, end)?;
    Some((format!("{head} {rest}"), hs, re))
}

/// The comma after a short phrase telling where something was said, right after its cue at
/// token `b` ("said on Match of the Day,", "wrote on Telegram,", "said in an interview,").
fn venue_comma(t: &Tokens<'_>, b: usize, end: usize) -> Option<usize> {
    if !(t.is_word(b) && !t.quoted(b) && matches!(t.lower(b), "on" | "in" | "at" | "to")) {
        return None;
    }
    (b + 1..end.min(b + 8))
        .find(|&k| t.toks[k].k == K::Comma)
        .filter(|&c| c > b + 1 && (b + 1..c).all(|k| t.is_word(k) && !t.quoted(k)))
}

/// "She made clear that the bank would not be pressured: "We will not be rushed."": a
/// statement, then a quotation after a colon, are two statements of the speaker (a rewrite
/// may keep either); so are "that A and that B".
fn split_statements(t: &Tokens<'_>, f: Found) -> Vec<Found> {
    if f.post || f.backward {
        return vec![f];
    }
    let inside = |k: usize| t.toks[k].s >= f.content_start && t.toks[k].e <= f.content_end;
    let Some(first) = (0..t.len()).find(|&k| inside(k)) else {
        return vec![f];
    };
    let end = (first..t.len())
        .take_while(|&k| inside(k))
        .last()
        .map_or(first, |k| k + 1);
    let colon = (first..end).find(|&c| {
        t.toks[c].k == K::Colon
            && !t.quoted(c)
            && c + 1 < t.len()
            && t.toks[c + 1].k == K::Open
            && t.words_in(first, c) >= 3
            && t.words_in(c + 1, t.len()) >= 2
    });
    // "said the agency had approved 1,100 applications and that most payments would go out
    // by Friday", "A, but that B": two clauses, two statements
    let and_that = || {
        (first + 1..end.saturating_sub(1)).find(|&c| {
            t.is_word(c)
                && !t.quoted(c)
                // ("could not conclude that A, but that B")
                && matches!(t.lower(c), "and" | "but")
                && t.is_word(c + 1)
                && !t.quoted(c + 1)
                && t.lower(c + 1) == "that"
                && t.words_in(first, c) >= 3
                && t.words_in(c + 2, end) >= 3
        })
    };
    let (head_end, tail_start) = match colon {
        Some(c) => (c, c + 1),
        None => match and_that() {
            Some(c) => (c, c + 2),
            None => return vec![f],
        },
    };
    match (
        f.clone().recut(t, first, head_end),
        f.clone().recut(t, tail_start, end),
    ) {
        (Some(before), Some(after)) => vec![before, after],
        _ => vec![f],
    }
}

/// The name that ends a description between commas (tokens `a..b`), as in "The mission's
/// head, former Finnish minister Helmi Saarinen, told": a person's name of two words or more,
/// after lower-case words that describe its bearer (not "leader of the United Green Front",
/// whose capitals name a body).
fn described_person(t: &Tokens<'_>, a: usize, b: usize) -> Option<String> {
    if b < a + 3 || b - a > 8 || !(a..b).all(|m| t.is_word(m) && !t.quoted(m)) {
        return None;
    }
    let mut r = b;
    while r > a && is_cap(t.word(r - 1)) {
        r -= 1;
    }
    // (a post or a group noun right before the name: not "who won silver at the European
    // Championships", "who lives on Allies' Avenue")
    let described = r > a
        && b - r >= 2
        && !is_cap(t.word(a))
        && (is_title(t.bare(r - 1)) || is_group(t.bare(r - 1)))
        && (a..r).all(|m| !is_clause_word(t.lower(m)))
        && (r..b).all(|m| !is_org_word(t.bare(m)));
    if !described {
        return None;
    }
    let name = t.slice(r, b - 1);
    parse_actor(name)
        .filter(|p| p.kind == ActorKind::Person && p.form == super::actors::Form::Full)
        .map(|p| p.name)
}

/// "pointed out", "ruled out", "brushed off", "shrugged off", "waved away": the particle
/// after the cue at token `i` that belongs to it, if there is one.
fn cue_particle(t: &Tokens<'_>, i: usize) -> Option<&'static str> {
    if !t.is_word(i + 1) {
        return None;
    }
    let l = t.lower(i);
    let next = t.lower(i + 1);
    match next {
        "out" if l.starts_with("point") || l.starts_with("rule") => Some("out"),
        "off" if is_dismissal_verb(l) => Some("off"),
        "aside" if l.starts_with("brush") || l.starts_with("wav") => Some("aside"),
        "away" if l.starts_with("wav") => Some("away"),
        _ => None,
    }
}

/// A verb that, with its particle, dismisses what follows ("brushed off fears that ...",
/// "shrugged off concerns about ...", "waved away questions about ..."); alone it says
/// nothing ("brushed the dust from his coat").
fn is_dismissal_verb(l: &str) -> bool {
    l.starts_with("brush") || l.starts_with("shrug") || l.starts_with("waved")
}

/// A lower-case word that describes a person before their name, as tabloids write
/// ("tearful", "defiant", "furious", "embattled", "outspoken", "angry"): by its ending, and
/// not a word of the clause's grammar or a cue.
fn is_describing_adjective(t: &Tokens<'_>, k: usize) -> bool {
    let w = t.word(k);
    let l = t.lower(k);
    w.chars().all(|c| c.is_lowercase())
        && w.len() >= 5
        && !is_cue(l)
        && !is_np_function_word(l)
        && !is_clause_word(l)
        && !is_aux_or_adverb(l)
        && [
            "ful", "ant", "ent", "ous", "ive", "ed", "al", "ic", "less", "en", "ry",
        ]
        .iter()
        .any(|e| l.ends_with(e))
}

/// "D-Col.", "R-Texas", "I-Vt.": a US lawmaker's party and state, after the name.
fn is_party_tag(s: &str) -> bool {
    let s = s.trim_end_matches('.');
    s.len() <= 10
        && matches!(s.get(..2), Some("D-" | "R-" | "I-"))
        && s[2..].starts_with(|c: char| c.is_ascii_uppercase())
        && s[2..].chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Adjectives of a stance held on what follows "that" ("was adamant that").
const STANCES: &[&str] = &[
    "adamant",
    "confident",
    "optimistic",
    "convinced",
    "hopeful",
    "pessimistic",
    "insistent",
    "certain",
];

/// The verbs of a phrasal cue ending in `object`, and the words that may stand between them
/// (see [`phrasal_cue`]); `None` for any other word.
fn phrasal_parts(object: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    match object {
        "clear" => Some((&["made", "make", "makes", "making"], &["it"])),
        "concern" | "concerns" | "fears" | "fear" | "doubts" | "hopes" | "hope" | "confidence"
        | "assurances" => Some((
            &[
                "raised",
                "raises",
                "raising",
                "voiced",
                "voices",
                "voicing",
                "expressed",
                "expresses",
                "expressing",
                "gave",
                "gives",
                "giving",
            ],
            &[
                "a", "the", "his", "her", "their", "its", "serious", "strong", "growing",
            ],
        )),
        "alarm" => Some((
            &["sounded", "sounds", "sounding", "raised", "raising"],
            &["the", "an"],
        )),
        "case" => Some((
            &["made", "makes", "making"],
            &["the", "a", "her", "his", "their"],
        )),
        // "was adamant that", "remained confident that": a stance on what follows
        w if STANCES.contains(&w) => Some((
            &[
                "was", "is", "were", "are", "remained", "remains", "seemed", "appeared",
            ],
            &[
                "very",
                "quite",
                "increasingly",
                "still",
                "also",
                "fairly",
                "less",
                "more",
            ],
        )),
        // "repeated his charge that", "renewed their claim that": a statement made again
        "charge" | "claim" | "accusation" | "allegation" | "assertion" | "argument" => Some((
            &[
                "repeated",
                "repeats",
                "repeating",
                "reiterated",
                "reiterates",
                "reiterating",
                "renewed",
                "renews",
                "renewing",
                "restated",
                "restates",
                "restating",
            ],
            &["his", "her", "their", "its", "the", "an", "a", "earlier"],
        )),
        // "hit back that", "fired back:"
        "back" => Some((
            &[
                "hit", "hits", "hitting", "fired", "fires", "firing", "shot", "shoots", "struck",
                "pushed", "pushes",
            ],
            &[],
        )),
        _ => None,
    }
}

/// A cue of a verb and its object, its last word at token `i`, before "that" or a colon:
/// "made clear that", "made it clear:", "raised concerns that", "voiced fears that",
/// "expressed confidence that", "sounded the alarm that", "made the case that". Returns the
/// index of the verb.
fn phrasal_cue(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if !(t.is_word(i)
        && i + 1 < t.len()
        && (t.toks[i + 1].k == K::Colon || (t.is_word(i + 1) && t.lower(i + 1) == "that")))
    {
        return None;
    }
    let verb = |k: usize, verbs: &[&str]| t.is_word(k) && verbs.contains(&t.lower(k));
    let object = t.lower(i);
    let (verbs, between) = phrasal_parts(object)?;
    // (a stance needs someone holding it: not "It is certain that", nor a quotation's "We
    // are confident that")
    let stance = STANCES.contains(&object);
    let holder = |k: usize| {
        k > 0
            && !t.quoted(k)
            && !(t.is_word(k - 1)
                && matches!(
                    t.lower(k - 1),
                    "it" | "there" | "this" | "that" | "i" | "we" | "you"
                ))
    };
    let verb = |k: usize, verbs: &[&str]| verb(k, verbs) && (!stance || holder(k));
    let mut k = i.checked_sub(1)?;
    // up to two words between the verb and its object ("raised serious concerns")
    for _ in 0..2 {
        if verb(k, verbs) {
            return Some(k);
        }
        if !(t.is_word(k) && between.contains(&t.lower(k))) {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    verb(k, verbs).then_some(k)
}

/// Whether the "-ing" cue at `i` follows a statement, message or video the sentence's subject
/// issued ("issued a statement saying ...", "posted a message on X saying ..."): what it says
/// is the subject's, unless the sentence ends with its own speaker ("The council agreed a
/// statement condemning the attack, diplomats said").
fn issued_by_subject(t: &Tokens<'_>, i: usize) -> bool {
    let on_site = i > 4
        && t.is_word(i - 1)
        && is_cap(t.word(i - 1))
        && t.is_word(i - 2)
        && t.lower(i - 2) == "on";
    let n = if on_site { i - 3 } else { i - 1 };
    let speaker_after = (i + 1..t.content_end()).any(|k| {
        t.toks[k].k == K::Comma
            && (k + 1..t.content_end().min(k + 6))
                .any(|m| t.is_word(m) && !t.quoted(m) && is_cue(t.lower(m)))
    });
    n > 1
        && !speaker_after
        && t.is_word(n)
        && !t.quoted(n)
        && (is_statement_noun(t.bare(n)) || matches!(t.lower(n), "video" | "message" | "email"))
}

/// Whether "in which", "during which" or "at which" stands right before token `c`: a clause
/// of an occasion ("a video in which she said ...", "a rally at which he vowed ...").
fn occasion_clause(t: &Tokens<'_>, c: usize) -> bool {
    c >= 2
        && t.is_word(c - 1)
        && t.lower(c - 1) == "which"
        && t.is_word(c - 2)
        && matches!(t.lower(c - 2), "in" | "during" | "at")
}

/// Returns true when the words before token `s` are a time adverbial opening the sentence
/// without a comma: "Last year he accused ...", "On Monday the minister said ..."; or a
/// longer opening phrase before a pronoun ("In a newspaper interview she insisted ...").
fn opening_time_adverbial(t: &Tokens<'_>, s: usize) -> bool {
    // "In a weekend newspaper interview she insisted ...": an opening phrase, then a pronoun
    // (or two words: "In 2022 he accused her of ...")
    let pronoun_after_phrase = (2..=9).contains(&s)
        && t.is_word(s)
        && matches!(t.lower(s), "he" | "she" | "they" | "we" | "it")
        && matches!(t.lower(0), "in" | "at" | "during" | "on" | "after")
        && (0..s).all(|k| t.is_word(k) && !t.quoted(k));
    if pronoun_after_phrase {
        return true;
    }
    (2..=4).contains(&s)
        && (0..s).all(|k| t.is_word(k) && !t.quoted(k))
        && matches!(
            t.lower(0),
            "last" | "on" | "in" | "earlier" | "later" | "this" | "next" | "late" | "early"
        )
        && (1..s).any(|k| {
            let w = t.lower(k);
            is_time_word(w)
                || matches!(
                    w,
                    "year"
                        | "week"
                        | "month"
                        | "day"
                        | "weekend"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "today"
                        | "yesterday"
                )
        })
}

/// Words that open a sentence as an adverbial rather than as its subject.
fn is_opening_adverbial(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "under"
            | "over"
            | "as"
            | "when"
            | "while"
            | "if"
            | "although"
            | "though"
            | "however"
            | "meanwhile"
            | "instead"
            | "still"
            | "yet"
            | "so"
            | "and"
            | "but"
            | "now"
            | "then"
            | "today"
            | "yesterday"
            | "earlier"
            | "later"
            | "separately"
            | "overall"
            | "otherwise"
            | "similarly"
            | "likewise"
            | "nevertheless"
            | "nonetheless"
            | "moreover"
            | "furthermore"
            | "also"
            | "here"
            | "there"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            // ("Outside court, one of the developers who gave evidence said ...")
            | "outside"
            | "inside"
            | "near"
            | "across"
            | "around"
    ) || is_weekday(w)
}

/// Auxiliaries, modals and copulas.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "has"
            | "have"
            | "had"
            | "does"
            | "did"
            | "remains"
            | "remain"
            | "won't"
            | "can't"
            | "isn't"
            | "aren't"
            | "wasn't"
            | "weren't"
    )
}

/// A verb that a clause lacking its subject starts with: an auxiliary, or a common verb of
/// statements ("The pact, he said, marks a turning point").
fn is_finite_verb_start(w: &str) -> bool {
    is_auxiliary(w)
        || matches!(
            w,
            "shall"
                | "do"
                | "remained"
                | "represents"
                | "represented"
                | "marks"
                | "marked"
                | "poses"
                | "posed"
                | "means"
                | "meant"
                | "shows"
                | "showed"
                | "needs"
                | "needed"
                | "wo"
        )
}

/// A lower-case word that reads as a verb in the past: five letters or more ending in "-ed",
/// or a common irregular past ("left", "went", "took").
fn is_past_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
        || matches!(
            w,
            "left"
                | "went"
                | "came"
                | "took"
                | "made"
                | "gave"
                | "met"
                | "spent"
                | "won"
                | "lost"
                | "led"
                | "ran"
                | "sat"
                | "stood"
                | "held"
                | "kept"
                | "became"
                | "began"
                | "fled"
                | "flew"
                | "fell"
                | "rose"
                | "grew"
                | "drew"
                | "threw"
                | "knew"
                | "broke"
                | "chose"
                | "drove"
                | "froze"
                | "stole"
                | "shook"
                | "struck"
                | "sank"
                | "paid"
                | "sold"
                | "bought"
                | "brought"
                | "caught"
                | "fought"
                | "sought"
                | "sent"
                | "built"
                | "dealt"
                | "withdrew"
                | "overcame"
                | "understood"
        )
}

/// A speaker and cue without content: it only lends its speaker to a following "-ing" cue.
fn speaker_only(
    t: &Tokens<'_>,
    i: usize,
    speaker: String,
    surface: String,
    apposition: Option<String>,
    s: usize,
) -> Found {
    Found {
        speaker,
        speaker_surface: surface,
        apposition,
        cue: t.word(i).to_string(),
        content: String::new(),
        content_start: t.toks[i].e,
        content_end: t.toks[i].e,
        kind: SpeechKind::Indirect,
        reported_by: None,
        cue_pos: t.toks[i].s,
        np_start: t.toks[s].s,
        post: false,
        backward: false,
    }
}

/// True when a parsed speaker can be a source on its own for relay cues ("KCNA reported").
fn speaker_is_source(a: &ParsedActor) -> bool {
    a.kind != ActorKind::Group
        || a.name
            .split_whitespace()
            .any(|w| with_bare(w, is_media_word))
}

/// Where the content after the cue at `i` starts: past "that" ("said that ...") or "only
/// that" ("saying only that ...", "said simply that ...").
fn after_that(t: &Tokens<'_>, i: usize) -> usize {
    // ("said that was "not good enough"", "said that would be a mistake": a "that" before a
    // verb is the reported clause's subject, not the conjunction)
    let that = |k: usize| {
        t.is_word(k) && t.lower(k) == "that" && !(t.is_word(k + 1) && is_auxiliary(t.lower(k + 1)))
    };
    if that(i + 1) {
        i + 2
    } else if t.is_word(i + 1)
        && !t.quoted(i + 1)
        && (matches!(t.lower(i + 1), "only" | "merely" | "simply" | "just")
            || is_saying_adverb(t.lower(i + 1)))
        && that(i + 2)
    {
        // ("has said repeatedly that ...")
        i + 3
    } else if t.is_word(i + 1) && matches!(t.lower(i + 1), "on" | "in" | "to" | "at" | "during") {
        // "writing on Facebook that ...", "saying in a statement that ...": where, then "that"
        (i + 2..t.len().min(i + 9))
            .take_while(|&k| t.is_word(k) && !t.quoted(k))
            .find(|&k| that(k))
            .map_or(i + 1, |k| k + 1)
    } else {
        i + 1
    }
}

/// Adverbs of how often or how something was said, between a cue and its "that" ("said
/// repeatedly that", "insisted publicly that").
fn is_saying_adverb(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "again"
            | "repeatedly"
            | "previously"
            | "publicly"
            | "privately"
            | "recently"
            | "firmly"
            | "clearly"
            | "explicitly"
            | "separately"
            | "frequently"
            | "consistently"
            | "emphatically"
            | "flatly"
            | "bluntly"
            | "openly"
            | "falsely"
            | "wrongly"
            | "correctly"
    )
}

/// Content after the cue (from token `b`).
#[allow(clippy::too_many_arguments)]
fn forward_content(
    t: &Tokens<'_>,
    cue_idx: usize,
    b: usize,
    speaker: String,
    surface: String,
    apposition: Option<String>,
    relay: Option<String>,
    s: usize,
) -> Option<Found> {
    // "... repelled four attacks — a claim Kyiv denied": the dash ends what was said, and so
    // does a comma when that apposition runs to the end ("..., a claim the alliance rejects";
    // not "the plan, a proposal backed by France, would ...")
    // ", with a spokeswoman declaring: ..." attributes what follows to someone else
    let with_speaker = |d: usize| {
        t.is_word(d + 1)
            && t.lower(d + 1) == "with"
            && (d + 2..t.content_end().min(d + 8))
                .take_while(|&x| t.is_word(x) && !t.quoted(x))
                .any(|x| t.lower(x).ends_with("ing") && is_cue(t.lower(x)))
    };
    // (commas after it only around a name: "..., a charge her spokesman, Tomas Brekke,
    // dismissed")
    let runs_to_end = |d: usize| {
        let commas: Vec<usize> = (d + 1..t.content_end())
            .filter(|&x| t.toks[x].k == K::Comma)
            .collect();
        match commas[..] {
            [] => true,
            [c0, c1] => c1 > c0 + 1 && (c0 + 1..c1).all(|x| t.is_word(x) && is_cap(t.word(x))),
            _ => false,
        }
    };
    // "insisted it was "cooperating fully", but refused to say where ...": the speaker's next
    // act, not what was said (a "but would not comment further" is kept: see `split_statements`)
    // (words compared as written: this runs for every token of every content)
    // ("..., but she stopped short of endorsing either plan": the speaker named again)
    let speaker_acts = |d: usize| {
        let c = d + usize::from(t.toks[d].k == K::Comma);
        let v = c + 1 + usize::from(t.is_word(c + 1) && matches!(t.word(c + 1), "he" | "she"));
        t.is_word(c)
            && !t.quoted(c)
            && t.word(c).eq_ignore_ascii_case("but")
            && t.is_word(v)
            && !t.quoted(v)
            && [
                "refused", "declined", "gave", "offered", "provided", "stopped",
            ]
            .contains(&t.word(v))
    };
    // "..., without elaborating.": how the speaker spoke, closing the sentence
    let manner_at_end = |d: usize| {
        t.toks[d].k == K::Comma
            && t.is_word(d + 1)
            && t.word(d + 1).eq_ignore_ascii_case("without")
            && t.is_word(d + 2)
            && matches!(
                t.lower(d + 2),
                "elaborating" | "elaboration" | "giving" | "providing" | "offering"
            )
            && (d + 2..t.content_end()).all(|k| t.is_word(k) && !t.quoted(k))
            && (d + 3..t.content_end()).all(|k| {
                matches!(
                    t.lower(k),
                    "details" | "further" | "detail" | "specifics" | "a" | "any" | "more"
                )
            })
    };
    // "..., the Guardian understands.", "..., the BBC has learned.": the paper's own knowledge
    // of it, closing the sentence, no part of what was said
    let paper_knows = |d: usize| {
        let end = t.content_end();
        if t.toks[d].k != K::Comma {
            return false;
        }
        let mut k = d + 1;
        if t.is_word(k) && t.lower(k) == "the" {
            k += 1;
        }
        let name = k;
        while k < end && t.is_word(k) && !t.quoted(k) && is_cap(t.word(k)) && k < name + 4 {
            k += 1;
        }
        if k == name {
            return false;
        }
        if t.is_word(k) && matches!(t.lower(k), "has" | "can") {
            k += 1;
        }
        t.is_word(k)
            && matches!(
                t.lower(k),
                "understands" | "learned" | "learnt" | "reveal" | "reveals"
            )
            && k + 1 == end
    };
    // "... won't "prejudge the outcome" - which is what prime ministers say right before they
    // sack someone": the writer's comment, after a dash, to the end of the sentence
    let comment = |d: usize| {
        t.toks[d].k == K::Dash
            && t.is_word(d + 1)
            && t.lower(d + 1) == "which"
            && !(d + 2..t.content_end()).any(|k| t.toks[k].k == K::Dash)
    };
    let end = (b..t.content_end())
        .find(|&d| {
            ((t.toks[d].k == K::Dash || (t.toks[d].k == K::Comma && runs_to_end(d)))
                && t.opens_apposition(d + 1)
                || comment(d)
                || (t.toks[d].k == K::Comma && with_speaker(d))
                || (d > b && speaker_acts(d))
                || manner_at_end(d)
                || paper_knows(d)
                // "Senator says aid is 'weeks late'; agency disputes timeline"
                || t.toks[d].k == K::Semi)
                && !t.quoted(d)
        })
        .unwrap_or_else(|| t.content_end());
    let (content, cs, ce) = t.content(b, end)?;
    Some(Found {
        speaker,
        speaker_surface: surface,
        apposition,
        cue: match cue_particle(t, cue_idx) {
            Some(p) => format!("{} {p}", t.word(cue_idx)),
            None => t.word(cue_idx).to_string(),
        },
        kind: t.kind_of(cs, ce),
        content,
        content_start: cs,
        content_end: ce,
        reported_by: relay,
        cue_pos: t.toks[cue_idx].s,
        np_start: t.toks[s.min(cue_idx)].s,
        post: false,
        backward: false,
    })
}

/// Content before the speaker: tokens `0..boundary`, plus a quotation after the cue
/// (`"A," X said, "B."`).
#[allow(clippy::too_many_arguments)]
fn post_content(
    t: &Tokens<'_>,
    boundary: usize,
    speaker: String,
    surface: String,
    apposition: Option<String>,
    cue: &str,
    cue_idx: usize,
    after: usize,
) -> Option<Found> {
    // the content starts after an earlier clause boundary that ends another attribution, or at 0
    let mut end = boundary;
    if t.toks[boundary].k == K::Close {
        end = boundary + 1;
    } else if boundary > 0 && t.toks[boundary - 1].k == K::Close {
        end = boundary;
    }
    // "A quick recap for those just joining us: patients should NOT stop taking their
    // tablets, Dr Abara stressed": what is said starts after the colon
    let mut first = (0..end)
        .rev()
        .find(|&k| t.toks[k].k == K::Colon && !t.quoted(k))
        .filter(|&k| (k + 1..end).filter(|&w| t.is_word(w)).count() >= 3)
        .map_or(0, |k| k + 1);
    // "But heroic air defenders destroyed ..., the military confirmed": the conjunction joins
    // the sentence to the one before; it is not said
    while first + 2 < end
        && t.is_word(first)
        && !t.quoted(first)
        && ["But", "And", "Yet", "but", "and", "yet"].contains(&t.word(first))
    {
        first += 1;
    }
    let (mut content, cs, mut ce) = t.content(first, end)?;
    // "Even so, other experts urge caution": an adverbial opening the sentence says nothing
    if matches!(
        content.to_lowercase().as_str(),
        "even so"
            | "however"
            | "meanwhile"
            | "still"
            | "nonetheless"
            | "nevertheless"
            | "in addition"
            | "at the same time"
            | "for now"
            | "instead"
            | "in response"
            | "separately"
            | "likewise"
            | "similarly"
            | "by contrast"
            | "in contrast"
            | "in turn"
    ) {
        return None;
    }
    // a second quotation after the cue continues the content (`"A," he said, "B."`), unless
    // it belongs to a clause of its own: "..., Malinov said, but he said tests would continue
    // "around the clock""
    let rest_open = (after..t.len())
        .find(|&k| t.toks[k].k == K::Open)
        .filter(|&o| {
            !(after..o).any(|k| {
                t.is_word(k) && {
                    let w = t.lower(k);
                    // (`he said, adding: "B."` is a statement of its own, under "adding")
                    is_cue(w)
                        || matches!(
                            w,
                            "but" | "and" | "while" | "although" | "though" | "whereas"
                                // (", who rates the stock "hold"": a clause on the speaker)
                                | "who" | "whose" | "which"
                        )
                }
            })
        });
    if let Some(o) = rest_open {
        if let Some((more, _, me)) = t.content(o, t.content_end()) {
            content.push(' ');
            content.push_str(&more);
            ce = me;
        }
    }
    let before = t.kind_of(cs, ce.min(t.toks[boundary].e));
    let kind = match (rest_open, before) {
        (Some(_), SpeechKind::Direct) | (None, _) => before,
        (Some(_), _) => SpeechKind::Mixed,
    };
    // "in an interview with X", "told X" after the cue
    let tail = if after < t.len() {
        t.text[t.toks[after.min(t.len() - 1)].s..t.toks[t.len() - 1].e].to_string()
    } else {
        String::new()
    };
    Some(Found {
        speaker,
        speaker_surface: surface,
        apposition,
        cue: cue.to_string(),
        kind,
        content,
        content_start: cs,
        content_end: ce,
        reported_by: relay_in(&tail),
        cue_pos: t.toks[cue_idx].s,
        np_start: t.toks[cue_idx].s,
        post: true,
        backward: false,
    })
}

/// An apposition after an inverted speaker: `said X, the minister,` → (role, index after it).
fn apposition_after(t: &Tokens<'_>, i: usize) -> (Option<String>, usize) {
    if i < t.len() && t.toks[i].k == K::Comma && t.is_word(i + 1) && is_cap(t.word(i + 1)) {
        let mut e = i + 1;
        while e < t.len() && t.is_word(e) && is_cap(t.word(e)) {
            e += 1;
        }
        if e - i >= 3 && (e >= t.content_end() || t.toks[e].k != K::Word) {
            return (Some(format!("NAME:{}", t.slice(i + 1, e - 1))), e);
        }
    }
    if i < t.len()
        && t.toks[i].k == K::Comma
        && t.is_word(i + 1)
        && matches!(t.lower(i + 1), "the" | "a" | "an")
    {
        let mut e = i + 1;
        while e < t.len() && t.is_word(e) {
            e += 1;
        }
        if (i + 1..e).any(|k| is_title(t.bare(k))) {
            let role = t.slice(i + 2, e - 1).to_string();
            return (Some(role), e);
        }
        // "Maria Lopez, a nurse at the hospital": a short description that ends the sentence
        // describes the speaker, whatever the noun
        let short = e - (i + 1) <= 8 && e >= t.content_end();
        let descriptive = (i + 2..e).all(|k| {
            !matches!(
                t.lower(k),
                "that" | "which" | "who" | "whose" | "when" | "after" | "before" | "while" | "as"
            )
        });
        if short && descriptive && e > i + 2 && !is_cap(t.word(i + 2)) {
            let role = t.slice(i + 2, e - 1).to_string();
            return (Some(role), e);
        }
    }
    (None, i)
}

/// The markers of [`relay_in`], in the order they are tried, each with its searcher built once
/// (`str::find` built a two-way searcher per marker and clause: 1.7% of preparing).
static RELAY_MARKERS: std::sync::LazyLock<Vec<(&str, memchr::memmem::Finder<'static>)>> =
    std::sync::LazyLock::new(|| {
        [
            "reported by ",
            "according to ",
            "quoted by ",
            "cited by ",
            "in an interview with ",
            "published by ",
            "released by ",
            "relayed by ",
            "carried by ",
            "in comments to ",
            "in a comment to ",
            "in remarks to ",
            "speaking to ",
            "broadcast on ",
            "broadcast by ",
            "aired on ",
            "told ",
        ]
        .into_iter()
        .map(|m| (m, memchr::memmem::Finder::new(m)))
        .collect()
    });

/// The relay named in a clause: "reported by X", "according to X", "told X", "in an
/// interview with X", "cited by X", "quoted by X", "X reported".
fn relay_in(clause: &str) -> Option<String> {
    // ASCII lower-casing keeps byte offsets valid for slicing `clause`
    let l = clause.to_ascii_lowercase();
    for (marker, finder) in RELAY_MARKERS.iter() {
        let marker = *marker;
        if let Some(p) = finder.find(l.as_bytes()) {
            let start = p + marker.len();
            let rest = &clause[start..];
            let end = rest
                .find([',', ';', '.', '(', '“', '"'])
                .unwrap_or(rest.len());
            let name = rest[..end].trim();
            // stop the phrase at a verb-like lower-case word after the name
            let words: Vec<&str> = name.split_whitespace().collect();
            let mut keep = Vec::new();
            for (k, &w) in words.iter().enumerate() {
                let b = bare(w);
                // ("with the Financial Times in March": when is not who)
                let timed = matches!(b.as_str(), "in" | "on" | "last" | "this" | "earlier")
                    && words.get(k + 1).is_some_and(|n| {
                        with_bare(n, |n| is_month(n) || is_weekday(n) || is_time_word(n))
                    });
                if timed {
                    break;
                }
                let name_like = is_cap(w)
                    || is_np_function_word(&b)
                    || is_media_word(&b)
                    || is_org_word(&b)
                    || is_title(&b);
                if !keep.is_empty() && !name_like {
                    break;
                }
                keep.push(w);
            }
            let name = keep.join(" ");
            if name.split_whitespace().any(is_cap)
                || name.split_whitespace().any(|w| with_bare(w, is_media_word))
            {
                if marker == "told "
                    && !name.split_whitespace().any(|w| {
                        with_bare(w, is_media_word)
                            || (w.len() > 2 && w.chars().all(char::is_uppercase))
                    })
                {
                    continue;
                }
                return Some(name);
            }
        }
    }
    None
}

/// "a statement from the ministry" → (the document, its source): the ministry speaks through
/// the statement.
fn document_source(phrase: &str) -> Option<(String, String)> {
    let lw: Vec<&str> = phrase.split_whitespace().collect();
    // the preposition right after the document: "a statement from the ministry", "a report
    // by the bank"; "of" names the source of a statement, but the sample of a study ("a study
    // of 9,400 adults")
    let p = (1..lw.len()).find(|&k| {
        let is_document = |w: &str| is_statement_noun(w) || is_document_noun(w);
        let before = bare(lw[k - 1]);
        // ("a statement issued by the Kremlin"; not "a memo obtained by Truth Beacon", which
        // names who reports it)
        let document = is_document(&before)
            || (k >= 2
                && before.ends_with("ed")
                && !is_reporters_participle(&before)
                && is_document(&bare(lw[k - 2])));
        document
            && match lw[k].to_lowercase().as_str() {
                "by" | "from" => true,
                "of" => !matches!(
                    before.as_str(),
                    "study" | "survey" | "poll" | "analysis" | "review" | "census" | "trial"
                ),
                _ => false,
            }
    })?;
    Some((
        lw[..p].join(" ").trim_start_matches("a ").to_string(),
        lw[p + 1..].join(" "),
    ))
}

/// Participles whose agent is who got hold of a document, not who wrote it ("a memo obtained
/// by Truth Beacon", "documents seen by the BBC").
fn is_reporters_participle(w: &str) -> bool {
    matches!(
        w,
        "obtained" | "seen" | "reviewed" | "viewed" | "examined" | "received" | "leaked"
    )
}

/// Whether a cue names a source without a verb of saying ("according to", "per"): the
/// source may relay what it attributes.
fn is_according(cue: &str) -> bool {
    matches!(cue, "according to" | "per") || (cue.starts_with("as ") && cue.ends_with(" by"))
}

/// A headline that gives its speaker before a colon ("Belousov: Korean soldiers' role confirms
/// 'alliance'", "Kremlin: West is 'playing with fire'"): a name of one to four words, not a
/// label ("BREAKING:", "Urgent Developments:"), then the statement. The caller keeps it only
/// when that speaker also speaks in the article.
pub(super) fn colon_headline(t: &Tokens<'_>) -> Option<Found> {
    let colon = (1..t.len().min(6)).find(|&k| t.toks[k].k == K::Colon)?;
    // ("Russian diplomat: ...", "Kremlin spokesman: ...": a title may be lower case)
    if !(0..colon).all(|k| {
        t.is_word(k) && !t.quoted(k) && (is_cap(t.word(k)) || (k > 0 && is_title(t.bare(k))))
    }) {
        return None;
    }
    let label = (0..colon).any(|k| {
        matches!(
            t.lower(k),
            "breaking"
                | "urgent"
                | "developments"
                | "live"
                | "update"
                | "updates"
                | "updated"
                | "exclusive"
                | "analysis"
                | "opinion"
                | "watch"
                | "explainer"
                | "factbox"
                | "timeline"
                | "video"
                | "photos"
                | "report"
                | "review"
                | "editorial"
                | "comment"
                | "interview"
                | "developing"
                | "alert"
                | "news"
                | "just"
                | "in"
                | "poll"
                | "quiz"
        )
    });
    if label || t.words_in(colon + 1, t.content_end()) < 3 {
        return None;
    }
    let speaker = t.slice(0, colon - 1).to_string();
    let actor = parse_actor(&speaker)?;
    if !matches!(actor.kind, ActorKind::Person | ActorKind::Org) {
        return None;
    }
    after_colon(t, speaker, 0, colon)
}

/// `speaker` (from token `np`) says what follows the colon at token `colon`.
fn after_colon(t: &Tokens<'_>, speaker: String, np: usize, colon: usize) -> Option<Found> {
    let content = t.content(colon + 1, t.content_end().max(colon + 2))?;
    let kind = t.kind_of(content.1, content.2);
    let (cue_pos, np_start) = (t.toks[colon].s, t.toks[np].s);
    Some(Found::plain(
        speaker,
        ":".into(),
        content,
        kind,
        cue_pos,
        np_start,
    ))
}

/// "vowed to annihilate ...", "pledged to rebuild ...": after these cues "to" begins what
/// was said (an infinitive), not an adverbial ("said to reporters").
fn takes_infinitive(cue: &str, t: &Tokens<'_>, at: usize) -> bool {
    (matches!(
        cue,
        "vow"
            | "vows"
            | "vowed"
            | "pledge"
            | "pledges"
            | "pledged"
            | "promise"
            | "promises"
            | "promised"
            | "threaten"
            | "threatens"
            | "threatened"
            // ("urged the United States to stop ...": what whom it urged should do)
            | "urge"
            | "urges"
            | "urged"
            | "ask"
            | "asks"
            | "asked"
            | "told"
            | "warned"
            | "encouraged"
            | "pressed"
    ) || is_expectation(cue))
        // ("Zoron Power expects to double output": what it expects, not where it spoke)
        && t.lower(at) == "to"
        && ((t.is_word(at + 1)
            // (an infinitive's verb, not "told reporters to their surprise")
            && !matches!(
                t.lower(at + 1),
                "the" | "a" | "an" | "their" | "his" | "her" | "its" | "my" | "our" | "your"
            ))
            || t.toks.get(at + 1).is_some_and(|k| k.k == K::Open))
}

/// Where a cue's adverbials starting at `a` end (`a` when there are none): time ("on
/// Tuesday", "late on Monday", "last week", "earlier"), the medium ("in a statement", "in an
/// interview", "in a post on X", "by email") and the occasion ("at a news conference").
fn cue_adverbials(t: &Tokens<'_>, a: usize, end: usize) -> usize {
    let word = |k: usize| (k < end && t.is_word(k) && !t.quoted(k)).then(|| t.lower(k));
    let is = |k: usize, w: &[&str]| word(k).is_some_and(|x| w.contains(&x));
    let mut k = a;
    loop {
        let from = k;
        // time
        if is(k, &["late", "early", "earlier", "later"]) {
            k += 1;
        }
        // "hours later", "two days later", "moments later"
        let count = usize::from(word(k).is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || matches!(w, "a" | "an" | "two" | "three" | "few" | "several")
        }));
        if is(
            k + count,
            &[
                "hours", "hour", "days", "day", "minutes", "minute", "weeks", "week", "moments",
            ],
        ) && is(k + count + 1, &["later", "earlier"])
        {
            k += count + 2;
        }
        if is(k, &["on"]) && word(k + 1).is_some_and(is_weekday) {
            k += 2;
            if is(k, &["night", "morning", "afternoon", "evening"]) {
                k += 1;
            }
        } else if is(k, &["last", "this"])
            && is(k + 1, &["week", "month", "year", "weekend", "night"])
        {
            k += 2;
        } else if is(k, &["yesterday", "today"]) {
            k += 1;
        }
        // the medium or the occasion
        if is(k, &["in"])
            && is(k + 1, &["a", "an", "its", "his", "her", "their"])
            && word(k + 2).is_some_and(|w| {
                is_statement_noun(w) || matches!(w, "email" | "video" | "briefing")
            })
        {
            k += 3;
            // "in a post on X", "in an interview with Reuters"
            if is(k, &["on", "with", "to"]) && word(k + 1).is_some_and(|_| is_cap(t.word(k + 1))) {
                k += 2;
            }
        } else if is(k, &["by"]) && is(k + 1, &["email", "phone", "telephone", "text"]) {
            k += 2;
        } else if is(k, &["at"])
            && is(k + 1, &["a", "an", "the"])
            && is(k + 2, &["news", "press"])
            && is(k + 3, &["conference", "briefing"])
        {
            k += 4;
        }
        if k == from {
            break;
        }
    }
    k
}

/// Whether a reported clause without "that" opens at `k`: a pronoun, a determiner or a
/// name ("said on Sunday France would ..."), and more words after it.
fn opens_clause(t: &Tokens<'_>, k: usize, end: usize) -> bool {
    let name = || {
        let w = t.word(k);
        is_cap(w) && !is_time_word(&w.to_lowercase())
    };
    k + 1 < end
        && t.is_word(k)
        && !t.quoted(k)
        && (name()
            || matches!(
                t.lower(k),
                "it" | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "there"
                    | "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "no"
                    | "all"
            ))
}

/// Participles of a speaker's mood that tabloids use as cues before a quotation (", fuming:
/// "...""); elsewhere they describe ("fuming residents").
fn is_mood_participle(w: &str) -> bool {
    matches!(
        w,
        "fuming"
            | "raging"
            | "seething"
            | "sobbing"
            | "gushing"
            | "raving"
            | "ranting"
            | "beaming"
            | "thundering"
            | "snapping"
            | "storming"
            | "bristling"
    )
}

/// A cue in a progressive form after its subject ("He is warning that ...", "The ministry
/// was insisting the figures were right"): only the cues that take what is said after them
/// (not "was speaking"), and only with words after the cue.
fn is_progressive_cue(t: &Tokens<'_>, i: usize) -> bool {
    i >= 2
        && t.is_word(i - 1)
        && !t.quoted(i)
        && matches!(t.lower(i - 1), "is" | "are" | "was" | "were" | "been")
        && t.toks[i - 2].k != K::Comma
        && matches!(
            t.lower(i),
            "saying"
                | "warning"
                | "insisting"
                | "claiming"
                | "arguing"
                | "promising"
                | "pledging"
                | "vowing"
                | "urging"
                | "telling"
                | "demanding"
                | "denying"
                | "suggesting"
                | "predicting"
                | "stressing"
                | "maintaining"
                | "admitting"
                | "conceding"
                | "accusing"
                | "alleging"
                | "reporting"
        )
        && i + 1 < t.content_end()
}

/// A cue after "went on to" or "took to <a medium> to", with the subject before those words
/// as the speaker (the medium is the relay).
fn went_on_to(t: &Tokens<'_>, i: usize) -> Option<Found> {
    if i < 4 || !t.is_word(i - 1) || t.lower(i - 1) != "to" || t.quoted(i - 1) {
        return None;
    }
    let (subject_end, relay) = if t.is_word(i - 3)
        && t.lower(i - 2) == "on"
        && matches!(t.lower(i - 3), "went" | "goes" | "go")
    {
        (i - 4, None)
    } else {
        let k = (i.saturating_sub(6)..i - 2).find(|&k| {
            t.is_word(k)
                && t.is_word(k + 1)
                && matches!(t.lower(k), "took" | "takes")
                && t.lower(k + 1) == "to"
        })?;
        if k == 0 || k + 2 > i - 2 || !(k + 2..i - 1).all(|m| t.is_word(m) && !t.quoted(m)) {
            return None;
        }
        (k - 1, Some(t.slice(k + 2, i - 2).to_string()))
    };
    let j = skip_adverbials(t, subject_end);
    if !t.is_word(j) {
        return None;
    }
    let s = t.np_left(j)?;
    let speaker = t.slice(s, j).to_string();
    parse_actor(&speaker)?;
    let start = after_that(t, i);
    if t.words_in(start, t.content_end()) < 2 {
        return None;
    }
    forward_content(t, i, start, speaker.clone(), speaker, None, relay, s)
}

/// "according to X, ..." and "..., according to X" (and "per X, ..."): the cue is the
/// `cue_len` words at `i`.
/// "by Lumora's own count, X" (at `by`, token `i`): Lumora says X, the rest of the sentence
/// after the comma; a count, estimate, reckoning or tally owned by a name or a pronoun ("by
/// some estimates" has no owner).
fn by_own_count(t: &Tokens<'_>, i: usize) -> Option<Found> {
    let k = (i + 2..t.len().min(i + 7)).find(|&k| {
        t.is_word(k)
            && !t.quoted(k)
            && matches!(
                t.lower(k),
                "count" | "estimate" | "estimates" | "reckoning" | "tally" | "calculations"
            )
            && t.toks.get(k + 1).is_some_and(|c| c.k == K::Comma)
    })?;
    if !(i + 1..k).all(|m| t.is_word(m) && !t.quoted(m)) {
        return None;
    }
    let owner_end = if t.lower(k - 1) == "own" {
        k - 2
    } else {
        k - 1
    };
    if owner_end <= i {
        return None;
    }
    let owner = t.lower(owner_end);
    let speaker = match owner {
        "his" => "he".to_string(),
        "her" => "she".to_string(),
        "its" => "it".to_string(),
        "their" => "they".to_string(),
        _ if is_possessive(t.word(owner_end)) => {
            without_possessive(t.slice(i + 1, owner_end)).to_string()
        }
        _ => return None,
    };
    parse_actor(&speaker)?;
    let surface = t.slice(i + 1, owner_end).to_string();
    let mut f = forward_content(t, k, k + 2, speaker, surface, None, None, i + 1)?;
    f.cue = format!("by {} {}", t.word(owner_end), t.slice(owner_end + 1, k));
    Some(f)
}

fn according_to(t: &Tokens<'_>, i: usize, cue_len: usize, cue: &str) -> Option<Found> {
    let n = t.len();
    let s = i + cue_len;
    let mut e = s;
    while e < n && t.is_word(e) && !t.quoted(e) && e - s < 14 {
        e += 1;
    }
    if e == s {
        return None;
    }
    // "... would break even according to projections by Rael Zhararovic, Griiez said": the
    // figures a speaker cites are part of what the speaker says
    let cites_figures = i > 0
        && t.toks[i - 1].k == K::Word
        && matches!(
            t.lower(s),
            "projections" | "estimates" | "forecasts" | "calculations" | "figures" | "data"
        )
        && e < t.content_end()
        && t.toks[e].k == K::Comma
        && (e + 1..t.content_end()).any(|k| {
            t.is_word(k)
                && (is_cue(t.lower(k))
                    || (t.lower(k) == "according" && t.is_word(k + 1) && t.lower(k + 1) == "to"))
        });
    if cites_figures {
        return None;
    }
    let mut phrase = t.slice(s, e - 1).to_string();
    // cut a trailing clause ("according to officials who spoke on condition ...") and who
    // reports it ("according to a leaked memo obtained by Truth Beacon")
    if let Some(p) = phrase.find(" who ") {
        phrase.truncate(p);
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if let Some(k) = (1..words.len())
        .find(|&k| words[k] == "by" && is_reporters_participle(&words[k - 1].to_lowercase()))
    {
        phrase = words[..k - 1].join(" ");
    }
    // "according to EU data released on Friday", "... by the statistics office on Friday":
    // when it was released does not speak
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let timed = words.len() > 2
        && words[words.len() - 2] == "on"
        && is_weekday(
            &words[words.len() - 1]
                .trim_end_matches([',', '.'])
                .to_lowercase(),
        );
    if timed {
        let mut keep = words.len() - 2;
        // (and the participle before it: "data released on Friday")
        if keep > 1 && is_written_participle(&words[keep - 1].to_lowercase()) {
            keep -= 1;
        }
        phrase = words[..keep].join(" ");
    }
    // "according to a Kremlin readout of the call", "a transcript of the hearing": what the
    // document records does not speak (a body after "of" does: "a statement of the Foreign
    // Ministry")
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| words[k] == "of") {
        let noun = bare(words[k - 1]);
        let record = is_document_noun(&noun)
            || is_statement_noun(&noun)
            || matches!(
                noun.as_str(),
                "transcript" | "recording" | "minutes" | "summary"
            );
        if record && words[k + 1..].iter().all(|w| !is_cap(w)) {
            phrase = words[..k].join(" ");
        }
    }
    let mut relay = None;
    // "a BBW report citing three sources familiar with the discussions": the sources speak,
    // through the report
    let citing = phrase
        .split_once(" citing ")
        .map(|(by, source)| (by.to_string(), source.to_string()))
        .filter(|(by, source)| parse_actor(by).is_some() && parse_actor(source).is_some());
    if let Some((by, source)) = citing {
        relay = Some(by);
        phrase = source;
    } else if let Some((document, source)) = document_source(&phrase) {
        relay = Some(document);
        phrase = source;
    } else if let Some(k) = phrase.split_whitespace().take(3).position(|w| {
        matches!(
            bare(w).as_str(),
            "study" | "survey" | "poll" | "analysis" | "review" | "report" | "paper"
        )
    }) {
        // "according to a study of 9,400 adults published on Monday in ...": the study
        phrase = phrase
            .split_whitespace()
            .take(k + 1)
            .collect::<Vec<_>>()
            .join(" ");
    }
    // "according to a statement released after the meeting": a document nobody is named
    // for was issued by the body that spoke last, as "the statement said" is
    let issued = parse_actor(&phrase).is_none();
    if issued {
        let document = unowned_document(&phrase)?;
        relay = Some(document.clone());
        phrase = document;
    }
    // "According to Ukraine's energy minister, Olha Shvets, it may take weeks": the name in
    // apposition speaks, in the role before it
    let mut apposition = None;
    if relay.is_none() && e < n && t.toks[e].k == K::Comma {
        let mut m = e + 1;
        while m < n && t.is_word(m) && !t.quoted(m) && is_cap(t.word(m)) && m - e <= 4 {
            m += 1;
        }
        let closed = m >= t.content_end() || t.toks[m].k == K::Comma;
        let titled = phrase.split_whitespace().any(|w| with_bare(w, is_title));
        if m >= e + 3 && closed && titled {
            let name = t.slice(e + 1, m - 1).to_string();
            if parse_actor(&name).is_some_and(|a| a.kind == ActorKind::Person) {
                apposition = Some(phrase.trim_start_matches("the ").to_string());
                phrase = name;
                e = m;
            }
        }
    }
    // "According to two officials, who spoke on condition of anonymity, the package ...":
    // the relative clause describes the source; the statement follows it
    if e + 1 < n
        && t.toks[e].k == K::Comma
        && t.is_word(e + 1)
        && !t.quoted(e + 1)
        && matches!(t.lower(e + 1), "who" | "which")
    {
        if let Some(c) = (e + 2..t.content_end()).find(|&c| t.toks[c].k == K::Comma) {
            e = c;
        }
    }
    let after_words = t.words_in(e, t.content_end());
    let before_words = t.words_in(0, i);
    // (after an opening phrase of time too: "Last year, according to the ministry, prices
    // rose")
    let front = i <= 1
        || (i > 0
            && t.toks[i - 1].k == K::Comma
            && ((after_words >= 3 && before_words <= 3)
                || (after_words >= 2 && opening_time_adverbial(t, i - 1))));
    // "..., according to a statement from Sella Motorways, the private company that operates
    // the bridge.": at the end of the sentence, a description of the source
    if !front
        && apposition.is_none()
        && e + 2 < t.content_end()
        && t.toks[e].k == K::Comma
        && t.is_word(e + 1)
        && matches!(t.lower(e + 1), "the" | "a" | "an")
        && (e + 1..t.content_end()).all(|k| t.is_word(k) && !t.quoted(k) && !is_cue(t.lower(k)))
    {
        apposition = Some(t.slice(e + 2, t.content_end() - 1).to_string());
    }
    // "The decision, according to Peskov, was "sovereign"": the source interrupts the
    // statement between its subject and its verb; the content is the two parts joined
    let end = t.content_end();
    let joined = (e < end && t.toks[e].k == K::Comma)
        .then(|| {
            joined_around(t, i, e + 1, end, |w| {
                is_finite_verb_start(w) || is_past_verb(w)
            })
        })
        .flatten();
    let interrupts = joined.is_some();
    let (content, cs, ce) = match joined {
        Some(joined) => joined,
        None if front => t.content(e, end)?,
        None => t.content(0, i)?,
    };
    Some(Found {
        speaker: if issued {
            "it".to_string()
        } else {
            phrase.clone()
        },
        speaker_surface: phrase,
        apposition,
        cue: cue.into(),
        kind: t.kind_of(cs, ce),
        content,
        content_start: cs,
        content_end: ce,
        reported_by: relay,
        cue_pos: t.toks[i].s,
        np_start: t.toks[i].s,
        post: !front || interrupts,
        backward: false,
    })
}

/// Where the audience a cue names ends: "told reporters in Berlin the plan was dead" → at
/// "the plan"; "told the BBC that ..." → at "that"; `a` when the cue names none ("warned
/// prices could rise").
fn audience_end(t: &Tokens<'_>, a: usize, lc: &str) -> usize {
    let n = t.len();
    // "told CNN's "State of the Union" on Sunday that ...": a programme, quoted, of the
    // outlet named before it, is the audience
    // (and "the BBC's "Today" programme")
    let owner = a + usize::from(t.is_word(a) && t.lower(a) == "the");
    if matches!(lc, "tell" | "tells" | "told" | "telling")
        && t.is_word(owner)
        && is_cap(t.word(owner))
        && is_possessive(t.word(owner))
        && t.toks.get(owner + 1).is_some_and(|k| k.k == K::Open)
    {
        if let Some(close) = (owner + 2..n.min(owner + 12)).find(|&k| t.toks[k].k == K::Close) {
            let mut o = close + 1;
            if t.is_word(o) && matches!(t.lower(o), "programme" | "program" | "show" | "podcast") {
                o += 1;
            }
            o = cue_adverbials(t, o, t.content_end());
            if t.is_word(o) && t.lower(o) == "that" {
                return o;
            }
        }
    }
    let mut o = a;
    while o < n
        && t.is_word(o)
        && !t.quoted(o)
        && !matches!(
            t.lower(o),
            "that"
                | "to"
                | "of"
                | "for"
                | "on"
                | "in"
                | "at"
                | "about"
                // ("warned against moving too quickly": what is warned against)
                | "against"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "the"
                // the subject of the reported clause: "warned residents there would
                // be cuts", "warn this could be just the beginning"
                | "this"
                | "these"
                | "those"
                | "there"
                | "i"
                // "urged its members not to panic": what is urged, negated
                | "not"
                | "never"
        )
        // "told fans her doctor had said ...": a possessive after the audience opens
        // the reported clause ("told her that ..." has "her" for its audience)
        && !(o > a
            && matches!(
                t.lower(o),
                "her" | "his" | "their" | "its" | "my" | "our" | "your"
            ))
        // ("told Tessin Today": a name's word, not the adverb; "told a briefing": a
        // noun after its article)
        && !(o > a
            && is_trailing_adverbial(t.lower(o))
            && !(is_cap(t.word(o)) && is_cap(t.word(o - 1)))
            && !matches!(t.lower(o - 1), "a" | "an" | "the"))
    {
        o += 1;
    }
    // "told reporters in Berlin the plan was dead": where the audience was is not content
    if o > a
        && o + 2 < t.content_end()
        && matches!(t.lower(o), "in" | "at")
        && t.is_word(o + 1)
        && is_cap(t.word(o + 1))
    {
        let mut p = o + 1;
        while p < t.content_end() && t.is_word(p) && is_cap(t.word(p)) && p - o <= 3 {
            p += 1;
        }
        let clause = t.is_word(p)
            && !t.quoted(p)
            && matches!(
                t.lower(p),
                "the" | "that" | "he" | "she" | "they" | "it" | "we" | "this" | "there" | "i"
            );
        if clause {
            o = p;
        }
    }
    // "warn prices could rise", "warn more cuts could be on the way": a verb among the
    // words makes those before it the reported clause's subject, not an audience; unless the
    // first word is people and a new phrase opens after it ("told reporters Peleaq was
    // willing ...", "told reporters any peace deal is ..."; not "warned opposition
    // candidates had been barred")
    if let Some(k) = (a + 1..o).find(|&k| is_auxiliary(t.lower(k))) {
        let people = || is_group(t.bare(a)) || is_title(t.bare(a));
        let opens = || {
            is_cap(t.word(a + 1))
                || matches!(
                    t.lower(a + 1),
                    "a" | "an" | "any" | "every" | "some" | "no" | "all" | "most" | "many"
                )
                || t.word(a + 1).starts_with(|c: char| c.is_ascii_digit())
        };
        o = if k > a + 1 && people() && opens() {
            a + 1
        } else {
            a
        };
    }
    // "warned foreign capital in Ustovford had ...": an audience is people (a group, a post,
    // a name or a pronoun) or a gathering ("told a briefing"); words that are neither,
    // with a verb soon after them, open the reported clause
    let verb_soon = || {
        (o..(o + 3).min(t.content_end()))
            .take_while(|&k| t.is_word(k) && !matches!(t.lower(k), "that" | "to"))
            .any(|k| is_auxiliary(t.lower(k)))
    };
    if o > a
        && verb_soon()
        && !(a..o).any(|k| {
            let w = t.lower(k);
            is_group(w)
                || is_title(t.bare(k))
                || is_cap(t.word(k))
                || super::lexicon::pronoun_kind(w).is_some()
                || matches!(
                    w,
                    "me" | "us" | "you" | "everyone" | "anyone" | "people" | "a" | "an"
                )
                || is_org_word(t.bare(k))
        })
    {
        o = a;
    }
    // "promised voters that ..." names an audience; "promised a review of import
    // checks" is what was promised
    if lc.starts_with("promise") && !(o < n && t.is_word(o) && t.lower(o) == "that") {
        o = a;
    }
    // "urged anyone with dashcam footage to come forward", "asked anyone who saw the crash
    // to call": whom an appeal is to, described, is part of it
    if (lc.starts_with("urg") || lc.starts_with("ask"))
        && o > a
        && matches!(
            t.lower(a),
            "anyone" | "anybody" | "everyone" | "everybody" | "people"
        )
    {
        o = a;
    }
    // "told the BBC", "told the gathering": a "the" object, only if no object came yet
    if o == a && o < n && t.is_word(o) && t.lower(o) == "the" {
        let mut p = o + 1;
        // "the state broadcaster VRT", "the local newspaper Dnevnik": a modifier or
        // two before a media noun belong to it
        let media_ahead = |p: usize| {
            (p + 1..(p + 3).min(n))
                .take_while(|&k| t.is_word(k) && !t.quoted(k))
                .any(|k| is_media_word(t.lower(k)))
        };
        while p < n
            && t.is_word(p)
            && !t.quoted(p)
            && (is_cap(t.word(p))
                || is_media_word(t.lower(p))
                || media_ahead(p)
                // "the International Organization for Migration"
                || (p > o + 1
                    && matches!(t.lower(p), "of" | "for" | "and")
                    && t.is_word(p + 1)
                    && is_cap(t.word(p + 1))))
        {
            p += 1;
        }
        // and its initials: "(IOM)"
        if p > o + 1
            && p + 2 < n
            && t.toks[p].k == K::Paren
            && t.is_word(p + 1)
            && t.word(p + 1).chars().all(|c| c.is_ascii_uppercase())
            && t.toks[p + 2].k == K::Paren
        {
            p += 3;
        }
        // "he told the cheering crowd", "told the assembled reporters that": "told" has its
        // audience before anything it reports, so a few plain words (no verb among them)
        // running to the end of the clause or to "that" are all audience
        // (and after a name: "told the Commons digital committee on Wednesday that")
        let telling = matches!(lc, "tell" | "tells" | "told" | "telling");
        if telling && p > o {
            let mut q = p;
            while q < t.content_end()
                && q < p + 3
                && t.is_word(q)
                && !t.quoted(q)
                && !is_cap(t.word(q))
                && !is_finite_verb_start(t.lower(q))
                && !is_past_verb(t.lower(q))
                && !matches!(
                    t.lower(q),
                    "that" | "on" | "in" | "at" | "during"
                        // ("told the court her client "never touched a cent"": the
                        // reported clause's subject)
                        | "her" | "his" | "their" | "its" | "my" | "our" | "your"
                )
            {
                q += 1;
            }
            let closes = q >= t.content_end()
                || matches!(t.toks[q].k, K::Comma | K::Stop)
                || matches!(t.lower(q), "that" | "on" | "in" | "at" | "during");
            if (q > p + 1 || (p > o + 1 && q > p)) && closes {
                p = q;
            }
        }
        if p == o + 1 && p < n && t.is_word(p) && !t.quoted(p) {
            // one lower-case noun, then the end of the clause, "that", or the subject
            // of the reported clause ("told the council the vote was ...")
            let q = p + 1;
            let ends = q >= t.content_end()
                || !t.is_word(q)
                || matches!(
                    t.lower(q),
                    "that"
                        | "on"
                        | "in"
                        | "at"
                        | "during"
                        | "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        // ("told the court her client had ...")
                        | "her"
                        | "his"
                        | "their"
                        | "my"
                        | "our"
                );
            // "warned the lockout at the mill would ...": after a cue other than
            // "told", a noun followed by a preposition is the reported clause's
            // subject unless "that" comes ("warned the council on Tuesday that")
            let subject = ends
                && q < t.content_end()
                && matches!(t.lower(q), "on" | "in" | "at" | "during")
                && !matches!(lc, "tell" | "tells" | "told" | "telling")
                && !(q..t.content_end().min(q + 10)).any(|k| t.is_word(k) && t.lower(k) == "that");
            if ends && !subject {
                p += 1;
            } else {
                // no object: "told the" is not one
                p = o;
            }
        }
        o = p;
    }
    o
}

/// "Shares plunged after the company cut its forecast, blaming weak demand": when the
/// sentence's subject (`s0..=e`) is a market's (shares, prices), the subject of the clause
/// that an "-ing" phrase at `i` follows gives the reason ("The union walked out after the
/// company refused, saying ..." is the union's).
fn clause_subject(t: &Tokens<'_>, s0: usize, e: usize, i: usize) -> Option<String> {
    let market = (s0..i.min(s0 + 3)).any(|k| {
        matches!(
            t.lower(k),
            "shares"
                | "stock"
                | "stocks"
                | "prices"
                | "price"
                | "index"
                | "bonds"
                | "yields"
                | "currency"
                | "markets"
        )
    });
    if !market {
        return None;
    }
    (e + 1..i.saturating_sub(2))
        .rev()
        .filter(|&k| t.is_word(k) && !t.quoted(k) && matches!(t.lower(k), "after" | "as" | "when"))
        .find_map(|k| {
            let ce = t.np_right(k + 1)?;
            let np = t.slice(k + 1, ce);
            let verb_follows = ce + 2 < i && t.is_word(ce + 1);
            (verb_follows
                && parse_actor(np).is_some_and(|a| a.form != super::actors::Form::Pronoun))
            .then(|| np.to_string())
        })
}

/// The sentence's subject when a relative clause without commas stands between it and the
/// cue at `i` ("Residents who fled the fire said ..."): the subject and where it starts. The
/// clause must say nothing itself (no cue in it) and the subject must name a speaker.
fn relative_subject(t: &Tokens<'_>, i: usize) -> Option<(String, usize)> {
    let w = (i.saturating_sub(12)..i)
        .rev()
        .take_while(|&k| t.is_word(k) && !t.quoted(k))
        .find(|&k| t.word(k).eq_ignore_ascii_case("who"))?;
    if w == 0 || (w + 1..i).any(|k| is_cue(t.lower(k))) || w + 1 == i {
        return None;
    }
    let s = t.np_left(w - 1)?;
    if s != t.subject_start() {
        return None;
    }
    let speaker = t.slice(s, w - 1).to_string();
    parse_actor(&speaker)
        .filter(|a| a.form != super::actors::Form::Pronoun)
        .map(|_| (speaker, s))
}

/// The document a phrase names when it opens with one and says nothing of whose it is ("a
/// statement released after the meeting" → "a statement"; not a study, which speaks for
/// itself).
fn unowned_document(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let head = words
        .iter()
        .position(|w| !matches!(bare(w).as_str(), "a" | "an" | "the" | "new" | "brief"))?;
    let noun = bare(words[head]);
    let described = words.get(head + 1).is_none_or(|w| {
        let w = bare(w);
        is_written_participle(&w) || matches!(w.as_str(), "of" | "on" | "after" | "at")
    });
    (is_document_noun(&noun) && !is_research_noun(&noun) && described)
        .then(|| words[..=head].join(" "))
}

/// Returns true for nouns that can stand for a statement made in the sentence before ("This
/// assessment", "That figure").
fn is_backward_noun(w: &str) -> bool {
    is_statement_noun(w)
        || matches!(
            w,
            "figure"
                | "estimate"
                | "prediction"
                | "forecast"
                | "conclusion"
                | "characterization"
                | "characterisation"
                | "description"
                | "warning"
                | "allegation"
                | "accusation"
                | "argument"
                | "point"
                | "verdict"
                | "judgment"
                | "judgement"
                | "diagnosis"
                | "response"
                | "reaction"
                | "plea"
                | "charge"
                | "assertion"
                | "contention"
                | "assessment"
                | "position"
                | "view"
                | "stance"
                | "narrative"
                | "sentiment"
                | "message"
        )
}

/// Where an epithet clause opens whose speaker phrase starts at `s` and whose cue ("called",
/// "described as", ...) is at `i`: "a mistake he called "...""  or "something he described
/// as "..."" after a comma or a dash, with a quotation right after the cue.
fn epithet_opening(t: &Tokens<'_>, s: usize, i: usize, cue: &str) -> Option<usize> {
    if !matches!(
        cue,
        "called" | "described" | "termed" | "branded" | "dubbed" | "labelled" | "labeled"
    ) {
        return None;
    }
    let q = i + 1 + usize::from(t.is_word(i + 1) && t.lower(i + 1) == "as");
    if !t.toks.get(q).is_some_and(|k| k.k == K::Open) || !t.is_word(s) || t.quoted(s) {
        return None;
    }
    let named = is_cap(t.word(s)) || matches!(t.lower(s), "he" | "she" | "they" | "it" | "the");
    let opens = if s >= 1 && t.is_word(s - 1) && t.lower(s - 1) == "something" {
        s - 1
    } else if s >= 2
        && t.is_word(s - 1)
        && t.is_word(s - 2)
        && matches!(t.lower(s - 2), "a" | "an")
        && matches!(
            t.lower(s - 1),
            "mistake" | "error" | "failure" | "lapse" | "blunder" | "oversight" | "failing"
        )
    {
        s - 2
    } else {
        return None;
    };
    let after_break = opens >= 1 && matches!(t.toks[opens - 1].k, K::Comma | K::Dash);
    (named && after_break).then_some(opens)
}

/// "This assessment came from X." / "That view was voiced by X." / "So said X."
fn backward(t: &Tokens<'_>) -> Option<Found> {
    if t.len() < 4 || !t.is_word(0) {
        return None;
    }
    let w0 = t.lower(0);
    if !matches!(w0, "this" | "that" | "the" | "such" | "these" | "those") {
        return None;
    }
    let mut i = 1;
    while i < t.len()
        && t.is_word(i)
        && !is_statement_noun(t.bare(i))
        && !is_backward_noun(t.bare(i))
        && i < 3
    {
        i += 1;
    }
    if i >= t.len() || !t.is_word(i) {
        return None;
    }
    let noun = bare(t.word(i));
    if !is_backward_noun(&noun) {
        return None;
    }
    let rest: Vec<String> = (i + 1..t.len().min(i + 5))
        .filter(|&k| t.is_word(k))
        .map(|k| t.lower(k).to_owned())
        .collect();
    let joined = rest.join(" ");
    let markers = [
        "came from",
        "comes from",
        "was made by",
        "was voiced by",
        "was issued by",
        "was offered by",
        "was given by",
        "was shared by",
        "was expressed by",
        "belongs to",
        "was attributed to",
        "is attributed to",
        "was put forward by",
        "was delivered by",
        "was echoed by",
        "came in",
        "was published by",
        "was released by",
    ];
    // "That was the warning from the central bank": the noun came after "was the"
    let copula = i >= 3 && t.lower(1) == "was" && matches!(t.lower(2), "the" | "a");
    let short: &[&str] = if copula { &["from", "of", "by"] } else { &[] };
    let m = markers.iter().chain(short.iter()).find(|m| {
        joined.starts_with(*m)
            && (m.contains(' ') || joined.len() == m.len() || joined[m.len()..].starts_with(' '))
    })?;
    let skip = m.split_whitespace().count();
    let mut k = i + 1;
    let mut seen = 0;
    while k < t.len() && seen < skip {
        if t.is_word(k) {
            seen += 1;
        }
        k += 1;
    }
    // "came in a statement by X"
    if *m == "came in" {
        let by = (k..t.len()).find(|&x| t.is_word(x) && matches!(t.lower(x), "by" | "from"))?;
        k = by + 1;
    }
    let e = t.np_right(k)?;
    let speaker = t.slice(k, e).to_string();
    parse_actor(&speaker)?;
    Some(Found::backward(
        t,
        speaker,
        m.to_string(),
        SpeechKind::Indirect,
        k,
    ))
}

/// Resolves nested attributions: the outer speaker becomes the inner one's relay.
/// The word that ends `text[..at]` (lower case), and whether a comma comes right before it.
fn word_before(text: &str, at: usize) -> (String, bool) {
    let before = text[..at].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let comma = before[..before.len() - word.len()]
        .trim_end()
        .ends_with(',');
    (word.to_ascii_lowercase(), comma)
}

fn nest(t: &Tokens<'_>, out: &mut Vec<Found>) {
    let mut drop = vec![false; out.len()];
    let ends: Vec<usize> = out.iter().map(|f| f.content_end).collect();
    // relays ("..., CCTV reported"), dropped once every statement they relay has them ("Xi
    // said A and urged B, CCTV reported": both)
    let mut relays = vec![false; out.len()];
    for a in 0..out.len() {
        for b in 0..out.len() {
            if a == b || drop[a] || drop[b] || relays[b] {
                continue;
            }
            // b's cue sits inside a's content: a relays b
            let (fa, fb) = (&out[a], &out[b]);
            let inside = fb.cue_pos >= fa.content_start
                && fb.cue_pos < fa.content_end
                && fb.np_start >= fa.content_start;
            if !inside {
                continue;
            }
            // "The ministry's press service said A, RIA Novosti reported": each cue lies in the
            // other's content; an outlet reporting after the content relays the whole
            // sentence, even when the speaker before it names the press
            let mutual = fa.cue_pos >= fb.content_start && fa.cue_pos < fb.content_end;
            let wrapped = mutual
                && fb.post
                && !fa.post
                && !is_according(&fa.cue)
                && is_relay_cue(&fb.cue.to_lowercase());
            let relay_like = is_relay_cue(&fa.cue.to_lowercase())
                || is_according(&fa.cue)
                || fa
                    .speaker
                    .split_whitespace()
                    .any(|w| with_bare(w, is_media_word));
            // the word before b's speaker, lower-cased, and whether a comma precedes it
            let (joiner, after_comma) = word_before(t.text, fb.np_start);
            // "According to Shvets, Moscow is trying A, though she insisted B": b opens a
            // clause of its own after a's content, which it does not report
            let sibling = after_comma
                && matches!(
                    joiner.as_str(),
                    "though" | "although" | "but" | "while" | "whereas" | "yet"
                );
            // "Solberg said Halvorsen had received reports months before he told shareholders
            // that production was "on track"": b is a time or cause inside a's statement, what
            // a says someone else said then, not a statement b's speaker makes here
            let embedded = !fa.post
                && !relay_like
                && matches!(
                    joiner.as_str(),
                    "before"
                        | "after"
                        | "when"
                        | "until"
                        | "since"
                        | "because"
                        | "once"
                        // "could fine the company if it found that ...": a condition
                        | "if"
                        | "unless"
                        | "whether"
                );
            if embedded || evidence_in_statement(fa, fb, relay_like) {
                drop[b] = true;
                continue;
            }
            if (relay_like || fa.post) && !wrapped && !sibling {
                let relay = fa.speaker_surface.clone();
                let a_np = fa.np_start;
                relays[a] = true;
                let fbm = &mut out[b];
                if fbm.reported_by.is_none() {
                    fbm.reported_by = Some(relay);
                }
                // b's content must not run into a's speaker
                if fbm.content_end > a_np && fbm.content_start < a_np {
                    fbm.content_end = a_np;
                }
            } else {
                // a says b's whole sentence; b's content is inside a's: cut a at b's speaker
                let b_np = fb.np_start;
                let fam = &mut out[a];
                fam.content_end = fam.content_end.min(b_np);
            }
        }
    }
    for (d, r) in drop.iter_mut().zip(&relays) {
        *d |= *r;
    }
    // Sibling statements: "X said A, and Y added B": a content running into another speaker stops there.
    let starts: Vec<usize> = out.iter().map(|f| f.np_start).collect();
    for (k, f) in out.iter_mut().enumerate() {
        if drop[k] || f.post {
            continue;
        }
        for (m, &ns) in starts.iter().enumerate() {
            if m != k && !drop[m] && ns > f.content_start && ns < f.content_end {
                f.content_end = ns;
            }
        }
    }
    // (a statement its cue interrupts, cut after the cue: "Vardania, she said, was "sending a
    // message" ..., though she cautioned that ...": its content is stitched around the cue, so
    // the cut is made on its text)
    for (f, &end) in out.iter_mut().zip(&ends) {
        if f.post && f.content_end < end && f.content_end > f.cue_pos {
            // (where the text cut off begins in the content: its first words)
            let cut = t.text[f.content_end..end].trim_start_matches([',', ' ']);
            let probe = cut.char_indices().nth(24).map_or(cut, |(at, _)| &cut[..at]);
            if let Some(keep) = f
                .content
                .rfind(probe)
                .filter(|&k| k > 0 && !probe.is_empty())
            {
                f.content.truncate(keep);
                let kept = super::without_trailing_conjunction(
                    f.content.trim_end_matches([',', ' ', ';', '—', '–', '-']),
                )
                .len();
                f.content.truncate(kept);
                // (a quotation cut off with the rest no longer makes it mixed)
                if f.kind == SpeechKind::Mixed && !f.content.contains(['"', '“', '”']) {
                    f.kind = SpeechKind::Indirect;
                }
            }
        }
    }
    drop_marked(out, &drop);
    for f in out.iter_mut() {
        // re-cut content text to its (possibly shortened) byte range
        let s = &t.text[f.content_start..f.content_end.max(f.content_start)];
        let trimmed = s
            .trim_end_matches([',', ' ', ';', '—', '–', '-'])
            .trim_end();
        let trimmed = super::without_trailing_conjunction(trimmed);
        if !f.backward && f.content.len() != trimmed.len() && !trimmed.is_empty() && !f.post {
            f.content = trimmed.trim_end_matches(['”', '"', '’']).to_string();
            f.content_end = f.content_start + trimmed.len();
            // a quotation cut off with the rest no longer makes it mixed
            f.kind = t.kind_of(f.content_start, f.content_end);
        }
    }
}

/// Whether `b`, evidence that shows or suggests something, opens the statement that `a` makes
/// after it ("The findings suggest the slowdown is driven by warming, the authors wrote", "The
/// data show that prices rose, the ministry said"): what the evidence shows is `a`'s words.
/// Not when `a` is an outlet relaying it (`relay_like`: "..., the BBC reported").
fn evidence_in_statement(a: &Found, b: &Found, relay_like: bool) -> bool {
    // (the surface: a document nobody is named for is "it", its issuer's, until resolved)
    let head = b
        .speaker_surface
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    a.post
        && !relay_like
        && b.np_start == a.content_start
        && !b.speaker_surface.contains(['\'', '’'])
        && matches!(
            head.as_str(),
            "data" | "findings" | "figures" | "results" | "evidence" | "research" | "records"
        )
        && matches!(
            b.cue.as_str(),
            "show"
                | "shows"
                | "showed"
                | "suggest"
                | "suggests"
                | "suggested"
                | "indicate"
                | "indicates"
                | "indicated"
        )
}

/// "The European Commission pointed to its 2023 proposal, which it said was designed to ...":
/// the sentence's subject, for a pronoun speaking (at byte offset `np_start`) in a relative
/// clause after it ("which it said", "who she said").
pub(super) fn relative_clause_subject<'a>(t: &Tokens<'a>, np_start: usize) -> Option<&'a str> {
    let p = (1..t.len()).find(|&k| t.toks[k].s == np_start && t.is_word(k))?;
    if !(t.is_word(p - 1) && matches!(t.lower(p - 1), "which" | "who" | "that")) {
        return None;
    }
    let s0 = t.subject_start();
    let e = t.np_right(s0)?;
    // (the subject, then its own verb, well before the clause)
    (e + 1 < p - 1 && t.is_word(e + 1) && t.word(e + 1).chars().all(char::is_lowercase))
        .then(|| t.slice(s0, e))
}

/// A person named in full after their post, opening the sentence as its subject and followed
/// by its verb ("Premier Dana Whitlock has just finished speaking in Halloran.", "Union leader
/// Sam Okoro spoke."): the name, where the post starts, and the post.
pub(super) fn titled_person_subject(t: &Tokens<'_>) -> Option<(String, usize, String)> {
    // the post: capitalised words and titles, the last of them a title
    let lead = (0..t.len().min(5))
        .take_while(|&k| t.is_word(k) && !t.quoted(k) && (is_cap(t.word(k)) || is_title(t.bare(k))))
        .count();
    let titles = (0..lead).rev().find(|&k| is_title(t.bare(k)))? + 1;
    let name_end = (titles..t.len().min(titles + 4))
        .find(|&k| !(t.is_word(k) && !t.quoted(k) && is_cap(t.word(k))))?;
    // (then its verb: "Premier Dana Whitlock has ...", not "... and her deputy")
    let verb = t.is_word(name_end)
        && !t.quoted(name_end)
        && t.word(name_end).chars().all(char::is_lowercase)
        && !is_np_function_word(t.lower(name_end));
    if !(2..=3).contains(&(name_end - titles)) || !verb {
        return None;
    }
    let actor = parse_actor(t.slice(0, name_end - 1))?;
    (actor.kind == ActorKind::Person && actor.role.is_some() && actor.name.contains(' '))
        .then(|| (actor.name, t.toks[0].s, t.slice(0, titles - 1).to_string()))
}

/// "Her message to anyone in an evacuation zone was blunt.", "His answer was short.": a
/// sentence of narrative about what a person said (a possessive and a statement noun opening
/// it), which a quotation then gives; returns the pronoun, the noun's byte offset and the noun.
fn possessed_statement(t: &Tokens<'_>) -> Option<(String, usize, String)> {
    let pronoun = t.lower(0);
    if !(t.len() <= 16 && t.is_word(0) && t.is_word(1) && matches!(pronoun, "her" | "his")) {
        return None;
    }
    let noun = t.lower(1);
    (is_statement_noun(noun)
        || matches!(
            noun,
            "verdict" | "warning" | "advice" | "plea" | "point" | "take"
        ))
    .then(|| (pronoun.to_owned(), t.toks[1].s, noun.to_owned()))
}

/// Whether "her" or "his" may stand for the person named: a first name known as the other
/// sex's only rules it out.
fn pronoun_fits(name: &str, pronoun: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    match pronoun {
        "her" => !with_bare(first, super::lexicon::is_male_name),
        "his" => !with_bare(first, super::lexicon::is_female_name),
        _ => false,
    }
}

/// "Her verdict?", "His answer?", "Their response?": a question of the writer's that the next
/// sentence answers in the speaker's words; returns the pronoun and the noun.
fn verdict_question(t: &Tokens<'_>) -> Option<(String, String)> {
    let n = t.len();
    if !(n == 3 && t.is_word(0) && t.is_word(1) && t.text[t.toks[2].s..t.toks[2].e].eq("?")) {
        return None;
    }
    let pronoun = t.lower(0);
    let noun = t.lower(1);
    (matches!(pronoun, "her" | "his" | "their" | "its")
        && matches!(
            noun,
            "verdict" | "answer" | "response" | "reply" | "message" | "take" | "assessment"
        ))
    .then(|| (pronoun.to_owned(), noun.to_owned()))
}

/// The answer to a [`verdict_question`] (sentence `vsi`) as a statement of the last speaker
/// before it whom the pronoun fits: a woman's or a man's first name for "her" and "his", a
/// body or a group for "its" and "their".
fn verdict_answer(
    t: &Tokens<'_>,
    (pronoun, noun): (&str, &str),
    out: &[(usize, Found, ParsedActor)],
    vsi: usize,
) -> Option<(Found, ParsedActor)> {
    let (_, src, actor) = out.iter().rev().find(|(si, _, _)| *si < vsi)?;
    let first = actor.name.split_whitespace().next().unwrap_or("");
    let fits = match pronoun {
        "her" => {
            actor.kind == ActorKind::Person && with_bare(first, super::lexicon::is_female_name)
        }
        "his" => actor.kind == ActorKind::Person && with_bare(first, super::lexicon::is_male_name),
        _ => actor.kind != ActorKind::Person,
    };
    if !fits {
        return None;
    }
    let (content, cs, ce) = t.content(0, t.content_end())?;
    let f = Found {
        speaker: src.speaker.clone(),
        speaker_surface: src.speaker_surface.clone(),
        apposition: src.apposition.clone(),
        cue: noun.to_string(),
        kind: t.kind_of(cs, ce),
        content,
        content_start: cs,
        content_end: ce,
        reported_by: None,
        cue_pos: src.cue_pos,
        np_start: src.np_start,
        post: false,
        backward: false,
    };
    Some((f, actor.clone()))
}

/// Who a quotation after a sentence of narrative is from: the person's name, and the byte
/// offset and the word of the cue the sentence gives ("disagreed", "message").
type Introduced = (String, (usize, String));

/// The person a short sentence of narrative (sentence `si`) opened by "He" or "She" and its
/// verb is about ("He pauses.", "She laughs."): the last person quoted before it, if the
/// pronoun fits them, with where the verb is and the cue of that quotation.
fn pronoun_subject(
    t: &Tokens<'_>,
    out: &[(usize, Found, ParsedActor)],
    si: usize,
) -> Option<Introduced> {
    let possessive = match t.lower(0) {
        "he" => "his",
        "she" => "her",
        _ => return None,
    };
    let verb = t.is_word(1)
        && !t.quoted(1)
        && t.word(1).chars().all(char::is_lowercase)
        && !is_np_function_word(t.lower(1));
    if !t.is_word(0) || !verb {
        return None;
    }
    let (_, said, last) = out
        .iter()
        .filter(|(sj, _, _)| *sj < si)
        .max_by_key(|(sj, f, _)| (*sj, f.content_start))
        .filter(|(_, _, a)| a.kind == ActorKind::Person && a.form == super::actors::Form::Full)?;
    // (with the cue of the speaker's quotation it goes on from, as when no sentence comes
    // between)
    pronoun_fits(&last.name, possessive)
        .then(|| (last.name.clone(), (t.toks[1].s, said.cue.clone())))
}

/// The person a short sentence of narrative is about, named as its subject ("Her deputy, Rui
/// Matos, disagreed.", "Kald was defiant."), with the verb after the name (its byte offset
/// and its word): who a quotation right after it is from.
fn introduced_subject(t: &Tokens<'_>) -> Option<Introduced> {
    let (name, at) = match t.person_names().into_iter().next() {
        Some((name, at, true)) => (name, at),
        Some(_) => return None,
        None => match titled_person_subject(t) {
            Some((name, at, _)) => (name, at),
            // ("Kald was defiant.": a surname, whose holder a speaker before must be)
            None => {
                let surname = t.opening_surname()?;
                (surname.to_string(), t.toks[0].s)
            }
        },
    };
    // the verb: the first plain word after the name (past an apposition or an age in commas)
    let from = (0..t.len()).find(|&k| t.toks[k].s >= at)?;
    // (past a clause in commas after the name: "Keane, whose side have lost four in a row,
    // refused to ...")
    let from = match (from..t.len().min(from + 4)).find(|&k| t.toks[k].k == K::Comma) {
        Some(c) if t.is_word(c + 1) && matches!(t.lower(c + 1), "who" | "whose") => (c + 2
            ..t.len())
            .find(|&k| t.toks[k].k == K::Comma)
            .map_or(from, |c2| c2 + 1),
        _ => from,
    };
    let verb = (from..t.len())
        .find(|&k| t.is_word(k) && !t.quoted(k) && t.word(k).chars().all(char::is_lowercase))?;
    // ("was defiant", "remained unconvinced", "was in no mood to apologise": the manner is
    // the cue, when the sentence says it in a few words)
    let end = t.content_end();
    let predicate = (verb..end).all(|k| t.is_word(k)) && end - verb <= 6;
    let copula = matches!(t.lower(verb), "was" | "is" | "were" | "remained" | "seemed");
    let cue = if copula && t.is_word(verb + 1) && t.word(verb + 1).chars().all(char::is_lowercase) {
        let last = if predicate && is_np_function_word(t.lower(verb + 1)) {
            end - 1
        } else {
            verb + 1
        };
        t.slice(verb, last).to_lowercase()
    } else {
        t.lower(verb).to_owned()
    };
    Some((name, (t.toks[verb].s, cue)))
}

/// Attributes sentences that only continue a quotation (no cue of their own), and sentences
/// named by a backward attribution in the next sentence.
pub(super) fn continue_quotes(
    text: &str,
    sents: &[Sentence],
    spans: &[QuoteSpan],
    tokenized: &[Option<Tokens>],
    out: &mut Vec<(usize, Found, ParsedActor)>,
    per_sentence: &mut [Vec<usize>],
) {
    // a sentence's tokens as the first pass made them, else made now
    let tokens_of = |si: usize| match &tokenized[si] {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => std::borrow::Cow::Owned(Tokens::new(text, sents[si].start, sents[si].end, spans)),
    };
    // Backward attributions take the previous sentence as their content.
    #[allow(clippy::needless_range_loop)] // `out` is re-borrowed mutably inside
    for k in 0..out.len() {
        if !out[k].1.backward {
            continue;
        }
        let si = out[k].0;
        if si == 0 || !per_sentence[si - 1].is_empty() {
            continue;
        }
        let toks = tokens_of(si - 1);
        if let Some((content, cs, ce)) = toks.content(0, toks.content_end()) {
            let kind = toks.kind_of(cs, ce);
            // (a pull quote's signature signs a quotation only: "— Maria Lopez" after a
            // writer's sentence is a sign-off)
            if out[k].1.cue == PULL_QUOTE_CUE && kind != SpeechKind::Direct {
                continue;
            }
            let f = &mut out[k].1;
            f.content = content;
            f.content_start = cs;
            f.content_end = ce;
            f.kind = kind;
            out[k].0 = si - 1;
            per_sentence[si - 1].push(k);
        }
        // an embedded post's signature (`tweet_signature`) signs every sentence of its
        // paragraph before it
        if out[k].1.cue == "posted" && out[k].1.content_start != out[k].1.content_end {
            let mut p = si - 1;
            while p > 0 && sents[p - 1].para == sents[si].para && per_sentence[p - 1].is_empty() {
                p -= 1;
                let toks = tokens_of(p);
                let Some((content, cs, ce)) = toks.content(0, toks.content_end()) else {
                    break;
                };
                let f = Found {
                    content,
                    content_start: cs,
                    content_end: ce,
                    kind: toks.kind_of(cs, ce),
                    backward: false,
                    ..out[k].1.clone()
                };
                let actor = out[k].2.clone();
                out.push((p, f, actor));
                per_sentence[p].push(out.len() - 1);
            }
        }
    }
    // Quotation → the attribution whose content covers part of it.
    let owner_of_span = |q: usize, out: &Vec<(usize, Found, ParsedActor)>| -> Option<usize> {
        let span = spans[q];
        out.iter().position(|(_, f, _)| {
            f.kind != SpeechKind::Indirect
                && f.content_start < span.close
                && f.content_end > span.open
        })
    };
    let mut last_direct: Option<(usize, usize)> = None; // (out index, paragraph)
                                                        // an unclosed quotation at a paragraph's end → (owner, paragraph)
    let mut para_open_owner: Option<(usize, usize)> = None;
    // the last short sentence of narrative (no quotation, two to twelve words): whom it is
    // about is read only if a quotation follows it
    let mut intro: Option<usize> = None;
    // a sentence naming what that person said ("Her message ... was blunt."): its index, the
    // person, and where its noun is and the noun, for the quotation right after it
    let mut said_by: Option<(usize, Introduced)> = None;
    // "Her verdict?": the sentence asking, whose the answer is ("her", "his", ...) and what
    // the writer calls it ("verdict")
    let mut verdict: Option<(usize, (String, String))> = None;
    // the statement of the sentence before, when all of that sentence's statements are one
    // speaker's: a quotation right after an indirect statement is its speaker's ("Crews have
    // carried out 41 rescues, he says." / ""Our people are putting their lives on the
    // line."")
    let mut stated: Option<(usize, usize)> = None; // (out index, sentence)
    for (si, s) in sents.iter().enumerate() {
        if !per_sentence[si].is_empty() {
            for &k in &per_sentence[si] {
                if out[k].1.kind != SpeechKind::Indirect {
                    last_direct = Some((k, s.para));
                }
            }
            let here = &per_sentence[si];
            stated = here
                .iter()
                .all(|&k| out[k].2.name == out[here[0]].2.name)
                .then(|| (here[here.len() - 1], si));
            continue;
        }
        let toks = tokens_of(si);
        // `Her verdict? A "failure of basic competence."`: the answer to the writer's question
        // is the last speaker's the pronoun fits
        if let Some(asked) = verdict_question(&toks) {
            verdict = Some((si, asked));
            continue;
        }
        if let Some((vsi, (pronoun, noun))) = verdict.take() {
            let answer = (vsi + 1 == si && sents[vsi].para == s.para)
                .then(|| verdict_answer(&toks, (&pronoun, &noun), out, vsi))
                .flatten();
            if let Some((f, actor)) = answer {
                out.push((si, f, actor));
                per_sentence[si].push(out.len() - 1);
                continue;
            }
        }
        let (quoted, words, span) = toks.quoted_share();
        // (a quotation of one or two words continues only inside quotation marks a statement
        // opened: `"We are practising how to protect shipping lanes. Nothing more."`, `"Now
        // they want to take it away? Never."`)
        let owned = span.and_then(|q| owner_of_span(q, out));
        // (and a whole sentence of two quoted words right after a quotation of the paragraph:
        // `"It's over," he told the BBC. "We lost."`)
        // (or opening the paragraph after it: `... he said, was "the result of neglect".` /
        // `"They knew. They were warned in 2019."`)
        let opens_para = sents
            .get(si.wrapping_sub(1))
            .is_none_or(|p| p.para != s.para);
        // (the statement of the sentence before, whose speaker a quotation right after it is
        // from: `... the next three to four hours. "Stay inside. ..."`)
        let after_statement = stated.filter(|&(_, ssi)| ssi + 1 == si).map(|(k, _)| k);
        let follows_quote = (1..=2).contains(&quoted)
            && quoted == words
            && (last_direct.is_some_and(|(_, p)| {
                (quoted == 2 && p == s.para) || (opens_para && p + 1 == s.para)
            }) || after_statement.is_some());
        if words == 0
            || quoted * 2 < words
            || quoted == 0
            || (quoted < 3 && owned.is_none() && !follows_quote)
        {
            // narrative breaks a run of quotes
            if words > 0 {
                last_direct = last_direct.filter(|&(_, p)| p == s.para);
            }
            // "Premier Dana Whitlock has just finished speaking. Her message was blunt.": the
            // person the sentence before introduced, whose words the quotation after it gives
            said_by = (quoted == 0)
                .then(|| possessed_statement(&toks))
                .flatten()
                .and_then(|(pronoun, at, noun)| {
                    let isi = intro.filter(|&isi| isi + 1 == si && sents[isi].para == s.para)?;
                    let (name, _) = introduced_subject(&tokens_of(isi))?;
                    pronoun_fits(&name, &pronoun).then_some((si, (name, (at, noun))))
                });
            intro = (quoted == 0 && (2..=25).contains(&words)).then_some(si);
            continue;
        }
        let Some(q) = span else { continue };
        // "Her deputy, Rui Matos, disagreed. "The clinic was losing money."": a quotation
        // right after a short sentence about a person named in it, in one paragraph, is that
        // person's (when no quotation of the paragraph has a speaker already)
        let introduced = if owned.is_none() && last_direct.is_none_or(|(_, p)| p != s.para) {
            said_by
                .take()
                .filter(|&(psi, _)| {
                    psi + 1 == si
                        && (sents[psi].para == s.para
                            || (opens_para && sents[psi].para + 1 == s.para))
                })
                .map(|(_, named)| named)
                .or_else(|| {
                    intro
                        .take()
                        .filter(|&isi| isi + 1 == si && sents[isi].para == s.para)
                        .and_then(|isi| {
                            let it = tokens_of(isi);
                            pronoun_subject(&it, &out[..], isi).or_else(|| introduced_subject(&it))
                        })
                })
        } else {
            None
        };
        intro = None;
        said_by = None;
        let made = introduced.and_then(|(name, (cue_pos, cue))| {
            let actor = if name.contains(' ') {
                super::actors::parse_actor(&name)?
            } else {
                // a surname: a speaker of the article before, so named
                let suffix = format!(" {name}");
                out.iter()
                    .rev()
                    .map(|(_, _, a)| a)
                    .find(|a| a.kind == ActorKind::Person && a.name.ends_with(&suffix))?
                    .clone()
            };
            let (content, cs, ce) = toks.quoted_content()?;
            let f = Found {
                speaker: name.clone(),
                speaker_surface: name,
                apposition: None,
                cue,
                content,
                content_start: cs,
                content_end: ce,
                kind: SpeechKind::Direct,
                reported_by: None,
                cue_pos,
                np_start: cue_pos,
                post: false,
                backward: false,
            };
            Some((f, actor))
        });
        let (f, actor) = match made {
            Some(made) => made,
            None => {
                let mut owner = owned;
                if owner.is_none() && opens_para {
                    if let Some((o, p)) = para_open_owner {
                        if p + 1 == s.para {
                            owner = Some(o);
                        }
                    }
                }
                if owner.is_none() {
                    owner = last_direct
                        .filter(|&(_, p)| p + 1 >= s.para)
                        .map(|(k, _)| k);
                }
                let owner = owner.or(after_statement);
                let Some(o) = owner else { continue };
                let Some((content, cs, ce)) = toks.quoted_content() else {
                    continue;
                };
                let (_, src, actor) = &out[o];
                let f = Found {
                    speaker: src.speaker.clone(),
                    speaker_surface: src.speaker_surface.clone(),
                    apposition: src.apposition.clone(),
                    cue: src.cue.clone(),
                    content,
                    content_start: cs,
                    content_end: ce,
                    kind: SpeechKind::Direct,
                    reported_by: src.reported_by.clone(),
                    cue_pos: src.cue_pos,
                    np_start: src.np_start,
                    post: src.post,
                    backward: false,
                };
                (f, actor.clone())
            }
        };
        out.push((si, f, actor));
        let k = out.len() - 1;
        per_sentence[si].push(k);
        last_direct = Some((k, s.para));
        stated = Some((k, si));
        if !spans[q].closed {
            para_open_owner = Some((k, s.para));
        }
    }
}
