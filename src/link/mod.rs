//! Linking: deciding whether two occurrences make the same statement.
//!
//! Rewrites share few exact word runs, so occurrences are compared as weighted sets of
//! word stems: names and numbers weigh most, long content words more than short ones, function
//! words nothing. Weights are fixed properties of the words (never corpus statistics), so the
//! decision for a pair never depends on what else was stored or in which order: linking is
//! order-independent. Candidates come from a persisted index of keys (hashes of pairs of an
//! occurrence's most distinctive stems), so a lookup never scans all claims.

use std::collections::BTreeMap;

/// Words that carry no content for linking.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "them",
    "his",
    "her",
    "their",
    "we",
    "our",
    "us",
    "i",
    "you",
    "your",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "shall",
    "do",
    "does",
    "did",
    "not",
    "no",
    "so",
    "than",
    "then",
    "there",
    "here",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "why",
    "how",
    "also",
    "very",
    "more",
    "most",
    "such",
    "into",
    "over",
    "about",
    "after",
    "before",
    "between",
    "under",
    "against",
    "during",
    "through",
    "up",
    "down",
    "out",
    "off",
    "said",
    "says",
    "say",
    "stated",
    "added",
    "noted",
    "told",
    "according",
    "all",
    "any",
    "some",
    "each",
    "other",
    "only",
    "just",
    "even",
    "if",
    "while",
    "because",
    "since",
    "until",
    "both",
    "either",
    "neither",
    "own",
    "same",
    "too",
    "now",
    "new",
    "one",
    "two",
    "its",
    "s",
    "t",
    "mr",
    "ms",
    "mrs",
    "well",
    "further",
    "still",
    "yet",
    "again",
    "already",
    "being",
    "been",
    "upon",
    "via",
    "per",
    "amid",
    "among",
    "within",
    "without",
    "across",
];

fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// A small table of synonyms common in rewrites, mapped to one stem.
fn synonym(stem: &str) -> &str {
    match stem {
        "relati" | "ties" | "tie" => "relat",
        "partne" => "allian",
        "strong" => "streng",
        "growin" | "increa" | "expand" | "rising" | "rise" => "grow",
        "stark" | "clear" | "vivid" | "strik" => "clear",
        "confir" | "proof" | "eviden" | "demons" => "confir",
        "involv" | "partic" | "role" => "involv",
        "nation" | "countr" | "states" => "countr",
        "milita" | "army" | "troops" | "soldie" => "milita",
        "libera" | "freein" => "libera",
        "compre" | "full" | "broad" => "compre",
        _ => stem,
    }
}

/// The weighted stems of one occurrence's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Fingerprint {
    stems: BTreeMap<String, f32>,
    total: f32,
}

impl Fingerprint {
    /// Builds the fingerprint of a content text.
    pub fn new(content: &str) -> Self {
        let mut stems: BTreeMap<String, f32> = BTreeMap::new();
        for raw in content.split(|c: char| {
            !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.' || c == ',')
        }) {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            let lower = word.to_lowercase();
            let lower = lower.trim_end_matches("'s").trim_end_matches("’s");
            if is_stopword(lower) {
                continue;
            }
            let numeric = lower.chars().any(|c| c.is_ascii_digit());
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let (stem, weight) = if numeric {
                (lower.replace(',', ""), 3.0)
            } else {
                let clean: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
                let n = clean.chars().count();
                if n < 3 {
                    continue;
                }
                let cut: String = clean.chars().take(6).collect();
                let stem = synonym(&cut).to_string();
                let w = if capital {
                    2.5
                } else if n >= 7 {
                    1.5
                } else {
                    1.0
                };
                (stem, w)
            };
            let e = stems.entry(stem).or_insert(0.0);
            if weight > *e {
                *e = weight;
            }
        }
        let total = stems.values().sum();
        Self { stems, total }
    }

    /// Returns the total weight.
    pub fn weight(&self) -> f32 {
        self.total
    }

