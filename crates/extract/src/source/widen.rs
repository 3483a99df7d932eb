//! Where a source phrase really starts, when the scan back from the cue stopped inside
//! it: at the preposition of people described by what they know ("officials familiar
//! with the server") or whom they serve ("Advisers to Mr. Rubio"), inside a relative
//! clause with no commas ("Voters who backed Mr. Obama said"), at the "and" of two
//! names ("he and Mr. Allen said") or the first of a list ("Carson, Fiorina and
//! Huckabee said"), after a count's bound ("at least 21,000 said"), at
//! the lower-case words that describe a name ("…, digital consultant Jane Roe says") or
//! before a word in parentheses inside a name ("Industrial Equity (Pacific) Ltd").

use super::*;

/// Where the phrase the scan found at `s` starts once widened, or `None` when nothing
/// before it belongs to it.
pub(super) fn wider_start(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    knowing_from(doc, s, floor)
        .or_else(|| people_of_from(doc, s, floor))
        .or_else(|| relative_from(doc, s, floor, false))
        .or_else(|| coordinated_from(doc, s, floor))
        .or_else(|| joined_names_listed_from(doc, s, floor))
        .or_else(|| count_from(doc, s, floor))
        .or_else(|| described_from(doc, s, floor))
        .or_else(|| prepositions_from(doc, s, floor))
        .or_else(|| parenthesized_name_from(doc, s, floor))
}

/// "Industrial Equity (Pacific) Ltd, a Hong Kong firm, said": a company's name with a
/// word in parentheses before its legal form, where the scan stopped at the closing mark.
/// Returns where the name starts: the capitalised words before the opening mark. (Not a
/// ticker after an owner: "Texas Air Corp's (TEX) Continental Airlines" is the airline.)
fn parenthesized_name_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    const MAX_INSIDE: usize = 4;
    if s < floor + 4 || doc.word(s - 1) != ")" || !crate::lexicon::is_company_form(doc.word(s)) {
        return None;
    }
    let open = (s.saturating_sub(MAX_INSIDE + 2).max(floor)..s - 1)
        .rev()
        .find(|&t| doc.word(t) == "(")?;
    let inside_words = (open + 1..s - 1).all(|t| doc.is_capitalized_word(t));
    let mut start = open;
    while start > floor && doc.is_capitalized_word(start - 1) {
        start -= 1;
    }
    (inside_words && start < open && !doc.in_quote(start)).then_some(start)
}

/// Where the people a phrase ending at `end` describes start, when no phrase of its own
/// ends there: a relative clause ("Voters who want to ban abortion") or a chain of
/// prepositions ("Proponents of more controls on hate speech").
pub(super) fn described_people_from(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    if end <= floor {
        return None;
    }
    if let Some(s) = contact_clause_from(doc, end, floor) {
        return Some(s);
    }
    // A phrase ends in no preposition ("those shunned for | supporting Trump").
    if crate::lexicon::is_preposition(doc.lower(end - 1)) {
        return None;
    }
    relative_from(doc, end, floor, true)
        .or_else(|| prepositions_from(doc, end, floor))
        .or_else(|| knowing_bare_from(doc, end, floor))
}

/// "People I have spoken with said", "Several analysts we consulted say": people
/// described by a relative clause with no pronoun of its own, opened by its subject right
/// after their noun; the clause may end in its preposition. Returns where they start.
fn contact_clause_from(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    const MAX_CLAUSE: usize = 14;
    let subject = (end.saturating_sub(MAX_CLAUSE).max(floor + 1)..end).find(|&t| {
        let w = doc.lower(t);
        let stem = w.split(['’', '\'']).next().unwrap_or(w);
        matches!(stem, "i" | "we" | "you" | "they") && doc.is_word(t - 1) && {
            let head = doc.lower(t - 1);
            ANONYMOUS_HEADS.contains(&head) || crate::lexicon::is_people_plural(head)
        }
    })?;
    let plain = (subject..end).all(|t| doc.is_word(t) && !doc.in_quote(t));
    let verb = (subject + 1..end)
        .any(|t| crate::lexicon::FINITE.contains(&doc.lower(t)) || looks_verbal(doc, t))
        || doc.lower(subject).contains(['’', '\'']);
    if !(plain && verb) {
        return None;
    }
    let (start, e) = subject_before(doc, subject, floor)?;
    (e == subject).then_some(start)
}

/// "Multiple sources privy to negotiations say": what the people know is a bare noun,
/// which opens no phrase the scan could stop at. Returns where the people start.
fn knowing_bare_from(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    const MAX_BARE: usize = 3;
    let bare = (end.saturating_sub(MAX_BARE).max(floor + 1)..end)
        .find(|&s| (s..end).all(|t| is_plain_word(doc, t)))?;
    knowing_from(doc, bare, floor)
}

