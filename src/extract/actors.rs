//! Actor phrases: splitting a speaker phrase into name, role and kind, and the folded keys
//! under which spelling and transliteration variants of one actor meet.

use std::cell::RefCell;
// (foldhash, not SipHash: the memo of speaker phrases is looked up for every candidate phrase)
use foldhash::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::lexicon::{
    is_company_word, is_group, is_known_body, is_month, is_name_particle, is_np_function_word,
    is_org_word, is_place_speaker, is_professional_group, is_research_noun, is_side_in_court,
    is_statement_noun, is_title, is_weekday, pronoun_kind,
};
use super::ActorKind;

/// A speaker phrase taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedActor {
    /// The name as written without titles ("Andrei Belousov", "Russian Defense Ministry",
    /// "analysts"); for a title alone, the title ("the minister"); for a pronoun, the pronoun.
    pub name: String,
    /// Title or role as written, if any ("Russian Defense Minister").
    pub role: Option<String>,
    /// Person, organisation or group.
    pub kind: ActorKind,
    /// What still needs resolving against earlier mentions in the article.
    pub form: Form,
    /// A statement noun it was the owner of ("his remarks" → "remarks").
    pub via: Option<String>,
    /// A title that no earlier mention resolved ("Peru's health minister" before his name).
    pub unresolved_title: bool,
}

/// How a speaker phrase refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A full name (two or more name words) or an organisation or group name.
    Full,
    /// A single name word: a surname ("Belousov") or a given name ("Kim").
    Short,
    /// A title without a name ("the minister", "the North Korean leader").
    Title,
    /// A pronoun ("he", "they", "his").
    Pronoun,
}

/// Returns true when a word opens with a capital, or is a name after an Arabic article
/// ("al-Sisi", "el-Sisi").
#[inline]
pub(super) fn is_cap(w: &str) -> bool {
    // (hot: most words are in lower case ASCII)
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b'a' | b'e') => is_article_name(w),
        Some(&b) if b >= 0x80 => w.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// "al-Sisi", "el-Baradei", "ash-Sharaa": a name after an Arabic article.
#[inline(never)]
fn is_article_name(w: &str) -> bool {
    let article = |at: usize| {
        w.as_bytes().get(at) == Some(&b'-')
            && matches!(
                &w[..at],
                "al" | "el" | "ad" | "as" | "at" | "ar" | "an" | "ash"
            )
            && w[at + 1..].starts_with(char::is_uppercase)
    };
    article(2) || article(3)
}

/// Returns true when a person's name is a surname alone: one word, or one after its
/// particles ("Von der Leyen", "de Boer", "bin Salman").
fn is_surname(words: &[&str]) -> bool {
    // (no lower-cased copies: a particle is three ASCII letters at most)
    let particle = |w: &str| {
        let mut lower = [0u8; 3];
        w.len() <= 3 && w.is_ascii() && {
            for (l, b) in lower.iter_mut().zip(w.bytes()) {
                *l = b.to_ascii_lowercase();
            }
            std::str::from_utf8(&lower[..w.len()]).is_ok_and(is_name_particle)
        }
    };
    words
        .split_last()
        .is_some_and(|(_, before)| before.iter().all(|w| particle(w)))
}

/// Lower-cases a word and strips a possessive `'s` / `’s` / trailing apostrophe.
pub fn bare(w: &str) -> String {
    // (hot in extraction: no pattern searchers, an ASCII fast path)
    let mut l = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    let kept = without_possessive_marks(&l).len();
    l.truncate(kept);
    l
}

/// A lower-cased word without a possessive `'s` / `’s` and trailing apostrophes and full
/// stops: what [`bare`] keeps of it.
pub fn without_possessive_marks(l: &str) -> &str {
    l.strip_suffix("'s")
        .or_else(|| l.strip_suffix("’s"))
        .unwrap_or(l)
        .trim_end_matches(['\'', '’', '.'])
}

/// Calls `f` with [`bare`] of `w`, without allocating for an ASCII word of up to 32 bytes
/// (nearly every word: this runs for each word of each sentence).
pub fn with_bare<T>(w: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    if !w.is_ascii() || w.len() > buf.len() {
        return f(&bare(w));
    }
    let b = &mut buf[..w.len()];
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    f(without_possessive_marks(
        std::str::from_utf8(b).expect("ASCII is UTF-8"),
    ))
}

/// Returns true for an organisation word, or an acronym written in capitals ("UN", "FNV").
fn word_is_org(w: &str) -> bool {
    let core = trim_suffixes(trim_suffixes(w, "'s"), "’s").trim_end_matches(['\'', '’', '.']);
    with_bare(w, is_org_word)
        // (initials, with or without full stops: "UN", "U.N.")
        || (core.chars().filter(|&c| c != '.').count() >= 2
            && core.chars().all(|c| c.is_uppercase() || c == '.')
            // (not a post's initials: "Lumora CEO", "Tory MP")
            && !is_title(&core.replace('.', "").to_lowercase()))
        // (a capitalised word ending a company's name: "Halden Water", not "rising water")
        || (core.starts_with(char::is_uppercase) && is_company_word(core))
}

/// `w.trim_end_matches(suffix)` without building a string searcher for each word.
fn trim_suffixes<'a>(mut w: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

fn word_is_title(w: &str) -> bool {
    with_bare(w, |b| is_title(b) || b.split('-').any(is_title))
}

/// The name of a speaker given as "One" or "Another", until it is resolved.
pub const ONE_MORE: &str = "another";

/// Parses a speaker phrase (already cut out of its sentence) into an actor.
///
/// Returns `None` when the phrase cannot be a speaker ("the ceremony", "this move").
pub fn parse_actor(phrase: &str) -> Option<ParsedActor> {
    // The same phrases recur (an article names its speakers again and again, and every
    // article of a story names the same ones), and parsing one costs as much as hashing it
    // a hundred times: a bounded memo per preparing thread.
    thread_local! {
        static MEMO: RefCell<HashMap<String, Option<ParsedActor>>> = RefCell::default();
    }
    const MEMO_CAP: usize = 8192;
    if let Some(hit) = MEMO.with_borrow(|m| m.get(phrase).cloned()) {
        return hit;
    }
    let parsed = parse_actor_uncached(phrase);
    MEMO.with_borrow_mut(|m| {
        if m.len() >= MEMO_CAP {
            m.clear();
        }
        m.insert(phrase.to_owned(), parsed.clone());
    });
    parsed
}

/// Whether words name a person, as a spokesperson's principal: an honorific and a surname
/// ("Ms Hale", "Mr Tull"), or a known given name and a surname ("Clare Hale").
pub fn names_a_person(words: &[&str]) -> bool {
    let cap_name = |w: &str| is_cap(w) && w.chars().all(|c| c.is_alphabetic() || c == '-');
    match words {
        [honorific, surname]
            if super::lexicon::is_honorific(&honorific.trim_end_matches('.').to_lowercase()) =>
        {
            cap_name(surname)
        }
        [given, surname] => {
            super::lexicon::is_first_name(&given.to_lowercase())
                && cap_name(given)
                && cap_name(surname)
        }
        _ => false,
    }
}

