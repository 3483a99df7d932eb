//! GraphViz DOT rendering: one style per node and edge kind, a legend, labels wrapped,
//! shortened and escaped.

use crate::{ClaimGraph, EdgeKind, NodeKind};
use petgraph::visit::EdgeRef;
use std::fmt::Write;

fn node_style(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Article => "shape=note, style=filled, fillcolor=\"#f2f2f2\"",
        NodeKind::Outlet => "shape=box, style=\"filled,rounded\", fillcolor=\"#fde2b8\"",
        NodeKind::Person => "shape=ellipse, style=filled, fillcolor=\"#cfe3ff\"",
        NodeKind::Organization => "shape=hexagon, style=filled, fillcolor=\"#d7f0d2\"",
        NodeKind::Anonymous => "shape=ellipse, style=\"filled,dashed\", fillcolor=\"#eeeeee\"",
        NodeKind::Claim => "shape=box, style=filled, fillcolor=\"#fffbe0\", fontsize=10",
        NodeKind::Cluster => "shape=box3d, style=filled, fillcolor=\"#ffe0e0\"",
    }
}

fn edge_style(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::PublishedBy => "color=\"#b07000\", label=\"published by\"",
        EdgeKind::AppearsIn => "color=\"#999999\", style=dotted, arrowhead=none",
        EdgeKind::AttributedTo => "color=\"#2060c0\", label=\"said\"",
        EdgeKind::DerivedFrom => "color=\"#c02020\", penwidth=2, label=\"derived from\"",
        EdgeKind::MemberOf => "color=\"#c06060\", style=dashed, label=\"member of\"",
        EdgeKind::DisagreesWith => "color=\"#e00000\", style=bold, dir=both, label=\"disagrees\"",
        EdgeKind::CarriedBy => "color=\"#b07000\", style=dashed, label=\"carried by\"",
    }
}

/// The name a reader sees for a node kind, in the legend and in JSON.
pub(crate) fn kind_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Article => "article",
        NodeKind::Outlet => "outlet",
        NodeKind::Person => "person",
        NodeKind::Organization => "organisation",
        NodeKind::Anonymous => "anonymous source",
        NodeKind::Claim => "claim",
        NodeKind::Cluster => "claim cluster",
    }
}

/// Escapes a string for a double-quoted DOT label; newlines become centred line breaks.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Shortens a label to `max` characters with an ellipsis and wraps it at `width`.
pub fn wrap(s: &str, width: usize, max: usize) -> String {
    let flat: Vec<&str> = s.split_whitespace().collect();
    let mut text = flat.join(" ");
    if text.chars().count() > max {
        text = text
            .chars()
            .take(max.saturating_sub(1))
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…";
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

pub(crate) fn render(g: &ClaimGraph) -> String {
    let mut out = String::new();
    out.push_str("digraph claimgraph {\n  rankdir=LR;\n  graph [fontname=\"Helvetica\", fontsize=11, nodesep=0.25, ranksep=0.6];\n  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for idx in g.graph.node_indices() {
        let node = &g.graph[idx];
        let label = match node.kind {
            NodeKind::Claim | NodeKind::Cluster => wrap(&node.label, 40, 160),
            _ => wrap(&node.label, 30, 90),
        };
        let _ = writeln!(
            out,
            "  n{} [label=\"{}\", tooltip=\"{}\", {}];",
            idx.index(),
            escape(&label),
            escape(&node.iri),
            node_style(node.kind)
        );
    }
    for e in g.graph.edge_references() {
        let _ = writeln!(
            out,
            "  n{} -> n{} [{}];",
            e.source().index(),
            e.target().index(),
            edge_style(*e.weight())
        );
    }
    // The legend: one sample of each node kind, and each edge kind between samples.
    out.push_str("  subgraph cluster_legend {\n    label=\"legend\"; fontsize=10; style=rounded; color=\"#bbbbbb\";\n");
    let kinds = [
        NodeKind::Article,
        NodeKind::Outlet,
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Anonymous,
        NodeKind::Claim,
        NodeKind::Cluster,
    ];
    for (i, k) in kinds.iter().enumerate() {
        let _ = writeln!(
            out,
            "    legend{i} [label=\"{}\", {}];",
            kind_name(*k),
            node_style(*k)
        );
    }
    // Each edge kind the picture uses, drawn between two samples of its end kinds.
    let used: std::collections::BTreeSet<EdgeKind> = g.graph.edge_weights().copied().collect();
    let samples = [
        (5, 0, EdgeKind::AppearsIn),
        (0, 1, EdgeKind::PublishedBy),
        (5, 2, EdgeKind::AttributedTo),
        (5, 4, EdgeKind::DerivedFrom),
        (5, 6, EdgeKind::MemberOf),
        (5, 5, EdgeKind::DisagreesWith),
        (6, 1, EdgeKind::CarriedBy),
    ];
    for (a, b, k) in samples {
        if used.contains(&k) {
            let _ = writeln!(out, "    legend{a} -> legend{b} [{}];", edge_style(k));
        }
    }
    out.push_str("  }\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_and_ellipsis() {
        assert_eq!(wrap("one two three four", 9, 100), "one two\nthree\nfour");
        assert_eq!(wrap("abcdefghij", 20, 5), "abcd…");
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
