//! Words in "-ing" after a comma: a participle clause of the reporter's (", leaving the
//! party divided"), one that goes on reporting for the source (", adding that…"), or a
//! gerund that opens a clause of what was said (", revoking clearances would be…").

use super::*;

/// Words in "-ing" that do not open a participle clause; "according to" has its own
/// pattern.
pub(in crate::attribution) const NOT_PARTICIPLES: &[&str] = &[
    "including",
    "according",
    "during",
    "following",
    "regarding",
    "concerning",
    "something",
    "nothing",
    "anything",
    "everything",
    "morning",
    "evening",
    "thing",
    "spring",
    "king",
    "bring",
];

/// Whether the "-ing" word at `k` opens a clause as its subject, its verb a few words on:
/// "…, she added, revoking clearances would be aggressive". No participle of the
/// reporter's has a finite verb of its own before a pronoun or "that" gives it one
/// (", saying it would…").
pub(super) fn gerund_subject(doc: &Doc, k: usize, end: usize) -> bool {
    const MAX_OBJECT: usize = 5;
    crate::lexicon::cue_lemma(doc.lower(k)).is_none()
        && (k + 1..end.min(k + 2 + MAX_OBJECT))
            .take_while(|&t| {
                doc.is_word(t)
                    && !is_subject_pronoun(doc.lower(t))
                    && !matches!(doc.lower(t), "that" | "it" | "and" | "or" | "to")
            })
            .any(|t| FINITE.contains(&doc.lower(t)))
}

/// Whether a word looks like a participle, told by its ending on a word long enough
/// ("adding", not "king").
pub(in crate::attribution) fn is_ing_form(w: &str) -> bool {
    w.ends_with("ing") && w.len() > 5
}

/// Where what a participle cue at `k` reports ends, before `end`: its clause, and no
/// further than an "and" that joins a second participle to the cue ("railing against
/// superdelegates and fighting to eliminate…"; "saying X and chiding the media"). When
/// the clause has a participle of its own before the "and" ("saying they were hiring and
/// expanding"), the second one may be its, and the clause goes on.
pub(in crate::attribution) fn participle_clause_end(doc: &Doc, k: usize, end: usize) -> usize {
    let end = clause_end(doc, k + 1, end);
    let mut own_participle = false;
    for t in k + 1..end.saturating_sub(1) {
        let w = doc.lower(t);
        if doc.in_quote(t) {
            continue;
        }
        // "cronyism and access-peddling": a compound in "-ing" is a noun.
        let next = doc.lower(t + 1);
        if w == "and" && is_ing_form(next) && !next.contains('-') && !own_participle && t > k + 1 {
            return t;
        }
        own_participle |= is_ing_form(w);
    }
    end
}

/// Whether token `k` is a participle that goes on reporting for the clause's source:
/// one of [`CONTINUING`], or any "-ing" form the cue model takes for a cue there
/// ("…, referring to", "…, calling them").
pub(in crate::attribution) fn continues(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    CONTINUING.contains(&w)
        || w.ends_with("ing")
            && !NOT_PARTICIPLES.contains(&w)
            && doc.cue_score(k).is_some_and(|s| s > MODEL_NEW)
}

/// The index of a `, <participle>` at or after `from`, ending the main clause.
pub(in crate::attribution) fn participle_at(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| {
        (is_clause_break(doc, k)
            && k + 1 < end
            && (continues(doc, k + 1) || doc.lower(k + 1) == "citing"))
            || (doc.lower(k) == "citing" && k > from && doc.word(k - 1) != ",")
    })
}
