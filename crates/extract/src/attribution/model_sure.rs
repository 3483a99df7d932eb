//! The last resort: a word the cue model is sure of, which no pattern took, with a
//! subject right before it ("Sanders brushed off the concerns", "Clinton is banking on
//! turnout"). The patterns know the shapes of speech; the model knows the many verbs
//! of stance PolNeAR marks as cues ("brushed off", "is banking on", "railed about"),
//! which take a clause or a phrase after them and a subject before.

use super::*;

/// Tries the word at `k` as a cue of its own, after every pattern passed it over: it must
/// score above [`MODEL_ALONE`], stand in no attribution this sentence already has, and
/// follow a subject; what it reports runs to the clause's end.
pub(super) fn model_sure(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    first_new: usize,
    out: &mut Vec<Attribution>,
) {
    // A hedge or an adverb is the start of a cue the patterns found, or of none.
    if !doc.is_word(k)
        || doc.in_quote(k)
        || doc.cue_score(k).is_none_or(|s| s < MODEL_ALONE)
        || HEDGES.contains(&doc.lower(k))
        || is_skippable(doc.lower(k))
        // "citing" is the next link of a chain, which `participles` makes after this.
        || doc.lower(k) == "citing"
        || known_describes_noun(doc, k, start)
    {
        return;
    }
    // A word with no lemma of its own is no verb the model learned ("the", a name).
    let Some(lemma) = learned_form(doc.lower(k)).or_else(|| cue_lemma(doc.lower(k))) else {
        return;
    };
    // "The mayor was criticized": the subject of a passive is who it was done to ("Hurt is
    // eager to…", an adjective, is the subject's own stance).
    let passive = crate::lexicon::is_past_participle(doc.lower(k))
        && (start..k)
            .rev()
            .find(|&t| !is_ly_adverb(doc.lower(t)) && !matches!(doc.lower(t), "not" | "also"))
            .is_some_and(|t| is_be(doc.lower(t)) || doc.lower(t) == "been");
    if passive {
        return;
    }
    let here = doc.tokens[k].span;
    let taken = out[first_new..].iter().any(|a| {
        a.cue.overlaps(&here)
            || a.contents.iter().any(|c| c.contains(&here))
            || a.source.is_some_and(|s| s.contains(&here))
    });
    if taken {
        return;
    }
    // "He brushed off the concerns", "has spoken out about the deal", "is worried about
    // it": the model knows the particle or the preposition; the word before them heads
    // the cue, and a preposition after a name or another preposition is none.
    let is_particle = |t: usize| is_particle(doc.lower(t));
    let mut head = k;
    if is_particle(k) || is_preposition(doc.lower(k)) {
        let mut h = k;
        while h > start && is_particle(h - 1) {
            h -= 1;
        }
        let verb = h > start
            && doc.is_word(h - 1)
            && !is_capitalized(doc.word(h - 1))
            && !is_preposition(doc.lower(h - 1));
        if verb {
            head = h - 1;
        } else if is_preposition(doc.lower(k)) {
            return;
        }
    }
    // "the report", "a fervent supporter": a noun, not a verb after its subject.
    if reads_as_noun(doc, head, start) {
        return;
    }
    let Some(subject) = subject_before(doc, head, start).filter(|&np| is_subject_of(doc, np, head))
    else {
        return;
    };
    // "The clash raised serious doubts": the verb before the noun heads the cue.
    let (subject, head) = verb_before_noun(doc, subject, head).unwrap_or((subject, head));
    let here = doc.span(head, k + 1);
    // A verb of stance takes a noun phrase that may end before the clause does, as in
    // `verb_cue`.
    let clause_end = super::clauses::content_end(doc, k + 1, end);
    let content_end = object_end(doc, k + 1, clause_end).unwrap_or(clause_end);
    let Some(content) = content_range(doc, k + 1, content_end) else {
        return;
    };
    if adds_a_thing(doc, lemma, k + 1, content_end) {
        return;
    }
    out.push(with_source(
        doc,
        one_content(doc, here, lemma, content),
        Some(subject),
    ));
}
