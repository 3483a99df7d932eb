//! Text normalisation for comparing claims: case, "U.S."/"US", quote marks and
//! punctuation fold away; numbers are read as values so "3,000", "3000" and "three
//! thousand" agree.

use rustc_hash::{FxHashMap, FxHashSet};

/// Whether a lower-cased word is a stopword. Asked of every word of every claim at each
/// relink: a scan of the list, then a binary search's string comparisons, were each a
/// tenth of the linker's time; a hash set is not.
fn is_stopword(word: &str) -> bool {
    static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(word)
}

/// Words that carry no content for claim identity.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "it",
    "its",
    "that",
    "this",
    "these",
    "those",
    "they",
    "them",
    "their",
    "we",
    "our",
    "us_pron",
    "he",
    "she",
    "his",
    "her",
    "i",
    "you",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "so",
    "if",
    "than",
    "then",
    "there",
    "about",
    "into",
    "over",
    "after",
    "before",
    "also",
    "just",
    "now",
    "very",
    "some",
    "any",
    "all",
    "more",
    "most",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "said",
    "says",
    "say",
    "according",
    "including",
    "nearly",
    "around",
    "almost",
];

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("hundred", 100),
    ("thousand", 1000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("dozen", 12),
];

/// Lower-cased words with whether the text wrote them with a capital.
fn cased_words(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut capital = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if cur.is_empty() {
                capital = ch.is_uppercase();
            }
            cur.extend(ch.to_lowercase());
        } else if matches!(ch, '/' | '-') && cur.ends_with(|c: char| c.is_ascii_digit()) {
            // "1-1/4", "5/8": a fraction is one number
            cur.push(ch);
        } else if matches!(ch, '.' | ',' | '\'' | '’') && !cur.is_empty() {
            // inside "U.S." or "3,000" or "don't": keep going, drop the mark
            cur.push('\u{1}');
        } else if !cur.is_empty() {
            push_word(&mut out, std::mem::take(&mut cur), capital);
        }
    }
    if !cur.is_empty() {
        push_word(&mut out, cur, capital);
    }
    out
}

/// Adds a word as read, marks inside it noted as `\u{1}`: a mark between letters or
/// digits joins ("us", "3000"); a trailing one ends the word.
fn push_word(out: &mut Vec<(String, bool)>, mut word: String, capital: bool) {
    let kept = word.trim_end_matches(['\u{1}', '/', '-']).len();
    word.truncate(kept);
    // Most words have no mark inside: they are kept as they are, with no copy (the
    // linker reads every word of every claim).
    if !word.contains('\u{1}') {
        if !word.is_empty() {
            out.push((word, capital));
        }
        return;
    }
    let is_number = word
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '\u{1}'));
    let is_initialism = word.split('\u{1}').all(|p| p.chars().count() <= 2);
    if is_number || is_initialism {
        out.push((word.replace('\u{1}', ""), capital));
    } else {
        out.extend(
            word.split('\u{1}')
                .filter(|p| !p.is_empty())
                .map(|p| (p.to_owned(), capital)),
        );
    }
}

/// Sorted, distinct content words, numbers written as digits.
pub fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = cased_content_words(text)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    words.dedup();
    words
}

/// Content words as [`content_words`] gives them, each with whether the text wrote it
/// with a capital: sorted, distinct pairs, so a word written both ways comes twice.
/// Names are told from other words by this: a word the corpus never writes in lower
/// case is a name, wherever in a sentence it stands.
pub fn cased_content_words(text: &str) -> Vec<(String, bool)> {
    content_of(cased_words(text))
}

/// A claim's content words (as [`cased_content_words`]) and the quantities it states
/// (as [`quantities`]), from one reading of its words: the linker asks both of every
/// sentence of every claim.
pub fn words_and_quantities(text: &str) -> (Vec<(String, bool)>, Vec<Quantity>) {
    let words = cased_words(text);
    let raw: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    let quantities = quantities_of(&raw);
    drop(raw);
    (content_of(words), quantities)
}

/// The content words among words as read: no stopwords, numbers as digits, stemmed,
/// sorted and distinct.
fn content_of(words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let mut words: Vec<(String, bool)> = words
        .into_iter()
        .filter(|(w, _)| !is_stopword(w))
        .map(|(w, capital)| (number_word(&w).map_or(w, |n| n.to_string()), capital))
        .map(|(w, capital)| (stem(w), capital))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// A number read at word `i` of `words` ("3,000", "three thousand", "3 million"): its
/// value and the index of its last word. Years are not quantities in dispute.
fn number_at(words: &[&str], i: usize) -> Option<(String, usize)> {
    let w = words[i];
    if is_compound_number(w) {
        return Some((w.to_owned(), i));
    }
    let mut v = if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
        w.parse::<u64>().ok()?
    } else {
        number_word(w)?
    };
    let mut last = i;
    while let Some(m) = words
        .get(last + 1)
        .and_then(|n| number_word(n))
        .filter(|m| *m >= 100)
    {
        v = v.saturating_mul(m);
        last += 1;
    }
    let looks_like_year = (1900..=2100).contains(&v) && w.len() == 4;
    (!looks_like_year).then_some((v.to_string(), last))
}

/// "5/8", "1-1/4", "600-700": a fraction as Reuters writes prices and fees, or a range;
/// not a span of years ("2015-16").
fn is_compound_number(w: &str) -> bool {
    let first = w.split(['/', '-']).next().unwrap_or_default();
    let year = first.len() == 4 && (first.starts_with("19") || first.starts_with("20"));
    w.contains(['/', '-'])
        && !year
        && w.split(['/', '-'])
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// A number with what it counts: "11 of 34 provincial capitals" is 11 `capital` out of
/// a total of 34 (`capital/of`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quantity {
    /// The stem of the counted noun (the last word of the phrase after the number), or
    /// empty when nothing follows; with `/of` for the total of an "N of M" phrase.
    pub head: String,
    /// The value as digits.
    pub value: String,
}