/// A person's name after a paper's epithet for them, words no list knows ("Opposition attack
/// dog Nadia Osei"): a given name and a surname closing the phrase, lower-case words before
/// them (the first may be capitalised), no body's word among them.
fn epithet_and_name(phrase: &str) -> Option<ParsedActor> {
    let words: Vec<&str> = without_article(phrase).collect();
    let n = words.len();
    if n < 3 {
        return None;
    }
    let (given, surname) = (words[n - 2], words[n - 1]);
    let epithet = &words[..n - 2];
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let named = super::lexicon::is_first_name(&given.to_lowercase())
        && is_cap(surname)
        && surname.chars().all(char::is_alphabetic);
    (named
        && epithet[1..].iter().all(plain)
        && (plain(&epithet[0]) || is_cap(epithet[0]))
        && !epithet.iter().any(|w| {
            word_is_org(w)
                || matches!(
                    w.to_lowercase().as_str(),
                    "in" | "at"
                        | "on"
                        | "of"
                        | "for"
                        | "from"
                        | "near"
                        | "with"
                        | "by"
                        | "to"
                        | "and"
                        | "or"
                )
        }))
    .then(|| ParsedActor {
        name: format!("{given} {surname}"),
        role: Some(epithet.join(" ")),
        kind: ActorKind::Person,
        form: Form::Full,
        via: None,
        unresolved_title: false,
    })
}

/// A name after an article and how the person looked or felt ("a visibly emotional Lopez",
/// "a tearful Maria Lopez"): an article before a name marks the words between as the
/// writer's description; the name speaks.
fn described_name(phrase: &str) -> Option<ParsedActor> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 3 || !matches!(words[0].to_lowercase().as_str(), "a" | "an") {
        return None;
    }
    let first_cap = 1 + words[1..].iter().position(|w| is_cap(w))?;
    let described = &words[1..first_cap];
    let name = &words[first_cap..];
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && !with_bare(w, is_title)
            && !with_bare(w, is_group)
            && !with_bare(w, is_org_word)
    };
    let named = |w: &&str| is_cap(w) && w.chars().all(char::is_alphabetic) && !word_is_org(w);
    if !(1..=2).contains(&described.len())
        || !described.iter().all(plain)
        || !(1..=2).contains(&name.len())
        || !name.iter().all(named)
    {
        return None;
    }
    let form = if name.len() == 2 && super::lexicon::is_first_name(&name[0].to_lowercase()) {
        Form::Full
    } else if name.len() == 1 {
        Form::Short
    } else {
        return None;
    };
    Some(ParsedActor {
        name: name.join(" "),
        role: None,
        kind: ActorKind::Person,
        form,
        via: None,
        unresolved_title: false,
    })
}

fn parse_actor_uncached(phrase: &str) -> Option<ParsedActor> {
    // "Man City", "Boy Scouts": a name opening with a word that is a person's noun in lower
    // case ("a man told police")
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() >= 2
        && super::lexicon::is_capitalised_person_noun(words[0])
        && words.iter().all(|w| is_cap(w))
    {
        return Some(ParsedActor {
            name: words.join(" "),
            role: None,
            kind: ActorKind::Org,
            form: Form::Full,
            via: None,
            unresolved_title: false,
        });
    }
    // "Anne Cole KC", "Jane Smith MP": the name, with the letters after it as its role
    if let Some((name, letters)) = phrase.trim_end().rsplit_once(' ') {
        let before = name.rsplit(' ').next().unwrap_or(name);
        if super::lexicon::is_post_nominal(letters) && is_cap(before) && !word_is_title(before) {
            if let Some(a) = parse_actor_uncached(name)
                .filter(|a| a.kind == ActorKind::Person && a.form == Form::Full)
            {
                return Some(ParsedActor {
                    role: a.role.clone().or_else(|| Some(letters.to_string())),
                    ..a
                });
            }
        }
    }
    // "the official Korean Central News Agency": an official body, not an official
    let rest: Vec<&str> = without_article(phrase).collect();
    if rest.len() >= 2 && rest[0].eq_ignore_ascii_case("official") && is_cap(rest[1]) {
        let body = parse_phrase(&rest[1..].join(" "))
            .filter(|a| a.kind == ActorKind::Org && a.form == Form::Full);
        if let Some(body) = body {
            return Some(ParsedActor {
                role: body.role.or_else(|| Some("official".to_string())),
                ..body
            });
        }
    }
    let actor = match parse_phrase(phrase) {
        Some(a) if a.kind == ActorKind::Person => a,
        other => epithet_and_name(phrase)
            .or_else(|| described_name(phrase))
            .or(other)?,
    };
    if actor.form != Form::Full || !titled_post(phrase) {
        return Some(actor);
    }
    let post = || without_article(phrase).collect::<Vec<_>>().join(" ");
    match actor.kind {
        // "the head of the city's water utility": a post at a body, held by a person whom the
        // article may name elsewhere (not the body)
        ActorKind::Org => Some(ParsedActor {
            name: post(),
            role: None,
            kind: ActorKind::Person,
            form: Form::Title,
            ..actor
        }),
        // a title ending in "of" took the body for a name: "Minister of Defence Boris
        // Pistorius" is Boris Pistorius, minister of defence; "chief executive of Kalisar
        // Power" is a post
        ActorKind::Person
            if actor
                .role
                .as_deref()
                .and_then(|r| r.rsplit(' ').next())
                .is_some_and(|w| matches!(w, "of" | "at" | "for")) =>
        {
            let words: Vec<&str> = actor.name.split_whitespace().collect();
            let body_last = words.last().is_some_and(|w| word_is_org(w));
            if words.len() >= 3 && !body_last {
                let (body, person) = words.split_at(words.len() - 2);
                Some(ParsedActor {
                    name: person.join(" "),
                    role: Some(format!(
                        "{} {}",
                        actor.role.as_deref().unwrap_or_default(),
                        body.join(" ")
                    )),
                    ..actor
                })
            } else {
                Some(ParsedActor {
                    name: post(),
                    role: None,
                    form: Form::Title,
                    ..actor
                })
            }
        }
        _ => Some(actor),
    }
}

/// Returns true when a speaker phrase is a post at a body: titles, then "of", "at" or "for"
/// ("The head of the city's water utility", "chief executive of Vorois Semiconductor"), not
/// a spokesperson's (the body speaks through one).
pub(super) fn titled_post(speaker: &str) -> bool {
    let mut words = without_article(speaker).peekable();
    let mut titles = 0;
    while let Some(w) = words.next_if(|w| word_is_title(w)) {
        if bare(w).starts_with("spokes") {
            return false;
        }
        titles += 1;
    }
    titles > 0
        && words
            .next()
            .is_some_and(|w| matches!(w, "of" | "at" | "for"))
}