/// "Proponents of more controls on hate speech say", "critics of the plan in Congress
/// said": people described by a chain of prepositional phrases, which the scan from the
/// cue stopped inside. The head is the first word that names people and takes a
/// preposition, with no verb after it; the phrase must open its clause. Returns where it
/// starts.
fn prepositions_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    const MAX_CHAIN: usize = 14;
    let takes_preposition = |t: usize| {
        t + 1 < s
            && matches!(
                doc.lower(t + 1),
                "of" | "on" | "to" | "at" | "with" | "from" | "in" | "for" | "against"
            )
    };
    // Nouns, their modifiers and prepositions only: no verb, and no relative clause (in
    // "a supporter of Trump who lives in Greeley" the phrase is the relative's).
    let no_verb = |t: usize| {
        doc.is_word(t)
            && !matches!(doc.lower(t), "who" | "whose" | "whom" | "which" | "that")
            && !doc.in_quote(t)
            && !looks_verbal(doc, t)
            && !crate::lexicon::FINITE.contains(&doc.lower(t))
    };
    let head = (s.saturating_sub(MAX_CHAIN).max(floor)..s)
        .rev()
        .take_while(|&t| no_verb(t))
        .filter(|&t| takes_preposition(t) && ANONYMOUS_HEADS.contains(&doc.lower(t)))
        .last()?;
    let (start, e) = subject_before(doc, head + 1, floor)?;
    let opens_clause = after_clause_break(doc, start, floor)
        || start - 1 == floor && CONNECTIVES.contains(&doc.lower(floor));
    let phrase = e == head + 1
        && start < s
        && !crate::lexicon::is_preposition(doc.lower(start))
        && (start..s).all(no_verb);
    (phrase && opens_clause).then_some(start)
}

/// "…, digital consultant Jane Roe says", "…, political analyst Jane Roe said": a name
/// after the lower-case words that describe it (a role noun and its modifiers), which
/// open their clause. The scan stopped at the first of them it did not know; without
/// them the phrase would not reach the comma, and the clause before it would go
/// unreported. Returns where it starts.
fn described_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    const MAX_DESCRIPTION: usize = 4;
    let describes = |t: usize| {
        let w = doc.lower(t);
        doc.is_word(t)
            && !is_capitalized(doc.word(t))
            && !doc.in_quote(t)
            && !is_np_stop(doc, t)
            && !looks_verbal(doc, t)
            && !crate::lexicon::FINITE.contains(&w)
            && !crate::lexicon::is_preposition(w)
            && !DETERMINERS.contains(&w)
            && !PRONOUNS.contains(&w)
    };
    let mut start = s;
    while start > floor && s - start < MAX_DESCRIPTION - 1 && describes(start - 1) {
        start -= 1;
    }
    // The role stands right before the name, and may come after a capitalised word of
    // the description ("super PAC spokeswoman Jane Roe").
    let role_before_name = (start..doc.tokens.len().saturating_sub(1).min(s + MAX_DESCRIPTION))
        .any(|t| {
            crate::lexicon::is_person_role(doc.lower(t))
                && describes(t)
                && doc.is_word(t + 1)
                && is_capitalized(doc.word(t + 1))
        });
    // After a clause break, or after a quote closed by its own comma ("“…,” super PAC
    // spokeswoman Jane Roe said").
    let after_quote = start >= floor + 2
        && crate::text::is_closing_mark(doc.word(start - 1))
        && matches!(doc.word(start - 2), "," | "?" | "!");
    let opens_clause = after_clause_break(doc, start, floor) || after_quote;
    (role_before_name && opens_clause && start < s).then_some(start)
}

/// "at least 21,000", "all but two", "more than 40", "one in five": what bounds a count
/// before it, or the count a ratio is out of.
/// Returns where it starts.
fn count_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2 {
        return None;
    }
    let bound = (doc.lower(s - 2), doc.lower(s - 1));
    let count = |t: usize| {
        count_word(doc.lower(t)).is_some() || doc.word(t).chars().all(|c| c.is_ascii_digit())
    };
    // "one in five", "2 in 3": a share told as a ratio.
    let ratio = bound.1 == "in" && count(s - 2) && count(s);
    (ratio
        || matches!(
            bound,
            ("at", "least" | "most") | ("all", "but") | ("more" | "fewer" | "less", "than")
        ))
    .then_some(s - 2)
}

