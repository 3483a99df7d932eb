//! Organisations a short name stands for: "Texaco" for the "Texaco Inc" the text wrote,
//! "the Bank" for the "Bank of England" named last, "the Central Bank" for none the
//! article names (then a body of this article alone, not one "Central Bank" for every
//! country).

use super::{ActorKind, Resolver, Span};
use crate::attribution::Attribution;
use crate::lexicon::COMPANY_FORMS;
use crate::source::SourceRef;
use crate::Doc;

impl Resolver<'_> {
    /// "Morgan Stanley said" after "Morgan Stanley and Co, underwriter, said": a name of
    /// two words or more that opens the name of an organisation credited before is that
    /// organisation, not a person who shares its words.
    pub(super) fn organization_starting(&self, name: &str, before: usize) -> Option<usize> {
        // (One word is too little to tell a person from a company's first word.)
        name.split_whitespace().nth(1)?;
        self.organization_opened(name, before, |_| true)
    }

    /// The organisation credited last before `before` whose name `words` open and whose
    /// name `fits`.
    fn organization_opened(
        &self,
        words: &str,
        before: usize,
        fits: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        self.recent(before).find(|&a| {
            let org = &self.actors[a];
            org.kind == ActorKind::Organization
                && org
                    .name
                    .strip_prefix(words)
                    .is_some_and(|rest| rest.starts_with(' '))
                && fits(&org.name)
        })
    }

    /// The organisation credited before `before` whose name one word opens, for a word
    /// that is no given name or place ("Hillary" opens "Hillary Clinton campaign",
    /// "Japan" opens "Japan Air Lines": neither is that body), and a name that reads as
    /// a firm's or an institution's ([`crate::source::is_body_name`]: not "Sanders and
    /// Clinton", "Trump Troops"). Asked only once the word is known to be no person's
    /// surname in the article.
    pub(super) fn organization_opened_by(&self, word: &str, before: usize) -> Option<usize> {
        let lower = crate::text::lowercase(word);
        if crate::lexicon::is_given_name(&lower) || crate::lexicon::is_place(&lower) {
            return None;
        }
        self.organization_opened(word, before, crate::source::is_body_name)
    }

    /// The organisation credited before `before` under exactly `name`.
    pub(super) fn organization_named(&self, name: &str, before: usize) -> Option<usize> {
        self.recent(before).find(|&a| {
            self.actors[a].kind == ActorKind::Organization && self.actors[a].name == name
        })
    }

    /// "The Bank said" after "the Bank of England", "the Central Bank said": "the" (or
    /// nothing) and a word for a kind of body (perhaps after words that qualify it),
    /// capitalised as the wire writes it, is the body of that kind named last with more
    /// words, credited or only written; with none, a body this article does not name.
    /// Never an organisation named "Bank" or "Central Bank" across the corpus: every
    /// country has one.
    pub(super) fn body_named_before(&mut self, span: Span) -> Option<usize> {
        let text = span.of(self.doc.text);
        // "Company said", "COMPANY SAYS": the word alone, as a headline or a sentence's
        // start writes it, is the same.
        let as_written = text
            .get(4..)
            .filter(|_| text[..4].eq_ignore_ascii_case("the "))
            .unwrap_or(text);
        let rest = crate::text::lowercase(as_written);
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (kind, qualifiers) = words.split_last()?;
        // "the Finance Ministry", "the Foreign Ministry": every country has one too.
        let portfolio = *kind == "ministry"
            && !qualifiers.is_empty()
            && qualifiers.iter().all(|w| PORTFOLIOS.contains(w));
        if !KINDS_OF_BODY.contains(kind)
            || !portfolio && !qualifiers.iter().all(|w| BODY_QUALIFIERS.contains(w))
        {
            return None;
        }
        // (`words` are the lists' own, in ASCII.)
        let credited = self.salience.iter().rev().find(|&&(pos, a)| {
            let org = &self.actors[a];
            let own = || org.name.split_whitespace();
            pos < span.start
                && org.kind == ActorKind::Organization
                && own().count() > words.len()
                && words
                    .iter()
                    .all(|w| own().any(|o| o.eq_ignore_ascii_case(w)))
        });
        let written = organization_with_words(self.doc, &words, span.start);
        Some(match (credited.copied(), written) {
            (Some((pos, org)), Some((at, _))) if pos >= at => org,
            (_, Some((at, name))) => {
                let at = Span::new(at, at + name.len());
                self.named(ActorKind::Organization, &name, None, at)
            }
            (Some((_, org)), None) => org,
            // A ministry the story does not name in full is the country's it is filed
            // from: "the Finance Ministry" under "TOKYO, March 3 -" is "Japan's Finance
            // Ministry".
            (None, None) => match self.home.filter(|_| portfolio) {
                Some(country) => {
                    let mark = if country.ends_with('s') { "'" } else { "'s" };
                    let name = format!("{country}{mark} {as_written}");
                    self.named(ActorKind::Organization, &name, None, span)
                }
                None => self.anonymous(span, None, None),
            },
        })
    }
}

