//! Reading the claim graph out of the store.

use crate::build::GraphBuilder;
use crate::{ClaimGraph, EdgeKind, GraphError, NodeKind};
use claimgraph_store::oxigraph::model::{NamedOrBlankNode, Term};
use claimgraph_store::ClaimStore;
use claimgraph_vocab::{cg, prov, schema};
use std::collections::{HashMap, HashSet};

/// A term as a plain string: an IRI, or a literal's value.
pub(crate) fn text(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

/// A subject as a plain string.
pub(crate) fn subject(node: &NamedOrBlankNode) -> String {
    match node {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        other => other.to_string(),
    }
}

/// Every subject and object of a predicate, as plain strings.
fn string_pairs(
    store: &ClaimStore,
    predicate: claimgraph_store::oxigraph::model::NamedNodeRef<'_>,
) -> Result<Vec<(String, String)>, GraphError> {
    Ok(store
        .subjects_objects(predicate)?
        .iter()
        .map(|(s, o)| (subject(s), text(o)))
        .collect())
}

/// Every claim in the store as (IRI, article IRI, text), in IRI order. Only claims have
/// a `schema:text` and a `schema:appearance`, so two predicate scans joined here find
/// them all: the relink's input and the claim graph's claims alike.
pub fn read_claims(store: &ClaimStore) -> Result<Vec<(String, String, String)>, GraphError> {
    let mut appearances: HashMap<String, String> = string_pairs(store, schema::APPEARANCE)?
        .into_iter()
        .collect();
    let mut claims: Vec<(String, String, String)> = string_pairs(store, schema::TEXT)?
        .into_iter()
        .filter_map(|(claim, text)| {
            let article = appearances.remove(&claim)?;
            Some((claim, article, text))
        })
        .collect();
    claims.sort_unstable();
    Ok(claims)
}

/// An optional query binding as a plain string, empty when unbound.
fn binding(term: &Option<Term>) -> String {
    term.as_ref().map(text).unwrap_or_default()
}

/// One claim as linking saw it, with the cluster linking put it in.
pub struct ClaimRow<'a> {
    /// The claim's IRI.
    pub iri: &'a str,
    /// The IRI of its article.
    pub article: &'a str,
    /// Its text.
    pub text: &'a str,
    /// Its cluster's IRI, if it has one.
    pub cluster: Option<&'a str>,
}

/// The parts of the claim graph that linking does not change: articles and their
/// outlets, actors, which claims an attribution carries and to whom, and derivations.
/// The relink reads them while the linker runs, then completes the graph with the
/// claims and links it already holds in memory.
pub struct BaseGraph {
    /// Articles and outlets, with the publishing and derivation edges.
    pub(crate) builder: GraphBuilder,
    pub(crate) attributed: HashSet<String>,
    pub(crate) attributions: Vec<(String, String)>,
    pub(crate) actor_kinds: HashMap<String, (NodeKind, String)>,
}