/// Returns true when a speaker phrase is a body's titles ("The company's chief executive",
/// "the agency's director general"), not a spokesperson's: with a name in apposition, the
/// person holds the post.
pub(super) fn body_titles(speaker: &str) -> bool {
    let words: Vec<&str> = without_article(speaker).collect();
    let Some(owner) = words.iter().rposition(|w| is_possessive(w)) else {
        return false;
    };
    let titles = &words[owner + 1..];
    !titles.is_empty()
        && titles
            .iter()
            .all(|w| word_is_title(w) && !bare(w).starts_with("spokes"))
}

/// The words an unnamed source is told by: who, then how they know ("people familiar with
/// the matter", "sources close to the talks", "a person briefed on the plans", "two officials
/// with knowledge of the negotiations").
const SOURCE_HEADS: &[&str] = &[
    "people",
    "person",
    "sources",
    "source",
    "officials",
    "official",
    "executives",
    "insiders",
    "diplomats",
    "bankers",
    "aides",
    "someone",
];

/// Returns true for a word in the possessive ("Russia's", "Bank’s").
pub(super) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// Returns true for an owner before a name, singular or plural ("Nomura's", "Capital
/// Economics'").
fn is_owner(w: &str) -> bool {
    is_possessive(w) || w.ends_with("s'") || w.ends_with("s’")
}

/// A word or phrase without its possessive ending, as written ("Peskov's" → "Peskov"; [`bare`]
/// lower-cases too).
pub(super) fn without_possessive(w: &str) -> &str {
    w.trim_end_matches("'s").trim_end_matches("’s")
}

/// Returns true for a person named by their nationality ("the Spaniard", "the Briton"), as
/// sports and news copy refers back to whom it just named.
pub(super) fn is_demonym(w: &str) -> bool {
    matches!(
        w,
        "Spaniard"
            | "Frenchman"
            | "Frenchwoman"
            | "German"
            | "Briton"
            | "Englishman"
            | "Englishwoman"
            | "Scot"
            | "Scotsman"
            | "Welshman"
            | "Irishman"
            | "Dutchman"
            | "Italian"
            | "Portuguese"
            | "Brazilian"
            | "Argentine"
            | "Argentinian"
            | "American"
            | "Canadian"
            | "Australian"
            | "Belgian"
            | "Swede"
            | "Norwegian"
            | "Dane"
            | "Finn"
            | "Pole"
            | "Czech"
            | "Austrian"
            | "Croat"
            | "Serb"
            | "Greek"
            | "Turk"
            | "Ukrainian"
            | "Russian"
            | "Georgian"
            | "Japanese"
            | "Korean"
            | "Mexican"
            | "Colombian"
            | "Uruguayan"
            | "Nigerian"
            | "Ghanaian"
            | "Senegalese"
            | "Egyptian"
            | "Moroccan"
            | "Kenyan"
            | "Ethiopian"
    )
}

/// Returns true for a person named by their age ("29-year-old", "61-year-old").
pub(super) fn is_age_noun(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Returns true for the head noun of an unnamed source's phrase (`SOURCE_HEADS`), in any
/// case.
pub(super) fn is_source_head(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ':']);
    SOURCE_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h))
}

/// Returns the name of an unnamed source (`SOURCE_HEADS`) and how they know ("familiar
/// with", "close to", "briefed on", "with knowledge of", "involved in", "aware of"), without
/// the count before it: "people familiar with the matter" for "three people familiar with the
/// matter".
pub(super) fn anonymous_source(words: &[&str]) -> Option<String> {
    // (every speaker phrase comes here: most have no such head)
    if !words.iter().take(3).any(|w| is_source_head(w)) {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| bare(w)).collect();
    let head = lower
        .iter()
        .position(|w| SOURCE_HEADS.contains(&w.as_str()))
        .filter(|&h| h <= 2)?;
    // (only a count or a describing word before the head: "two senior officials")
    if !lower[..head].iter().all(|w| {
        matches!(
            w.as_str(),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "several"
                | "multiple"
                | "some"
                | "other"
                | "senior"
                | "western"
                | "european"
                | "government"
                | "industry"
                | "banking"
        )
    }) {
        return None;
    }
    let how = lower.get(head + 1)?;
    let knows = match how.as_str() {
        "familiar" | "close" | "briefed" | "involved" | "knowledgeable" | "aware" => true,
        "with" => lower
            .get(head + 2)
            .is_some_and(|w| matches!(w.as_str(), "knowledge" | "direct" | "access")),
        _ => false,
    };
    (knows && head + 2 < words.len()).then(|| {
        words[head..]
            .join(" ")
            .trim_end_matches([',', '.'])
            .to_string()
    })
}

