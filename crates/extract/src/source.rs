//! Source phrases: finding the noun phrase that names who said something, and reading
//! what kind of source it is (a pronoun, a named person, an outlet, "two officials").
//! `noun_phrase` holds what a phrase may run over and where it stops, `widen` where one
//! the scan stopped inside really starts, `classify` what kind of source it names.

use crate::lexicon::{
    contracted_pronoun, count_word, is_ly_adverb, is_possessive, is_skippable, outlet,
    without_possessive, AMBIGUOUS_OUTLETS, ANONYMOUS_HEADS, DETERMINERS, IRREGULAR_PASTS,
    NOT_NAME_START, NP_MODIFIERS, ORG_WORDS, OUTLET_NOUNS, PLACES, PRONOUNS, TITLES, WEEKDAYS,
};
use crate::Doc;
use claimgraph_vocab::ActorKind;

mod asides;
mod classify;
mod noun_phrase;
mod person;
mod widen;

pub use classify::classify;
pub(crate) use classify::{is_body_name, is_personal_name, thing_put_out};
use noun_phrase::*;
pub use noun_phrase::{looks_verbal, np_from};
pub(crate) use person::name_len;
pub use widen::knowing_end;
use widen::KNOWING;

/// What a source phrase refers to, before resolution inside the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceRef {
    /// "he", "she", "they".
    Pronoun(String),
    /// A known outlet, by canonical name.
    Outlet(&'static str),
    /// "the newspaper", "the report": the outlet mentioned last.
    OutletRef,
    /// "the spokesman", "the lawmaker": a role noun that points back to an actor.
    Role(String),
    /// "two American officials", "a security source".
    Anonymous {
        /// How many, when said.
        count: Option<u32>,
        /// The modifiers that place it ("American", "U.S. defense").
        affiliation: Option<String>,
    },
    /// A name, with the title written before it.
    Named {
        /// Person or organisation.
        kind: ActorKind,
        /// The name itself ("Ned Price", "State Department").
        name: String,
        /// The title before it ("State Department spokesperson").
        title: Option<String>,
    },
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Token range `[start, end)` of the subject before a cue at `cue`, skipping auxiliaries
/// and adverbs in between ("The Pentagon has indicated"). `floor` is the first token
/// the phrase may use.
pub fn subject_before(doc: &Doc, cue: usize, floor: usize) -> Option<(usize, usize)> {
    let (s, e) = subject_scan(doc, cue, floor)?;
    // "for your part The UK Ministry of Defense has announced": a capitalised "The" right
    // after a noun in lower case opens the phrase (text run together, or translated).
    // After a preposition, a conjunction or a participle it is a title's: "the editors of
    // The Advocate", "speaking with The Des Moines Register".
    let the = (s + 1..e).find(|&t| {
        let before = doc.lower(t - 1);
        let takes_title = crate::lexicon::is_preposition(before)
            || before.ends_with("ing")
            || before.ends_with("ed")
            || matches!(before, "and" | "or" | "told" | "wrote" | "said");
        doc.word(t) == "The"
            && doc.is_word(t - 1)
            && !is_capitalized(doc.word(t - 1))
            && !takes_title
    });
    // "Last week the Times reported", "This year the company said", "In 2015 the group
    // said": a time phrase run into the subject with no comma says when, not who; the
    // subject starts at the determiner or the name after it.
    let after_time = || {
        let first_noun = (s..e).find(|&k| !is_time_pointer(doc.lower(k)))?;
        if !is_time_noun(doc, first_noun, s) {
            return None;
        }
        // "The Sunday Express": a capitalised "The" before a weekday opens a name.
        if first_noun > s && doc.word(s) == "The" && is_capitalized(doc.word(first_noun)) {
            return None;
        }
        let t = (first_noun + 1..e).find(|&k| !is_time_noun(doc, k, s))?;
        // A year alone before a name is the name's ("2013 FOIA reply"), and "May" may
        // be one ("May Department Stores").
        let name_like = |k: usize| {
            let w = doc.lower(k);
            w == "may" || w.bytes().all(|b| b.is_ascii_digit())
        };
        let opens = matches!(doc.lower(t), "the" | "a" | "an")
            || is_capitalized(doc.word(t)) && !(first_noun..t).all(name_like);
        opens.then_some(t)
    };
    Some((
        the.or_else(after_time).unwrap_or(s),
        time_after_participle(doc, e, cue),
    ))
}

/// "A poll released Monday showed", "Officials interviewed last week said": a time after
/// a participle that ends the phrase says when the participle's event was, and belongs to
/// the phrase, though the scan skipped it as it skips "on Monday" before a cue. Returns
/// where the phrase ending at `e` really ends.
fn time_after_participle(doc: &Doc, e: usize, cue: usize) -> usize {
    let last = doc.lower(e - 1);
    let participle = last.len() > 4 && last.ends_with("ed") || IRREGULAR_PASTS.contains(&last);
    if !participle || e >= cue {
        return e;
    }
    let from = if doc.lower(e) == "on" { e + 1 } else { e };
    let to = (from..cue)
        .take_while(|&t| is_time_noun(doc, t, from) || is_time_pointer(doc.lower(t)))
        .last()
        .map_or(from, |t| t + 1);
    if to > from && is_time_phrase(doc, from, to) {
        to
    } else {
        e
    }
}

/// Whether a word points a time phrase to its time ("last week", "early this month",
/// "the day").
fn is_time_pointer(lower: &str) -> bool {
    matches!(
        lower,
        "this" | "last" | "next" | "the" | "early" | "late" | "earlier" | "later"
    )
}

/// Whether token `k` names a time in a phrase that starts at `start`: a noun or adverb of
/// time, a weekday, a month or a year. A capitalised noun of time is a name's ("Time
/// Inc", "The Morning Consult poll") unless it is an adverb opening the phrase ("Today
/// the president said").
fn is_time_noun(doc: &Doc, k: usize, start: usize) -> bool {
    let w = doc.lower(k);
    WEEKDAYS.contains(&w)
        || crate::lexicon::MONTHS.contains(&w)
        || w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
        || TIME_WORDS.contains(&w)
            && (!is_capitalized(doc.word(k))
                || k == start && matches!(w, "today" | "yesterday" | "tonight" | "now"))
}

/// The backward scan behind [`subject_before`].
fn subject_scan(doc: &Doc, cue: usize, floor: usize) -> Option<(usize, usize)> {
    let mut j = cue;
    while j > floor {
        let w = doc.lower(j - 1);
        // "He has been saying": "been" stands in the verb group as the auxiliaries do, and
        // so does an adverb in "-ly" ("Sanders eventually dismissed").
        // "has long said", "has since said": in lower case only ("Wendy Long said").
        // "Activists here point to…", "executives there indicate": "here" and "there"
        // after the subject are where, not who.
        let adverb = (is_ly_adverb(w) || matches!(w, "long" | "since" | "here" | "there"))
            && !is_capitalized(doc.word(j - 1));
        // "Bolton and Gorka were both critical", "the senators all said": a quantifier
        // floated after the subject (or its auxiliary) is no subject of its own; "Both
        // said" and "in both said" keep it.
        // "Americans are more confident about": a degree word after an auxiliary is the
        // adjective's, not a subject ("most said" keeps its "most").
        let degree = matches!(
            w,
            "more" | "less" | "most" | "very" | "too" | "so" | "quite"
        ) && j >= floor + 2
            && is_skippable(doc.lower(j - 2))
            && !PRONOUNS.contains(&doc.lower(j - 2));
        let floated = matches!(w, "both" | "all" | "each")
            && j >= floor + 2
            && doc.is_word(j - 2)
            && !DETERMINERS.contains(&doc.lower(j - 2))
            && !crate::lexicon::is_preposition(doc.lower(j - 2))
            && !matches!(doc.lower(j - 2), "and" | "or" | "of" | "that");
        // (A capitalised one after a quote or a comma is a name: "…,” Will wrote".)
        let name_like =
            is_capitalized(doc.word(j - 1)) && j - 1 > floor && after_quote_or_comma(doc, j - 1);
        if doc.is_word(j - 1)
            && (is_skippable(w) || w == "been" || adverb || floated || degree)
            && !PRONOUNS.contains(&w)
            && !name_like
        {
            j -= 1;
        } else {
            break;
        }
    }
    // "The judges who ruled against the laws, for instance, said": a discourse adverbial
    // in commas between subject and verb stands outside the subject; the subject ends at
    // the comma before it.
    if j > floor + 3 && doc.word(j - 1) == "," {
        let open = (j.saturating_sub(6).max(floor + 1)..j - 1)
            .rev()
            .find(|&m| doc.word(m) == ",")
            .filter(|&m| {
                let words: Vec<&str> = (m + 1..j - 1).map(|t| doc.lower(t)).collect();
                crate::lexicon::is_discourse_aside(&words)
            });
        if let Some(m) = open {
            return subject_before(doc, m, floor);
        }
    }
    // An aside in dashes between subject and verb: "Democrats -- including Clinton --
    // quickly accused…".
    if j > floor + 3 && matches!(doc.word(j - 1), "-" | "—" | "–") {
        let dash = doc.word(j - 1);
        // "--" comes as two hyphens: each dash of the pair starts at its first.
        let pair = |t: usize| dash == "-" && t > floor && doc.word(t - 1) == "-";
        let close = if pair(j - 1) { j - 2 } else { j - 1 };
        let open = (floor + 1..close)
            .rev()
            .take(MAX_APPOSITIVE)
            .find(|&t| doc.word(t) == dash)
            .map(|t| if pair(t) { t - 1 } else { t });
        // The source phrase takes the aside in, up to its closing dash; what kind of
        // source it is, `classify` reads from the phrase before it.
        if let Some((s, _)) = open.and_then(|t| subject_before(doc, t, floor)) {
            return Some((s, close));
        }
    }
    // A parenthetical source between subject and verb: "X, according to the Times, said".
    if j > floor + 3 && doc.word(j - 1) == "," {
        let opener = (floor + 1..j - 1)
            .rev()
            .take_while(|&m| doc.word(m) != "," || m + 2 < j && is_paren_cue(doc, m + 1))
            .find(|&m| doc.word(m) == "," && is_paren_cue(doc, m + 1));
        if let Some(m) = opener {
            j = m;
        }
    }
    if let Some(found) = asides::name_with_aside(doc, j, floor) {
        return Some(found);
    }
    if j == floor {
        return None;
    }
    // "Sen. Marco Rubio (R-Fla.) said": the parenthesis belongs to the name before it.
    let end = j;
    if doc.word(j - 1) == ")" {
        if let Some(open) = (j.saturating_sub(8).max(floor)..j - 1)
            .rev()
            .find(|&m| doc.word(m) == "(")
        {
            let (s, _) = subject_before(doc, open, floor)?;
            return Some((s, end));
        }
    }
    // "…,” Will wrote", "…," From said": a function word capitalised inside the sentence
    // right before its cue is a surname (George Will, Al From), not the word.
    if end > floor + 1 && is_function_word_surname(doc, end - 1) {
        return Some((end - 1, end));
    }
    // "and he’s hoping", "while they’ve argued": the pronoun with its auxiliary is one
    // token, and the subject all the same.
    if doc.is_word(end - 1)
        && (PRONOUNS.contains(&doc.lower(end - 1))
            || matches!(doc.lower(end - 1), "who" | "which")
            || contracted_pronoun(doc.lower(end - 1)).is_some_and(|p| p != "you"))
    {
        return Some((end - 1, end));
    }
    // "a source close to him said", "voters who backed her said": an object pronoun
    // opens no phrase, but ends one that starts before it.
    if crate::lexicon::object_pronoun_subject(doc.lower(end - 1)).is_some() {
        if let Some(s) = widen::wider_start(doc, end - 1, floor) {
            return Some((s, end));
        }
    }
    // "most of them said", "many of us": a quantifier over a pronoun, which the scan
    // below would stop at.
    if end >= floor + 3
        && matches!(doc.lower(end - 1), "them" | "us" | "you" | "those")
        && doc.lower(end - 2) == "of"
        && (QUANTIFIERS.contains(&doc.lower(end - 3)) || count_word(doc.lower(end - 3)).is_some())
    {
        // With what says how many: "the vast majority", "nearly 10 percent".
        let mut s = end - 3;
        while s > floor
            && (matches!(
                doc.lower(s - 1),
                "a" | "the" | "vast" | "large" | "nearly" | "about" | "almost" | "roughly" | "only"
            ) || doc.word(s - 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            s -= 1;
        }
        return Some((s, end));
    }
    if matches!(doc.lower(end - 1), "and" | "but" | "or" | "then") {
        return None; // a coordinated verb: its subject is the clause's, found elsewhere
    }
    let mut start = end;
    while start > floor && end - start < MAX_NP {
        let k = start - 1;
        // "Bernie Sanders’ campaign": a possessive mark after a plural stays inside.
        let possessive = k > floor && is_plural_possessive(doc, k);
        // "About 54% of voters said": the sign is a token of its own, inside the share.
        let percent = k > floor && is_percent_sign(doc, k);
        // ("21,000 said": the tokenizer keeps a number's comma in the number.)
        if !possessive && !percent && (!doc.is_word(k) || !np_word(doc, k) && is_np_stop(doc, k)) {
            break;
        }
        // "the scandal that The Boston Globe exposed": a relative pronoun before a phrase
        // of its own ends the source; what comes before it is what the source spoke of.
        // So does one before a plural of people ("that experts say"), which "that" as a
        // determiner cannot take.
        let relative = matches!(doc.lower(k), "that" | "which" | "whom")
            && start < end
            && (is_capitalized(doc.word(start))
                || DETERMINERS.contains(&doc.lower(start))
                || QUANTIFIERS.contains(&doc.lower(start))
                || doc.lower(start).ends_with('s') && ANONYMOUS_HEADS.contains(&doc.lower(start)));
        if relative {
            break;
        }
        // "…satisfied with Mr. Obama's presidency and 60 percent said": a share after
        // "and" opens a clause of its own, as a poll's findings run one after another.
        let share_after_and = doc.lower(k) == "and"
            && start < end
            && (crate::lexicon::is_share(doc.lower(start))
                || start + 1 < end
                    && doc.word(start).starts_with(|c: char| c.is_ascii_digit())
                    && crate::lexicon::is_share(doc.lower(start + 1)));
        if share_after_and {
            break;
        }
        start = k;
    }
    // The phrase starts at a word that can open one ("the", a name, a number, "his").
    let scanned = start;
    while start < end && !opens_np(doc, start) {
        start += 1;
    }
    // "…, political experts said", "…, police said": a bare noun phrase right after a
    // clause break, all of it.
    if start > scanned
        && (scanned == floor
            || matches!(doc.word(scanned - 1), "," | ";")
            // "But hacking specialists say": a connective opening the sentence.
            || scanned - 1 == floor && CONNECTIVES.contains(&doc.lower(floor))
            // "…, although most oppose it": a conjunction opening the clause.
            || matches!(
                doc.lower(scanned - 1),
                "although" | "though" | "while" | "whereas" | "because" | "but" | "and" | "that"
            ))
        && (ANONYMOUS_HEADS.contains(&doc.lower(end - 1)) || end - scanned <= 2)
        && (scanned..end).all(|t| is_plain_word(doc, t))
    {
        start = scanned;
    }
    let Some((s, e)) = trim_np(doc, start, end).filter(|&(s, e)| !is_time_phrase(doc, s, e)) else {
        // "Voters who want to ban abortion said", "Proponents of controls on hate speech
        // say": the words before the cue head no phrase of their own, but end one that a
        // relative clause or a chain of prepositions joins to the people it describes.
        return widen::described_people_from(doc, end, floor).map(|s| (s, end));
    };
    // "Last year Pacific Gas reported": a time before a name is when, not who (the scan
    // stopped after "Last").
    let s = if s + 1 < e
        && is_capitalized(doc.word(s + 1))
        && !DETERMINERS.contains(&doc.lower(s))
        && count_word(doc.lower(s)).is_none()
        && (is_time_phrase(doc, s, s + 1) || s > floor && is_time_phrase(doc, s - 1, s + 1))
    {
        s + 1
    } else {
        s
    };
    Some((widen::wider_start(doc, s, floor).unwrap_or(s), e))
}

/// Words that say how many of a group: "most of them", "a majority of those".
const QUANTIFIERS: &[&str] = &[
    "most", "many", "some", "all", "none", "both", "several", "few", "each", "half", "majority",
    "number", "any", "either", "neither", "percent",
];

/// Words that open a sentence before its subject without being part of it.
const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "yet",
    "even",
    "so",
    "still",
    "now",
    "then",
    "also",
    "meanwhile",
    "instead",
];

/// Nouns and adverbs of time: with a determiner or a number they make a time phrase
/// ("that day", "last week", "this year"), which says when, not who.
static TIME_WORDS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "today",
    "yesterday",
    "tonight",
    "later",
    "earlier",
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "past",
    "time",
    "moment",
    "morning",
    "afternoon",
    "evening",
    "night",
    "ago",
    "then",
    "now",
]);

