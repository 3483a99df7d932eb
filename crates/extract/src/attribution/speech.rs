//! After the patterns: quotations with no cue of their own that go on with the speech
//! before them, and attributions reported through another one because they sit inside
//! its content.

use super::*;

/// A quotation opened inside the content after the cue runs on to its closing mark, over
/// the sentence breaks inside it (said the tone “was because they decided. And I think
/// there’s something to that.”): what the source said is the whole quote, unless another
/// cue stands in it.
pub(super) fn finish_open_quotes(doc: &Doc, out: &mut [Attribution]) {
    let mut quotes: Vec<Span> = doc.quotes.iter().map(|q| q.pieces[0]).collect();
    quotes.sort_unstable_by_key(|q| q.start);
    let mut cues: Vec<usize> = out.iter().map(|a| a.cue.start).collect();
    cues.sort_unstable();
    for a in out.iter_mut() {
        let cue_start = a.cue.start;
        let Some(last) = a.contents.last_mut() else {
            continue;
        };
        if cue_start > last.start {
            continue;
        }
        let from = quotes.partition_point(|q| q.start < last.start);
        let Some(quote) = quotes[from..]
            .iter()
            .take_while(|q| q.start < last.end)
            .find(|q| q.end > last.end)
        else {
            continue;
        };
        let next_cue = cues.partition_point(|&c| c < last.end);
        if cues.get(next_cue).is_none_or(|&c| c >= quote.end) {
            last.end = quote.end;
            if a.kind == QuoteKind::Indirect {
                a.kind = QuoteKind::Mixed;
            }
        }
    }
}