/// "…, he and Mr. Allen said": a pronoun or a name joined by "and" to the phrase the scan
/// found, when the two open their clause (in "Trump attacked Cruz and Rubio said" the
/// first is the object of the verb before). Returns where it starts.
fn coordinated_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2 || doc.lower(s - 1) != "and" {
        return None;
    }
    // "Clinton, Sanders, and O’Malley": a list's last comma before its "and".
    let listed = doc.word(s - 2) == "," && s >= floor + 3;
    let before = if listed { s - 2 } else { s - 1 };
    if !doc.is_word(before - 1) {
        return None;
    }
    let first = if PRONOUNS.contains(&doc.lower(before - 1)) && !listed {
        before - 1
    } else if is_capitalized(doc.word(before - 1)) {
        subject_before(doc, before, floor)
            .filter(|&(_, e)| e == before)?
            .0
    } else {
        return None;
    };
    // "Carson, Fiorina and Huckabee said": the names listed before, each after its comma.
    let first = match listed_names_from(doc, first, floor) {
        Some(first) => first,
        None if listed => return None,
        None => first,
    };
    let opens_clause = after_clause_break(doc, first, floor);
    let no_verb = (first..s - 1).all(|t| !looks_verbal(doc, t));
    (opens_clause && no_verb).then_some(first)
}

/// "Trump, Ryan and RNC Chairman Reince Priebus said": the scan found the last two names,
/// joined by "and" in one phrase; the names listed before them start it.
fn joined_names_listed_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    let joined = (s..doc.tokens.len())
        .take(MAX_NP)
        .take_while(|&t| doc.is_word(t) && (is_capitalized(doc.word(t)) || doc.lower(t) == "and"))
        .any(|t| doc.lower(t) == "and");
    joined.then(|| listed_names_from(doc, s, floor)).flatten()
}

/// Where a list of names ending in the name at `first` starts: names before it, each
/// ended by a comma ("Carson, Fiorina"), the last comma perhaps right before "and". Only
/// names: in "In Iowa, Cruz and Rubio said" the list opens at "Cruz", "Iowa" being after a
/// preposition, not after a clause break.
fn listed_names_from(doc: &Doc, first: usize, floor: usize) -> Option<usize> {
    let mut start = first;
    while start >= floor + 2 && doc.word(start - 1) == "," && !doc.in_quote(start - 1) {
        let Some((s, e)) = subject_before(doc, start - 1, floor) else {
            break;
        };
        let named = e == start - 1
            && (s..e).all(|t| doc.is_word(t))
            && (s..e).any(|t| is_capitalized(doc.word(t)))
            && is_capitalized(doc.word(e - 1))
            && !(s..e).any(|t| is_time_noun(doc, t, s) || looks_verbal(doc, t));
        if !named || !after_clause_break(doc, s, floor) {
            break;
        }
        start = s;
    }
    (start < first).then_some(start)
}

/// "Voters who backed Mr. Obama in Ohio said…", "officials whose laws were struck down
/// say": the phrase the scan found is inside a relative clause with no commas; the
/// subject is the noun before "who" or "whose", with its clause. Returns where it starts.
///
/// `loose` (when nothing before the cue heads a phrase of its own: "Voters who want to ban
/// abortion said") takes the word right after "who" for the clause's verb, which no list
/// need know; the clause must hold more than the cue's own auxiliaries ("superdelegates
/// who have not yet announced" is the relative clause's cue, its source "who").
fn relative_from(doc: &Doc, s: usize, floor: usize, loose: bool) -> Option<usize> {
    // The last relative pronoun in the words right before `to`.
    let pronoun_before = |to: usize, pronouns: &[&str]| {
        (to.saturating_sub(12).max(floor)..to)
            .rev()
            .take_while(|&t| doc.is_word(t) && !doc.in_quote(t))
            .find(|&t| pronouns.contains(&doc.lower(t)))
    };
    let who = pronoun_before(s, &["who", "whose"])?;
    // A verb the lists know, or the word right after "who", which can only be the
    // clause's verb ("who want to ban…").
    let more_than_auxiliaries = (who + 1..s).any(|t| {
        let w = doc.lower(t);
        !(is_skippable(w)
            || is_ly_adverb(w)
            || crate::lexicon::FINITE.contains(&w)
            || matches!(
                w,
                "not" | "yet" | "never" | "ever" | "already" | "still" | "just"
            ))
    });
    let clause_has_verb =
        (who + 1..s).any(|t| {
            let w = doc.lower(t);
            crate::lexicon::FINITE.contains(&w) || looks_verbal(doc, t)
        }) || loose && doc.lower(who) == "who" && who + 1 < s && !is_capitalized(doc.word(who + 1));
    if loose && !more_than_auxiliaries {
        return None;
    }
    // "the debate over who supported the bill that Gov. Chris Christie said": after a
    // preposition "who" asks, it describes no one; and a "that" or "which" between it and
    // the phrase opens a relative clause of its own, which ends the source.
    if who > floor && crate::lexicon::is_preposition(doc.lower(who - 1))
        || (who + 1..s).any(|t| matches!(doc.lower(t), "that" | "which"))
    {
        return None;
    }
    if !clause_has_verb {
        return None;
    }
    // "A man who worshiped there and who did not want to be named": the people stand
    // before the first of two relative clauses joined by "and".
    let mut who = who;
    while who > floor + 1 && doc.lower(who - 1) == "and" {
        let Some(earlier) = pronoun_before(who - 1, &["who"]) else {
            break;
        };
        who = earlier;
    }
    subject_before(doc, who, floor)
        .filter(|&(_, e)| e == who)
        .map(|(start, _)| start)
}

