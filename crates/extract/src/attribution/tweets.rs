//! Embedded tweets, in the two forms news text carries them. A page copied as text has
//! the tweet's paragraph, then a paragraph `— Name (@handle) date`. PolNeAR (and pages
//! kept with their markup) wrap it in an element, `<tweet author="handle" …>text</tweet>`,
//! whose text may end with that same signature. A tweet is often where a claim starts, so
//! its author is worth as much as any named speaker: each becomes an attribution whose
//! source carries the handle.

use super::*;

/// A paragraph `— Name (@handle) date` credits the paragraph before it.
pub(super) fn tweets(doc: &Doc, out: &mut Vec<Attribution>) {
    let paragraphs = doc.paragraphs();
    for (p, &(a, b)) in paragraphs.iter().enumerate() {
        let Some(open) = signature(doc, a, b).filter(|_| p > 0) else {
            continue;
        };
        let (ca, cb) = paragraphs[p - 1];
        if let Some(content) = content_range(doc, ca, cb) {
            out.push(signed(doc, a, open, content));
        }
    }
}

/// Each `<tweet …>…</tweet>` element with text: credited to the name its text is signed
/// with, else to its `author` attribute. An element with neither is left alone: a tweet
/// with no known author says nothing of where a claim came from.
pub(super) fn tweet_elements(doc: &Doc, out: &mut Vec<Attribution>) {
    for element in elements(doc) {
        let (from, to) = element.body;
        // Its text in bytes, from its first token to the closing tag.
        let text = (doc.tokens[from].span.start, doc.tokens[to].span.start);
        let signature = (from..to)
            .rev()
            .find_map(|dash| signature(doc, dash, to).map(|open| (dash, open)));
        match signature {
            Some((dash, open)) => {
                let before = doc.token_at(text_end(doc.text, text.0, doc.tokens[dash].span.start));
                if let Some(content) = content_range(doc, from, before) {
                    out.push(signed(doc, dash, open, content));
                }
            }
            None => {
                let Some((a, b)) = element.author else {
                    continue;
                };
                let (cue, s, e) = (element.name, doc.token_at(a), doc.token_at(b));
                let to = doc.token_at(text_end(doc.text, text.0, text.1));
                let Some(content) = content_range(doc, from, to).filter(|_| s < e) else {
                    continue;
                };
                let handle = doc.span_text(s, e);
                let mut tweet = credited(doc, cue, (s, e), handle, content);
                // A handle names an account however it is written ("tedcruz"), so the
                // classifier's reading of a word in lower case as no name does not apply.
                if !matches!(
                    tweet.source_ref,
                    Some(SourceRef::Named { .. } | SourceRef::Outlet(_))
                ) {
                    tweet.source_ref = Some(SourceRef::Named {
                        kind: claimgraph_vocab::ActorKind::Person,
                        name: handle.trim_start_matches('@').to_owned(),
                        title: None,
                    });
                }
                out.push(tweet);
            }
        }
    }
}

/// The opening parenthesis of a signature `— Name (@handle)` that starts at the dash `a`
/// and ends before `b`.
fn signature(doc: &Doc, a: usize, b: usize) -> Option<usize> {
    if !matches!(doc.word(a), "—" | "–" | "-") {
        return None;
    }
    let open = (a + 1..b).find(|&k| doc.word(k) == "(")?;
    (open > a + 1
        && open + 2 < b
        && doc.word(open + 1).starts_with('@')
        && doc.word(open + 2) == ")")
        .then_some(open)
}

/// A tweet whose signature's dash is token `dash` and its parenthesis `open`.
fn signed(doc: &Doc, dash: usize, open: usize, content: Span) -> Attribution {
    credited(doc, dash, (dash + 1, open), doc.word(open + 1), content)
}

/// A tweet of `content` with the cue at token `cue`, credited to the source phrase
/// `source` of the account `handle` (with or without its `@`).
fn credited(
    doc: &Doc,
    cue: usize,
    source: (usize, usize),
    handle: &str,
    content: Span,
) -> Attribution {
    let tweet = Attribution::new(
        doc.tokens[cue].span,
        "tweet",
        vec![content],
        QuoteKind::Direct,
    );
    let mut tweet = with_source(doc, tweet, Some(source));
    tweet.handle = Some(handle.trim_start_matches('@').to_owned());
    tweet
}