/// Quotes with no cue of their own that follow an attribution are more of the same
/// speech: in the same paragraph (“A,” she said. “B.”), and in the paragraphs after it
/// that are nothing but a quote (the multi-paragraph speech of news style).
pub(super) fn continue_quotes(doc: &Doc, out: &mut [Attribution]) {
    // Sentences and tokens are in text order and do not overlap, and quotes are found in
    // text order: every lookup below is a binary search, so that one article of a
    // hundred thousand sentences (a scraped page with no line breaks) costs no more per
    // byte than a short one.
    let sentence_end = |s: &crate::text::Sentence| doc.tokens[s.tokens.end - 1].span.end;
    let sentence_of = |byte: usize| {
        let i = doc.sentences.partition_point(|s| sentence_end(s) <= byte);
        doc.sentences
            .get(i)
            .filter(|s| doc.tokens[s.tokens.start].span.start <= byte)
            .map(|_| i)
    };
    let para_of = |byte: usize| sentence_of(byte).map(|i| doc.sentences[i].paragraph);
    // Whether at most two words lie between two byte offsets.
    let few_words_between = |from: usize, to: usize| {
        let first = doc.token_at(from);
        (first..doc.tokens.len())
            .take_while(|&t| doc.tokens[t].span.end <= to)
            .filter(|&t| doc.is_word(t))
            .take(3)
            .count()
            <= 2
    };
    let quotes_sorted = doc.quotes.is_sorted_by_key(|q| q.pieces[0].start);
    for owner in 0..out.len() {
        let a = &out[owner];
        let direct = a.kind != QuoteKind::Indirect;
        let mut last_end = a
            .cue
            .end
            .max(a.content_span().end)
            .max(a.source.map_or(0, |s| s.end));
        let Some(mut para) = para_of(a.cue.start) else {
            continue;
        };
        let mut added = Vec::new();
        let first_after = last_end;
        let from = if quotes_sorted {
            doc.quotes
                .partition_point(|q| q.pieces[0].start < first_after)
        } else {
            0
        };
        for quote in doc.quotes[from..]
            .iter()
            .filter(|q| q.pieces[0].start >= first_after)
        {
            let q = quote.span();
            // Another cue before the quote takes it, unless it sits in a relative clause
            // of the sentence that ends the speech so far (“…,” said X, who endorsed Y.).
            // A cue inside the quote's words is the speaker's own report (“I kept on
            // arguing, saying, ‘…’”), nested in the speech, not a new speaker's.
            let last_sentence = sentence_of(last_end.saturating_sub(1));
            let quoted = |b: &Attribution| {
                quote
                    .pieces
                    .iter()
                    .any(|p| p.start <= b.cue.start && b.cue.end <= p.end)
            };
            let taken = out.iter().any(|b| {
                b.contents.iter().any(|c| c.overlaps(&q) && !quoted(b))
                    || b.cue.start >= last_end
                        && b.cue.end <= q.end
                        && sentence_of(b.cue.start) != last_sentence
                        && !quoted(b)
            });
            // A quote inside the cue's own sentence that does not go on with the speech
            // (a programme's name, "told NBC's “Meet the Press.”", or one a participle
            // took) is passed over, not the end of the speech.
            let in_cue_sentence = added.is_empty()
                && last_sentence.is_some()
                && sentence_of(q.start) == last_sentence;
            if taken {
                if in_cue_sentence {
                    continue;
                }
                break;
            }
            let Some(pq) = para_of(q.start) else { break };
            // The quote goes on right after the cue's sentence, however long its source's
            // appositive (“A,” said X, a professor at Y. “B.”), or a word or two later.
            // A quote that ends the next sentence, with words of the reporter's before it
            // ("Unless rivals quit, “it's over.”"), is the same speech, words and all.
            let next_sentence = sentence_of(q.start)
                .filter(|&i| last_sentence.is_some_and(|j| j + 1 == i))
                .map(|i| &doc.sentences[i]);
            let opens_next_sentence = next_sentence.is_some_and(|s| s.tokens.start == quote.open);
            let ends_next_sentence = next_sentence.filter(|s| {
                quote.pieces.len() == 1
                    && doc.is_word(s.tokens.start)
                    && !(quote.close + 1..s.tokens.end).any(|t| doc.is_word(t))
            });
            let same_paragraph = pq == para
                && direct
                && (opens_next_sentence
                    || ends_next_sentence.is_some()
                    || few_words_between(last_end, q.start));
            let next_paragraph = pq == para + 1 && doc.is_pure_quote_paragraph(quote.open);
            if !(same_paragraph || next_paragraph) {
                if in_cue_sentence {
                    continue;
                }
                break;
            }
            match ends_next_sentence {
                Some(s) if !opens_next_sentence => {
                    added.push(Span::new(doc.tokens[s.tokens.start].span.start, q.end));
                }
                _ => added.extend(quote.pieces.iter().copied()),
            }
            last_end = q.end;
            para = para_of(quote.pieces[quote.pieces.len() - 1].start).unwrap_or(pq);
        }
        out[owner].contents.extend(added);
    }
}

/// An attribution whose cue and source sit inside another's content is reported
/// through it ("TOLOnews: Price said that…"; "“He told me…,” she said"). An aim or an
/// impression inside ("… if the terror network hopes to receive aid") is part of what
/// was said, no report the outer one relays: it nests under nothing.
pub(super) fn nest_by_containment(out: &mut [Attribution]) {
    for i in 0..out.len() {
        let stance =
            aim_lemma(out[i].cue_lemma).is_some() || impression_lemma(out[i].cue_lemma).is_some();
        if out[i].via.is_some() || stance {
            continue;
        }
        let cue = out[i].cue;
        let best = (0..out.len())
            .filter(|&j| {
                j != i
                    && out[j].via != Some(i)
                    && out[j].contents.iter().any(|c| c.contains(&cue))
                    && out[j].cue != cue
            })
            .min_by_key(|&j| out[j].content_span().end - out[j].content_span().start);
        out[i].via = best;
        if best.is_some() && reaches(out, i) {
            out[i].via = None;
        }
    }
}

