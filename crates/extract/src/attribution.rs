//! Attribution patterns: from cues to (source, cue, content) triples.
//!
//! Each pattern is a shape of English news prose:
//! - quote then cue: `“…,” the spokesman said` / `“…,” said Ned Price`;
//! - cue then quote: `She said: “…”`;
//! - subject, cue, clause: `Price said that the US will…`;
//! - clause, then source and cue: `…, the newspaper said, citing two officials.`;
//! - `according to X` / `as per X` before, after or inside the content;
//! - participles after an attribution: `…, adding that…` (same source), `citing X`
//!   (a nested source, linked by `via`);
//! - `X told <outlet>`: the outlet reported X, so X's attribution is `via` the outlet's;
//! - embedded tweets: a paragraph, then `— Name (@handle) date`.

use crate::lexicon::{
    cue_lemma, is_weak, learned_form, verb_lemma, ADJUNCT_STARTS, DETERMINERS, HEDGES,
    NOT_NAME_START, SKIPPABLE,
};
use crate::source::{classify, looks_verbal, np_from, subject_after, subject_before, SourceRef};
use crate::text::{Span, TokenKind};
use crate::Doc;

/// Direct, indirect or mixed quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// The content is a quotation.
    Direct,
    /// Reported speech with no quote marks.
    Indirect,
    /// Reported speech with quoted parts.
    Mixed,
}

/// One attribution found in a document, before actors are resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The cue as written ("said", "according to", "—").
    pub cue: Span,
    /// The cue's lemma ("say", "according to", "tweet").
    pub cue_lemma: &'static str,
    /// The source as written, if the text names one.
    pub source: Option<Span>,
    /// What the source phrase refers to.
    pub source_ref: Option<SourceRef>,
    /// The content, one span per piece.
    pub contents: Vec<Span>,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Index of the attribution this one is reported through.
    pub via: Option<usize>,
    /// A hedge written with it ("reportedly").
    pub hedge: Option<&'static str>,
    /// A Twitter handle, for embedded tweets.
    pub handle: Option<String>,
}

impl Attribution {
    fn new(cue: Span, cue_lemma: &'static str, contents: Vec<Span>, kind: QuoteKind) -> Self {
        Self {
            cue,
            cue_lemma,
            source: None,
            source_ref: None,
            contents,
            kind,
            via: None,
            hedge: None,
            handle: None,
        }
    }

    /// From the first content piece to the last.
    pub fn content_span(&self) -> Span {
        Span::new(
            self.contents[0].start,
            self.contents[self.contents.len() - 1].end,
        )
    }
}

/// Participles that continue an attribution with the same source.
const CONTINUING: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "explaining",
    "insisting",
    "warning",
    "stressing",
    "arguing",
    "claiming",
    "stating",
    "suggesting",
    "describing",
];

/// Above this cue-model score a word is a cue where it stands, even one the lexicon
/// finds too ambiguous on its own ("showed", "called", "think").
const MODEL_SURE: f32 = 0.0;
/// Above this score a word that is in no verb list, only in the learned lexicon, is a
/// cue where it stands ("seeks", "giving" report only now and then: they need more).
const MODEL_NEW: f32 = 0.5;
/// Below this score a lexicon cue is not one here ("the report", "said" in a caption).
const MODEL_VETO: f32 = -0.3;

/// Finds every attribution in the document, in text order.
pub fn find_attributions(doc: &Doc) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for sentence in &doc.sentences {
        let (start, end) = (sentence.tokens.start, sentence.tokens.end);
        let first_new = out.len();
        according_to(doc, start, end, &mut out);
        colon_headline(doc, start, end, &mut out);
        asked_without_source(doc, start, end, &mut out);
        let mut k = start;
        while k < end {
            if let Some(next) = verb_cue(doc, k, start, end, &mut out) {
                k = next;
            } else {
                k += 1;
            }
        }
        participles(doc, start, end, first_new, &mut out);
        if let Some(hedge) = (start..end)
            .map(|k| doc.lower(k))
            .find_map(|w| HEDGES.iter().copied().find(|h| *h == w))
        {
            for a in &mut out[first_new..] {
                a.hedge = Some(hedge);
            }
        }
    }
    tweets(doc, &mut out);
    let mut out = in_text_order(out);
    continue_quotes(doc, &mut out);
    nest_by_containment(&mut out);
    crate::cue_phrase::widen_cues(doc, &mut out);
    out
}

/// Sorts attributions by position, keeping `via` pointing at the same attributions.
fn in_text_order(out: Vec<Attribution>) -> Vec<Attribution> {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].cue.start, out[i].source.map(|s| s.start), i));
    let mut new_index = vec![0; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Attribution>> = out.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&old| {
            let mut a = slots[old].take().expect("each index once");
            a.via = a.via.map(|v| new_index[v]);
            a
        })
        .collect()
}

/// Trims a token range to content: no leading `,` `:` `that`, no trailing `.` `,` `;`.
fn content_range(doc: &Doc, mut a: usize, mut b: usize) -> Option<Span> {
    while a < b && (matches!(doc.word(a), "," | ":" | ";" | "—" | "–") || doc.lower(a) == "that")
    {
        a += 1;
    }
    while b > a
        && matches!(doc.word(b - 1), "." | "," | ";" | ":" | "!" | "—" | "–")
        && doc.tokens[b - 1].kind == TokenKind::Punct
    {
        b -= 1;
    }
    (b > a && (a..b).any(|k| doc.is_word(k))).then(|| doc.span(a, b))
}

