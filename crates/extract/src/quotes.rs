//! Pairing quote marks into quotations.
//!
//! News text mixes straight and curly marks, double and single, opens with one kind and
//! closes with another, and runs a quote over several paragraphs by repeating the open
//! mark at each paragraph start and closing only at the end. Apostrophes inside words
//! never reach this module: the tokenizer keeps them in the word.

use crate::text::{Span, Token, TokenKind};

/// A quotation: its pieces (one per paragraph it spans), marks included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
    /// One span per paragraph the quote runs over, each from its open mark to the end of
    /// the paragraph (the last one to the closing mark).
    pub pieces: Vec<Span>,
}

impl Quote {
    /// From the first opening mark to the closing mark.
    pub fn span(&self) -> Span {
        Span::new(self.pieces[0].start, self.pieces[self.pieces.len() - 1].end)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

fn family(mark: &str) -> Option<Family> {
    match mark {
        "“" | "”" | "\"" | "«" | "»" | "„" | "''" | "``" => Some(Family::Double),
        "‘" | "’" | "'" | "‚" => Some(Family::Single),
        _ => None,
    }
}

/// Finds every quotation in the text.
pub fn find_quotes(text: &str, tokens: &[Token]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // (token of the current piece's open mark, family, pieces done so far)
    let mut open: Option<(usize, Family, Vec<Span>)> = None;
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        if tok.kind == TokenKind::Newline {
            if let Some((start, fam, mut pieces)) = open.take() {
                // Continue only if the next paragraph reopens with the same kind of mark.
                let next = (i + 1..tokens.len()).find(|&j| tokens[j].kind != TokenKind::Newline);
                if let Some(j) = next {
                    let mark = tokens[j].span.of(text);
                    if tokens[j].kind == TokenKind::Punct
                        && family(mark) == Some(fam)
                        && opens(text, tokens, j)
                    {
                        let last = tokens[i - 1].span.end;
                        pieces.push(Span::new(tokens[start].span.start, last));
                        open = Some((j, fam, pieces));
                        i = j + 1;
                        continue;
                    }
                }
            }
            i += 1;
            continue;
        }
        if tok.kind != TokenKind::Punct {
            i += 1;
            continue;
        }
        let mark = tok.span.of(text);
        let Some(fam) = family(mark) else {
            i += 1;
            continue;
        };
        match &mut open {
            None => {
                if opens(text, tokens, i) {
                    open = Some((i, fam, Vec::new()));
                }
            }
            Some((start, open_fam, pieces)) => {
                // A single mark inside a double quote is a quote within the quote.
                let nested = *open_fam == Family::Double && fam == Family::Single;
                if !nested
                    && (closes(text, tokens, i) || spaced_close(text, tokens, i))
                    && i > *start + 1
                {
                    let mut pieces = std::mem::take(pieces);
                    pieces.push(Span::new(tokens[*start].span.start, tok.span.end));
                    quotes.push(Quote {
                        open: *start,
                        close: i,
                        pieces,
                    });
                    open = None;
                } else if !nested && opens(text, tokens, i) && !closes(text, tokens, i) {
                    // Two opens in a row: the first was never closed; start again here.
                    *start = i;
                    *open_fam = fam;
                    pieces.clear();
                }
            }
        }
        i += 1;
    }
    quotes
}

/// A straight mark with space on both sides cannot open; after a comma or stop it closes
/// the open quotation ("…coalitions, '' said X"), and after a quote nested in it that
/// ended on one ("…treat it like, 'Oh, this is important,' \" Magel said").
fn spaced_close(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = tokens[i].span.of(text);
    let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let ends_sentence_or_clause =
        |j: usize| matches!(tokens[j].span.of(text), "," | "." | "?" | "!");
    let after_nested_close = i > 1
        && family(tokens[i - 1].span.of(text)) == Some(Family::Single)
        && ends_sentence_or_clause(i - 2);
    matches!(mark, "\"" | "''")
        && spaced(char_before(text, tokens[i].span.start))
        && spaced(char_after(text, tokens[i].span.end))
        && i > 0
        && (ends_sentence_or_clause(i - 1) || after_nested_close)
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// A mark opens when it is curly-opening, or straight with space (or line start, or an
/// opening bracket/dash) before it and a non-space after it.
fn opens(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = tokens[i].span.of(text);
    let after = char_after(text, tokens[i].span.end);
    if after.is_none_or(char::is_whitespace) && mark != "“" {
        return false;
    }
    match mark {
        "“" | "‘" | "«" | "„" | "‚" | "``" => true,
        // Sloppy texts open with a closing curly mark too ("”This is why…,” said X"),
        // where no word stands before it: at the start of a line, or after a space.
        "”" => {
            char_before(text, tokens[i].span.start)
                .is_none_or(|c| c.is_whitespace() || is_format(c))
                && after.is_some_and(char::is_alphanumeric)
        }
        "\"" | "'" | "''" => char_before(text, tokens[i].span.start).is_none_or(|c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | ',')
        }),
        _ => false,
    }
}

/// Whether a character is an invisible format mark (a direction mark, a zero-width
/// space or joiner, a byte-order mark), which pasted text leaves before a quote.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}')
}

