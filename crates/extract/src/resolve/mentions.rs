//! What the text names before any source does: people written with a title or as a run
//! of capitalised name words ("President Joe Biden", "Osamu Fukushima"), which a pronoun
//! or a surname may point back to, and outlets named anywhere, which "the newspaper" may.

use crate::lexicon::{
    is_possessive, outlet, without_possessive, AMBIGUOUS_OUTLETS, NOT_NAME_START, ORG_WORDS,
    PLACES, TITLES,
};
use crate::text::{is_headline_case, Span};
use crate::Doc;

/// A person named in the text: where, the name, the title written before it.
pub(super) type NameMention = (Span, String, Option<String>);

/// People named with a title ("President Joe Biden", "Spokesman Stephane Dujarric") and
/// outlets named anywhere, in text order.
pub(super) fn scan_mentions(doc: &Doc) -> (Vec<NameMention>, Vec<(Span, &'static str)>) {
    let mut names = Vec::new();
    let mut outlets = Vec::new();
    let n = doc.tokens.len();
    let capitalized = |k: usize| doc.is_capitalized_word(k);
    let mut k = 0;
    while k < n {
        if !capitalized(k) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < n && capitalized(e) {
            e += 1;
        }
        let outlet = outlet_in_run(doc, k, e);
        outlets.extend(outlet);
        // "More Offensive Things Donald Trump Has Said": a headline capitalises every
        // word, and "Trump" in the story is not "Offensive Things Donald Trump". Few runs
        // are names, so their line is read only for those.
        // "The New York Times": no part of an outlet's name is a person's ("York Times").
        names.extend(name_in_run(doc, k, e).filter(|(at, _, _)| {
            outlet.is_none_or(|(o, _)| !o.overlaps(at))
                && !is_headline_case(doc.line_at(doc.tokens[k].span.start))
        }));
        k = e;
    }
    (names, outlets)
}

/// The longest outlet name inside a run of capitalised tokens.
fn outlet_in_run(doc: &Doc, k: usize, e: usize) -> Option<(Span, &'static str)> {
    for len in (1..=(e - k).min(4)).rev() {
        for s in k..=e - len {
            let Some(name) = outlet(doc.span_text(s, s + len)) else {
                continue;
            };
            if len > 1
                || !AMBIGUOUS_OUTLETS.contains(&doc.word(s))
                || s > 0 && doc.lower(s - 1) == "the"
            {
                return Some((doc.span(s, s + len), name));
            }
        }
    }
    None
}

/// Head words of the names of places, buildings, things and events, which a run of
/// capitalised words ending in one is not a person's.
static NOT_PERSON_HEADS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "pac",
    "tower",
    "towers",
    "park",
    "street",
    "avenue",
    "square",
    "center",
    "centre",
    "hall",
    "plaza",
    "building",
    "airport",
    "station",
    "bridge",
    "road",
    "boulevard",
    "beach",
    "river",
    "island",
    "islands",
    "county",
    "city",
    "valley",
    "mountains",
    "church",
    "cathedral",
    "hospital",
    "school",
    "college",
    "stadium",
    "arena",
    "hotel",
    "fund",
    "year",
    "day",
    "week",
    "memoir",
    "book",
    "act",
    "prize",
    "award",
    "awards",
    "festival",
    "games",
    "war",
    "summit",
    "convention",
    "conference",
    "debate",
    "primary",
    "caucus",
    "caucuses",
    "amendment",
    "treaty",
    "accord",
    "plan",
    "program",
    "programme",
    "project",
    "heights",
    "side",
    // The heads of outlets' and institutes' names ("Palo Alto Weekly", "Pew Research").
    "times",
    "news",
    "post",
    "journal",
    "journalism",
    "radio",
    "tv",
    "weekly",
    "review",
    "magazine",
    "network",
    "networks",
    "research",
    "studies",
    "polling",
    // Groups of people ("Some Americans", "Local Republicans").
    "americans",
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
]);

/// Words that open the names of places ("San Jose", "El Paso", "Des Moines", "Port
/// Washington", "Lower Manhattan", "East Side"), and no person's name.
static PLACE_OPENERS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "san", "santa", "santo", "sao", "são", "el", "los", "las", "des", "port", "fort", "lower",
    "upper", "midtown", "downtown", "east", "west", "north", "south", "northern", "southern",
    "eastern", "western", "central", "mount", "lake", "palo", "ciudad",
]);

/// Words no person's name holds, which end a run of capitals in a headline: auxiliaries,
/// question words and the commonest adverbs and prepositions of headlines.
static RUN_BREAKERS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "just", "got", "gets", "went", "who", "what", "why", "how", "is", "are", "was", "were", "has",
    "have", "had", "not", "about", "after", "before", "into", "than", "might", "could", "would",
    "should", "must", "can", "says", "said", "slams", "calls",
]);