/// Every quantity a text states, in text order.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let words = cased_words(text);
    let raw: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    quantities_of(&raw)
}

/// The quantities in words as read (lower-cased, marks dropped).
fn quantities_of(words: &[&str]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, last)) = number_at(words, i) else {
            i += 1;
            continue;
        };
        // "April 14", "14 April", "APR 7": a day of a month is a date, not a count.
        let is_month = |w: Option<&&str>| w.is_some_and(|w| MONTHS.contains(w));
        if is_month(i.checked_sub(1).and_then(|p| words.get(p))) || is_month(words.get(last + 1)) {
            i = last + 1;
            continue;
        }
        // "N of [the] M things": N counts the things, M is their total.
        let mut after = last + 1;
        let mut total = None;
        if words.get(after).is_some_and(|w| *w == "of") {
            let m = after + 1 + usize::from(words.get(after + 1).is_some_and(|w| *w == "the"));
            if let Some((t, t_last)) = words.get(m).and_then(|_| number_at(words, m)) {
                total = Some(t);
                after = t_last + 1;
            }
        }
        // The noun phrase after the number, up to three words, ends at a stopword.
        let run: Vec<&str> = words[after.min(words.len())..]
            .iter()
            .copied()
            .take_while(|w| {
                !is_stopword(w)
                    && number_word(w).is_none()
                    && !w.starts_with(|c: char| c.is_ascii_digit())
            })
            .take(3)
            .collect();
        let head = run.last().map_or(String::new(), |w| stem((*w).to_owned()));
        // Money, percentages and shares measure rather than name what they count: "9.1
        // pct" in two filings is no claim about the same thing.
        let head = if run.first().is_some_and(|w| UNITS.contains(w)) {
            String::new()
        } else {
            head
        };
        if let Some(t) = total {
            out.push(Quantity {
                head: format!("{head}/of"),
                value: t,
            });
        }
        out.push(Quantity { head, value });
        i = after.max(last + 1);
    }
    out
}

/// Month names and their abbreviations, lower case: a number next to one is a day.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Units of measure: a number in one is compared as a bare number, never as a count of
/// a named thing.
const UNITS: &[&str] = &[
    "dlrs", "dlr", "dollars", "dollar", "cts", "cents", "pct", "percent", "per", "shares", "share",
    "shr", "shrs", "stg", "pounds", "yen", "marks", "francs", "lire", "points", "basis", "bbl",
    "bbls", "barrels", "tonnes", "tons", "ounces", "mln", "million", "billion", "bln", "usd",
    "euros",
];

/// Whether a content word (as [`content_words`] gives it, stemmed) is a unit of measure.
pub(crate) fn is_unit(word: &str) -> bool {
    static STEMS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    STEMS
        .get_or_init(|| UNITS.iter().map(|&u| stem(u.to_owned())).collect())
        .iter()
        .any(|u| u == word)
}

fn number_word(w: &str) -> Option<u64> {
    // Asked of every word, like `is_stopword`.
    static MAP: std::sync::OnceLock<FxHashMap<&'static str, u64>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| NUMBER_WORDS.iter().copied().collect())
        .get(w)
        .copied()
}

/// A light suffix stemmer: enough to match "withdraw"/"withdrawing", "city"/"cities".
fn stem(mut w: String) -> String {
    if w.chars().count() <= 4 || w.chars().any(|c| c.is_ascii_digit()) {
        return w;
    }
    for (suffix, replacement) in [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() >= 3 {
                w.truncate(stem.len());
                w.push_str(replacement);
                return w;
            }
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_and_numbers_fold() {
        assert_eq!(content_words("U.S. troops"), content_words("US troops"));
        let values =
            |text: &str| -> Vec<String> { quantities(text).into_iter().map(|q| q.value).collect() };
        assert_eq!(values("3,000 troops"), values("three thousand troops"));
        assert_eq!(values("3000 troops"), vec!["3000"]);
        assert!(values("in 2021 they left").is_empty());
    }

    #[test]
    fn quantities_know_what_they_count() {
        let q = |text: &str| -> Vec<(String, String)> {
            quantities(text)
                .into_iter()
                .map(|q| (q.head, q.value))
                .collect()
        };
        let own = |h: &str, v: &str| (h.to_owned(), v.to_owned());
        assert_eq!(
            q("control of 11 of 34 provincial capitals, two-thirds"),
            [
                own("capital/of", "34"),
                own("capital", "11"),
                own("third", "2")
            ]
        );
        assert_eq!(
            q("12 of the 34 Afghan provincial capitals and more"),
            [own("capital/of", "34"), own("capital", "12")]
        );
        assert_eq!(
            q("about three thousand troops to Kabul"),
            [own("troop", "3000")]
        );
        assert_eq!(q("within 90"), [own("", "90")]);
        // Digits end the counted phrase: "1-1/4 pct" counts no "pct" thing.
        assert!(q("a 1-1/4 pct selling concession")
            .iter()
            .all(|(head, _)| head.is_empty()));
        // Days of months are dates.
        assert_eq!(q("rights expire April 14 unless extended"), []);
        assert_eq!(
            q("fees of 1-1/4 pct and 5/8 pct; 600-700 emails in 2015-16"),
            [own("", "1-1/4"), own("", "5/8"), own("email", "600-700")]
        );
        assert_eq!(q("LME ZINC AFT 2ND RING 1607 - APR 7"), []);
    }
}
