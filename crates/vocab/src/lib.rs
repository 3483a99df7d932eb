#![doc = include_str!("../README.md")]

use oxrdf::NamedNode;
use sha2::{Digest, Sha256};

/// The claimgraph vocabulary namespace (`cg:`).
pub const CG: &str = "https://w3id.org/claimgraph/ns#";
/// schema.org (`schema:`).
pub const SCHEMA: &str = "http://schema.org/";
/// W3C PROV-O (`prov:`).
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// NIF core (`nif:`), for mentions as spans of text.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// RDF Schema (`rdfs:`).
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// RDF (`rdf:`).
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// XML Schema datatypes (`xsd:`).
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// Base of every resource claimgraph mints.
pub const ID_BASE: &str = "https://w3id.org/claimgraph/id/";
/// The named graph that holds cross-article links.
pub const LINKS_GRAPH: &str = "https://w3id.org/claimgraph/id/graph/links";
/// The named graph of claim origins (`cg:origin`, `cg:independentOrigins`): computed from
/// the links graph and the citation chains, kept apart so each is rewritten alone.
pub const ORIGINS_GRAPH: &str = "https://w3id.org/claimgraph/id/graph/origins";
/// The named graph that describes named actors (type, name, titles) once for the whole
/// corpus. Were each article graph to repeat "Reuters is an outlet named Reuters", a
/// query over the union graph would see that triple once per article and joins on
/// actor names would grow with the square of the corpus.
pub const ACTORS_GRAPH: &str = "https://w3id.org/claimgraph/id/graph/actors";

/// The SPARQL prefix header for every namespace above, prepended to canned and ad-hoc
/// queries so that users can write `cg:Attribution` without declaring it.
pub const SPARQL_PREFIXES: &str = "PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX cgid: <https://w3id.org/claimgraph/id/>
";

/// `(prefix, namespace)` pairs, for serializers that abbreviate IRIs (Turtle, DOT labels).
pub const PREFIXES: &[(&str, &str)] = &[
    ("cg", CG),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("nif", NIF),
    ("rdfs", RDFS),
    ("rdf", RDF),
    ("xsd", XSD),
    ("cgid", ID_BASE),
];

macro_rules! terms {
    ($(#[$doc:meta])* $module:ident, $ns:literal, { $($name:ident = $local:literal),* $(,)? }) => {
        $(#[$doc])*
        pub mod $module {
            $(
                #[doc = concat!("`", $ns, $local, "`")]
                pub const $name: oxrdf::NamedNodeRef<'static> =
                    oxrdf::NamedNodeRef::new_unchecked(concat!($ns, $local));
            )*
        }
    };
}

terms!(
    /// Terms of the claimgraph namespace.
    cg, "https://w3id.org/claimgraph/ns#", {
    ATTRIBUTION = "Attribution",
    ANONYMOUS_SOURCE = "AnonymousSource",
    CLAIM_CLUSTER = "ClaimCluster",
    DIRECT = "Direct",
    INDIRECT = "Indirect",
    MIXED = "Mixed",
    DOC_ID = "docId",
    CONTENT_HASH = "contentHash",
    IN_ARTICLE = "inArticle",
    CUE = "cue",
    CONTENT = "content",
    SOURCE = "source",
    ATTRIBUTED_TO = "attributedTo",
    CUE_LEMMA = "cueLemma",
    QUOTE_KIND = "quoteKind",
    VIA = "via",
    CLAIM = "claim",
    MENTION = "mention",
    UNATTRIBUTED = "unattributed",
    CLUSTER = "cluster",
    MEMBER = "member",
    DISAGREES_WITH = "disagreesWith",
    HEDGE = "hedge",
    COUNT = "count",
    AGENCY = "agency",
    DATELINE = "dateline",
    ORIGIN = "origin",
    ARTICLE_COUNT = "articleCount",
    INDEPENDENT_ORIGINS = "independentOrigins",
});

terms!(
    /// Terms of schema.org.
    schema, "http://schema.org/", {
    NEWS_ARTICLE = "NewsArticle",
    PERSON = "Person",
    ORGANIZATION = "Organization",
    NEWS_MEDIA_ORGANIZATION = "NewsMediaOrganization",
    CLAIM = "Claim",
    HEADLINE = "headline",
    DATE_PUBLISHED = "datePublished",
    PUBLISHER = "publisher",
    URL = "url",
    TEXT = "text",
    APPEARANCE = "appearance",
    JOB_TITLE = "jobTitle",
    AFFILIATION = "affiliation",
    SAME_AS = "sameAs",
    NAME = "name",
});

terms!(
    /// Terms of PROV-O.
    prov, "http://www.w3.org/ns/prov#", {
    AGENT = "Agent",
    WAS_ATTRIBUTED_TO = "wasAttributedTo",
    WAS_DERIVED_FROM = "wasDerivedFrom",
});

terms!(
    /// Terms of NIF core.
    nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    STRING = "String",
    BEGIN_INDEX = "beginIndex",
    END_INDEX = "endIndex",
    ANCHOR_OF = "anchorOf",
    REFERENCE_CONTEXT = "referenceContext",
});

terms!(
    /// Terms of RDF Schema.
    rdfs, "http://www.w3.org/2000/01/rdf-schema#", {
    LABEL = "label",
});

terms!(
    /// Terms of RDF.
    rdf, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", {
    TYPE = "type",
});

