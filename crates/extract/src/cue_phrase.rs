//! The cue as a reader quotes it: the reporting word found by the patterns, widened to
//! its verb group ("has also said", "did not mention", "was asked"), its particle
//! ("pointed out", "referring to", "called for", taken off the content's start), a light
//! verb's noun of stance ("took some shots at") and what introduces the content after it
//! ("said in a statement", "added:"). The patterns find one word; the graph records the
//! phrase, as PolNeAR's annotators mark it, so that "did not deny" is not read as "deny".

mod particles;

use crate::attribution::Attribution;
use crate::lexicon::{is_ly_adverb, is_negative_contraction};
use crate::text::Span;
use crate::Doc;
pub(crate) use particles::takes_particle;
use particles::{is_adverb_particle, particles_by_form, OPENING_PREPOSITIONS};

/// Auxiliaries, negation and adverbs that belong to the verb group before a cue.
static BEFORE: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "has",
    "have",
    "had",
    "will",
    "would",
    "did",
    "does",
    "do",
    "could",
    "can",
    "may",
    "might",
    "should",
    "not",
    "never",
    "always",
    "nevertheless",
    "nonetheless",
    "also",
    "later",
    "then",
    "now",
    "first",
    "initially",
    "previously",
    "again",
    "still",
    "just",
    "even",
    "once",
    "already",
    "since",
    "often",
    "long",
]);

/// Forms of "be" that make a passive cue ("was asked", "is expected").
const BE: &[&str] = &["is", "are", "was", "were", "been", "be", "being"];

/// What may follow the verb inside the cue: "in a statement", "in an interview".
const AFTER: &[&[&str]] = &[
    &["in", "a", "statement"],
    &["in", "a", "written", "statement"],
    &["in", "a", "joint", "statement"],
    &["in", "a", "news", "release"],
    &["in", "an", "email"],
    &["in", "a", "tweet"],
    &["in", "a", "press", "release"],
    // "wrote on Facebook" (train: 6 in the cue, 1 after it).
    &["on", "facebook"],
    // "said with a laugh" (train: 4 of 4; "said on Twitter", 9 of 15, stays out).
    &["with", "a", "laugh"],
    &["with", "a", "smile"],
    &["with", "a", "shrug"],
    &["with", "a", "chuckle"],
    &["with", "a", "grin"],
    &["with", "a", "sigh"],
];

/// Widens every attribution's cue to its phrase, never into its source or content but
/// for a particle that opened the content ("referring | to the nominee").
pub fn widen_cues(doc: &Doc, attributions: &mut [Attribution]) {
    for a in attributions {
        take_verb(doc, a);
        take_verb_from_source(doc, a);
        take_time_adverb(doc, a);
        // Twice, for a particle that takes one of its own: "expressed support | for".
        for _ in 0..2 {
            let end = a.cue.end;
            let particles = particles_of(doc, a).unwrap_or_default();
            take_particle(doc, a, particles);
            a.cue = phrase(doc, a, particles);
            if a.cue.end == end {
                break;
            }
        }
        take_stance_phrase(doc, a);
        take_placeholder_it(doc, a);
    }
}

/// Adjectives that an "it" holding the subject's place reports with: "It's unclear
/// whether…", "it is not clear that…", "it was likely that…".
static PLACEHOLDER_ADJECTIVES: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "clear",
    "unclear",
    "likely",
    "unlikely",
    "possible",
    "impossible",
    "certain",
    "uncertain",
    "obvious",
    "evident",
    "doubtful",
]);

/// Moves an "it" that only holds the subject's place from the source into the cue: in
/// "It's unclear whether the numbers will hold" no one is named, and PolNeAR's cue is
/// "It's unclear" (train: 20 such cues, none with a source).
fn take_placeholder_it(doc: &Doc, a: &mut Attribution) {
    let Some(source) = a.source else {
        return;
    };
    let last = doc.tokens.partition_point(|t| t.span.end <= a.cue.end);
    if last == 0
        || !source.of(doc.text).eq_ignore_ascii_case("it")
        || !PLACEHOLDER_ADJECTIVES.contains(&doc.lower(last - 1))
        || !doc.text[source.end..a.cue.start].trim().is_empty()
    {
        return;
    }
    // "Nor is it clear that…": the inverted verb group is the cue's too.
    let mut first = doc.token_at(source.start);
    while first > 0 && matches!(doc.lower(first - 1), "is" | "was" | "nor") {
        first -= 1;
    }
    a.cue.start = doc.tokens[first].span.start;
    a.source = None;
    a.source_ref = None;
}

