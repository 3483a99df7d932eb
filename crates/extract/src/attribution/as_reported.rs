//! "As The Hill reported, …": a reporting verb in an "as" clause credits the sentence's
//! main clause to its subject ("As POLITICO revealed, the RNC agreed…"; "…, as one of
//! them, Lisa Lerer, reported."; "As reported by Western Journalism, …"). The verb has no
//! content of its own after it, so the verb patterns, which look for one there, miss it.

use super::*;

/// Finds the "as" attributions of the sentence `[start, end)`; returns the tokens of their
/// cues, which the verb patterns then leave alone.
pub(super) fn as_reported(
    doc: &Doc,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) -> Vec<usize> {
    let mut taken = Vec::new();
    for at in start..end {
        // "As per the reports, …" is `according_to`'s: "reports" is a noun there.
        if doc.lower(at) != "as" || doc.in_quote(at) || at + 1 < end && doc.lower(at + 1) == "per" {
            continue;
        }
        // The clause opens the sentence ("But as the Times noted, …") or closes it after a
        // comma ("…, as the Times noted.").
        let opens = (start..at).all(|t| ties_to_last_sentence(doc.lower(t)));
        let closes = at > start && doc.word(at - 1) == ",";
        if !opens && !closes {
            continue;
        }
        let clause_end = if opens {
            // Its own commas may frame an appositive ("as one of them, Lisa Lerer,
            // reported"): it ends at the first comma after its cue.
            let Some(cue) = (at + 1..end.min(at + 16)).find(|&t| reporting(doc, t)) else {
                continue;
            };
            let Some(comma) = (cue + 1..end).find(|&t| doc.word(t) == ",") else {
                continue;
            };
            comma
        } else {
            end
        };
        let Some((cue, source)) = cue_and_source(doc, at, clause_end) else {
            continue;
        };
        let content = if opens {
            content_range(doc, clause_end, end)
        } else {
            content_range(doc, start, at - 1)
        };
        let Some(content) = content else { continue };
        let lemma = verb_lemma(doc.lower(cue)).unwrap_or("say");
        out.push(with_source(
            doc,
            one_content(doc, doc.tokens[cue].span, lemma, content),
            Some(source),
        ));
        taken.push(cue);
    }
    taken
}

/// A reporting verb at token `t`, not a participle in "-ing" ("as reporting goes").
fn reporting(doc: &Doc, t: usize) -> bool {
    doc.is_word(t) && verb_lemma(doc.lower(t)).is_some() && !doc.lower(t).ends_with("ing")
}

/// The cue and the source of the "as" clause from `at` (the "as") to `clause_end`: "as
/// reported by SOURCE", or "as SOURCE (has) reported", with only an adjunct after the
/// verb ("in September", "last week").
fn cue_and_source(doc: &Doc, at: usize, clause_end: usize) -> Option<(usize, (usize, usize))> {
    let first = at + 1;
    if first + 2 < clause_end && reporting(doc, first) && doc.lower(first + 1) == "by" {
        let (s, e) = np_from(doc, first + 2, clause_end)?;
        return (s == first + 2).then_some((first, (s, e)));
    }
    let cue = (first + 1..clause_end).find(|&t| reporting(doc, t))?;
    let (s, e) = subject_before(doc, cue, first)?;
    let after = cue + usize::from(cue + 1 < clause_end && doc.lower(cue + 1) == "out");
    (s == first && is_adjunct(doc, after + 1, clause_end)).then_some((cue, (s, e)))
}