/// The kind of an actor, which decides both its `rdf:type` and its IRI path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    /// A named person (`schema:Person`).
    Person,
    /// A named organisation that is not a news outlet (`schema:Organization`).
    Organization,
    /// A news outlet or agency (`schema:NewsMediaOrganization`).
    Outlet,
    /// An unnamed source ("two American officials"), per article (`cg:AnonymousSource`).
    Anonymous,
}

impl ActorKind {
    /// The IRI path segment under [`ID_BASE`] for named actors of this kind.
    pub fn path(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "org",
            Self::Outlet => "outlet",
            Self::Anonymous => "source",
        }
    }
}

/// Builds a named node from a string this crate has already made valid.
fn node(iri: String) -> NamedNode {
    // Every caller composes ID_BASE with percent-encoded or slugged segments, so the IRI
    // is valid by construction; checking would cost a parse per quad in the hot path.
    NamedNode::new_unchecked(iri)
}

/// The IRI of an article, from its document id. This is also its named graph.
pub fn article_iri(doc_id: &str) -> NamedNode {
    node(format!("{ID_BASE}article/{}", encode_segment(doc_id)))
}

/// The IRI of a mention: `<article#char=B,E>` in Unicode code points (RFC 5147 style).
pub fn mention_iri(article: &NamedNode, begin: usize, end: usize) -> NamedNode {
    node(format!("{}#char={begin},{end}", article.as_str()))
}

/// The IRI of the `n`-th attribution of an article, in text order.
pub fn attribution_iri(article: &NamedNode, n: usize) -> NamedNode {
    node(format!("{}/attribution/{n}", article.as_str()))
}

/// The IRI of the claim of the `n`-th attribution of an article (or of the `n`-th
/// unattributed claim, under `unattributed/`).
pub fn claim_iri(article: &NamedNode, kind: &str, n: usize) -> NamedNode {
    node(format!("{}/claim/{kind}{n}", article.as_str()))
}

/// The IRI of a named actor: one node across the corpus, keyed by its kind and the slug
/// of its canonical name, so "Ned Price" in two articles is the same IRI.
pub fn actor_iri(kind: ActorKind, canonical_name: &str) -> NamedNode {
    node(format!("{ID_BASE}{}/{}", kind.path(), slug(canonical_name)))
}

/// The IRI of an anonymous source: per article, keyed by where it is first mentioned.
pub fn anonymous_source_iri(article: &NamedNode, begin: usize) -> NamedNode {
    node(format!("{}/source/{begin}", article.as_str()))
}

/// The IRI of a claim cluster, keyed by a stable key of its members.
pub fn cluster_iri(key: &str) -> NamedNode {
    node(format!("{ID_BASE}cluster/{}", &short_hash(key)[..16]))
}

/// The links graph as a named node.
pub fn links_graph() -> NamedNode {
    node(LINKS_GRAPH.to_owned())
}

/// The origins graph.
pub fn origins_graph() -> NamedNode {
    node(ORIGINS_GRAPH.to_owned())
}

/// The actors graph.
pub fn actors_graph() -> NamedNode {
    node(ACTORS_GRAPH.to_owned())
}

/// Hex SHA-256 of a string: article content hashes and cluster keys.
pub fn short_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// A slug of a name: lowercase letters and digits joined by `-`. Dots vanish so that
/// "U.S." and "US" agree; a leading "the" is dropped so "The New York Times" and
/// "New York Times" agree.
pub fn slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for ch in name.chars() {
        if ch.is_alphanumeric() {
            current.extend(ch.to_lowercase());
        } else if ch == '.' || ch == '\'' || ch == '’' {
            // "U.S." → "us", "O'Brien" → "obrien": these marks live inside a word.
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    if words.is_empty() {
        return "_".to_owned();
    }
    words.join("-")
}

/// Percent-encodes a document id for use as one IRI path segment. Unreserved ASCII and
/// non-ASCII letters (valid in IRIs) pass through; everything else is escaped.
pub fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for ch in segment.chars() {
        let unreserved = ch.is_ascii_alphanumeric() || matches!(ch, '-' | '.' | '_' | '~');
        if unreserved || (!ch.is_ascii() && ch.is_alphanumeric()) {
            out.push(ch);
        } else {
            let mut buf = [0u8; 4];
            for byte in ch.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_case_dots_and_leading_article() {
        assert_eq!(slug("Ned Price"), "ned-price");
        assert_eq!(slug("Ned price"), "ned-price");
        assert_eq!(slug("The New York Times"), slug("New York Times"));
        assert_eq!(slug("U.S. Embassy"), slug("US embassy"));
        assert_eq!(slug("..."), "_");
    }

    #[test]
    fn article_iris_are_valid_and_deterministic() {
        let a = article_iri("001 weird/id?");
        assert_eq!(a, article_iri("001 weird/id?"));
        assert!(NamedNode::new(a.as_str()).is_ok(), "{a}");
        let m = mention_iri(&a, 3, 9);
        assert!(m.as_str().ends_with("#char=3,9"));
        assert!(NamedNode::new(m.as_str()).is_ok());
    }

    #[test]
    fn terms_are_valid_iris() {
        for t in [
            cg::ATTRIBUTION,
            schema::CLAIM,
            prov::WAS_DERIVED_FROM,
            nif::ANCHOR_OF,
        ] {
            assert!(NamedNode::new(t.as_str()).is_ok());
        }
        assert!(SPARQL_PREFIXES.contains(CG));
    }
}
