//! The extractor on any text: no panic, every span inside the text and on character
//! boundaries, and N-Quads output that parses back to the same number of quads.
#![no_main]

use claimgraph_corpus::{Document, Meta};
use claimgraph_extract::{extract, to_quads, Span};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, span: &Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let meta = Meta {
        title: Some("Fuzz".into()),
        publisher: Some("The Fuzz Times".into()),
        ..Meta::default()
    };
    let doc = Document::new("fuzz", text, meta);
    let ex = extract(&doc);
    let text = doc.text.as_str();
    for a in &ex.attributions {
        check(text, &a.cue);
        a.source.iter().for_each(|s| check(text, s));
        a.contents.iter().for_each(|c| check(text, c));
        if let Some(via) = a.via {
            assert!(via < ex.attributions.len());
        }
    }
    for c in &ex.unattributed {
        check(text, &c.span);
    }
    for (i, actor) in ex.attributed_to.iter().enumerate() {
        assert!(actor.is_none_or(|k| k < ex.actors.len()), "{i}");
    }
    let quads = to_quads(&doc, &ex);
    let nquads: String = quads.iter().map(|q| format!("{q} .\n")).collect();
    let parsed = oxttl::NQuadsParser::new()
        .for_reader(nquads.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{e}\n{nquads}"));
    assert_eq!(parsed.len(), quads.len());
});
