//! Names written in capitals ("REAGAN SAYS…", "TAFT BROADCASTING SETS…": a Reuters
//! headline, a wire slug) get the casing the document gives them in running text, so an
//! actor's label does not depend on whether an article named it in a headline. Named
//! actors are one IRI across the corpus whatever the case, but each article adds the label
//! it wrote: without this, "DONALD TRUMP" and "Donald Trump" were two labels of one actor,
//! and every query printing names printed such an actor twice.

use crate::text::{line_around, TokenKind};
use crate::Doc;
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

/// Words that stay in lower case inside a name, after its first word ("Forstmann Little
/// and Co", "Bank of England").
const PARTICLES: &[&str] = &[
    "and", "of", "the", "for", "de", "du", "van", "von", "in", "on",
];

/// Shortest word of capitals that becomes title case when the document never writes it in
/// running text: shorter ones are more often acronyms ("IBM", "OPEC", "USDA") than words.
const TITLE_CASE_MIN: usize = 5;

/// How the document writes words in running text: the lower-case form of each capitalised
/// word on a line with more lower-case letters than capitals, to its first spelling there
/// ("Reagan", "Fed", "OPEC", "BankAmerica").
pub(super) struct Casing<'d> {
    /// Each word's spelling, and whether it was seen inside a sentence; borrowed from the
    /// document, which holds every token in lower case already.
    spelling: FxHashMap<&'d str, (&'d str, bool)>,
}

/// Words shorter than this are not spelled by a sentence's first word alone.
const SHORT: usize = 4;

impl<'d> Casing<'d> {
    /// Reads the document's running text once.
    pub(super) fn new(doc: &'d Doc<'d>) -> Self {
        let text = doc.text;
        let mut spelling = FxHashMap::default();
        let (mut line_start, mut line_end) = (0, 0);
        for (k, token) in doc.tokens.iter().enumerate() {
            if token.span.start >= line_end {
                (line_start, line_end) = line_around(text, token.span.start);
            }
            let word = doc.word(k);
            if !doc.in_running_text(k)
                || token.kind != TokenKind::Word
                || !word.starts_with(char::is_uppercase)
            {
                continue;
            }
            // A sentence's first word is capitalised whatever it is ("Us", "It", "Who"):
            // it spells a short word only when nothing else does, and a longer one until
            // a word inside a sentence does.
            let inside = k > 0
                && doc.tokens[k - 1].span.start >= line_start
                && (doc.tokens[k - 1].kind == TokenKind::Word || doc.word(k - 1) == ",");
            if !inside && word.chars().count() < SHORT {
                continue;
            }
            match spelling.entry(doc.lower(k)) {
                Entry::Vacant(e) => {
                    e.insert((word, inside));
                }
                Entry::Occupied(mut e) if inside && !e.get().1 => {
                    e.insert((word, inside));
                }
                Entry::Occupied(_) => {}
            }
        }
        Self { spelling }
    }

    /// `name` as running text writes it, when a word of it is in capitals: each such
    /// word as the document spells it elsewhere; in a name wholly in capitals
    /// ([`in_capitals`]) a word the document does not spell is in title case when it is
    /// long enough to be a word ([`TITLE_CASE_MIN`]), a particle in lower case. `None`
    /// when nothing changes.
    pub(super) fn recased(&self, name: &str) -> Option<String> {
        let whole = in_capitals(name);
        let mut changed = false;
        let words: Vec<String> = name
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| {
                let lower = w.to_lowercase();
                let spelled = if !in_capitals(w) {
                    None
                } else if let Some(&(s, _)) = self.spelling.get(lower.as_str()) {
                    Some(s.to_owned())
                } else if !whole {
                    None
                } else if i > 0 && PARTICLES.contains(&lower.as_str()) {
                    Some(lower)
                } else if w.chars().filter(|c| c.is_alphabetic()).count() >= TITLE_CASE_MIN {
                    Some(title_case(&lower))
                } else {
                    None
                };
                changed |= spelled.as_deref().is_some_and(|s| s != w);
                spelled.unwrap_or_else(|| w.to_owned())
            })
            .collect();
        changed.then(|| words.join(" "))
    }
}

/// Whether a name or a word is written in capitals: no lower-case letter. A name with any
/// was written as meant ("RJR Nabisco", "BankAmerica"), but for its words in capitals.
pub(super) fn in_capitals(name: &str) -> bool {
    name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase)
}

/// Whether a name has a word of two letters or more in capitals ("REAGAN", "Midland BANK",
/// "FBI"), which the document may spell otherwise; an abbreviation with stops ("U.S.")
/// is written so everywhere.
pub(super) fn has_capitals(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        !w.contains('.') && in_capitals(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    })
}

/// A lower-case word with a capital after the start and after a hyphen ("moody's" →
/// "Moody's", "ruhr-gas" → "Ruhr-Gas").
fn title_case(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut upper_next = true;
    for c in lower.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        upper_next = c == '-';
    }
    out
}
