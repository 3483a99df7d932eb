//! Phrases that describe their source rather than name it: a list of names ("Carson,
//! Fiorina and Huckabee"), a body of some kind ("a super PAC"), a party's member ("a
//! Republican"), and what someone put out ("a statement released by the ministry"),
//! which speaks for them; and what after a comma only describes the name before it
//! (a party and state, a town and its state).

use super::*;

/// How many names a list of three or more names holds ("Carson, Fiorina and Huckabee",
/// "Clinton, Sanders, and O’Malley"), or `None` for anything else: items set apart by
/// commas, the last by "and", each ending in a capitalised word.
pub(super) fn names_listed(words: &[&str]) -> Option<u32> {
    let and = words.iter().position(|w| *w == "and")?;
    // The serial comma before "and" separates nothing more.
    let serial = and > 0 && words[and - 1] == ",";
    let (head, last) = (&words[..and - usize::from(serial)], &words[and + 1..]);
    let mut items: Vec<&[&str]> = head.split(|w| *w == ",").collect();
    items.push(last);
    let named = items.len() >= 3
        && items
            .iter()
            .all(|item| !item.contains(&"and") && item.last().is_some_and(|w| is_capitalized(w)));
    named.then(|| u32::try_from(items.len()).ok()).flatten()
}

/// "A super PAC", "a pro-Rubio super PAC", "an advocacy Group": a body no name is given
/// for, its kind after an indefinite article in lower case but for the kind itself.
pub(super) fn unnamed_body(words: &[&str], lower: &[&str]) -> bool {
    let [first, .., head] = lower else {
        return false;
    };
    matches!(*first, "a" | "an" | "another")
        && ORG_WORDS.contains(head)
        && words[1..words.len() - 1].iter().all(|w| !is_capitalized(w))
}

/// "Republican criticism", "a Republican who has not endorsed him": a party's word
/// alone, or one of its members, is no organisation of that name.
pub(super) fn party_member(lower: &[&str]) -> bool {
    let party = |w: &str| matches!(w, "democrat" | "democratic" | "republican" | "gop");
    match lower {
        [word] | ["a" | "an" | "one" | "another", word] => party(word),
        _ => false,
    }
}

/// Verbs of putting something out, whose agent speaks for the thing.
const PUT_OUT: &[&str] = &[
    "released",
    "issued",
    "published",
    "conducted",
    "commissioned",
    "sent",
    "posted",
    "signed",
    "written",
    "prepared",
];

/// What is put out and speaks for whoever put it out.
const THINGS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "memo",
    "study",
    "survey",
    "poll",
    "analysis",
    "document",
    "release",
    "filing",
    "tweet",
    "video",
    "ad",
];

/// Where a phrase's words say a thing was put out by someone: the thing's index and the
/// index of "by". The thing opens the phrase ("Lewandowski, in a statement released
/// by…" is his).
fn put_out(lower: &[&str]) -> Option<(usize, usize)> {
    let by = lower.iter().position(|w| *w == "by")?;
    if by < 2 || !PUT_OUT.contains(&lower[by - 1]) {
        return None;
    }
    let thing = lower[..by - 1].iter().rposition(|w| *w != ",")?;
    let opens = lower[..thing]
        .iter()
        .all(|w| *w != "," && !crate::lexicon::is_preposition(w));
    (opens && THINGS.contains(&lower[thing])).then_some((thing, by))
}

/// The thing a source phrase (tokens `start..end`) says someone put out: "survey" in
/// "The survey, conducted by the Public Policy Institute of California", which "the
/// survey" after it stands for.
pub(crate) fn thing_put_out(doc: &Doc, start: usize, end: usize) -> Option<&'static str> {
    // Asked of every source phrase resolved: most have no "by", and need no word list.
    if !(start..end).any(|k| doc.lower(k) == "by") {
        return None;
    }
    let lower: Vec<&str> = (start..end).map(|k| doc.lower(k)).collect();
    let (thing, _) = put_out(&lower)?;
    THINGS.iter().copied().find(|t| *t == lower[thing])
}

/// "a statement released by the ministry", "The report, published by the Pentagon on
/// Friday,", "a poll conducted by CNN": what someone put out speaks for them, as the
/// phrase after "by" names them (up to a comma or a time: "on Friday", "last week").
pub(super) fn published_by(doc: &Doc, kept: &[usize], lower: &[&str]) -> Option<SourceRef> {
    let (_, by) = put_out(lower)?;
    let first = *kept.get(by + 1)?;
    let last = kept[by + 1..]
        .iter()
        .take_while(|&&k| {
            doc.is_word(k)
                && !matches!(
                    doc.lower(k),
                    "on" | "in" | "at" | "last" | "this" | "earlier"
                )
        })
        .last()?;
    Some(classify(doc, first, last + 1))
}

/// Whether the words after an appositive's comma (`words`, and `lower` lower-cased) only
/// describe the name before them: its party and state ("Rep. Liz Cheney, R-Wyo."), a
/// state or a place ("Stephanie Hooton of Derry, N.H."), or a town with its state
/// ("Elders Raw Materials, Darien, Ct."). The name is then the source, whatever it is.
pub(super) fn describes_the_name(words: &[&str], lower: &[&str]) -> bool {
    let punctuation = |w: &&str| matches!(*w, "," | "." | ")");
    let described: Vec<&str> = lower.iter().copied().filter(|w| !punctuation(w)).collect();
    let is_state = |w: &str| {
        crate::lexicon::STATE_ABBREVIATIONS.contains(&w)
            || crate::lexicon::STATE_ABBREVIATIONS.contains(&format!("{w}.").as_str())
    };
    let place = || {
        let joined = described.join(" ");
        is_state(&joined)
            || crate::lexicon::PLACES.contains(&joined.as_str())
            || described
                .split_last()
                .is_some_and(|(last, town)| (1..=3).contains(&town.len()) && is_state(last))
    };
    words
        .iter()
        .filter(|w| !punctuation(w))
        .all(|w| crate::text::is_party_tag(w))
        || !described.is_empty() && place()
}
