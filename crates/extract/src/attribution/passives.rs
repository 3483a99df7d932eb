//! Passives with their agent: "His comments were quickly derided by Armin Laschet",
//! "Trump has been criticized by some of his rivals for failing to…". The agent after
//! "by" is the source; what was said is the subject before the verb group (what the
//! agent derided, endorsed, rejected), with a complement after the agent ("for failing
//! to…", "as uniquely credible") — as PolNeAR marks them. A question put ("was asked by
//! the moderator whether…") is the clause after the agent instead. A passive of
//! perception or naming with no agent ("is widely seen as", "was said to") names no
//! source: `agentless_passive` finds it for an impression.

use super::*;

/// The learned share of a form's occurrences that are cues, above which its passive with
/// an agent reports: PolNeAR marks "is seen by other leaders as…" though "seen" alone is
/// rarely a cue.
const PASSIVE_P: f32 = 0.2;

/// The words that open what a passive's subject was said to be or have done: "accused
/// of…", "praised for…", "described as…", "linked to…", "charged with…".
const COMPLEMENT_PREPOSITIONS: &[&str] = &["for", "as", "to", "with", "of"];

/// Tokens between the participle and "by" at most: "was attacked on the speeches by".
const MAX_BEFORE_BY: usize = 6;

/// An attribution for the passive whose participle is token `k`, when an agent follows
/// it. Returns the token after the participle.
pub(super) fn passive_by(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let form = doc.lower(k);
    if !(form.ends_with("ed") || form.ends_with("en") || form == "seen") || doc.in_quote(k) {
        return None;
    }
    let lemma = verb_lemma(form).or_else(|| {
        crate::lexicon::learned_probability(form)
            .filter(|&p| p >= PASSIVE_P)
            .and_then(|_| learned_form(form))
    })?;
    // "“…,” another official was quoted by the media": the one quoted is the source
    // (`quoted_passive`).
    if lemma == "quote" {
        return None;
    }
    let group = passive_group(doc, k, start)?;
    // "by" right after the participle or after a short adjunct with no verb of its own.
    let by = (k + 1..end.min(k + 2 + MAX_BEFORE_BY))
        .take_while(|&t| doc.is_word(t) && !doc.in_quote(t))
        .find(|&t| doc.lower(t) == "by")?;
    if (k + 1..by).any(|t| looks_verbal(doc, t) || FINITE.contains(&doc.lower(t))) {
        return None;
    }
    // "by saying", "by the end of May": a means or a time, not an agent.
    let (s, e) = subject_after(doc, by, end).filter(|&(s, e)| {
        // "by the end of May", "by the close": a time; "officials close to him" are people.
        let when = |t: usize| {
            let w = doc.lower(t);
            crate::lexicon::MONTHS.contains(&w)
                || crate::lexicon::WEEKDAYS.contains(&w)
                || matches!(w, "end" | "time" | "start" | "beginning" | "close")
                    && doc.lower(t - 1) == "the"
        };
        s == by + 1
            && !doc.lower(s).ends_with("ing")
            && !is_time_phrase(doc, s, e)
            && !(s..e).any(when)
    })?;
    // The agent ends before what it criticised them "for" or saw them "as", before the
    // question it asked ("by reporters whether…"), and before a verb, a participle or a
    // pronoun of a clause of its own ("by a group of researchers shows…", "by papers
    // ranging from…", "by experts I spoke with").
    let e = (s + 1..e)
        .find(|&t| {
            let w = doc.lower(t);
            // "urged by influential MPs to take action": an infinitive is what was urged.
            opens_infinitive(doc, t, e)
                || matches!(w, "for" | "as" | "whether" | "if" | "why" | "how" | "what")
                || !is_capitalized(doc.word(t))
                    && (looks_verbal(doc, t) || FINITE.contains(&w) || w.ends_with("ing"))
                || crate::lexicon::PRONOUNS.contains(&w)
        })
        .unwrap_or(e);
    // Nor with a word that only joins or opens one ("by the Turkish government of…").
    let mut e = e;
    while e > s + 1
        && matches!(
            doc.lower(e - 1),
            "and" | "or" | "of" | "the" | "a" | "an" | "to"
        )
    {
        e -= 1;
    }
    // "by officials familiar with the talks": with what its people know.
    let e = knowing_end(doc, e, end).unwrap_or(e);
    if e == s + 1 && DETERMINERS.contains(&doc.lower(s)) {
        return None;
    }
    let after_agent = |from: usize| content_range(doc, from, clause_end(doc, from, end));
    let contents = if lemma == "ask" {
        vec![after_agent(e)?]
    } else {
        let (ps, pe) = subject_before(doc, group, start).filter(|&(_, pe)| pe == group)?;
        let mut contents = vec![doc.span(ps, pe)];
        // "was described as a failure by the senator", "was accused of lying by…": what
        // the subject was said to be or have done, before the agent.
        if k + 2 < by && COMPLEMENT_PREPOSITIONS.contains(&doc.lower(k + 1)) {
            contents.extend(content_range(doc, k + 1, by));
        }
        if e < end && matches!(doc.lower(e), "for" | "as" | "to") {
            contents.extend(after_agent(e));
        }
        contents
    };
    let cue = doc.span(group, k + 1);
    let a = Attribution::new(cue, lemma, contents, QuoteKind::Indirect);
    out.push(with_source(doc, a, Some((s, e))));
    Some(k + 1)
}

