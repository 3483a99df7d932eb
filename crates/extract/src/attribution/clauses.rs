//! Where a reported clause starts and ends: adverbials after the cue, introductory
//! phrases before the subject, participles, asides, contrasts and coordinated cues that
//! end what the source said.

use super::*;

mod participles;

use participles::gerund_subject;
pub(super) use participles::{
    continues, is_ing_form, participle_at, participle_clause_end, NOT_PARTICIPLES,
};

/// Participles that continue an attribution with the same source.
pub(super) const CONTINUING: &[&str] = &[
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

/// Where a coordinated cue starts a new attribution: "and said", ", but insisted",
/// ", and three-quarters said".
pub(super) fn coordinated_cue_at(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    (from..end)
        .find(|&j| {
            if !matches!(doc.lower(j), "and" | "but") {
                return false;
            }
            // A weak cue of speech ("called", "urged", "noted") in the past or in "-s" joins
            // the source's verbs as well: "said he found Trump “very charming” and called
            // his standing “unheard of”"; its bare form may still be the reported clause's
            // ("would sit Putin down and call him…"), and a verb of thought goes on with
            // what was said ("says he’s proud and expects to…").
            let same_subject = (j + 1..end.min(j + 4))
                .find(|&t| !is_skippable(doc.lower(t)))
                .is_some_and(|t| {
                    let w = doc.lower(t);
                    verb_lemma(w).is_some_and(|l| {
                        !is_weak(l)
                            || w != l
                                && !w.ends_with("ing")
                                && !matches!(
                                    l,
                                    "think" | "believe" | "expect" | "find" | "agree" | "show"
                                )
                    })
                });
            // After a comma, a clause with its own subject and cue: the subject is a
            // short run of words with no verb of its own.
            let own_subject =
                j > from && doc.word(j - 1) == "," && opens_attribution(doc, j + 1, end);
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

/// Whether a subject of its own opens at token `from`, with its cue after it: "Smith
/// said", "the Huffington Post reported", "Brian Deese, the White House climate change
/// adviser, said". A short run of words with no verb of its own, or a name with an
/// appositive in commas.
fn opens_attribution(doc: &Doc, from: usize, end: usize) -> bool {
    let strong_cue = |t: usize| {
        verb_lemma(doc.lower(t)).is_some_and(|l| !is_weak(l)) && !doc.lower(t).ends_with("ing")
    };
    (from + 1..end.min(from + 16))
        .find(|&t| strong_cue(t))
        .is_some_and(|t| {
            t < from + 7 && subject_before(doc, t, from).is_some_and(|(s, _)| s == from)
                || appositive_subject(doc, t, from).is_some_and(|(s, _)| s == from)
        })
}

/// A conjunction that ties a sentence to the one before ("But Podesta said…"): it opens
/// the sentence without being part of any clause in it.
pub(super) fn ties_to_last_sentence(w: &str) -> bool {
    matches!(w, "but" | "and" | "yet" | "so")
}

/// Words that open a subordinate clause before the sentence's main clause.
const SUBORDINATE_OPENERS: &[&str] = &[
    "although", "though", "while", "whereas", "if", "when", "as", "since", "because", "after",
    "before", "once", "unless", "until", "even",
    // A phrase opened by a preposition holds a relative clause the same way: "Among
    // voters who said the economy was their top issue, Sanders won".
    "among",
];

/// Where what is reported ends when the cue stands in a subordinate clause that opens the
/// sentence or follows its last comma: "Although Clinton never mentioned Sanders by name,
/// Clinton cast her rival…"; "While he implied that he would not criticize Cruz, he did
/// not…". The main clause after the comma is the reporter's (or, after "found that, while
/// …", the outer cue's). `None` when the cue's clause does not open so.
pub(super) fn subordinate_clause_end(
    doc: &Doc,
    start: usize,
    cue: usize,
    end: usize,
) -> Option<usize> {
    // Or one after a comma: "found that, while 37 percent say he is, 39 percent blame…".
    let mut opener = (start..cue)
        .rev()
        .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
        .map_or(start, |c| c + 1);
    while opener < cue && ties_to_last_sentence(doc.lower(opener)) {
        opener += 1;
    }
    if !SUBORDINATE_OPENERS.contains(&doc.lower(opener)) || (opener..cue).any(|t| doc.in_quote(t)) {
        return None;
    }
    // The last such comma: one inside what was said may open a list ("that taxes, fees
    // and tolls would rise, voters…").
    (cue + 1..end)
        .rev()
        .find(|&c| doc.word(c) == "," && !doc.in_quote(c) && opens_main_clause(doc, c + 1, end))
}

/// Whether a clause with its own subject and verb opens at token `t`: "he did not…",
/// "some critics fear…", "Clinton cast…".
pub(super) fn opens_main_clause(doc: &Doc, t: usize, end: usize) -> bool {
    if t + 1 >= end || !doc.is_word(t) {
        return false;
    }
    if is_subject_pronoun(doc.lower(t)) || doc.lower(t) == "it" {
        return doc.is_word(t + 1);
    }
    np_from(doc, t, end).is_some_and(|(s, e)| {
        // "Marco Rubio still believes": an adverb may stand before the verb.
        let e = (e..end.min(e + 3))
            .find(|&v| !is_skippable(doc.lower(v)) || FINITE.contains(&doc.lower(v)))
            .unwrap_or(e);
        s == t && e < end && doc.is_word(e) && is_verb_form(doc, e)
    })
}

/// Whether token `t` is a verb form: an auxiliary, a past form or a listed reporting verb.
pub(super) fn is_verb_form(doc: &Doc, t: usize) -> bool {
    let w = doc.lower(t);
    FINITE.contains(&w) || looks_verbal(doc, t) || verb_lemma(w).is_some()
}

/// Whether a word is a particle that makes a phrasal verb with the verb before it
/// ("brushed off", "points out"): the cue model knows the particle more often than the
/// verb.
pub(super) fn is_particle(w: &str) -> bool {
    matches!(w, "out" | "off" | "up" | "back" | "down")
}

/// Whether token `t` is a verb form that opens a verb group: an auxiliary, a negative
/// contraction, a past form or a likely cue ("…, which is supported, wouldn’t go…").
pub(super) fn opens_verb_group(doc: &Doc, t: usize) -> bool {
    let w = doc.lower(t);
    FINITE.contains(&w) || crate::lexicon::is_negative_contraction(w) || looks_verbal(doc, t)
}

pub(super) use crate::lexicon::is_preposition;

/// Whether the "to" at `t` opens an infinitive, not a preposition's phrase: a verb after
/// it is a word in lower case that opens no noun phrase ("to leave", not "to the
/// Senate", "to her", "to its members").
pub(super) fn opens_infinitive(doc: &Doc, t: usize, end: usize) -> bool {
    doc.lower(t) == "to"
        && t + 1 < end
        && doc.word(t + 1).starts_with(char::is_lowercase)
        && !crate::lexicon::DETERMINERS.contains(&doc.lower(t + 1))
        && !crate::lexicon::is_possessive(doc.lower(t + 1))
        && crate::lexicon::object_pronoun_subject(doc.lower(t + 1)).is_none()
}

/// Whether a clause before a subject is only an introductory adverbial ("As part of the
/// talks, the government proposed…"), which is not what the source said.
pub(super) fn is_introductory(doc: &Doc, start: usize, before: Span) -> bool {
    static SUBORDINATORS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
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
    ]);
    // A conjunction or sentence adverb opens the reported clause itself ("But this was
    // the first time, she said"); only a short run after it is a mere lead-in ("And
    // yesterday, officials said…").
    const LEAD_INS: &[&str] = &[
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
    let first = doc.lower(start);
    words <= 1
        || SUBORDINATORS.contains(&first) && !has_inner_comma
        || LEAD_INS.contains(&first) && !has_inner_comma && words <= 3
}

/// A short adverbial after a cue ("on Thursday", "in a statement") or nothing at all.
/// A finite verb makes it a clause: "said there is a war", "said this was wrong".
pub(super) fn is_adjunct(doc: &Doc, from: usize, to: usize) -> bool {
    let words = (from..to).filter(|&k| doc.is_word(k)).count();
    words == 0
        || grants_anonymity(doc, from, to)
        || (ADJUNCT_STARTS.contains(&doc.lower(from))
            && words <= 12
            && !(from..to).any(|k| {
                let w = doc.lower(k);
                w == "that" || FINITE.contains(&w) || is_subject_pronoun(w)
            }))
}

/// Whether tokens `from..to` right after a cue are what it reports: a clause opened by a
/// subject pronoun ("said she does not"), or a bare "yes" or "no". ("told Reuters … when
/// asked if he had met Trump" has a pronoun too, but not right after the cue.)
pub(super) fn says_its_own(doc: &Doc, from: usize, to: usize) -> bool {
    if from >= to || !doc.is_word(from) {
        return false;
    }
    let mut words = (from..to).filter(|&k| doc.is_word(k)).map(|k| doc.lower(k));
    match (words.next(), words.next()) {
        (Some("yes" | "no"), None) => true,
        (Some(first), Some(_)) => is_subject_pronoun(first),
        _ => false,
    }
}

/// "he", "they’re", "I'd": a subject, so a clause ("says tonight he’s closer").
pub(super) fn is_subject_pronoun(w: &str) -> bool {
    let stem = w.split(['’', '\'']).next().unwrap_or(w);
    matches!(stem, "he" | "she" | "they" | "we" | "i")
}

pub(super) use crate::lexicon::FINITE;

/// A form of "be" that makes a passive ("is expected", "was asked").
pub(super) fn is_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "been" | "be")
}

/// Whether token `k` separates a clause: a comma, a dash, or a `,”`.
pub(super) fn is_clause_break(doc: &Doc, k: usize) -> bool {
    // Asked of every token of a clause: a word is told at once, without comparing text.
    !doc.is_word(k) && (matches!(doc.word(k), "," | "—" | "–") || comma_in_quote(doc, k))
}

/// Whether token `k` is a dash set off by a space before it, as an aside opens: "—", "–",
/// and the hyphens typewritten text uses for one (" - ", " -- "). A hyphen inside a word
/// ("well-known") or a range ("2006-2012") is none.
pub(super) fn is_spaced_dash(doc: &Doc, k: usize) -> bool {
    let spaced_before = k > 0 && doc.tokens[k].span.start > doc.tokens[k - 1].span.end;
    let spaced_after = |t: usize| {
        t + 1 >= doc.tokens.len() || doc.tokens[t + 1].span.start > doc.tokens[t].span.end
    };
    spaced_before
        && match doc.word(k) {
            "—" | "–" => true,
            "-" => spaced_after(k) || doc.word(k + 1) == "-" && spaced_after(k + 1),
            _ => false,
        }
}

/// Words that, after a comma, open a clause that is not the source's.
pub(super) const CLAUSE_ENDERS: &[&str] = &[
    "while", "whereas", "which", "however", "though", "although", "but", "who",
];

/// Whether a verb group with no subject opens at token `t`, after adverbs: "has called",
/// "then boomed", "even questioned", "didn’t provide".
fn predicate_after_and(doc: &Doc, t: usize, end: usize) -> bool {
    let verb = (t..end.min(t + 3)).find(|&v| {
        let w = doc.lower(v);
        !(crate::lexicon::is_ly_adverb(w)
            || matches!(w, "then" | "also" | "even" | "later" | "still"))
    });
    verb.is_some_and(|v| {
        let w = doc.lower(v);
        matches!(w, "has" | "have" | "had") && v + 1 < end && looks_verbal(doc, v + 1)
            || looks_verbal(doc, v)
    })
}

/// Whether the comma at `k` opens an aside in commas after which a verb comes: "the
/// pipeline, which is widely supported, “wouldn’t go 10 feet”", "Clinton, who is
/// running, will…", "the attack, the worst in years, killed…"; or an infinitive the
/// phrase before the aside takes ("urging Americans, who were not working for the
/// government, to leave").
fn aside_then_verb(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 2..end)
        .find(|&c| doc.word(c) == "," && !doc.in_quote(c))
        .is_some_and(|c| {
            let verb = (c + 1..end.min(c + 3)).find(|&t| doc.is_word(t));
            verb.is_some_and(|t| opens_verb_group(doc, t) || opens_infinitive(doc, t, end))
        })
}