/// Nouns of stance or speech that a light verb takes before what they are about: "took
/// some shots at", "launched a pre-emptive attack against", "raised questions about".
/// PolNeAR's cue runs to the preposition; the content is what follows it.
static STANCE_NOUNS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "attack",
    "attacks",
    "assault",
    "shot",
    "shots",
    "swipe",
    "swipes",
    "jab",
    "jabs",
    "criticism",
    "criticisms",
    "critique",
    "question",
    "questions",
    "concern",
    "concerns",
    "doubts",
    "support",
    "praise",
    "opposition",
    "focus",
    "attention",
    "endorsement",
    "talk",
    "mention",
    "comment",
    "comments",
    "remarks",
    "views",
    "view",
    "opinion",
    "position",
    "positions",
    "stance",
    "message",
    "letter",
    "case",
    "credit",
    "blame",
    "insults",
    "warning",
    "warnings",
    "advice",
    "argument",
    "complaint",
    "complaints",
    "accusations",
    "allegations",
    "objections",
    "discomfort",
    "frustration",
    "skepticism",
    "confidence",
    "interest",
    "tirade",
    "note",
    "aim",
    "sights",
    "congratulations",
    "allegiance",
    "reservations",
    "misgivings",
    "call",
    "calls",
    "plea",
]);

/// Verbs that say little without their noun ("took some shots at", "voiced support for",
/// "made the case for"), by base form. After a verb that says something itself
/// ("expressed | their support for", "answering | questions about") PolNeAR leaves the
/// noun in the content.
const LIGHT_VERBS: &[&str] = &[
    "take", "make", "launch", "offer", "deliver", "have", "voice", "present", "sound", "continue",
    "turn", "show", "issue", "avoid", "tout", "level", "raise", "pose", "devote", "aim", "set",
    "fire", "lodge", "claim", "call", "give", "lead", "mount", "wage", "stake",
];

/// Whether `form` is a form of one of [`LIGHT_VERBS`].
pub(crate) fn is_light_verb(form: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "took", "taken", "made", "had", "has", "shown", "gave", "given", "led", "set",
    ];
    IRREGULAR.contains(&form)
        || LIGHT_VERBS.iter().any(|base| {
            let rest = form.strip_prefix(base.trim_end_matches('e'));
            matches!(
                rest,
                Some("" | "e" | "s" | "es" | "ed" | "d" | "ing" | "led" | "ling")
            ) && (form.len() > base.len() || form == *base || !base.ends_with('e'))
        })
}

/// Prepositions that follow a noun of [`STANCE_NOUNS`] in a cue.
const STANCE_PREPOSITIONS: &[&str] = &[
    "at", "on", "against", "with", "for", "of", "about", "to", "over", "toward", "towards", "in",
];