/// "The minister was quoted by Reuters as saying the talks had failed", "“We will stay,”
/// he was quoted as saying by the Times", "“…,” another official was quoted by the
/// media": the one quoted (the subject) is the source, what follows "as saying" or the
/// quote before the subject is what was said, and the agent after "by" relays it
/// (`push_with_outlet`). `k` is "quoted". Returns the token after the pattern.
pub(super) fn quoted_passive(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let group = passive_group(doc, k, start)?;
    let (s, e) = subject_before(doc, group, start).filter(|&(_, pe)| pe == group)?;
    let mut t = k + 1;
    let mut agent = None;
    let mut as_saying = None;
    // The agent and "as saying" come in either order, and where it was said may come
    // before the saying ("was quoted in the paper as saying").
    for _ in 0..3 {
        if t + 1 < end && doc.lower(t) == "by" && agent.is_none() {
            let (a, b) = subject_after(doc, t, end).filter(|&(a, _)| a == t + 1)?;
            // "by Reuters as saying": the agent ends before the "as" of the saying.
            let b = (a + 1..b).find(|&u| doc.lower(u) == "as").unwrap_or(b);
            agent = Some((a, b));
            t = b;
        } else if t + 1 < end
            && doc.lower(t) == "as"
            && matches!(doc.lower(t + 1), "saying" | "telling" | "stating")
            && as_saying.is_none()
        {
            as_saying = Some(t + 1);
            t += 2;
        } else if let Some(to_as) = matches!(doc.lower(t), "in" | "on" | "at")
            .then(|| {
                (t + 1..end.min(t + 6))
                    .take_while(|&u| doc.is_word(u))
                    .find(|&u| doc.lower(u) == "as")
            })
            .flatten()
        {
            t = to_as;
        }
    }
    // What follows "as saying", or else the quote before the subject.
    let said_after = as_saying.and_then(|_| {
        let from = if matches!(doc.word(t), "," | ":") {
            t + 1
        } else {
            t
        };
        content_range(doc, from, content_end(doc, from, end))
    });
    let (contents, kind) = match said_after {
        Some(content) => (vec![content], kind_of(doc, content)),
        None => {
            let q = &doc.quotes[quote_closing_before(doc, s, start.saturating_sub(1))?];
            (q.pieces.clone(), QuoteKind::Direct)
        }
    };
    // The cue is "was quoted as saying" when nothing stands between: the agent's phrase
    // or where it was said is no part of it.
    let cue_end = match as_saying {
        Some(saying) if saying == k + 2 => saying + 1,
        _ => k + 1,
    };
    // Whoever quoted them relays their words, an outlet ("by Reuters") or the press at
    // large ("by the media").
    let a = Attribution::new(doc.span(group, cue_end), "quote", contents, kind);
    push_with_outlet(doc, with_source(doc, a, Some((s, e))), agent, out);
    Some(t.max(k + 1))
}

/// Where the passive verb group of the participle at `k` starts: a form of "be", adverbs
/// ("were quickly derided", "is also distrusted") and the auxiliaries before it ("has
/// been", "will be"). `None` when no "be" comes before the participle.
fn passive_group(doc: &Doc, k: usize, start: usize) -> Option<usize> {
    let passive_be = |t: usize| is_be(doc.lower(t)) || doc.lower(t) == "being";
    let mut be = k;
    while be > start
        && !passive_be(be - 1)
        && (is_ly_adverb(doc.lower(be - 1)) || is_skippable(doc.lower(be - 1)))
    {
        be -= 1;
    }
    if be == start || !passive_be(be - 1) {
        return None;
    }
    let mut group = be - 1;
    while group > start
        && is_skippable(doc.lower(group - 1))
        && !crate::lexicon::PRONOUNS.contains(&doc.lower(group - 1))
    {
        group -= 1;
    }
    Some(group)
}

/// Reporting verbs whose agentless passive mostly means something else: a race or a
/// meeting "was called", a suspect "was charged with", a nominee "was confirmed", a
/// permit "was denied", a body "was found", a patient "was admitted", bail "was posted",
/// and what "was mentioned" or "was revealed" is mostly the reporter's own fact; on
/// PolNeAR train these cost more precision than they bring recall.
const NOT_REPORTED_WHEN_PASSIVE: &[&str] = &[
    "admit", "call", "charge", "confirm", "deny", "find", "mention", "post", "reveal",
];