/// A person's name of two or three words ending the place of a post ("the UN Dmitry Orlov",
/// "Moscow Anna Petrova"), when what comes before it is a body or a capital ("the UN",
/// "Russia") and not part of a longer place ("the United Arab Emirates" stays a place).
fn name_after_place<'a>(place: &'a [&'a str]) -> Option<&'a [&'a str]> {
    (2..=3).rev().find_map(|n| {
        let split = place.len().checked_sub(n).filter(|&s| s > 0)?;
        let (body, name) = place.split_at(split);
        let last = body.last()?.trim_end_matches(',');
        let acronym = last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        let body_ends = acronym || word_is_org(last) || is_place_speaker(&bare(last));
        let name_like = name.iter().all(|w| {
            is_cap(w) && !word_is_title(w) && !word_is_org(w) && !is_place_speaker(&bare(w))
        });
        (body_ends && name_like).then_some(name)
    })
}

/// The words of a phrase after its leading articles ("the head of ..." → "head of ...").
pub(super) fn without_article(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split_whitespace()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
}

/// Parses a speaker phrase by the rules of the words it holds (see [`parse_actor`], which
/// then reads posts at bodies).
fn parse_phrase(phrase: &str) -> Option<ParsedActor> {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    // "Interior Minister Dan Voicu's (claim)": the owner of what is said
    if let Some(last) = words.last_mut() {
        if let Some(owner) = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")) {
            if !owner.is_empty() {
                *last = owner;
            }
        }
    }
    // Drop leading determiners and trailing punctuation words.
    while let Some(first) = words.first() {
        let lf = first.to_lowercase();
        // "Its spokeswoman", "their lawyer": the role, whose owner the context names
        let owner_of_title = matches!(lf.as_str(), "its" | "his" | "her" | "their" | "our")
            && words.len() > 1
            && word_is_title(words[1]);
        // "one ministry insider", "one mother": one of a kind, as "a" is
        let one_of_kind = lf == "one"
            && words.len() > 1
            && !words[1].eq_ignore_ascii_case("of")
            && words.last().is_some_and(|w| word_is_title(w));
        // "a number of lawmakers", "dozens of residents": the group, however many
        let how_many = super::lexicon::is_how_many(&lf)
            && words.len() > 2
            && words[1].eq_ignore_ascii_case("of");
        if owner_of_title
            || one_of_kind
            || how_many
            || matches!(
                lf.as_str(),
                "the" | "a" | "an" | "and" | "of" | "in" | "at" | "from" | "for"
            )
        {
            words.remove(0);
        } else {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    // "The 29-year-old said", "the Spaniard admitted": the person last met, as a pronoun is
    // (a nationality only after "the": "German" alone may be a surname)
    let after_the = phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    // "The Russian side considers ...", "the Ukrainian side said": a state's delegation, in
    // its agencies' style (a nationality in capitals, not "the other side")
    if let [nation, side] = words[..] {
        let nationality = nation.starts_with(char::is_uppercase)
            && ["an", "ese", "ish", "ic", "i"]
                .iter()
                .any(|e| nation.ends_with(e))
            && nation.chars().skip(1).all(char::is_lowercase);
        if after_the && nationality && side.eq_ignore_ascii_case("side") {
            return Some(ParsedActor {
                name: format!("{nation} side"),
                role: None,
                kind: ActorKind::Org,
                form: Form::Full,
                via: None,
                unresolved_title: false,
            });
        }
    }
    if let [only] = words[..] {
        if is_age_noun(only) || (after_the && is_demonym(only)) {
            return Some(ParsedActor {
                name: only.to_string(),
                role: None,
                kind: ActorKind::Person,
                form: Form::Pronoun,
                via: None,
                unresolved_title: false,
            });
        }
    }
    // "three people familiar with the matter", "a person close to the company": an
    // unnamed source, one group however many the article counts
    if let Some(name) = anonymous_source(&words) {
        return Some(ParsedActor {
            name,
            role: None,
            kind: ActorKind::Group,
            form: Form::Full,
            via: None,
            unresolved_title: false,
        });
    }
    // "said Tuesday": a day or month is never the speaker
    if let [only] = words[..] {
        let l = only.trim_end_matches([',', '.']).to_lowercase();
        if is_weekday(&l) || is_month(&l) || matches!(l.as_str(), "today" | "yesterday" | "tonight")
        {
            return None;
        }
    }
    // "the ambassador to Russia", "Britain's envoy to the UN", "the correspondent in
    // Beijing": the place completes the title
    if let Some(k) = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("in"))
    {
        let place = &words[k + 1..];
        if k > 0
            && word_is_title(words[k - 1])
            && place.iter().any(|w| is_cap(w))
            && place
                .iter()
                .all(|w| is_cap(w) || w.eq_ignore_ascii_case("the"))
        {
            // "Russia's Permanent Representative to the UN Dmitry Orlov": a name after the
            // place is the holder
            if let Some(name) = name_after_place(place) {
                let role = &words[..words.len() - name.len()];
                if let Some(head) = parse_actor(&words[..k].join(" ")) {
                    if head.form == Form::Title && head.kind == ActorKind::Person {
                        return Some(ParsedActor {
                            name: name.join(" "),
                            role: Some(role.join(" ")),
                            form: Form::Full,
                            unresolved_title: false,
                            ..head
                        });
                    }
                }
            }
            if let Some(mut head) = parse_actor(&words[..k].join(" ")) {
                if head.form == Form::Title && head.kind == ActorKind::Person {
                    head.name = format!("{} {}", head.name, words[k..].join(" "));
                    head.role = Some(head.name.clone());
                    return Some(head);
                }
            }
        }
    }
    // "X's remarks", "his comments in Beijing": the owner speaks.
    let mut via = None;
    // (not a word of a body's name: "The UK's data watchdog")
    let statement_noun = words.iter().position(|w| with_bare(w, is_statement_noun));
    let statement_noun =
        statement_noun.filter(|&p| !words[p + 1..].iter().any(|w| with_bare(w, is_org_word)));
    if let Some(mut pos) = statement_noun {
        // "Its preliminary report", "the ministry's latest statement": up to two describing
        // words between the owner and the document go with the document
        let described = (1..=2).find(|&d| {
            pos > d
                && words[pos - d..pos].iter().all(|w| {
                    w.chars().all(|c| c.is_lowercase() || c == '-')
                        && !is_np_function_word(&w.to_lowercase())
                })
                && {
                    let o = words[pos - d - 1].to_lowercase();
                    is_possessive(&o) || pronoun_kind(&o).is_some()
                }
        });
        if let Some(d) = described {
            pos -= d;
        }
        if pos > 0 {
            let owner = words[pos - 1];
            let lo = owner.to_lowercase();
            let owner_possessive =
                lo.ends_with("'s") || lo.ends_with("’s") || lo.ends_with('\'') || lo.ends_with('’');
            if owner_possessive || pronoun_kind(&lo).is_some() {
                via = Some(words[pos..].join(" "));
                words.truncate(pos);
                let last = words.len() - 1;
                words[last] = without_possessive(words[last]).trim_end_matches(['\'', '’']);
                while let Some(first) = words.first() {
                    if matches!(first.to_lowercase().as_str(), "the" | "a" | "an") {
                        words.remove(0);
                    } else {
                        break;
                    }
                }
                if words.is_empty() {
                    return None;
                }
            }
        }
    }
    // "one of them said", "The other described ...": one of the group just named, whom
    // "they" would stand for ("Another said" may be one more of anyone named before)
    let is = |w: &str, options: &[&str]| options.iter().any(|o| w.eq_ignore_ascii_case(o));
    let of_group = match words[..] {
        [count, of, them] => {
            is(
                count,
                &[
                    "one", "two", "three", "some", "both", "many", "most", "several",
                ],
            ) && of.eq_ignore_ascii_case("of")
                && is(them, &["them", "those"])
        }
        [other] => after_the && is(other, &["other", "others"]),
        _ => false,
    };
    // "Opinions differed; some said A": an unnamed part of those the article is about
    if let [part] = words[..] {
        if !after_the && is(part, &["some", "many"]) {
            return Some(ParsedActor {
                name: part.to_string(),
                role: None,
                kind: ActorKind::Group,
                form: Form::Full,
                via,
                unresolved_title: false,
            });
        }
    }
    // "One witness told ... Another said ...", "Fans were divided. One wrote ...": one more of
    // the unnamed people or the group just met (see `resolve`)
    if let [one] = words[..] {
        if !after_the && is(one, &["one", "another"]) {
            return Some(ParsedActor {
                name: ONE_MORE.to_string(),
                role: None,
                kind: ActorKind::Person,
                form: Form::Pronoun,
                via,
                unresolved_title: false,
            });
        }
    }
    if of_group {
        return Some(ParsedActor {
            name: "them".to_string(),
            role: None,
            kind: ActorKind::Group,
            form: Form::Pronoun,
            via,
            unresolved_title: false,
        });
    }
    if words.len() == 1 {
        if let Some(kind) = pronoun_kind(&words[0].to_lowercase()) {
            return Some(ParsedActor {
                name: words[0].to_lowercase(),
                role: None,
                kind,
                form: Form::Pronoun,
                via,
                unresolved_title: false,
            });
        }
    }
    let lower: Vec<String> = words.iter().map(|w| bare(w)).collect();
    if let [side] = &lower[..] {
        if is_side_in_court(side) {
            return Some(ParsedActor {
                name: side.clone(),
                role: None,
                kind: ActorKind::Group,
                form: Form::Full,
                via,
                unresolved_title: false,
            });
        }
    }
    // A piece of research speaks for itself: "a major new study found", "according to a
    // survey", "the paper reported".
    if lower.len() <= 4
        && lower.last().is_some_and(|w| is_research_noun(w))
        && words[..words.len() - 1].iter().all(|w| {
            // ("One widely shared video": a capital that only opens the sentence)
            (!is_cap(w)
                || matches!(w.to_lowercase().as_str(), "one" | "another" | "this")
                // ("Ship-tracking data": a compound in lower case, capitalised to open the
                // sentence; not "Rolls-Royce")
                || (w.contains('-')
                    && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')))
                && !is_possessive(w)
        })
    {
        // one actor, "study", however the article describes it ("a major new study")
        let last = words[words.len() - 1].to_lowercase();
        return Some(ParsedActor {
            role: (words.len() > 1).then(|| words.join(" ")),
            name: last,
            kind: ActorKind::Org,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    // Groups: "analysts", "Russian officials", "medical officials in Morandor".
    // ("Dave Morris of Cumbria Police" is a person of a body, not a group)
    let named_of_body = is_cap(words[0])
        && lower
            .iter()
            .position(|w| matches!(w.as_str(), "of" | "from" | "at"))
            .is_some_and(|k| k >= 2 && lower[..k].iter().all(|w| !is_group(w)));
    // ("Opposition leader Sorin Lupu", "the parents' movement Free Choice Orsova": a group
    // word right before a title or a body's word only describes it; "officials at the
    // ministry" are a group)
    // ("Opposition defence spokesman Rui Matos": a title further on, then a name)
    let titled_name_after = |g: usize| {
        words[g + 1..].iter().any(|w| word_is_title(w))
            && words.last().is_some_and(|w| is_cap(w) && !word_is_title(w))
    };
    // ("Reporters Without Borders", "Mothers Against Drunk Driving": a body's name that
    // opens with a group word)
    let opens_a_name = words.len() >= 3
        && is_cap(words[0])
        && is_group(&lower[0])
        && words[1..].iter().all(|w| {
            is_cap(w) || matches!(w.to_lowercase().as_str(), "of" | "the" | "for" | "and")
        })
        && is_cap(words[1])
        && words.last().is_some_and(|w| is_cap(w))
        && !words.iter().any(|w| word_is_title(w));
    if opens_a_name {
        return Some(ParsedActor {
            name: words.join(" "),
            role: None,
            kind: ActorKind::Org,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    // ("the opposition Civic Alliance": a group word describing the name after it)
    let name_after = |g: usize| {
        g + 1 < words.len()
            && words[g + 1..]
                .iter()
                .all(|w| is_cap(w) && !word_is_title(w))
    };
    if let Some(g) = lower.iter().rposition(|w| is_group(w)).filter(|&g| {
        !named_of_body
            && !titled_name_after(g)
            && !name_after(g)
            && !words
                .get(g + 1)
                .is_some_and(|w| word_is_title(w) || word_is_org(w))
    }) {
        let name = words[..=g].join(" ");
        let mut name = name.trim_end_matches(['\'', '’', ',']).to_string();
        // "Analysts at Commerzbank": the firm they work at is part of who they are (and
        // "Commerzbank analysts" the same actor: see `actor_key`)
        let firm = &words[(g + 2).min(words.len())..];
        if lower.get(g + 1).is_some_and(|w| w == "at")
            && is_professional_group(&lower[g])
            && !firm.is_empty()
            && firm.iter().all(|w| is_cap(w))
        {
            name = format!("{} at {}", lower[g], firm.join(" "));
        }
        return Some(ParsedActor {
            name,
            role: None,
            kind: ActorKind::Group,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    // The trailing run of name words.
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let b = &lower[start - 1];
        // "Halden Bank's Erik Sund", "Russia's Vladimir Putin", "Capital Economics' Jonas
        // Pirk": whose they are is not the name
        if words.len() - start >= 2 && is_owner(w) {
            break;
        }
        let particle = is_name_particle(b);
        // ("Volkar AG", "Nexa Inc.": a company's legal form ends its name)
        let legal_form = start == words.len()
            && start > 1
            && matches!(
                w.trim_end_matches([',', '.']),
                "AG" | "SA"
                    | "SE"
                    | "NV"
                    | "BV"
                    | "GmbH"
                    | "plc"
                    | "PLC"
                    | "Inc"
                    | "Ltd"
                    | "LLC"
                    | "Corp"
                    | "Co"
            );
        // (a body known by its name is part of one: "Amnesty International")
        if legal_form
            || ((is_cap(w) || (particle && start < words.len()))
                && !word_is_title(w)
                && (!word_is_org(w) || is_known_body(b)))
        {
            start -= 1;
        } else {
            break;
        }
    }
    // ("Transparency International")
    let has_org = words.iter().any(|w| word_is_org(w))
        || (words.len() == 1 && is_place_speaker(&lower[0]))
        || (words.len() >= 2 && words.last() == Some(&"International"));
    let title_pos = lower.iter().rposition(|w| word_is_title(w));
    // "a spokesperson for Maersk", "spokesman of the ministry": the body speaks.
    if let Some(t) = lower.iter().position(|w| word_is_title(w)) {
        if t + 2 < words.len() + 1
            && t + 1 < words.len()
            && matches!(lower[t + 1].as_str(), "for" | "of")
            && lower[t].starts_with("spokes")
        {
            let body: Vec<&str> = words[t + 2..]
                .iter()
                .copied()
                .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
                .collect();
            // "a spokesperson for Ms Hale": a person's spokesperson speaks, for that person
            if names_a_person(&body) {
                return Some(ParsedActor {
                    name: words[t].to_string(),
                    role: Some(words.join(" ")),
                    kind: ActorKind::Person,
                    form: Form::Title,
                    via,
                    unresolved_title: false,
                });
            }
            if body.iter().any(|w| is_cap(w)) {
                return Some(ParsedActor {
                    name: body.join(" "),
                    role: Some(words[..=t].join(" ")),
                    kind: ActorKind::Org,
                    form: Form::Full,
                    via,
                    unresolved_title: false,
                });
            }
        }
        // "The lawyer for Erik Halvorsen": the lawyer speaks, not the client (a name may
        // follow in the next sentence)
        if t + 2 < words.len()
            && matches!(lower[t + 1].as_str(), "for" | "of")
            && matches!(
                lower[t].as_str(),
                "lawyer" | "attorney" | "counsel" | "solicitor" | "barrister"
            )
        {
            let role = words.join(" ");
            return Some(ParsedActor {
                name: words[..=t].join(" "),
                role: Some(role),
                kind: ActorKind::Person,
                form: Form::Title,
                via,
                unresolved_title: false,
            });
        }
        // "U.S. State Department spokesperson": an organisation's unnamed official
        if t == words.len() - 1
            && t > 0
            && words[..t].iter().any(|w| word_is_org(w))
            && lower[t].starts_with("spokes")
        {
            // "The European Union's foreign policy spokesman": the body, without the
            // spokesman's portfolio
            let mut body = &words[..t];
            while let [rest @ .., last] = body {
                if rest.is_empty() || is_cap(last) {
                    break;
                }
                body = rest;
            }
            let mut name = body.join(" ");
            if body.len() < t {
                for s in ["'s", "’s"] {
                    if let Some(n) = name.strip_suffix(s) {
                        name = n.to_string();
                    }
                }
            }
            return Some(ParsedActor {
                name,
                role: Some(words[t].to_string()),
                kind: ActorKind::Org,
                form: Form::Full,
                via,
                unresolved_title: false,
            });
        }
    }
    // "epidemiologist Laura Méndez of the University of São Paulo": a name right after the
    // first title is the person, whatever follows it.
    if let Some(mut t) = lower.iter().position(|w| word_is_title(w)) {
        // "Chief Inspector Dave Morris of Cumbria Police": the last title of the run
        while t + 1 < words.len() && word_is_title(words[t + 1]) {
            t += 1;
        }
        let mut e = t + 1;
        while e < words.len()
            && is_cap(words[e])
            && !word_is_title(words[e])
            && !word_is_org(words[e])
        {
            e += 1;
        }
        let follows_ok = e == words.len()
            || matches!(
                lower[e].as_str(),
                "of" | "at" | "from" | "with" | "for" | "in"
            );
        if e > t + 1 && follows_ok && e < words.len() {
            let mut role: Vec<&str> = words[..=t].to_vec();
            role.extend_from_slice(&words[e..]);
            let single = e == t + 2;
            return Some(ParsedActor {
                name: words[t + 1..e].join(" "),
                role: Some(role.join(" ")),
                kind: ActorKind::Person,
                form: if single { Form::Short } else { Form::Full },
                via,
                unresolved_title: false,
            });
        }
    }
    // "Dave Morris of Cumbria Police": a name, then the body it speaks for
    if let Some(k) = words
        .iter()
        .position(|w| matches!(w.to_lowercase().as_str(), "of" | "from" | "at"))
    {
        let name_like = k >= 2
            && words[..k]
                .iter()
                .all(|w| is_cap(w) && !word_is_title(w) && !word_is_org(w));
        if name_like && title_pos.is_none() && words[k + 1..].iter().any(|w| is_cap(w)) {
            return Some(ParsedActor {
                name: words[..k].join(" "),
                role: Some(words[k..].join(" ")),
                kind: ActorKind::Person,
                form: Form::Full,
                via,
                unresolved_title: false,
            });
        }
    }
    let name_words = &words[start..];
    if start > 0
        && title_pos.is_none()
        && (2..=3).contains(&name_words.len())
        && is_owner(words[start - 1])
        && name_words.iter().all(|w| is_cap(w) && !word_is_org(w))
    {
        return Some(ParsedActor {
            name: name_words.join(" "),
            role: Some(words[..start].join(" ")),
            kind: ActorKind::Person,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    if !name_words.is_empty() {
        let titled = start > 0 && title_pos == Some(start - 1);
        if start == 0 && !has_org {
            let name = name_words.join(" ");
            let single = is_surname(name_words);
            if name_words.len() == 1 && is_place_speaker(&lower[0]) {
                return Some(ParsedActor {
                    name,
                    role: None,
                    kind: ActorKind::Org,
                    form: Form::Full,
                    via,
                    unresolved_title: false,
                });
            }
            return Some(ParsedActor {
                name,
                role: None,
                kind: ActorKind::Person,
                form: if single { Form::Short } else { Form::Full },
                via,
                unresolved_title: false,
            });
        }
        if titled || (start > 0 && title_pos.is_some_and(|t| t < start)) {
            let role = words[..start].join(" ").trim_end_matches(',').to_string();
            let single = is_surname(name_words);
            return Some(ParsedActor {
                name: name_words.join(" "),
                role: Some(role),
                kind: ActorKind::Person,
                form: if single { Form::Short } else { Form::Full },
                via,
                unresolved_title: false,
            });
        }
    }
    // "employers' group Deltalinqs", "the union FNV", "shipping firm Maersk", "Chipmaker
    // Nexa": a descriptor, then the body's name.
    // (an acronym no word list knows opens the name itself: "VC Nord", "NHS England")
    let acronym_only = |w: &str| word_is_org(w) && !with_bare(w, is_org_word);
    if start > 0
        && start < words.len()
        && (!is_cap(words[start - 1]) || start == 1)
        && word_is_org(words[start - 1])
        && !(start == 1 && acronym_only(words[0]))
    {
        return Some(ParsedActor {
            name: words[start..].join(" "),
            role: Some(words[..start].join(" ")),
            kind: ActorKind::Org,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    // "the charity Sea Watch", "the group Human Rights Watch": a descriptor before a name that
    // itself ends in a body's word
    // (after modifiers: "left-wing charity Sea Watch")
    let descriptor = words
        .iter()
        .rposition(|w| !is_cap(w))
        .filter(|&k| k + 1 < words.len() && word_is_org(words[k]));
    if let Some(k) = descriptor {
        return Some(ParsedActor {
            name: words[k + 1..].join(" "),
            role: Some(words[..=k].join(" ")),
            kind: ActorKind::Org,
            form: Form::Full,
            via,
            unresolved_title: false,
        });
    }
    // "union leader", "Kremlin official", "club chairman": a person's post at a body, the
    // title last, is a title (below; a body's spokesperson, above, speaks for the body)
    // (the title itself may be in capitals: "Google CEO")
    let post_at_body = words.len() >= 2
        && title_pos == Some(words.len() - 1)
        && words[..words.len() - 1]
            .iter()
            .all(|w| !is_cap(w) || word_is_org(w));
    if has_org && !post_at_body {
        // "the ruling National Party", "the opposition Civic Alliance": what the body is,
        // before its name, is its role
        let described = words.iter().position(|w| is_cap(w)).filter(|&c| {
            (1..=2).contains(&c)
                && words[c..].iter().all(|w| is_cap(w))
                && words[..c].iter().all(|w| {
                    !is_cap(w)
                        && !word_is_org(w)
                        && !word_is_title(w)
                        && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                        && !matches!(
                            w.to_lowercase().as_str(),
                            "who" | "which" | "that" | "whose" | "the" | "of" | "and" | "at"
                        )
                })
        });
        let (name, role) = match described {
            Some(c) => (words[c..].join(" "), Some(words[..c].join(" "))),
            None => (words.join(" "), None),
        };
        // "the ministry", "the union", "the think tank": a body named earlier in the article
        let generic = (words.len() == 1 && !is_cap(words[0]))
            || words.iter().map(|w| w.to_lowercase()).eq(["think", "tank"]);
        let form = if generic { Form::Title } else { Form::Full };
        return Some(ParsedActor {
            name,
            role,
            kind: ActorKind::Org,
            form,
            via,
            unresolved_title: false,
        });
    }
    if title_pos.is_some() {
        // A title alone: "the minister", "the North Korean leader", "a spokesperson for X".
        let role = words.join(" ");
        return Some(ParsedActor {
            name: role.clone(),
            role: Some(role),
            kind: ActorKind::Person,
            form: Form::Title,
            via,
            unresolved_title: false,
        });
    }
    // Capitalised words without any title or organisation word: a name.
    if words
        .iter()
        .all(|w| is_cap(w) || is_np_function_word(&w.to_lowercase()))
        && words.iter().any(|w| is_cap(w))
    {
        let single = is_surname(&words);
        return Some(ParsedActor {
            name: words.join(" "),
            role: None,
            kind: ActorKind::Person,
            form: if single { Form::Short } else { Form::Full },
            via,
            unresolved_title: false,
        });
    }
    None
}

/// Folds one word for matching: lower case, no diacritics or apostrophes, `y` as `i`, doubled
/// letters single (Andrey/Andrei, Sergey/Sergei, Jong-un/Jong Un meet).
pub fn fold_word(w: &str) -> String {
    // (ASCII is its own decomposition, without combining marks: `nfd` cost 2,000
    // instructions a word)
    with_bare(w, |base| {
        if base.is_ascii() {
            fold_chars(base.chars(), w.len())
        } else {
            fold_chars(base.nfd(), w.len())
        }
    })
}

/// [`fold_word`] of a word's decomposed characters.
fn fold_chars(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut prev = '\0';
    for c in chars {
        if unicode_normalization::char::is_combining_mark(c) || matches!(c, '\'' | '’' | '.') {
            continue;
        }
        let c = if c == 'y' { 'i' } else { c };
        if c == prev {
            continue;
        }
        prev = c;
        out.push(c);
    }
    out
}

/// Words ignored in organisation keys.
fn org_stopword(w: &str) -> bool {
    matches!(w, "the" | "of" | "for" | "and" | "on" | "in" | "s") || is_legal_form(w)
}

/// A company's legal form (lower case): "Volkar AG" and "Volkar" are one company.
fn is_legal_form(w: &str) -> bool {
    matches!(
        w,
        "ag" | "sa" | "se" | "nv" | "bv" | "gmbh" | "plc" | "inc" | "ltd" | "llc" | "corp" | "co"
    )
}

/// Maps adjectives of nationality and spelling variants to one form for organisation keys.
fn org_fold(w: &str) -> String {
    let w = crate::extract::lexicon::fold_variant(w);
    // a nationality in "-ian" names its country in "-ia" ("the Belvarian Foreign Ministry",
    // "Belvaria's Foreign Ministry"; "Romanian", "Serbian", "Nigerian")
    match w.strip_suffix("ian").filter(|stem| stem.len() >= 3) {
        Some(stem) => fold_word(&format!("{stem}ia")),
        None => fold_word(w),
    }
}

/// Returns the key under which variants of one actor meet.
///
/// People: the folded name words in order ("kim jong un"). Organisations: the sorted set of
/// folded content words, with nationality adjectives mapped to countries, so that "the Russian
/// Defense Ministry" and "the Ministry of Defence of Russia" meet. Groups: the folded words.
/// The initials of a name that is only an acronym ("WHO", "the U.N.", "CEC"): two to six
/// capitals.
pub fn acronym(name: &str) -> Option<String> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    let letters: String = name.chars().filter(|&c| c != '.').collect();
    ((2..=6).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase()))
        .then_some(letters)
}

/// The leading capitalised words of `name` whose initials are `initials` ("World Health
/// Organization" from "World Health Organization's regional office" for "WHO"); small words
/// ("of", "for", "and", "on", "the") may stand between without an initial.
pub fn spelled_out(name: &str, initials: &str) -> Option<String> {
    let mut got = String::new();
    let mut words = Vec::new();
    for w in name.split_whitespace() {
        if got.len() == initials.len() {
            break;
        }
        let w = without_possessive(w);
        if matches!(w, "of" | "for" | "and" | "on" | "the") && !words.is_empty() {
            words.push(w);
            continue;
        }
        let first = w.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        got.push(first);
        words.push(w);
    }
    (got == initials && got.len() > 1).then(|| words.join(" "))
}

pub fn actor_key(name: &str, kind: ActorKind) -> String {
    let words = name
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(bare);
    match kind {
        ActorKind::Person => words.map(|w| fold_word(&w)).collect::<Vec<_>>().join(" "),
        ActorKind::Org => {
            let words: Vec<String> = words.collect();
            // (a name that is only a legal form or a stopword keeps its words)
            let keep = |w: &&String| !org_stopword(w) || words.iter().all(|w| org_stopword(w));
            let mut ws: Vec<String> = words.iter().filter(keep).map(|w| org_fold(w)).collect();
            ws.sort();
            ws.dedup();
            format!("org:{}", ws.join(" "))
        }
        ActorKind::Group => {
            let mut words: Vec<String> = words.collect();
            // "analysts at Jefferies" are "Jefferies analysts"
            if let Some(at) = words
                .iter()
                .position(|w| w == "at")
                .filter(|&k| k >= 1 && is_professional_group(&words[k - 1]))
            {
                let firm = words.split_off(at + 1);
                words.pop();
                words.splice(0..0, firm);
            }
            let ws: Vec<String> = words
                .iter()
                .filter(|w| !org_stopword(w))
                .map(|w| org_fold(w))
                .collect();
            format!("group:{}", ws.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_at_a_body_is_a_person_s_and_a_spokesperson_speaks_for_the_body() {
        for phrase in ["union leader", "the Kremlin official", "club chairman"] {
            let a = parse_actor(phrase).unwrap();
            assert_eq!(
                (a.kind, a.form),
                (ActorKind::Person, Form::Title),
                "{phrase}"
            );
        }
        let a = parse_actor("U.S. State Department spokesperson").unwrap();
        assert_eq!(a.kind, ActorKind::Org);
        let a = parse_actor("the Defense Ministry").unwrap();
        assert_eq!(a.kind, ActorKind::Org);
    }

    #[test]
    fn a_remembered_parse_is_the_parse() {
        let phrases = [
            "Russian Defense Minister Andrei Belousov",
            "the head of the city's water utility",
            "Minister of Defence Boris Pistorius",
            "the ceremony",
            "he",
        ];
        for p in phrases {
            let first = parse_actor(p);
            assert_eq!(first, parse_actor_uncached(p), "{p}");
            assert_eq!(parse_actor(p), first, "{p}, asked again");
        }
        assert_eq!(
            parse_actor("Minister of Defence Boris Pistorius").map(|a| a.name),
            Some("Boris Pistorius".to_string())
        );
    }

    #[test]
    fn a_nationality_in_ian_meets_its_country() {
        let key = |n| actor_key(n, ActorKind::Org);
        assert_eq!(
            key("Belvarian Foreign Ministry"),
            key("Belvaria's Foreign Ministry")
        );
        assert_eq!(key("the Romanian government"), key("Romania's government"));
        assert_eq!(
            key("Russian Foreign Ministry"),
            key("Russia's Foreign Ministry")
        );
        assert_ne!(key("Belvarian Foreign Ministry"), key("Foreign Ministry"));
    }

    #[test]
    fn a_name_after_an_arabic_article_is_capitalised() {
        for w in ["Sisi", "al-Sisi", "el-Baradei", "ash-Sharaa", "Émile"] {
            assert!(is_cap(w), "{w}");
        }
        for w in [
            "",
            "also",
            "al-",
            "al-qaeda",
            "aé-Sisi",
            "anti-Western",
            "é",
        ] {
            assert!(!is_cap(w), "{w}");
        }
    }

    #[test]
    fn trim_suffixes_trims_as_trim_end_matches_does() {
        for w in ["UN's", "UN's's", "FNV", "'s", "", "s's'", "Ministry’s"] {
            for suffix in ["'s", "’s"] {
                assert_eq!(trim_suffixes(w, suffix), w.trim_end_matches(suffix), "{w}");
            }
        }
    }

    fn p(s: &str) -> Option<(String, Option<String>, ActorKind, Form)> {
        parse_actor(s).map(|a| (a.name, a.role, a.kind, a.form))
    }

    #[test]
    fn splits_titles_from_names() {
        assert_eq!(
            p("Russian Defense Minister Andrei Belousov"),
            Some((
                "Andrei Belousov".into(),
                Some("Russian Defense Minister".into()),
                ActorKind::Person,
                Form::Full
            ))
        );
        assert_eq!(
            p("UN Secretary-General Antonio Guterres").map(|a| a.0),
            Some("Antonio Guterres".into())
        );
        assert_eq!(p("Kim Jong-un").map(|a| a.2), Some(ActorKind::Person));
        assert_eq!(p("Belousov").map(|a| a.3), Some(Form::Short));
    }

    #[test]
    fn recognises_orgs_groups_titles_and_pronouns() {
        assert_eq!(
            p("the Russian Ministry of Defense").map(|a| a.2),
            Some(ActorKind::Org)
        );
        assert_eq!(p("analysts").map(|a| a.2), Some(ActorKind::Group));
        assert_eq!(
            p("hospital doctors").map(|a| a.0),
            Some("hospital doctors".into())
        );
        assert_eq!(p("the minister").map(|a| a.3), Some(Form::Title));
        assert_eq!(p("He").map(|a| a.3), Some(Form::Pronoun));
        assert_eq!(p("Moscow").map(|a| a.2), Some(ActorKind::Org));
        assert_eq!(p("the ceremony"), None);
        assert_eq!(p("this move"), None);
        // a person of a body, titled or not
        assert_eq!(
            p("Chief Inspector Dave Morris of Cumbria Police"),
            Some((
                "Dave Morris".into(),
                Some("Chief Inspector of Cumbria Police".into()),
                ActorKind::Person,
                Form::Full
            ))
        );
        assert_eq!(
            p("Dave Morris of Cumbria Police").map(|a| a.0),
            Some("Dave Morris".into())
        );
        assert_eq!(
            p("Senior officials at the ministry").map(|a| a.2),
            Some(ActorKind::Group)
        );
        // a descriptor before a body's name is its role
        assert_eq!(
            p("Employers' group Deltalinqs"),
            Some((
                "Deltalinqs".into(),
                Some("Employers' group".into()),
                ActorKind::Org,
                Form::Full
            ))
        );
    }

    #[test]
    fn possessive_statement_nouns_give_the_owner() {
        let a = parse_actor("The North Korean leader's remarks in Beijing").unwrap();
        assert_eq!(a.form, Form::Title);
        assert_eq!(a.name, "North Korean leader");
        let b = parse_actor("His remarks").unwrap();
        assert_eq!(b.form, Form::Pronoun);
        assert_eq!(b.via.as_deref(), Some("remarks"));
    }

    #[test]
    fn variants_share_a_key() {
        use ActorKind::*;
        // the firm's analysts, either way round (and not another firm's)
        assert_eq!(
            actor_key("analysts at Goldman Sachs", Group),
            actor_key("Goldman Sachs analysts", Group)
        );
        assert_ne!(
            actor_key("analysts at Goldman Sachs", Group),
            actor_key("analysts at Jefferies", Group)
        );
        assert_eq!(
            actor_key("Andrey Belousov", Person),
            actor_key("Andrei Belousov", Person)
        );
        assert_eq!(
            actor_key("Kim Jong Un", Person),
            actor_key("Kim Jong-un", Person)
        );
        assert_eq!(
            actor_key("Sergey Lavrov", Person),
            actor_key("Sergei Lavrov", Person)
        );
        assert_ne!(
            actor_key("Kim Yo-jong", Person),
            actor_key("Kim Jong-un", Person)
        );
        assert_eq!(
            actor_key("Russian Defense Ministry", Org),
            actor_key("Ministry of Defence of Russia", Org)
        );
        // a company with and without its legal form; a name that is only one keeps it
        assert_eq!(actor_key("Volkar AG", Org), actor_key("Volkar", Org));
        assert_eq!(actor_key("Nexa Inc.", Org), actor_key("Nexa", Org));
        assert_ne!(actor_key("Inc", Org), actor_key("Co", Org));
        // diacritics fold away; an ASCII spelling meets its accented one
        assert_eq!(
            actor_key("Zdeněk Holub", Person),
            actor_key("Zdenek Holub", Person)
        );
        assert_eq!(fold_word("Müller's"), "muler");
        assert_eq!(fold_word("Müller's"), fold_word("Muller"));
    }
}
