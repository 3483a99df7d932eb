//! The reporting verb with its subject, the pattern every other defers to: a cue from the
//! lexicon (or one the cue model is sure of) with the noun phrase before it, or after it
//! when inverted, and the quote or clause it reports. Whether the word is a verb there at
//! all, and the phrase before it its subject, `nouns` says.

use super::*;

/// Tries a reporting verb at token `k`; returns the token to continue from.
pub(super) fn verb_cue(
    doc: &Doc,
    k: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Attribution>,
) -> Option<usize> {
    if !doc.is_word(k) {
        return None;
    }
    if let Some(next) = passive_by(doc, k, start, end, out) {
        return Some(next);
    }
    let form = doc.lower(k);
    // Whatever the model makes of "quoted" there: it knows the verb mostly active.
    if form == "quoted" && !doc.in_quote(k) {
        if let Some(next) = quoted_passive(doc, k, start, end, out) {
            return Some(next);
        }
    }
    // A preposition is part of a cue ("commented on", "spoke about"), never its verb:
    // the phrase is built around the verb (`cue_phrase`).
    if matches!(form, "about" | "against" | "for" | "on" | "over" | "to") {
        return None;
    }
    let score = doc.cue_score(k);
    // Most words are no candidate of the cue model: such a word reports only as an aim,
    // an impression or an agentless passive, and the tests below, which only rule cues
    // out, need not be asked of the rest of the text.
    if score.is_none()
        && aim_at(doc, k, end, None).is_none()
        && impression_at(doc, k, end).is_none()
        && agentless_passive(doc, k, start, end).is_none()
    {
        return None;
    }
    if describes_noun_before(doc, k, start, end) {
        return None;
    }
    // "…told Reuters citing intelligence reports": a source cited after another is the
    // next link of its chain (`participles`), never a verb with a subject of its own.
    if form == "citing" && k > start && !is_be(doc.lower(k - 1)) {
        return None;
    }
    // "Sanders is widely seen as…", "he was said to have…", "the contests known as…": a
    // passive of perception or naming with no agent names no one, whatever the model makes
    // of the verb, which it knows mostly in the active.
    if let Some((lemma, after)) = agentless_passive(doc, k, start, end) {
        return (!doc.in_quote(k))
            .then(|| impression(doc, k, start, end, lemma, after, out))
            .flatten();
    }
    if known_describes_noun(doc, k, start) {
        return None;
    }
    // "She responded by saying…": the participle reports, and the verb is part of its
    // cue (`gerund_cue`).
    if answered_by_participle(doc, k, start, end) {
        return None;
    }
    // The lexicon says which words report; the model says whether this one does, here.
    // An infinitive after a cue the lexicon alone would not take is an aim ("seeks to
    // avoid"), not a claim.
    // "pointed to the attacks", "referred to her": "to" before a noun phrase is a
    // preposition, and the verb a cue like any other.
    let infinitive = k + 2 < doc.tokens.len()
        && doc.lower(k + 1) == "to"
        && !(DETERMINERS.contains(&doc.lower(k + 2))
            || OBJECT_PRONOUNS.contains(&doc.lower(k + 2))
            || doc.lower(k + 2) == "my"
            || is_capitalized(doc.word(k + 2)));
    let model_cue = score.is_some_and(|s| s > MODEL_SURE) && !infinitive;
    // "Ortiz reportedly told aides…": the model puts the cue on the hedge and vetoes the
    // verb, which the hedge only qualifies.
    // So does an adverb the model takes for the cue's start ("He also pledged to…").
    // Asked only of a vetoed candidate: most tokens are no candidate at all.
    let after_hedge = || {
        k > start
            && (HEDGES.contains(&doc.lower(k - 1))
                || is_skippable(doc.lower(k - 1))
                    && !FINITE.contains(&doc.lower(k - 1))
                    && doc.cue_score(k - 1).is_some_and(|s| s > MODEL_NEW))
    };
    // "60 percent say…": the model has seen "percent" before "support" far more often than
    // before "say", and holds it against the verb of speech after a share of those polled.
    let share_says = || {
        k > start && verb_lemma(form) == Some("say") && crate::lexicon::is_share(doc.lower(k - 1))
    };
    if score.is_some_and(|s| s < MODEL_VETO)
        && !after_hedge()
        && !share_says()
        && !joined_to_cue(doc, k, start, out)
    {
        return None;
    }
    let new_cue = score.is_some_and(|s| s > MODEL_NEW) && !infinitive;
    // Every listed cue is a candidate the model scored; asking the lexicon of the other
    // words, most of a text, would only say no.
    let listed = score.and_then(|_| cue_lemma(form));
    let aim = aim_at(doc, k, end, listed);
    let lemma = aim
        .or(listed)
        .or_else(|| impression_at(doc, k, end))
        .or_else(|| new_cue.then(|| learned_form(form)).flatten())?;
    if doc.in_quote(k) {
        return None; // words inside a quotation are the speaker's, not the reporter's cues
    }
    // "Sanders is suggesting he beat expectations", "has been saying": a progressive is
    // the clause's verb, not a participle.
    // "He’s not saying": the auxiliary may be contracted onto a pronoun.
    let be = |t: usize| {
        let w = doc.lower(t);
        matches!(w, "is" | "are" | "was" | "were" | "been" | "am")
            || contracted_pronoun(w).is_some() && w.ends_with(['s', 'e', 'm'])
            // "Trump isn’t saying what…".
            || crate::lexicon::is_negative_contraction(w)
                && ["isn", "aren", "wasn", "weren"].iter().any(|b| w.starts_with(b))
    };
    let progressive = form.ends_with("ing")
        && (start..k)
            .rev()
            .find(|&t| be(t) || !is_skippable(doc.lower(t)))
            .is_some_and(be);
    if form.ends_with("ing") && !progressive {
        return gerund_cue(doc, k, start, end, lemma, out);
    }
    let prev = (k > start).then(|| doc.lower(k - 1));
    let next = (k + 1 < end).then(|| doc.lower(k + 1));
    let passive_quote = lemma == "quote" && prev.is_some_and(|p| matches!(p, "was" | "were"));
    // "is widely expected to", "are not expected to": the be-form may stand one adverb
    // back.
    let passive_be = prev.is_some_and(is_be)
        || k >= start + 2
            && matches!(
                prev,
                Some("widely" | "not" | "also" | "still" | "generally" | "largely" | "now")
            )
            && is_be(doc.lower(k - 2));
    // "seemed reluctant", "appears likely", "seems to": what someone seems, not where
    // someone appeared ("appeared on Fox News", "appeared at a rally").
    // "seemed to acknowledge", "appeared to suggest": a cue after "to" heads its own
    // attribution, run back to "seemed" (`chain_head`), whose subject is the source, as
    // PolNeAR marks them. "seemed to falter" stays an impression.
    if matches!(lemma, "seem" | "appear")
        && next == Some("to")
        && k + 2 < end
        && cue_lemma(doc.lower(k + 2)).is_some()
    {
        return None;
    }
    let seeming = matches!(lemma, "seem" | "appear")
        && next.is_some_and(|n| {
            !matches!(
                n,
                "on" | "at"
                    | "in"
                    | "before"
                    | "with"
                    | "alongside"
                    | "onstage"
                    | "during"
                    | "for"
                    | "together"
                    | "as"
                    | "and"
                    | ","
                    | "."
            )
        });
    // "The FBI is reportedly making arrangements": the hedge reports without naming who
    // reported; the subject is part of what was reported, as PolNeAR marks it.
    let hedge = HEDGES.contains(&form) && next.is_none_or(|n| verb_lemma(n).is_none());
    if seeming || hedge || next == Some("to") && lemma == "expect" && passive_be {
        return impression(doc, k, start, end, lemma, k + 1, out);
    }

    // "Sanders was asked to name…", "she was asked whether…": the asker is not named,
    // the content is the question.
    if lemma == "ask" && passive_be {
        let content = content_range(doc, k + 1, content_end(doc, k + 1, end))?;
        out.push(one_content(doc, doc.tokens[k].span, lemma, content));
        return Some(k + 1);
    }
    // "went on to say", "continued to insist": the verb group runs back to its head, whose
    // subject is the source.
    let chain_head = (prev == Some("to"))
        .then(|| {
            let lower = |t: usize| doc.lower(t);
            if k >= start + 3
                && lower(k - 2) == "on"
                && matches!(lower(k - 3), "went" | "goes" | "go" | "going" | "gone")
            {
                Some(k - 3)
            } else if k >= start + 2
                && matches!(
                    lower(k - 2),
                    "continued" | "continues" | "continue" | "proceeded"
                )
                || impression_lemma(lower(k - 2)).is_some()
            {
                Some(k - 2)
            } else if k >= start + 3 && matches!(lower(k - 2), "likely" | "unlikely") {
                // "Caucus-goers were slightly more likely to say…": a poll's groups
                // compared; "be" heads the cue.
                let mut h = k - 3;
                if h > start && matches!(lower(h), "more" | "less" | "most" | "least") {
                    h -= 1;
                }
                if h > start && is_ly_adverb(lower(h)) {
                    h -= 1;
                }
                is_be(lower(h)).then_some(h)
            } else {
                None
            }
        })
        .flatten();
    // "he points out": the model knows the particle and vetoes the verb before it, which
    // heads the cue all the same.
    let particle_head = (k > start
        && is_particle(form)
        && doc.is_word(k - 1)
        && !is_capitalized(doc.word(k - 1))
        && crate::cue_phrase::takes_particle(doc.lower(k - 1), form))
    .then(|| k - 1);
    // "Clinton made it clear that…", "has made clear": the verb of "make" heads the cue,
    // and its subject is the source, not the "it" before "clear".
    let make_head = (matches!(form, "clear" | "plain" | "known") && k > start)
        .then(|| {
            let is_make = |t: usize| matches!(doc.lower(t), "made" | "make" | "makes" | "making");
            if is_make(k - 1) {
                Some(k - 1)
            } else {
                (k >= start + 2 && doc.lower(k - 1) == "it" && is_make(k - 2)).then(|| k - 2)
            }
        })
        .flatten();
    let head = chain_head.or(particle_head).or(make_head).unwrap_or(k);
    if other_sense(doc, k, start, lemma, prev, next) {
        return None;
    }
    if chain_head.is_none() && prev == Some("to") {
        return infinitive_cue(doc, k, start, end, lemma, out);
    }
    if adjective_before_noun_and_verb(doc, k, end) {
        return None;
    }
    // "The plan was announced", "he was accused of…": a lexicon verb's passive with
    // no agent (an agent's was taken first, by `passive_by`).
    if let Some(lemma) = verb_lemma(form).filter(|_| chain_head.is_none() && passive_be) {
        if let Some(next) = agentless_report(doc, k, start, end, lemma, out) {
            return Some(next);
        }
    }
    // Nouns and infinitives: "the report", "a claim", "to say", "report says".
    if chain_head.is_none() && reads_as_noun(doc, k, start)
        || !never_a_noun(form)
            && next.is_some_and(|n| verb_lemma(n).is_some() && !n.ends_with("ing") && n != "that")
        || !passive_quote
            && (prev.is_some_and(|p| {
                matches!(p, "was" | "were" | "been" | "being" | "be" | "is" | "are")
                    && crate::lexicon::is_past_participle(form)
                    || prev == Some("been") && !progressive
            }))
    {
        return None;
    }
    let clause_floor = doc
        .quotes
        .iter()
        .filter(|q| q.close < head && q.close >= start)
        .map(|q| q.close + 1)
        .max()
        .unwrap_or(start);
    let before = subject_before(doc, head, start);
    // "The clash raised serious doubts about…": a light verb before the noun heads the
    // cue, and the subject ends before it.
    let support = before
        .filter(|_| head == k)
        .and_then(|np| verb_before_noun(doc, np, k));
    let (before, head) = support.map_or((before, head), |(np, verb)| (Some(np), verb));
    let cue = doc.span(head, k + 1);
    let coordinated = before
        .is_none()
        .then(|| coordinated_subject(doc, head, start))
        .flatten();
    let subject = before
        .or(coordinated)
        .or_else(|| role_name_subject(doc, head, clause_floor))
        .or_else(|| appositive_subject(doc, head, clause_floor));
    if subject.is_some_and(|np| !is_subject_of(doc, np, head)) {
        return None;
    }
    let quote_after = quote_opening_after(doc, k, end);

    // Quote, then cue: “…,” he said / “…,” said X.
    let left = subject.map_or(k, |(s, _)| s);
    // “…are missing.” Trump said. — the quote ended the sentence before the source's.
    // "Speaking on ABC’s “This Week,” Carson admitted that…": a cue with its own "that"
    // reports the clause after it; the quote before was only a title.
    // So does a cue whose subject stands before it and which has a clause or an answer of
    // its own after it: in "Asked whether Clinton “has the integrity to serve,” 75
    // percent said she does not" (or "said no") the quote is the question's.
    // Asked only when a quote does close before: `clause_end` is a scan.
    let clause_follows = || {
        next == Some("that") && (k + 2 >= end || !is_time_phrase(doc, k + 2, k + 3))
            || subject.is_some() && says_its_own(doc, k + 1, clause_end(doc, k + 1, end))
    };
    // A verb coordinated with an earlier one ("Carson admitted …, but said", "She noted
    // that … and called on Sanders to…") reports what follows it: a quote before the
    // clause's subject belongs to the first verb or to the reporter ("On “This Week,”
    // Carson admitted…"). So the subject must stand right before its cue.
    let next_to_cue = coordinated.is_none()
        && subject.is_none_or(|(_, e)| {
            (e..head).all(|t| {
                !doc.is_word(t) || is_skippable(doc.lower(t)) || is_ly_adverb(doc.lower(t))
            })
        });
    let quote_before = quote_closing_before(doc, left, start)
        .filter(|_| !clause_follows())
        .or_else(|| {
            // After the cue (and the one told: "Renteria told reporters"), an adjunct and
            // at most a participle clause ("Mr. Biden said, clutching the lectern").
            // Only for a cue that opens its clause: the scans come after that test.
            if !(left == start && start > 0) {
                return None;
            }
            let clause_end = clause_end(doc, k + 1, end);
            let after = after_object(doc, k, lemma, clause_end).0;
            is_adjunct(doc, after, clause_end)
                .then(|| quote_closing_before(doc, left, start - 1))
                .flatten()
        })
        .filter(|&q| next_to_cue && !crate::quotes::names_a_title(doc, q));
    if let Some(q) = quote_before {
        // "“…”, He said Masoom Jan, a resident.": machine translation may leave a pronoun
        // before an inverted cue; a name after the cue that ends the sentence, with no verb
        // of its own, is then the source, not what was said.
        // ("told Reuters" names whom it was said to.)
        let pronoun = lemma != "tell"
            && subject.is_some_and(|(s, e)| {
                e == s + 1 && crate::lexicon::PRONOUNS.contains(&doc.lower(s))
            });
        let inverted = || {
            source_after(doc, k, end).filter(|&(s, e)| {
                (e..end).all(|t| !doc.is_word(t))
                    && !(s..e).any(|t| looks_verbal(doc, t))
                    && !is_time_phrase(doc, s, e)
                    && matches!(
                        classify(doc, s, e),
                        SourceRef::Named {
                            kind: claimgraph_vocab::ActorKind::Person,
                            ..
                        }
                    )
            })
        };
        let np = pronoun
            .then(inverted)
            .flatten()
            .or(subject)
            .or_else(|| source_after(doc, k, end));
        np?;
        let quote_start = doc.tokens[doc.quotes[q].open].span.start;
        let sentence_start = doc.tokens[start].span.start;
        let mut contents = doc.quotes[q].pieces.clone();
        let mut kind = QuoteKind::Direct;
        // After a colon or a dash the words before the quote are the reporter's framing
        // ("…ticked through the code of conduct: “Civility…,” he said").
        let open = doc.quotes[q].open;
        let framed = open > start && matches!(doc.word(open - 1), ":" | "—" | "–" | "-");
        if quote_start > sentence_start
            && doc.tokens[start].kind == TokenKind::Word
            && doc.quotes[q].pieces.len() == 1
            && !framed
        {
            // Words before the quote belong to the content: a mixed quote.
            contents = vec![Span::new(sentence_start, contents[0].end)];
            kind = QuoteKind::Mixed;
        }
        // "“…,” Renteria told The Washington Post": the outlet told reported it.
        let outlet_np = subject
            .filter(|_| np == subject)
            .and_then(|_| after_object(doc, k, lemma, clause_end(doc, k + 1, end)).1);
        let a = with_source(doc, Attribution::new(cue, lemma, contents, kind), np);
        push_with_outlet(doc, a, outlet_np, out);
        return Some(k + 1);
    }
    // Cue, then quote: X said: “…”.
    if let (Some(np), Some(q)) = (subject, quote_after) {
        let quote = &doc.quotes[q];
        let rest_end = content_end(doc, quote.close + 1, end);
        let more_words = (quote.close + 1..rest_end).any(|t| doc.is_word(t));
        // “…” because “…”: the reported clause goes on after the quote.
        let (contents, kind) = match content_range(doc, quote.open, rest_end) {
            Some(c) if more_words && quote.pieces.len() == 1 => (vec![c], QuoteKind::Mixed),
            _ => (quote.pieces.clone(), QuoteKind::Direct),
        };
        out.push(with_source(
            doc,
            Attribution::new(cue, lemma, contents, kind),
            Some(np),
        ));
        return Some(quote.close + 1);
    }
    // "said — on Twitter, as it happens — that…": an aside in dashes right after the cue;
    // the clause runs on after its closing dash.
    let aside_end = (k + 1 < end && matches!(doc.word(k + 1), "—" | "–"))
        .then(|| (k + 2..end.min(k + 14)).find(|&t| doc.word(t) == doc.word(k + 1)))
        .flatten()
        .filter(|&close| close + 1 < end && doc.lower(close + 1) == "that");
    // "The newspaper said, citing two officials, that the embassy would close": the
    // source it cites in commas right after the cue, or after its adverbial ("reported
    // on Tuesday, citing…"); `participles` makes it the chain's next link. What was said
    // runs on after the closing comma.
    let citing_end = (k + 1..end.min(k + 8))
        .find(|&t| doc.word(t) == ",")
        .filter(|&open| {
            open + 1 < end && doc.lower(open + 1) == "citing" && is_adjunct(doc, k + 1, open)
        })
        .and_then(|open| (open + 2..end.min(open + 16)).find(|&t| doc.word(t) == ","))
        .filter(|&close| close + 1 < end && doc.is_word(close + 1));
    let aside_end = aside_end.or(citing_end);
    let clause_end = clause_end(doc, aside_end.map_or(k + 1, |close| close + 1), end)
        .min(subordinate_clause_end(doc, start, k, end).unwrap_or(end));
    match subject {
        Some((s, e)) if aim.is_some() => {
            if !is_agent(doc, s, e) {
                return None;
            }
            let content = content_range(doc, k + 1, before_appositive(doc, k + 1, clause_end))?;
            out.push(with_source(
                doc,
                Attribution::new(cue, lemma, vec![content], QuoteKind::Indirect),
                Some((s, e)),
            ));
            Some(k + 1)
        }
        Some((s, e)) => {
            let before = content_range(doc, start, s);
            let ends_with_comma = s > start && doc.word(s - 1) == ",";
            let (after_from, outlet_np) = match citing_end {
                Some(close) => (close + 1, None),
                None => after_object(doc, k, lemma, clause_end),
            };
            let adjunct_end = (after_from..clause_end)
                .find(|&j| doc.word(j) == ",")
                .unwrap_or(clause_end);
            let after_is_adjunct = is_adjunct(doc, after_from, adjunct_end);
            // "Howard Rubel, a senior analyst…, agreed": a name alone before the source is
            // no clause anyone said, but the subject's name, which the source phrase did not
            // reach; unless what was said resumes after the cue ("Mr. Obama, officials
            // said, has become…").
            let words_before = (start..s.saturating_sub(1)).filter(|&t| doc.is_word(t));
            // (Not when the terms of anonymity follow: "…, he said, on condition of
            // anonymity to speak freely".)
            let resumes = adjunct_end < clause_end
                && doc.word(adjunct_end) == ","
                && !grants_anonymity(doc, adjunct_end + 1, clause_end);
            // An opening clause or conjunction is the reporter's lead-in, unless the
            // sentence resumes after the cue: "If the plan fails, she said, the
            // clearances stay" (a phrase opened by a preposition, "In a statement, he
            // said, …", stays the reporter's).
            let intro_only = before.is_some_and(|b| is_introductory(doc, start, b))
                && (!resumes || is_preposition(doc.lower(start)));
            let name_before = words_before.clone().count() >= 2
                && words_before.clone().all(|t| is_capitalized(doc.word(t)))
                && kind_of(doc, doc.span(start, s)) == QuoteKind::Indirect
                && !resumes;
            if let (Some(content), true, true, false, false) = (
                before,
                ends_with_comma,
                after_is_adjunct,
                intro_only,
                name_before,
            ) {
                // …, SRC said [adjunct].
                let mut contents = vec![content];
                // "X, he said, was Y": the content resumes after the cue, or after its
                // adjunct ("The deal, the mayor said Tuesday, was a mistake").
                // (A clause after it, ", and he would fight it", is more often the
                // speaker's than the reporter's in PolNeAR: it stays.)
                if resumes {
                    contents.extend(content_range(doc, adjunct_end, clause_end));
                }
                let kind = if contents.len() == 1 {
                    kind_of(doc, content)
                } else {
                    QuoteKind::Indirect
                };
                let a = with_source(
                    doc,
                    Attribution::new(cue, lemma, contents, kind),
                    Some((s, e)),
                );
                push_with_outlet(doc, a, outlet_np, out);
                return Some(k + 1);
            }
            if let Some(contents) = relative_content(doc, s, k, start, clause_end) {
                let mut a = Attribution::new(cue, lemma, contents, QuoteKind::Indirect);
                a.kind = kind_of(doc, a.content_span());
                out.push(with_source(doc, a, Some((s, e))));
                return Some(k + 1);
            }
            // SRC said [that] clause.
            let explicit_that = next == Some("that");
            // "called the statement “outlandish”": a weak cue with a quote in its clause.
            let quote_in_clause = doc
                .quotes
                .iter()
                .any(|q| q.open > k && q.close < clause_end);
            if is_weak(lemma) && !explicit_that && !quote_in_clause && !model_cue {
                return None;
            }
            // "pointed to the attacks on her campaign": a phrase opened by the verb's
            // particle is what was said, whatever adverbial it could also open.
            let particle = after_from == k + 1
                && k + 1 < end
                && crate::cue_phrase::takes_particle(form, doc.lower(k + 1));
            // "said Thursday during a town hall in Buffalo that …": the clause starts
            // at "that", after the adverbials (not after a particle's phrase: "point to
            // a number of factors that…").
            let after_from = match (after_from..clause_end).find(|&t| doc.lower(t) == "that") {
                // After an aside in dashes, at the "that" past it.
                Some(t) if aside_end.is_some_and(|close| t == close + 1) => t,
                Some(t)
                    if t > after_from
                        && !particle
                        && (is_adjunct(doc, after_from, t)
                            || (after_from..t).all(|j| {
                                matches!(doc.lower(j), "," | "however" | "though" | "too")
                            })) =>
                {
                    t
                }
                _ => after_from,
            };
            if is_adjunct(doc, after_from, clause_end) && !explicit_that && !particle {
                return None;
            }
            let after_from = if particle {
                after_from
            } else {
                time_before_clause(doc, after_from, clause_end).unwrap_or(after_from)
            };
            let content_end = said_end(doc, form, after_from, clause_end);
            let (content_end, outlet_np) =
                match outlet_told_at_end(doc, lemma, after_from, content_end) {
                    Some((to, np)) if outlet_np.is_none() => (to, Some(np)),
                    _ => (content_end, outlet_np),
                };
            let content = content_range(doc, after_from, content_end)?;
            if adds_a_thing(doc, lemma, after_from, content_end) {
                return None;
            }
            let a = with_source(doc, one_content(doc, cue, lemma, content), Some((s, e)));
            push_with_outlet(doc, a, outlet_np, out);
            Some(k + 1)
        }
        None => {
            if k == start {
                return cue_opening_sentence(doc, k, end, lemma, out);
            }
            // …, said SRC.
            if doc.word(k - 1) != "," {
                return None;
            }
            // Or the next verb of a series: "supports pay raises, opposes …". It takes
            // what follows it, which is no source after it even when a noun phrase opens
            // it: "praised the bill, criticized the delay and urged a vote".
            if !(is_weak(lemma) && !model_cue || chain_head.is_some()) {
                if let Some(next) = series_verb(doc, k, start, end, (cue, lemma), out) {
                    return Some(next);
                }
            }
            let np = source_after(doc, k, end)?;
            if !is_inverted_source(doc, np, end) {
                return None;
            }
            let content = content_range(doc, start, k - 1)?;
            if is_weak(lemma) && kind_of(doc, content) == QuoteKind::Indirect && !model_cue {
                return None;
            }
            out.push(with_source(
                doc,
                one_content(doc, cue, lemma, content),
                Some(np),
            ));
            Some(np.1)
        }
    }
}

/// "Trump said and added that…", "she denied it, but insisted…": a lexicon cue joined by
/// "and" or "but" to the cue just found reports as that one does, whatever the model
/// makes of a second verb it mostly saw alone.
fn joined_to_cue(doc: &Doc, k: usize, start: usize, out: &[Attribution]) -> bool {
    if k <= start || !matches!(doc.lower(k - 1), "and" | "but") {
        return false;
    }
    let mut j = k - 1;
    if j > start && doc.word(j - 1) == "," {
        j -= 1;
    }
    j > start
        && out
            .last()
            .is_some_and(|last| last.cue.end == doc.tokens[j - 1].span.end)
}