/// Whether `lower` is a noun or adverb of time ("years", "later", "tonight").
pub(crate) fn is_time_word(lower: &str) -> bool {
    TIME_WORDS.contains(&lower)
}

/// "Tuesday", "a few minutes later", "the past": a time before a cue is when it was
/// said, never who said it.
pub fn is_time_phrase(doc: &Doc, start: usize, end: usize) -> bool {
    let is_time = |w: &str| TIME_WORDS.contains(&w) || WEEKDAYS.contains(&w);
    // A noun of time alone is no adverbial ("Day said…" is Ms. Day): it needs its
    // determiner ("that day", "the next morning").
    if end == start + 1
        && !WEEKDAYS.contains(&doc.lower(start))
        && !matches!(
            doc.lower(start),
            "today" | "yesterday" | "tonight" | "later" | "earlier" | "then" | "now"
        )
    {
        return false;
    }
    (start..end).all(|k| {
        let w = doc.lower(k);
        is_time(w) || DETERMINERS.contains(&w) || matches!(w, "few" | "last" | "next" | "this")
    }) && (start..end).any(|k| is_time(doc.lower(k)))
}

/// Longest appositive, relative clause or aside in dashes between a name and its cue
/// ("Ned Price, a State Department spokesman, said"), in tokens. Twelve missed the
/// longer relative clauses news writing has ("Sanders, whose coalition includes…"); at
/// twenty PolNeAR train's relation F1 went from 0.6665 to 0.6671.
const MAX_APPOSITIVE: usize = 20;

