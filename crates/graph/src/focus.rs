//! The part of the claim graph a picture shows: a neighbourhood of what the researcher
//! asks about, or the whole graph collapsed to clusters and outlets.

use crate::{ClaimGraph, EdgeKind, Node, NodeKind};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeSet, VecDeque};

/// What a picture is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    /// One claim, by IRI.
    Claim(String),
    /// One claim cluster, by IRI.
    Cluster(String),
    /// A person, organisation, outlet or anonymous source, by name or IRI.
    Actor(String),
    /// An article, by document id or IRI.
    Article(String),
    /// An outlet, by name or IRI.
    Outlet(String),
}

/// Why a focus could not be drawn.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FocusError {
    /// Nothing in the graph matches.
    #[error("no {kind} matches {wanted:?}{hint}")]
    NotFound {
        /// What was looked for ("actor", "claim", …).
        kind: &'static str,
        /// The name or IRI given.
        wanted: String,
        /// Close names, when there are some.
        hint: String,
    },
}

/// Kinds that count as actors.
const ACTORS: &[NodeKind] = &[
    NodeKind::Person,
    NodeKind::Organization,
    NodeKind::Outlet,
    NodeKind::Anonymous,
];

impl Focus {
    /// The nodes the focus names. An IRI matches exactly; a name matches labels without
    /// regard to case, exactly if any label does, else as a part of the label ("Price"
    /// finds "Ned Price"); a document id matches the article whose IRI ends with it.
    pub fn resolve(&self, g: &ClaimGraph) -> Result<Vec<NodeIndex>, FocusError> {
        let (kind, wanted, kinds): (&'static str, &str, &[NodeKind]) = match self {
            Self::Claim(iri) => ("claim", iri, &[NodeKind::Claim]),
            Self::Cluster(iri) => ("cluster", iri, &[NodeKind::Cluster]),
            Self::Actor(name) => ("actor", name, ACTORS),
            Self::Article(id) => ("article", id, &[NodeKind::Article]),
            Self::Outlet(name) => ("outlet", name, &[NodeKind::Outlet]),
        };
        let candidates: Vec<NodeIndex> = g
            .graph
            .node_indices()
            .filter(|&i| kinds.contains(&g.graph[i].kind))
            .collect();
        if let Some(&i) = candidates.iter().find(|&&i| g.graph[i].iri == wanted) {
            return Ok(vec![i]);
        }
        let by_name = matches!(self, Self::Actor(_) | Self::Outlet(_));
        let found: Vec<NodeIndex> = if by_name {
            let lower = wanted.to_lowercase();
            let exact: Vec<NodeIndex> = candidates
                .iter()
                .copied()
                .filter(|&i| g.graph[i].label.to_lowercase() == lower)
                .collect();
            if exact.is_empty() {
                candidates
                    .iter()
                    .copied()
                    .filter(|&i| g.graph[i].label.to_lowercase().contains(&lower))
                    .collect()
            } else {
                exact
            }
        } else if matches!(self, Self::Article(_)) {
            let suffix = format!("/{}", claimgraph_vocab::encode_segment(wanted));
            candidates
                .iter()
                .copied()
                .filter(|&i| g.graph[i].iri.ends_with(&suffix))
                .collect()
        } else {
            Vec::new()
        };
        if found.is_empty() {
            return Err(FocusError::NotFound {
                kind,
                wanted: wanted.to_owned(),
                hint: hint(g, &candidates, wanted, by_name),
            });
        }
        Ok(found)
    }
}

/// Up to five labels that share the most words with what was asked, to say what was
/// meant. A word is shared when a word of the label starts like it (all but its last
/// letter, for words of four letters or more), so a typo at the end still finds its name; "the" and "of" count for nothing.
fn hint(g: &ClaimGraph, candidates: &[NodeIndex], wanted: &str, by_name: bool) -> String {
    if !by_name {
        return String::new();
    }
    let stems: Vec<String> = wanted
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "the" | "of" | "and" | "a" | "an"))
        .map(|w| {
            let n = w.chars().count();
            w.chars().take(if n >= 4 { n - 1 } else { n }).collect()
        })
        .collect();
    let shared = |label: &str| {
        let label = label.to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        stems
            .iter()
            .filter(|s| words.iter().any(|w| w.starts_with(s.as_str())))
            .count()
    };
    let scored: BTreeSet<(std::cmp::Reverse<usize>, &str)> = candidates
        .iter()
        .map(|&i| g.graph[i].label.as_str())
        .map(|l| (std::cmp::Reverse(shared(l)), l))
        .filter(|(std::cmp::Reverse(n), _)| *n > 0)
        .collect();
    let Some(&(best, _)) = scored.first() else {
        return String::new();
    };
    let list: Vec<&str> = scored
        .iter()
        .take_while(|(n, _)| *n == best)
        .take(5)
        .map(|(_, l)| *l)
        .collect();
    format!("; did you mean {}?", list.join(", "))
}

