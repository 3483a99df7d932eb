//! Spans, tokens and sentences: the layer every other module reads the text through.
//!
//! Everything inside the extractor works in byte offsets (cheap slicing); only RDF
//! emission converts to Unicode code points, through [`CharIndex`].

use std::borrow::Cow;
use std::ops::Range;

/// A byte range of the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from byte offsets.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
    /// The text of the span.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// Whether two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// What a token is, as far as the patterns care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters/digits, with inner `.`, `'`, `’`, `-`, `&` ("U.S.", "don’t", "R-Wyo.").
    Word,
    /// One punctuation character (quote marks included).
    Punct,
    /// A line break: paragraph structure matters for quotes and tweets.
    Newline,
}

/// One token with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// Abbreviations that keep their final period (so "Sen. Graham" is not two sentences).
static ABBREVIATIONS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "dept", "corp", "inc", "ltd", "co",
    "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    "fig", "gov't", "mt", "ft", "u.s", "u.k", "u.n", "d.c", "e.u", "a.m", "p.m",
]);

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a period between `before` and `after` ends a sentence whose space was lost
/// ("Trump said.Trump claimed"): a lower-case word before it, a capitalised word after.
/// "U.S.", "e.g." and "Amazon.com" keep their periods.
fn missing_space(before: &str, after: &str) -> bool {
    let mut next = after.chars();
    before.len() >= 2
        && before.chars().all(|c| c.is_ascii_lowercase())
        && next.next().is_some_and(|c| c.is_ascii_uppercase())
        && next.next().is_some_and(|c| c.is_ascii_lowercase())
}

/// Whether a comma after `before` separates thousands: a digit before it, exactly three
/// after ("180,000", "1,076,000"), so that a list of numbers ("2, 3") stays a list.
fn thousands_after(before: &str, after: &str) -> bool {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    before.ends_with(|c: char| c.is_ascii_digit()) && digits == 3
}

/// Whether a slash between `before` and `after` joins capital initials into one word:
/// one or two capitals on each side, as in a Nordic firm's legal form ("A/S") or an
/// agency's initials ("S/P"). A headline's "US/TOKYO" and a prose "and/or" stay apart.
fn initials_slashed(before: &str, after: &str) -> bool {
    let capitals =
        |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    let run = after.bytes().take_while(u8::is_ascii_alphanumeric).count();
    capitals(before) && capitals(&after[..run])
}

/// Splits text into tokens. Inner marks join a word only between word characters, so
/// "don’t" is one token but "Americans’ " ends the word before the mark.
///
/// It walks byte offsets and takes runs of ASCII letters and digits a slice at a time:
/// a `char_indices` iterator that decoded and peeked at every character cost a tenth of
/// extraction.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let char_at = |at: usize| text.get(at..).and_then(|rest| rest.chars().next());
    let mut push = |start: usize, end: usize, kind: TokenKind| {
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
        })
    };
    let mut i = 0;
    while let Some(c) = char_at(i) {
        if c == '\n' {
            push(i, i + 1, TokenKind::Newline);
            i += 1;
        } else if c.is_whitespace() {
            i += c.len_utf8();
        } else if is_word_char(c) || (c == '@' && char_at(i + 1).is_some_and(is_word_char)) {
            let mut end = i + c.len_utf8();
            loop {
                end += bytes[end..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let Some(n) = char_at(end) else { break };
                if is_word_char(n) {
                    end += n.len_utf8();
                } else if n == '/' && initials_slashed(&text[i..end], &text[end + 1..]) {
                    // "Novo Industri A/S said", "S/P said": one name, not "S" alone.
                    end += 1;
                } else if n == ',' && thousands_after(&text[i..end], &text[end + 1..]) {
                    // "$180,000" is one number: its comma ends no clause.
                    end += 1;
                } else if matches!(n, '.' | '\'' | '’' | '-' | '&' | '_') {
                    let after = end + n.len_utf8();
                    let next_is_word = char_at(after).is_some_and(is_word_char);
                    if next_is_word && !(n == '.' && missing_space(&text[i..end], &text[after..])) {
                        end = after;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // A final period belongs to an abbreviation ("Sen.", "U.S.", "R-Wyo.").
            if bytes.get(end) == Some(&b'.') && is_abbreviation(&text[i..end]) {
                end += 1;
            }
            push(i, end, TokenKind::Word);
            i = end;
        } else if c == '\''
            && text[i..].starts_with("'''")
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|b| !b.is_whitespace())
        {
            // "…a special case,'''": a single mark closes inside the double one, so it
            // comes first.
            push(i, i + 1, TokenKind::Punct);
            i += 1;
        } else if (c == '\'' || c == '`') && char_at(i + 1) == Some(c) {
            // '' and `` stand for double quote marks in some newsroom styles.
            push(i, i + 2, TokenKind::Punct);
            i += 2;
        } else {
            push(i, i + c.len_utf8(), TokenKind::Punct);
            i += c.len_utf8();
        }
    }
    tokens
}

/// A party and state after a lawmaker's name, as US papers write it: "R-Wyo.", "D-Calif.",
/// "I-Vt" (with or without its final period). It describes the person; it names no one.
pub fn is_party_tag(word: &str) -> bool {
    let state = word.trim_end_matches('.');
    let mut parts = state.splitn(2, '-');
    matches!(parts.next(), Some("R" | "D" | "I"))
        && parts.next().is_some_and(|s| {
            (2..=5).contains(&s.len())
                && s.starts_with(|c: char| c.is_ascii_uppercase())
                && s.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        })
}

/// `s` lower-cased, borrowed when it already is. Asked of every token and of many
/// phrases: most are ASCII, which a byte copy lower-cases, where `to_lowercase` walks
/// Unicode's case tables char by char.
///
/// Curly quotes and dashes are not ASCII but have no case: a copy of one per token was a
/// tenth of the copies made.
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    // One pass for the common case: ASCII with no capital.
    if !s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return Cow::Borrowed(s);
    }
    if !s.is_ascii() {
        let unchanged = s.chars().all(|c| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        });
        if unchanged {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.to_lowercase())
        }
    } else {
        Cow::Owned(s.to_ascii_lowercase())
    }
}