/// Whether following `via` from `start` comes back to it.
pub(super) fn reaches(out: &[Attribution], start: usize) -> bool {
    let mut at = out[start].via;
    for _ in 0..out.len() {
        match at {
            Some(i) if i == start => return true,
            Some(i) => at = out[i].via,
            None => return false,
        }
    }
    true
}

/// Two reports spliced into one sentence by a comma or a conjunction ("27 percent said
/// they are undecided, 40 percent said they could change their minds"; "Trump said he
/// won and his rivals said he lost"): the first clause finder reads to the sentence's
/// end, over the second report; what the first source said ends where the second
/// source begins. A report the content opens with ("said that aides said…") is nested in
/// it, and stays.
pub(super) fn end_before_next_report(doc: &Doc, out: &mut [Attribution]) {
    // (cue start, source) of every report whose source comes before its cue, sorted, so
    // that the reports inside a content are one binary search away.
    let mut reports: Vec<(usize, Span)> = out
        .iter()
        .filter_map(|b| {
            b.source
                .filter(|s| s.end <= b.cue.start)
                .map(|s| (b.cue.start, s))
        })
        .collect();
    reports.sort_unstable_by_key(|&(cue, source)| (cue, source.start));
    for a in out.iter_mut() {
        if a.contents.len() != 1 || a.kind == QuoteKind::Direct || a.cue.start > a.contents[0].start
        {
            continue;
        }
        let content = a.contents[0];
        let from = reports.partition_point(|&(cue, _)| cue < content.start);
        let inside = || {
            reports[from..]
                .iter()
                .take_while(|&&(cue, _)| cue < content.end)
        };
        // "The judges who ruled against the laws said the problem was…", "A super PAC
        // supporting Jane Roe said…": a report inside another's subject (a relative
        // clause, a participle) ends where that subject does. (A finite verb inside a
        // subject is the scan's slip, "surveys suggest that even some Republicans find…",
        // and what it reports is no part of the subject.)
        // (Its kind is asked last, of the few reports inside a subject.)
        let relative_or_participle = || {
            let relative = a.source.is_some_and(|s| {
                matches!(
                    s.of(doc.text).to_lowercase().as_str(),
                    "who" | "which" | "that"
                )
            });
            relative || a.cue.of(doc.text).to_lowercase().ends_with("ing")
        };
        let within = inside().find(|(_, source)| {
            source.contains(&a.cue)
                && a.source.is_none_or(|own| source.contains(&own))
                && relative_or_participle()
        });
        if let Some(&(_, source)) = within {
            let first = doc.token_at(content.start);
            if let Some(cut) = content_range(doc, first, doc.token_at(source.end)) {
                a.contents[0] = cut;
                a.kind = kind_of(doc, cut);
            }
            continue;
        }
        let Some(source) = inside()
            .map(|&(_, source)| source.start)
            .filter(|&source| source > content.start)
            .min()
        else {
            continue;
        };
        let first = doc.token_at(content.start);
        let mut end = doc.token_at(source);
        // ("…, and even some allies questioned": the connective and the focus adverb
        // before the next source are no one's words.)
        while end > first
            && matches!(
                doc.lower(end - 1),
                "and" | "but" | "while" | "whereas" | "even"
            )
        {
            end -= 1;
        }
        if end <= first || doc.word(end - 1) != "," && end == doc.token_at(source) {
            continue;
        }
        // "said that although Lazar confessed, he showed no remorse", "that in private,
        // Trump has…": the words before the second subject only lead into its clause, which
        // is what was said, report and all.
        let opens = if doc.lower(first) == "that" {
            first + 1
        } else {
            first
        };
        let words = (opens..end).filter(|&t| doc.is_word(t)).count();
        if words < 2
            || opens_with_subordinate(doc, first, end)
            || is_introductory(doc, opens, doc.span(opens, end))
        {
            continue;
        }
        if let Some(cut) = content_range(doc, first, end) {
            a.contents[0] = cut;
            a.kind = kind_of(doc, cut);
        }
    }
}
