//! The name before its aside, and the aside with it: "Ned Price, a State Department
//! spokesman, said", "Humphrey, who calls Trump a “sociopath,” said", "after the Post,
//! which backed him, said". The scan of a subject (`subject_scan`) would stop at the
//! comma before the aside; this reads past it to the name that opens the clause.

use super::*;
use crate::quotes::comma_in_quote;

/// The source phrase of a name with its aside before token `j` (the cue, or the comma
/// after the aside's last word), the phrase no further back than `floor`.
pub(super) fn name_with_aside(doc: &Doc, j: usize, floor: usize) -> Option<(usize, usize)> {
    // "…, Ned Price, a State Department spokesman, said": the name with its appositive
    // (or its "who" clause), which the scan below would stop at the comma before. The
    // name must open its clause: in "The effort, led by Zalmay Khalilzad, the envoy, seeks
    // to" the subject is the effort, and the name only the object of "by".
    // The aside may end in a quote closed by its comma: "Humphrey, who calls Trump a
    // “sociopath,” said"; its marks are then the aside's, and the phrase takes it whole.
    // Only a quote inside the aside's words ("a “sociopath,”"): one opening its clause is
    // what was said (“Look, …,” said Jane Roe), its comma none of the source's.
    // So may a title set off by its own comma: "Sam Solovey, a contestant on the show,
    // “The Apprentice,” said" (`quotes::names_a_title`).
    let closed = (j > floor + 4 && comma_in_quote(doc, j - 1))
        .then(|| doc.quotes.iter().position(|q| q.close == j - 1))
        .flatten()
        .filter(|&q| doc.quotes[q].open > floor);
    let title = closed.filter(|&q| crate::quotes::names_a_title(doc, q));
    let quote_closed =
        closed.is_some_and(|q| doc.is_word(doc.quotes[q].open - 1)) || title.is_some();
    if j > floor + 3 && doc.word(j - 1) == "," || quote_closed {
        let aside_end = if quote_closed { j - 2 } else { j - 1 };
        // "Jane Roe, author of “Deal Maker,” who lives in Ohio, said": the comma before a
        // "who" clause may stand inside the quote that ends the appositive; its closing
        // mark stands for it.
        let who_after_quote = |m: usize| {
            m > floor + 1
                && m + 1 < aside_end
                && comma_in_quote(doc, m)
                && matches!(doc.lower(m + 1), "who" | "which")
        };
        let comma = (floor + 1..aside_end)
            .rev()
            .take(MAX_APPOSITIVE)
            .take_while(|&m| {
                doc.is_word(m)
                    || matches!(doc.word(m), "," | "-" | "." | "’" | "'")
                    || is_percent_sign(doc, m)
                    || quote_closed && crate::text::is_opening_mark(doc.word(m))
                    || who_after_quote(m)
            })
            .find(|&m| {
                doc.word(m) == ","
                    && !doc.in_quote(m)
                    && title.is_none_or(|q| m + 1 != doc.quotes[q].open)
                    || who_after_quote(m)
            });
        if let Some(m) = comma.filter(|&m| m + 1 < aside_end) {
            // "who", or "who’s" with its auxiliary ("Bloomberg, who’s thinking about
            // running, said"); "which" for a body ("after the Post, which backed him,
            // said").
            let who = |w: &str| {
                matches!(w, "who" | "whose" | "which") || contracted_pronoun(w) == Some("who")
            };
            // Or a participle set off in commas: "Durbin, noting the size of the list,
            // said"; "Peña Nieto, contradicting Trump, said".
            // Or where or how they heard or said it: "Voters who heard him, on television or
            // at rallies, said"; no verb of its own.
            // The participle may follow an adverb: "Clinton, also campaigning in Wisconsin,
            // said"; "Smith, still reeling from the loss, said".
            let participle = if m + 2 < aside_end
                && (is_ly_adverb(doc.lower(m + 1))
                    || matches!(
                        doc.lower(m + 1),
                        "also" | "still" | "now" | "then" | "again"
                    )) {
                m + 2
            } else {
                m + 1
            };
            let aside = doc.lower(participle).ends_with("ing")
                && !is_capitalized(doc.word(participle))
                || matches!(doc.lower(m + 1), "on" | "in" | "at" | "during")
                    && (m + 2..aside_end).all(|t| {
                        !crate::lexicon::FINITE.contains(&doc.lower(t)) && !looks_verbal(doc, t)
                    });
            // An appositive ending in a quote has no verb of its own ("author of ''The
            // Book,''"); with one ("Mr. Roe is ''angry,'' said Jane Doe") the quote ends
            // what was said and the source comes after the cue.
            let appositive_verb = quote_closed
                && !who(doc.lower(m + 1))
                && !aside
                && (m + 1..aside_end).any(|t| {
                    // (The noun a title is apposed to is no verb: "the show, “…,”".)
                    let work_noun = title.is_some_and(|q| t + 2 == doc.quotes[q].open);
                    !doc.in_quote(t)
                        && !work_noun
                        && (crate::lexicon::FINITE.contains(&doc.lower(t)) || looks_verbal(doc, t))
                });
            if (opens_np(doc, m + 1) || who(doc.lower(m + 1)) || aside) && !appositive_verb {
                // "…ago that Michael Bloomberg, who’s …, said": a clause opened by a
                // conjunction, the name first in it ("that" read as its determiner).
                let after_conjunction = |s: usize| {
                    let s = if doc.lower(s) == "that" && is_capitalized(doc.word(s + 1)) {
                        s + 1
                    } else {
                        s
                    };
                    matches!(
                        doc.lower(s - 1),
                        "that"
                            | "when"
                            | "while"
                            | "because"
                            | "although"
                            | "after"
                            | "since"
                            | "as"
                    )
                    .then_some(s)
                };
                // (Past the closing mark, so that the quote ends the appositive.)
                let cut = if who_after_quote(m) { m + 1 } else { m };
                let found = subject_before(doc, cut, floor).map(|(s, e)| {
                    // "Rep. Liz Cheney, R-Wyo., a notorious hawk, called": the party and
                    // state are the name's, and the name the subject.
                    // So is an age: "Woodrow Benford, 58, who lives outside…, says".
                    let age = e == s + 1
                        && doc.word(s).len() <= 3
                        && doc.word(s).bytes().all(|b| b.is_ascii_digit());
                    let after_comma = s > floor + 1 && doc.word(s - 1) == ",";
                    let tag = after_comma
                        && (age
                            || (s..e)
                                .filter(|&t| doc.is_word(t))
                                .all(|t| crate::text::is_party_tag(doc.word(t))));
                    // So is a name before an appositive the "who" clause follows: "Frank
                    // Naylor, chairman of the FCA, which regulates…, said".
                    let appositive =
                        after_comma && !is_capitalized(doc.word(s)) && opens_np(doc, s);
                    // So is a town with its state: "Elders Raw Materials, Darien, Ct.,
                    // offered" (the aside is the state, the phrase before it the town).
                    // (The tokenizer keeps "N.H." whole but splits "Ct" ".".)
                    let state = match aside_end - m {
                        2 => Some(doc.lower(m + 1).to_owned()),
                        3 if doc.word(m + 2) == "." => Some(format!("{}.", doc.lower(m + 1))),
                        _ => None,
                    };
                    let town = after_comma
                        && state.is_some_and(|st| {
                            crate::lexicon::STATE_ABBREVIATIONS.contains(&st.as_str())
                        });
                    let name = (tag || appositive || town)
                        .then(|| subject_before(doc, s - 1, floor))
                        .flatten()
                        .filter(|&(n, e)| {
                            // A name: its words capitalised, and no date ("March 23,
                            // the exchange, which…").
                            tag || (n..e).filter(|&t| doc.is_word(t)).all(|t| {
                                is_capitalized(doc.word(t))
                                    && !crate::lexicon::MONTHS.contains(&doc.lower(t))
                            })
                        });
                    match name {
                        Some((name, _)) => (name, e),
                        None => (s, e),
                    }
                });
                if let Some((s, _)) = found.and_then(|(s, e)| {
                    let opens_clause = s == floor
                        || !doc.is_word(s - 1)
                        // "Even Rendell, a Clinton supporter, said": a connective opens
                        // the sentence, the name still opens the clause.
                        || s - 1 == floor && CONNECTIVES.contains(&doc.lower(floor));
                    if opens_clause {
                        Some((s, e))
                    } else {
                        after_conjunction(s).map(|s| (s, e))
                    }
                }) {
                    // "The Journal, citing people familiar with the matter, reported":
                    // whom the source cites is the next link of its chain (`participles`),
                    // not part of the source.
                    let phrase_end = if doc.lower(m + 1) == "citing" {
                        m
                    } else if quote_closed {
                        j
                    } else {
                        j - 1
                    };
                    return Some((s, phrase_end));
                }
            }
        }
    }
    None
}
