//! Who the subject of a cue is when it is not the noun phrase right before it: the
//! subject of a coordinated verb, of a clause after an introductory phrase, or a name with
//! an appositive, a parenthesis or a role in commas between it and the cue.

use super::*;

/// The subject of a verb coordinated with an earlier one: "X praised Y and said Z".
pub(super) fn coordinated_subject(doc: &Doc, k: usize, start: usize) -> Option<(usize, usize)> {
    let mut j = k;
    // "and specifically mentioned": an adverb in "-ly" stands in the verb group too.
    // ("then" is one the verb group may hold, but here it joins the verbs: "offered him
    // a job, then says…".)
    let joins = |t: usize| matches!(doc.lower(t), "and" | "but" | "then");
    while j > start
        && !joins(j - 1)
        && (is_skippable(doc.lower(j - 1)) || is_ly_adverb(doc.lower(j - 1)))
    {
        j -= 1;
    }
    if j == start || !joins(j - 1) {
        return None;
    }
    // The clause's own verb must follow its subject: "X praised Y and said". The clause
    // is the last one opened before the verb: "Union leaders distrust him because he
    // favors right-to-work laws and opposes…" is his, not theirs.
    // A dash or a semicolon also opens a clause: "she drew his ire - he called her
    // “weak” and said…".
    let from = (start..j - 1)
        .rev()
        .find(|&t| {
            SUBORDINATORS.contains(&doc.lower(t))
                || matches!(doc.word(t), ";" | "—" | "–")
                || doc.word(t) == "-" && spaced(doc, t)
        })
        .map_or(start, |t| t + 1);
    // "While the donor didn’t disclose…, he did say … and called": a subordinate clause
    // opening the sentence ends at its first comma, and a verb joined after it is the
    // main clause's.
    let from = if from == start + 1 && SUBORDINATORS.contains(&doc.lower(start)) {
        (from..j - 1)
            .find(|&t| doc.word(t) == "," && !doc.in_quote(t))
            .map_or(from, |t| t + 1)
    } else {
        from
    };
    // "“We will win,” Trump said and added": a quote that opens the clause is what its
    // first verb reported; the subject follows it.
    let from = match doc
        .quotes
        .iter()
        .find(|q| q.open == from && q.close + 1 < j - 1)
    {
        Some(q) if doc.word(q.close + 1) == "," => q.close + 2,
        Some(q) => q.close + 1,
        None => from,
    };
    // "Sanders, who met Canova in May and said he would campaign with him, did not come":
    // the verbs of a relative clause share its "who", PolNeAR's source for them (resolved
    // to the name it follows), not the sentence's subject. The clause holds one verb
    // group before the "and": in "the official who briefed us said talks stalled and
    // added" the second verb is the sentence's, and so is "added".
    let relative = (from..j - 1)
        .rev()
        .take_while(|&t| !matches!(doc.word(t), "," | ";" | ":" | "(" | ")") && !doc.in_quote(t))
        .find(|&t| matches!(doc.lower(t), "who" | "which"));
    if let Some(who) = relative {
        let verb = |t: usize| is_verb_form(doc, t) && !is_capitalized(doc.word(t));
        let group_end = (who + 1..j - 1)
            .find(|&t| !(verb(t) || is_ly_adverb(doc.lower(t)) || doc.lower(t) == "not"))
            .unwrap_or(j - 1);
        // The "who" is set off by a comma or its phrase opens the clause: in "He praised
        // those who left but said" the verbs joined are the clause's own.
        let opens = who > from && doc.word(who - 1) == "," || !(from..who).any(verb);
        if opens && group_end > who + 1 && !(group_end..j - 1).any(verb) {
            return Some((who, who + 1));
        }
    }
    let (s, mut e) = clause_subject(doc, from, j - 1).or_else(|| {
        (from > start)
            .then(|| clause_subject(doc, start, j - 1))
            .flatten()
    })?;
    // "Gov. Rick Scott (R) blasted Congress and said": the parenthesis is the name's.
    if doc.word(e) == "(" {
        e = (e + 1..(e + 8).min(j - 1)).find(|&t| doc.word(t) == ")")? + 1;
    }
    if doc.is_word(e) {
        return Some((s, e));
    }
    // "The director, Ina Kirsch, told the AP … and said": the phrase already holds its
    // appositive, up to the comma that closes it.
    if doc.word(e) == "," && (s..e).any(|t| doc.word(t) == ",") {
        return (e + 1 < j - 1 && doc.is_word(e + 1)).then_some((s, e));
    }
    // "X, a spokesman for Y, called on Z to … and said": the subject with its
    // appositive, which a verb follows.
    if doc.word(e) != "," {
        return None;
    }
    let close = (e + 1..(e + 12).min(j - 1)).find(|&t| doc.word(t) == ",")?;
    // Or a relative clause: "Clinton, who was speaking to the mayors, did not mention…
    // but told".
    let appositive = doc.lower(e + 1) == "who" && (e + 2..close).all(|t| doc.is_word(t))
        || (e + 1..close).all(|t| doc.is_word(t) && !FINITE.contains(&doc.lower(t)));
    (appositive && close > e + 1 && close + 1 < j - 1 && doc.is_word(close + 1))
        .then_some((s, close))
}

