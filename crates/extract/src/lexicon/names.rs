//! What the words of a capitalised run say: an organisation, or no name at all.

use super::*;

/// Words that make a capitalised phrase an organisation rather than a person.
pub static ORG_WORDS: WordList = WordList::new(&[
    "department",
    "ministry",
    "pentagon",
    "treasury",
    "embassy",
    "government",
    "administration",
    "council",
    "committee",
    "agency",
    "office",
    "commission",
    "bank",
    "party",
    "police",
    "army",
    "forces",
    "nations",
    "nato",
    "house",
    "congress",
    "senate",
    "court",
    "university",
    "institute",
    "foundation",
    "company",
    "co",
    "co.",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "ltd",
    "llc",
    "lp",
    "plc",
    // The legal forms of other countries' companies: "Hoechst AG", "Philips NV",
    // "Volvo AB", "Norsk Data A/S", "Olivetti SpA".
    "ag",
    "nv",
    "sa",
    "ab",
    "oy",
    "a/s",
    "gmbh",
    "spa",
    "bv",
    "pty",
    "bhd",
    "group",
    "association",
    "union",
    "federation",
    "league",
    "organisation",
    "organization",
    "service",
    "board",
    "authority",
    "fund",
    "pac",
    "kremlin",
    "taliban",
    "state",
    "states",
    "campaign",
    "navy",
    "corps",
    "center",
    "centre",
    "club",
    "bureau",
    "reserve",
    "exchange",
    "fbi",
    "cia",
    "fed",
    "un",
    "eu",
    "who",
    "imf",
    "opec",
    "unicef",
    "unhcr",
    "nasa",
    "mission",
    "team",
    "parliament",
    "cabinet",
    "coalition",
    "alliance",
    "movement",
    "front",
    "network",
    "dept",
    "dept.",
    "kingdom",
    "united",
    "republic",
    "emirates",
    "airport",
    "square",
    "city",
    "province",
    "street",
    "island",
    "islands",
    "academy",
    "international",
    "airlines",
    "hospital",
    "community",
    "convention",
    "church",
    // What a company's name ends in: "United Technologies", "Valeant Pharmaceuticals".
    "technologies",
    "industries",
    "holdings",
    "enterprises",
    "pharmaceuticals",
    "laboratories",
    "motors",
    "communications",
    "systems",
    "metals",
    "materials",
    "minerals",
    "mining",
    "chemicals",
    "petroleum",
    "electronics",
    "resources",
    "securities",
    "investments",
    "properties",
    "insurance",
    "brands",
    "foods",
    "stores",
]);

/// Capitalised words that open sentences but never begin a name.
pub static NOT_NAME_START: WordList = WordList::new(&[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "meanwhile",
    "however",
    "also",
    "then",
    "now",
    "still",
    "yesterday",
    "today",
    "tomorrow",
    "on",
    "in",
    "at",
    "after",
    "before",
    "as",
    "when",
    "whenever",
    "once",
    "while",
    "if",
    "although",
    "though",
    "because",
    "since",
    "later",
    "earlier",
    "separately",
    "similarly",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "thus",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "it",
    "we",
    "i",
    "you",
    "they",
    "he",
    "she",
    "last",
    "by",
    "for",
    "from",
    "with",
    "without",
    "under",
    "over",
    "amid",
    "amidst",
    "during",
    "according",
    "overall",
    "finally",
    "first",
    "second",
    "third",
    "again",
    "even",
    "only",
    "just",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "asked",
    "speaking",
    "unlike",
    "like",
    "despite",
    "following",
    "y",
    // A question or an infinitive opening a sentence ("Does Rubio…", "To Sexton, …"),
    // a hedge ("Maybe Trump…").
    "maybe",
    "perhaps",
    "to",
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
]);

/// The legal forms that end a company's name ("Inc", "AG"), lower-cased without their
/// dot: no person's name holds one. Each but "incorporated" (a verb as often) is in
/// [`ORG_WORDS`] too, where a scan for a name stops; a test keeps the two lists agreed.
pub static COMPANY_FORMS: WordList = WordList::new(FORMS);

const FORMS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "plc",
    "ag",
    "nv",
    "sa",
    "a/s",
    "ab",
    "oy",
    "gmbh",
    "spa",
    "bv",
    "pty",
    "bhd",
    "llc",
    "corporation",
    "incorporated",
];

/// The longest form's length: a longer word is none, and a shorter one is lower-cased on
/// the stack to be looked up.
const LONGEST_FORM: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < FORMS.len() {
        if FORMS[i].len() > longest {
            longest = FORMS[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether a written word is a company's legal form ("Inc.", "Corp", "PLC"). Asked of
/// every word of an article, so it looks the word up rather than compare it with each
/// form.
pub fn is_company_form(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    if bare.len() > LONGEST_FORM {
        return false;
    }
    let mut buffer = [0u8; LONGEST_FORM];
    let lower = &mut buffer[..bare.len()];
    lower.copy_from_slice(bare.as_bytes());
    // ASCII case only, as the forms are ASCII: other bytes stay as they were, and the
    // text stays UTF-8.
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| COMPANY_FORMS.contains(&w))
}

/// A company's name without the legal form that ends it, and the "and" or comma before
/// that ("Chrysler Corp" → "Chrysler", "Morgan Stanley and Co" → "Morgan Stanley"), so
/// that a company is one actor however an article writes it. A name that is nothing but
/// a form is kept whole.
pub fn without_company_form(name: &str) -> &str {
    let mut kept = name.trim_end();
    while let Some((rest, last)) = kept.rsplit_once(' ') {
        if !is_company_form(last) {
            break;
        }
        let rest = rest.trim_end_matches([',', ' ']);
        let rest = rest
            .strip_suffix(" and")
            .or_else(|| rest.strip_suffix(" &"))
            .unwrap_or(rest)
            .trim_end();
        if rest.is_empty() {
            break;
        }
        kept = rest;
    }
    kept
}

/// Whether a lower-case word is a particle inside a surname ("de la Dehesa", "du
/// Plessis", "van der Klugt", "al-Deen"): it joins the name words around it, and a
/// surname it opens is one name ("Du Plessis said" after "Barend du Plessis").
pub fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "van"
            | "von"
            | "al"
            | "bin"
            | "da"
            | "del"
            | "le"
            | "la"
            | "dos"
            | "das"
            | "du"
            | "di"
            | "der"
            | "den"
            | "ter"
            | "ten"
    ) || ["al-", "el-"].iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_legal_form_but_incorporated_is_a_word_of_organisations() {
        for form in COMPANY_FORMS.iter().filter(|f| **f != "incorporated") {
            assert!(ORG_WORDS.contains(form), "{form} is not in ORG_WORDS");
        }
    }

    #[test]
    fn a_legal_form_is_known_in_any_case_with_its_dot_or_comma() {
        for word in ["Inc.", "INC", "Corp,", "GmbH", "A/S", "plc", "Incorporated"] {
            assert!(is_company_form(word), "{word}");
        }
        // Longer than any form, a form with more after it, or a letter beyond ASCII.
        for word in ["Incorporatedly", "Incs", "Cö", "Co-op", "", "."] {
            assert!(!is_company_form(word), "{word}");
        }
    }
}
