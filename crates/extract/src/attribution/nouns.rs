//! Whether a word that can report is a verb with a subject where it stands, or a noun, an
//! adjective or a participle that describes one: "the report", "to say", "the greatest
//! fear", "the company's reported earnings", "the fear expressed by foreigners", "the
//! preferred stock will…"; "add" with a thing after it, which is no saying; and a
//! reporting verb in another sense ("ruled the country", "to claim their prizes"). Asked
//! by `verb_cue` and by `model_sure` before either makes an attribution.

use super::*;

/// "the greatest fear expressed by foreigners is…", "concerns raised by critics": a
/// participle right before its agent, after a common noun, describes the noun; it is no
/// verb of the noun's. (A verb that answers "by" doing something is one: "officials
/// responded by calling…".)
pub(super) fn describes_noun_before(doc: &Doc, k: usize, start: usize, end: usize) -> bool {
    let form = doc.lower(k);
    (form.ends_with("ed") || form.ends_with("en"))
        && k + 1 < end
        && doc.lower(k + 1) == "by"
        && k > start
        && doc.is_word(k - 1)
        && !is_capitalized(doc.word(k - 1))
        && !crate::lexicon::PRONOUNS.contains(&doc.lower(k - 1))
        && !is_be(doc.lower(k - 1))
        && !matches!(doc.lower(k - 1), "has" | "have" | "had" | "been" | "being")
        && !is_ly_adverb(doc.lower(k - 1))
        && !matches!(
            form,
            "responded" | "reacted" | "replied" | "answered" | "countered" | "retaliated"
        )
}

/// "a physician well known for his work", "Lazar, 44, known online as Guccifer": "known"
/// at `k` with no auxiliary before it (adverbs between) describes the noun before it,
/// which is no one who said anything. "is widely known as", "has long known" and "made
/// it known that" are verbs.
pub(super) fn known_describes_noun(doc: &Doc, k: usize, start: usize) -> bool {
    if doc.lower(k) != "known" {
        return false;
    }
    let made_known = k >= start + 2
        && doc.lower(k - 1) == "it"
        && matches!(doc.lower(k - 2), "made" | "make" | "makes" | "making");
    let auxiliary = (start..k)
        .rev()
        .find(|&t| {
            let w = doc.lower(t);
            !(is_ly_adverb(w) || matches!(w, "not" | "also" | "well" | "long" | "best" | "now"))
        })
        .is_some_and(|t| {
            let w = doc.lower(t);
            is_be(w) || FINITE.contains(&w) || matches!(w, "being" | "’s" | "'s")
        });
    !made_known && !auxiliary
}

/// "the Weyerhaeuser preferred stock will not be…": an "-ed" word no verb list has,
/// between a noun it modifies and a verb, is an adjective. (A reporting verb takes a
/// clause so: "warned prices would rise".)
pub(super) fn adjective_before_noun_and_verb(doc: &Doc, k: usize, end: usize) -> bool {
    let form = doc.lower(k);
    verb_lemma(form).is_none()
        && form.ends_with("ed")
        && k + 2 < end
        && doc.is_word(k + 1)
        && !is_capitalized(doc.word(k + 1))
        && !DETERMINERS.contains(&doc.lower(k + 1))
        && !crate::lexicon::PRONOUNS.contains(&doc.lower(k + 1))
        && FINITE.contains(&doc.lower(k + 2))
}

/// Whether the word at `k` is a noun or an infinitive by the words around it: "the
/// report", "to say" ([`opens_noun_or_infinitive`]), a participle after a possessive
/// ("the company's reported earnings"), or a determiner and an adjective of rank ("the
/// greatest fear", "the main worry", "his latest claim"), which a verb's subject never
/// ends in.
pub(super) fn reads_as_noun(doc: &Doc, k: usize, start: usize) -> bool {
    if is_offer_of(doc, k) {
        return true;
    }
    if k == start {
        return false;
    }
    let prev = doc.lower(k - 1);
    // "the government's proposed bill", "the company's reported earnings": a participle
    // after a possessive noun ("he's said" is a pronoun and its auxiliary; a noun there
    // may be a cue: "Trump's claim that…" is his). A capitalised possessive opening its
    // clause is a company's name, and the participle its verb ("Moody's cited…",
    // "Standard and Poor's noted…").
    let company = is_capitalized(doc.word(k - 1))
        && (k - 1 == start
            || !doc.is_word(k - 2)
            || matches!(doc.lower(k - 2), "and" | "but" | "that" | "while")
            || is_capitalized(doc.word(k - 2)));
    let owner = crate::lexicon::is_possessive(prev)
        && contracted_pronoun(prev).is_none()
        && doc.lower(k).ends_with("ed")
        && !company;
    opens_noun_or_infinitive(prev) || owner || after_determiners_adjective(doc, k, start)
}