/// Conjunctions that open a clause of their own inside the sentence.
const SUBORDINATORS: &[&str] = &[
    "because", "since", "although", "though", "while", "whereas", "when", "if",
];

/// Whether the token at `t` has space on both sides: a dash, not a hyphen in a word.
fn spaced(doc: &Doc, t: usize) -> bool {
    t > 0
        && t + 1 < doc.tokens.len()
        && doc.tokens[t - 1].span.end < doc.tokens[t].span.start
        && doc.tokens[t].span.end < doc.tokens[t + 1].span.start
}

/// The noun phrase that opens a clause, skipping an introductory phrase up to a comma.
pub(super) fn clause_subject(doc: &Doc, start: usize, limit: usize) -> Option<(usize, usize)> {
    let start = after_dateline(doc, start).unwrap_or(start);
    // "But Podesta said … and said": a conjunction tying the sentence to the last.
    let start = if start + 1 < limit && ties_to_last_sentence(doc.lower(start)) {
        start + 1
    } else {
        start
    };
    let mut from = start;
    // "She declared “…” and said": a pronoun is the whole subject.
    if start < limit && matches!(doc.lower(start), "he" | "she" | "they" | "we" | "i") {
        return Some((start, start + 1));
    }
    // "Weighing in on the discussion, Huckabee…", "Hastily politicizing the tragedy, Trump…":
    // a participle or an adverb in "-ly" opening the sentence leads into the clause (one
    // followed by its verb, "Fleming said", is a name).
    let lead_in = |t: usize| {
        let w = doc.lower(t);
        (is_ing_form(w) || is_ly_adverb(w))
            && t + 1 < limit
            && !is_capitalized(doc.word(t + 1))
            && !FINITE.contains(&doc.lower(t + 1))
            && !looks_verbal(doc, t + 1)
    };
    if NOT_NAME_START.contains(&doc.lower(from)) || lead_in(from) {
        from = (start..limit)
            .find(|&j| doc.word(j) == ",")
            .map(|j| j + 1)?;
        // "Speaking on ABC’s “This Week,” Carson…": the comma inside a title's quote
        // marks ends the phrase, and the mark closes the title, not the clause.
        if from < limit && crate::text::is_closing_mark(doc.word(from)) {
            from += 1;
        }
        // "On Tuesday, he stood with … and urged": so is one after the phrase.
        if from < limit && matches!(doc.lower(from), "he" | "she" | "they" | "we" | "i") {
            return Some((from, from + 1));
        }
    }
    let (s, e) = np_from(doc, from, limit)?;
    // "A few minutes later they reversed themselves…": the time is when, the subject after.
    if is_time_phrase(doc, s, e) {
        let after = if doc.word(e) == "," { e + 1 } else { e };
        if after < limit && is_subject_pronoun(doc.lower(after)) {
            return Some((after, after + 1));
        }
        return np_from(doc, after, limit).filter(|&(s, e)| s == after && e < limit);
    }
    if s != from || e >= limit {
        return None;
    }
    // "Civil rights groups praised…": a capitalised word may open a longer phrase than
    // the name it looks like; the phrase the clause's first verb follows is the subject.
    let verb = (e..limit)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| looks_verbal(doc, t) || FINITE.contains(&doc.lower(t)));
    let longer = verb
        .filter(|&v| v > e)
        .and_then(|v| subject_before(doc, v, from))
        .filter(|&(s2, e2)| s2 == s && e2 > e);
    Some(longer.unwrap_or((s, e)))
}

