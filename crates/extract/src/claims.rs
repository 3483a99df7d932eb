//! Claims in the outlet's own voice: sentences that assert something and that no
//! attribution covers. Captions, headers, boilerplate and questions are not claims.

use crate::attribution::Attribution;
use crate::text::{Span, TokenKind};
use crate::Doc;

/// A sentence asserted with no attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnattributedClaim {
    /// The sentence, without its final period.
    pub span: Span,
    /// A hedge in it ("reportedly").
    pub hedge: Option<&'static str>,
}

/// Page furniture that sits in scraped articles and asserts nothing.
const BOILERPLATE: &[&str] = &[
    "read full article",
    "leave a reply",
    "related news",
    "recent articles",
    "please enter your",
    "click here",
    "sign up",
    "subscribe",
    "all rights reserved",
    "follow us",
    "share this",
];

/// Whether a text is page furniture: it holds one of [`BOILERPLATE`]'s phrases.
pub(crate) fn is_boilerplate(text: &str) -> bool {
    // The phrases are ASCII: a byte copy finds them, without `to_lowercase`'s walk
    // through Unicode's case tables, which cost more than the search over every sentence.
    let lower = text.to_ascii_lowercase();
    BOILERPLATE.iter().any(|b| lower.contains(b))
}

/// The sentences with at least six words, ending in `.` or `!` (or whole lines of eight
/// words or more, as bullet points are), outside any attribution.
pub fn unattributed(
    doc: &Doc,
    attributions: &[Attribution],
    title: Option<&str>,
) -> Vec<UnattributedClaim> {
    let covered: Vec<Span> = attributions
        .iter()
        .flat_map(|a| {
            a.contents
                .iter()
                .copied()
                .chain(a.source)
                .chain(std::iter::once(a.cue))
        })
        .collect();
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (a, b) = (s.tokens.start, s.tokens.end);
        let words = (a..b)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .count();
        let last = doc.word(b - 1);
        let ends = matches!(last, "." | "!")
            || (b >= 2
                && matches!(doc.word(b - 2), "." | "!")
                && crate::text::is_closing_mark(last));
        // A whole line of some length with no final period is a bullet point or a
        // standfirst: still asserted by the outlet. Short unpunctuated lines are headers.
        let whole_line = (b == doc.tokens.len() || doc.tokens[b].kind == TokenKind::Newline)
            && (a == 0 || doc.tokens[a - 1].kind == TokenKind::Newline);
        let bullet = whole_line && words >= 8 && !matches!(last, ":" | "?" | "," | ";");
        if words < 6 || !(ends || bullet) {
            continue;
        }
        let mut end = b;
        if doc.word(end - 1) == "." {
            end -= 1;
        }
        let span = doc.span(a, end);
        let text = span.of(doc.text);
        if covered.iter().any(|c| c.overlaps(&span))
            || title.is_some_and(|t| t.trim() == text.trim())
            || is_boilerplate(text)
            || text.contains("http")
        {
            continue;
        }
        let hedge = (a..end).find_map(|k| {
            crate::lexicon::HEDGES
                .iter()
                .copied()
                .find(|h| *h == doc.lower(k))
        });
        out.push(UnattributedClaim { span, hedge });
    }
    out
}
