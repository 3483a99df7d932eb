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
    // First token at or after a byte offset.
    let token_at = |byte: usize| doc.tokens.partition_point(|t| t.span.start < byte);
    for element in elements(doc.text) {
        let (from, to) = (token_at(element.body.0), token_at(element.body.1));
        let signature = (from..to)
            .rev()
            .find_map(|dash| signature(doc, dash, to).map(|open| (dash, open)));
        match signature {
            Some((dash, open)) => {
                let before = token_at(text_end(
                    doc.text,
                    element.body.0,
                    doc.tokens[dash].span.start,
                ));
                if let Some(content) = content_range(doc, from, before) {
                    out.push(signed(doc, dash, open, content));
                }
            }
            None => {
                let Some((a, b)) = element.author else {
                    continue;
                };
                let (cue, s, e) = (token_at(element.tag + 1), token_at(a), token_at(b));
                let to = token_at(text_end(doc.text, element.body.0, element.body.1));
                let Some(content) = content_range(doc, from, to).filter(|_| s < e) else {
                    continue;
                };
                let tweet = Attribution::new(
                    doc.tokens[cue].span,
                    "tweet",
                    vec![content],
                    QuoteKind::Direct,
                );
                let mut tweet = with_source(doc, tweet, Some((s, e)));
                let handle = doc.span_text(s, e).trim_start_matches('@');
                // A handle names an account however it is written ("tedcruz"), so the
                // classifier's reading of a word in lower case as no name does not apply.
                if !matches!(
                    tweet.source_ref,
                    Some(SourceRef::Named { .. } | SourceRef::Outlet(_))
                ) {
                    tweet.source_ref = Some(SourceRef::Named {
                        kind: claimgraph_vocab::ActorKind::Person,
                        name: handle.to_owned(),
                        title: None,
                    });
                }
                tweet.handle = Some(handle.to_owned());
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
    let tweet = Attribution::new(
        doc.tokens[dash].span,
        "tweet",
        vec![content],
        QuoteKind::Direct,
    );
    let mut tweet = with_source(doc, tweet, Some((dash + 1, open)));
    tweet.handle = Some(doc.word(open + 1).trim_start_matches('@').to_owned());
    tweet
}

/// A `<tweet …>…</tweet>` element, in byte offsets.
#[derive(Debug, PartialEq)]
struct Element {
    /// Where its opening tag starts (the `<`).
    tag: usize,
    /// Its text, with the signature and links it may end with.
    body: (usize, usize),
    /// The value of its `author` attribute.
    author: Option<(usize, usize)>,
}

/// Every tweet element with text, in text order. An empty `<tweet/>` (the tweet was not
/// kept) and an element left open are skipped.
fn elements(text: &str) -> Vec<Element> {
    const OPEN: &str = "<tweet";
    const CLOSE: &str = "</tweet>";
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(tag) = text[from..].find(OPEN).map(|i| i + from) {
        let name_end = tag + OPEN.len();
        let Some(gt) = text[name_end..].find('>').map(|i| i + name_end) else {
            break;
        };
        from = gt + 1;
        // "<tweets>" is another element, "<tweet/>" one without text.
        if !text[name_end..].starts_with([' ', '>']) || text[..gt].ends_with('/') {
            continue;
        }
        let Some(close) = text[from..].find(CLOSE).map(|i| i + from) else {
            continue;
        };
        if text[from..close].contains(OPEN) {
            continue;
        }
        let author = text[tag..gt].find("author=\"").and_then(|i| {
            let value = tag + i + "author=\"".len();
            let len = text[value..gt].find('"')?;
            (len > 0).then_some((value, value + len))
        });
        out.push(Element {
            tag,
            body: (from, close),
            author,
        });
        from = close + CLOSE.len();
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
        let found = elements(text);
        assert_eq!(found.len(), 2);
        let first = &found[0];
        let end = text_end(text, first.body.0, first.body.1);
        assert_eq!(&text[first.body.0..end], "Enough is enough.");
        let (a, b) = first.author.unwrap();
        assert_eq!(&text[a..b], "JaneRoe");
        assert_eq!(&text[first.tag..first.tag + 6], "<tweet");
        assert_eq!(found[1].author, None);
    }
}
