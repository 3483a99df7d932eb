//! JSON rendering for notebooks: node-link data as d3 and networkx read it.

use crate::dot::kind_name;
use crate::{ClaimGraph, EdgeKind};
use petgraph::visit::EdgeRef;
use serde::Serialize;

/// The whole document: networkx's `node_link_graph(data, edges="links")` and d3's
/// force layout both take it as it is.
#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: Meta,
    nodes: Vec<JsonNode<'a>>,
    links: Vec<JsonLink<'a>>,
}

#[derive(Serialize)]
struct Meta {
    name: &'static str,
}

#[derive(Serialize)]
struct JsonNode<'a> {
    /// The IRI: stable across exports, unlike an index.
    id: &'a str,
    kind: &'static str,
    label: &'a str,
}

#[derive(Serialize)]
struct JsonLink<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'static str,
}

/// The name of an edge kind in JSON.
fn edge_name(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::PublishedBy => "published by",
        EdgeKind::AppearsIn => "appears in",
        EdgeKind::AttributedTo => "attributed to",
        EdgeKind::DerivedFrom => "derived from",
        EdgeKind::MemberOf => "member of",
        EdgeKind::DisagreesWith => "disagrees with",
        EdgeKind::CarriedBy => "carried by",
    }
}

pub(crate) fn render(g: &ClaimGraph) -> String {
    let doc = NodeLink {
        directed: true,
        multigraph: true,
        graph: Meta { name: "claimgraph" },
        nodes: g
            .graph
            .node_weights()
            .map(|n| JsonNode {
                id: &n.iri,
                kind: kind_name(n.kind),
                label: &n.label,
            })
            .collect(),
        links: g
            .graph
            .edge_references()
            .map(|e| JsonLink {
                source: &g.graph[e.source()].iri,
                target: &g.graph[e.target()].iri,
                kind: edge_name(*e.weight()),
            })
            .collect(),
    };
    // Serialising plain strings and booleans cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