    /// Returns the weight shared with another fingerprint (the smaller weight of each stem).
    pub fn shared(&self, other: &Self) -> f32 {
        let (small, large) = if self.stems.len() <= other.stems.len() {
            (self, other)
        } else {
            (other, self)
        };
        small
            .stems
            .iter()
            .filter_map(|(s, w)| large.stems.get(s).map(|w2| w.min(*w2)))
            .sum()
    }

    /// Returns the index keys: hashes of the pairs of the `KEY_STEMS` heaviest stems (ties
    /// broken alphabetically), so that two fingerprints sharing two strong stems meet.
    pub fn keys(&self) -> Vec<i64> {
        const KEY_STEMS: usize = 6;
        let mut top: Vec<(&String, f32)> = self.stems.iter().map(|(s, w)| (s, *w)).collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        top.truncate(KEY_STEMS);
        let mut keys = Vec::new();
        for i in 0..top.len() {
            for j in i + 1..top.len() {
                let (a, b) = if top[i].0 <= top[j].0 {
                    (top[i].0, top[j].0)
                } else {
                    (top[j].0, top[i].0)
                };
                keys.push(fnv(a, b));
            }
        }
        if top.len() == 1 {
            keys.push(fnv(top[0].0, ""));
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// FNV-1a over two strings: a fixed hash, so keys are stable across runs and builds.
fn fnv(a: &str, b: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in a.bytes().chain([0u8]).chain(b.bytes()) {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    i64::from_ne_bytes(h.to_ne_bytes())
}

/// Decides whether two occurrences make the same statement.
///
/// Dice similarity of the weighted stems at 0.5 (0.4 when the actors agree), with a shared
/// weight of at least 5 (4), links rewordings;
/// containment at 0.75 links a fragment to the statement it was cut from, but only when the
/// shared part is substantial (weight 6, about three content words or a name and a number), so
/// that short boilerplate does not link.
pub fn same_statement(a: &Fingerprint, b: &Fingerprint, same_actor: bool) -> bool {
    let (wa, wb) = (a.weight(), b.weight());
    if wa <= 0.0 || wb <= 0.0 {
        return false;
    }
    let shared = a.shared(b);
    let dice = 2.0 * shared / (wa + wb);
    let containment = shared / wa.min(wb);
    let (dice_min, shared_min) = if same_actor { (0.4, 4.0) } else { (0.5, 5.0) };
    (dice >= dice_min && shared >= shared_min) || (containment >= 0.75 && shared >= 6.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: &str, b: &str) -> bool {
        same_statement(&Fingerprint::new(a), &Fingerprint::new(b), false)
    }

    #[test]
    fn links_rewordings_and_fragments() {
        assert!(link(
            "the involvement of North Korean soldiers in the liberation of Kursk Oblast from Ukrainian forces serves as a stark confirmation of the 'comprehensive strategic alliance' between the two nations",
            "the participation of North Korean troops in liberating the Kursk region was clear evidence of the comprehensive strategic alliance between the two countries"
        ));
        assert!(link(
            "comprehensive strategic alliance between Russia and North Korea",
            "the Kursk fighting confirmed the comprehensive strategic alliance between Russia and North Korea, he said"
        ));
    }

    #[test]
    fn keeps_distinct_statements_apart() {
        assert!(!link(
            "hospitals in Brodstad are running close to their limits",
            "the reform agenda for 2026 will not change despite falling infection rates"
        ));
        assert!(!link(
            "the ministry did not respond",
            "the ministry declined to comment"
        ));
    }

    #[test]
    fn keys_are_symmetric_for_shared_strong_stems() {
        let a = Fingerprint::new("Belousov presented a bronze replica to Kim Jong-un in Kursk");
        let b = Fingerprint::new(
            "a bronze replica went from Belousov to Kim Jong-un during the Kursk ceremony",
        );
        let ka: std::collections::BTreeSet<i64> = a.keys().into_iter().collect();
        assert!(b.keys().iter().any(|k| ka.contains(k)));
    }
}
