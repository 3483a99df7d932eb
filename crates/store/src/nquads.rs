//! N-Quads lines written straight into a string: the text oxrdf's `Display` gives (the
//! tests hold the two equal), without `fmt`'s call per character of every literal, which
//! was a quarter of `claimgraph extract`'s time and is most of turning the relink's
//! graphs into lines.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{
    GraphNameRef, LiteralRef, NamedNodeRef, NamedOrBlankNodeRef, QuadRef, TermRef,
};
use std::fmt::Write;

/// Appends `quad` as an N-Quads line, without the final " .".
pub fn push_quad(quad: QuadRef<'_>, out: &mut String) {
    match quad.subject {
        NamedOrBlankNodeRef::NamedNode(node) => push_iri(node, out),
        NamedOrBlankNodeRef::BlankNode(node) => push_displayed(node, out),
    }
    out.push(' ');
    push_iri(quad.predicate, out);
    out.push(' ');
    match quad.object {
        TermRef::NamedNode(node) => push_iri(node, out),
        TermRef::Literal(literal) => push_literal(literal, out),
        other => push_displayed(other, out),
    }
    match quad.graph_name {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(node) => {
            out.push(' ');
            push_iri(node, out);
        }
        GraphNameRef::BlankNode(node) => {
            out.push(' ');
            push_displayed(node, out);
        }
    }
}

/// `<iri>`.
fn push_iri(node: NamedNodeRef<'_>, out: &mut String) {
    out.push('<');
    out.push_str(node.as_str());
    out.push('>');
}

/// Blank nodes and what else is rare here, as `Display` writes them.
fn push_displayed(term: impl std::fmt::Display, out: &mut String) {
    // Writing into a String cannot fail.
    let _ = write!(out, "{term}");
}

/// A simple or typed literal; one with a language tag as `Display` writes it.
fn push_literal(literal: LiteralRef<'_>, out: &mut String) {
    if literal.language().is_some() {
        return push_displayed(literal, out);
    }
    push_quoted(literal.value(), out);
    if literal.datatype() != xsd::STRING {
        out.push_str("^^");
        push_iri(literal.datatype(), out);
    }
}

/// `value` in double quotes, escaped as oxrdf escapes it: the named control characters
/// by their letters, the quote and the backslash, other controls and U+FFFE, U+FFFF as
/// `\uXXXX`; runs of other characters copied whole.
fn push_quoted(value: &str, out: &mut String) {
    let escaped = |c: char| {
        matches!(
            c,
            '\0'..='\u{1F}' | '"' | '\\' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}'
        )
    };
    out.push('"');
    let mut rest = value;
    while let Some(at) = rest.find(escaped) {
        out.push_str(&rest[..at]);
        let mut chars = rest[at..].chars();
        let Some(c) = chars.next() else { break };
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            other => {
                let _ = write!(out, "\\u{:04X}", u32::from(other));
            }
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::push_quad;
    use oxigraph::model::vocab::xsd;
    use oxigraph::model::{BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

    fn line(quad: &Quad) -> String {
        let mut out = String::new();
        push_quad(quad.as_ref(), &mut out);
        out
    }

    /// Every kind of term, and every character the escaping treats apart, as oxrdf's
    /// `Display` writes them.
    #[test]
    fn lines_are_what_display_writes() {
        let s = NamedNode::new("https://example.org/s").unwrap();
        let p = NamedNode::new("https://example.org/p").unwrap();
        let g = GraphName::NamedNode(NamedNode::new("https://example.org/g").unwrap());
        let mut texts: Vec<String> = vec![
            String::new(),
            "plain words".into(),
            "“curly” quotes, dashes — and ’apostrophes’".into(),
            "a \"quoted\" back\\slash\nnew line\r\ttab \u{8}\u{C}".into(),
            "controls \u{0}\u{1}\u{1F}\u{7F} and \u{FFFE}\u{FFFF} end\u{1}".into(),
        ];
        // Random strings over the characters that matter, deterministic.
        let alphabet: Vec<char> = "a \"\\\n\r\t\u{8}\u{C}\u{0}\u{1F}\u{7F}\u{FFFE}\u{FFFF}é—"
            .chars()
            .collect();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let text: String = (0..(x % 13) as usize)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    alphabet[(x % alphabet.len() as u64) as usize]
                })
                .collect();
            texts.push(text);
        }
        let objects = texts.iter().flat_map(|t| {
            [
                Term::from(Literal::new_simple_literal(t)),
                Literal::new_typed_literal(t, xsd::INTEGER).into(),
                Literal::new_language_tagged_literal(t, "en")
                    .unwrap()
                    .into(),
            ]
        });
        let blank = BlankNode::new("b0").unwrap();
        for object in objects.chain([s.clone().into(), blank.clone().into()]) {
            for graph in [g.clone(), GraphName::DefaultGraph, blank.clone().into()] {
                for subject in [NamedOrBlankNode::from(s.clone()), blank.clone().into()] {
                    let quad = Quad::new(subject, p.clone(), object.clone(), graph.clone());
                    assert_eq!(line(&quad), quad.to_string());
                }
            }
        }
    }
}
