//! Reuters-21578 SGML (`.sgm`): many `<REUTERS>` stories per file, each one article.
//!
//! The files are SGML, not XML: entities for control characters (`&#2;`, `&#3;`), `&lt;`
//! inside text, one stray Latin-1 byte in the whole collection. A story becomes a
//! [`Document`] whose text is the headline, a blank line, then the body with the wire's
//! hard line wraps joined back into paragraphs, so that sentences are not broken at
//! column 70. Tables (`TYPE="UNPROC"`) keep their lines. The wire's marks around company
//! names ("<Dome Petroleum Ltd> said") go, and a ticker's become parentheses ("American
//! Express Co (AXP)"): they are markup, and a name in them read as no name at all.

use crate::{Document, InputError, Meta};
use std::path::Path;

/// The publisher of every story in the collection.
const PUBLISHER: &str = "Reuters";

/// Splits one SGML file into its stories. A story that cannot be read is an error naming
/// the file, the line it starts on and its NEWID; the others are still read.
pub(crate) fn read_stories(
    path: &Path,
    bytes: &[u8],
    max_bytes: usize,
) -> Vec<Result<Document, InputError>> {
    let sgml = decode(bytes);
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let mut out = Vec::new();
    let mut rest = sgml.as_str();
    // The line `rest` starts on, counted as the file is consumed: counting from the top
    // for every story made a file of a thousand stories quadratic.
    let mut rest_line = 1;
    while let Some(start) = rest.find("<REUTERS") {
        let line = rest_line + rest[..start].matches('\n').count();
        let story = &rest[start..];
        let (body, closed, next) = match story.find("</REUTERS>") {
            Some(end) => (&story[..end], true, start + end + "</REUTERS>".len()),
            None => (story, false, rest.len()),
        };
        out.push(
            read_story(body, closed, &stem, max_bytes)
                .map_err(|reason| InputError::new(path, Some(line), reason)),
        );
        rest_line += rest[..next].matches('\n').count();
        rest = &rest[next..];
    }
    if out.is_empty() {
        out.push(Err(InputError::new(
            path,
            None,
            "no <REUTERS> story in this .sgm file",
        )));
    }
    out
}

/// Reads one story: the text between `<REUTERS ...>` and `</REUTERS>`.
fn read_story(story: &str, closed: bool, stem: &str, max_bytes: usize) -> Result<Document, String> {
    let open_tag = &story[..story.find('>').ok_or("unterminated <REUTERS> tag")? + 1];
    let newid = attribute(open_tag, "NEWID").ok_or("<REUTERS> tag without NEWID")?;
    let what = |reason: &str| format!("story NEWID={newid}: {reason}");
    if !closed {
        return Err(what("no closing </REUTERS>"));
    }
    let (text_tag, text_element) =
        tagged_element(story, "TEXT").ok_or_else(|| what("no <TEXT> element"))?;
    let title = element(text_element, "TITLE").map(|t| unmark_companies(clean(t).trim()));
    let unprocessed = attribute(text_tag, "TYPE") == Some("UNPROC");
    let body = match element(text_element, "BODY") {
        Some(body) => unmark_companies(&reflow(&clean(body))),
        None if unprocessed => clean(&strip_tags(text_element)).trim().to_owned(),
        // A brief is its headline alone.
        None => String::new(),
    };
    let mut text = String::new();
    if let Some(title) = title.as_deref().filter(|t| !t.is_empty()) {
        text.push_str(title);
        text.push_str("\n\n");
    }
    text.push_str(body.trim_end());
    let text = text.trim().to_owned();
    if text.is_empty() {
        return Err(what("no title and no body text"));
    }
    if text.len() > max_bytes {
        return Err(what(&format!(
            "larger than the per-article limit of {max_bytes} bytes"
        )));
    }
    let meta = Meta {
        title: title.filter(|t| !t.is_empty()),
        publisher: Some(PUBLISHER.to_owned()),
        date: element(story, "DATE").and_then(|d| iso_date(d.trim())),
        url: None,
        dateline: element(story, "DATELINE")
            .and_then(|d| crate::dateline::detect_dateline(clean(d).trim()))
            .map(|d| d.place),
    };
    Ok(Document::new(format!("{stem}-{newid}"), text, meta))
}

