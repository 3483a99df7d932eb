//! Source phrases: finding the noun phrase that names who said something, and reading
//! what kind of source it is (a pronoun, a named person, an outlet, "two officials").

use crate::lexicon::{
    contracted_pronoun, count_word, is_ly_adverb, is_possessive, is_skippable, outlet,
    without_possessive, AMBIGUOUS_OUTLETS, ANONYMOUS_HEADS, DETERMINERS, IRREGULAR_PASTS,
    NOT_NAME_START, NP_MODIFIERS, ORG_WORDS, OUTLET_NOUNS, PLACES, PRONOUNS, TITLES, WEEKDAYS,
};
use crate::Doc;
use claimgraph_vocab::ActorKind;

mod classify;

pub use classify::classify;

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
    let mut j = cue;
    while j > floor {
        let w = doc.lower(j - 1);
        // "He has been saying": "been" stands in the verb group as the auxiliaries do, and
        // so does an adverb in "-ly" ("Sanders eventually dismissed").
        // "has long said", "has since said": in lower case only ("Wendy Long said").
        // "Activists here point to…": "here" after the subject is where, not who.
        let adverb = (is_ly_adverb(w) || matches!(w, "long" | "since" | "here"))
            && !is_capitalized(doc.word(j - 1));
        if doc.is_word(j - 1)
            && (is_skippable(w) || w == "been" || adverb)
            && !PRONOUNS.contains(&w)
        {
            j -= 1;
        } else {
            break;
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
            .take(12)
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
    // "…, Ned Price, a State Department spokesman, said": the name with its appositive
    // (or its "who" clause), which the scan below would stop at the comma before. The
    // name must open its clause: in "The effort, led by Zalmay Khalilzad, the envoy, seeks
    // to" the subject is the effort, and the name only the object of "by".
    if j > floor + 3 && doc.word(j - 1) == "," {
        let comma = (floor + 1..j - 1)
            .rev()
            .take(MAX_APPOSITIVE)
            .take_while(|&m| doc.is_word(m) || matches!(doc.word(m), "," | "-" | "." | "’" | "'"))
            .find(|&m| doc.word(m) == ",");
        if let Some(m) = comma.filter(|&m| m + 1 < j - 1) {
            // "who", or "who’s" with its auxiliary ("Bloomberg, who’s thinking about
            // running, said").
            let who = |w: &str| w == "who" || contracted_pronoun(w) == Some("who");
            // Or a participle set off in commas: "Durbin, noting the size of the list,
            // said"; "Peña Nieto, contradicting Trump, said".
            let aside = doc.lower(m + 1).ends_with("ing") && !is_capitalized(doc.word(m + 1));
            if opens_np(doc, m + 1) || who(doc.lower(m + 1)) || aside {
                // "…ago that Michael Bloomberg, who’s …, said": a clause opened by a
                // conjunction, the name first in it ("that" read as its determiner).
                let after_conjunction = |s: usize| {
                    let s = if doc.lower(s) == "that" && is_capitalized(doc.word(s + 1)) {
                        s + 1
                    } else {
                        s
                    };
                    matches!(
                        doc.lower(s - 1),
                        "that"
                            | "when"
                            | "while"
                            | "because"
                            | "although"
                            | "after"
                            | "since"
                            | "as"
                    )
                    .then_some(s)
                };
                if let Some((s, _)) = subject_before(doc, m, floor).and_then(|(s, e)| {
                    let opens_clause = s == floor
                        || !doc.is_word(s - 1)
                        // "Even Rendell, a Clinton supporter, said": a connective opens
                        // the sentence, the name still opens the clause.
                        || s - 1 == floor && CONNECTIVES.contains(&doc.lower(floor));
                    if opens_clause {
                        Some((s, e))
                    } else {
                        after_conjunction(s).map(|s| (s, e))
                    }
                }) {
                    return Some((s, j - 1));
                }
            }
        }
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
    if doc.is_word(end - 1)
        && (PRONOUNS.contains(&doc.lower(end - 1)) || matches!(doc.lower(end - 1), "who" | "which"))
    {
        return Some((end - 1, end));
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
    // "42% say": a share of those polled, the sign a token of its own.
    if end >= floor + 2
        && doc.word(end - 1) == "%"
        && doc.word(end - 2).starts_with(|c: char| c.is_ascii_digit())
    {
        return Some((end - 2, end));
    }
    if matches!(doc.lower(end - 1), "and" | "but" | "or" | "then") {
        return None; // a coordinated verb: its subject is the clause's, found elsewhere
    }
    let mut start = end;
    while start > floor && end - start < MAX_NP {
        let k = start - 1;
        // "Bernie Sanders’ campaign": a possessive mark after a plural stays inside.
        let possessive = k > floor
            && matches!(doc.word(k), "’" | "'")
            && doc.tokens[k].span.start == doc.tokens[k - 1].span.end
            && doc.lower(k - 1).ends_with('s')
            && !doc.in_quote(k);
        // "21,000 said": the comma of a number is the number's.
        let thousands = k > floor
            && doc.word(k) == ","
            && doc.tokens[k].span.start == doc.tokens[k - 1].span.end
            && doc.tokens[k].span.end == doc.tokens[start].span.start
            && doc.word(k - 1).starts_with(|c: char| c.is_ascii_digit())
            && doc.word(start).starts_with(|c: char| c.is_ascii_digit());
        if !possessive && !thousands && (!doc.is_word(k) || !np_word(doc, k) && is_np_stop(doc, k))
        {
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
        && (scanned..end).all(|t| doc.is_word(t) && !looks_verbal(doc, t) && !is_np_stop(doc, t))
    {
        start = scanned;
    }
    let (s, e) = trim_np(doc, start, end).filter(|&(s, e)| !is_time_phrase(doc, s, e))?;
    let s = knowing_from(doc, s, floor)
        .or_else(|| people_of_from(doc, s, floor))
        .or_else(|| relative_from(doc, s, floor))
        .or_else(|| coordinated_from(doc, s, floor))
        .or_else(|| count_from(doc, s, floor))
        .unwrap_or(s);
    Some((s, e))
}

/// "at least 21,000", "all but two", "more than 40": what bounds a count before it.
/// Returns where it starts.
fn count_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2 {
        return None;
    }
    let bound = (doc.lower(s - 2), doc.lower(s - 1));
    matches!(
        bound,
        ("at", "least" | "most") | ("all", "but") | ("more" | "fewer" | "less", "than")
    )
    .then_some(s - 2)
}

/// "…, he and Mr. Allen said": a pronoun or a name joined by "and" to the phrase the scan
/// found, when the two open their clause (in "Trump attacked Cruz and Rubio said" the
/// first is the object of the verb before). Returns where it starts.
fn coordinated_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2 || doc.lower(s - 1) != "and" || !doc.is_word(s - 2) {
        return None;
    }
    let first = if PRONOUNS.contains(&doc.lower(s - 2)) {
        s - 2
    } else if is_capitalized(doc.word(s - 2)) {
        subject_before(doc, s - 1, floor)
            .filter(|&(_, e)| e == s - 1)?
            .0
    } else {
        return None;
    };
    let opens_clause = first == floor || matches!(doc.word(first - 1), "," | ";" | "—" | "–");
    let no_verb = (first..s - 1).all(|t| !looks_verbal(doc, t));
    (opens_clause && no_verb).then_some(first)
}

/// "Voters who backed Mr. Obama in Ohio said…": the phrase the scan found is the object
/// inside a relative clause with no commas; the subject is the noun before "who", with
/// its clause. Returns where it starts.
fn relative_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    let who = (s.saturating_sub(12).max(floor)..s)
        .rev()
        .take_while(|&t| doc.is_word(t) && !doc.in_quote(t))
        .find(|&t| doc.lower(t) == "who")?;
    let clause_has_verb = (who + 1..s).any(|t| {
        let w = doc.lower(t);
        crate::lexicon::FINITE.contains(&w) || looks_verbal(doc, t)
    });
    if !clause_has_verb {
        return None;
    }
    subject_before(doc, who, floor)
        .filter(|&(_, e)| e == who)
        .map(|(start, _)| start)
}

/// "Advisers to Mr. Rubio", "aides at the agency", "a spokesman with the campaign": people
/// described by whom they serve, whose phrase the scan from the cue stopped at its
/// preposition. Returns where it starts.
fn people_of_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 2 || !matches!(doc.lower(s - 1), "to" | "at" | "with" | "from" | "on") {
        return None;
    }
    let head = s - 2;
    if !doc.is_word(head) || !ANONYMOUS_HEADS.contains(&doc.lower(head)) {
        return None;
    }
    subject_before(doc, head + 1, floor).map(|(start, _)| start)
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

/// What people who know are described by: "familiar with", "close to", "with knowledge of".
const KNOWING: &[(&str, &str)] = &[
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("knowledgeable", "about"),
    ("involved", "in"),
    ("privy", "to"),
    ("knowledge", "of"),
];

/// "a person familiar with the matter", "sources close to the campaign", "one person with
/// knowledge of the talks": the people who know, described by what they know, whose phrase
/// the scan from the cue stopped at its preposition. Returns where it starts.
fn knowing_from(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if s < floor + 3 {
        return None;
    }
    let pair = (doc.lower(s - 2), doc.lower(s - 1));
    if !KNOWING.contains(&pair) {
        return None;
    }
    // "with (direct) knowledge of": the head stands before "with".
    let mut head_end = s - 2;
    if pair.0 == "knowledge" {
        while head_end > floor && matches!(doc.lower(head_end - 1), "direct" | "with") {
            head_end -= 1;
        }
    }
    if head_end == floor || !ANONYMOUS_HEADS.contains(&doc.lower(head_end - 1)) {
        return None;
    }
    subject_before(doc, head_end, floor).map(|(start, _)| start)
}

/// "officials familiar with the server", "sources close to the campaign": where a
/// phrase that ended at token `e` ends with what its people know, up to the clause break
/// before `limit` that closes it. `None` when no such description follows `e`.
pub fn knowing_end(doc: &Doc, e: usize, limit: usize) -> Option<usize> {
    let knows = |t: usize| {
        let pair = (doc.lower(t), doc.lower(t + 1));
        KNOWING.contains(&pair) || pair == ("with", "knowledge")
    };
    // The phrase may have taken the adjective already ("Officials close | to the…").
    let at = [e, e.saturating_sub(1)]
        .into_iter()
        .find(|&t| t + 2 < limit && knows(t))?;
    (at + 2..limit.min(at + 10))
        .take_while(|&t| doc.is_word(t) || matches!(doc.word(t), "," | "—" | "–" | "("))
        .find(|&t| !doc.is_word(t))
}

/// "Tuesday", "a few minutes later", "the past": a time before a cue is when it was
/// said, never who said it.
pub fn is_time_phrase(doc: &Doc, start: usize, end: usize) -> bool {
    const TIME_WORDS: &[&str] = &[
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
    ];
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

/// Longest source phrase considered, in tokens.
const MAX_NP: usize = 9;

/// Longest appositive between a name and its cue ("Ned Price, a State Department
/// spokesman, said"), in tokens.
const MAX_APPOSITIVE: usize = 12;

/// Function words and adverbs that end a noun phrase when scanning over free words.
const NP_STOPS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "do", "does", "did", "that", "which", "who",
    "whom", "whose", "and", "but", "or", "nor", "because", "if", "when", "while", "although",
    "though", "since", "so", "than", "to", "as", "by", "with", "from", "on", "into", "onto",
    "about", "after", "before", "during", "without", "against", "between", "through", "over",
    "under", "not", "also", "then", "where", "how", "why", "what", "there", "here", "it", "this",
    "these", "those", "he", "she", "they", "we", "i", "you", "me", "him", "us", "them", "its",
    "said", "says", "say", "told", "tell", "tells",
];

/// Whether token `k` ends a free noun phrase: a function word, an adverb in -ly.
fn is_np_stop(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    NP_STOPS.contains(&w) || is_ly_adverb(w) && !is_capitalized(doc.word(k))
}

/// A lower-case word that is probably a verb: a past form, or a likely cue.
pub fn looks_verbal(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    !is_capitalized(doc.word(k))
        && (w.ends_with("ed") && w.len() > 4
            || IRREGULAR_PASTS.contains(&w)
            || crate::lexicon::cue_lemma(w).is_some())
}

/// Whether token `k` can open a source phrase.
fn opens_np(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    is_capitalized(doc.word(k))
        || DETERMINERS.contains(&w)
        || ANONYMOUS_HEADS.contains(&w)
        || OUTLET_NOUNS.contains(&w)
        || NP_MODIFIERS.contains(&w) && !matches!(w, "and" | "of" | "for" | "in" | "’s" | "'s")
        || count_word(w).is_some()
        || QUANTITY_WORDS.contains(&w)
        || doc
            .word(k)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        || matches!(w, "his" | "her" | "their" | "our" | "its" | "my" | "your")
}

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
    np_from(doc, start, limit).or_else(|| {
        let name = (start..limit.min(start + 6)).find(|&t| is_capitalized(doc.word(t)))?;
        let describes = (start..name).all(|t| {
            let w = doc.lower(t);
            doc.is_word(t)
                && (matches!(w, "of" | "and") || !is_np_stop(doc, t) && !looks_verbal(doc, t))
        });
        let (_, e) = np_from(doc, name, limit).filter(|&(s, _)| s == name)?;
        (name > start && describes).then_some((start, e))
    })
}

/// Token range of a noun phrase starting exactly at `start`, with an appositive name
/// running to the end of the sentence.
pub fn np_from(doc: &Doc, start: usize, limit: usize) -> Option<(usize, usize)> {
    if start >= limit || !doc.is_word(start) || !opens_np(doc, start) {
        return None;
    }
    // A phrase opened by a determiner may hold any noun ("the rights group"); one opened
    // by a name runs only over name-like words, so "Rubio thanked Miami" stops at "Rubio".
    let mut free = !is_capitalized(doc.word(start)) || DETERMINERS.contains(&doc.lower(start));
    let mut end = start;
    while end < limit
        && (doc.is_word(end) || {
            // "Sanders’ campaign": a possessive mark after a plural or a name in "s" stays
            // inside, and any noun may follow it.
            let mark = end > start
                && matches!(doc.word(end), "’" | "'")
                && doc.tokens[end].span.start == doc.tokens[end - 1].span.end
                && doc.lower(end - 1).ends_with('s')
                && end + 1 < limit
                && doc.is_word(end + 1)
                && !doc.in_quote(end);
            free |= mark;
            mark
        })
        && (np_word(doc, end)
            || free
                && !is_np_stop(doc, end)
                // "one unaligned Florida strategist", "a retired general": a past form
                // right after the determiner describes the noun.
                && (!looks_verbal(doc, end)
                    || end == start + 1
                        && (DETERMINERS.contains(&doc.lower(start))
                            || count_word(doc.lower(start)).is_some())))
        && end - start < MAX_NP
        // "told the BBC that fighters would…": after the phrase's first word, "that"
        // opens the reported clause, whatever determiners it can also be.
        && !(end > start && matches!(doc.lower(end), "who" | "that" | "which"))
    {
        end += 1;
        // "the spokesman for foreign affairs": a short complement after for/of.
        if matches!(doc.lower(end - 1), "for" | "of") {
            let mut extra = 0;
            while extra < 3 && end < limit && doc.is_word(end) && doc.lower(end) != "who" {
                end += 1;
                extra += 1;
            }
        }
    }
    let (s, e) = trim_np(doc, start, end)?;
    // Appositive: ", Name Name" running to the sentence end.
    if e < limit && doc.word(e) == "," && e + 1 < limit && is_capitalized(doc.word(e + 1)) {
        let mut k = e + 1;
        while k < limit && doc.is_word(k) {
            k += 1;
        }
        let at_end = k == limit || matches!(doc.word(k), "." | "," | ";");
        if at_end && k - (e + 1) <= 4 {
            return Some((s, k));
        }
    }
    Some((s, e))
}

fn np_word(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    let raw = doc.word(k);
    (is_capitalized(raw) && !matches!(w, "i"))
        || DETERMINERS.contains(&w)
        || NP_MODIFIERS.contains(&w)
        || ANONYMOUS_HEADS.contains(&w)
        || OUTLET_NOUNS.contains(&w)
        || TITLES.contains(&w)
        || is_possessive(raw)
        || raw.starts_with('@')
        || QUANTITY_WORDS.contains(&w)
        || raw.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Words of quantity phrases that report what a share of people said ("47 percent",
/// "nearly half", "more than 4 in 10", "three-quarters of voters").
const QUANTITY_WORDS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "three-quarters",
    "two-thirds",
    "majority",
    "minority",
    "plurality",
    "more",
    "than",
    "nearly",
    "almost",
    "about",
    "roughly",
    "over",
    "fewer",
    "less",
    "just",
    "only",
    "in",
    "out",
    "every",
    "each",
    "among",
    "respondents",
    "democrats",
    "republicans",
    "independents",
    "americans",
    "voters",
    "adults",
];

/// Drops connectors at the edges and sentence adverbs at the start; keeps the phrase only
/// if it has something that can name a source.
fn trim_np(doc: &Doc, mut start: usize, mut end: usize) -> Option<(usize, usize)> {
    while start < end {
        let w = doc.lower(start);
        if matches!(w, "and" | "of" | "for" | "in")
            || NOT_NAME_START.contains(&w)
                && is_capitalized(doc.word(start))
                && !DETERMINERS.contains(&w)
        {
            start += 1;
        } else {
            break;
        }
    }
    while end > start
        && matches!(
            doc.lower(end - 1),
            "and" | "of" | "for" | "in" | "the" | "a" | "an"
        )
    {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let determined = end - start >= 2 && opens_np(doc, start) && !is_capitalized(doc.word(start));
    // "most said", "both vowed": a quantifier standing for people named before.
    // "43 said the same", "all but two said", "at least 21,000 said": a count alone too.
    let quantifier_alone = end - start == 1
        && (QUANTIFIERS.contains(&doc.lower(start))
            || count_word(doc.lower(start)).is_some()
            || doc
                .word(start)
                .chars()
                .all(|c| c.is_ascii_digit() || c == ','));
    let has_head = determined
        || quantifier_alone
        || (start..end).any(|k| {
            let w = doc.lower(k);
            is_capitalized(doc.word(k))
                || ANONYMOUS_HEADS.contains(&w)
                || OUTLET_NOUNS.contains(&w)
                || QUANTITY_WORDS.contains(&w)
        });
    has_head.then_some((start, end))
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
