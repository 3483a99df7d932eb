#![doc = include_str!("../README.md")]

mod build;
mod dot;
mod facts;
mod focus;
mod json;
mod read;

pub use facts::{fact_of, read_facts, Fact, FactKind};
pub use focus::{Focus, FocusError};
pub use read::{read_claims, BaseGraph, ClaimRow};

use claimgraph_store::oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use claimgraph_store::StoreError;
use claimgraph_vocab::{cg, origins_graph};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A news article.
    Article,
    /// A news outlet.
    Outlet,
    /// A named person.
    Person,
    /// A named organisation.
    Organization,
    /// An anonymous source.
    Anonymous,
    /// A claim in one article.
    Claim,
    /// Claims that state the same thing across articles.
    Cluster,
}

/// What an edge says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// Article → outlet.
    PublishedBy,
    /// Claim → article.
    AppearsIn,
    /// Claim → actor.
    AttributedTo,
    /// Claim → the claim it was reported from.
    DerivedFrom,
    /// Claim → cluster.
    MemberOf,
    /// Claim → claim with different numbers.
    DisagreesWith,
    /// Cluster → an outlet whose articles carry it (collapsed pictures only).
    CarriedBy,
}

/// A node: its IRI, kind and label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The resource's IRI.
    pub iri: String,
    /// Its kind.
    pub kind: NodeKind,
    /// A readable label (name, headline, claim text).
    pub label: String,
}

/// Errors building the graph.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// The store could not answer.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The claim graph. Its nodes are in IRI order, which is how an IRI is looked up: the
/// graph is only ever built whole ([`ClaimGraph::from_parts`], [`BaseGraph::complete`]),
/// never changed after.
pub struct ClaimGraph {
    graph: DiGraph<Node, EdgeKind>,
}

impl ClaimGraph {
    /// Builds a graph from nodes and IRI-keyed edges; edges to unknown nodes are dropped.
    /// Nodes and edges are sorted so the same input always gives the same graph; of two
    /// nodes with one IRI, the first is kept.
    pub fn from_parts(nodes: Vec<Node>, edges: Vec<(String, String, EdgeKind)>) -> Self {
        let mut builder = build::GraphBuilder::default();
        for node in nodes {
            builder.add_node(&node.iri, node.kind, node.label);
        }
        for (a, b, kind) in edges {
            builder.add_edge(&a, &b, kind);
        }
        builder.finish()
    }

    /// The petgraph graph: nodes in IRI order.
    pub fn graph(&self) -> &DiGraph<Node, EdgeKind> {
        &self.graph
    }

    /// The node of an IRI.
    pub fn node(&self, iri: &str) -> Option<NodeIndex> {
        self.graph
            .raw_nodes()
            .binary_search_by(|n| n.weight.iri.as_str().cmp(iri))
            .ok()
            .map(NodeIndex::new)
    }

    /// The derivation chain of a claim, from the claim to its origin (the claim it was
    /// reported from, hop by hop, as far as the text says). A cycle ends the chain.
    pub fn chain(&self, claim: NodeIndex) -> Vec<NodeIndex> {
        let mut chain = vec![claim];
        let mut at = claim;
        while let Some(next) = self
            .graph
            .edges_directed(at, Direction::Outgoing)
            .filter(|e| *e.weight() == EdgeKind::DerivedFrom)
            .map(|e| e.target())
            .min()
        {
            if chain.contains(&next) {
                break;
            }
            chain.push(next);
            at = next;
        }
        chain
    }

    /// The origin of a claim: the last claim of its chain.
    pub fn origin(&self, claim: NodeIndex) -> NodeIndex {
        *self.chain(claim).last().unwrap_or(&claim)
    }

    /// Whether a claim is an inner hop of a chain: another claim was derived from it.
    pub fn is_inner(&self, claim: NodeIndex) -> bool {
        self.graph
            .edges_directed(claim, Direction::Incoming)
            .any(|e| *e.weight() == EdgeKind::DerivedFrom)
    }

    /// The outermost claim whose chain passes through this one: what the article itself
    /// carries ("the newspaper said, citing officials" for the officials' claim).
    pub fn outermost(&self, claim: NodeIndex) -> NodeIndex {
        let mut at = claim;
        let mut seen = vec![claim];
        while let Some(up) = self
            .graph
            .edges_directed(at, Direction::Incoming)
            .filter(|e| *e.weight() == EdgeKind::DerivedFrom)
            .map(|e| e.source())
            .min()
        {
            if seen.contains(&up) {
                break;
            }
            seen.push(up);
            at = up;
        }
        at
    }