/// Moves "[modifiers] noun preposition" from the content's start into the cue when the
/// noun is one of stance ([`STANCE_NOUNS`]): "took | some shots at | Sanders" becomes
/// "took some shots at | Sanders". A noun that is the subject of a reported clause stays
/// ("said | questions about the plan were unfair"): a verb before any "whether" or
/// "that" after the preposition tells it.
fn take_stance_phrase(doc: &Doc, a: &mut Attribution) {
    const MAX_MODIFIERS: usize = 3;
    let tokens = &doc.tokens;
    let Some(next) = content_opening(doc, a).filter(|&n| n > 0 && is_light_verb(doc.lower(n - 1)))
    else {
        return;
    };
    let Some(first) = a.contents.first_mut() else {
        return;
    };
    let in_content = |k: usize| k < tokens.len() && tokens[k].span.end <= first.end;
    let modifier = |k: usize| {
        let w = doc.lower(k);
        doc.is_word(k)
            && doc.word(k).starts_with(|c: char| c.is_lowercase())
            && !STANCE_NOUNS.contains(&w)
            && w != "that"
            && (crate::lexicon::DETERMINERS.contains(&w) || !NOT_VERBS.contains(&w))
            && !crate::lexicon::FINITE.contains(&w)
    };
    let noun = (next..next + MAX_MODIFIERS + 1)
        .take_while(|&k| in_content(k))
        .find(|&k| !modifier(k))
        .filter(|&k| STANCE_NOUNS.contains(&doc.lower(k)));
    let Some(noun) = noun else {
        return;
    };
    let prep = noun + 1;
    if !in_content(prep + 1) || !STANCE_PREPOSITIONS.contains(&doc.lower(prep)) {
        return;
    }
    let clause_verb = (prep + 1..tokens.len())
        .take_while(|&k| in_content(k))
        .take_while(|&k| !matches!(doc.lower(k), "whether" | "that" | "how" | "why" | "what"))
        .any(|k| {
            crate::lexicon::FINITE.contains(&doc.lower(k)) || crate::source::looks_verbal(doc, k)
        });
    if clause_verb {
        return;
    }
    a.cue.end = tokens[prep].span.end;
    first.start = tokens[prep + 1].span.start;
}

/// Moves the verb from the start of the content into a cue that ends on an auxiliary or
/// an adverb of its verb group: the cue model can settle on "also" or "is" in "Smith also
/// | wanted a vote", "Republicans are | mulling a plan", since PolNeAR's cues begin with
/// those words; the reader's cue is "also wanted", "are mulling".
fn take_verb(doc: &Doc, a: &mut Attribution) {
    let tokens = &doc.tokens;
    let Some(first) = a.contents.first_mut() else {
        return;
    };
    let mut next = tokens.partition_point(|t| t.span.start < a.cue.end);
    while next + 1 < tokens.len()
        && tokens[next].span.start == first.start
        && tokens[next + 1].span.start < first.end
        && opens_group(doc, next - 1)
        && is_verb_like(doc, next)
    {
        a.cue.end = tokens[next].span.end;
        first.start = tokens[next + 1].span.start;
        next += 1;
    }
}

/// Moves the verb back from the source's end into a cue found on its particle: the cue
/// model knows "out" from "pointed out", and the subject rule then read "Smith points"
/// as the source of "out".
fn take_verb_from_source(doc: &Doc, a: &mut Attribution) {
    let tokens = &doc.tokens;
    let Some(source) = a.source else {
        return;
    };
    let cue = tokens.partition_point(|t| t.span.start < a.cue.start);
    if cue == 0 || cue >= tokens.len() || tokens[cue].span != a.cue {
        return;
    }
    let verb = cue - 1;
    // The source may end right before the verb already ("Ryan's campaign | shrugged |
    // off", see `subjects::main_verb_in`): the verb joins the cue, the source stays.
    // ("shrugged off", "brushed off": a particle the model found is its verb's, known or
    // not.)
    let particle = particles_by_form(doc.lower(verb), "").contains(&doc.lower(cue))
        || matches!(
            doc.lower(cue),
            "off" | "out" | "up" | "down" | "back" | "away"
        ) && crate::source::looks_verbal(doc, verb);
    if tokens[verb].span.start >= source.end
        && doc.text[source.end..tokens[verb].span.start]
            .trim()
            .is_empty()
        && doc.word(verb).starts_with(|c: char| c.is_lowercase())
        && particle
    {
        a.cue.start = tokens[verb].span.start;
        return;
    }
    if tokens[verb].span.end != source.end {
        return;
    }
    let first = tokens.partition_point(|t| t.span.start < source.start);
    if verb > first
        && doc.word(verb).starts_with(|c: char| c.is_lowercase())
        && particles_by_form(doc.lower(verb), "").contains(&doc.lower(cue))
    {
        a.cue.start = tokens[verb].span.start;
        a.source = Some(doc.span(first, verb));
        a.source_ref = Some(crate::source::classify(doc, first, verb));
    }
}

/// Whether token `k` is a word that opens a verb group and cannot end it: an
/// auxiliary, a negation, an adverb.
fn opens_group(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    BEFORE.contains(&w) || BE.contains(&w) || is_negative_contraction(w) || is_adverb(doc, k)
}

