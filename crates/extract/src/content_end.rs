//! A learned choice of where what was said ends. The patterns end a reported clause by
//! rule (a comma before a participle, a dash, "and" before a verb, a preposition after a
//! noun phrase of stance); PolNeAR's annotators end it by sense, and no rule list has
//! kept up with them ("blocked | the bill because they said…" ends at the bill,
//! "said | there is a risk, he added, that…" does not end at the comma). So for each
//! reported clause without quotations the rules' end is one candidate among the clause
//! boundaries up to the sentence's end (or the next attribution), and a linear model,
//! trained to rank the boundary PolNeAR marks above the others, picks one; its features
//! include which candidate the rules chose, so it departs from them only where train
//! showed it should.
//!
//! The weights live in `data/content_end_model.tsv`, trained on PolNeAR train by
//! `cargo run --release -p claimgraph-eval --example train_content_end -- ../shared/data/polnear/train > crates/extract/data/content_end_model.tsv`.

use crate::attribution::{Attribution, QuoteKind};
use crate::lexicon::{verb_lemma, DETERMINERS, FINITE, PRONOUNS};
use crate::linear::{hash, LinearModel};
use crate::source::{is_capitalized, looks_verbal};
use crate::text::{Span, TokenKind};
use crate::Doc;
use std::sync::OnceLock;

/// The trained weights, compiled in.
fn model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| LinearModel::parse(include_str!("../data/content_end_model.tsv")))
}

/// Words before which a reported clause may end: conjunctions, subordinators and the
/// prepositions that open a reporter's adverbial ("… the wall | in December").
const BOUNDARY_WORDS: &[&str] = &[
    "and",
    "but",
    "or",
    "while",
    "whereas",
    "which",
    "who",
    "because",
    "as",
    "after",
    "before",
    "when",
    "since",
    "although",
    "though",
    "until",
    "unless",
    "if",
    "so",
    "despite",
    "amid",
    "in",
    "on",
    "at",
    "with",
    "by",
    "for",
    "from",
    "during",
    "over",
    "into",
    "through",
    "against",
    "without",
    "than",
    "following",
    "including",
    "saying",
    "adding",
    "according",
];

/// One reported clause whose end the model chooses: where it starts, the token ends it
/// may have (exclusive), and which of them the rules chose.
struct Choice {
    /// The clause's first token.
    from: usize,
    /// Candidate ends, in text order.
    ends: Vec<usize>,
    /// Index in `ends` of the rules' end.
    rule: usize,
}

/// The candidates for attribution `i`, when its content is one reported clause after its
/// cue with no quotation in it.
fn choice(doc: &Doc, all: &[Attribution], i: usize) -> Option<Choice> {
    let a = &all[i];
    let [content] = a.contents.as_slice() else {
        return None;
    };
    if a.kind != QuoteKind::Indirect || content.start < a.cue.end {
        return None;
    }
    let tokens = &doc.tokens;
    let from = tokens.partition_point(|t| t.span.start < content.start);
    let rule_end = tokens.partition_point(|t| t.span.start < content.end);
    if from >= rule_end || rule_end > tokens.len() {
        return None;
    }
    let sentence = doc
        .sentences
        .get(doc.sentences.partition_point(|s| s.tokens.end <= from))?;
    // Up to the next attribution's source or cue in the sentence, and short of a
    // quotation: what another source said, or a quotation, is no part of this clause.
    let mut limit = sentence.tokens.end;
    for b in all {
        let start = b.source.map_or(b.cue.start, |s| s.start.min(b.cue.start));
        if start > content.start {
            limit = limit.min(tokens.partition_point(|t| t.span.start < start));
        }
    }
    if let Some(q) = doc.quotes.iter().find(|q| q.open >= from && q.open < limit) {
        limit = q.open;
    }
    let limit = limit.max(rule_end);
    let mut ends: Vec<usize> = (from + 1..limit)
        .filter(|&e| e == rule_end || is_boundary(doc, e))
        .collect();
    ends.push(limit);
    // A candidate must leave a word in the clause.
    ends.retain(|&e| (from..e).any(|t| doc.is_word(t)));
    let rule = ends.iter().position(|&e| e == rule_end)?;
    Some(Choice { from, ends, rule })
}

/// Whether a reported clause may end before token `e`.
fn is_boundary(doc: &Doc, e: usize) -> bool {
    match doc.tokens[e].kind {
        TokenKind::Word => BOUNDARY_WORDS.contains(&doc.lower(e)),
        _ => matches!(doc.word(e), "," | ";" | ":" | "—" | "–" | "-" | "(" | "."),
    }
}