    /// The actor a claim is attributed to.
    pub fn actor_of(&self, claim: NodeIndex) -> Option<NodeIndex> {
        self.graph
            .edges_directed(claim, Direction::Outgoing)
            .find(|e| *e.weight() == EdgeKind::AttributedTo)
            .map(|e| e.target())
    }

    /// The article a claim appears in.
    pub fn article_of(&self, claim: NodeIndex) -> Option<NodeIndex> {
        self.graph
            .edges_directed(claim, Direction::Outgoing)
            .find(|e| *e.weight() == EdgeKind::AppearsIn)
            .map(|e| e.target())
    }

    /// Member claims of a cluster.
    pub fn members(&self, cluster: NodeIndex) -> Vec<NodeIndex> {
        let mut m: Vec<NodeIndex> = self
            .graph
            .edges_directed(cluster, Direction::Incoming)
            .filter(|e| *e.weight() == EdgeKind::MemberOf)
            .map(|e| e.source())
            .collect();
        m.sort();
        m
    }

    /// The origin actor of a claim: the deepest named actor on its chain, else the deepest
    /// actor at all, else the article. Anonymous sources are per article, so "officials
    /// cited by the Times" in ten articles are ten nodes; the Times is the one origin
    /// they share.
    pub fn origin_actor(&self, claim: NodeIndex) -> NodeIndex {
        let actors: Vec<NodeIndex> = self
            .chain(claim)
            .iter()
            .filter_map(|&c| self.actor_of(c))
            .collect();
        actors
            .iter()
            .rev()
            .find(|&&a| self.graph[a].kind != NodeKind::Anonymous)
            .or(actors.last())
            .copied()
            .or_else(|| {
                let article = self.article_of(claim)?;
                self.publisher_of(article).or(Some(article))
            })
            .unwrap_or(claim)
    }

    /// The outlet that published an article, when known.
    pub fn publisher_of(&self, article: NodeIndex) -> Option<NodeIndex> {
        self.graph
            .edges_directed(article, Direction::Outgoing)
            .find(|e| *e.weight() == EdgeKind::PublishedBy)
            .map(|e| e.target())
    }

    /// The independent origins behind a cluster: distinct origin actors of its members
    /// (one newspaper re-run by ten outlets is one origin).
    pub fn independent_origins(&self, cluster: NodeIndex) -> Vec<NodeIndex> {
        let mut origins: Vec<NodeIndex> = self
            .members(cluster)
            .into_iter()
            .map(|c| self.origin_actor(self.outermost(c)))
            .collect();
        origins.sort();
        origins.dedup();
        origins
    }