/// What a ministry is named by, when a story names it by that alone ("the Finance
/// Ministry", "the Foreign Trade Ministry").
const PORTFOLIOS: &[&str] = &[
    "finance",
    "foreign",
    "trade",
    "agriculture",
    "agricultural",
    "economics",
    "economy",
    "economic",
    "commerce",
    "industry",
    "energy",
    "oil",
    "petroleum",
    "mines",
    "defence",
    "defense",
    "interior",
    "justice",
    "labour",
    "labor",
    "health",
    "transport",
    "budget",
    "treasury",
    "information",
    "planning",
    "and",
];

/// Words for a kind of body, of which a country or a city has many ("the Bank", "the
/// Ministry"); not those of a body a story has one of ("the Senate", "the Pentagon").
const KINDS_OF_BODY: &[&str] = &[
    "bank",
    "department",
    "ministry",
    "commission",
    "exchange",
    "company",
    "agency",
    "committee",
    "council",
    "office",
    "institute",
    "board",
    "corporation",
    "fund",
    "group",
    "union",
    "association",
    "authority",
    "bureau",
    "court",
    "party",
    "university",
    "foundation",
];

/// Words that say which of a country's bodies of a kind is meant, and no more: "the
/// Central Bank", "the Reserve Bank", "the Stock Exchange". ("The State Department" is
/// one body: the American one.)
const BODY_QUALIFIERS: &[&str] = &["central", "reserve", "national", "stock"];

/// Where the text writes a company's legal form ("Inc", "Ltd"): few articles but the
/// wire's do, so a name is looked for only before these.
pub(super) fn company_forms(doc: &Doc) -> Vec<usize> {
    // Every word is asked: the lower-cased forms the document keeps are looked up as they
    // are (the forms are ASCII, and no other letter lower-cases to theirs).
    (0..doc.tokens.len())
        .filter(|&t| {
            doc.is_word(t) && COMPANY_FORMS.contains(&doc.lower(t).trim_end_matches(['.', ',']))
        })
        .collect()
}

/// The company a name read as a person's stands for, when the text writes that name
/// opening a company's full name, legal form and all (`forms`, [`company_forms`]):
/// "Texaco said" where "<Texaco Inc>" was named, "Dome said" after "Dome Petroleum Ltd",
/// "Merrill Lynch said" after "Merrill Lynch and Co Inc". The first such name the text
/// writes.
pub(super) fn company_named_from(doc: &Doc, forms: &[usize], name: &str) -> Option<String> {
    const MAX_WORDS: usize = 8;
    let words: Vec<&str> = name.split_whitespace().collect();
    forms.iter().find_map(|&form| {
        // Back from the form over the name's words: capitalised, or "and", "&" between
        // two of them ("Merrill Lynch and Co Inc", "Procter & Gamble Co").
        let mut start = form;
        while start > 0 && form - start < MAX_WORDS {
            let before = start - 1;
            let joins = matches!(doc.word(before), "and" | "&") && before > 0;
            if !(doc.is_capitalized_word(before) || joins) {
                break;
            }
            start = before;
            let opens = start + words.len() <= form
                && (0..words.len()).all(|i| doc.word(start + i) == words[i]);
            if opens {
                return Some(doc.span_text(start, form + 1).to_owned());
            }
        }
        None
    })
}

