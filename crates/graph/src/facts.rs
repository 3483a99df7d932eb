//! The statements the origins are computed from, as plain strings, per graph: what
//! [`BaseGraph`] needs of articles, outlets, actors, attributions and chains.
//!
//! Kept per graph so that a relink can drop a replaced article's facts and add the new
//! article's, taken from the quads it is about to load, without reading the rest of the
//! claim graph back from RocksDB (four seconds on 22,000 articles, most of a relink).

use crate::build::GraphBuilder;
use crate::read::{subject, text};
use crate::{BaseGraph, EdgeKind, GraphError, NodeKind};
use claimgraph_store::oxigraph::model::{GraphName, NamedNodeRef, Quad, Term};
use claimgraph_store::ClaimStore;
use claimgraph_vocab::{cg, links_graph, origins_graph, prov, rdf, rdfs, schema};
use std::collections::{HashMap, HashSet};

/// Which statement a fact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    /// `rdf:type`, for the types the origins tell apart.
    Type,
    /// `cg:docId` of an article.
    DocId,
    /// `schema:headline` of an article.
    Headline,
    /// `schema:publisher` of an article.
    Publisher,
    /// `cg:claim` of an attribution: the claim is attributed.
    Claim,
    /// `prov:wasAttributedTo` of a claim.
    AttributedTo,
    /// `prov:wasDerivedFrom` between claims.
    DerivedFrom,
    /// `rdfs:label` of an actor.
    Label,
}

impl FactKind {
    const ALL: [FactKind; 8] = [
        FactKind::Type,
        FactKind::DocId,
        FactKind::Headline,
        FactKind::Publisher,
        FactKind::Claim,
        FactKind::AttributedTo,
        FactKind::DerivedFrom,
        FactKind::Label,
    ];

    fn predicate(self) -> NamedNodeRef<'static> {
        match self {
            FactKind::Type => rdf::TYPE,
            FactKind::DocId => cg::DOC_ID,
            FactKind::Headline => schema::HEADLINE,
            FactKind::Publisher => schema::PUBLISHER,
            FactKind::Claim => cg::CLAIM,
            FactKind::AttributedTo => prov::WAS_ATTRIBUTED_TO,
            FactKind::DerivedFrom => prov::WAS_DERIVED_FROM,
            FactKind::Label => rdfs::LABEL,
        }
    }

    /// A byte for files.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The kind of a byte written by [`FactKind::code`].
    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.get(usize::from(code)).copied()
    }
}

/// One statement: subject, kind, object (an IRI, or a literal's value).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fact {
    /// The subject's IRI.
    pub subject: String,
    /// What is stated.
    pub kind: FactKind,
    /// The object: an IRI, or a literal's value.
    pub object: String,
}

/// The types whose `rdf:type` statements are facts.
const TYPES: [NamedNodeRef<'static>; 6] = [
    schema::NEWS_ARTICLE,
    prov::AGENT,
    schema::PERSON,
    schema::ORGANIZATION,
    schema::NEWS_MEDIA_ORGANIZATION,
    cg::ANONYMOUS_SOURCE,
];

/// The fact a quad states, if it is one the origins need.
pub fn fact_of(quad: &Quad) -> Option<Fact> {
    let kind = FactKind::ALL
        .into_iter()
        .find(|k| k.predicate() == quad.predicate.as_ref())?;
    if kind == FactKind::Type
        && !matches!(&quad.object, Term::NamedNode(t) if TYPES.contains(&t.as_ref()))
    {
        return None;
    }
    Some(Fact {
        subject: subject(&quad.subject),
        kind,
        object: text(&quad.object),
    })
}

/// Every fact in the store, with the graph that states it: articles' graphs and the
/// actors graph, not the derived graphs (clusters have labels too).
pub fn read_facts(store: &ClaimStore) -> Result<Vec<(String, Fact)>, GraphError> {
    let derived = [links_graph(), origins_graph()];
    let mut out = Vec::new();
    for kind in FactKind::ALL {
        let objects: Vec<Option<NamedNodeRef<'_>>> = if kind == FactKind::Type {
            TYPES.iter().map(|t| Some(*t)).collect()
        } else {
            vec![None]
        };
        for object in objects {
            for quad in store.inner().quads_for_pattern(
                None,
                Some(kind.predicate()),
                object.map(Into::into),
                None,
            ) {
                let quad = quad.map_err(claimgraph_store::StoreError::from)?;
                let GraphName::NamedNode(graph) = &quad.graph_name else {
                    continue;
                };
                if derived.iter().any(|d| d == graph) {
                    continue;
                }
                if let Some(fact) = fact_of(&quad) {
                    out.push((graph.as_str().to_owned(), fact));
                }
            }
        }
    }
    Ok(out)
}