/// "The dissolution of the club was announced", "Mr. Reagan was accused of trading…",
/// "It was announced that the club would close": the passive of a reporting verb
/// (`lemma`, the participle at `k`) with no agent names no source, and what was said is
/// its subject with the complement after the verb, as PolNeAR marks them; a placeholder
/// "it" gives way to the clause. Agents are `passive_by`'s, and the passives of
/// perception and naming `agentless_passive`'s.
pub(super) fn agentless_report(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    let form = doc.lower(k);
    if NOT_REPORTED_WHEN_PASSIVE.contains(&lemma) {
        return None;
    }
    if !crate::lexicon::is_past_participle(form) || doc.in_quote(k) {
        return None;
    }
    let group = passive_group(doc, k, start)?;
    let clause_end = clause_end(doc, k + 1, end);
    if (k + 1..clause_end).any(|t| doc.lower(t) == "by") {
        return None;
    }
    let (s, e) = subject_before(doc, group, start).filter(|&(_, e)| e == group)?;
    // A subject the scan made of an adverbial or a clause's end ("Tuesday about rights
    // that") is none.
    if (s..e)
        .any(|t| matches!(doc.lower(t), "that" | "about" | "on") || FINITE.contains(&doc.lower(t)))
    {
        return None;
    }
    // "accused of…", "praised for…", "described as…": what the subject was said to
    // have done or be, to the next comma; where and when it was said ("on a police
    // scanner") are the reporter's.
    let complement = k + 1 < clause_end
        && (COMPLEMENT_PREPOSITIONS.contains(&doc.lower(k + 1)) || doc.lower(k + 1) == "that");
    let complement_end = (k + 1..clause_end)
        .find(|&t| doc.word(t) == ",")
        .unwrap_or(clause_end);
    let rest = complement
        .then(|| content_range(doc, k + 1, complement_end))
        .flatten();
    let placeholder = e == s + 1 && doc.lower(s) == "it";
    let contents = match rest {
        Some(rest) if placeholder => vec![rest],
        Some(rest) => vec![doc.span(s, e), rest],
        None if placeholder => return None,
        None => vec![doc.span(s, e)],
    };
    // No `with_source`: the attribution names no one.
    out.push(Attribution::new(
        doc.span(group, k + 1),
        lemma,
        contents,
        QuoteKind::Indirect,
    ));
    Some(k + 1)
}

/// A passive of perception or naming at `k` that names no agent, with its lemma and
/// where what is said of the subject starts: past "as" ("is seen as", "known as"), at
/// "to" ("was said to", "is believed to"), or at the noun phrase a verb of declaring
/// names its subject ("was declared the winner", "is considered an asset"). `None` for
/// other verbs, or with an agent after "by", which `passives` credits. PolNeAR's cue
/// takes the "as".
pub(super) fn agentless_passive(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
) -> Option<(&'static str, usize)> {
    // (participle, lemma, takes "as", takes "to", takes a noun phrase)
    const FORMS: &[(&str, &str, bool, bool, bool)] = &[
        ("seen", "see", true, false, false),
        ("viewed", "view", true, false, false),
        ("regarded", "regard", true, false, false),
        ("perceived", "perceive", true, false, false),
        ("deemed", "deem", true, false, true),
        ("considered", "consider", true, true, true),
        ("known", "know", true, true, false),
        ("said", "say", false, true, false),
        ("believed", "believe", false, true, false),
        ("thought", "think", false, true, false),
        ("rumored", "rumor", false, true, false),
        ("rumoured", "rumor", false, true, false),
        ("declared", "declare", false, false, true),
        ("named", "name", false, false, true),
        ("announced", "announce", false, false, true),
    ];
    let &(_, lemma, takes_as, takes_to, takes_np) = FORMS.iter().find(|f| f.0 == doc.lower(k))?;
    if k + 1 >= end {
        return None;
    }
    // The be-form may stand an adverb or two back: "is widely seen", "was not known".
    let before = (start..k).rev().find(|&t| {
        let w = doc.lower(t);
        !(is_ly_adverb(w) || matches!(w, "not" | "also" | "still" | "often" | "now"))
    });
    let passive_be = before.is_some_and(|t| is_be(doc.lower(t)));
    let by_agent = (k + 1..end).any(|t| doc.lower(t) == "by");
    if by_agent || !passive_be {
        return None;
    }
    match doc.lower(k + 1) {
        "as" if takes_as => Some((lemma, k + 2)),
        "to" if takes_to => Some((lemma, k + 1)),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" if takes_np => Some((lemma, k + 1)),
        _ => None,
    }
}
