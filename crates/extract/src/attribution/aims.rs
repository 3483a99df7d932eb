//! Aims and impressions: verbs that report what a source said it would do ("vowed to
//! leave", "urged him to resign") or how something seems ("appeared to falter"), which
//! PolNeAR marks as attributions though the verbs are rarely cues elsewhere; and the
//! attribution of an impression or expectation no one is named for (`impression`).

use super::*;

/// The lemma of an aim at token `k`, given the lexicon's lemma for it (`listed`):
/// "vowed to leave", "declined to comment", "urged him to resign" (whatever the model
/// says of the infinitive), "asked the congregation to stand", "called on her to resign".
pub(super) fn aim_at(
    doc: &Doc,
    k: usize,
    end: usize,
    listed: Option<&'static str>,
) -> Option<&'static str> {
    let infinitive = k + 1 < doc.tokens.len() && doc.lower(k + 1) == "to";
    // Asked of every word: the table only when an aim could follow ("urge" takes its
    // object first, and all its forms start "urg").
    (infinitive || doc.lower(k).starts_with("urg"))
        .then(|| aim_lemma(doc.lower(k)))
        .flatten()
        .filter(|&l| infinitive || l == "urge")
        .or_else(|| {
            let object = match listed? {
                // "told residents not to drink", "warned them to leave".
                "ask" | "tell" | "warn" | "remind" | "advise" => k + 1,
                "call" if k + 1 < end && doc.lower(k + 1) == "on" => k + 2,
                _ => return None,
            };
            object_infinitive(doc, object, end).then_some(listed?)
        })
}

/// The lemma of an impression at token `k`: "appeared to step on her own momentum",
/// "seems ready to", however rarely the verb is a cue elsewhere ("appeared on Fox News").
pub(super) fn impression_at(doc: &Doc, k: usize, end: usize) -> Option<&'static str> {
    let next = (k + 1 < end).then(|| doc.lower(k + 1))?;
    let leads_on = matches!(
        next,
        "to" | "likely"
            | "unlikely"
            | "ready"
            | "poised"
            | "headed"
            | "set"
            | "reluctant"
            | "eager"
            | "willing"
            | "unwilling"
            | "determined"
            | "intent"
            | "certain"
            | "sure"
    );
    // The next word first: it rules out almost every token without a table lookup.
    leads_on.then(|| impression_lemma(doc.lower(k))).flatten()
}

/// Whether a subject can vow, decline or urge: a name, a person, a group, an outlet, a
/// pronoun for one; not "the effort", "it" or "the poll", whose "seeks to" is an aim of
/// no one's saying.
pub(super) fn is_agent(doc: &Doc, s: usize, e: usize) -> bool {
    let head = (s..e)
        .find(|&t| {
            matches!(doc.word(t), "," | "—" | "–" | "(")
                || t > s && matches!(doc.lower(t), "of" | "for" | "at" | "in" | "from" | "with")
        })
        .unwrap_or(e)
        .max(s + 1)
        - 1;
    let w = doc.lower(head);
    let things = [
        "statement",
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "data",
        "documents",
        "reports",
        "records",
        "filings",
    ];
    (doc.word(head).starts_with(char::is_uppercase) && !DETERMINERS.contains(&w))
        || matches!(w, "he" | "she" | "they" | "we" | "i" | "who")
        || (ANONYMOUS_HEADS.contains(&w) && !things.contains(&w))
        || ORG_WORDS.contains(&w)
        || OUTLET_NOUNS.contains(&w)
        || TITLES.contains(&w)
        // Nouns of people by what they do: "the pastor", "the organiser", "the
        // economist", "the resident"; not "the statement".
        || ["er", "or", "ist", "ian", "ent", "ant"]
            .iter()
            .any(|suffix| w.ends_with(suffix))
            && !w.ends_with("ment")
}

/// Whether a short object and then an infinitive start at `from`: "[the congregation]
/// to stand", "[her] to resign".
fn object_infinitive(doc: &Doc, from: usize, end: usize) -> bool {
    let Some(to) = (from..(from + 6).min(end)).find(|&t| doc.lower(t) == "to") else {
        return false;
    };
    to > from
        && (from..to)
            .all(|t| doc.is_word(t) && !FINITE.contains(&doc.lower(t)) && !looks_verbal(doc, t))
        && opens_infinitive(doc, to, end)
}

