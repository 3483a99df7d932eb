//! What a poll found: "Trump has a lead in the latest CNN poll", "In a survey released
//! Monday, 50 percent chose Clinton": "in" is the cue and the poll the source.

use super::*;

/// What a poll reports: "Trump has a lead in the latest CNN poll", "In a survey released
/// Monday, 50 percent chose Clinton". "in" is the cue, the poll the source, and the clause
/// before it (or, when the poll opens the sentence, after it) the content, as PolNeAR marks
/// them.
pub(super) fn in_poll(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    for k in start..end.saturating_sub(2) {
        if doc.lower(k) != "in" || doc.in_quote(k) {
            continue;
        }
        // The poll's noun phrase runs to a clause break or a verb: "a CBS News poll last
        // month has evaporated" ends before "has".
        let phrase_ends = |j: usize| {
            matches!(doc.word(j), "," | ";" | "." | ":" | "—" | "–" | "(")
                || FINITE.contains(&doc.lower(j))
                || cue_lemma(doc.lower(j)).is_some()
                    && !matches!(doc.lower(j), "released" | "conducted" | "published")
        };
        // The poll heads the phrase ("the latest CNN/ORC poll"): in "the wake of a new
        // poll" or "the hours before the polls" something else is, and a noun the poll
        // modifies ("poll workers") makes it no source either. Looked for first, within a
        // few words, so that the common "in" with no poll after it costs no scan to the
        // phrase's end.
        let Some(head) = (k + 1..end.min(k + 9))
            .take_while(|&j| !phrase_ends(j))
            .find(|&j| POLL_NOUNS.contains(&doc.lower(j)))
        else {
            continue;
        };
        let stop = (head + 1..end).find(|&j| phrase_ends(j)).unwrap_or(end);
        let modifiers_only = (k + 1..head).all(|j| {
            (doc.is_word(j) || doc.word(j) == "/") && !NOT_POLL_MODIFIERS.contains(&doc.lower(j))
        });
        let compound = head + 1 < stop && POLL_COMPOUNDS.contains(&doc.lower(head + 1));
        // A poll one can point to ("a CNN poll", "the latest survey", "the same poll"),
        // not the polls in general ("rose in the polls"), which backs no claim of its own.
        let particular = (k + 1..head).any(|j| {
            doc.word(j)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    doc.lower(j),
                    "latest" | "new" | "recent" | "same" | "earlier" | "this" | "that" | "another"
                )
        });
        // Polls in the plural back a claim only as "the latest polls" (PolNeAR train: 3
        // of 21 plural polls after "in" were attributions; "in many Iowa polls",
        // "in recent national polls" describe standing, not a claim).
        let plural =
            doc.lower(head).ends_with('s') && !(k + 1..head).any(|j| doc.lower(j) == "latest");
        if !modifiers_only || compound || !particular || plural {
            continue;
        }
        let content = if k > start && !is_introductory(doc, start, doc.span(start, k)) {
            // The clause the poll backs, not the introductory phrase before it: "By Jan.
            // 18, Obama was winning blacks by 28 points in the same poll".
            let from = (start..k)
                .rev()
                .find(|&c| doc.word(c) == "," && clause_subject(doc, c + 1, k).is_some())
                .map_or(start, |c| c + 1);
            content_range(doc, from, k)
        } else {
            let from = if stop < end && doc.word(stop) == "," {
                stop + 1
            } else {
                stop
            };
            content_range(doc, from, clause_end(doc, from, end))
        };
        let Some(content) = content else {
            continue;
        };
        // The source as PolNeAR marks it runs on over when and where the poll was taken
        // ("a CBS News poll last month"), not over the clause's own adverbs ("ahead of
        // the primary"); the actor is the poll itself, or the outlet that ran it.
        let source_end = (head + 1..stop)
            .find(|&j| POLL_PHRASE_ENDS.contains(&doc.lower(j)))
            .unwrap_or(stop);
        let mut a = one_content(doc, doc.tokens[k].span, "in", content);
        a.source = Some(doc.span(k + 1, source_end));
        a.source_ref = Some(classify(doc, k + 1, head + 1));
        out.push(a);
    }
}

/// Nouns that name a poll, the source of what "in" it is found.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Words that cannot stand between "in" and the poll it cites: the phrase's head is
/// another noun ("the wake of a new poll", "the run-up to the polls").
const NOT_POLL_MODIFIERS: &[&str] = &[
    "of", "to", "before", "after", "where", "when", "that", "for", "with", "at", "on", "in",
    "from", "by", "head", "heads", "went", "go", "going",
];

/// Words after a poll that start the clause's own adverbials, not the poll's.
const POLL_PHRASE_ENDS: &[&str] = &[
    "ahead",
    "since",
    "as",
    "nationally",
    "than",
    "and",
    "but",
    "because",
    "while",
    "so",
    "behind",
    "to",
    "for",
    "with",
    "after",
    "at",
    "amid",
    "by",
];

/// Nouns after "poll" that make it a modifier: "poll workers", "poll numbers".
const POLL_COMPOUNDS: &[&str] = &[
    "workers",
    "worker",
    "watchers",
    "station",
    "stations",
    "booth",
    "booths",
    "tax",
    "taxes",
    "closing",
    "closings",
    "site",
    "sites",
    "numbers",
    "position",
    "positions",
];
