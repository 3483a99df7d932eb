//! Colons that credit what follows them: a name before a quotation in running text
//! ("…Republican pollster Daron Shaw: “Historically, …”"), a verb ending a paragraph
//! before a quoted one ("Cruz continued:"), a name after a dash ("… - Mark Blumenthal:
//! “…”") and headline style ("Graham: Trump’s rhetoric is destroying the GOP").

use super::*;

/// A name, a colon and a quotation in running text: "The surge doesn’t surprise Republican
/// pollster Daron Shaw: “Historically, …”". Run after the other patterns, for quotes none
/// of them credited; the name (capitalised, with its title) right before the colon is the
/// source.
pub(super) fn colon_before_quote(doc: &Doc, out: &mut Vec<Attribution>) {
    // Contents by start, with the furthest end reached so far: whether any content overlaps
    // a quote is one binary search, so a page of many quotes costs no more per byte.
    let mut credited: Vec<(usize, usize)> = out
        .iter()
        .flat_map(|a| a.contents.iter().map(|c| (c.start, c.end)))
        .collect();
    credited.sort_unstable();
    let mut furthest = 0;
    for span in &mut credited {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    for q in &doc.quotes {
        // The colon ends the line before the quote's, or stands right before it.
        let mut at = q.open;
        while at > 0 && doc.tokens[at - 1].kind == TokenKind::Newline {
            at -= 1;
        }
        let Some(colon) = at.checked_sub(1).filter(|&c| doc.word(c) == ":") else {
            continue;
        };
        let quote = q.span();
        let before = credited.partition_point(|&(start, _)| start < quote.end);
        if before > 0 && credited[before - 1].1 > quote.start {
            continue;
        }
        let sentence = doc.sentences.partition_point(|s| s.tokens.end <= colon);
        let Some(floor) = doc.sentences.get(sentence).map(|s| s.tokens.start) else {
            continue;
        };
        // "Cruz continued:" ending its paragraph, the quote the next one: the verb is the
        // cue (in the same paragraph the verb patterns have taken it already).
        let verb = colon - 1;
        // Or a verb only the model knows, where it is sure ("Jared Potts echoed:").
        let lemma = verb_lemma(doc.lower(verb)).or_else(|| {
            learned_form(doc.lower(verb))
                .filter(|_| doc.cue_score(verb).is_some_and(|s| s > MODEL_ALONE))
        });
        if let Some(lemma) = lemma.filter(|_| at < q.open && colon > floor) {
            if let Some(source) = subject_before(doc, verb, floor) {
                out.push(quoted_after(doc, verb, lemma, q, source));
            }
            continue;
        }
        // A colon opening the sentence is a headline's (`colon_headline`).
        let Some((s, e)) =
            subject_before(doc, colon, floor).filter(|&(s, e)| s > floor && e == colon)
        else {
            continue;
        };
        // "posted on Twitter: “…”": a place something was said, not who said it.
        let after_preposition = matches!(
            doc.lower(s - 1),
            "on" | "in" | "at" | "from" | "to" | "with" | "by" | "via"
        );
        if !is_capitalized(doc.word(e - 1))
            || e - s > 8
            || after_preposition
            || !(s..e).all(|t| doc.is_word(t))
        {
            continue;
        }
        out.push(quoted_after(doc, colon, "say", q, (s, e)));
    }
}

/// The attribution of a quotation after a colon to the source before it: the cue is the
/// colon (or the verb before it), the quote the content.
pub(super) fn quoted_after(
    doc: &Doc,
    cue: usize,
    lemma: &'static str,
    quote: &crate::quotes::Quote,
    source: (usize, usize),
) -> Attribution {
    let a = Attribution::new(
        doc.tokens[cue].span,
        lemma,
        quote.pieces.clone(),
        QuoteKind::Direct,
    );
    with_source(doc, a, Some(source))
}

/// A name after a dash, a colon and a quotation: "POLLS NOT WRONG, JUST EARLY - Mark
/// Blumenthal and Jon Cohen: “Although the polls…”", as newsletters credit what they
/// excerpt. The quotation right after the colon is what keeps a heading's colon out.
pub(super) fn colon_after_dash(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    for dash in start + 1..end.saturating_sub(3) {
        if !matches!(doc.word(dash), "-" | "—" | "–") {
            continue;
        }
        let Some(colon) = (dash + 2..end.min(dash + 8)).find(|&k| doc.word(k) == ":") else {
            continue;
        };
        let name_like = (dash + 1..colon)
            .all(|k| doc.is_word(k) && (is_capitalized(doc.word(k)) || doc.lower(k) == "and"));
        let Some(quote) = doc.quotes.iter().find(|q| q.open == colon + 1) else {
            continue;
        };
        if !name_like || NOT_NAME_START.contains(&doc.lower(dash + 1)) {
            continue;
        }
        out.push(quoted_after(doc, colon, "say", quote, (dash + 1, colon)));
        return;
    }
}

/// Headline style "Graham: Trump’s rhetoric is destroying the GOP": a short name, a
/// colon, and what the named one says.
pub(super) fn colon_headline(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    let Some(colon) = (start + 1..end.min(start + 7)).find(|&k| doc.word(k) == ":") else {
        return;
    };
    let name_like = (start..colon).all(|k| {
        doc.is_word(k)
            && (is_capitalized(doc.word(k))
                || matches!(doc.lower(k), "camp" | "campaign" | "of" | "the"))
    });
    let words_after = (colon + 1..end).filter(|&k| doc.is_word(k)).count();
    // "The Latest:", "Editor’s Note:", "Update:": a section's label names no one.
    let label = (start..colon).any(|k| SECTION_LABELS.contains(&doc.lower(k)));
    // "Iowa: Tim Albrecht, Brad Anderson, …": a place heads a list, it says nothing.
    let place =
        crate::lexicon::PLACES.contains(&doc.span_text(start, colon).to_lowercase().as_str());
    if !name_like || label || place || words_after < 3 || NOT_NAME_START.contains(&doc.lower(start))
    {
        return;
    }
    // "TAPPER: …" in a transcript: the speaker goes on to the end of the paragraph.
    let speaker = colon == start + 1
        && doc
            .word(start)
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && doc
            .word(start)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            > 1;
    let stop = if speaker {
        doc.paragraphs()
            .iter()
            .find(|&&(a, b)| a <= start && start < b)
            .map_or(end, |&(_, b)| b)
    } else {
        end
    };
    // "Source: Read Full Article": a link's label, not what anyone said.
    let Some(content) = content_range(doc, colon + 1, stop)
        .filter(|c| !crate::claims::is_boilerplate(c.of(doc.text)))
    else {
        return;
    };
    let a = one_content(doc, doc.tokens[colon].span, "say", content);
    out.push(with_source(doc, a, Some((start, colon))));
}

/// Words of a section's label before a colon, not of a speaker's name.
static SECTION_LABELS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "source",
    "latest",
    "note",
    "update",
    "updates",
    "question",
    "answer",
    "name",
    "age",
    "city",
    "job",
    "pay",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "correction",
    "disclaimer",
    "daily",
    "q",
    "a",
    "editor’s",
    "editor's",
    "breaking",
    // A newsletter's or a page's own labels ("Monday’s Morning Email:", "Paid Notice:")
    // and a reader addressed ("Remember:").
    "email",
    "newsletter",
    "notice",
    "remember",
    "exclusive",
    "opinion",
    "analysis",
    // A headline's kicker ("Revealed:", "Wow:") and a credit line ("Contributing:").
    "revealed",
    "bombshell",
    "wow",
    "look",
    "hey",
    "plus",
    "contributing",
]);