/// The first token after a dateline opening the paragraph at token `k` ("CLEVELAND -
/// Donald Trump painted …, delivering"; "Washington (AFP) – Democrat Hillary Clinton …"):
/// a paragraph below the headline can open with one, where the article's own dateline
/// check does not look.
fn after_dateline(doc: &Doc, k: usize) -> Option<usize> {
    let at = doc.tokens.get(k)?.span.start;
    if at > 0 && !doc.text[..at].ends_with('\n') {
        return None;
    }
    let end = at + claimgraph_corpus::detect_dateline(&doc.text[at..])?.len;
    Some(doc.token_at(end))
}

/// A subject with an appositive or parenthesis before the cue: "Clinton, 35, the
/// daughter of…, said"; "Gov. John Kasich (R-OH), said".
pub(super) fn appositive_subject(doc: &Doc, k: usize, from: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > from && is_skippable(doc.lower(j - 1)) {
        j -= 1;
    }
    if j <= from + 2 || !matches!(doc.word(j - 1), "," | ")" | "—" | "–") {
        return None;
    }
    let mut from = from;
    while from < j && matches!(doc.word(from), "," | "—" | "–") {
        from += 1;
    }
    // The name opens the clause, or a clause coordinated after a comma: "X contends
    // that…, and Brian Deese, the adviser, said".
    let opens_name = |from: usize| {
        clause_subject(doc, from, j)
            .map(|(s, e)| (s, knowing_end(doc, e, j).unwrap_or(e)))
            .filter(|&(s, e)| {
                matches!(doc.word(e), "," | "(" | "—" | "–")
                    && doc.word(s).chars().next().is_some_and(char::is_uppercase)
            })
    };
    // Or after a colon: "Voter participation: Sanders, whose coalition…, said".
    let coordinated = (from + 2..j).filter(|&t| {
        matches!(doc.lower(t - 1), "and" | "but") && doc.word(t - 2) == ","
            || matches!(doc.word(t - 1), ";" | ":")
    });
    // Or after adverbials that lead into the clause, each in its commas: "On Tuesday,
    // after winning Ohio, Gov. John Kasich, said".
    let mut lead_in = from;
    let after_lead_ins = std::iter::from_fn(|| {
        let comma = (lead_in + 1..j).find(|&t| doc.word(t) == ",")?;
        opens_with_subordinate(doc, lead_in, comma).then(|| {
            lead_in = comma + 1;
            lead_in
        })
    });
    let (s, e) = std::iter::once(from)
        .chain(coordinated)
        .chain(after_lead_ins)
        .find_map(opens_name)?;
    // An appositive describes; a quotation inside it means the commas framed a quote.
    let clean = (e..j).all(|t| !doc.quotes.iter().any(|q| q.open == t));
    // Keep a closing parenthesis in the phrase, leave the comma out.
    let end = if doc.word(j - 1) == ")" { j } else { j - 1 };
    // "Mr. Trump, however, said": a discourse adverb in commas is no appositive.
    let aside = {
        let words: Vec<&str> = (e + 1..end).map(|t| doc.lower(t)).collect();
        crate::lexicon::is_discourse_aside(&words)
    };
    let end = if aside && e + 1 < end { e } else { end };
    clean.then_some((s, end))
}