/// Whether token `k` can go on a verb group: a lower-case word that is no determiner,
/// pronoun, preposition or conjunction (those start the content: "is | a disaster",
/// "has | no plan"). An adjective after "be" is taken, as PolNeAR's "are optimistic".
fn is_verb_like(doc: &Doc, k: usize) -> bool {
    doc.is_word(k)
        && doc.word(k).starts_with(|c: char| c.is_lowercase())
        && !NOT_VERBS.contains(&doc.lower(k))
}

/// Words that cannot go on a verb group after an auxiliary.
static NOT_VERBS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "no", "some", "any", "all", "every", "each", "one", "in", "on", "at", "to", "for",
    "of", "with", "by", "from", "about", "as", "and", "or", "but", "he", "she", "it", "they", "we",
    "i", "you", "him", "them", "us", "me", "what", "who", "how", "why", "when", "where", "there",
    "here", "so", "more", "less", "likely", "unlikely",
]);

/// Whether a word after a verb says when or how often, which PolNeAR keeps in the cue
/// ("said Tuesday", "noted recently"; train: 72 of 122 after a reporting verb).
fn is_time_adverb(lower: &str) -> bool {
    crate::lexicon::WEEKDAYS.contains(&lower)
        || matches!(lower, "recently" | "repeatedly" | "again")
}

/// How many tokens from `k` say when or how often ([`is_time_adverb`]): none, the word,
/// or a day with its part ("Monday night": in the cue with the day in train's 10 of 10).
fn time_adverb_len(doc: &Doc, k: usize) -> usize {
    if k >= doc.tokens.len() || !is_time_adverb(doc.lower(k)) {
        return 0;
    }
    let part_of_day = k + 1 < doc.tokens.len()
        && crate::lexicon::WEEKDAYS.contains(&doc.lower(k))
        && matches!(
            doc.lower(k + 1),
            "night" | "morning" | "afternoon" | "evening"
        );
    1 + usize::from(part_of_day)
}

/// Moves the words of [`time_adverb_len`] from the start of the content into the cue,
/// where [`phrase`] takes them: "noted | recently in New York magazine" is "noted recently
/// | in New York magazine".
fn take_time_adverb(doc: &Doc, a: &mut Attribution) {
    take_opening_words(doc, a, |k| {
        let n = time_adverb_len(doc, k);
        (n > 0 && k + n < doc.tokens.len() && doc.is_word(k + n)).then_some(n)
    });
}

/// The token right after the cue, when the first content starts with it.
fn content_opening(doc: &Doc, a: &Attribution) -> Option<usize> {
    let first = a.contents.first()?;
    let next = doc.token_at(a.cue.end);
    (next < doc.tokens.len() && doc.tokens[next].span.start == first.start).then_some(next)
}

/// Takes the words that open the first content off it, where [`phrase`] can add them to
/// the cue: as many as `takes` says (`None`: leave the content), when the content goes on
/// after them.
fn take_opening_words(doc: &Doc, a: &mut Attribution, takes: impl Fn(usize) -> Option<usize>) {
    let Some((next, n)) = content_opening(doc, a).and_then(|k| Some((k, takes(k)?))) else {
        return;
    };
    let Some(first) = a.contents.first_mut() else {
        return;
    };
    if next + n < doc.tokens.len() && doc.tokens[next + n].span.start < first.end {
        first.start = doc.tokens[next + n].span.start;
    }
}

/// Moves a particle of the cue's verb from the start of the content into the cue.
fn take_particle(doc: &Doc, a: &mut Attribution, particles: &[&str]) {
    take_opening_words(doc, a, |k| {
        (particles.contains(&doc.lower(k)) || is_adverb_particle(doc, k)).then_some(1)
    });
}