/// A mark closes when it is curly-closing, or straight with a non-space before it; a
/// closing mark is followed by space, punctuation or the end, never by a letter.
fn closes(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = tokens[i].span.of(text);
    let before = char_before(text, tokens[i].span.start);
    let after = char_after(text, tokens[i].span.end);
    if mark == "”" || mark == "»" {
        return true; // unambiguous, even run into the next word ("…”said")
    }
    // A straight mark run into the next word closes after the quotation's own comma or
    // stop, the space lost ("…to different audiences,"Katie Packer said").
    if after.is_some_and(char::is_alphanumeric) {
        return matches!(mark, "\"" | "''")
            && before.is_some_and(|c| matches!(c, ',' | '.' | '?' | '!'));
    }
    match mark {
        // Sloppy texts close with an opening curly mark ("…Afghanistan,“ he said").
        "“" => before.is_some_and(|c| !c.is_whitespace()),
        "’" | "\"" | "'" | "''" => before.is_some_and(|c| !c.is_whitespace()),
        _ => false,
    }
}

/// Whether token `k` is a closing quote mark right after a comma (`,”`): the comma
/// ends the clause (or the aside), kept inside the quotation by typographic convention.
/// A straight mark after a comma may open a quote instead (`adding, "He was…`).
pub(crate) fn comma_in_quote(doc: &crate::Doc, k: usize) -> bool {
    k > 0
        && !doc.is_word(k)
        && doc.word(k - 1) == ","
        && crate::text::is_closing_mark(doc.word(k))
        && !doc.quotes.iter().any(|q| q.open == k)
}

/// Whether quote `q` names a show, a book or an article rather than reporting words:
/// "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said…", "Sunday on
/// “Meet the Press,”". A few words in title case after a possessive or "on", or after
/// the kind of work they name and a comma ("the show, “The Apprentice,”"), are a
/// title; what was said is then the clause after the cue. ("Bloomberg's “looks like a
/// vanity candidacy”" is a mixed quote: its words are not a title's.)
pub(crate) fn names_a_title(doc: &crate::Doc, q: usize) -> bool {
    let (open, close) = (doc.quotes[q].open, doc.quotes[q].close);
    let after_owner_or_on = open > 0 && doc.is_word(open - 1) && {
        let before = doc.lower(open - 1);
        before == "on"
            || crate::lexicon::is_possessive(before)
                && crate::lexicon::contracted_pronoun(before).is_none()
    };
    // "a contestant on Trump's reality TV show, “The Apprentice,” said…": a title in
    // apposition to the kind of work it names.
    let apposed_to_work = open >= 2
        && doc.word(open - 1) == ","
        && matches!(
            doc.lower(open - 2),
            "show"
                | "series"
                | "program"
                | "programme"
                | "film"
                | "movie"
                | "documentary"
                | "book"
                | "novel"
                | "memoir"
                | "song"
                | "album"
                | "play"
                | "musical"
                | "column"
                | "podcast"
                | "newsletter"
                | "blog"
        );
    let mut words = (open + 1..close).filter(|&t| doc.is_word(t));
    let title_case = words.clone().count() <= 6
        && words
            .next()
            .is_some_and(|t| crate::source::is_capitalized(doc.word(t)))
        && words.all(|t| {
            crate::source::is_capitalized(doc.word(t))
                || matches!(
                    doc.lower(t),
                    "the" | "of" | "and" | "a" | "to" | "in" | "on" | "for"
                )
        });
    (after_owner_or_on || apposed_to_work) && title_case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn quoted(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        find_quotes(text, &toks)
            .iter()
            .map(|q| {
                q.pieces
                    .iter()
                    .map(|p| p.of(text))
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    #[test]
    fn curly_straight_and_mixed_marks() {
        assert_eq!(quoted("“We go,” he said."), ["“We go,”"]);
        assert_eq!(quoted("He said \"no way\" twice."), ["\"no way\""]);
        assert_eq!(
            quoted("‘It’s an embarrassment,” the lawmaker said."),
            ["‘It’s an embarrassment,”"]
        );
        assert_eq!(
            quoted("‘Don’t,’ she said, citing the Americans’ plans."),
            ["‘Don’t,’"]
        );
    }

    #[test]
    fn a_closing_curly_mark_with_no_word_before_it_opens() {
        assert_eq!(
            quoted("”This is why,” said X.\n\u{202A}”That too,” he said."),
            ["”This is why,”", "”That too,”"]
        );
        // After a word it closes, as ever.
        assert_eq!(quoted("“We go” and ”stay” he said."), ["“We go”", "”stay”"]);
    }

    #[test]
    fn a_mark_spaced_on_both_sides_closes_after_a_comma() {
        assert_eq!(quoted("''We built it, '' said X."), ["''We built it, ''"]);
        // Run into the next word after the quotation's comma, it closes too; with none
        // open, one after a comma opens.
        assert_eq!(
            quoted("\"Trump says different things,\"Katie Packer said. He said,\"No.\""),
            ["\"Trump says different things,\"", "\"No.\""]
        );
    }

    #[test]
    fn a_spaced_straight_mark_closes_after_a_nested_quote() {
        assert_eq!(
            quoted("\"They treat it like, 'Oh, this is important,' \" Smith said."),
            ["\"They treat it like, 'Oh, this is important,' \""]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            quoted("“He told me ‘never’ again,” she said."),
            ["“He told me ‘never’ again,”"]
        );
    }

    #[test]
    fn multi_paragraph_quotes_join_and_unclosed_ones_drop() {
        let text = "“First part.\n“Second part,” he said.\n“Never closed.\nPlain.";
        assert_eq!(quoted(text), ["“First part. | “Second part,”"]);
    }
}