/// The name of the last organisation the text writes before `before` with all of
/// `words` (lower-cased) among its own and more ("Bank of England" for "the Bank",
/// "Central Bank of Brazil" for "the Central Bank"; not "Bundesbank", whose word is
/// "bundesbank"): a run of capitalised words through "of", "for" or "and", without a
/// leading "The"; with where it starts.
fn organization_with_words(doc: &Doc, words: &[&str], before: usize) -> Option<(usize, String)> {
    let capitalized = |k: usize| doc.is_capitalized_word(k);
    let (&head, _) = words.split_last()?;
    let n = doc.tokens.len();
    let last = doc.tokens.partition_point(|t| t.span.end <= before);
    (0..last).rev().find_map(|t| {
        // (A headline capitalises every word: its runs are no names.)
        if doc.lower(t) != head || !capitalized(t) || !doc.in_running_text(t) {
            return None;
        }
        let mut start = t;
        while start > 0 && capitalized(start - 1) && doc.lower(start - 1) != "the" {
            start -= 1;
        }
        let mut end = t + 1;
        loop {
            if end < n && capitalized(end) {
                end += 1;
            } else if end + 1 < n
                && matches!(doc.lower(end), "of" | "for" | "and")
                && capitalized(end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        let all = words
            .iter()
            .all(|w| (start..end).any(|k| doc.lower(k) == *w));
        (all && end - start > words.len()).then(|| {
            (
                doc.tokens[start].span.start,
                doc.span_text(start, end).to_owned(),
            )
        })
    })
}

/// The one-word names that, as the source of some attribution of the document, speak of
/// themselves as "it": "Texaco said its profits rose", "Airbus said it signed…". A person
/// is "he" or "she"; "it" with a verb a firm does, or "its", is a firm's. (Not "it is",
/// "it would": those open as often what anyone says, "it is too early to tell".)
pub(super) fn firms_speaking_as_it<'d>(
    doc: &Doc<'d>,
    attributions: &[Attribution],
) -> Vec<&'d str> {
    const FIRMS_DO: &[&str] = &[
        "plans",
        "planned",
        "expects",
        "expected",
        "agreed",
        "intends",
        "intended",
        "sold",
        "bought",
        "acquired",
        "completed",
        "received",
        "filed",
        "signed",
        "raised",
        "cut",
        "reported",
        "earned",
        "lost",
        "owns",
        "holds",
        "purchased",
        "offered",
        "issued",
        "paid",
        "declared",
        "increased",
        "reduced",
        "closed",
        "opened",
    ];
    let mut firms = Vec::new();
    for a in attributions {
        let (
            Some(span),
            Some(SourceRef::Named {
                kind: ActorKind::Person,
                name,
                title: None,
            }),
        ) = (a.source, &a.source_ref)
        else {
            continue;
        };
        let Some(content) = a.contents.first() else {
            continue;
        };
        let mut words = content.of(doc.text).split_whitespace();
        let as_it = match (words.next(), words.next()) {
            (Some(first), _) if first.eq_ignore_ascii_case("its") => true,
            (Some(first), Some(verb)) if first.eq_ignore_ascii_case("it") => {
                FIRMS_DO.iter().any(|v| v.eq_ignore_ascii_case(verb))
            }
            _ => false,
        };
        let written = span.of(doc.text);
        if as_it && !name.contains(' ') && written == name && !firms.contains(&written) {
            firms.push(written);
        }
    }
    firms
}

