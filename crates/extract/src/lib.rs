#![doc = include_str!("../README.md")]

mod attribution;
mod claims;
mod cue_model;
mod cue_phrase;
pub mod learned;
mod lexicon;
mod quotes;
mod rdf;
mod resolve;
mod source;
mod text;

pub use attribution::{Attribution, QuoteKind};
pub use claims::UnattributedClaim;
pub use cue_model::{cue_scores, training_candidates};
pub use lexicon::learned_probability;
pub use resolve::Actor;
pub use source::SourceRef;
pub use text::{CharIndex, Span};

use claimgraph_corpus::{detect_dateline, Dateline, Document};
use quotes::Quote;
use std::borrow::Cow;
use text::{Sentence, Token, TokenKind};

/// Everything extracted from one document.
#[derive(Clone, Debug)]
pub struct Extraction {
    /// The attributions, in text order.
    pub attributions: Vec<Attribution>,
    /// For each attribution, the index of its actor in [`Extraction::actors`].
    pub attributed_to: Vec<Option<usize>>,
    /// The actors of this document.
    pub actors: Vec<Actor>,
    /// Sentences that assert something with no attribution.
    pub unattributed: Vec<UnattributedClaim>,
    /// The publisher as an actor, if metadata names it.
    pub publisher: Option<usize>,
    /// The dateline, if the text opens with one.
    pub dateline: Option<Dateline>,
    /// The dateline's agency as an actor.
    pub agency: Option<usize>,
}

/// The document as token and sentence views, shared by every extraction step.
pub struct Doc<'a> {
    /// The full text.
    pub text: &'a str,
    /// Tokens of the whole text.
    pub tokens: Vec<Token>,
    lower: Vec<Cow<'a, str>>,
    /// Sentences of the body (after any dateline).
    pub sentences: Vec<Sentence>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// First byte of the body, after a dateline.
    pub body_start: usize,
    /// Per token, whether a quotation's piece contains it.
    quoted: Vec<bool>,
    /// Whether each token stands on a line of running text ([`text::is_running_text`]):
    /// read once per line here, as the question is asked of many tokens of a paragraph.
    running: Vec<bool>,
    /// The cue model's score of each token that can be a cue (above zero: a cue here).
    cue_scores: Vec<Option<f32>>,
    /// Markup tags, in text order: first token and the token after (`tag_in`). Found
    /// once per document, as contents ask of every range.
    tags: Vec<(usize, usize)>,
}

/// The markup tags among `tokens`: `<` right before `/` or a tag name in lower case, up to
/// the `>` on the same line (`<tweet author="x">`, `</tweet>`, `<a href=…>`). A name in
/// capitals is not one: Reuters writes companies so ("<Tesoro Petroleum Corp>"), and "a <
/// b" in running text has a space after the mark.
fn markup_tags(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    if !text.contains('<') {
        return Vec::new();
    }
    let word = |k: usize| tokens[k].span.of(text);
    (0..tokens.len().saturating_sub(1))
        .filter(|&k| {
            let next = &tokens[k + 1];
            word(k) == "<"
                && next.span.start == tokens[k].span.end
                && (word(k + 1) == "/"
                    || next.kind == TokenKind::Word
                        && word(k + 1).starts_with(|c: char| c.is_ascii_lowercase()))
        })
        .filter_map(|k| {
            // A tag is short.
            (k + 2..tokens.len().min(k + 40))
                .take_while(|&t| tokens[t].kind != TokenKind::Newline)
                .find(|&t| word(t) == ">")
                .map(|t| (k, t + 1))
        })
        .collect()
}

/// Marks the tokens that some quotation piece contains, once per document: asked of
/// every cue candidate, a scan of all quotes made long articles quadratic.
fn quoted_tokens(tokens: &[text::Token], quotes: &[quotes::Quote]) -> Vec<bool> {
    let mut quoted = vec![false; tokens.len()];
    for piece in quotes.iter().flat_map(|q| &q.pieces) {
        // Tokens are in text order and do not overlap: those inside a piece are a run.
        let first = tokens.partition_point(|t| t.span.start < piece.start);
        for (t, mark) in tokens[first..].iter().zip(&mut quoted[first..]) {
            if t.span.end > piece.end {
                break;
            }
            *mark = true;
        }
    }
    quoted
}

/// Every token lower-cased, borrowed from the text when it is already: most words are,
/// and one string per token was a tenth of the time of building a `Doc`.
fn lowered<'a>(text: &'a str, tokens: &[Token]) -> Vec<Cow<'a, str>> {
    tokens
        .iter()
        .map(|t| text::lowercase(t.span.of(text)))
        .collect()
}

/// Whether each token stands on a line of running text, each line read once.
fn running_text(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut line_end = 0;
    let mut running = false;
    tokens
        .iter()
        .map(|token| {
            if token.span.start >= line_end {
                let (line_start, end) = text::line_around(text, token.span.start);
                line_end = end;
                running = text::is_running_text(&text[line_start..line_end]);
            }
            running
        })
        .collect()
}