fn kind_of(doc: &Doc, content: Span) -> QuoteKind {
    let inside: Vec<_> = doc
        .quotes
        .iter()
        .filter(|q| content.contains(&q.span()))
        .collect();
    match inside.as_slice() {
        [] => QuoteKind::Indirect,
        [q] if q.span() == content => QuoteKind::Direct,
        _ => QuoteKind::Mixed,
    }
}

fn with_source(doc: &Doc, mut a: Attribution, np: Option<(usize, usize)>) -> Attribution {
    if let Some((s, e)) = np {
        a.source = Some(doc.span(s, e));
        a.source_ref = Some(classify(doc, s, e));
    }
    a
}

/// Tries a reporting verb at token `k`; returns the token to continue from.
fn verb_cue(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    if !doc.is_word(k) {
        return None;
    }
    let form = doc.lower(k);
    let score = doc.cue_score(k);
    // The lexicon says which words report; the model says whether this one does, here.
    // An infinitive after a cue the lexicon alone would not take is an aim ("seeks to
    // avoid"), not a claim.
    let infinitive = k + 1 < doc.tokens.len() && doc.lower(k + 1) == "to";
    let model_cue = score.is_some_and(|s| s > MODEL_SURE) && !infinitive;
    if score.is_some_and(|s| s < MODEL_VETO) {
        return None;
    }
    let new_cue = score.is_some_and(|s| s > MODEL_NEW) && !infinitive;
    let lemma = cue_lemma(form).or_else(|| learned_form(form).filter(|_| new_cue))?;
    if doc.in_quote(k) {
        return None; // words inside a quotation are the speaker's, not the reporter's cues
    }
    if form.ends_with("ing") {
        return gerund_cue(doc, k, start, end, lemma, out);
    }
    let prev = (k > start).then(|| doc.lower(k - 1));
    let next = (k + 1 < end).then(|| doc.lower(k + 1));
    let passive_quote = lemma == "quote" && prev.is_some_and(|p| matches!(p, "was" | "were"));
    let be = |p: &str| matches!(p, "is" | "are" | "was" | "were" | "been" | "be");
    if next == Some("to")
        && (matches!(lemma, "seem" | "appear") || lemma == "expect" && prev.is_some_and(be))
    {
        return impression(doc, k, start, end, lemma, out);
    }
    // Nouns and infinitives: "the report", "a claim", "to say", "report says".
    if prev.is_some_and(|p| {
        matches!(
            p,
            "the"
                | "a"
                | "an"
                | "this"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "to"
                | "whose"
                | "of"
        )
    }) || !never_a_noun(form)
        && next.is_some_and(|n| verb_lemma(n).is_some() && !n.ends_with("ing") && n != "that")
        || !passive_quote
            && (prev.is_some_and(|p| {
                matches!(p, "was" | "were" | "been" | "being" | "be" | "is" | "are")
                    && form.ends_with("ed")
                    || prev == Some("been")
            }))
    {
        return None;
    }
    let cue = doc.tokens[k].span;
    let clause_floor = doc
        .quotes
        .iter()
        .filter(|q| q.close < k && q.close >= start)
        .map(|q| q.close + 1)
        .max()
        .unwrap_or(start);
    let subject = subject_before(doc, k, start)
        .or_else(|| coordinated_subject(doc, k, start))
        .or_else(|| role_name_subject(doc, k, clause_floor))
        .or_else(|| appositive_subject(doc, k, clause_floor));
    let quote_after = quote_opening_after(doc, k, end);

    // Quote, then cue: “…,” he said / “…,” said X.
    let left = subject.map_or(k, |(s, _)| s);
    // “…are missing.” Trump said. — the quote ended the sentence before the source's.
    let quote_before = quote_closing_before(doc, left, start).or_else(|| {
        (left == start && start > 0 && is_adjunct(doc, k + 1, end))
            .then(|| quote_closing_before(doc, left, start - 1))
            .flatten()
    });
    if let Some(q) = quote_before {
        let np = subject.or_else(|| subject_after(doc, k, end));
        np?;
        let quote_start = doc.tokens[doc.quotes[q].open].span.start;
        let sentence_start = doc.tokens[start].span.start;
        let mut contents = doc.quotes[q].pieces.clone();
        let mut kind = QuoteKind::Direct;
        if quote_start > sentence_start
            && doc.tokens[start].kind == TokenKind::Word
            && doc.quotes[q].pieces.len() == 1
        {
            // Words before the quote belong to the content: a mixed quote.
            contents = vec![Span::new(sentence_start, contents[0].end)];
            kind = QuoteKind::Mixed;
        }
        out.push(with_source(
            doc,
            Attribution::new(cue, lemma, contents, kind),
            np,
        ));
        return Some(k + 1);
    }
    // Cue, then quote: X said: “…”.
    if let (Some(np), Some(q)) = (subject, quote_after) {
        let quote = &doc.quotes[q];
        let rest_end = clause_end(doc, quote.close + 1, end);
        let more_words = (quote.close + 1..rest_end).any(|t| doc.is_word(t));
        // “…” because “…”: the reported clause goes on after the quote.
        let (contents, kind) = match content_range(doc, quote.open, rest_end) {
            Some(c) if more_words && quote.pieces.len() == 1 => (vec![c], QuoteKind::Mixed),
            _ => (quote.pieces.clone(), QuoteKind::Direct),
        };
        out.push(with_source(
            doc,
            Attribution::new(cue, lemma, contents, kind),
            Some(np),
        ));
        return Some(quote.close + 1);
    }
    let clause_end = clause_end(doc, k + 1, end);
    match subject {
        Some((s, e)) => {
            let before = content_range(doc, start, s);
            let ends_with_comma = s > start && doc.word(s - 1) == ",";
            let (after_from, outlet_np) = after_object(doc, k, lemma, clause_end);
            let adjunct_end = (after_from..clause_end)
                .find(|&j| doc.word(j) == ",")
                .unwrap_or(clause_end);
            let after_is_adjunct = is_adjunct(doc, after_from, adjunct_end);
            let intro_only = before.is_some_and(|b| is_introductory(doc, start, b));
            if let (Some(content), true, true, false) =
                (before, ends_with_comma, after_is_adjunct, intro_only)
            {
                // …, SRC said [adjunct].
                let mut contents = vec![content];
                // "X, he said, was Y": the content resumes after the cue.
                if adjunct_end == after_from
                    && after_from < clause_end
                    && doc.word(after_from) == ","
                {
                    contents.extend(content_range(doc, after_from, clause_end));
                }
                let kind = if contents.len() == 1 {
                    kind_of(doc, content)
                } else {
                    QuoteKind::Indirect
                };
                let a = with_source(
                    doc,
                    Attribution::new(cue, lemma, contents, kind),
                    Some((s, e)),
                );
                push_with_outlet(doc, a, outlet_np, out);
                return Some(k + 1);
            }
            // SRC said [that] clause.
            let explicit_that = next == Some("that");
            // "called the statement “outlandish”": a weak cue with a quote in its clause.
            let quote_in_clause = doc
                .quotes
                .iter()
                .any(|q| q.open > k && q.close < clause_end);
            if is_weak(lemma) && !explicit_that && !quote_in_clause && !model_cue {
                return None;
            }
            // "said Thursday during a town hall in Buffalo that …": the clause starts
            // at "that", after the adverbials.
            let after_from = match (after_from..clause_end).find(|&t| doc.lower(t) == "that") {
                Some(t) if t > after_from && is_adjunct(doc, after_from, t) => t,
                _ => after_from,
            };
            let content = content_range(doc, after_from, clause_end)?;
            if is_adjunct(doc, after_from, clause_end) && !explicit_that {
                return None;
            }
            let a = with_source(
                doc,
                Attribution::new(cue, lemma, vec![content], kind_of(doc, content)),
                Some((s, e)),
            );
            push_with_outlet(doc, a, outlet_np, out);
            Some(k + 1)
        }
        None => {
            // …, said SRC.
            if k == start || doc.word(k - 1) != "," {
                return None;
            }
            let np = subject_after(doc, k, end)?;
            let content = content_range(doc, start, k - 1)?;
            if is_weak(lemma) && kind_of(doc, content) == QuoteKind::Indirect && !model_cue {
                return None;
            }
            out.push(with_source(
                doc,
                Attribution::new(cue, lemma, vec![content], kind_of(doc, content)),
                Some(np),
            ));
            Some(np.1)
        }
    }
}

