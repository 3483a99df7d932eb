//! The patterns other than a reporting verb with its subject: "according to X", questions
//! put with no asker named, participles (", saying…", "calls saying…") and the sources
//! they cite (", citing two officials"). Impressions with no source ("seemed to", "is
//! expected to") are in `aims`, colons in `colons`, what a poll found in `polls`,
//! embedded tweets in `tweets`.

use super::*;

/// "according to X" and "as per X": before, after or inside the content.
pub(super) fn according_to(doc: &Doc, start: usize, end: usize, out: &mut Vec<Attribution>) {
    for k in start..end.saturating_sub(1) {
        let pair = (doc.lower(k), doc.lower(k + 1));
        if !matches!(pair, ("according", "to") | ("as", "per")) {
            continue;
        }
        let cue = doc.span(k, k + 2);
        let lemma = if pair.0 == "as" {
            "as per"
        } else {
            "according to"
        };
        // The source runs to the next comma: "according to early results of exit polls
        // conducted for the AP by Edison Research, …"; a pronoun stands alone.
        let s = k + 2;
        if s >= end || !doc.is_word(s) {
            continue;
        }
        let e = if crate::lexicon::object_pronoun_subject(doc.lower(s)).is_some() {
            s + 1
        } else {
            let stop = (s..end)
                .find(|&j| matches!(doc.word(j), "," | ";" | "." | ":" | "—" | "–"))
                .unwrap_or(end);
            match subject_after(doc, k + 1, end) {
                Some((_, e)) if stop - s > 14 => e,
                Some(_) | None if stop > s => stop,
                _ => continue,
            }
        };
        let mut contents = Vec::new();
        let before_end = if k > start && doc.word(k - 1) == "," {
            k - 1
        } else {
            k
        };
        if let Some(c) = content_range(doc, main_clause_start(doc, start, before_end), before_end) {
            contents.push(c);
        }
        if let Some(c) = content_range(doc, e, end) {
            contents.push(c);
        }
        if contents.is_empty() {
            continue;
        }
        let kind = if contents.len() == 1 {
            kind_of(doc, contents[0])
        } else {
            QuoteKind::Indirect
        };
        out.push(with_source(
            doc,
            Attribution::new(cue, lemma, contents, kind),
            Some((s, e)),
        ));
    }
}

/// Where the clause that "according to" qualifies starts, in a sentence that opens with
/// something else: after a colon ("At the same time, the tax has not hurt: London was…"),
/// or after a concession or a participle ("Though he has no shot at the nomination,
/// Kasich appears…", "Entering the final contests in June, Clinton leads…"),
/// which the source did not say. An opening phrase of time or place ("In 2014, …") is
/// the source's, as PolNeAR marks it.
fn main_clause_start(doc: &Doc, start: usize, end: usize) -> usize {
    // Not the colon of a time ("8:30 p.m.").
    let time = |t: usize| {
        t > start
            && t + 1 < end
            && doc.word(t - 1).ends_with(|c: char| c.is_ascii_digit())
            && doc.word(t + 1).starts_with(|c: char| c.is_ascii_digit())
    };
    if let Some(colon) = (start..end)
        .rev()
        .find(|&t| doc.word(t) == ":" && !doc.in_quote(t) && !time(t))
    {
        if colon + 1 < end {
            return colon + 1;
        }
    }
    let mut first = start;
    while first + 1 < end && ties_to_last_sentence(doc.lower(first)) {
        first += 1;
    }
    let w = doc.lower(first);
    // A concession or a participle; a clause of time or cause ("After she asked, …",
    // "When Randolph refused, …") PolNeAR keeps in what the source reported.
    let opener = matches!(w, "although" | "though" | "even" | "while" | "whereas")
        || is_ing_form(w) && !NOT_PARTICIPLES.contains(&w);
    if !opener || doc.in_quote(first) {
        return start;
    }
    (first + 1..end)
        .find(|&c| doc.word(c) == "," && !doc.in_quote(c) && opens_main_clause(doc, c + 1, end))
        .map_or(start, |c| c + 1)
}

