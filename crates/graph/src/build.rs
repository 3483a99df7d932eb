//! Building a claim graph with each IRI held once.
//!
//! The relink completes a graph of every attributed or clustered claim, article, actor
//! and cluster: 0.47 million nodes and a million edges at 45,000 articles. Built from
//! IRI-keyed nodes and edges, every edge held two copies of its ends' IRIs, the node map
//! a third and the lookup table a fourth, and that graph was the relink's peak of
//! memory. Here an IRI is numbered the first time it is named, edges are pairs of
//! numbers, and the IRI moves into its node when the graph is finished.

use crate::{ClaimGraph, EdgeKind, Node, NodeKind};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;

/// A claim graph under construction.
#[derive(Default)]
pub(crate) struct GraphBuilder {
    /// Each IRI named so far, and its number.
    ids: FxHashMap<Box<str>, u32>,
    /// By number: the node's kind and label, once a node is added for it (edges may
    /// name IRIs that never get one, and are then dropped).
    nodes: Vec<Option<(NodeKind, String)>>,
    edges: Vec<(u32, u32, EdgeKind)>,
}

impl GraphBuilder {
    /// The number of an IRI, given it if it has none.
    fn id(&mut self, iri: &str) -> u32 {
        if let Some(&id) = self.ids.get(iri) {
            return id;
        }
        let id = u32::try_from(self.nodes.len()).expect("fewer than 2^32 IRIs in one graph");
        self.ids.insert(iri.into(), id);
        self.nodes.push(None);
        id
    }

    /// Whether a node with this IRI has been added.
    pub(crate) fn has_node(&self, iri: &str) -> bool {
        self.ids
            .get(iri)
            .is_some_and(|&id| self.nodes[id as usize].is_some())
    }

    /// Adds a node unless one with its IRI is there: the first added is kept.
    pub(crate) fn add_node(&mut self, iri: &str, kind: NodeKind, label: impl Into<String>) {
        let id = self.id(iri) as usize;
        if self.nodes[id].is_none() {
            self.nodes[id] = Some((kind, label.into()));
        }
    }

    /// Adds an edge; one whose ends do not both become nodes is dropped by [`Self::finish`].
    pub(crate) fn add_edge(&mut self, from: &str, to: &str, kind: EdgeKind) {
        let edge = (self.id(from), self.id(to), kind);
        self.edges.push(edge);
    }

    /// The graph: nodes in IRI order, edges sorted and distinct, so that the same nodes
    /// and edges give the same graph in whatever order they were added.
    pub(crate) fn finish(self) -> ClaimGraph {
        let Self {
            ids,
            mut nodes,
            edges,
        } = self;
        let mut iris: Vec<Option<Box<str>>> = vec![None; nodes.len()];
        for (iri, id) in ids {
            iris[id as usize] = Some(iri);
        }
        let mut order: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].is_some()).collect();
        order.sort_unstable_by(|&a, &b| iris[a].cmp(&iris[b]));
        let mut graph = DiGraph::with_capacity(order.len(), edges.len());
        let mut index: Vec<Option<NodeIndex>> = vec![None; nodes.len()];
        for i in order {
            let (Some((kind, label)), Some(iri)) = (nodes[i].take(), iris[i].take()) else {
                continue;
            };
            let iri = iri.into_string();
            index[i] = Some(graph.add_node(Node { iri, kind, label }));
        }
        // Nodes were added in IRI order, so sorting edges by node index is sorting them by
        // IRI, without comparing a million pairs of strings.
        let mut resolved: Vec<(NodeIndex, NodeIndex, EdgeKind)> = edges
            .into_iter()
            .filter_map(|(a, b, kind)| Some((index[a as usize]?, index[b as usize]?, kind)))
            .collect();
        resolved.sort_unstable();
        resolved.dedup();
        for (x, y, kind) in resolved {
            graph.add_edge(x, y, kind);
        }
        ClaimGraph { graph }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::visit::EdgeRef;

    fn built(order: &[usize]) -> ClaimGraph {
        let steps: [&dyn Fn(&mut GraphBuilder); 4] = [
            &|b| b.add_node("urn:c", NodeKind::Claim, "first"),
            &|b| b.add_node("urn:a", NodeKind::Article, "article"),
            &|b| b.add_edge("urn:c", "urn:a", EdgeKind::AppearsIn),
            &|b| b.add_edge("urn:c", "urn:nowhere", EdgeKind::AttributedTo),
        ];
        let mut builder = GraphBuilder::default();
        for &i in order {
            steps[i](&mut builder);
        }
        builder.add_node("urn:c", NodeKind::Claim, "second");
        builder.add_edge("urn:c", "urn:a", EdgeKind::AppearsIn);
        builder.finish()
    }

    #[test]
    fn nodes_come_in_iri_order_edges_once_and_the_first_node_of_an_iri_is_kept() {
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
            let g = built(&order);
            let iris: Vec<&str> = g.graph().node_weights().map(|n| n.iri.as_str()).collect();
            assert_eq!(iris, ["urn:a", "urn:c"], "{order:?}");
            let c = g.node("urn:c").unwrap();
            assert_eq!(g.graph()[c].label, "first");
            assert_eq!(g.node("urn:nowhere"), None);
            let edges: Vec<_> = g
                .graph()
                .edge_references()
                .map(|e| (e.source(), e.target(), *e.weight()))
                .collect();
            assert_eq!(edges, [(c, g.node("urn:a").unwrap(), EdgeKind::AppearsIn)]);
        }
    }
}