fn is_paren_cue(doc: &Doc, m: usize) -> bool {
    m + 1 < doc.tokens.len()
        && matches!(
            (doc.lower(m), doc.lower(m + 1)),
            ("according", "to") | ("as", "per")
        )
}

/// Token range of the subject after an inverted cue ("…, said Ronald E. Neumann, who…"),
/// with an appositive name at the end of the sentence ("the spokesman, Ned Price."), or a
/// name after its description in lower case ("…,” said conservative activist Bob Klaus";
/// "said master of ceremonies Asab Al-Tabchi").
pub fn subject_after(doc: &Doc, cue: usize, limit: usize) -> Option<(usize, usize)> {
    let start = cue + 1;
    // "…, predicted that a number of workers would…": "that" before an article, a
    // pronoun, a name or a number opens what was said, not a phrase like "that official".
    if start + 1 < limit && doc.lower(start) == "that" {
        let next = doc.lower(start + 1);
        if DETERMINERS.contains(&next)
            || PRONOUNS.contains(&next)
            || is_capitalized(doc.word(start + 1))
            || next.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
    }
    np_from(doc, start, limit).or_else(|| {
        let name = (start..limit.min(start + 6)).find(|&t| is_capitalized(doc.word(t)))?;
        // "said undecided voter Stephanie Hooton": a word in "-ed" before the name
        // describes, unless it reports.
        let describes = (start..name).all(|t| {
            let w = doc.lower(t);
            let adjective = w.ends_with("ed") && crate::lexicon::cue_lemma(w).is_none();
            doc.is_word(t)
                && (matches!(w, "of" | "and")
                    || !is_np_stop(doc, t) && (adjective || !looks_verbal(doc, t)))
        });
        let (_, e) = np_from(doc, name, limit).filter(|&(s, _)| s == name)?;
        (name > start && describes).then_some((start, e))
    })
}