/// Verb forms that cannot be the noun of "report says": a verb after them is the
/// reported clause's ("said tweets were sent").
fn never_a_noun(form: &str) -> bool {
    form.ends_with("ed")
        || matches!(
            form,
            "said" | "says" | "told" | "tells" | "wrote" | "writes" | "thinks" | "believes"
        )
}

/// The subject of a verb coordinated with an earlier one: "X praised Y and said Z".
fn coordinated_subject(doc: &Doc, k: usize, start: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > start && SKIPPABLE.contains(&doc.lower(j - 1)) {
        j -= 1;
    }
    if j == start || !matches!(doc.lower(j - 1), "and" | "but" | "then") {
        return None;
    }
    // The clause's own verb must follow its subject: "X praised Y and said".
    clause_subject(doc, start, j - 1).filter(|&(_, e)| doc.is_word(e))
}

/// The noun phrase that opens a clause, skipping an introductory phrase up to a comma.
fn clause_subject(doc: &Doc, start: usize, limit: usize) -> Option<(usize, usize)> {
    let mut from = start;
    // "She declared “…” and said": a pronoun is the whole subject.
    if start < limit && matches!(doc.lower(start), "he" | "she" | "they" | "we" | "i") {
        return Some((start, start + 1));
    }
    if NOT_NAME_START.contains(&doc.lower(from)) {
        from = (start..limit)
            .find(|&j| doc.word(j) == ",")
            .map(|j| j + 1)?;
    }
    let (s, e) = np_from(doc, from, limit)?;
    (s == from && e < limit).then_some((s, e))
}