/// Where what was said ends: at [`clause_end`], or earlier before a noun phrase in
/// apposition that runs to the end ("…to repeal the Hyde Amendment, a longstanding
/// federal provision that…", "…had been “rigged” against him, a charge that…"), which
/// describes what was said in the reporter's words. A source's appositive is the
/// source's ("said Dean Baker, co-director of a center, a liberal think tank"), so this
/// is for contents only.
pub(super) fn content_end(doc: &Doc, from: usize, end: usize) -> usize {
    let end = clause_end(doc, from, end);
    before_appositive(doc, from, before_anonymity(doc, from, end))
}

/// Where what was said from `from` ends before an appositive that runs to `end`, the
/// clause's end ([`content_end`]); `end` when there is none.
pub(super) fn before_appositive(doc: &Doc, from: usize, end: usize) -> usize {
    let appositive = (from + 1..end).find(|&k| {
        let closing_comma = comma_in_quote(doc, k);
        (doc.word(k) == "," && !doc.in_quote(k) || closing_comma)
            && k + 3 < end
            && matches!(doc.lower(k + 1), "a" | "an" | "the")
            && (from..k).any(|t| doc.is_word(t))
            && !aside_then_verb(doc, k, end)
            && !opens_with_subordinate(doc, from, k)
            && !closes_aside_after_that(doc, from, k)
            // A list ("differ on Israel, the Iranian deal and the court") or a
            // quotation after the comma goes on with what was said.
            && !(k + 1..end)
                .take_while(|&t| doc.word(t) != ",")
                .any(|t| matches!(doc.lower(t), "and" | "or"))
            && !doc.quotes.iter().any(|q| q.open > k && q.open < end)
            // "make the shoal, an atoll it seized, into a fortress": one in the middle.
            && !(k + 1..end).any(|t| doc.word(t) == "," && !doc.in_quote(t))
    });
    match appositive {
        Some(k) if crate::text::is_closing_mark(doc.word(k)) => k + 1,
        Some(k) => k,
        None => end,
    }
}