/// A `<tweet …>…</tweet>` element.
#[derive(Debug, PartialEq)]
struct Element {
    /// The token `tweet` of its opening tag: the cue when its author is credited.
    name: usize,
    /// Its text, as tokens `[start, end)`, with the signature and links it may end with.
    body: (usize, usize),
    /// The value of its `author` attribute, in bytes.
    author: Option<(usize, usize)>,
}

/// Every tweet element with text, in text order, from the document's markup tags
/// (`Doc::tag_in`). An empty `<tweet/>` (the tweet was not kept) and an element left open
/// are skipped.
fn elements(doc: &Doc) -> Vec<Element> {
    let end = doc.tokens.len();
    let tweet_tag = |open: usize, closing: bool| {
        let name = if closing { open + 2 } else { open + 1 };
        (doc.word(open + 1) == "/") == closing && name < end && doc.word(name) == "tweet"
    };
    let mut out = Vec::new();
    let mut k = 0;
    while let Some((open, after)) = doc.tag_in(k, end) {
        k = after;
        // "<tweets>" is another element, "<tweet/>" one without text.
        if !tweet_tag(open, false) || doc.word(after - 2) == "/" {
            continue;
        }
        // Its text runs to the closing tag; another tweet opening first leaves it open.
        let mut next = after;
        let close = loop {
            match doc.tag_in(next, end) {
                Some((t, _)) if tweet_tag(t, true) => break Some(t),
                Some((t, _)) if tweet_tag(t, false) => break None,
                Some((_, t)) => next = t,
                None => break None,
            }
        };
        let Some(close) = close else {
            continue;
        };
        let tag = doc.span(open, after);
        let author = tag.of(doc.text).find("author=\"").and_then(|i| {
            let value = tag.start + i + "author=\"".len();
            let len = doc.text[value..tag.end].find('"')?;
            (len > 0).then_some((value, value + len))
        });
        out.push(Element {
            name: open + 1,
            body: (after, close),
            author,
        });
        k = close;
    }
    out
}

/// Where a tweet's own text in `text[a..b]` ends: before the link to its picture, which
/// comes last in a tweet (what follows it was copied from the page around the tweet),
/// and before the links it ends with.
fn text_end(text: &str, a: usize, b: usize) -> usize {
    let b = text[a..b].find("pic.twitter.com").map_or(b, |i| a + i);
    without_links(text, a, b)
}

/// The end of `text[a..b]` before the links a tweet ends with ("https://t.co/…",
/// "pic.twitter.com/…"): they point at the tweet's media, they are not what it says.
fn without_links(text: &str, a: usize, mut b: usize) -> usize {
    loop {
        let body = text[a..b].trim_end();
        let last = body.rsplit(char::is_whitespace).next().unwrap_or("");
        if last.is_empty() || !(last.starts_with("http") || last.starts_with("pic.twitter.com")) {
            return a + body.len();
        }
        b = a + body.len() - last.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_are_found_with_their_author_and_their_text_ends_before_links() {
        let text = "Intro.\n<tweet/>.\n<tweet pic=\"\" author=\"JaneRoe\" tweet_id=\"1\">Enough is enough. https://t.co/abc pic.twitter.com/x</tweet>.\n<tweets>no</tweets> <tweet id=\"2\">No author here</tweet> <tweet author=\"x\">left open";
        let doc = Doc::new(text, 0);
        let found = elements(&doc);
        assert_eq!(found.len(), 2);
        let first = &found[0];
        let (start, end) = (
            doc.tokens[first.body.0].span.start,
            doc.tokens[first.body.1].span.start,
        );
        assert_eq!(
            &text[start..text_end(text, start, end)],
            "Enough is enough."
        );
        let (a, b) = first.author.unwrap();
        assert_eq!(&text[a..b], "JaneRoe");
        assert_eq!(doc.word(first.name), "tweet");
        assert_eq!(found[1].author, None);
    }
}
