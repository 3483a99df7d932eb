//! The noun phrase itself: where one can start, which words it runs over, where it
//! stops, and what must be in it for it to name someone.

use super::*;

/// Longest source phrase considered, in tokens.
pub(super) const MAX_NP: usize = 9;

/// Function words and adverbs that end a noun phrase when scanning over free words.
static NP_STOPS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "do", "does", "did", "that", "which", "who",
    "whom", "whose", "and", "but", "or", "nor", "because", "if", "when", "whenever", "wherever",
    "while", "although", "though", "since", "so", "than", "to", "as", "by", "with", "from", "on",
    "into", "onto", "about", "after", "before", "during", "without", "against", "between",
    "through", "over", "under", "not", "also", "then", "where", "how", "why", "what", "there",
    "here", "it", "this", "these", "those", "he", "she", "they", "we", "i", "you", "me", "him",
    "us", "them", "its", "said", "says", "say", "told", "tell", "tells",
]);

/// Whether token `k` ends a free noun phrase: a function word, an adverb in -ly.
pub(super) fn is_np_stop(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    NP_STOPS.contains(&w)
        || is_ly_adverb(w) && !is_capitalized(doc.word(k))
        || crate::lexicon::contracted_pronoun(w).is_some()
}

/// Whether token `k` is a word that may stand in a bare noun phrase: no verb, no word
/// that ends a phrase ("political experts", "negotiations").
pub(super) fn is_plain_word(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && !looks_verbal(doc, k) && !is_np_stop(doc, k)
}

/// A lower-case word that is probably a verb: a past form, or a likely cue.
pub fn looks_verbal(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    !is_capitalized(doc.word(k))
        && (w.ends_with("ed") && w.len() > 4
            || IRREGULAR_PASTS.contains(&w)
            || crate::lexicon::cue_lemma(w).is_some())
}

/// Whether token `k` can open a source phrase.
pub(super) fn opens_np(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    is_capitalized(doc.word(k))
        || DETERMINERS.contains(&w)
        || ANONYMOUS_HEADS.contains(&w)
        || OUTLET_NOUNS.contains(&w)
        || NP_MODIFIERS.contains(&w) && !matches!(w, "and" | "of" | "for" | "in" | "’s" | "'s")
        || count_word(w).is_some()
        || is_quantity(w)
        || doc
            .word(k)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        || matches!(w, "his" | "her" | "their" | "our" | "its" | "my" | "your")
}

/// Whether token `k` is a possessive mark glued to a word in "s" ("Sanders’ campaign",
/// "the Clintons' foundation"), which stays inside the phrase; outside a quotation, where
/// the same mark may close a quote.
pub(super) fn is_plural_possessive(doc: &Doc, k: usize) -> bool {
    k > 0
        && matches!(doc.word(k), "’" | "'")
        && doc.tokens[k].span.start == doc.tokens[k - 1].span.end
        && doc.lower(k - 1).ends_with('s')
        && !doc.in_quote(k)
}

/// Token range of a noun phrase starting exactly at `start`, with an appositive name
/// running to the end of the sentence.
pub fn np_from(doc: &Doc, start: usize, limit: usize) -> Option<(usize, usize)> {
    if start >= limit || !doc.is_word(start) || !opens_np(doc, start) {
        return None;
    }
    // A phrase opened by a determiner may hold any noun ("the rights group"); one opened
    // by a name runs only over name-like words, so "Rubio thanked Miami" stops at "Rubio".
    let mut free = !is_capitalized(doc.word(start)) || DETERMINERS.contains(&doc.lower(start));
    let mut end = start;
    while end < limit
        && (doc.is_word(end) || {
            // "Sanders’ campaign": a possessive mark after a plural or a name in "s" stays
            // inside, and any noun may follow it.
            let mark = end > start
                && is_plural_possessive(doc, end)
                && end + 1 < limit
                && doc.is_word(end + 1);
            free |= mark;
            mark
        })
        && (np_word(doc, end)
            || free
                && !is_np_stop(doc, end)
                // "one unaligned Florida strategist", "a retired general": a past form
                // right after the determiner describes the noun.
                && (!looks_verbal(doc, end)
                    || end == start + 1
                        && (DETERMINERS.contains(&doc.lower(start))
                            || count_word(doc.lower(start)).is_some())))
        && end - start < MAX_NP
        // "While the donor didn’t disclose…": an auxiliary with its "not" ends the phrase.
        && !crate::lexicon::is_negative_contraction(doc.lower(end))
        // "told the BBC that fighters would…": after the phrase's first word, "that"
        // opens the reported clause, whatever determiners it can also be.
        && !(end > start && matches!(doc.lower(end), "who" | "that" | "which"))
    {
        end += 1;
        // "Mrs. Clinton's presidential campaign": any noun may follow a name's possessive.
        // "It's", "that's", "there's" are a pronoun and "is".
        free |= {
            let w = doc.lower(end - 1);
            // The cheap test first: this runs on every word of every phrase.
            w.ends_with('s')
                && crate::lexicon::is_possessive(w)
                && crate::lexicon::contracted_pronoun(w).is_none()
                && !matches!(
                    crate::lexicon::without_possessive(w),
                    "that" | "there" | "here" | "what" | "where"
                )
        };
        // "the spokesman for foreign affairs": a short complement after for/of.
        if matches!(doc.lower(end - 1), "for" | "of") {
            let mut extra = 0;
            while extra < 3 && end < limit && doc.is_word(end) && doc.lower(end) != "who" {
                end += 1;
                extra += 1;
            }
        }
    }
    let (s, e) = trim_np(doc, start, end)?;
    // Appositive: ", Name Name" running to the sentence end.
    if e < limit && doc.word(e) == "," && e + 1 < limit && is_capitalized(doc.word(e + 1)) {
        let mut k = e + 1;
        while k < limit && doc.is_word(k) {
            k += 1;
        }
        let at_end = k == limit || matches!(doc.word(k), "." | "," | ";");
        if at_end && k - (e + 1) <= 4 {
            return Some((s, k));
        }
    }
    Some((s, e))
}

