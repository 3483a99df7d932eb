//! Attributions whose source stands in a relative clause: "The cuts, which officials
//! said will take effect in May, will not apply to all" (the source reported the clause,
//! its subject the relative pronoun); "the scandal that the Globe exposed began as a
//! column" (the source reported on what the pronoun stands for).

use super::*;

/// The content of a cue at `k` whose subject `(s, _)` follows a relative pronoun, up to
/// `clause_end`; `None` when the subject does not open a relative clause. The pronoun is a
/// piece of the content, as PolNeAR marks it ("which | will take effect in May").
pub(super) fn relative_content(
    doc: &Doc,
    s: usize,
    k: usize,
    start: usize,
    clause_end: usize,
) -> Option<Vec<Span>> {
    let rel = s.checked_sub(1).filter(|&r| r > start)?;
    if !matches!(doc.lower(rel), "that" | "which" | "whom") {
        return None;
    }
    // After a verb, "that" opens a reported clause, not a relative one ("said that the
    // Globe exposed it").
    let before = rel - 1;
    if doc.is_word(before) && is_verb_form(doc, before) {
        return None;
    }
    let pronoun = doc.tokens[rel].span;
    let next = (k + 1 < clause_end).then_some(k + 1)?;
    if !opens_verb_group(doc, next) {
        return None;
    }
    if verb_lemma(doc.lower(k)).is_some() {
        // "which officials said will take effect": the pronoun is the reported clause's
        // subject; a relative opened by a comma ends at the next one.
        let end = if doc.word(before) == "," {
            (next..clause_end)
                .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
                .unwrap_or(clause_end)
        } else {
            clause_end
        };
        let clause = content_range(doc, next, end)?;
        Some(vec![pronoun, clause])
    } else {
        // "the scandal that the Globe exposed began…": the verb's object is the phrase
        // the pronoun stands for, and the verb after the cue the main clause's.
        let (np, _) = subject_before(doc, rel, start)?;
        Some(vec![doc.span(np, rel + 1)])
    }
}