/// A subject with an appositive or parenthesis before the cue: "Clinton, 35, the
/// daughter of…, said"; "Gov. John Kasich (R-OH), said".
fn appositive_subject(doc: &Doc, k: usize, from: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > from && SKIPPABLE.contains(&doc.lower(j - 1)) {
        j -= 1;
    }
    if j <= from + 2 || !matches!(doc.word(j - 1), "," | ")" | "—" | "–") {
        return None;
    }
    let mut from = from;
    while from < j && matches!(doc.word(from), "," | "—" | "–") {
        from += 1;
    }
    let (s, e) = clause_subject(doc, from, j)?;
    if !matches!(doc.word(e), "," | "(" | "—" | "–")
        || !doc.word(s).chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    // An appositive describes; a quotation inside it means the commas framed a quote.
    let clean = (e..j).all(|t| !doc.quotes.iter().any(|q| q.open == t));
    // Keep a closing parenthesis in the phrase, leave the comma out.
    let end = if doc.word(j - 1) == ")" { j } else { j - 1 };
    clean.then_some((s, end))
}

/// A role, then the name in commas, before the cue: "“…,” the White House spokesman,
/// Josh Earnest, said"; "…, a spokeswoman, Anna White, said on Saturday". The role opens
/// with a determiner right after a clause break, so a clause's own words never join it.
fn role_name_subject(doc: &Doc, k: usize, floor: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > floor && SKIPPABLE.contains(&doc.lower(j - 1)) {
        j -= 1;
    }
    if j < floor + 5 || doc.word(j - 1) != "," {
        return None;
    }
    let name_end = j - 1;
    let capitalized = |t: usize| doc.word(t).chars().next().is_some_and(char::is_uppercase);
    let mut n = name_end;
    while n > floor && doc.is_word(n - 1) && capitalized(n - 1) && name_end - n < 5 {
        n -= 1;
    }
    if n == name_end || n <= floor || doc.word(n - 1) != "," {
        return None;
    }
    let role_end = n - 1;
    let mut r = role_end;
    while r > floor && doc.is_word(r - 1) && role_end - r < 8 {
        r -= 1;
    }
    let after_break = r == floor || doc.word(r - 1) == "," || comma_in_quote(doc, r - 1);
    let role_words = (r..role_end).all(|t| {
        let w = doc.lower(t);
        !FINITE.contains(&w) && !matches!(w, "that" | "which" | "who" | "and" | "but")
    });
    (after_break && r < role_end && DETERMINERS.contains(&doc.lower(r)) && role_words)
        .then_some((r, name_end))
}

/// Where a coordinated cue starts a new attribution: "and said", ", but insisted",
/// ", and three-quarters said".
fn coordinated_cue_at(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let strong_cue = |t: usize| {
        verb_lemma(doc.lower(t)).is_some_and(|l| !is_weak(l)) && !doc.lower(t).ends_with("ing")
    };
    (from..end)
        .find(|&j| {
            if !matches!(doc.lower(j), "and" | "but") {
                return false;
            }
            let same_subject = (j + 1..end.min(j + 4))
                .find(|&t| !SKIPPABLE.contains(&doc.lower(t)))
                .is_some_and(|t| verb_lemma(doc.lower(t)).is_some_and(|l| !is_weak(l)));
            // After a comma, a clause with its own subject and cue: the subject is a
            // short run of words with no verb of its own.
            let own_subject = j > from
                && doc.word(j - 1) == ","
                && (j + 2..end.min(j + 8))
                    .find(|&t| strong_cue(t))
                    .is_some_and(|t| {
                        subject_before(doc, t, j + 1).is_some_and(|(s, _)| s == j + 1)
                    });
            same_subject || own_subject
        })
        .map(|j| {
            if j > from && doc.word(j - 1) == "," {
                j - 1
            } else {
                j
            }
        })
}

/// After "told": the object ("reporters", "the New York Times"), and whether it is an
/// outlet. Returns the token where the content or adjunct starts.
fn after_object(doc: &Doc, k: usize, lemma: &str, end: usize) -> (usize, Option<(usize, usize)>) {
    if !matches!(
        lemma,
        "tell" | "ask" | "inform" | "brief" | "assure" | "remind" | "urge" | "warn"
    ) {
        return (k + 1, None);
    }
    let (mut after, outlet) = if k + 1 < end && OBJECT_PRONOUNS.contains(&doc.lower(k + 1)) {
        (k + 2, None)
    } else {
        match subject_after(doc, k, end) {
            Some((s, e)) => {
                let outlet = matches!(
                    classify(doc, s, e),
                    SourceRef::Outlet(_) | SourceRef::OutletRef
                )
                .then_some((s, e));
                (e, outlet)
            }
            None => return (k + 1, None),
        }
    };
    // A programme named in quotes after the outlet: told ABC's “Good Morning America”.
    if let Some(q) = doc
        .quotes
        .iter()
        .find(|q| q.open == after && q.close < end && q.close <= after + 8)
    {
        after = q.close + 1;
    }
    // Time and place adverbials before the reported clause: "on Monday", "last week".
    while after < end
        && doc.is_word(after)
        && SKIPPABLE.contains(&doc.lower(after))
        && doc.lower(after) != "that"
    {
        after += 1;
    }
    (after, outlet)
}

/// Objects of "told", "asked": the people spoken to.
const OBJECT_PRONOUNS: &[&str] = &[
    "them",
    "him",
    "her",
    "us",
    "me",
    "you",
    "reporters",
    "supporters",
    "journalists",
    "voters",
    "listeners",
    "viewers",
    "the crowd",
    "lawmakers",
    "senators",
];

