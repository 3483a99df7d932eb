//! The document model every reader produces.

use serde::Deserialize;

/// One article: an id unique in the corpus, its text, and what is known about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The input's id: the file stem for files, the `id` field for JSONL lines.
    pub id: String,
    /// The article text, exactly as read (offsets in the graph index into it).
    pub text: String,
    /// Metadata; anything not known is `None`, never guessed.
    pub meta: Meta,
}

/// Article metadata, from a sidecar, a JSONL line, or the text itself (a dateline).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet that published the article.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date, ISO 8601 (`2021-08-12` or a full timestamp).
    #[serde(default)]
    pub date: Option<String>,
    /// Where the article was published.
    #[serde(default)]
    pub url: Option<String>,
    /// Where the story was filed, as its dateline names it ("TOKYO"), when the text does
    /// not open with the dateline (Reuters-21578 keeps it in an element of its own).
    #[serde(default)]
    pub dateline: Option<String>,
}

impl Document {
    /// Makes a document, filling in what the text itself establishes (a headline line,
    /// a dateline's agency) where the given metadata is silent.
    pub fn new(id: impl Into<String>, text: impl Into<String>, meta: Meta) -> Self {
        let mut doc = Self {
            id: id.into(),
            text: text.into(),
            meta,
        };
        if doc.meta.title.is_none() {
            doc.meta.title = headline(&doc.text).map(str::to_owned);
        }
        doc
    }
}

/// A first line that stands alone as a headline: short, followed by a blank line, with
/// no sentence-final period. Texts that start straight with body text have none.
fn headline(text: &str) -> Option<&str> {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n')?;
    let first = first.trim();
    let blank_follows = rest.starts_with('\n') || rest.starts_with("\r\n");
    let words = first.split_whitespace().count();
    if blank_follows && (3..=25).contains(&words) && !first.ends_with('.') {
        Some(first)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_needs_a_blank_line_after_a_short_first_line() {
        let d = Document::new(
            "a",
            "Taliban seize a city\n\nBody text here.",
            Meta::default(),
        );
        assert_eq!(d.meta.title.as_deref(), Some("Taliban seize a city"));
        let d = Document::new("b", "Body text that goes on.\nMore.", Meta::default());
        assert_eq!(d.meta.title, None);
        let given = Meta {
            title: Some("Given".into()),
            ..Meta::default()
        };
        let d = Document::new("c", "Other\n\nBody.", given);
        assert_eq!(d.meta.title.as_deref(), Some("Given"));
    }
}