/// The features of ending the clause of `a` before token `e`.
fn features(doc: &Doc, a: &Attribution, c: &Choice, at: usize, out: &mut Vec<u64>) {
    out.clear();
    let e = c.ends[at];
    let n = doc.tokens.len();
    let word = |t: usize| if t < n { doc.lower(t) } else { "<end>" };
    let bw = if at + 1 == c.ends.len() && at != c.rule {
        "<limit>"
    } else {
        word(e)
    };
    let nw = word(e + 1);
    let pw = doc.lower(e - 1);
    let rel = match at.cmp(&c.rule) {
        std::cmp::Ordering::Equal => "rule",
        std::cmp::Ordering::Less => "early",
        std::cmp::Ordering::Greater => "late",
    };
    let next_class = if e + 1 >= n {
        "end"
    } else if PRONOUNS.contains(&nw) {
        "pronoun"
    } else if DETERMINERS.contains(&nw) {
        "det"
    } else if looks_verbal(doc, e + 1) || FINITE.contains(&nw) {
        "verb"
    } else if is_capitalized(doc.word(e + 1)) {
        "cap"
    } else if nw.ends_with("ing") {
        "ing"
    } else {
        "other"
    };
    let first = match doc.lower(c.from) {
        "that" => "that",
        "to" => "to",
        "whether" | "if" | "how" | "what" | "why" | "who" | "when" | "where" => "wh",
        _ => "other",
    };
    let clause = if (c.from..e).any(|t| {
        let w = doc.lower(t);
        FINITE.contains(&w) || PRONOUNS.contains(&w) || looks_verbal(doc, t)
    }) {
        "clause"
    } else {
        "phrase"
    };
    const LENGTHS: [&str; 8] = ["1", "2", "3", "4-5", "6-8", "9-12", "13-20", "21+"];
    let len = LENGTHS[match e - c.from {
        0..=1 => 0,
        2 => 1,
        3 => 2,
        4..=5 => 3,
        6..=8 => 4,
        9..=12 => 5,
        13..=20 => 6,
        _ => 7,
    }];
    let crossed = ["0", "1", "2", "3+"][at.abs_diff(c.rule).min(3)];
    let speech = if verb_lemma(a.cue_lemma).is_some() {
        "speech"
    } else {
        "other"
    };
    let lemma = a.cue_lemma;
    // Whether the piece this end leaves out next, and the piece it takes in last, have a
    // verb: a clause of its own ("…, he added") or only a phrase ("… in December").
    let has_verb = |from: usize, to: usize| {
        if (from..to).any(|t| FINITE.contains(&doc.lower(t)) || looks_verbal(doc, t)) {
            "verb"
        } else {
            "none"
        }
    };
    let next_end = c.ends.get(at + 1).copied().unwrap_or(e);
    let left_out = has_verb(e + 1, next_end);
    let last_from = if at == 0 { c.from } else { c.ends[at - 1] };
    let taken_in = has_verb(last_from, e);
    out.extend([
        hash(&["bw_out", bw, left_out]),
        hash(&["bw_in", bw, taken_in]),
        hash(&["bw_out_in", bw, left_out, taken_in, clause]),
    ]);
    out.extend([
        hash(&["rel", rel]),
        hash(&["rel_bw", rel, bw]),
        hash(&["rel_crossed", rel, crossed]),
        hash(&["bw", bw]),
        hash(&["bw_nw", bw, nw]),
        hash(&["bw_nc", bw, next_class]),
        hash(&["bw_pw", bw, pw]),
        hash(&["bw_lemma", bw, lemma]),
        hash(&["bw_first", bw, first]),
        hash(&["bw_clause", bw, clause]),
        hash(&["bw_len", bw, len]),
        hash(&["rel_len", rel, len]),
        hash(&["bw_speech_clause", bw, speech, clause]),
        hash(&["rel_bw_nc", rel, bw, next_class]),
    ]);
}

/// How far another end must score above the rules' to replace it. Trained on four fifths
/// of PolNeAR train and checked on the rest (`train_content_end TRAIN --holdout --margin
/// M`), the model with no margin moved 98 of 1,240 ends to PolNeAR's and 67 away from it;
/// with 8, 47 and 17: the same net gain, with a quarter of the changes a reader could
/// find wrong.
const MARGIN: f32 = 8.0;