fn is_abbreviation(word: &str) -> bool {
    let lower = lowercase(word);
    if ABBREVIATIONS.contains(&&*lower) || is_party_tag(word) {
        return true;
    }
    // "then-Sen.", "ex-Gov.": a title after a prefix keeps its period too.
    if let Some((_, title)) = word.rsplit_once('-') {
        if title.starts_with(char::is_uppercase) && ABBREVIATIONS.contains(&&*lowercase(title)) {
            return true;
        }
    }
    // Single capitals ("E." in "Ronald E. Neumann") and dotted initialisms ("U.S").
    let mut letters = word.chars();
    let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    initial
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2))
        || (word.contains('-')
            && word
                .rsplit('-')
                .next()
                .is_some_and(|p| p.len() <= 4 && p.chars().next().is_some_and(char::is_uppercase))
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.len() <= 8)
}

/// A sentence: a range of token indices, and the paragraph it sits in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices `[start, end)`.
    pub tokens: Range<usize>,
    /// Paragraph number (a paragraph is a run of lines without a blank line... or a
    /// single line: news text uses one line per paragraph as often as blank lines).
    pub paragraph: usize,
}

/// Splits tokens into sentences: at `.`, `!`, `?` (with closing quotes kept) before a
/// capital, a quote mark, or a line break; and at every line break.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.kind == TokenKind::Newline {
            if start < i {
                out.push(Sentence {
                    tokens: start..i,
                    paragraph,
                });
            }
            // A blank line is one paragraph break, not two.
            if i == 0 || tokens[i - 1].kind != TokenKind::Newline {
                paragraph += 1;
            }
            start = i + 1;
            i += 1;
            continue;
        }
        let s = t.span.of(text);
        // "…in the U.S. He says": an abbreviation's period ends the sentence when a word
        // that only opens sentences follows.
        if t.kind == TokenKind::Word && s.ends_with('.') && s.len() > 2 {
            if let Some(n) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word) {
                if SENTENCE_OPENERS.contains(&n.span.of(text)) {
                    out.push(Sentence {
                        tokens: start..i + 1,
                        paragraph,
                    });
                    start = i + 1;
                    i += 1;
                    continue;
                }
            }
        }
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
            // Keep closing quote marks with the sentence they end; a mark after a space
            // opens the next sentence ("…an orator. ''He can…"). So with a bracket that
            // closes an aside made of whole sentences ("(The odds are slim.) He said").
            let mut end = i + 1;
            while end < tokens.len()
                && tokens[end].kind == TokenKind::Punct
                && tokens[end].span.start == tokens[end - 1].span.end
                && (is_closing_mark(tokens[end].span.of(text))
                    || matches!(tokens[end].span.of(text), ")" | "]"))
            {
                end += 1;
            }
            let next = tokens.get(end);
            // "Roe v. Wade": the "v" of a case's name is no sentence's last word. (Kept out
            // of the abbreviations so that tokens, and the cue model's features, stay as
            // they were trained.)
            let case_name = i > 0 && tokens[i - 1].span.of(text) == "v";
            let boundary = !case_name
                && match next {
                    None => true,
                    Some(n) if n.kind == TokenKind::Newline => true,
                    Some(n) => {
                        let ns = n.span.of(text);
                        let gap = n.span.start > tokens[end - 1].span.end;
                        let opens = |s: &str| {
                            s.chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                                || is_opening_mark(s)
                        };
                        // "…within reach. (The odds are slim.)": an aside in brackets
                        // that opens as a sentence is one, not the end of the last.
                        let bracketed = matches!(ns, "(" | "[")
                            && tokens.get(end + 1).is_some_and(|b| opens(b.span.of(text)));
                        gap && (opens(ns) || bracketed)
                    }
                };
            if boundary {
                out.push(Sentence {
                    tokens: start..end,
                    paragraph,
                });
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(Sentence {
            tokens: start..tokens.len(),
            paragraph,
        });
    }
    out
}

