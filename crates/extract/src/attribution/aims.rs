//! Aims and impressions: verbs that report what a source said it would do ("vowed to
//! leave", "urged him to resign") or how something seems ("appeared to falter"), which
//! PolNeAR marks as attributions though the verbs are rarely cues elsewhere.

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
    impression_lemma(doc.lower(k)).filter(|_| leads_on)
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
        && to + 1 < end
        && (from..to)
            .all(|t| doc.is_word(t) && !FINITE.contains(&doc.lower(t)) && !looks_verbal(doc, t))
        && doc.is_word(to + 1)
        && doc.word(to + 1).starts_with(|c: char| c.is_lowercase())
        && !DETERMINERS.contains(&doc.lower(to + 1))
}