    /// Origins as quads for the origins graph, so that SPARQL can ask for them without
    /// walking chains: each claim `cg:origin` its origin actor (see [`Self::origin_actor`],
    /// taken from what the article carries), each cluster `cg:origin` every independent
    /// origin and `cg:independentOrigins` their number. Made one node at a time: at
    /// 45,000 articles they are 0.9 million quads, which the relink turns into lines as
    /// they come rather than holding them all as quads first.
    pub fn origin_quads(&self) -> impl Iterator<Item = Quad> + '_ {
        let graph = GraphName::NamedNode(origins_graph());
        let iri = |i: NodeIndex| NamedNode::new_unchecked(self.graph[i].iri.as_str());
        self.graph.node_indices().flat_map(move |i| {
            let mut quads = Vec::new();
            match self.graph[i].kind {
                NodeKind::Claim => {
                    let origin = self.origin_actor(self.outermost(i));
                    quads.push(Quad::new(iri(i), cg::ORIGIN, iri(origin), graph.clone()));
                }
                NodeKind::Cluster => {
                    let origins = self.independent_origins(i);
                    let count = Literal::from(origins.len() as i64);
                    quads.push(Quad::new(
                        iri(i),
                        cg::INDEPENDENT_ORIGINS,
                        count,
                        graph.clone(),
                    ));
                    for o in origins {
                        quads.push(Quad::new(iri(i), cg::ORIGIN, iri(o), graph.clone()));
                    }
                }
                _ => {}
            }
            quads
        })
    }

    /// Renders the graph as GraphViz DOT.
    pub fn to_dot(&self) -> String {
        dot::render(self)
    }

    /// Renders the graph as JSON nodes and links, as d3 and networkx read them.
    pub fn to_json(&self) -> String {
        json::render(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(iri: &str, kind: NodeKind) -> Node {
        Node {
            iri: iri.into(),
            kind,
            label: format!("label \"{iri}\" \\ end"),
        }
    }

    fn sample() -> ClaimGraph {
        sample_with(true)
    }

    fn edge(a: &str, b: &str, kind: EdgeKind) -> (String, String, EdgeKind) {
        (a.to_owned(), b.to_owned(), kind)
    }

    /// A chain c1 → c2 (the Times) → c3 (anonymous officials), c1 in article a1 and in
    /// cluster k.
    fn sample_parts() -> (Vec<Node>, Vec<(String, String, EdgeKind)>) {
        let nodes = vec![
            n("a1", NodeKind::Article),
            n("c1", NodeKind::Claim),
            n("c2", NodeKind::Claim),
            n("c3", NodeKind::Claim),
            n("nyt", NodeKind::Outlet),
            n("anon", NodeKind::Anonymous),
            n("k", NodeKind::Cluster),
        ];
        let edges = vec![
            edge("c1", "c2", EdgeKind::DerivedFrom),
            edge("c2", "c3", EdgeKind::DerivedFrom),
            edge("c2", "nyt", EdgeKind::AttributedTo),
            edge("c3", "anon", EdgeKind::AttributedTo),
            edge("c1", "a1", EdgeKind::AppearsIn),
            edge("c1", "k", EdgeKind::MemberOf),
            edge("c1", "missing", EdgeKind::MemberOf),
        ];
        (nodes, edges)
    }

    fn sample_with(cycle: bool) -> ClaimGraph {
        let (nodes, mut edges) = sample_parts();
        if cycle {
            edges.push(edge("c3", "c1", EdgeKind::DerivedFrom));
        }
        ClaimGraph::from_parts(nodes, edges)
    }

    #[test]
    fn chains_follow_derivation_and_stop_at_cycles() {
        let g = sample();
        let c1 = g.node("c1").unwrap();
        let chain: Vec<&str> = g
            .chain(c1)
            .iter()
            .map(|&i| g.graph[i].iri.as_str())
            .collect();
        assert_eq!(chain, ["c1", "c2", "c3"]);
        let g = sample_with(false);
        let (c1, c3) = (g.node("c1").unwrap(), g.node("c3").unwrap());
        let origin = g.origin(c1);
        assert_eq!(g.graph[g.actor_of(origin).unwrap()].iri, "anon");
        assert_eq!(g.outermost(c3), c1);
        // The deepest named actor on the chain is the origin, not the anonymous source.
        assert_eq!(g.graph[g.origin_actor(c1)].iri, "nyt");
        assert_eq!(g.independent_origins(g.node("k").unwrap()).len(), 1);
    }

    #[test]
    fn origins_are_written_for_claims_and_clusters() {
        let (mut nodes, mut edges) = sample_parts();
        nodes.extend([n("pub", NodeKind::Outlet), n("own", NodeKind::Claim)]);
        // A claim in the article's own voice starts with its publisher.
        edges.extend([
            edge("own", "a1", EdgeKind::AppearsIn),
            edge("own", "k", EdgeKind::MemberOf),
            edge("a1", "pub", EdgeKind::PublishedBy),
        ]);
        let g = ClaimGraph::from_parts(nodes, edges);
        let quads: Vec<String> = g.origin_quads().map(|q| q.to_string()).collect();
        let has = |s: &str, p: &str, o: &str| {
            quads
                .iter()
                .any(|q| q.starts_with(&format!("<{s}> <{p}> {o} ")))
        };
        let origin = cg::ORIGIN.as_str();
        assert!(has("c1", origin, "<nyt>"), "{quads:#?}");
        assert!(has("c3", origin, "<nyt>"), "{quads:#?}");
        assert!(has("own", origin, "<pub>"), "{quads:#?}");
        assert!(
            has("k", origin, "<nyt>") && has("k", origin, "<pub>"),
            "{quads:#?}"
        );
        let count = "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>";
        assert!(
            has("k", cg::INDEPENDENT_ORIGINS.as_str(), count),
            "{quads:#?}"
        );
    }

    #[test]
    fn dot_escapes_labels_and_is_deterministic() {
        let dot = sample().to_dot();
        assert!(dot.starts_with("digraph claimgraph {"));
        assert!(dot.contains(r#"label \"c1\" \\ end"#), "{dot}");
        assert_eq!(dot, sample().to_dot());
    }
}