/// The files are ASCII but for one Latin-1 byte; read anything else as Latin-1 rather
/// than refuse a whole file of a thousand stories.
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// The value of `NAME="value"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

/// The content of the first `<NAME ...>…</NAME>` in `text`.
fn element<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    tagged_element(text, name).map(|(_, content)| content)
}

/// The opening tag and the content of the first `<NAME ...>…</NAME>` in `text`.
fn tagged_element<'a>(text: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
    let open = format!("<{name}");
    let mut from = 0;
    // `<TEXT` must not match `<TEXTS`: the tag name ends at `>` or a space.
    let start = loop {
        let at = from + text[from..].find(&open)?;
        let after = text[at + open.len()..].chars().next()?;
        if after == '>' || after == ' ' {
            break at;
        }
        from = at + open.len();
    };
    let content = start + text[start..].find('>')? + 1;
    let end = text[content..]
        .find(&format!("</{name}>"))
        .map_or(text.len(), |e| content + e);
    Some((&text[start..content], &text[content..end]))
}

/// Removes the markup of an unprocessed `<TEXT>`: its `<TITLE>` and any other tag.
fn strip_tags(text: &str) -> String {
    let without_title = match (text.find("<TITLE>"), text.find("</TITLE>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &text[..a], &text[b + "</TITLE>".len()..]),
        _ => text.to_owned(),
    };
    let mut out = String::with_capacity(without_title.len());
    let mut in_tag = false;
    for c in without_title.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Decodes entities and drops control characters and the wire's closing "Reuter".
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|&e| e <= 8);
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                if let Some(c) = c {
                    out.push(c);
                }
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    let out: String = out
        .chars()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect();
    let trimmed = out.trim_end();
    trimmed
        .strip_suffix("Reuter")
        .or_else(|| trimmed.strip_suffix("REUTER"))
        .unwrap_or(trimmed)
        .to_owned()
}

/// Takes the wire's marks off company names: "<Dome Petroleum Ltd>" becomes "Dome
/// Petroleum Ltd", and a ticker after a name, "American Express Co <AXP>", becomes
/// "(AXP)", which reads as an aside. Only a mark opening on a capital or a digit and
/// closing on the same line: "profits <rose>" stays as written.
fn unmark_companies(text: &str) -> String {
    const LONGEST: usize = 80;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let inner = after
            .find('>')
            .filter(|&close| close <= LONGEST)
            .map(|close| &after[..close])
            .filter(|inner| {
                inner.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && !inner.contains(['<', '\n'])
            });
        let Some(inner) = inner else {
            out.push('<');
            rest = after;
            continue;
        };
        // "AXP", "TSBA.T", "CKGH.HK".
        let ticker =
            inner.len() <= 10 && !inner.contains(' ') && !inner.chars().any(char::is_lowercase);
        let after_name = out.ends_with(' ')
            && out
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        if ticker && after_name {
            out.push('(');
            out.push_str(inner);
            out.push(')');
        } else {
            out.push_str(inner);
        }
        rest = &after[inner.len() + 1..];
    }
    out.push_str(rest);
    out
}

/// An entity's character: `Some(None)` for a known entity that stands for nothing to keep
/// (a control character), `None` for something that is not an entity at all.
fn entity(name: &str) -> Option<Option<char>> {
    match name {
        "lt" => Some(Some('<')),
        "gt" => Some(Some('>')),
        "amp" => Some(Some('&')),
        "quot" => Some(Some('"')),
        _ => {
            let code: u32 = name.strip_prefix('#')?.parse().ok()?;
            let c = char::from_u32(code)?;
            Some((!c.is_control() || c == '\n').then_some(c))
        }
    }
}

/// Joins hard-wrapped lines into paragraphs: a line indented by spaces starts a new
/// paragraph (the wire's convention), any other line continues the one before.
fn reflow(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        let starts_paragraph = line.starts_with(' ') || line.starts_with('\t');
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(if starts_paragraph { '\n' } else { ' ' });
        }
        out.push_str(line);
    }
    out
}