/// Whether token `k` is a percent sign after a number ("54 %"): the tokenizer splits the
/// sign off, and the share it ends is one phrase with what follows ("of voters").
fn is_percent_sign(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.word(k) == "%" && doc.word(k - 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether token `k` comes right after a comma or a closing quote mark: inside a sentence,
/// where a capital marks a name ("…,” Will wrote"), not the sentence's start.
fn after_quote_or_comma(doc: &Doc, k: usize) -> bool {
    k > 0 && (doc.word(k - 1) == "," || crate::text::is_closing_mark(doc.word(k - 1)))
}

/// Whether token `k` is a function word capitalised right after a comma or a quote, no
/// pronoun: a surname ("…,” Will wrote", "…," From said; George Will, Al From). The
/// subject scan takes it for the source, and `classify` for a person.
fn is_function_word_surname(doc: &Doc, k: usize) -> bool {
    doc.is_word(k)
        && is_capitalized(doc.word(k))
        && noun_phrase::is_np_stop(doc, k)
        && !PRONOUNS.contains(&doc.lower(k))
        && after_quote_or_comma(doc, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, cue_word: &str) -> (String, SourceRef) {
        let doc = Doc::new(text, 0);
        let cue = (0..doc.tokens.len())
            .find(|&k| doc.word(k) == cue_word)
            .unwrap();
        let (s, e) = subject_before(&doc, cue, 0).expect("a subject");
        (doc.span_text(s, e).to_owned(), classify(&doc, s, e))
    }

    #[test]
    fn titles_split_from_names() {
        let (text, r) = subject("State Department spokesperson Ned Price said so.", "said");
        assert_eq!(text, "State Department spokesperson Ned Price");
        assert_eq!(
            r,
            SourceRef::Named {
                kind: ActorKind::Person,
                name: "Ned Price".into(),
                title: Some("State Department spokesperson".into())
            }
        );
        let (_, r) = subject("Sen. Lindsey Graham wrote on Twitter.", "wrote");
        assert!(
            matches!(r, SourceRef::Named { ref name, .. } if name == "Lindsey Graham"),
            "{r:?}"
        );
    }

    #[test]
    fn anonymous_outlets_roles_and_orgs() {
        let (text, r) = subject("Then two American officials told us.", "told");
        assert_eq!(text, "two American officials");
        assert_eq!(
            r,
            SourceRef::Anonymous {
                count: Some(2),
                affiliation: Some("American".into())
            }
        );
        assert_eq!(
            subject("But the newspaper said it.", "said").1,
            SourceRef::OutletRef
        );
        assert_eq!(
            subject("And the NYT report says it.", "says").1,
            SourceRef::Outlet("The New York Times")
        );
        assert_eq!(
            subject("Yes, the spokesman said.", "said").1,
            SourceRef::Role("spokesman".into())
        );
        assert!(matches!(
            subject("The Pentagon has indicated that x.", "indicated").1,
            SourceRef::Named {
                kind: ActorKind::Organization,
                ..
            }
        ));
        assert_eq!(
            subject("Meanwhile, he said.", "said").1,
            SourceRef::Pronoun("he".into())
        );
    }
}