/// Whether the comma at `k` closes an aside opened right after "that" ("said that, at
/// this point, the estimate…"): what was said goes on after it.
fn closes_aside_after_that(doc: &Doc, from: usize, k: usize) -> bool {
    from + 2 < k
        && doc.lower(from) == "that"
        && doc.word(from + 1) == ","
        && !(from + 2..k).any(|t| doc.word(t) == ",")
}

/// Whether what was said, from `from` to `to`, opens with a subordinate clause or an
/// adverbial ("that if elected, …", "when the vote comes, …", "that in 1998, …"), so that
/// a comma in it may lead to its main clause.
pub(super) fn opens_with_subordinate(doc: &Doc, from: usize, to: usize) -> bool {
    /// Prepositions that open an adverbial of time or place.
    const LEADING_PREPOSITIONS: &[&str] = &[
        "in",
        "at",
        "on",
        "during",
        "for",
        "from",
        "with",
        "under",
        "over",
        "by",
        "amid",
        "following",
        "despite",
        "given",
    ];
    (from..to.min(from + 3))
        .filter(|&t| doc.is_word(t))
        .take(2)
        .enumerate()
        .any(|(i, t)| {
            let w = doc.lower(t);
            (SUBORDINATE_OPENERS.contains(&w) || LEADING_PREPOSITIONS.contains(&w))
                && (i == 0 || doc.lower(from) == "that")
        })
}