/// A role, then the name in commas, before the cue: "“…,” the White House spokesman,
/// Josh Earnest, said"; "…, a spokeswoman, Anna White, said on Saturday". The role opens
/// with a determiner right after a clause break, so a clause's own words never join it.
pub(super) fn role_name_subject(doc: &Doc, k: usize, floor: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > floor && is_skippable(doc.lower(j - 1)) {
        j -= 1;
    }
    if j < floor + 5 || doc.word(j - 1) != "," {
        return None;
    }
    let name_end = j - 1;
    let capitalized = |t: usize| doc.word(t).chars().next().is_some_and(char::is_uppercase);
    let mut n = name_end;
    while n > floor && doc.is_word(n - 1) && capitalized(n - 1) && name_end - n < 5 {
        n -= 1;
    }
    if n == name_end || n <= floor || doc.word(n - 1) != "," {
        return None;
    }
    let role_end = n - 1;
    let mut r = role_end;
    while r > floor && doc.is_word(r - 1) && role_end - r < 8 {
        r -= 1;
    }
    let after_break = r == floor || doc.word(r - 1) == "," || comma_in_quote(doc, r - 1);
    let role_words = (r..role_end).all(|t| {
        let w = doc.lower(t);
        !FINITE.contains(&w) && !matches!(w, "that" | "which" | "who" | "and" | "but")
    });
    (after_break && r < role_end && DETERMINERS.contains(&doc.lower(r)) && role_words)
        .then_some((r, name_end))
}

/// The part of a source phrase `s..e` that ran on into its clause's verb that is the
/// source (where it starts and ends): up to a verb
/// in the past with its object or complement after it ("His campaign sued | the DNC in
/// federal court, seeking…", "Donald Trump began | tweeting", "Cruz made | an unprompted
/// call for", "Ryan’s campaign shrugged | off"). A past form followed by a preposition
/// describes the noun instead ("people briefed on the talks", "voters polled by CNN"),
/// and one inside a relative clause is the clause's ("a spokesman who declined…",
/// "experts we consulted").
pub(super) fn main_verb_in(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    let past = |t: usize| {
        let w = doc.lower(t);
        // ("op-ed" is a noun.)
        !is_capitalized(doc.word(t))
            && !w.contains('-')
            && (w.ends_with("ed") && w.len() > 3 || crate::lexicon::IRREGULAR_PASTS.contains(&w))
    };
    let takes_object = |t: usize| {
        t + 1 == e || {
            let next = doc.lower(t + 1);
            // ("A poll showed that 72 percent of voters said": the source is after "that".)
            next != "that" && DETERMINERS.contains(&next)
                || matches!(next, "his" | "her" | "its" | "their" | "off" | "out" | "up")
                || is_ing_form(next)
        }
    };
    // A relative clause, with or without its pronoun ("Experts we consulted say"), holds
    // verbs of its own.
    let t = (s + 1..e).find(|&t| {
        !doc.is_word(t)
            || matches!(
                doc.lower(t),
                "who" | "whose" | "that" | "which" | "we" | "i" | "they" | "you" | "he" | "she"
            )
            || past(t)
    })?;
    let cut = doc.is_word(t)
        && past(t)
        && doc.is_word(t - 1)
        && !DETERMINERS.contains(&doc.lower(t - 1))
        && !doc.in_quote(t)
        && takes_object(t);
    if !cut {
        return None;
    }
    // "The Justice Department mishandled the investigation and Democrats accused…": a
    // clause joined after the verb has the cue's subject.
    let joined = (t + 1..e)
        .rev()
        .find(|&c| matches!(doc.lower(c), "and" | "but"));
    Some(match joined {
        Some(c) if c + 1 < e && is_capitalized(doc.word(c + 1)) => (c + 1, e),
        _ => (s, t),
    })
}
