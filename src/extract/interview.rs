//! Interviews printed as questions and answers: "Daily Herald: Will you negotiate?" then
//! "Eva Lindqvist: My door is open. But we will not pay ..."; or, as agencies print them,
//! "Q:"/"A:" or a dash before each question and answer, the interviewee named only in the
//! introduction. Every sentence of an answer is its speaker's own words, though no quotation
//! mark or cue says so.

use std::collections::HashMap;

/// The longest label read before a colon ("Transport Minister Eva Lindqvist:").
const MAX_LABEL_WORDS: usize = 5;

/// Labels that open a paragraph with a colon without naming a speaker.
fn is_section_label(label: &str) -> bool {
    matches!(
        label.to_lowercase().as_str(),
        "breaking"
            | "update"
            | "updated"
            | "note"
            | "editor's note"
            | "photo"
            | "source"
            | "sources"
            | "read more"
            | "related"
            | "watch"
            | "correction"
            | "advertisement"
            | "warning"
            | "analysis"
            | "opinion"
            | "background"
            | "context"
            | "q"
            | "a"
    )
}

/// The speaker label opening a paragraph, and the byte just after its colon: one to
/// [`MAX_LABEL_WORDS`] capitalised words (or initials: "DH"), then ": " and text that is not
/// a quotation (`X: "..."` is a quotation with its speaker, read elsewhere).
fn label_of(para: &str) -> Option<(&str, usize)> {
    let colon = para.get(..60.min(para.len()))?.find(':')?;
    let label = para[..colon].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let rest = &para[colon + 1..];
    let fits = (1..=MAX_LABEL_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && rest.starts_with(' ')
        && !rest
            .trim_start()
            .starts_with(['"', '“', '\'', '‘', '«', '„'])
        && !is_section_label(label);
    fits.then_some((label, colon + 1))
}

/// The answers of a question-and-answer interview: for each paragraph an interviewee
/// answers in, the speaker's label and the byte (in `text`) where the answer starts.
///
/// A text is taken for an interview only when labelled paragraphs of at least two labels
/// alternate, and the asking side is told apart by its questions: the labels that end some
/// paragraph with a question mark ask, the others answer. A text where every label asks, or
/// none does, is left to the other rules.
/// `paras` are the text's paragraphs ([`super::sentences::paragraphs`]).
pub(super) fn answers(text: &str, paras: &[(usize, usize, usize)]) -> Answers {
    // each paragraph's label, if it has one
    let labelled: Vec<(usize, &str, usize, bool)> = paras
        .iter()
        .filter_map(|&(para, start, end)| {
            let body = &text[start..end];
            let (label, after) = label_of(body)?;
            let asks = body.trim_end().ends_with('?');
            Some((para, label, start + after, asks))
        })
        .collect();
    let mut asking: HashMap<&str, bool> = HashMap::new();
    for &(_, label, _, asks) in &labelled {
        *asking.entry(label).or_default() |= asks;
    }
    let askers = asking.values().filter(|&&a| a).count();
    if labelled.len() < 4 || asking.len() < 2 || askers == 0 || askers == asking.len() {
        return unnamed_answers(text, paras);
    }
    let by_para = labelled
        .into_iter()
        .filter(|(_, label, _, _)| !asking[label])
        .map(|(para, label, at, _)| (para, (label.to_string(), at)))
        .collect();
    Answers {
        by_para,
        first_question: None,
    }
}

/// What [`answers`] finds.
#[derive(Default)]
pub(super) struct Answers {
    /// For each paragraph an interviewee answers in, the speaker's label (or [`UNNAMED`])
    /// and the byte where the answer starts.
    pub by_para: HashMap<usize, (String, usize)>,
    /// In an interview whose answers are [`UNNAMED`], the paragraph of its first question:
    /// the interviewee is the person named last before it.
    pub first_question: Option<usize>,
}

/// The label of an answer whose speaker the interview names only in its introduction:
/// "Q: ...?" / "A: ...", or questions and answers each opened by a dash ("— Minister, will
/// the talks resume? — We have always said ..."), as agencies print interviews.
pub(super) const UNNAMED: &str = "A";

/// The answers of an interview printed as "Q:" and "A:", or with dashes (see [`UNNAMED`]):
/// at least two questions (ending with a question mark) and two answers, each answer right
/// after a question or another answer.
fn unnamed_answers(text: &str, paras: &[(usize, usize, usize)]) -> Answers {
    let marked = |body: &str| -> Option<(bool, usize)> {
        let lead = body.len() - body.trim_start().len();
        let t = body.trim_start();
        let after = if let Some(r) = t.strip_prefix("Q:").or_else(|| t.strip_prefix("A:")) {
            lead + t.len() - r.len()
        } else if let Some(r) = t.strip_prefix(['—', '–']) {
            lead + t.len() - r.len()
        } else {
            return None;
        };
        let asks = body.trim_end().ends_with('?') || t.starts_with("Q:");
        Some((asks && !t.starts_with("A:"), after))
    };
    let mut out = HashMap::new();
    let (mut questions, mut previous_marked, mut first_question) = (0, false, None);
    for &(para, start, end) in paras {
        let body = &text[start..end];
        match marked(body) {
            Some((true, _)) => {
                questions += 1;
                previous_marked = true;
                first_question.get_or_insert(para);
            }
            Some((false, after)) if previous_marked => {
                out.insert(para, (UNNAMED.to_string(), start + after));
            }
            _ => previous_marked = false,
        }
    }
    if questions < 2 || out.len() < 2 {
        return plain_answers(text, paras);
    }
    Answers {
        by_para: out,
        first_question,
    }
}

/// The answers of an interview printed with its questions as paragraphs of their own and no
/// marks ("How bad is the situation?" then "It is the worst hunger crisis in the world
/// today."): the paragraph right after each question answers it. An explainer's question
/// headings ("What happens next?") are told apart by the answers' persons: at least half of
/// an interview's answers speak in the first person ("I", "we", "our").
fn plain_answers(text: &str, paras: &[(usize, usize, usize)]) -> Answers {
    let is_question = |body: &str| {
        let t = body.trim();
        t.ends_with('?')
            && !t.contains(['"', '“', '”', '«', '»'])
            && t.split_whitespace().count() <= 25
    };
    let first_person = |body: &str| {
        body.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| {
                matches!(
                    w,
                    "I" | "I'm" | "I've" | "we" | "We" | "our" | "Our" | "my" | "My" | "us"
                )
            })
    };
    let (mut out, mut questions, mut first_question) = (HashMap::new(), 0, None);
    let mut in_person = 0;
    let mut previous_question = false;
    for &(para, start, end) in paras {
        let body = &text[start..end];
        if is_question(body) {
            questions += 1;
            first_question.get_or_insert(para);
            previous_question = true;
            continue;
        }
        if previous_question {
            in_person += usize::from(first_person(body));
            let lead = body.len() - body.trim_start().len();
            out.insert(para, (UNNAMED.to_string(), start + lead));
        }
        previous_question = false;
    }
    if questions < 2 || out.len() < 2 || in_person * 2 < out.len() {
        return Answers::default();
    }
    Answers {
        by_para: out,
        first_question,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;

    fn labels(text: &str) -> Vec<String> {
        let sents = sentences::split(text);
        let mut got: Vec<(usize, String)> = answers(text, &sentences::paragraphs(&sents))
            .by_para
            .into_iter()
            .map(|(p, (l, at))| (p, format!("{l} @{}", &text[at..at + 3])))
            .collect();
        got.sort();
        got.into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn answers_are_told_from_questions() {
        let text = "Minister on the strike\n\nIn an interview, Eva Lindqvist discusses the strike.\n\nDaily Herald: Will you negotiate?\n\nEva Lindqvist: My door is open. We will not pay.\n\nDH: Commuters say they were abandoned.\n\nLindqvist: Nobody was abandoned.\n\nDH: Will fares rise?\n\nLindqvist: No.";
        assert_eq!(
            labels(text),
            ["Eva Lindqvist @ My", "Lindqvist @ No", "Lindqvist @ No"]
        );
        // a quotation after a label, section labels and a lone label are not interviews
        assert!(labels("Kremlin: \"The West is playing with fire.\"\n\nBREAKING: talks collapse.\n\nNote: this story was updated.").is_empty());
        assert!(labels("Lindqvist: My door is open.\n\nRantanen: We are ready.").is_empty());
        // an agency's interview: questions and answers opened by dashes, or "Q:" and "A:"
        let dashes = "Lavrov on the talks\n\nThe minister spoke to the agency.\n\n— Will the talks resume?\n\n— We have always said we are open.\n\n— And the sanctions?\n\n— They do not work.";
        assert_eq!(labels(dashes), ["A @ We", "A @ Th"]);
        let qa = "Q: Will the talks resume?\n\nA: We are open.\n\nQ: And the sanctions?\n\nA: They do not work.";
        assert_eq!(labels(qa), ["A @ We", "A @ Th"]);
        // one question is no interview
        assert!(labels("— Will it rain?\n\n— Perhaps.").is_empty());
        // questions as paragraphs of their own, answered in the first person; not an
        // explainer's question headings
        let plain = "Bukera on Sudan\n\nThe head of the agency spoke to us.\n\nHow bad is it?\n\nIt is the worst crisis we have seen.\n\nWho is to blame?\n\nI will not point fingers.\n\nThe interview has been edited.";
        assert_eq!(labels(plain), ["A @It ", "A @I w"]);
        let explainer = "Gas prices explained\n\nWhat happened?\n\nPrices rose by 20%.\n\nWhy does it matter?\n\nHouseholds will pay more.";
        assert!(labels(explainer).is_empty());
    }
}