/// A person's name inside a run of capitalised tokens: titles first, then two to four
/// name words with no organisation word in or right after them.
fn name_in_run(doc: &Doc, mut k: usize, e: usize) -> Option<NameMention> {
    // "Said Comey, …": an inflected verb of saying opening an inverted sentence is no
    // first name (a base form may be: "Hope Hicks").
    let inflected_verb = |w: &str| crate::lexicon::verb_lemma(w).is_some_and(|lemma| lemma != w);
    // "On Tuesday Smith said": a day or a month before a name is when.
    let when =
        |w: &str| crate::lexicon::WEEKDAYS.contains(&w) || crate::lexicon::MONTHS.contains(&w);
    // "Celebrating Clinton's win", "Outside Carrier's plant": a participle or a
    // preposition opening the sentence is no first name either.
    let opener = |w: &str| {
        w.len() > 5 && w.ends_with("ing") || crate::lexicon::is_preposition(w) && w.len() > 2
    };
    while k < e
        && (NOT_NAME_START.contains(&doc.lower(k))
            || matches!(doc.lower(k), "the" | "a" | "an")
            || inflected_verb(doc.lower(k))
            || when(doc.lower(k))
            || opener(doc.lower(k)))
    {
        k += 1;
    }
    // The name follows the last title or owner in the run: "Treasury Secretary James
    // Baker", "Fed Chairman Paul Volcker", "Germany's Kohl".
    let describes = |j: usize| {
        let w = doc.lower(j);
        TITLES.contains(&w) || j + 1 < e && is_possessive(w)
    };
    // "Super Tuesday", "in South Carolina Saturday": a day or a month ends no name.
    let mut e = e;
    while e > k && when(doc.lower(e - 1)) {
        e -= 1;
    }
    let mut t = (k..e).rev().find(|&j| describes(j)).map_or(k, |j| j + 1);
    // "Chancellor of the Exchequer Nigel Lawson", "Secretary of Commerce Malcolm
    // Baldrige": after "of" the run opens with the institution; the name is the last two
    // words, or three with an initial between.
    if t == k && k > 0 && matches!(doc.lower(k - 1), "of" | "the" | "for") {
        let run: Vec<&str> = (t..e).map(|j| doc.word(j)).collect();
        t = e - crate::source::name_len(&run);
    }
    // "Tim Allen Just Got Asked About…" (a headline in capitals): a function word or an
    // auxiliary ends the name.
    let e = (t..e)
        .find(|&j| RUN_BREAKERS.contains(&doc.lower(j)))
        .unwrap_or(e);
    if t >= e {
        return None;
    }
    // "Marco Rubio Campaign" names an organisation; "Marco Rubio's campaign" is his.
    let org_follows = e < doc.tokens.len()
        && doc.is_word(e)
        && ORG_WORDS.contains(&doc.lower(e))
        && !is_possessive(doc.lower(e - 1));
    // "Mitsui Trust and Banking Co Ltd", "Morgan Stanley and Co": the run goes on after
    // "and" or "&" into an organisation's name.
    let org_after_and = e + 1 < doc.tokens.len()
        && matches!(doc.lower(e), "and" | "&")
        && (e + 1..doc.tokens.len())
            .take_while(|&j| doc.is_capitalized_word(j))
            .any(|j| ORG_WORDS.contains(&without_possessive(doc.lower(j))));
    let org = (t..e).any(|j| ORG_WORDS.contains(&doc.lower(j)) || TITLES.contains(&doc.lower(j)));
    let name_words = e - t;
    let lower = crate::text::lowercase(doc.span_text(t, e));
    let place = PLACES.contains(&without_possessive(&lower))
        || crate::lexicon::is_demonym(without_possessive(&lower));
    // "San Jose", "El Paso", "Lower Manhattan": two words, the first one that opens
    // places' names. (A longer run may hold a person after it: "South Korean-born Monte
    // Haines".)
    let place_opener = e - t == 2 && PLACE_OPENERS.contains(&doc.lower(t));
    if org
        || org_follows
        || org_after_and
        || place
        || place_opener
        || !(2..=4).contains(&name_words)
        || outlet(doc.span_text(t, e)).is_some()
    {
        return None;
    }
    // "Trump Tower", "Buena Park", "the Monetary Fund": a head word of places, things and
    // events ends no person's name. (Asked last: most runs are no name for cheaper reasons.)
    if NOT_PERSON_HEADS.contains(&without_possessive(doc.lower(e - 1))) {
        return None;
    }
    let title = (t > k).then(|| doc.span_text(k, t).to_owned());
    // "Donald Trump's campaign": the owner's name, without the mark.
    let name = without_possessive(doc.span_text(t, e));
    Some((doc.span(t, e), name.to_owned(), title))
}
