//! Whether a word that would end what was said joins inside it instead: an "and" before
//! an adjective and its noun ("the heat and unsettled weather could last"), an "and"
//! inside a relative clause of what was said, and the relative clause that holds a cue
//! and ends at the main clause's verb ("Sanders, who said he would…, did not…").
//! `clauses::clause_end` asks these before it cuts.

use super::*;

/// Whether token `t` is an "-ed" word that modifies the plain noun after it ("and
/// unsettled weather", "and elected officials"), not a verb that takes an object ("and
/// urged him", "and threatened to").
pub(super) fn adjective_before_noun(doc: &Doc, t: usize, end: usize) -> bool {
    let w = doc.lower(t);
    t + 1 < end
        && w.ends_with("ed")
        && cue_lemma(w).is_none()
        && doc.is_word(t + 1)
        && !is_capitalized(doc.word(t + 1))
        && {
            let next = doc.lower(t + 1);
            !(DETERMINERS.contains(&next)
                || is_subject_pronoun(next)
                || is_preposition(next)
                || FINITE.contains(&next)
                || matches!(
                    next,
                    "him" | "them" | "us" | "me" | "it" | "why" | "what" | "how" | "whether"
                )
                || next.starts_with(|c: char| c.is_ascii_digit()))
        }
}

/// Whether the "and" at `to` joins inside a relative clause of what was said, from `from`,
/// before that has a verb of its own: "said the member who succeeded him and helped
/// engineer his ouster should go".
pub(super) fn inside_relative(doc: &Doc, from: usize, to: usize) -> bool {
    let relative = (from + 1..to).find(|&t| matches!(doc.lower(t), "who" | "which"));
    relative.is_some_and(|r| !(from..r).any(|t| is_verb_form(doc, t)))
}

/// Whether token `from`, what a cue reports, stands in a relative clause set off by a
/// comma ("Sanders, who said he would…"): no comma between its "who" or "which" and `from`.
pub(super) fn in_relative_clause(doc: &Doc, from: usize) -> bool {
    (from.saturating_sub(12)..from)
        .rev()
        .take_while(|&t| !matches!(doc.word(t), "." | ";" | ":"))
        .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
        .is_some_and(|c| c + 1 < from && matches!(doc.lower(c + 1), "who" | "which"))
}