/// Whether what was said from `from` to `to` is a clause with a finite verb ("that it
/// raised $21 million", "he was…"), not a noun phrase: a participle after it in commas
/// ("…, bringing its total to…") is then the clause's own. One of the reactions a
/// statement meets ("…, drawing boos from the crowd") is the reporter's all the same.
fn reported_clause(doc: &Doc, from: usize, to: usize) -> bool {
    let opener = doc.lower(from);
    let reaction = to + 1 < doc.tokens.len()
        && matches!(
            doc.lower(to + 1),
            "drawing" | "prompting" | "sparking" | "triggering" | "eliciting" | "provoking"
        );
    !reaction
        && (opener == "that"
            || is_subject_pronoun(opener)
            || (from + 1..to).any(|t| FINITE.contains(&doc.lower(t)) && !doc.in_quote(t)))
}

/// Where the reported clause ends before the sentence does: a participle clause
/// (", adding…", ", conceding…"), a dash aside, a semicolon, or a coordinated cue.
pub(super) fn clause_end(doc: &Doc, from: usize, end: usize) -> usize {
    // "that philanthropy -- even on his own scale -- would not be enough": a pair of dashes
    // sets off an aside inside what was said; only the dash left over when the pairs are
    // taken ends the clause ("… in decline — a decline that took hold …"). PolNeAR train's
    // relation F1 went from 0.6691 to 0.6713 (cutting at every dash, hyphens too: 0.6686).
    let (dashes, last_dash) = (from..end)
        .filter(|&k| is_spaced_dash(doc, k))
        .fold((0, None), |(n, _), k| (n + 1, Some(k)));
    let lone_dash = last_dash.filter(|_| dashes % 2 == 1);
    // "said he is proud of his campaign and expects to leave": a clause with a subject
    // of its own ("he", "that …") goes on through a verb joined to its own by a bare
    // "and"; PolNeAR train's contents that open so run on over one 5 times in 6.
    let own_subject =
        from < end && (matches!(doc.lower(from), "that") || is_subject_pronoun(doc.lower(from)));
    let aside = (from..end).find(|&k| {
        // "found that, while most say…, 39 percent blame…": a comma right after "that"
        // opens an aside inside what was said, and the next one closes it.
        if k == from + 1 && doc.lower(from) == "that" || closes_aside_after_that(doc, from, k) {
            return false;
        }
        let w = doc.word(k);
        let spaced_dash = lone_dash == Some(k);
        // A comma kept inside a closing quote mark ends the clause as well: `,” referring`.
        let closing_comma = k > from && comma_in_quote(doc, k);
        let comma_like = w == "," || closing_comma;
        let participle_next = || is_ing_form(doc.lower(k + 1));
        // "Millennials, numbering 75.3 million, surpassed…": a participle in commas
        // before the reported clause's own verb is an aside inside it.
        let participle = comma_like
            && k + 1 < end
            && participle_next()
            && !NOT_PARTICIPLES.contains(&doc.lower(k + 1))
            && !(k > from && aside_then_verb(doc, k, end))
            && !gerund_subject(doc, k + 1, end)
            && (!reported_clause(doc, from, k) || continues(doc, k + 1));
        // ", said one candidate": a relative clause ends where the main verb comes.
        // And so does one ending in a quote closed by its comma (`who calls Trump a
        // “sociopath,” said he…`).
        let next_cue = comma_like
            && k + 1 < end
            && verb_lemma(doc.lower(k + 1)).is_some()
            && !doc.lower(k + 1).ends_with("ing");
        // ", while most said…", ", compared with 64 percent…", ", which votes in May":
        // a contrast, a comparison or an aside about the last noun is the reporter's.
        // ", but that …" goes on with what was said: the "that" reports again; in
        // "said, however, that …" the adverb is an aside.
        let reports_again = || {
            k + 2 < end
                && (doc.lower(k + 2) == "that" && doc.lower(k + 1) == "but"
                    || doc.word(k + 2) == "," && matches!(doc.lower(k + 1), "however" | "though"))
        };
        // "the pipeline, which is widely supported, “wouldn’t go 10 feet”": a relative
        // clause in commas, after which the reported clause's own verb comes.
        // "Clinton, who is running, will…" is the same.
        let relative_aside =
            || matches!(doc.lower(k + 1), "which" | "who") && aside_then_verb(doc, k, end);
        // "30 percent backed Trump, while 23 percent favored Cruz": a result set against
        // another is one finding.
        let figure = |t: usize| {
            let w = doc.lower(t);
            w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "percent" | "%")
        };
        let results_compared =
            || doc.lower(k + 1) == "while" && (from..k).any(figure) && (k + 2..end).any(figure);
        let contrast = comma_like
            && k + 1 < end
            && !reports_again()
            && !relative_aside()
            && !results_compared()
            && (CLAUSE_ENDERS.contains(&doc.lower(k + 1))
                || k + 2 < end
                    && matches!(
                        (doc.lower(k + 1), doc.lower(k + 2)),
                        ("compared", "with" | "to") | ("even", "though" | "as" | "if")
                    ));
        // "said the order was to avoid delay, according to the report": the source of the
        // whole is another attribution (`according_to`). One right after "that" opens an
        // aside before what was said ("reported that, according to an analysis, 85 of…").
        let according = comma_like
            && k + 2 < end
            && doc.lower(k + 1) == "according"
            && doc.lower(k + 2) == "to"
            && (from..k).any(|t| doc.is_word(t) && doc.lower(t) != "that");
        // `called it “an attack on our country,” Trump is…`: after a quote closed by its
        // comma, a clause with its own subject is the reporter's again.
        let clause_after_quote = closing_comma && opens_main_clause(doc, k + 1, end);
        // "insists the GOP must change, and has championed cuts": a verb after "and"
        // with no subject of its own goes on with the source, not with what it said;
        // so does one after "but" ("says she will vote for him but has withheld…").
        // ", and they rejected…": a new subject after ", and" starts a clause of its own.
        // "said it was not, and that the two nations had…": a second "that" clause of the
        // same verb goes on with what was said when a subject opens it; in "and that
        // demographic tends…" the "that" is the reporter's demonstrative.
        let reports_that_again = || {
            doc.lower(k + 1) == "that"
                && k + 2 < end
                && (crate::lexicon::DETERMINERS.contains(&doc.lower(k + 2))
                    || is_subject_pronoun(doc.lower(k + 2))
                    || doc.lower(k + 2) == "it"
                    || crate::source::is_capitalized(doc.word(k + 2)))
        };
        let next_predicate = matches!(doc.lower(k), "and" | "but")
            && k + 1 < end
            && k > from
            && doc.is_word(k + 1)
            && !(own_subject && doc.lower(k) == "and" && doc.word(k - 1) != ",")
            && !adjective_before_noun(doc, k + 1, end)
            // "as increasingly tense and worried": an adjective under a degree adverb
            // joins the next one, no verb.
            && !(k >= from + 2
                && doc.is_word(k - 1)
                && (crate::lexicon::is_ly_adverb(doc.lower(k - 2))
                    || matches!(doc.lower(k - 2), "very" | "so" | "quite" | "rather")))
            && (doc.word(k - 1) == "," || !inside_relative(doc, from, k))
            && !reports_that_again()
            && (looks_verbal(doc, k + 1)
                // "…to super PACs and has called for…", "…and then boomed": a
                // finite verb group with no subject of its own is the source's.
                || predicate_after_and(doc, k + 1, end)
                // "is acting unlawfully and showing disregard": a participle after a
                // bare "and" goes on with the reported verb group; after ", and" it is
                // the reporter's again.
                || doc.word(k - 1) == "," && participle_next()
                || doc.word(k - 1) == "," && is_subject_pronoun(doc.lower(k + 1))
                || doc.word(k - 1) == "," && opens_main_clause(doc, k + 1, end));
        // "Sanders, who said he would campaign with him, did not show up": a finite verb
        // right after the first comma has no subject in what was said; it is the main
        // clause's, after a relative clause that held the cue. A later comma may close an
        // aside inside what was said ("said the plan, if passed, would fail").
        // ("…, ultimately did not show up": an adverb may stand before that verb.)
        let verb_at = if k + 2 < end && crate::lexicon::is_ly_adverb(doc.lower(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        let main_verb_after = w == ","
            && k > from
            && verb_at < end
            && (FINITE.contains(&doc.lower(verb_at)) || looks_verbal(doc, verb_at))
            && !(from..k).any(|t| doc.word(t) == "," && !doc.in_quote(t))
            && in_relative_clause(doc, from);
        // "…in the past, the Huffington Post reported that…": a comma, then a subject
        // and a cue of their own, is a new attribution spliced on.
        // A comma right after the cue opens what was said ("tech executives say, they
        // have been asked…"), so only a later one can splice; nor does one closing an
        // adverbial that leads into what was said ("said that in the end, officials
        // claimed…"), which nests the second report.
        let spliced = w == ","
            && k > from
            && k + 2 < end
            && doc.is_word(k + 1)
            && opens_attribution(doc, k + 1, end)
            && !opens_with_subordinate(doc, from, k);
        // Punctuation inside a quotation is the speaker's: it ends no clause of the
        // reporter's ("says they need no more “emotional, condescending lectures.”").
        // Only a quote's closing mark after its comma, which the quote marks as its own,
        // ends one before a participle or a verb (`“hypocrite,” linking to…`).
        closing_comma && (participle || next_cue || contrast || according || clause_after_quote)
            || !doc.in_quote(k)
                && (spaced_dash
                    || w == ";"
                    || participle
                    || next_cue
                    || contrast
                    || according
                    || next_predicate
                    || main_verb_after
                    || spliced)
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
