//! Reading brat standoff annotations of PolNeAR attributions.

use std::collections::HashMap;

/// Character ranges of one role; several when the span is discontinuous.
pub type Spans = Vec<(usize, usize)>;

/// One attribution: source (empty when the text names none), cue and content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Source spans.
    pub source: Spans,
    /// Cue spans.
    pub cue: Spans,
    /// Content spans.
    pub content: Spans,
}

/// Parses a `.ann` file. `Attribution` and `Attribution-no-source` events become
/// attributions; `Content2` counts as content; other annotations are ignored.
pub fn read_ann(text: &str) -> Result<Vec<GoldAttribution>, (usize, String)> {
    let mut spans: HashMap<&str, Spans> = HashMap::new();
    let mut events = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or_default();
        let body = fields.next().unwrap_or_default();
        // A span whose text holds a line break continues on the next line: skip those.
        let is_id = |prefix: char| {
            id.strip_prefix(prefix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        if is_id('T') {
            let (_, ranges) = body
                .split_once(' ')
                .ok_or((n + 1, format!("no offsets in {line:?}")))?;
            let mut parsed = Vec::new();
            for range in ranges.split(';') {
                let mut it = range.split_whitespace().map(str::parse::<usize>);
                match (it.next(), it.next()) {
                    (Some(Ok(s)), Some(Ok(e))) if s <= e => parsed.push((s, e)),
                    _ => return Err((n + 1, format!("bad offsets {range:?}"))),
                }
            }
            spans.insert(id, parsed);
        } else if is_id('E') {
            events.push((n + 1, body));
        }
    }
    let mut out = Vec::new();
    for (line, body) in events {
        let mut a = GoldAttribution::default();
        let mut is_attribution = false;
        for arg in body.split_whitespace() {
            let Some((role, target)) = arg.split_once(':') else {
                continue;
            };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            let get = || {
                spans
                    .get(target)
                    .cloned()
                    .ok_or((line, format!("unknown span {target}")))
            };
            match role {
                "Attribution" | "Attribution-no-source" => is_attribution = true,
                "Source" => a.source.extend(get()?),
                "Cue" => a.cue.extend(get()?),
                "Content" => a.content.extend(get()?),
                _ => {}
            }
        }
        if is_attribution && !a.cue.is_empty() {
            for s in [&mut a.source, &mut a.cue, &mut a.content] {
                s.sort_unstable();
            }
            out.push(a);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_with_discontinuous_and_missing_roles() {
        let ann = "T1\tSource 0 2\twe\nT2\tCue 3 9\tmocked\nT3\tContent 10 20;25 30\tx y\nT4\tAttribution 3 9\tmocked\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tCue 40 44\tsaid\nT6\tContent 45 50\tabc\nT7\tAttribution-no-source 40 44\tsaid\nE2\tAttribution-no-source:T7 Content:T6 Cue:T5\n#1\tAnnotatorNotes T1\tnote\n";
        let got = read_ann(ann).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].content, vec![(10, 20), (25, 30)]);
        assert_eq!(got[0].source, vec![(0, 2)]);
        assert!(got[1].source.is_empty());
        assert!(read_ann("T1\tCue x y\tz\n").is_err());
        assert_eq!(
            read_ann("T1\tCue 0 4\tsaid\nThe continuation of a span\n").unwrap(),
            vec![]
        );
    }
}