/// The cue widened to its phrase; `particles` are those its verb takes.
fn phrase(doc: &Doc, a: &Attribution, particles: &[&str]) -> Span {
    let tokens = &doc.tokens;
    let first = tokens.partition_point(|t| t.span.start < a.cue.start);
    let last = tokens.partition_point(|t| t.span.end <= a.cue.end);
    if first >= tokens.len() || tokens[first].span.start != a.cue.start || last <= first {
        return a.cue; // a cue that is not whole tokens (a tweet's dash): leave it
    }
    let free = |k: usize| {
        let s = tokens[k].span;
        doc.is_word(k)
            && !a.source.is_some_and(|src| src.overlaps(&s))
            && !a.contents.iter().any(|c| c.overlaps(&s))
            && !doc.in_quote(k)
    };
    // "is seen as": the verb before the cue's "as" heads it.
    let head = match doc.lower(last - 1) {
        "as" if last - 1 > first => doc.lower(last - 2),
        w => w,
    };
    // "was asked", "is expected"; "is saying", "are increasingly admitting".
    // "is eager", "are critical of": an adjective the model knows takes its "be" too.
    let takes_be = head.ends_with("ed")
        || head.ends_with("ing")
        || matches!(
            head,
            "told" | "shown" | "seen" | "known" | "said" | "thought"
        )
        || is_adjective_cue(head);
    let mut start = first;
    // The verb group's opening words; a form of "be" only before a participle.
    while start > 0
        && first - start < 4
        && free(start - 1)
        && opens_group(doc, start - 1)
        && (takes_be || !BE.contains(&doc.lower(start - 1)))
        // "has since said"; but "since accepting" is a conjunction's clause.
        && !(doc.lower(start - 1) == "since" && head.ends_with("ing"))
    {
        start -= 1;
    }
    let mut end = last;
    if end < tokens.len()
        && free(end)
        && (particles.contains(&doc.lower(end)) || is_adverb_particle(doc, end))
    {
        end += 1;
    }
    if let Some(words) = AFTER.iter().find(|words| {
        words
            .iter()
            .enumerate()
            .all(|(i, w)| end + i < tokens.len() && free(end + i) && doc.lower(end + i) == *w)
    }) {
        end += words.len();
    }
    // "said Tuesday", "noted repeatedly": the day or the frequency right after the verb
    // is inside the cue more often than not (PolNeAR train: 72 of 122 after a reporting
    // verb; "on", "last", "this" much less, and they stay out).
    let time_words = time_adverb_len(doc, end);
    if time_words > 0 && (end..end + time_words).all(free) {
        end += time_words;
    }
    // "added:" — the colon that opens the content is part of the cue.
    if end < tokens.len()
        && doc.word(end) == ":"
        && tokens[end].span.start == tokens[end - 1].span.end
    {
        end += 1;
    }
    Span::new(tokens[start].span.start, tokens[end - 1].span.end)
}

/// The particles of the cue's verb, known by its lemma or by its last word's stem (a
/// learned cue's lemma is its form: "referring").
fn particles_of(doc: &Doc, a: &Attribution) -> Option<&'static [&'static str]> {
    let last = doc.tokens.partition_point(|t| t.span.end <= a.cue.end);
    let form = doc.lower(last.checked_sub(1)?);
    let known = particles_by_form(form, a.cue_lemma);
    // An adjective the model took for a cue keeps the preposition of what it is about:
    // "is particularly appreciative of", "is also honest about".
    if known.is_empty() && is_adjective_cue(form) {
        return Some(&["of", "about", "with", "toward", "towards"]);
    }
    // Any other verb the lexicon does not know takes the preposition PolNeAR would give it.
    if known.is_empty() && crate::lexicon::verb_lemma(form).is_none() {
        return Some(OPENING_PREPOSITIONS);
    }
    Some(known)
}

/// Whether a cue's last word is an adjective the cue model learned ("eager", "critical"):
/// no verb of the lexicon, no plural, no adverb, no verb form in "-ed" or "-ing".
fn is_adjective_cue(form: &str) -> bool {
    crate::lexicon::verb_lemma(form).is_none()
        && !form.ends_with('s')
        && !form.ends_with("ed")
        && !form.ends_with("ing")
        && !is_ly_adverb(form)
}

/// A lower-case adverb in "-ly" ("openly admitted", "repeatedly said").
fn is_adverb(doc: &Doc, k: usize) -> bool {
    doc.word(k).starts_with(|c: char| c.is_lowercase()) && is_ly_adverb(doc.lower(k))
}