/// "Asked whether…", "Asked about…" opening a sentence: a question with no source named.
/// Also "…, he said when asked whether…" and "after being asked about…" anywhere in it,
/// and "When asked by a reporter whether…", where the asker is named.
pub(super) fn asked_without_source(
    doc: &Doc,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) {
    let is_question = |t: usize| {
        matches!(
            doc.lower(t),
            "whether"
                | "if"
                | "about"
                | "why"
                | "how"
                | "what"
                | "who"
                | "whom"
                | "which"
                | "where"
                | "when"
        )
    };
    for k in start..end.saturating_sub(2) {
        let opens = k == start && doc.word(k) == "Asked";
        let after_when = k > start
            && doc.lower(k) == "asked"
            && matches!(
                doc.lower(k - 1),
                "when" | "whenever" | "being" | "if" | "once"
            );
        if !(opens || after_when) || doc.in_quote(k) {
            continue;
        }
        // "asked by a reporter whether": the asker, up to the question.
        let asker = (doc.lower(k + 1) == "by")
            .then(|| {
                let question = (k + 3..end.min(k + 12)).find(|&t| is_question(t))?;
                np_from(doc, k + 2, question).filter(|&(s, e)| s == k + 2 && e == question)
            })
            .flatten();
        let first = asker.map_or(k + 1, |(_, e)| e);
        if !opens && !is_question(first) {
            continue;
        }
        // The question ends at a comma, or at the mark closing a quote the comma ends
        // (`Asked whether Clinton “has the integrity to serve,” 75 percent…`).
        let stop = (first..end)
            .find_map(|t| {
                if doc.word(t) == "," && !doc.in_quote(t) {
                    Some(t)
                } else {
                    comma_in_quote(doc, t).then_some(t + 1)
                }
            })
            .unwrap_or(end);
        if let Some(content) = content_range(doc, first, stop) {
            out.push(with_source(
                doc,
                one_content(doc, doc.tokens[k].span, "ask", content),
                asker,
            ));
        }
    }
}

/// ", citing X" and ", adding that …" after an attribution in the same sentence; and a
/// source cited before the attribution it stands in front of ("The Journal, citing
/// people familiar with the matter, reported…", "Citing unnamed sources, Bloomberg
/// reported…").
pub(super) fn participles(
    doc: &Doc,
    start: usize,
    end: usize,
    first_new: usize,
    out: &mut Vec<Attribution>,
) {
    // The first attribution after a citing clause, which the source it cites is the next
    // link of.
    let ahead = |word: usize, out: &[Attribution]| {
        let cue = doc.tokens[word].span;
        (first_new..out.len()).find(|&i| out[i].cue.start > cue.end)
    };
    if doc.lower(start) == "citing" {
        if let Some(np) = cited_source(doc, start, end) {
            if let Some(main) = ahead(start, out) {
                cite(doc, start, np, main, out);
            }
        }
    }
    let mut k = start;
    while let Some(comma) = participle_at(doc, k, end) {
        let word = if is_clause_break(doc, comma) {
            comma + 1
        } else {
            comma
        };
        k = word;
        let cue = doc.tokens[word].span;
        // Read once: it decides both which attribution a "citing" follows and its link.
        let cited = (doc.lower(word) == "citing")
            .then(|| cited_source(doc, word, end))
            .flatten();
        let main = (first_new..out.len())
            .rev()
            .find(|&i| out[i].cue.end <= cue.start)
            .or_else(|| cited.and_then(|_| ahead(word, out)));
        let Some(main) = main else {
            // "X endorsed Cruz, saying …": the clause's subject says it.
            if continues(doc, word) {
                if let Some(np) = participle_subject(doc, start, word) {
                    let next_stop = clause_end(doc, word + 1, end);
                    if let Some(content) = content_range(doc, word + 1, next_stop) {
                        let lemma = participle_lemma(doc.lower(word));
                        out.push(with_source(
                            doc,
                            one_content(doc, cue, lemma, content),
                            Some(np),
                        ));
                    }
                }
            }
            continue;
        };
        // "…,” McCain said, citing low economic growth": what is cited that is no source
        // is the main source's reason, reported as the participles after it are.
        if let Some(np) = cited {
            cite(doc, word, np, main, out);
        } else {
            let next_stop = clause_end(doc, word + 1, end);
            let Some(content) = content_range(doc, word + 1, next_stop) else {
                continue;
            };
            let lemma = participle_lemma(doc.lower(word));
            let a = speaking_for(one_content(doc, cue, lemma, content), &out[main]);
            out.push(a);
        }
    }
}

/// The source cited after "citing" at `word`: a phrase that can be one, with what its
/// people know ("people familiar with the matter").
fn cited_source(doc: &Doc, word: usize, end: usize) -> Option<(usize, usize)> {
    let (s, e) = subject_after(doc, word, end)?;
    // "citing fears of terrorism", "citing last week's attack": a reason, not a source.
    let people = match classify(doc, s, e) {
        SourceRef::Anonymous { .. } => (s..e)
            .take_while(|&t| !is_preposition(doc.lower(t)))
            .any(|t| ANONYMOUS_HEADS.contains(&doc.lower(t))),
        _ => true,
    };
    people.then(|| (s, knowing_end(doc, e, end).unwrap_or(e)))
}