/// Whether the word at `k` follows a determiner and an adjective that makes it a noun:
/// one of rank ("the greatest fear", "the main worry", "his latest claim"), of time or of
/// manner ("the latest warning", "a stark warning", "a veiled threat"), which a verb's
/// subject never ends in.
pub(super) fn after_determiners_adjective(doc: &Doc, k: usize, start: usize) -> bool {
    let adjective = doc.lower(k - 1);
    let makes_a_noun = adjective.ends_with("est")
        || matches!(
            adjective,
            "main"
                | "only"
                | "first"
                | "last"
                | "latest"
                | "chief"
                | "key"
                | "primary"
                | "major"
                | "recent"
                | "new"
                | "final"
                | "fresh"
                | "stark"
                | "dire"
                | "grim"
                | "similar"
                | "repeated"
                | "sharp"
                | "veiled"
                | "explicit"
        );
    makes_a_noun
        && k >= start + 2
        && (DETERMINERS.contains(&doc.lower(k - 2))
            || crate::lexicon::is_possessive(doc.lower(k - 2)))
}

/// Whether the word at `k` is the noun of an offer of something ("Shelf offering of up to
/// 200 mln dlrs", "an initial public offering of shares", "Iran's offer of talks"): a
/// thing sold or put forward, not said; the verb takes its object without "of".
pub(super) fn is_offer_of(doc: &Doc, k: usize) -> bool {
    matches!(doc.lower(k), "offer" | "offers" | "offering" | "offerings")
        && k + 1 < doc.tokens.len()
        && doc.lower(k + 1) == "of"
}

/// Whether a word before a cue word makes it a noun or an infinitive ("the report", "a
/// claim", "to say"), not a verb with a subject.
pub(super) fn opens_noun_or_infinitive(prev: &str) -> bool {
    matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "this"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "to"
            | "whose"
            | "of"
            | "these"
            | "those"
    )
}

/// Whether the phrase `np` before the word at `head` is its subject: not the article and
/// modifiers of a noun ([`modifies_noun`]), nor the object of a preposition ("stalled
/// over Taliban demands to turn…", where "demands" is a noun; "over 100 officials said"
/// and "about half of voters say" are amounts).
pub(super) fn is_subject_of(doc: &Doc, np: (usize, usize), head: usize) -> bool {
    let (s, e) = np;
    // "about half of voters", "over 100 officials", "at least 21,000": an amount.
    let amount = (s + 1..e).any(|t| {
        let w = doc.lower(t);
        w.starts_with(|c: char| c.is_ascii_digit())
            || crate::lexicon::count_word(w).is_some()
            || matches!(
                w,
                "half" | "third" | "quarter" | "dozen" | "dozens" | "least"
            )
            || w.ends_with("-thirds")
            || w.ends_with("-quarters")
    });
    let object_of_preposition = is_preposition(doc.lower(s)) && s + 1 < e && !amount;
    !modifies_noun(doc, np, head) && !object_of_preposition
}

/// "a third say they…", "a majority believe the…", "a few claim that…": a share of people
/// at `share`, then a verb at `head` with a clause after it, not "a majority decision"
/// or "a majority vote on".
fn share_reports(doc: &Doc, share: usize, head: usize) -> bool {
    let w = doc.lower(share);
    let clause_next = head + 1 < doc.tokens.len() && {
        let next = doc.lower(head + 1);
        next == "that"
            || is_subject_pronoun(next)
            || DETERMINERS.contains(&next)
            || is_capitalized(doc.word(head + 1))
    };
    (crate::lexicon::is_share(w) || matches!(w, "few" | "handful" | "dozen"))
        && verb_lemma(doc.lower(head)).is_some()
        && clause_next
}

/// "a fervent supporter of", "a definitive call on", "One lurking question": an article
/// and modifiers `np` before a word at `head` that can be a noun make one noun phrase, not
/// a source and its verb.
pub(super) fn modifies_noun(doc: &Doc, (s, e): (usize, usize), head: usize) -> bool {
    e == head
        && !never_a_noun(doc.lower(head))
        && matches!(doc.lower(s), "a" | "an" | "one" | "more" | "most")
        // A quantifier alone is a subject: "most oppose it".
        && (2..=3).contains(&(e - s))
        && (s..e).all(|t| doc.is_word(t) && !is_capitalized(doc.word(t)) || t == s)
        && !ANONYMOUS_HEADS.contains(&doc.lower(e - 1))
        && !share_reports(doc, e - 1, head)
        // "one in five say": a share of people, not "one … report".
        && !(s..e).any(|t| is_preposition(doc.lower(t)))
}