pub(super) fn np_word(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    let raw = doc.word(k);
    (is_capitalized(raw) && !matches!(w, "i"))
        || DETERMINERS.contains(&w)
        || NP_MODIFIERS.contains(&w)
        || ANONYMOUS_HEADS.contains(&w)
        || OUTLET_NOUNS.contains(&w)
        || TITLES.contains(&w)
        || is_possessive(raw)
        || raw.starts_with('@')
        || is_quantity(w)
        || raw.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a word belongs to a quantity phrase: one of [`QUANTITY_WORDS`] or any share
/// ("four-fifths", "three-fourths"), which no list spells out in full.
fn is_quantity(w: &str) -> bool {
    QUANTITY_WORDS.contains(&w) || crate::lexicon::is_share(w)
}

/// Words of quantity phrases that report what a share of people said ("47 percent",
/// "nearly half", "more than 4 in 10", "three-quarters of voters").
pub(super) static QUANTITY_WORDS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "percent",
    "per",
    "cent",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "three-quarters",
    "two-thirds",
    "majority",
    "minority",
    "plurality",
    "more",
    "than",
    "nearly",
    "almost",
    "about",
    "roughly",
    "over",
    "fewer",
    "less",
    "just",
    "only",
    "in",
    "out",
    "every",
    "each",
    "among",
    "respondents",
    "democrats",
    "republicans",
    "independents",
    "americans",
    "voters",
    "adults",
]);

/// Whether "Will" at `k` is a given name ("Will Hurd said"), not the auxiliary that opens
/// a question ("Will Trump win?"): a capitalised word follows it inside the phrase and
/// no question mark ends its sentence.
fn is_given_name_will(doc: &Doc, k: usize, end: usize) -> bool {
    doc.word(k) == "Will"
        && k + 1 < end
        && is_capitalized(doc.word(k + 1))
        && !doc
            .sentences
            .get(doc.sentences.partition_point(|s| s.tokens.end <= k))
            .filter(|s| s.tokens.contains(&k))
            .is_some_and(|s| s.tokens.clone().any(|t| doc.word(t) == "?"))
}

/// Drops connectors at the edges and sentence adverbs at the start; keeps the phrase only
/// if it has something that can name a source.
pub(super) fn trim_np(doc: &Doc, mut start: usize, mut end: usize) -> Option<(usize, usize)> {
    // "Of course Trump said", "No wonder Trump said": a sentence adverbial of two or
    // three words opening the phrase is the writer's.
    // (Three words are asked only when they stand before the phrase's last.)
    for n in [3, 2] {
        let w = |i: usize| doc.lower(start + i);
        if start + n < end && crate::lexicon::is_discourse_aside(&[w(0), w(1), w(2)][..n]) {
            start += n;
            break;
        }
    }
    while start < end {
        let w = doc.lower(start);
        // "Just over a quarter", "Only 9 percent": an adverb that measures a share is
        // part of it, not a sentence adverb.
        let measures_share = QUANTITY_WORDS.contains(&w)
            && start + 1 < end
            && (is_quantity(doc.lower(start + 1))
                || matches!(doc.lower(start + 1), "a" | "one")
                || doc
                    .word(start + 1)
                    .starts_with(|c: char| c.is_ascii_digit()));
        // ("even Obama", "even some allies": the focus adverb is the writer's, as
        // "Even" opening a sentence is.)
        if matches!(w, "and" | "of" | "for" | "in" | "even")
            || NOT_NAME_START.contains(&w)
                && is_capitalized(doc.word(start))
                && !DETERMINERS.contains(&w)
                && !measures_share
                && !is_given_name_will(doc, start, end)
        {
            start += 1;
        } else {
            break;
        }
    }
    while end > start
        && matches!(
            doc.lower(end - 1),
            "and" | "of" | "for" | "in" | "the" | "a" | "an"
        )
    {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let determined = end - start >= 2 && opens_np(doc, start) && !is_capitalized(doc.word(start));
    // "most said", "both vowed": a quantifier standing for people named before.
    // "43 said the same", "all but two said", "at least 21,000 said": a count alone too.
    let quantifier_alone = end - start == 1
        && (QUANTIFIERS.contains(&doc.lower(start))
            || count_word(doc.lower(start)).is_some()
            || doc
                .word(start)
                .chars()
                .all(|c| c.is_ascii_digit() || c == ','));
    let has_head = determined
        || quantifier_alone
        || (start..end).any(|k| {
            let w = doc.lower(k);
            is_capitalized(doc.word(k))
                || ANONYMOUS_HEADS.contains(&w)
                || OUTLET_NOUNS.contains(&w)
                || is_quantity(w)
                || crate::lexicon::is_people_plural(w) && !is_np_stop(doc, k)
        });
    has_head.then_some((start, end))
}
