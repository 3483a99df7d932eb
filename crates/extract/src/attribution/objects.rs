//! What comes right after a cue: who it is spoken to ("told reporters", "told The New
//! York Times"), with the outlet's own attribution when the one told is an outlet; where
//! a noun phrase it takes as what was said ends ("backed | Jeb Bush, and…"); a day that
//! says when it was said (`time_before_clause`); and the terms of anonymity, which are
//! no part of what was said (`grants_anonymity`).

use super::*;

/// After "told": the object ("reporters", "the New York Times"), and whether it is an
/// outlet. Returns the token where the content or adjunct starts.
pub(super) fn after_object(
    doc: &Doc,
    k: usize,
    lemma: &str,
    end: usize,
) -> (usize, Option<(usize, usize)>) {
    if !matches!(
        lemma,
        "tell" | "ask" | "inform" | "brief" | "assure" | "remind" | "urge" | "warn"
    ) {
        return (k + 1, None);
    }
    // "warned that prices could rise": a "that" right after the verb opens what was
    // said, not an object ("that prices" is no noun phrase here).
    if k + 1 < end && doc.lower(k + 1) == "that" {
        return (k + 1, None);
    }
    let (mut after, outlet) = if k + 1 < end && OBJECT_PRONOUNS.contains(&doc.lower(k + 1)) {
        (k + 2, None)
    } else {
        match subject_after(doc, k, end) {
            Some((s, e)) => {
                // "told the AP her group never…": a possessive after the object opens the
                // reported clause's subject; an adverbial ends the object too ("told the
                // Post in an interview that…", "told Reuters on condition of anonymity").
                let e = (s + 1..e)
                    .find(|&t| {
                        matches!(doc.lower(t), "her" | "his" | "their" | "our" | "its" | "my")
                            || matches!(doc.lower(t), "in" | "on" | "during" | "at")
                                && t + 1 < e
                                && matches!(
                                    doc.lower(t + 1),
                                    "a" | "an" | "the" | "his" | "her" | "condition"
                                )
                    })
                    .unwrap_or(e);
                let outlet = matches!(
                    classify(doc, s, e),
                    SourceRef::Outlet(_) | SourceRef::OutletRef
                )
                .then_some((s, e));
                (e, outlet)
            }
            // "told city leaders that…": a common noun phrase as the object, up to the
            // "that" that opens what was said.
            None => {
                let that = (k + 2..end.min(k + 8))
                    .take_while(|&t| {
                        doc.is_word(t) && !FINITE.contains(&doc.lower(t)) && !looks_verbal(doc, t)
                    })
                    .find(|&t| doc.lower(t) == "that");
                return (that.unwrap_or(k + 1), None);
            }
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
        && is_skippable(doc.lower(after))
        && doc.lower(after) != "that"
    {
        after += 1;
    }
    // "told reporters on a conference call": a preposition whose phrase runs on is an
    // adverbial of its own, not the start of what was said.
    if after > k + 2 && crate::lexicon::is_preposition(doc.lower(after - 1)) {
        after -= 1;
    }
    (after, outlet)
}

/// Objects of "told", "asked": the people spoken to.
pub(super) const OBJECT_PRONOUNS: &[&str] = &[
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

/// The outlet a cue's content ends by naming as the one told ("confirmed the capture | to
/// AFP", "described the plan to The Washington Post"): the "to" that opens it and the
/// outlet's phrase, which relays what was said as "told AFP" does (`after_object`).
pub(super) fn outlet_told_at_end(
    doc: &Doc,
    lemma: &str,
    from: usize,
    end: usize,
) -> Option<(usize, (usize, usize))> {
    // Verbs that can tell a thing to someone; "likened RT to the BBC" compares.
    const TELLING: &[&str] = &[
        "confirm",
        "deny",
        "describe",
        "explain",
        "say",
        "repeat",
        "reveal",
        "disclose",
        "admit",
        "acknowledge",
        "announce",
        "outline",
        "detail",
        "recount",
        "express",
        "stress",
    ];
    if !TELLING.contains(&lemma) {
        return None;
    }
    let to = (from + 1..end)
        .rev()
        .find(|&t| doc.lower(t) == "to" && !doc.in_quote(t))?;
    // Only a noun phrase told: in a clause ("…shows no one released the filings to the
    // Times") the outlet is the clause's.
    if (from..to).any(|t| FINITE.contains(&doc.lower(t)) || looks_verbal(doc, t)) {
        return None;
    }
    let (s, e) = subject_after(doc, to, end).filter(|&(s, _)| s == to + 1)?;
    // A name, not a headline's run of capitals ("Says No To Fox News As Sanders Turns…").
    const MAX_WORDS: usize = 5;
    let rest_is_punctuation = (e..end).all(|t| !doc.is_word(t));
    let short = (s..e).filter(|&t| doc.is_word(t)).count() <= MAX_WORDS;
    (rest_is_punctuation && short && matches!(classify(doc, s, e), SourceRef::Outlet(_)))
        .then_some((to, (s, e)))
}

/// Pushes an attribution; when its cue is "told <outlet>", first pushes the outlet's own
/// attribution of the same content and links the source's to it by `via`.
pub(super) fn push_with_outlet(
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

/// Where what a cue took as its object ends when it is a noun phrase, not a clause: PolNeAR
/// marks only the phrase ("had previously backed | Jeb Bush, and $100,000 from…",
/// "blocked | the bill because they said…", "eschewed | politics until the final
/// moments"). A clause ("that…", "to…", a verb before the break) goes on. `None` when the
/// content is a clause or nothing ends the phrase early.
pub(super) fn object_end(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    const ENDERS: &[&str] = &[
        "because", "until", "when", "after", "before", "while", "since", "although", "though",
        "despite", "during",
    ];
    if from >= end {
        return None;
    }
    // "pointed out that…": the particle is the cue's, and the clause comes after it.
    let first = match doc.lower(from) {
        w if is_particle(w) && from + 1 < end => doc.lower(from + 1),
        w => w,
    };
    if matches!(
        first,
        "that" | "to" | "whether" | "if" | "how" | "what" | "why" | "who"
    ) || doc.quotes.iter().any(|q| q.open >= from && q.open < end)
    {
        return None;
    }
    // "endorsed Trump in early June", "mentioned Muslims in an email": a preposition of
    // time or occasion after the phrase is the reporter's adverbial.
    let adverbial = |t: usize| {
        t + 1 < end && matches!(doc.lower(t), "in" | "during" | "at") && {
            let next = doc.lower(t + 1);
            matches!(
                next,
                "a" | "an" | "his" | "her" | "their" | "its" | "early" | "late" | "mid" | "recent"
            ) || crate::lexicon::WEEKDAYS.contains(&next)
                || crate::lexicon::MONTHS.contains(&next)
        }
    };
    // What the reporter adds after the phrase: a second verb joined to the cue's
    // ("condemned the bill's passage but praised the senators…"), the manner of it
    // ("rebuked Trump by (publicly) expressing sympathy"), the moment ("opposed the plan
    // as she left", "attacked Rubio on Tuesday").
    let by_doing = |t: usize| {
        is_ing_form(doc.lower(t))
            || is_ly_adverb(doc.lower(t)) && t + 1 < end && is_ing_form(doc.lower(t + 1))
    };
    let reporters_again = |t: usize| {
        t + 1 < end
            && match doc.lower(t) {
                "and" | "but" => is_verb_form(doc, t + 1),
                "by" => by_doing(t + 1),
                "as" => is_subject_pronoun(doc.lower(t + 1)),
                "on" => crate::lexicon::WEEKDAYS.contains(&doc.lower(t + 1)),
                _ => false,
            }
    };
    let stop = (from + 1..end).find(|&t| {
        doc.word(t) == "," || ENDERS.contains(&doc.lower(t)) || adverbial(t) || reporters_again(t)
    })?;
    let verbal = |t: usize| {
        let w = doc.lower(t);
        FINITE.contains(&w) || is_subject_pronoun(w) || looks_verbal(doc, t)
    };
    if (from..stop).any(verbal) {
        return None;
    }
    Some(
        list_end(doc, stop, end, |t| {
            verbal(t) || ENDERS.contains(&doc.lower(t))
        })
        .unwrap_or(stop),
    )
}

/// Where what a cue word `form` reports from `from` ends, inside its clause (which ends at
/// `clause_end`): a verb of stance or action ("backed", "blocked"), learned rather than
/// listed as a verb of speech, takes a noun phrase that may end before the clause does
/// (`object_end`); and an appositive after what was said is the reporter's.
pub(super) fn said_end(doc: &Doc, form: &str, from: usize, clause_end: usize) -> usize {
    (verb_lemma(form).is_none())
        .then(|| object_end(doc, from, clause_end))
        .flatten()
        .unwrap_or(clause_end)
        .min(before_appositive(doc, from, clause_end))
        .min(before_anonymity(doc, from, clause_end))
}

/// Where a list the phrase before `comma` opens ends: "thanked his parents, his siblings,
/// his wife and his children, as well as…" is one object, up to the item joined by "and"
/// or "or". At least three items, each short and with no verb (`breaks`); two items in
/// commas ("backed Jeb Bush, and $100,000 from…") are a phrase and a new clause.
fn list_end(doc: &Doc, comma: usize, end: usize, breaks: impl Fn(usize) -> bool) -> Option<usize> {
    const MAX_ITEMS: usize = 8;
    const MAX_ITEM_WORDS: usize = 8;
    let mut item_start = comma + 1;
    for items in 2..=MAX_ITEMS {
        let item_end = (item_start..end)
            .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
            .unwrap_or(end);
        let words = (item_start..item_end).filter(|&t| doc.is_word(t)).count();
        if words == 0 || words > MAX_ITEM_WORDS || (item_start..item_end).any(&breaks) {
            return None;
        }
        if (item_start..item_end).any(|t| matches!(doc.lower(t), "and" | "or")) {
            return (items >= 3).then_some(item_end);
        }
        item_start = item_end + 1;
    }
    None
}

/// Where the reported clause starts after a day that opens what follows the cue with no
/// "that" to mark the clause ("said on Tuesday he would not intervene", "said Monday
/// night the plan was dead"): it says when it was said.
pub(super) fn time_before_clause(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let s = if doc.lower(from) == "on" {
        from + 1
    } else {
        from
    };
    // Only a day names when it was said for sure: in "said last year British Petroleum
    // held…" or "says tonight he’s a step closer" the time may be the clause's own.
    if !(crate::lexicon::WEEKDAYS.contains(&doc.lower(s)) || doc.lower(s) == "yesterday") {
        return None;
    }
    // The longest time phrase of up to four words, then a subject.
    (s + 1..end.min(s + 5)).rev().find(|&e| {
        is_time_phrase(doc, s, e)
            && e + 1 < end
            && doc.is_word(e)
            && (is_subject_pronoun(doc.lower(e))
                || matches!(doc.lower(e), "it" | "the" | "a" | "an" | "this" | "there")
                || is_capitalized(doc.word(e)))
    })
}

/// Whether a cue's adjunct is the terms of anonymity: "told Reuters on condition of
/// anonymity because the talks are private", "said, speaking on condition that he not be
/// named", "asking not to be identified". Its reason, clause as it is, is the reporter's.
pub(super) fn grants_anonymity(doc: &Doc, from: usize, to: usize) -> bool {
    let word = |i: usize| {
        if from + i < to {
            doc.lower(from + i)
        } else {
            ""
        }
    };
    let from_on = usize::from(matches!(word(0), "speaking" | "talking"));
    // (The "on" may have been passed over already, as the start of an adverbial.)
    let after_on = from > 0 && doc.lower(from - 1) == "on" && word(0) == "condition";
    after_on
        || on_condition_at(doc, from + from_on, to)
        || matches!(word(0), "asking" | "requesting" | "declining")
            && matches!(word(1), "not" | "anonymity" | "to")
}

/// Whether "on condition …" opens at `k`, or "on the condition of anonymity": the
/// article's "on the condition that" is a term of a deal as often as of anonymity.
fn on_condition_at(doc: &Doc, k: usize, to: usize) -> bool {
    let word = |i: usize| if k + i < to { doc.lower(k + i) } else { "" };
    word(0) == "on"
        && (word(1) == "condition"
            || word(1) == "the"
                && word(2) == "condition"
                && word(3) == "of"
                && word(4) == "anonymity")
}

/// Where what was said from `from` ends before the terms of anonymity ("confirmed the
/// meeting on condition of anonymity because…", "spoke about the plans only on the
/// condition of anonymity"), with the "only" or the "speaking" that leads to them and
/// the comma before: they are the reporter's account of the source, no part of what the
/// source said. `end` when there are none. (A source's own "who spoke on condition of
/// anonymity" is the source's, so this is for contents only.)
pub(super) fn before_anonymity(doc: &Doc, from: usize, end: usize) -> usize {
    let Some(k) = (from + 1..end).find(|&k| !doc.in_quote(k) && on_condition_at(doc, k, end))
    else {
        return end;
    };
    let mut start = k;
    while start > from + 1 && matches!(doc.lower(start - 1), "only" | "speaking" | "talking" | ",")
    {
        start -= 1;
    }
    start
}