impl<'a> Doc<'a> {
    /// Tokenizes and segments a text whose body starts at `body_start`.
    pub fn new(text: &'a str, body_start: usize) -> Self {
        let tokens = text::tokenize(text);
        let lower = lowered(text, &tokens);
        let mut sentences = text::sentences(text, &tokens);
        for s in &mut sentences {
            while s.tokens.start < s.tokens.end && tokens[s.tokens.start].span.start < body_start {
                s.tokens.start += 1;
            }
        }
        sentences.retain(|s| !s.tokens.is_empty());
        let quotes = quotes::find_quotes(text, &tokens);
        let quoted = quoted_tokens(&tokens, &quotes);
        let tags = markup_tags(text, &tokens);
        let running = running_text(text, &tokens);
        let mut doc = Self {
            text,
            tokens,
            lower,
            sentences,
            quotes,
            quoted,
            running,
            body_start,
            cue_scores: Vec::new(),
            tags,
        };
        doc.cue_scores = cue_model::score_tokens(&doc);
        doc
    }

    /// Whether token `k` lies inside a quotation: the speaker's words, not the reporter's.
    pub fn in_quote(&self, k: usize) -> bool {
        self.quoted[k]
    }

    /// The cue model's score of token `k`, if it can be a cue at all.
    pub fn cue_score(&self, k: usize) -> Option<f32> {
        self.cue_scores.get(k).copied().flatten()
    }

    /// The text of token `k`.
    pub fn word(&self, k: usize) -> &'a str {
        self.tokens[k].span.of(self.text)
    }

    /// The lower-cased text of token `k`.
    #[inline]
    pub fn lower(&self, k: usize) -> &str {
        &self.lower[k]
    }

    /// The line of the text that byte `at` stands on, without its line break.
    pub fn line_at(&self, at: usize) -> &'a str {
        let (start, end) = text::line_around(self.text, at);
        &self.text[start..end]
    }

    /// Whether token `k` stands on a line of running text ([`text::is_running_text`]),
    /// where capitals mean something, not in a headline written in capitals.
    pub fn in_running_text(&self, k: usize) -> bool {
        self.running[k]
    }

    /// Whether the line holding byte `at` is running text; read from the token starting
    /// there, if one does.
    pub fn running_text_at(&self, at: usize) -> bool {
        let k = self.token_at(at);
        match self.tokens.get(k) {
            Some(token) if token.span.start == at => self.running[k],
            _ => text::is_running_text(self.line_at(at)),
        }
    }

    /// Whether token `k` is a word.
    pub fn is_word(&self, k: usize) -> bool {
        self.tokens[k].kind == TokenKind::Word
    }

    /// Whether token `k` is a word that opens with a capital: a name's, or a sentence's
    /// first.
    pub fn is_capitalized_word(&self, k: usize) -> bool {
        self.is_word(k) && source::is_capitalized(self.word(k))
    }

    /// The first markup tag that opens in tokens `[a, b)`, as its first token and the
    /// token after it (`<tweet …>`, `</tweet>`, as PolNeAR keeps embedded tweets): a tag
    /// is the page's, not words anyone said, so what was said stops before it.
    pub fn tag_in(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let i = self.tags.partition_point(|&(open, _)| open < a);
        self.tags.get(i).copied().filter(|&(open, _)| open < b)
    }

    /// The first token that starts at or after byte `byte` (the number of tokens when
    /// none does): where a span found in the text begins in tokens.
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < byte)
    }

    /// The byte span of tokens `[s, e)`.
    pub fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.tokens[s].span.start, self.tokens[e - 1].span.end)
    }

    /// The text of tokens `[s, e)`.
    pub fn span_text(&self, s: usize, e: usize) -> &'a str {
        self.span(s, e).of(self.text)
    }

    /// Token ranges of paragraphs (lines with content).
    pub fn paragraphs(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut last_para = usize::MAX;
        for s in &self.sentences {
            if s.paragraph == last_para {
                if let Some(p) = out.last_mut() {
                    p.1 = s.tokens.end;
                }
            } else {
                out.push((s.tokens.start, s.tokens.end));
                last_para = s.paragraph;
            }
        }
        out
    }

    /// Whether the paragraph holding token `open` is nothing but a quotation.
    fn is_pure_quote_paragraph(&self, open: usize) -> bool {
        self.paragraphs().iter().any(|&(a, b)| {
            a == open
                && self
                    .quotes
                    .iter()
                    .any(|q| q.open == a && (q.close + 1..b).all(|k| !self.is_word(k)))
        })
    }
}

/// Extracts attributions, actors and unattributed claims from one document.
pub fn extract(doc: &Document) -> Extraction {
    let dateline = detect_dateline(&doc.text);
    let body_start = dateline.as_ref().map_or(0, |d| d.len);
    let view = Doc::new(&doc.text, body_start);
    let attributions = attribution::find_attributions(&view);
    let mut resolver = resolve::Resolver::new(&view);
    if let Some(place) = doc
        .meta
        .dateline
        .as_deref()
        .or(dateline.as_ref().map(|d| d.place.as_str()))
    {
        resolver.filed_from(place);
    }
    let attributed_to = resolver.resolve_all(&attributions);
    let publisher = doc
        .meta
        .publisher
        .as_deref()
        .map(|p| resolver.outlet_actor(p, Span::new(0, 0)));
    let agency = dateline
        .as_ref()
        .and_then(|d| d.agency.as_deref())
        .map(|name| resolver.outlet_actor(name, Span::new(0, 0)));
    let unattributed = claims::unattributed(&view, &attributions, doc.meta.title.as_deref());
    Extraction {
        attributions,
        attributed_to,
        actors: resolver.into_actors(),
        unattributed,
        publisher,
        dateline,
        agency,
    }
}

pub use rdf::{actor_iris, claim_text, to_quads};

#[cfg(test)]
mod tests;
