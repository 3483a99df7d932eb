//! What stands right around a cue: a quote closing before it or opening after it, and
//! the source after an inverted cue ("…,” said X, a professor at Y"; "Said X, “…”").

use super::*;

/// "Said Jane Roe, who grew up with him, “We were all so proud.”"; "Continued Stone: “…”":
/// an inverted cue opening its sentence, the source after it, then a quotation after a
/// comma or a colon (which may end the paragraph before the quote's).
pub(super) fn cue_opening_sentence(
    doc: &Doc,
    k: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    if !is_capitalized(doc.word(k)) {
        return None;
    }
    let (s, e) = source_after(doc, k, end)?;
    // "Asked a question about this, Clinton said, “…”": a name with a verb of its own in
    // the phrase opens a clause; the opening participle was only an adverbial.
    let clause_inside = (s + 1..e).any(|t| {
        looks_verbal(doc, t)
            && (is_capitalized(doc.word(t - 1))
                || crate::lexicon::PRONOUNS.contains(&doc.lower(t - 1)))
    });
    if clause_inside {
        return None;
    }
    let quote = doc.quotes.iter().find(|q| {
        q.open > e
            && q.open <= e + 4
            && (e..q.open).all(|t| {
                matches!(doc.word(t), "," | ":") || doc.tokens[t].kind == TokenKind::Newline
            })
    })?;
    out.push(quoted_after(doc, k, lemma, quote, (s, e)));
    Some(quote.close + 1)
}

/// The source after an inverted cue with what describes it, to where the clause ends:
/// "said Steve Schmidt, a top Republican strategist in 2008" and "said Peter T. King, who
/// endorsed Mr. Rubio", as PolNeAR marks sources; the actor is still the name.
pub(super) fn source_after(doc: &Doc, k: usize, end: usize) -> Option<(usize, usize)> {
    let (s, mut e) = subject_after(doc, k, end)?;
    // "said Sen. Tim Kaine (D-Va.)": the party tag in brackets is the name's.
    if e + 2 < end
        && doc.word(e) == "("
        && doc.word(e + 2) == ")"
        && crate::text::is_party_tag(doc.word(e + 1))
    {
        e += 3;
    }
    // What follows the comma describes the source only when it is no new clause or
    // adverbial: "said John Smith, and prices rose", "noted Smith, in a statement".
    let opens_other = |w: &str| {
        matches!(
            w,
            "and"
                | "but"
                | "or"
                | "so"
                | "yet"
                | "because"
                | "while"
                | "although"
                | "though"
                | "as"
                | "when"
                | "after"
                | "before"
                | "if"
                | "since"
                | "adding"
                | "saying"
        ) || crate::lexicon::is_preposition(w)
    };
    if e + 1 >= end
        || doc.word(e) != ","
        || !doc.is_word(e + 1)
        || doc.in_quote(e + 1)
        || opens_other(doc.lower(e + 1))
    {
        return Some((s, e));
    }
    let mut stop = clause_end(doc, e + 1, end);
    // "said Ari Fleischer, a former press secretary, who attended the event": a "who"
    // clause after the appositive still describes the source (a content ends there).
    while stop + 2 < end && doc.word(stop) == "," && doc.lower(stop + 1) == "who" {
        stop = clause_end(doc, stop + 2, end);
    }
    let stop = (e + 1..stop)
        .find(|&t| doc.quotes.iter().any(|q| q.open == t))
        .unwrap_or(stop);
    let mut last = stop;
    while last > e + 1 && !doc.is_word(last - 1) && doc.word(last - 1) != ")" {
        last -= 1;
    }
    Some((s, last.max(e)))
}

/// A quote whose closing mark stands right before token `at` (a comma may sit between).
pub(super) fn quote_closing_before(doc: &Doc, at: usize, floor: usize) -> Option<usize> {
    let mut j = at.checked_sub(1)?;
    if j > floor && doc.word(j) == "," {
        j -= 1;
    }
    doc.quotes.iter().position(|q| {
        q.close == j
            && j >= floor.saturating_sub(0)
            && doc.tokens[q.open].span.start >= doc.body_start
    })
}

/// A quote that opens within a few tokens after the cue, after `:` or `,`, or after the
/// speaker's aside that the words are exact ("said, and I quote, “…”").
pub(super) fn quote_opening_after(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let k = quote_aside_end(doc, k, end).unwrap_or(k);
    doc.quotes.iter().position(|q| {
        q.open > k
            && q.open <= k + 5
            && q.open < end.max(q.open)
            && {
                let before = doc.word(q.open - 1);
                q.open == k + 1 || matches!(before, ":" | ",")
            }
            && (k + 1..q.open).all(|j| doc.tokens[j].kind != TokenKind::Newline)
    })
}

/// Whether the phrase `np` after an inverted cue ("…, said X") is its source, not the
/// subject of a clause the cue reports ("…, suggested the dollar had fallen").
pub(super) fn is_inverted_source(doc: &Doc, np: (usize, usize), end: usize) -> bool {
    // "…, suggested the dollar had fallen": a verb after the phrase makes it the
    // subject of a clause the cue reports, not the source after it.
    // So does any word after it that is no preposition or conjunction, or an
    // article inside it after a word that takes none ("Just shy of half, 49%,
    // say the sharing economy reflects an improvement": "reflects" is a verb no
    // list knows). A relative clause or an appositive may hold both.
    // (Not inside a relative clause or an appositive of the phrase's own.)
    let head = || {
        (np.0 + 1..np.1)
            .take_while(|&t| !matches!(doc.lower(t), "who" | "whose" | "which" | "that" | ","))
    };
    let clause_inside = head().any(|t| {
        let before = doc.lower(t - 1);
        matches!(doc.lower(t), "a" | "an" | "the")
            && doc.is_word(t - 1)
            && !is_capitalized(doc.word(t - 1))
            && !is_preposition(before)
            && !matches!(
                before,
                "and" | "or" | "nor" | "but" | "’s" | "'s" | "both" | "all" | "half"
            )
    });
    // "Even the hawks, like Rubio, say the bulk of troops should be Arab
    // fighters": an auxiliary inside the phrase is a clause's verb.
    let auxiliary_inside = head().any(|t| {
        FINITE.contains(&doc.lower(t)) && doc.word(t).starts_with(|c: char| c.is_lowercase())
    });
    if clause_inside || auxiliary_inside {
        return false;
    }
    !(np.1 < end
        && doc.is_word(np.1)
        && (FINITE.contains(&doc.lower(np.1))
            || looks_verbal(doc, np.1)
            || !(is_preposition(doc.lower(np.1))
                || is_capitalized(doc.word(np.1))
                || matches!(
                    doc.lower(np.1),
                    "and"
                        | "but"
                        | "or"
                        | "as"
                        | "while"
                        | "who"
                        | "which"
                        | "after"
                        | "before"
                        | "when"
                        | "because"
                        | "last"
                        | "this"
                        | "earlier"
                        | "later"
                        | "today"
                        | "yesterday"
                        | "adding"
                        | "saying"
                ))))
}

/// The last token of ", quote," or ", and I quote," right after the cue at `k`: the
/// writer's pledge that the words after it are exact, no speech of its own.
fn quote_aside_end(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let words = |from: usize, expected: &[&str]| {
        from + expected.len() <= end
            && expected
                .iter()
                .enumerate()
                .all(|(i, w)| doc.lower(from + i) == *w)
    };
    [
        &[",", "quote", ","][..],
        &[",", "and", "i", "quote", ","][..],
    ]
    .into_iter()
    .find(|aside| words(k + 1, aside))
    .map(|aside| k + aside.len())
}