/// "The team seemed to falter", "Clinton is expected to win": an impression or an
/// expectation that no one is named for. The source is left empty and the content is
/// the subject with what is said of it, as PolNeAR marks them.
/// What is said of the subject starts at `after`, past the cue's own words ("seen as").
pub(super) fn impression(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    after: usize,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    // The subject stands before the verb group: "Clinton | is widely | expected".
    let mut j = k;
    while j > start
        && (is_be(doc.lower(j - 1))
            || matches!(doc.lower(j - 1), "not")
            || is_ly_adverb(doc.lower(j - 1)))
    {
        j -= 1;
    }
    // "The central bank, which has held rates near zero, is expected to act": the
    // subject keeps its aside, as PolNeAR marks it.
    let (s, e) = subject_before(doc, j, start).or_else(|| appositive_subject(doc, j, start))?;
    let s = head_before_infinitive(doc, s, start).unwrap_or(s);
    let rest = content_range(doc, after, impression_end(doc, after, end))?;
    // "It appears that the game was not boring": an "it" that only holds the subject's
    // place before a clause is no part of what seems so.
    let placeholder = e == s + 1 && doc.lower(s) == "it" && doc.lower(after) != "to";
    let contents = if placeholder {
        vec![rest]
    } else {
        vec![doc.span(s, e), rest]
    };
    // No `with_source`: the attribution names no one.
    out.push(Attribution::new(
        doc.span(k, after.max(k + 1)),
        lemma,
        contents,
        QuoteKind::Indirect,
    ));
    Some(k + 1)
}

/// Where the subject of an impression starts when the phrase found (from `s`) is the
/// object of an infinitive after the subject's head noun: "Pleas | to leave | the
/// embassy untouched seem…", "The plan | to cut | taxes seems…". What seems so is said of
/// the pleas, not of the embassy; a person's name is no such head ("Clinton to win").
fn head_before_infinitive(doc: &Doc, s: usize, start: usize) -> Option<usize> {
    if s < start + 3 || doc.lower(s - 2) != "to" || !doc.is_word(s - 1) {
        return None;
    }
    let (head, head_end) = subject_before(doc, s - 2, start)?;
    let name = head_end - 1 > start && is_capitalized(doc.word(head_end - 1));
    (head_end == s - 2 && !name).then_some(head)
}

/// Where what is said of an impression's subject ends: where the clause does, or before
/// an adverbial clause, which tells when or why it seemed so and is the reporter's
/// ("Rubio seemed to be on the upswing | after a strong showing in Iowa", "he appeared
/// uneasy | when asked about it"). A speaker's reasons are what was said; an
/// impression's are not.
fn impression_end(doc: &Doc, after: usize, end: usize) -> usize {
    let end = clause_end(doc, after, end);
    // "to be as strong a proponent as Obama": an "as" after "be" opens a comparison, and
    // the next "as" closes it; neither opens a clause.
    let opens_comparison =
        |t: usize| doc.lower(t) == "as" && (is_be(doc.lower(t - 1)) || doc.lower(t - 1) == "just");
    let mut comparison = false;
    (after + 1..end)
        .find(|&t| {
            if opens_comparison(t) {
                comparison = true;
                return false;
            }
            if comparison && doc.lower(t) == "as" {
                comparison = false;
                return false;
            }
            !doc.in_quote(t)
                && (IMPRESSION_ENDERS.contains(&doc.lower(t)) && !is_phrasal_after(doc, t)
                    || doc.word(t) == ":"
                    || doc.word(t) == ","
                        && t + 1 < end
                        && matches!(doc.lower(t + 1), "with" | "but" | "and"))
        })
        .map_or(end, |t| before_measure(doc, after, t))
}

/// Whether the "after" at `t` is a verb's particle, not a conjunction: "will not go after
/// the embassy", "looked after him", "named after his father".
fn is_phrasal_after(doc: &Doc, t: usize) -> bool {
    doc.lower(t) == "after"
        && t > 0
        && matches!(
            doc.lower(t - 1),
            "go" | "goes"
                | "going"
                | "gone"
                | "went"
                | "come"
                | "comes"
                | "coming"
                | "came"
                | "look"
                | "looks"
                | "looking"
                | "looked"
                | "run"
                | "runs"
                | "running"
                | "ran"
                | "named"
        )
}

/// Where an impression's predicate ends before an adverbial clause opening at `t`: at
/// `t`, or at the comma before a measure of time that leads to it ("disheartened about
/// the withdrawal, | nearly 20 years after they arrived"), which is the clause's.
fn before_measure(doc: &Doc, after: usize, t: usize) -> usize {
    let mut start = t;
    while start > after + 1 && {
        let w = doc.lower(start - 1);
        crate::source::is_time_word(w)
            || matches!(w, "decade" | "decades")
            || crate::lexicon::count_word(w).is_some()
            || matches!(
                w,
                "nearly"
                    | "almost"
                    | "about"
                    | "some"
                    | "just"
                    | "only"
                    | "shortly"
                    | "soon"
                    | "long"
                    | "right"
                    | "immediately"
                    | "few"
                    | "several"
            )
    } {
        start -= 1;
    }
    if start < t && doc.word(start - 1) == "," {
        start - 1
    } else {
        t
    }
}

/// Conjunctions that open an adverbial clause after an impression's predicate.
const IMPRESSION_ENDERS: &[&str] = &[
    "when", "after", "before", "as", "because", "since", "until", "despite", "unless", "while",
    "whereas", "though", "although",
];