impl ClaimGraph {
    /// The neighbourhood of `seeds`: every node within `depth` edges of one of them, in
    /// either direction, and with each claim its whole derivation chain and the actors
    /// and articles along it, so that a picture never cuts a chain short of its origin.
    pub fn neighbourhood(&self, seeds: &[NodeIndex], depth: usize) -> ClaimGraph {
        let mut keep: BTreeSet<NodeIndex> = seeds.iter().copied().collect();
        let mut queue: VecDeque<(NodeIndex, usize)> = seeds.iter().map(|&s| (s, 0)).collect();
        while let Some((at, d)) = queue.pop_front() {
            if d == depth {
                continue;
            }
            for next in self.graph.neighbors_undirected(at) {
                if keep.insert(next) {
                    queue.push_back((next, d + 1));
                }
            }
        }
        let claims: Vec<NodeIndex> = keep
            .iter()
            .copied()
            .filter(|&i| self.graph[i].kind == NodeKind::Claim)
            .collect();
        for claim in claims {
            for c in self.chain(self.outermost(claim)) {
                keep.insert(c);
                keep.extend(self.actor_of(c));
                keep.extend(self.article_of(c));
            }
        }
        self.induced(&keep)
    }

    /// The graph on a set of nodes with every edge between them.
    fn induced(&self, keep: &BTreeSet<NodeIndex>) -> ClaimGraph {
        let nodes: Vec<Node> = keep.iter().map(|&i| self.graph[i].clone()).collect();
        let edges = self
            .graph
            .edge_references()
            .filter(|e| keep.contains(&e.source()) && keep.contains(&e.target()))
            .map(|e| {
                (
                    self.graph[e.source()].iri.clone(),
                    self.graph[e.target()].iri.clone(),
                    *e.weight(),
                )
            })
            .collect();
        ClaimGraph::from_parts(nodes, edges)
    }

    /// The whole graph collapsed to claim clusters and outlets: each cluster with the
    /// outlets whose articles carry it (`CarriedBy`; the article itself when its outlet
    /// is not known), its independent origins
    /// (`DerivedFrom`), and disagreements between clusters. What a corpus-wide picture
    /// can show when every claim would not fit.
    pub fn collapsed(&self) -> ClaimGraph {
        let mut nodes: Vec<Node> = Vec::new();
        let mut edges: Vec<(String, String, EdgeKind)> = Vec::new();
        let iri = |i: NodeIndex| self.graph[i].iri.clone();
        let cluster_of = |claim: NodeIndex| {
            self.graph
                .edges_directed(claim, Direction::Outgoing)
                .find(|e| *e.weight() == EdgeKind::MemberOf)
                .map(|e| e.target())
        };
        for k in self.graph.node_indices() {
            if self.graph[k].kind != NodeKind::Cluster {
                continue;
            }
            nodes.push(self.graph[k].clone());
            for claim in self.members(k) {
                // An article whose outlet is not known stands for itself.
                let outlet = self
                    .article_of(claim)
                    .map(|a| self.publisher_of(a).unwrap_or(a));
                if let Some(outlet) = outlet {
                    nodes.push(self.graph[outlet].clone());
                    edges.push((iri(k), iri(outlet), EdgeKind::CarriedBy));
                }
                for other in self.graph.neighbors_directed(claim, Direction::Outgoing) {
                    let disagrees = self
                        .graph
                        .edges_connecting(claim, other)
                        .any(|e| *e.weight() == EdgeKind::DisagreesWith);
                    if let Some(j) = cluster_of(other).filter(|&j| disagrees && j != k) {
                        edges.push((iri(k), iri(j), EdgeKind::DisagreesWith));
                    }
                }
            }
            for origin in self.independent_origins(k) {
                if self.graph[origin].kind != NodeKind::Article {
                    nodes.push(self.graph[origin].clone());
                    edges.push((iri(k), iri(origin), EdgeKind::DerivedFrom));
                }
            }
        }
        ClaimGraph::from_parts(nodes, edges)
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.graph.node_count()
    }