/// `26-FEB-1987 15:01:01.79` → `1987-02-26T15:01:01`.
fn iso_date(date: &str) -> Option<String> {
    let (day_part, time) = date.split_once(' ')?;
    let mut parts = day_part.split('-');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()?.to_ascii_uppercase().as_str() {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        "DEC" => 12,
        _ => return None,
    };
    let year: u32 = parts.next()?.parse().ok()?;
    let hms = time.trim().split('.').next()?;
    let valid_time = hms.len() == 8 && hms.split(':').all(|p| p.parse::<u8>().is_ok());
    if !(1..=31).contains(&day) || !valid_time {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}T{hms}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO_STORIES: &str = r#"<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, Comissaria Smith said in its weekly review.
    Profits &lt;rose> 5 pct &amp; more, the
company said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>STANDARD OIL TO FORM FINANCIAL UNIT
</TITLE>
&#3;
</TEXT>
</REUTERS>
<REUTERS NEWID="3">
<TEXT>&#2;
</TEXT>
</REUTERS>
"#;

    #[test]
    fn company_marks_go_and_tickers_become_asides() {
        assert_eq!(
            unmark_companies("<Dome Petroleum Ltd> said American Express Co <AXP> and <GM> would"),
            "Dome Petroleum Ltd said American Express Co (AXP) and GM would"
        );
        assert_eq!(
            unmark_companies("STANDARD OIL <SRD> TO FORM"),
            "STANDARD OIL (SRD) TO FORM"
        );
        assert_eq!(
            unmark_companies("Cheung Kong Ltd <CKGH.HK> said"),
            "Cheung Kong Ltd (CKGH.HK) said"
        );
        // Not a company: lower case, no close on the line, a comparison.
        for kept in ["Profits <rose> 5 pct", "a <B\nc>", "if a < b and c > d"] {
            assert_eq!(unmark_companies(kept), kept);
        }
    }

    #[test]
    fn stories_become_articles_with_reflowed_paragraphs_and_metadata() {
        let items = read_stories(
            Path::new("dir/reut2-000.sgm"),
            TWO_STORIES.as_bytes(),
            1 << 20,
        );
        assert_eq!(items.len(), 3);
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.id, "reut2-000-1");
        assert_eq!(
            first.text,
            "BAHIA COCOA REVIEW\n\nShowers continued throughout the week in the Bahia cocoa zone, \
             Comissaria Smith said in its weekly review.\nProfits <rose> 5 pct & more, the company said."
        );
        assert_eq!(first.meta.title.as_deref(), Some("BAHIA COCOA REVIEW"));
        assert_eq!(first.meta.publisher.as_deref(), Some("Reuters"));
        assert_eq!(first.meta.date.as_deref(), Some("1987-02-26T15:01:01"));
        assert_eq!(first.meta.dateline.as_deref(), Some("SALVADOR"));
        let brief = items[1].as_ref().unwrap();
        assert_eq!(brief.text, "STANDARD OIL TO FORM FINANCIAL UNIT");
        let err = items[2].as_ref().unwrap_err();
        assert_eq!(err.line, Some(22));
        assert!(
            err.to_string()
                .contains("reut2-000.sgm:22: story NEWID=3: no title and no body"),
            "{err}"
        );
    }

    #[test]
    fn truncated_and_foreign_files_are_named() {
        let cut = &TWO_STORIES[..TWO_STORIES.find("</REUTERS>").unwrap()];
        let items = read_stories(Path::new("cut.sgm"), cut.as_bytes(), 1 << 20);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("no closing </REUTERS>"));
        let items = read_stories(Path::new("page.sgm"), b"<html>not a story</html>", 1 << 20);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("no <REUTERS> story"));
        let latin1 = b"<REUTERS NEWID=\"9\"><TEXT><BODY>Gr\xfcn said so.</BODY></TEXT></REUTERS>";
        let items = read_stories(Path::new("l.sgm"), latin1, 1 << 20);
        assert_eq!(items[0].as_ref().unwrap().text, "Grün said so.");
        let items = read_stories(Path::new("big.sgm"), TWO_STORIES.as_bytes(), 50);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("per-article limit"));
    }

    #[test]
    fn dates_that_do_not_parse_are_left_out() {
        assert_eq!(
            iso_date("5-MAR-1987 09:12:00.00").as_deref(),
            Some("1987-03-05T09:12:00")
        );
        assert_eq!(iso_date("31-XYZ-1987 09:12:00.00"), None);
        assert_eq!(iso_date("garbage"), None);
    }
}