/// Pushes an attribution; when its cue is "told <outlet>", first pushes the outlet's own
/// attribution of the same content and links the source's to it by `via`.
fn push_with_outlet(
    doc: &Doc,
    mut a: Attribution,
    outlet_np: Option<(usize, usize)>,
    out: &mut Vec<Attribution>,
) {
    if let Some(np) = outlet_np {
        let outlet = with_source(
            doc,
            Attribution::new(a.cue, a.cue_lemma, a.contents.clone(), a.kind),
            Some(np),
        );
        out.push(outlet);
        a.via = Some(out.len() - 1);
    }
    out.push(a);
}

/// Whether a clause before a subject is only an introductory adverbial ("As part of the
/// talks, the government proposed…"), which is not what the source said.
fn is_introductory(doc: &Doc, start: usize, before: Span) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "as",
        "in",
        "after",
        "while",
        "when",
        "amid",
        "during",
        "since",
        "because",
        "although",
        "if",
        "despite",
        "following",
        "with",
        "before",
        "on",
        "at",
        "by",
        "for",
        "from",
        "under",
        "over",
        "but",
        "and",
        "meanwhile",
        "however",
        "yesterday",
        "today",
        "separately",
    ];
    let words = (start..doc.tokens.len())
        .take_while(|&j| doc.tokens[j].span.end <= before.end)
        .filter(|&j| doc.is_word(j))
        .count();
    let has_inner_comma = before.of(doc.text).contains(',');
    words <= 1 || SUBORDINATORS.contains(&doc.lower(start)) && !has_inner_comma
}

/// A short adverbial after a cue ("on Thursday", "in a statement") or nothing at all.
/// A finite verb makes it a clause: "said there is a war", "said this was wrong".
fn is_adjunct(doc: &Doc, from: usize, to: usize) -> bool {
    let words = (from..to).filter(|&k| doc.is_word(k)).count();
    words == 0
        || (ADJUNCT_STARTS.contains(&doc.lower(from))
            && words <= 12
            && !(from..to).any(|k| {
                let w = doc.lower(k);
                w == "that" || FINITE.contains(&w) || is_subject_pronoun(w)
            }))
}

/// "he", "they’re", "I'd": a subject, so a clause ("says tonight he’s closer").
fn is_subject_pronoun(w: &str) -> bool {
    let stem = w.split(['’', '\'']).next().unwrap_or(w);
    matches!(stem, "he" | "she" | "they" | "we" | "i")
}

/// Auxiliaries and copulas: a word run holding one is a clause, not an adverbial.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "does", "did",
];

/// Words in "-ing" that do not open a participle clause; "according to" has its own
/// pattern.
const NOT_PARTICIPLES: &[&str] = &[
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

/// Whether token `k` is a participle that goes on reporting for the clause's source:
/// one of [`CONTINUING`], or any "-ing" form the cue model takes for a cue there
/// ("…, referring to", "…, calling them").
fn continues(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    CONTINUING.contains(&w)
        || w.ends_with("ing")
            && !NOT_PARTICIPLES.contains(&w)
            && doc.cue_score(k).is_some_and(|s| s > MODEL_NEW)
}

/// Whether token `k` is a closing quote mark right after a comma (`,”`): the comma
/// ends the clause, kept inside the quotation by typographic convention.
fn comma_in_quote(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.word(k - 1) == "," && crate::text::is_closing_mark(doc.word(k))
}

/// Whether token `k` separates a clause: a comma, a dash, or a `,”`.
fn is_clause_break(doc: &Doc, k: usize) -> bool {
    matches!(doc.word(k), "," | "—" | "–") || comma_in_quote(doc, k)
}

/// The index of a `, <participle>` at or after `from`, ending the main clause.
fn participle_at(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| {
        (is_clause_break(doc, k)
            && k + 1 < end
            && (continues(doc, k + 1) || doc.lower(k + 1) == "citing"))
            || (doc.lower(k) == "citing" && k > from && doc.word(k - 1) != ",")
    })
}

/// Words that, after a comma, open a clause that is not the source's.
const CLAUSE_ENDERS: &[&str] = &[
    "while", "whereas", "which", "however", "though", "although", "but",
];

/// Where the reported clause ends before the sentence does: a participle clause
/// (", adding…", ", conceding…"), a dash aside, a semicolon, or a coordinated cue.
fn clause_end(doc: &Doc, from: usize, end: usize) -> usize {
    let aside = (from..end).find(|&k| {
        let w = doc.word(k);
        let spaced_dash = matches!(w, "—" | "–")
            && doc.tokens[k].span.start > doc.tokens[k.saturating_sub(1)].span.end;
        // A comma kept inside a closing quote mark ends the clause as well: `,” referring`.
        let comma_like = w == "," || k > from && comma_in_quote(doc, k);
        let participle = comma_like
            && k + 1 < end
            && doc.lower(k + 1).ends_with("ing")
            && doc.lower(k + 1).len() > 5
            && !NOT_PARTICIPLES.contains(&doc.lower(k + 1));
        // ", said one candidate": a relative clause ends where the main verb comes.
        let next_cue = w == ","
            && k + 1 < end
            && verb_lemma(doc.lower(k + 1)).is_some()
            && !doc.lower(k + 1).ends_with("ing");
        // ", while most said…", ", compared with 64 percent…", ", which votes in May":
        // a contrast, a comparison or an aside about the last noun is the reporter's.
        let contrast = w == ","
            && k + 1 < end
            && (CLAUSE_ENDERS.contains(&doc.lower(k + 1))
                || k + 2 < end
                    && matches!(
                        (doc.lower(k + 1), doc.lower(k + 2)),
                        ("compared", "with" | "to") | ("even", "though" | "as" | "if")
                    ));
        // "insists the GOP must change, and has championed cuts": a verb after "and"
        // with no subject of its own goes on with the source, not with what it said.
        // ", and they rejected…": a new subject after ", and" starts a clause of its own.
        let next_predicate = w == "and"
            && k + 1 < end
            && k > from + 2
            && doc.is_word(k + 1)
            && (looks_verbal(doc, k + 1)
                || doc.lower(k + 1).ends_with("ing") && doc.lower(k + 1).len() > 5
                || doc.word(k - 1) == "," && is_subject_pronoun(doc.lower(k + 1)));
        // Punctuation inside a quotation is the speaker's: it ends no clause of the
        // reporter's ("says they need no more “emotional, condescending lectures.”").
        !doc.in_quote(k)
            && (spaced_dash || w == ";" || participle || next_cue || contrast || next_predicate)
    });
    let at = [
        participle_at(doc, from, end),
        coordinated_cue_at(doc, from, end),
        aside,
    ]
    .into_iter()
    .flatten()
    .min();
    match at {
        // After a closing quote mark the clause ends behind it, so the quote stays whole.
        Some(k) if crate::text::is_closing_mark(doc.word(k)) => k + 1,
        Some(k) => k,
        None => end,
    }
}