impl BaseGraph {
    /// Reads the parts from the store.
    ///
    /// Claims and their edges are read by scanning one predicate at a time and joined
    /// here: as SPARQL joins over the union graph the same reads took seconds on 20,000
    /// articles, and one query with OPTIONALs held gigabytes of partial solutions.
    pub fn read(store: &ClaimStore) -> Result<Self, GraphError> {
        let mut builder = GraphBuilder::default();
        for row in store.select("SELECT ?a ?doc ?title ?pub ?publabel WHERE { ?a a schema:NewsArticle ; cg:docId ?doc . OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:publisher ?pub . ?pub rdfs:label ?publabel } }")? {
            let title = binding(&row[2]);
            let label = if title.is_empty() { binding(&row[1]) } else { format!("{} — {title}", binding(&row[1])) };
            let (article, outlet) = (binding(&row[0]), binding(&row[3]));
            builder.add_node(&article, NodeKind::Article, label);
            if row[3].is_some() {
                builder.add_node(&outlet, NodeKind::Outlet, binding(&row[4]));
                builder.add_edge(&article, &outlet, EdgeKind::PublishedBy);
            }
        }
        let attributed: HashSet<String> = store
            .subjects_objects(cg::CLAIM)?
            .iter()
            .map(|(_, c)| text(c))
            .collect();
        let actors = "SELECT ?actor ?label ?type WHERE { ?actor a prov:Agent ; rdfs:label ?label ; a ?type .
            FILTER(?type IN (schema:Person, schema:Organization, schema:NewsMediaOrganization, cg:AnonymousSource)) }";
        let mut actor_kinds: HashMap<String, (NodeKind, String)> = HashMap::new();
        for row in store.select(actors)? {
            let kind = match binding(&row[2])
                .rsplit(['/', '#'])
                .next()
                .unwrap_or_default()
            {
                "Person" => NodeKind::Person,
                "Organization" => NodeKind::Organization,
                "NewsMediaOrganization" => NodeKind::Outlet,
                _ => NodeKind::Anonymous,
            };
            actor_kinds.insert(binding(&row[0]), (kind, binding(&row[1])));
        }
        let attributions = string_pairs(store, prov::WAS_ATTRIBUTED_TO)?;
        for (c, d) in store.subjects_objects(prov::WAS_DERIVED_FROM)? {
            builder.add_edge(&subject(&c), &text(&d), EdgeKind::DerivedFrom);
        }
        Ok(Self {
            builder,
            attributed,
            attributions,
            actor_kinds,
        })
    }

    /// The claim graph, from these parts and what linking gives: every claim, its
    /// cluster, the clusters (IRI, label) and the disagreeing pairs. Unattributed claims
    /// appear only when they belong to a cluster.
    pub fn complete<'a>(
        self,
        claims: impl IntoIterator<Item = ClaimRow<'a>>,
        clusters: impl IntoIterator<Item = (String, String)>,
        disagreements: impl IntoIterator<Item = (String, String)>,
    ) -> ClaimGraph {
        let Self {
            mut builder,
            attributed,
            attributions,
            actor_kinds,
        } = self;
        for claim in claims {
            if claim.cluster.is_none() && !attributed.contains(claim.iri) {
                continue;
            }
            builder.add_node(claim.iri, NodeKind::Claim, claim.text);
            builder.add_edge(claim.iri, claim.article, EdgeKind::AppearsIn);
            if let Some(cluster) = claim.cluster {
                builder.add_edge(claim.iri, cluster, EdgeKind::MemberOf);
            }
        }
        drop(attributed);
        for (claim, actor) in attributions {
            // Only claims already in the graph: most unattributed claims are not.
            if !builder.has_node(&claim) {
                continue;
            }
            if let Some((kind, label)) = actor_kinds.get(&actor) {
                builder.add_node(&actor, *kind, label.as_str());
                builder.add_edge(&claim, &actor, EdgeKind::AttributedTo);
            }
        }
        for (iri, label) in clusters {
            builder.add_node(&iri, NodeKind::Cluster, label);
        }
        for (c, d) in disagreements {
            // Stated both ways in the store; drawn once.
            let (c, d) = if c <= d { (c, d) } else { (d, c) };
            builder.add_edge(&c, &d, EdgeKind::DisagreesWith);
        }
        builder.finish()
    }
}

impl ClaimGraph {
    /// Reads the claim graph from a store: articles, their outlets, attributed claims,
    /// the actors they are attributed to, derivation chains, clusters and disagreements.
    pub fn from_store(store: &ClaimStore) -> Result<Self, GraphError> {
        let base = BaseGraph::read(store)?;
        let clusters: HashMap<String, String> =
            string_pairs(store, cg::CLUSTER)?.into_iter().collect();
        let claims = read_claims(store)?;
        let rows = claims.iter().map(|(claim, article, text)| ClaimRow {
            iri: claim,
            article,
            text,
            cluster: clusters.get(claim).map(String::as_str),
        });
        let labels: Vec<(String, String)> = store
            .select("SELECT ?k ?label WHERE { ?k a cg:ClaimCluster ; rdfs:label ?label }")?
            .iter()
            .map(|row| (binding(&row[0]), binding(&row[1])))
            .collect();
        let disagreements = string_pairs(store, cg::DISAGREES_WITH)?;
        Ok(base.complete(rows, labels, disagreements))
    }
}