/// Pushes the attribution of `main`'s content to `np`, the source cited at `word`,
/// through `main`: the next link of its chain.
fn cite(doc: &Doc, word: usize, np: (usize, usize), main: usize, out: &mut Vec<Attribution>) {
    let cue = doc.tokens[word].span;
    let mut a = with_source(
        doc,
        Attribution::new(cue, "cite", out[main].contents.clone(), out[main].kind),
        Some(np),
    );
    a.via = Some(main);
    out.push(a);
}

/// "Clinton supports pay raises, opposes pay freezes and…": a verb after the comma that
/// ends what the sentence's last attribution said goes on with that attribution's
/// source, in a series of verbs with one subject. Returns the token after the verb.
pub(super) fn series_verb(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    (cue, lemma): (Span, &'static str),
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    // "viewed as a sign": a passive's complement; "instead of, say, the party": an
    // example. Neither is what was said.
    if k + 1 >= end
        || !doc.is_word(k + 1)
        || is_preposition(doc.lower(k + 1))
        || doc.lower(k + 1) == "as"
    {
        return None;
    }
    let comma_at = doc.tokens[k - 1].span.start;
    let from = doc.tokens[start].span.start;
    // Verbs of a series share their form ("supports …, opposes", "pledged …, called");
    // "Franklin said …, describe" is no series.
    let form = |w: &str| {
        let w = w.to_lowercase();
        if w.ends_with("ed") || crate::lexicon::IRREGULAR_PASTS.contains(&w.as_str()) {
            1
        } else if w.ends_with('s') {
            2
        } else {
            0
        }
    };
    let verb_form = form(doc.word(k));
    // A clause reported with "that", or one with commas of its own, goes on with its own
    // verb after the comma ("say that account, and others like it, show…").
    let simple = |c: &Span| {
        let text = c.of(doc.text);
        !text.contains(',') && !text.to_lowercase().starts_with("that ")
    };
    let main = out.iter().rev().find(|m| {
        let main_verb = m.cue.of(doc.text).split_whitespace().last().unwrap_or("");
        m.cue.start >= from
            && m.contents.last().is_some_and(|c| c.end == comma_at && simple(c))
            && form(main_verb) == verb_form
            // A relative clause's verb ("X, which said …, said") ends at the main one.
            && m.source.is_some_and(|src| {
                !matches!(src.of(doc.text).to_lowercase().as_str(), "who" | "which" | "that")
            })
    })?;
    let content = content_range(doc, k + 1, participle_clause_end(doc, k, end))?;
    let a = speaking_for(one_content(doc, cue, lemma, content), main);
    out.push(a);
    Some(k + 1)
}

/// `a` credited as `main` is: its source, the actor and the chain it is reported through,
/// for a participle that goes on reporting for the same source.
fn speaking_for(mut a: Attribution, main: &Attribution) -> Attribution {
    a.source = main.source;
    a.source_ref = main.source_ref.clone();
    a.via = main.via;
    a
}

/// Who speaks in a participle clause that follows no attribution ("…, saying …"): the
/// subject of the clause it hangs on, which is the last one before it ("Obama was
/// criticized…, though in a news conference he used stronger language, saying…"); the
/// subject before that clause's first verb when no noun phrase opens it ("Then she
/// shattered party norms, pledging…").
fn participle_subject(doc: &Doc, start: usize, word: usize) -> Option<(usize, usize)> {
    let opens_clause = |t: usize| {
        doc.word(t) == ";"
            || t > start
                && doc.word(t - 1) == ","
                && matches!(
                    doc.lower(t),
                    "though" | "although" | "but" | "while" | "whereas" | "because"
                )
    };
    let from = (start..word)
        .rev()
        .find(|&t| opens_clause(t))
        .map_or(start, |t| t + 1);
    clause_subject(doc, from, word)
        .or_else(|| {
            // "in a news conference last week he used…": a pronoun after the lead-in.
            (from..word)
                .find(|&t| is_subject_pronoun(doc.lower(t)))
                .map(|t| (t, t + 1))
        })
        .or_else(|| {
            let verb =
                (from..word).find(|&t| looks_verbal(doc, t) || FINITE.contains(&doc.lower(t)))?;
            subject_before(doc, verb, from)
        })
}

/// A reporting participle with no comma before it (those after a comma continue the
/// main clause, see [`participles`]): after the noun that reports ("911 calls saying
/// shots were fired", "O'Malley calling Trump a fascist"), or after "by", "while",
/// "after" with the clause's own subject ("Bolton distanced himself by saying…").
pub(super) fn gerund_cue(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    // "The mayor was quoted as saying…": the one quoted is the source, the phrase the cue,
    // whatever the model scores the participle there.
    if k >= start + 2 && doc.lower(k - 1) == "as" && doc.lower(k - 2) == "quoted" {
        let source = subject_before(doc, k - 2, start)?;
        let content = content_range(doc, k + 1, participle_clause_end(doc, k, end))?;
        let cue = doc.span(k - 2, k + 1);
        out.push(with_source(
            doc,
            one_content(doc, cue, lemma, content),
            Some(source),
        ));
        return Some(k + 1);
    }
    if doc.cue_score(k).is_none_or(|s| s <= MODEL_SURE)
        || NOT_PARTICIPLES.contains(&doc.lower(k))
        || super::nouns::is_offer_of(doc, k)
    {
        return None;
    }
    // "Citing…, she wrote"; "After saying he was nervous, the man…": a subordinator alone
    // before it is the participle's.
    // Or after a phrase of time or place with no verb of its own: "One month after
    // announcing…, Rubio…"; "Now, after arguing…"; "In addition to stating…".
    let subordinated = k > start
        && (matches!(
            doc.lower(k - 1),
            "after" | "before" | "while" | "when" | "by" | "in"
        ) || k >= start + 3 && doc.lower(k - 1) == "to" && doc.lower(k - 2) == "addition");
    let opens_sentence = (start..k)
        .all(|t| matches!(doc.lower(t), "but" | "and" | "yet") || t + 1 == k && subordinated)
        || subordinated
            && (start..k - 1).all(|t| {
                // A past form is a clause's verb; a noun that can report ("show") is not.
                let w = doc.lower(t);
                let past = w.ends_with("ed") || crate::lexicon::IRREGULAR_PASTS.contains(&w);
                !(FINITE.contains(&w) || doc.in_quote(t) || past && looks_verbal(doc, t))
            });
    if opens_sentence {
        return opening_participle(doc, k, end, lemma, out);
    }
    let prev = k.checked_sub(1).filter(|&p| p >= start && doc.is_word(p))?;
    let content = content_range(doc, k + 1, participle_clause_end(doc, k, end))?;
    // The attribution this sentence already has before the participle (one with a
    // source, when `sourced`), which the participle goes on for.
    let going_on = |out: &[Attribution], sourced: bool| {
        let (from, here) = (doc.tokens[start].span.start, doc.tokens[k].span.start);
        out.iter()
            .rev()
            .find(|m| m.cue.start >= from && m.cue.end <= here && (!sourced || m.source.is_some()))
            .map(|main| speaking_for(one_content(doc, doc.tokens[k].span, lemma, content), main))
    };
    let mut cue_from = k;
    let np = if matches!(
        doc.lower(prev),
        "by" | "while" | "after" | "when" | "before"
    ) {
        // "“…,” Trump told reporters, before insisting…": after an attribution, its
        // source's.
        if let Some(a) = going_on(out, true) {
            out.push(a);
            return Some(k + 1);
        }
        // "She responded by saying…", "he began first by saying…": the verb the manner
        // answers is part of the cue, as PolNeAR marks it.
        if doc.lower(prev) == "by" {
            cue_from = verb_answered_by(doc, prev, start).unwrap_or(k);
        }
        clause_subject(doc, start, prev)?
    } else if matches!(doc.lower(prev), "and" | "but") {
        // "calling Alwaleed “dopey” and accusing him…", "saying she is experienced but
        // suggesting…": coordinated with what the sentence's source said before, whose
        // source it shares; else the subject of the clause it hangs on.
        if let Some(a) = going_on(out, false) {
            out.push(a);
            return Some(k + 1);
        }
        participle_subject(doc, start, prev)?
    } else {
        // The noun alone: "Police received 911 calls saying…" is the calls' report, and
        // so is a preposition's object ("with 30 percent of voters saying…").
        // ("the latest warning of…": after a determiner's adjective the "-ing" word is
        // the noun, no participle.)
        let (s, e) = subject_before(doc, k, start)
            .filter(|&(_, e)| e == k && !after_determiners_adjective(doc, k, start))?;
        let s = (s..e - 1)
            .rev()
            .find(|&t| looks_verbal(doc, t))
            .map_or(s, |t| t + 1);
        // "put | out a statement": the particle is the verb's.
        let s = if s + 1 < e && doc.lower(s) == "out" {
            s + 1
        } else {
            s
        };
        (s < e).then_some(())?;
        // "McConnell released a statement saying…": what the subject published speaks
        // for the subject.
        let verb = s.checked_sub(1).map(|v| match doc.lower(v) {
            "out" if v > start => v - 1,
            _ => v,
        });
        // The cue runs from the verb, as PolNeAR marks it ("issued a statement saying":
        // 18 of 18 on train).
        match verb
            .filter(|&v| v > start && PUBLISHING.contains(&doc.lower(v)))
            .and_then(|v| Some((v, subject_before(doc, v, start)?)))
        {
            Some((v, np)) => {
                cue_from = v;
                np
            }
            None => (s, e),
        }
    };
    // "Tuesday on WTMJ, while discussing a tweet, Speaker Ryan said…": a time opens the
    // clause; whoever discussed is named after it.
    if is_time_phrase(doc, np.0, np.1) {
        return None;
    }
    out.push(with_source(
        doc,
        one_content(doc, doc.span(cue_from, k + 1), lemma, content),
        Some(np),
    ));
    Some(k + 1)
}

/// Whether a word between a verb and the "by" of its manner leaves them together: an
/// adverb ("responded quickly by"), or "first".
fn is_manner_word(w: &str) -> bool {
    is_ly_adverb(w) || w == "first"
}

/// The verb a "by doing" at `by` answers, when the cue takes it in: "responded by",
/// "began first by". None for a passive ("was endorsed by saying nothing": its verb is no
/// one's) or when no verb stands within three words. `gerund_cue` widens the cue to it,
/// and `verb_cue` leaves that verb to it, so both read the sentence alike.
pub(super) fn verb_answered_by(doc: &Doc, by: usize, start: usize) -> Option<usize> {
    let verb = (start..by).rev().find(|&t| !is_manner_word(doc.lower(t)))?;
    let active = verb == start || !is_be(doc.lower(verb - 1));
    (verb + 3 >= by && doc.is_word(verb) && looks_verbal(doc, verb) && active).then_some(verb)
}

/// The "by" of a reporting participle ("by saying") that the verb at `k` is answered by,
/// past adverbs: the verb is then part of the participle's cue ([`verb_answered_by`]).
pub(super) fn answered_by_participle(doc: &Doc, k: usize, start: usize, end: usize) -> bool {
    let by = (k + 1..end).find(|&t| !is_manner_word(doc.lower(t)));
    by.is_some_and(|by| {
        by + 1 < end
            && doc.lower(by) == "by"
            && is_ing_form(doc.lower(by + 1))
            && doc.cue_score(by + 1).is_some_and(|s| s > MODEL_SURE)
            && verb_answered_by(doc, by, start) == Some(k)
    })
}

/// A participle opening the sentence speaks for the main clause's subject after its
/// comma: "Conceding that a deal would come “down the line,” he warned…"; "Citing last
/// week's attack, Will wrote…". What it reports runs to that comma.
fn opening_participle(
    doc: &Doc,
    k: usize,
    end: usize,
    lemma: &'static str,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    // "Citing unnamed sources, Bloomberg reported…": a cited source is the next link of
    // the main clause's chain (`participles`), not what was cited.
    if lemma == "cite" && cited_source(doc, k, end).is_some() {
        return None;
    }
    let comma = (k + 2..end).find(|&c| {
        (doc.word(c) == "," || comma_in_quote(doc, c)) && opens_main_clause(doc, c + 1, end)
    })?;
    let subject = if is_subject_pronoun(doc.lower(comma + 1)) {
        (comma + 1, comma + 2)
    } else {
        np_from(doc, comma + 1, end).filter(|&(s, _)| s == comma + 1)?
    };
    let content_end = if comma_in_quote(doc, comma) {
        comma + 1
    } else {
        comma
    };
    let content = content_range(doc, k + 1, content_end)?;
    out.push(with_source(
        doc,
        one_content(doc, doc.tokens[k].span, lemma, content),
        Some(subject),
    ));
    Some(k + 1)
}

/// Verbs by which a source puts out a text that then says something for it.
static PUBLISHING: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "issued",
    "released",
    "published",
    "launched",
    "posted",
    "sent",
    "aired",
    "unveiled",
    "filed",
    "circulated",
    "distributed",
    "tweeted",
    "wrote",
    "ran",
    "put",
    "issues",
    "releases",
    "publishes",
    "launches",
    "posts",
    "sends",
    "airs",
    "unveils",
    "files",
]);

/// The lemma of a reporting participle: the lexicon's, else the learned form itself.
pub(super) fn participle_lemma(form: &str) -> &'static str {
    verb_lemma(form)
        .or_else(|| learned_form(form))
        .unwrap_or("say")
}