impl BaseGraph {
    /// The parts from facts, as [`BaseGraph::read`] builds them from the store: an
    /// article needs its type and document id (its headline and an outlet with a label
    /// are optional); an actor needs `prov:Agent`, one of the four actor types and a
    /// label. Where a resource has several labels or headlines the least is taken, so
    /// the result does not depend on the facts' order.
    pub fn from_facts<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> Self {
        let mut types: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut first: HashMap<(&str, FactKind), &str> = HashMap::new();
        let mut attributed: HashSet<String> = HashSet::new();
        let mut attributions: Vec<(String, String)> = Vec::new();
        let mut builder = GraphBuilder::default();
        for f in facts {
            match f.kind {
                FactKind::Type => types.entry(&f.subject).or_default().push(&f.object),
                FactKind::Claim => {
                    attributed.insert(f.object.clone());
                }
                FactKind::AttributedTo => {
                    attributions.push((f.subject.clone(), f.object.clone()));
                }
                FactKind::DerivedFrom => {
                    builder.add_edge(&f.subject, &f.object, EdgeKind::DerivedFrom);
                }
                kind => {
                    let least = first.entry((&f.subject, kind)).or_insert(&f.object);
                    if f.object.as_str() < *least {
                        *least = &f.object;
                    }
                }
            }
        }
        attributions.sort_unstable();
        attributions.dedup();
        let get = |s: &str, kind| first.get(&(s, kind)).copied();
        let has_type = |s: &str, t: NamedNodeRef<'_>| {
            types
                .get(s)
                .is_some_and(|ts| ts.iter().any(|x| *x == t.as_str()))
        };
        let mut actor_kinds: HashMap<String, (NodeKind, String)> = HashMap::new();
        let mut subjects: Vec<&str> = types.keys().copied().collect();
        subjects.sort_unstable();
        for s in subjects {
            if has_type(s, schema::NEWS_ARTICLE) {
                if let Some(doc) = get(s, FactKind::DocId) {
                    let label = match get(s, FactKind::Headline) {
                        Some(title) => format!("{doc} — {title}"),
                        None => doc.to_owned(),
                    };
                    builder.add_node(s, NodeKind::Article, label);
                    let outlet = get(s, FactKind::Publisher)
                        .and_then(|p| Some((p, get(p, FactKind::Label)?)));
                    if let Some((p, label)) = outlet {
                        builder.add_node(p, NodeKind::Outlet, label);
                        builder.add_edge(s, p, EdgeKind::PublishedBy);
                    }
                }
            }
            if has_type(s, prov::AGENT) {
                let kind = [
                    (schema::PERSON, NodeKind::Person),
                    (schema::ORGANIZATION, NodeKind::Organization),
                    (schema::NEWS_MEDIA_ORGANIZATION, NodeKind::Outlet),
                    (cg::ANONYMOUS_SOURCE, NodeKind::Anonymous),
                ]
                .into_iter()
                .find(|(t, _)| has_type(s, *t));
                if let (Some((_, kind)), Some(label)) = (kind, get(s, FactKind::Label)) {
                    actor_kinds.insert(s.to_owned(), (kind, label.to_owned()));
                }
            }
        }
        Self {
            builder,
            attributed,
            attributions,
            actor_kinds,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read_claims, ClaimRow};
    use claimgraph_corpus::{read_inputs, ReadOptions};
    use claimgraph_extract::{extract, to_quads};

    /// The bundled corpus's quads, as an ingest would load them.
    fn corpus_quads() -> Vec<Quad> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kabul-2021-08");
        read_inputs([dir], ReadOptions::default())
            .map(|doc| doc.expect("the bundled corpus reads"))
            .flat_map(|doc| to_quads(&doc, &extract(&doc)))
            .collect()
    }

    fn origins(base: BaseGraph, store: &ClaimStore) -> Vec<String> {
        let claims = read_claims(store).unwrap();
        let rows = claims.iter().map(|(iri, article, text)| ClaimRow {
            iri,
            article,
            text,
            cluster: None,
        });
        let mut quads: Vec<String> = base
            .complete(rows, Vec::new(), Vec::new())
            .origin_quads()
            .map(|q| q.to_string())
            .collect();
        quads.sort();
        quads
    }

    #[test]
    fn facts_give_the_origins_that_reading_the_store_gives() {
        let quads = corpus_quads();
        let store = ClaimStore::in_memory().unwrap();
        let mut graphs: Vec<_> = quads
            .iter()
            .filter_map(|q| match &q.graph_name {
                GraphName::NamedNode(g) => Some(g.clone()),
                _ => None,
            })
            .collect();
        graphs.sort();
        graphs.dedup();
        store.replace_graphs(&graphs, quads.clone()).unwrap();
        // The facts an ingest takes from its own quads are the facts in the store.
        let mut from_quads: Vec<(String, Fact)> = quads
            .iter()
            .filter_map(|q| {
                let GraphName::NamedNode(g) = &q.graph_name else {
                    return None;
                };
                Some((g.as_str().to_owned(), fact_of(q)?))
            })
            .collect();
        let mut from_store = read_facts(&store).unwrap();
        from_quads.sort();
        from_quads.dedup();
        from_store.sort();
        assert_eq!(from_quads.len(), from_store.len());
        assert!(from_quads == from_store);
        assert!(from_store
            .iter()
            .any(|(_, f)| f.kind == FactKind::DerivedFrom));
        // And the origins built from them are those built from the store.
        let by_facts = BaseGraph::from_facts(from_store.iter().map(|(_, f)| f));
        let expected = origins(BaseGraph::read(&store).unwrap(), &store);
        assert!(expected.len() > 20, "{}", expected.len());
        assert_eq!(origins(by_facts, &store), expected);
    }

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in FactKind::ALL {
            assert_eq!(FactKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(FactKind::from_code(200), None);
    }
}