/// Capitalised words that open sentences and never continue a name after "U.S.". Not
/// "And": "the U.S. And Japan" is how Reuters-21578 writes the middle of a sentence (209
/// times; PolNeAR once), a sentence opened by "And" after "U.S." hardly ever.
static SENTENCE_OPENERS: crate::lexicon::WordList = crate::lexicon::WordList::new(&[
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "In",
    "On",
    "At",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "If",
    "When",
    "While",
    "As",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "After",
    "Before",
    "Since",
    "So",
]);

/// The line of `text` around byte `at`, without its line break.
pub(crate) fn line_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, end)
}

/// Whether a line is running text, with more lower-case letters than capitals: not a
/// headline in capitals ("REAGAN SAYS VOLCKER WILL NOT ACCEPT 3rd TERM": a few lower-case
/// letters do not make one running text).
pub(crate) fn is_running_text(line: &str) -> bool {
    // Every line of an article is read, so the ASCII letters are counted bytewise (no byte
    // of a longer character is an ASCII letter), and only the characters beyond ASCII
    // (curly quotes, dashes, accented letters) are decoded, each from its first byte.
    let bytes = line.as_bytes();
    let (mut lower, mut upper) = (0usize, 0usize);
    // Counted in blocks small enough for byte-wide counters, which the compiler vectorises.
    for block in bytes.chunks(255) {
        let (mut l, mut u) = (0u8, 0u8);
        for &b in block {
            l += u8::from(b.is_ascii_lowercase());
            u += u8::from(b.is_ascii_uppercase());
        }
        lower += usize::from(l);
        upper += usize::from(u);
    }
    if !line.is_ascii() {
        for (i, _) in bytes.iter().enumerate().filter(|(_, &b)| b >= 0xC0) {
            if let Some(c) = line[i..].chars().next() {
                lower += usize::from(c.is_lowercase());
                upper += usize::from(c.is_uppercase());
            }
        }
    }
    lower > upper
}

/// Whether a line capitalises every word but the short ones, as headlines do ("More
/// Offensive Things Donald Trump Has Said", or all in capitals): there a run of
/// capitalised words is no sign of a name. Four such words at least.
pub(crate) fn is_headline_case(line: &str) -> bool {
    let mut long = 0;
    for word in line.split_whitespace() {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 4 {
            continue;
        }
        if !word
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
        {
            return false;
        }
        long += 1;
    }
    long >= 4
}

/// Quote marks that can close a quotation.
pub fn is_closing_mark(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | "»" | "''")
}

/// Quote marks that can open a quotation.
pub fn is_opening_mark(s: &str) -> bool {
    matches!(s, "“" | "\"" | "‘" | "'" | "«" | "''" | "``")
}