/// A quote whose closing mark stands right before token `at` (a comma may sit between).
fn quote_closing_before(doc: &Doc, at: usize, floor: usize) -> Option<usize> {
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

/// A quote that opens within a few tokens after the cue, after `:` or `,`.
fn quote_opening_after(doc: &Doc, k: usize, end: usize) -> Option<usize> {
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

/// "according to X" and "as per X": before, after or inside the content.
fn according_to(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    for k in start..end.saturating_sub(1) {
        let pair = (doc.lower(k), doc.lower(k + 1));
        if !matches!(pair, ("according", "to") | ("as", "per")) {
            continue;
        }
        let cue = doc.span(k, k + 2);
        let lemma = if pair.0 == "as" {
            "as per"
        } else {
            "according to"
        };
        // The source runs to the next comma: "according to early results of exit polls
        // conducted for the AP by Edison Research, …"; a pronoun stands alone.
        let s = k + 2;
        if s >= end || !doc.is_word(s) {
            continue;
        }
        let e = if matches!(doc.lower(s), "him" | "her" | "them" | "us" | "me") {
            s + 1
        } else {
            let stop = (s..end)
                .find(|&j| matches!(doc.word(j), "," | ";" | "." | ":" | "—" | "–"))
                .unwrap_or(end);
            match subject_after(doc, k + 1, end) {
                Some((_, e)) if stop - s > 14 => e,
                Some(_) | None if stop > s => stop,
                _ => continue,
            }
        };
        let mut contents = Vec::new();
        let before_end = if k > start && doc.word(k - 1) == "," {
            k - 1
        } else {
            k
        };
        if let Some(c) = content_range(doc, start, before_end) {
            contents.push(c);
        }
        if let Some(c) = content_range(doc, e, end) {
            contents.push(c);
        }
        if contents.is_empty() {
            continue;
        }
        let kind = if contents.len() == 1 {
            kind_of(doc, contents[0])
        } else {
            QuoteKind::Indirect
        };
        out.push(with_source(
            doc,
            Attribution::new(cue, lemma, contents, kind),
            Some((s, e)),
        ));
    }
}

/// Headline style "Graham: Trump’s rhetoric is destroying the GOP": a short name, a
/// colon, and what the named one says.
fn colon_headline(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    let Some(colon) = (start + 1..end.min(start + 7)).find(|&k| doc.word(k) == ":") else {
        return;
    };
    let name_like = (start..colon).all(|k| {
        doc.is_word(k)
            && (doc.word(k).chars().next().is_some_and(char::is_uppercase)
                || matches!(doc.lower(k), "camp" | "campaign" | "of" | "the"))
    });
    let words_after = (colon + 1..end).filter(|&k| doc.is_word(k)).count();
    if !name_like || words_after < 3 || NOT_NAME_START.contains(&doc.lower(start)) {
        return;
    }
    let Some(content) = content_range(doc, colon + 1, end) else {
        return;
    };
    let a = Attribution::new(
        doc.tokens[colon].span,
        "say",
        vec![content],
        kind_of(doc, content),
    );
    out.push(with_source(doc, a, Some((start, colon))));
}

/// "Asked whether…", "Asked about…" opening a sentence: a question with no source named.
/// Also "…, he said when asked whether…" and "after being asked about…" anywhere in it.
fn asked_without_source(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    for k in start..end.saturating_sub(2) {
        let opens = k == start && doc.word(k) == "Asked";
        let after_when = k > start
            && doc.lower(k) == "asked"
            && matches!(doc.lower(k - 1), "when" | "being" | "if" | "once")
            && matches!(
                doc.lower(k + 1),
                "whether" | "if" | "about" | "why" | "how" | "what" | "who" | "when"
            );
        if !(opens || after_when) || doc.in_quote(k) {
            continue;
        }
        let stop = (k + 1..end)
            .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
            .unwrap_or(end);
        if let Some(content) = content_range(doc, k + 1, stop) {
            out.push(Attribution::new(
                doc.tokens[k].span,
                "ask",
                vec![content],
                kind_of(doc, content),
            ));
        }
    }
}

/// ", citing X" and ", adding that …" after an attribution in the same sentence.
fn participles(doc: &Doc, start: usize, end: usize, first_new: usize, out: &mut Vec<Attribution>) {
    let mut k = start;
    while let Some(comma) = participle_at(doc, k, end) {
        let word = if is_clause_break(doc, comma) {
            comma + 1
        } else {
            comma
        };
        k = word;
        let cue = doc.tokens[word].span;
        let Some(main) = (first_new..out.len())
            .rev()
            .find(|&i| out[i].cue.end <= doc.tokens[word].span.start)
        else {
            // "X endorsed Cruz, saying …": the clause's subject says it.
            if continues(doc, word) {
                if let Some(np) = clause_subject(doc, start, word) {
                    let next_stop = clause_end(doc, word + 1, end);
                    if let Some(content) = content_range(doc, word + 1, next_stop) {
                        let lemma = participle_lemma(doc.lower(word));
                        out.push(with_source(
                            doc,
                            Attribution::new(cue, lemma, vec![content], kind_of(doc, content)),
                            Some(np),
                        ));
                    }
                }
            }
            continue;
        };
        if doc.lower(word) == "citing" {
            let Some(np) = subject_after(doc, word, end) else {
                continue;
            };
            let mut a = with_source(
                doc,
                Attribution::new(cue, "cite", out[main].contents.clone(), out[main].kind),
                Some(np),
            );
            a.via = Some(main);
            out.push(a);
        } else {
            let next_stop = clause_end(doc, word + 1, end);
            let Some(content) = content_range(doc, word + 1, next_stop) else {
                continue;
            };
            let lemma = participle_lemma(doc.lower(word));
            let mut a = Attribution::new(cue, lemma, vec![content], kind_of(doc, content));
            a.source = out[main].source;
            a.source_ref = out[main].source_ref.clone();
            a.via = out[main].via;
            out.push(a);
        }
    }
}

/// A reporting participle with no comma before it (those after a comma continue the
/// main clause, see [`participles`]): after the noun that reports ("911 calls saying
/// shots were fired", "O'Malley calling Trump a fascist"), or after "by", "while",
/// "after" with the clause's own subject ("Bolton distanced himself by saying…").
fn gerund_cue(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let prev = k.checked_sub(1).filter(|&p| p >= start && doc.is_word(p))?;
    if doc.cue_score(k).is_none_or(|s| s <= MODEL_SURE) || NOT_PARTICIPLES.contains(&doc.lower(k)) {
        return None;
    }
    let np = if matches!(
        doc.lower(prev),
        "by" | "while" | "after" | "when" | "before"
    ) {
        clause_subject(doc, start, prev)?
    } else {
        // The noun alone: "Police received 911 calls saying…" is the calls' report.
        let (s, e) = subject_before(doc, k, start).filter(|&(_, e)| e == k)?;
        let s = (s..e - 1)
            .rev()
            .find(|&t| looks_verbal(doc, t))
            .map_or(s, |t| t + 1);
        (s < e).then_some((s, e))?
    };
    let content = content_range(doc, k + 1, clause_end(doc, k + 1, end))?;
    out.push(with_source(
        doc,
        Attribution::new(
            doc.tokens[k].span,
            lemma,
            vec![content],
            kind_of(doc, content),
        ),
        Some(np),
    ));
    Some(k + 1)
}

/// "The team seemed to falter", "Clinton is expected to win": an impression or an
/// expectation that no one is named for. The source is left empty and the content is
/// the subject with what is said of it, as PolNeAR marks them.
fn impression(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let (s, e) = subject_before(doc, k, start)?;
    let rest = content_range(doc, k + 1, clause_end(doc, k + 1, end))?;
    let mut a = Attribution::new(
        doc.tokens[k].span,
        lemma,
        vec![doc.span(s, e), rest],
        QuoteKind::Indirect,
    );
    a.source = None;
    out.push(a);
    Some(k + 1)
}

/// The lemma of a reporting participle: the lexicon's, else the learned form itself.
fn participle_lemma(form: &str) -> &'static str {
    verb_lemma(form)
        .or_else(|| learned_form(form))
        .unwrap_or("say")
}

/// Embedded tweets: a paragraph `— Name (@handle) date` credits the paragraph before it.
fn tweets(doc: &Doc, out: &mut Vec<Attribution>) {
    let paragraphs = doc.paragraphs();
    for (p, &(a, b)) in paragraphs.iter().enumerate() {
        if p == 0 || !matches!(doc.word(a), "—" | "–" | "-") {
            continue;
        }
        let Some(open) = (a + 1..b).find(|&k| doc.word(k) == "(") else {
            continue;
        };
        if open + 2 >= b
            || !doc.word(open + 1).starts_with('@')
            || doc.word(open + 2) != ")"
            || open == a + 1
        {
            continue;
        }
        let (ca, cb) = paragraphs[p - 1];
        let Some(content) = content_range(doc, ca, cb) else {
            continue;
        };
        let mut t = with_source(
            doc,
            Attribution::new(
                doc.tokens[a].span,
                "tweet",
                vec![content],
                QuoteKind::Direct,
            ),
            Some((a + 1, open)),
        );
        t.handle = Some(doc.word(open + 1).trim_start_matches('@').to_owned());
        out.push(t);
    }
}

/// Quotes with no cue of their own that follow an attribution are more of the same
/// speech: in the same paragraph (“A,” she said. “B.”), and in the paragraphs after it
/// that are nothing but a quote (the multi-paragraph speech of news style).
fn continue_quotes(doc: &Doc, out: &mut [Attribution]) {
    // Sentences and tokens are in text order and do not overlap, and quotes are found in
    // text order: every lookup below is a binary search, so that one article of a
    // hundred thousand sentences (a scraped page with no line breaks) costs no more per
    // byte than a short one.
    let sentence_end = |s: &crate::text::Sentence| doc.tokens[s.tokens.end - 1].span.end;
    let sentence_of = |byte: usize| {
        let i = doc.sentences.partition_point(|s| sentence_end(s) <= byte);
        doc.sentences
            .get(i)
            .filter(|s| doc.tokens[s.tokens.start].span.start <= byte)
            .map(|_| i)
    };
    let para_of = |byte: usize| sentence_of(byte).map(|i| doc.sentences[i].paragraph);
    // Whether at most two words lie between two byte offsets.
    let few_words_between = |from: usize, to: usize| {
        let first = doc.tokens.partition_point(|t| t.span.start < from);
        (first..doc.tokens.len())
            .take_while(|&t| doc.tokens[t].span.end <= to)
            .filter(|&t| doc.is_word(t))
            .take(3)
            .count()
            <= 2
    };
    let quotes_sorted = doc.quotes.is_sorted_by_key(|q| q.pieces[0].start);
    for owner in 0..out.len() {
        let a = &out[owner];
        let direct = a.kind != QuoteKind::Indirect;
        let mut last_end = a
            .cue
            .end
            .max(a.content_span().end)
            .max(a.source.map_or(0, |s| s.end));
        let Some(mut para) = para_of(a.cue.start) else {
            continue;
        };
        let mut added = Vec::new();
        let first_after = last_end;
        let from = if quotes_sorted {
            doc.quotes
                .partition_point(|q| q.pieces[0].start < first_after)
        } else {
            0
        };
        for quote in doc.quotes[from..]
            .iter()
            .filter(|q| q.pieces[0].start >= first_after)
        {
            let q = quote.span();
            // Another cue before the quote takes it, unless it sits in a relative clause
            // of the sentence that ends the speech so far (“…,” said X, who endorsed Y.).
            let last_sentence = sentence_of(last_end.saturating_sub(1));
            let taken = out.iter().any(|b| {
                b.contents.iter().any(|c| c.overlaps(&q))
                    || b.cue.start >= last_end
                        && b.cue.end <= q.end
                        && sentence_of(b.cue.start) != last_sentence
            });
            if taken {
                break;
            }
            let Some(pq) = para_of(q.start) else { break };
            // The quote goes on right after the cue's sentence, however long its source's
            // appositive (“A,” said X, a professor at Y. “B.”), or a word or two later.
            // A quote that ends the next sentence, with words of the reporter's before it
            // ("Unless rivals quit, “it's over.”"), is the same speech, words and all.
            let next_sentence = sentence_of(q.start)
                .filter(|&i| last_sentence.is_some_and(|j| j + 1 == i))
                .map(|i| &doc.sentences[i]);
            let opens_next_sentence = next_sentence.is_some_and(|s| s.tokens.start == quote.open);
            let ends_next_sentence = next_sentence.filter(|s| {
                quote.pieces.len() == 1
                    && doc.is_word(s.tokens.start)
                    && !(quote.close + 1..s.tokens.end).any(|t| doc.is_word(t))
            });
            let same_paragraph = pq == para
                && direct
                && (opens_next_sentence
                    || ends_next_sentence.is_some()
                    || few_words_between(last_end, q.start));
            let next_paragraph = pq == para + 1 && doc.is_pure_quote_paragraph(quote.open);
            if !(same_paragraph || next_paragraph) {
                break;
            }
            match ends_next_sentence {
                Some(s) if !opens_next_sentence => {
                    added.push(Span::new(doc.tokens[s.tokens.start].span.start, q.end));
                }
                _ => added.extend(quote.pieces.iter().copied()),
            }
            last_end = q.end;
            para = para_of(quote.pieces[quote.pieces.len() - 1].start).unwrap_or(pq);
        }
        out[owner].contents.extend(added);
    }
}

/// An attribution whose cue and source sit inside another's content is reported
/// through it ("TOLOnews: Price said that…"; "“He told me…,” she said").
fn nest_by_containment(out: &mut [Attribution]) {
    for i in 0..out.len() {
        if out[i].via.is_some() {
            continue;
        }
        let cue = out[i].cue;
        let best = (0..out.len())
            .filter(|&j| {
                j != i
                    && out[j].via != Some(i)
                    && out[j].contents.iter().any(|c| c.contains(&cue))
                    && out[j].cue != cue
            })
            .min_by_key(|&j| out[j].content_span().end - out[j].content_span().start);
        out[i].via = best;
        if best.is_some() && reaches(out, i) {
            out[i].via = None;
        }
    }
}

/// Whether following `via` from `start` comes back to it.
fn reaches(out: &[Attribution], start: usize) -> bool {
    let mut at = out[start].via;
    for _ in 0..out.len() {
        match at {
            Some(i) if i == start => return true,
            Some(i) => at = out[i].via,
            None => return false,
        }
    }
    true
}