    /// Whether the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(iri: &str, kind: NodeKind, label: &str) -> Node {
        Node {
            iri: iri.into(),
            kind,
            label: label.into(),
        }
    }

    fn e(a: &str, b: &str, kind: EdgeKind) -> (String, String, EdgeKind) {
        (a.into(), b.into(), kind)
    }

    /// Two articles of two outlets carry one cluster; in a1 Ned Price's claim is relayed
    /// by the Times from officials; a2 has an unrelated claim by Jane Doe.
    fn corpus() -> ClaimGraph {
        ClaimGraph::from_parts(
            vec![
                n("id/article/a1", NodeKind::Article, "a1 — Embassy"),
                n("id/article/a2", NodeKind::Article, "a2 — Evacuation"),
                n("cnn", NodeKind::Outlet, "CNN"),
                n("nyt", NodeKind::Outlet, "The New York Times"),
                n("price", NodeKind::Person, "Ned Price"),
                n("doe", NodeKind::Person, "Jane Doe"),
                n("anon", NodeKind::Anonymous, "two officials"),
                n("c1", NodeKind::Claim, "the embassy stays open"),
                n("c2", NodeKind::Claim, "the embassy stays open"),
                n("c3", NodeKind::Claim, "officials said so"),
                n("c4", NodeKind::Claim, "the embassy remains open"),
                n("c5", NodeKind::Claim, "flights resume"),
                n("k", NodeKind::Cluster, "the embassy stays open"),
            ],
            vec![
                e("id/article/a1", "cnn", EdgeKind::PublishedBy),
                e("id/article/a2", "nyt", EdgeKind::PublishedBy),
                e("c1", "id/article/a1", EdgeKind::AppearsIn),
                e("c2", "id/article/a1", EdgeKind::AppearsIn),
                e("c3", "id/article/a1", EdgeKind::AppearsIn),
                e("c4", "id/article/a2", EdgeKind::AppearsIn),
                e("c5", "id/article/a2", EdgeKind::AppearsIn),
                e("c1", "price", EdgeKind::AttributedTo),
                e("c2", "nyt", EdgeKind::AttributedTo),
                e("c3", "anon", EdgeKind::AttributedTo),
                e("c5", "doe", EdgeKind::AttributedTo),
                e("c2", "c3", EdgeKind::DerivedFrom),
                e("c1", "k", EdgeKind::MemberOf),
                e("c4", "k", EdgeKind::MemberOf),
            ],
        )
    }

    fn iris(g: &ClaimGraph) -> Vec<&str> {
        g.graph.node_weights().map(|n| n.iri.as_str()).collect()
    }

    #[test]
    fn foci_resolve_by_iri_name_part_and_document_id() {
        let g = corpus();
        let one = |f: Focus| -> Vec<&str> {
            f.resolve(&g)
                .unwrap()
                .iter()
                .map(|&i| g.graph[i].iri.as_str())
                .collect()
        };
        assert_eq!(one(Focus::Actor("ned price".into())), ["price"]);
        assert_eq!(one(Focus::Actor("Price".into())), ["price"]);
        assert_eq!(one(Focus::Outlet("the new york times".into())), ["nyt"]);
        assert_eq!(one(Focus::Article("a2".into())), ["id/article/a2"]);
        assert_eq!(one(Focus::Claim("c3".into())), ["c3"]);
        // An outlet is not a person, and a claim is not found by its text.
        let err = Focus::Outlet("Ned Price".into()).resolve(&g).unwrap_err();
        assert!(err.to_string().contains("no outlet matches"), "{err}");
        assert!(Focus::Claim("officials said so".into())
            .resolve(&g)
            .is_err());
        let err = Focus::Actor("Ned Prize".into()).resolve(&g).unwrap_err();
        assert!(err.to_string().contains("did you mean Ned Price?"), "{err}");
        let err = Focus::Actor("The New York Time#".into())
            .resolve(&g)
            .unwrap_err();
        assert!(
            err.to_string()
                .ends_with("did you mean The New York Times?"),
            "{err}"
        );
    }

    #[test]
    fn a_neighbourhood_keeps_whole_chains_and_nothing_unrelated() {
        let g = corpus();
        let price = Focus::Actor("Ned Price".into()).resolve(&g).unwrap();
        let near = g.neighbourhood(&price, 2);
        let kept = iris(&near);
        for iri in ["price", "c1", "id/article/a1", "k"] {
            assert!(kept.contains(&iri), "{iri} missing from {kept:?}");
        }
        assert!(!kept.contains(&"doe") && !kept.contains(&"c5"), "{kept:?}");
        // From the Times' relayed claim, the chain runs on to the officials.
        let c2 = Focus::Claim("c2".into()).resolve(&g).unwrap();
        let kept_chain = g.neighbourhood(&c2, 0);
        assert_eq!(
            iris(&kept_chain),
            ["anon", "c2", "c3", "id/article/a1", "nyt"]
        );
    }

    #[test]
    fn collapsing_keeps_clusters_outlets_and_origins() {
        let g = corpus().collapsed();
        assert_eq!(iris(&g), ["cnn", "k", "nyt", "price"]);
        let edges: Vec<(String, String, EdgeKind)> = g
            .graph
            .edge_references()
            .map(|e| {
                (
                    g.graph[e.source()].iri.clone(),
                    g.graph[e.target()].iri.clone(),
                    *e.weight(),
                )
            })
            .collect();
        assert!(
            edges.contains(&e("k", "cnn", EdgeKind::CarriedBy)),
            "{edges:?}"
        );
        assert!(
            edges.contains(&e("k", "nyt", EdgeKind::CarriedBy)),
            "{edges:?}"
        );
        assert!(
            edges.contains(&e("k", "price", EdgeKind::DerivedFrom)),
            "{edges:?}"
        );
    }
}