/// Verb forms that cannot be the noun of "report says": a verb after them is the
/// reported clause's ("said tweets were sent").
pub(super) fn never_a_noun(form: &str) -> bool {
    form.ends_with("ed")
        || matches!(
            form,
            "said" | "says" | "told" | "tells" | "wrote" | "writes" | "thinks" | "believes"
        )
}

/// "It added Hertz rental cars and Westin hotels": "add" with a thing after it, no clause
/// or quote, is acquiring, not saying.
pub(super) fn adds_a_thing(doc: &Doc, lemma: &str, from: usize, to: usize) -> bool {
    lemma == "add"
        && (from..to).all(|t| {
            !doc.in_quote(t)
                && doc.lower(t) != "that"
                && !FINITE.contains(&doc.lower(t))
                && !looks_verbal(doc, t)
        })
}

/// "The clash raised serious doubts about…", "Trump made no mention of…", "Biden took
/// aim at…": a noun that reports, after a light verb (`cue_phrase::is_light_verb`) and at most
/// three words of article or adjective, is the verb's object, and PolNeAR marks verb and
/// noun as one cue. Given the subject phrase `np` the backward scan found, which then runs
/// over the verb, this gives the subject before the verb and the verb's index, where the
/// cue starts. None when no light verb stands there, or when the words before it are no
/// subject of their own ("Trump talked about the market and made comments": a verb among
/// them), or when a name owns the noun ("noted Clinton’s comment": what Clinton said).
pub(super) fn verb_before_noun(
    doc: &Doc,
    (s, e): (usize, usize),
    head: usize,
) -> Option<((usize, usize), usize)> {
    // "a call echoed by Japan": a past form there is the verb, not a noun after one.
    if e != head || doc.lower(head).ends_with("ed") {
        return None;
    }
    let modifier = |t: usize| {
        let w = doc.lower(t);
        doc.is_word(t)
            && !is_capitalized(doc.word(t))
            && !looks_verbal(doc, t)
            && !is_preposition(w)
            && !crate::lexicon::is_possessive(w)
            && !matches!(w, "and" | "or" | "but" | "that" | "who" | "which")
    };
    let mut v = head;
    while v > s + 1 && head - v < 3 && modifier(v - 1) {
        v -= 1;
    }
    // In the past only: "a show", "the call", "have run" are a noun or an auxiliary as
    // often as a light verb.
    let past = |w: &str| w.ends_with('d') || crate::lexicon::IRREGULAR_PASTS.contains(&w);
    let verb = v.checked_sub(1).filter(|&t| {
        let w = doc.lower(t);
        t > s && w != "had" && past(w) && crate::cue_phrase::is_light_verb(w)
    })?;
    let clean_subject = (s..verb).all(|t| !looks_verbal(doc, t) && !FINITE.contains(&doc.lower(t)))
        && !matches!(doc.lower(verb - 1), "and" | "or" | "," | "to")
        && !is_preposition(doc.lower(verb - 1));
    clean_subject.then_some(((s, verb), verb))
}

/// Whether the reporting verb at `k` (`lemma`, between the words `prev` and `next`) has
/// another sense here: "the Taliban, who ruled the country" governed (a ruling reports a
/// decision: "ruled that", "ruled out", "ruled against"); going "to claim their prizes"
/// takes them ("he claimed his innocence" asserts it); "All told, the group raised $4
/// million" is a sum, not a telling.
pub(super) fn other_sense(
    doc: &Doc,
    k: usize,
    start: usize,
    lemma: &str,
    prev: Option<&str>,
    next: Option<&str>,
) -> bool {
    let governs = lemma == "rule"
        && next.is_some_and(|n| {
            n != "that" && (DETERMINERS.contains(&n) || crate::lexicon::is_possessive(n))
        });
    let takes = lemma == "claim"
        && prev == Some("to")
        && next.is_some_and(|n| matches!(n, "their" | "his" | "her" | "its" | "our" | "my"));
    let sum =
        doc.lower(k) == "told" && prev == Some("all") && (k == start + 1 || doc.word(k - 2) == ",");
    governs || takes || sum
}