/// Converts byte offsets to Unicode code point offsets in O(1) amortised per lookup,
/// with a checkpoint every 256 bytes, so long texts need no per-byte table.
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'a> CharIndex<'a> {
    /// Indexes a text.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        for (block, chunk) in text.as_bytes().chunks(BLOCK).enumerate() {
            let _ = block;
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        Self { text, checkpoints }
    }

    /// The code point offset of a byte offset (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte / BLOCK;
        let Some(&base) = self.checkpoints.get(block) else {
            return self.text.chars().count();
        };
        let from = block * BLOCK;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn running_text_counts_cases_beyond_ascii() {
        assert!(is_running_text("“We will,” he said — then left."));
        assert!(!is_running_text(
            "REAGAN SAYS VOLCKER WILL NOT ACCEPT 3rd TERM"
        ));
        // Capitals and lower-case letters beyond ASCII count as letters of their case.
        assert!(!is_running_text("ÉTÉ À PARÍS ÉS ÖN"));
        assert!(is_running_text("été à parís és ön, DÉJÀ"));
        // A line longer than a counting block (255 bytes) is counted whole.
        assert!(!is_running_text(&format!(
            "{}{}",
            "a".repeat(300),
            "B".repeat(301)
        )));
        assert!(is_running_text(&format!(
            "{}{}",
            "a".repeat(301),
            "B".repeat(300)
        )));
        assert!(!is_running_text(""));
    }

    #[test]
    fn tokens_keep_inner_marks_and_abbreviations() {
        assert_eq!(
            words("Sen. Graham’s U.S. don’t R-Wyo., ok"),
            ["Sen.", "Graham’s", "U.S.", "don’t", "R-Wyo.", ",", "ok"]
        );
        assert_eq!(words("then-Sen. Obama"), ["then-Sen.", "Obama"]);
        // Capital initials around a slash are one word; other slashes part words.
        assert_eq!(
            words("Novo A/S and S/P, and/or US/TOKYO"),
            ["Novo", "A/S", "and", "S/P", ",", "and", "/", "or", "US", "/", "TOKYO"]
        );
        assert_eq!(words("‘Hi,’ he said"), ["‘", "Hi", ",", "’", "he", "said"]);
        // A thousands separator is part of its number; a list of numbers is a list.
        assert_eq!(
            words("$180,000 and 1,076,000, 2, 3,45"),
            [
                "$",
                "180,000",
                "and",
                "1,076,000",
                ",",
                "2",
                ",",
                "3",
                ",",
                "45"
            ]
        );
        assert_eq!(
            words("''A 'B,''' he"),
            ["''", "A", "'", "B", ",", "'", "''", "he"]
        );
        assert_eq!(
            words("@SenTomCotton Americans’ x"),
            ["@SenTomCotton", "Americans", "’", "x"]
        );
        // A sentence whose space was lost ends all the same; a domain keeps its period.
        assert_eq!(
            words("Trump said.Trump claimed Amazon.com e.g.The"),
            [
                "Trump",
                "said",
                ".",
                "Trump",
                "claimed",
                "Amazon.com",
                "e.g.The"
            ]
        );
    }

    /// The text of each sentence `sentences` finds in `text`.
    fn sentence_texts(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        sentences(text, &toks)
            .iter()
            .map(|s| &text[toks[s.tokens.start].span.start..toks[s.tokens.end - 1].span.end])
            .collect()
    }

    #[test]
    fn sentences_split_after_closing_quotes_not_abbreviations() {
        let text = "“We go.” Sen. Graham said so. Then U.S. troops left! Japan, the U.S. And Britain met. In the U.S. He spoke. Roe v. Wade stands.\nNew line";
        assert_eq!(
            sentence_texts(text),
            [
                "“We go.”",
                "Sen. Graham said so.",
                "Then U.S. troops left!",
                "Japan, the U.S. And Britain met.",
                "In the U.S.",
                "He spoke.",
                "Roe v. Wade stands.",
                "New line"
            ]
        );
    }

    #[test]
    fn an_aside_in_brackets_made_of_sentences_is_one() {
        let text =
            "She thinks it is close. (The odds are slim.) He left (for now). [Ed. note] (a) b.";
        assert_eq!(
            sentence_texts(text),
            [
                "She thinks it is close.",
                "(The odds are slim.)",
                "He left (for now).",
                "[Ed. note] (a) b."
            ]
        );
    }

    #[test]
    fn a_straight_mark_after_a_space_opens_the_next_sentence() {
        for text in [
            "He spoke of gifts. ''He can,'' she said.",
            "He spoke of gifts. \"He can,\" she said.",
        ] {
            let toks = tokenize(text);
            let firsts: Vec<&str> = sentences(text, &toks)
                .iter()
                .map(|s| toks[s.tokens.start].span.of(text))
                .collect();
            assert_eq!(
                firsts,
                ["He", &text[19..20 + usize::from(text.contains("''"))]]
            );
        }
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "é".repeat(300) + "abc";
        let idx = CharIndex::new(&text);
        assert_eq!(idx.char_offset(600), 300);
        assert_eq!(idx.char_offset(601), 301);
        assert_eq!(idx.char_offset(2), 1);
        assert_eq!(idx.char_offset(text.len()), 303);
    }
}
