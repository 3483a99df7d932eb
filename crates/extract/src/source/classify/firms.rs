//! Whether capitalised words name a firm rather than a person: "Barnett Banks of Florida
//! Inc", "Hoechst AG of West Germany" are companies, "John Smith of Merrill Lynch" a
//! person from one.

use super::*;

/// Whether capitalised words can be a person's name rather than a firm's: no word of an
/// organisation, singular or plural ("Barnett Banks of Florida Inc"), of a company's
/// form or trade ("Hoechst AG of West Germany", "Affiliated Bankshares of Colorado"), and
/// no acronym.
pub(super) fn reads_as_personal_name(words: &[&str], lower: &[&str]) -> bool {
    let acronym = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    words
        .iter()
        .zip(lower)
        .all(|(w, l)| is_capitalized(w) && !is_firm_word(l) && !acronym(w))
}

/// Whether a lower-case word, without its possessive mark, is one of an organisation
/// (singular or plural: "Banks"), a company's legal form or its trade ("Bankshares").
fn is_firm_word(lower: &str) -> bool {
    let l = without_possessive(lower);
    let singular = l.strip_suffix('s').unwrap_or(l);
    ORG_WORDS.contains(&l)
        || ORG_WORDS.contains(&singular)
        || crate::lexicon::is_company_form(l)
        || FIRM_WORDS.contains(&l)
}

/// Whether a name written out ("Zhao Ziyang", not "Harris Associates LP" or "Maddow
/// Show") can be a person's: [`reads_as_personal_name`] of its words, none of them a
/// reporting verb that a headline capitalised ("Liebowitz Sees Potential").
pub(crate) fn is_personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| crate::text::lowercase(w).into_owned())
        .collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    reads_as_personal_name(&words, &lower)
        && !lower[1..]
            .iter()
            .any(|w| crate::lexicon::verb_lemma(w).is_some())
}

/// Whether a name written out is a firm's or an institution's by its words: capitalised
/// but for the words that join a body's name ("of", "and", "the", "for"), one of them a
/// word of organisations, trades or legal forms ("Continental Bank of Canada", "USAir
/// Group", "Shearson Lehman Brothers"); not "Sanders and Clinton" or "Trump Troops".
pub(crate) fn is_body_name(name: &str) -> bool {
    let mut body = false;
    for w in name.split_whitespace() {
        let l = crate::text::lowercase(w);
        if matches!(without_possessive(&l), "of" | "and" | "the" | "for" | "&") {
            continue;
        }
        if !is_capitalized(w) {
            return false;
        }
        body |= is_firm_word(&l);
    }
    body
}

/// Whether what follows "of" makes the phrase before it a company's name: a place
/// ("Lanson Champagne of France", "Hoechst AG of West Germany") or a company's suffix at
/// the end ("Mitsubishi Motor Sales of America Inc"). A person's firm rarely ends so in
/// the same phrase.
pub(super) fn names_a_firm_or_place(after_of: &[&str]) -> bool {
    let joined = after_of.join(" ");
    let place = PLACES.contains(&joined.as_str())
        || after_of.len() > 1 && PLACES.contains(&after_of[after_of.len() - 1]);
    let suffix = after_of
        .last()
        .is_some_and(|w| crate::lexicon::is_company_form(w));
    place || suffix
}

/// Whether an appositive (its words lower-cased, `rest`) says what kind of body the name
/// before it is: "Cleaver Brooks, a subsidiary of Aqua Chem", "Lonrho, the British
/// conglomerate". Its head, the last word before a preposition or a clause, after "a",
/// "an" or "the", names a kind of company; "a company spokesman" is a person's.
pub(super) fn apposed_kind_of_body(rest: &[&str]) -> bool {
    /// Kinds of company an appositive calls a body by.
    const KINDS: &[&str] = &[
        "subsidiary",
        "unit",
        "affiliate",
        "division",
        "manufacturer",
        "producer",
        "retailer",
        "distributor",
        "supplier",
        "lender",
        "insurer",
        "brokerage",
        "conglomerate",
        "airline",
        "refiner",
        "utility",
        "publisher",
        "firm",
        "company",
        "corporation",
        "bank",
    ];
    let [first, phrase @ ..] = rest else {
        return false;
    };
    if !matches!(*first, "a" | "an" | "the") {
        return false;
    }
    let end = phrase
        .iter()
        .position(|w| {
            crate::lexicon::is_preposition(w)
                || matches!(*w, "based" | "that" | "which" | "who" | "and" | "," | "(")
        })
        .unwrap_or(phrase.len());
    phrase[..end]
        .last()
        .is_some_and(|head| KINDS.contains(head))
}

/// Words of a company's trade or kind that end or fill its name ("Merrill Lynch Capital
/// Markets", "Texas Oil and Gas").
static FIRM_WORDS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "spa",
    "gmbh",
    "bankshares",
    "bancorp",
    "industries",
    "holdings",
    "brothers",
    "securities",
    "associates",
    "laboratories",
    "partners",
    "systems",
    "resources",
    "financial",
    "energy",
    "electric",
    "oil",
    "gas",
    "motors",
    "steel",
    "chemical",
    "chemicals",
    "petroleum",
    "airways",
    "trust",
    "savings",
    "capital",
    "services",
]);

/// Words of a firm's kind that no surname is: a name of two words ending in one is the
/// firm's ("Warburg Securities", "British Airways").
const NEVER_SURNAMES: &[&str] = &[
    "bankshares",
    "bancorp",
    "industries",
    "holdings",
    "securities",
    "laboratories",
    "airways",
    "airlines",
    "petroleum",
    "chemicals",
    "motors",
    "services",
];

/// Whether a run of capitalised words, read as a person's name, names a firm: three
/// words or more with a word of a trade after the first ("Merrill Lynch Capital Markets";
/// two are too few to tell from "Danielle Steel", unless the second is a word no surname
/// is: "British Airways"), or one word fused with its kind
/// ("GenCorp", "Citicorp", "Bancorp"), or a firm's word after a title ("General
/// Partners").
pub(crate) fn names_a_firm(lower: &[&str], after_title: bool) -> bool {
    match lower {
        // "General Partners": a firm's word after what reads as a title ("Associates say"
        // alone are people).
        [one] if FIRM_WORDS.contains(one) => after_title,
        [one] => {
            // (Not "-bank": "Milbank", "Fairbank" are surnames.)
            one.len() > 5 && one.ends_with("corp")
        }
        [_, last] => NEVER_SURNAMES.contains(last),
        [_, rest @ ..] => rest.iter().any(|w| FIRM_WORDS.contains(w)),
        [] => false,
    }
}
