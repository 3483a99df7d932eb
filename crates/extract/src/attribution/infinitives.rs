//! A cue in an infinitive of purpose or result: "visited the studio to discuss his
//! remarks", "the victory led the chairman to declare him the nominee", "the first
//! Democrat in Congress to endorse Sanders", "unusual for a sitting justice to weigh in".
//! PolNeAR marks "to" and the verb as the cue, and whoever does the verb as its source:
//! the one a verb of causing moves to it, the one after "for", or else the clause's
//! subject.

use super::*;
use crate::lexicon::causing_lemma;

/// Tries the infinitive "to" + the cue word at `k` (`k - 1` is "to"); returns the token
/// to continue from.
pub(super) fn infinitive_cue(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let to = k - 1;
    // "To say that…" opening a sentence names no one.
    if to <= start || doc.cue_score(k).is_none_or(|s| s <= MODEL_NEW) {
        return None;
    }
    // "wants to say", "plans to announce": after a verb that reports or intends, the
    // infinitive is what that verb's attribution says (`aims`).
    let before = doc.lower(to - 1);
    if cue_lemma(before).is_some() || doc.cue_score(to - 1).is_some_and(|s| s > MODEL_VETO) {
        return None;
    }
    // One who can do it: "prompted him to call for", not "its failure to mention". ("me"
    // was left out when these cues came in, and stays out until it is measured.)
    let source = doer(doc, to, start).filter(|&(s, e)| {
        is_agent(doc, s, e)
            || e == s + 1
                && crate::lexicon::object_pronoun_subject(doc.lower(s)).is_some_and(|p| p != "i")
    })?;
    let clause_end = clause_end(doc, k + 1, end);
    let content = content_range(doc, k + 1, said_end(doc, doc.lower(k), k + 1, clause_end))?;
    let cue = doc.span(to, k + 1);
    out.push(with_source(
        doc,
        one_content(doc, cue, lemma, content),
        Some(source),
    ));
    Some(k + 1)
}

/// Who does what the infinitive at `to` says: the object of a verb of causing or of
/// "for" right before it, the subject of a "be" it describes ("Grijalva was the first
/// Democrat to endorse"), or the clause's subject ("Sanders visited the studio to
/// discuss").
fn doer(doc: &Doc, to: usize, start: usize) -> Option<(usize, usize)> {
    const MAX_OBJECT: usize = 8;
    // The words between a verb of causing (or "for") and "to", with no verb or comma of
    // their own: "led committee chairman Reince Priebus to".
    let window = to.saturating_sub(MAX_OBJECT + 1).max(start)..to;
    let moves_object = |w: &str| w == "for" || causing_lemma(w).is_some();
    let opener = window
        .rev()
        .find(|&t| moves_object(doc.lower(t)) || !doc.is_word(t) || is_verb_form(doc, t));
    if let Some(v) = opener.filter(|&v| v + 1 < to) {
        let w = doc.lower(v);
        if moves_object(w) {
            return Some((v + 1, to));
        }
        // "Grijalva was the first Democrat in Congress to endorse".
        if is_be(w) {
            return subject_before(doc, v, start);
        }
    }
    // "Sanders visited the studio to discuss": the subject of the clause's first verb, one
    // that can do things ("The rise of Bannon" cannot).
    let verb = (start..to).find(|&t| is_verb_form(doc, t))?;
    subject_before(doc, verb, start)
}