/// Re-ends every reported clause at the candidate the model ranks first, when it ranks
/// it [`MARGIN`] above the rules' end; with no weights nothing changes.
pub(crate) fn choose_ends(doc: &Doc, attributions: &mut [Attribution]) {
    choose_ends_with(model(), doc, attributions);
}

fn choose_ends_with(model: &LinearModel, doc: &Doc, attributions: &mut [Attribution]) {
    for i in 0..attributions.len() {
        let Some(c) = choice(doc, attributions, i) else {
            continue;
        };
        let best = pick(model, doc, &attributions[i], &c);
        if best != c.rule {
            if let Some(span) = trimmed(doc, c.from, c.ends[best]) {
                attributions[i].contents[0] = span;
            }
        }
    }
}

/// The index of the end the model picks for clause `c` of attribution `a`.
fn pick(model: &LinearModel, doc: &Doc, a: &Attribution, c: &Choice) -> usize {
    model.pick(c.ends.len(), c.rule, MARGIN, |at, feats| {
        features(doc, a, c, at, feats)
    })
}

/// The clause from token `from` to before token `e`, without trailing punctuation.
fn trimmed(doc: &Doc, from: usize, mut e: usize) -> Option<Span> {
    while e > from && doc.tokens[e - 1].kind == TokenKind::Punct && doc.word(e - 1) != ")" {
        e -= 1;
    }
    (e > from).then(|| doc.span(from, e))
}

/// One reported clause as training and checking see it.
#[derive(Debug)]
pub struct EndCandidates {
    /// The cue's span.
    pub cue: Span,
    /// The clause's first byte.
    pub start: usize,
    /// Each candidate's end (bytes, trimmed as extraction trims it) and features, the
    /// rules' candidate first.
    pub candidates: Vec<(usize, Vec<u64>)>,
    /// The index of the candidate the compiled model picks.
    pub chosen: usize,
}

/// Training support: every reported clause whose end the model chooses, from extraction
/// run without that choice, as training needs.
pub fn end_candidates(text: &str) -> Vec<EndCandidates> {
    let doc = Doc::new(text, 0);
    let attributions = crate::attribution::find_attributions_by_rule(&doc);
    let mut out = Vec::new();
    let mut feats = Vec::new();
    for i in 0..attributions.len() {
        let Some(c) = choice(&doc, &attributions, i) else {
            continue;
        };
        let a = &attributions[i];
        let order: Vec<usize> = std::iter::once(c.rule)
            .chain((0..c.ends.len()).filter(|&at| at != c.rule))
            .collect();
        let picked = pick(model(), &doc, a, &c);
        let candidates = order
            .iter()
            .map(|&at| {
                let end = trimmed(&doc, c.from, c.ends[at]).map_or(0, |s| s.end);
                features(&doc, a, &c, at, &mut feats);
                (end, feats.clone())
            })
            .collect();
        out.push(EndCandidates {
            cue: a.cue,
            start: doc.tokens[c.from].span.start,
            candidates,
            chosen: order.iter().position(|&at| at == picked).unwrap_or(0),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The mayor said the budget was balanced, a claim his rivals dispute. \
        He argued that the tax would hurt farmers, and the crowd cheered. The senator praised \
        the plan in a speech on Tuesday, calling it bold. Officials said the plant would close \
        by March and that workers would be paid.";

    #[test]
    fn with_no_weights_the_rules_end_every_clause() {
        let doc = Doc::new(TEXT, 0);
        let by_rule = crate::attribution::find_attributions_by_rule(&doc);
        let mut chosen = by_rule.clone();
        choose_ends_with(&LinearModel::parse(""), &doc, &mut chosen);
        assert!(!by_rule.is_empty());
        assert_eq!(chosen, by_rule);
    }

    #[test]
    fn the_rules_end_is_always_a_candidate_and_comes_first() {
        let doc = Doc::new(TEXT, 0);
        let by_rule = crate::attribution::find_attributions_by_rule(&doc);
        let choices = end_candidates(TEXT);
        assert!(choices.len() >= 3, "{choices:?}");
        for c in &choices {
            let a = by_rule
                .iter()
                .find(|a| a.cue == c.cue)
                .expect("a rule's cue");
            assert_eq!(a.contents[0].start, c.start);
            assert_eq!(c.candidates[0].0, a.contents[0].end, "{}", c.cue.of(TEXT));
            assert!(c.candidates.len() > 1, "{}", c.cue.of(TEXT));
        }
    }
}