/// "Advisers to Mr. Rubio", "aides at the agency", "a spokesman with the campaign", "those
/// around him": people described by whom they serve, whose phrase the scan from the cue
/// stopped at its preposition. Returns where it starts.
fn people_of_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2
        || !matches!(
            doc.lower(s - 1),
            "to" | "at" | "with" | "from" | "on" | "around"
        )
    {
        return None;
    }
    let head = s - 2;
    if !doc.is_word(head) || !heads_people(doc.lower(head)) {
        return None;
    }
    subject_before(doc, head + 1, floor).map(|(start, _)| start)
}

/// What people who know are described by: "familiar with", "close to", "with knowledge of".
pub(super) const KNOWING: &[(&str, &str)] = &[
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("knowledgeable", "about"),
    ("involved", "in"),
    ("privy", "to"),
    ("knowledge", "of"),
    // "economists polled by Reuters", "voters interviewed by the paper": people
    // described by who asked them.
    ("polled", "by"),
    ("surveyed", "by"),
    ("interviewed", "by"),
    ("questioned", "by"),
    ("contacted", "by"),
];

/// "a person familiar with the matter", "sources close to the campaign", "one person with
/// knowledge of the talks": the people who know, described by what they know, whose phrase
/// the scan from the cue stopped at its preposition. Returns where it starts.
fn knowing_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 3 {
        return None;
    }
    let pair = (doc.lower(s - 2), doc.lower(s - 1));
    // "People affected by the storm said", "residents displaced by the flood": any
    // participle with its agent describes the people, who are the source, not the agent.
    let participle_by =
        pair.1 == "by" && pair.0.ends_with("ed") && !is_capitalized(doc.word(s - 2));
    if !KNOWING.contains(&pair) && !participle_by {
        return None;
    }
    // "with (direct) knowledge of": the head stands before "with".
    let mut head_end = s - 2;
    if pair.0 == "knowledge" {
        while head_end > floor && matches!(doc.lower(head_end - 1), "direct" | "with") {
            head_end -= 1;
        }
    }
    if head_end == floor || !heads_people(doc.lower(head_end - 1)) {
        return None;
    }
    subject_before(doc, head_end, floor).map(|(start, _)| start)
}

/// Whether a word heads a phrase of people described after it: a head of anonymous
/// sources, or "those" ("those close to him", "those around the president"), which
/// names no one until its description does.
fn heads_people(lower: &str) -> bool {
    ANONYMOUS_HEADS.contains(&lower) || lower == "those"
}

/// "officials familiar with the server", "sources close to the campaign": where a
/// phrase that ended at token `e` ends with what its people know, up to the punctuation
/// that closes it or `limit`. `None` when no such description follows `e`.
pub fn knowing_end(doc: &Doc, e: usize, limit: usize) -> Option<usize> {
    let knows = |t: usize| {
        let pair = (doc.lower(t), doc.lower(t + 1));
        KNOWING.contains(&pair) || pair == ("with", "knowledge")
    };
    // The phrase may have taken the adjective already ("Officials close | to the…").
    let at = [e, e.saturating_sub(1)]
        .into_iter()
        .find(|&t| t + 2 < limit && knows(t))?;
    // Up to the first punctuation, or to `limit` when it comes first ("citing people
    // familiar with the matter." ends the sentence).
    let cap = limit.min(at + 10);
    (at + 2..cap)
        .find(|&t| !doc.is_word(t))
        .or((cap == limit && cap > at + 2).then_some(limit))
}

/// Whether token `t` opens its clause: it is the first of the sentence, or a comma, a
/// semicolon or a dash stands before it.
fn after_clause_break(doc: &Doc, t: usize, floor: usize) -> bool {
    t == floor || matches!(doc.word(t - 1), "," | ";" | "—" | "–")
}