/// The name an acronym stands for where the text spells it out before it in parentheses:
/// "the Commodity Credit Corporation (CCC)", "the World Bank and the International
/// Monetary Fund (IMF)" give "Commodity Credit Corporation", "International Monetary
/// Fund". The shortest run of capitalised words before the parentheses whose initials
/// are the acronym ("of", "and", "for", "the" between them count for nothing).
pub(super) fn expansion_of(doc: &Doc, acronym: &str) -> Option<String> {
    let letters = acronym.chars().filter(char::is_ascii_alphabetic).count();
    if !(2..=6).contains(&letters) || acronym.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let n = doc.tokens.len();
    (1..n.saturating_sub(2)).find_map(|t| {
        if doc.word(t) != "(" || doc.word(t + 1) != acronym || doc.word(t + 2) != ")" {
            return None;
        }
        spelled_out_ending_at(doc, t, acronym)
    })
}

/// The name initials stand for where the text wrote it in full before them, with no
/// parentheses: "S and P said" after "Standard and Poor's Corp", "the SEC" after "the
/// Securities and Exchange Commission" (a legal form after the name counts for nothing).
/// The last such name before `before`, a byte offset.
pub(super) fn initials_spelled_before(doc: &Doc, initials: &str, before: usize) -> Option<String> {
    // "S and P", "S&P", "S/P", "SEC": capitals, one letter each where "and" joins them.
    let pieces: Vec<&str> = initials
        .split(|c: char| c.is_whitespace() || matches!(c, '&' | '/'))
        .filter(|p| !p.is_empty() && *p != "and")
        .collect();
    let letters: String = pieces.concat();
    let joined = pieces.len() > 1;
    if !(2..=6).contains(&letters.len())
        || !letters.chars().all(|c| c.is_ascii_uppercase())
        || joined && pieces.iter().any(|p| p.len() != 1)
    {
        return None;
    }
    let end = doc.tokens.partition_point(|t| t.span.end <= before);
    (1..=end).rev().find_map(|t| {
        let mut t = t;
        if !doc.is_capitalized_word(t - 1) {
            return None;
        }
        if crate::lexicon::is_company_form(doc.lower(t - 1)) {
            t -= 1;
            if !doc.is_capitalized_word(t - 1) {
                return None; // "Price Waterhouse and Co"
            }
        }
        let name = spelled_out_ending_at(doc, t, &letters)?;
        // "MTS said" after "Martin T. Sosnoff", "USDA" after "Under Secretary Daniel
        // Amstutz": a person's initials are no body's.
        if name
            .split_whitespace()
            .any(|w| crate::lexicon::is_given_name(&crate::text::lowercase(w)))
        {
            return None;
        }
        // "the Commodity Futures Trading Commission's proposal": the body without its
        // mark; "Standard and Poor's" keeps it, its last word no head of bodies.
        let bare = crate::lexicon::without_possessive(&name);
        let head = bare.rsplit(' ').next().map(crate::text::lowercase);
        Some(
            if head.is_some_and(|h| crate::lexicon::ORG_WORDS.contains(&h.as_ref())) {
                bare.to_owned()
            } else {
                name
            },
        )
    })
}

/// The run of capitalised words ending right before token `t` whose initials are
/// `letters` ("of", "and", "for", "the", "on" between them count for nothing).
fn spelled_out_ending_at(doc: &Doc, t: usize, letters: &str) -> Option<String> {
    const MAX_WORDS: usize = 8;
    let mut initials = String::new();
    let mut start = t;
    while start > 0 && t - start < MAX_WORDS {
        let before = start - 1;
        let joining = matches!(doc.lower(before), "of" | "and" | "for" | "the" | "on");
        if !(doc.is_word(before) && joining || doc.is_capitalized_word(before)) {
            break;
        }
        start = before;
        if !joining {
            initials.insert(0, doc.word(before).chars().next()?);
            if initials == letters {
                return Some(doc.span_text(start, t).to_owned());
            }
            if initials.len() >= letters.len() {
                return None;
            }
        }
    }
    None
}
