//! A claimgraph dataset in a remote engine: graphs listed through its query endpoint,
//! read and written whole through its Graph Store endpoint.

use crate::{Auth, Endpoint, RemoteError};
use claimgraph_store::oxigraph::model::{NamedNode, Term, Triple};
use claimgraph_store::oxigraph::sparql::QueryResults;
use claimgraph_store::ClaimStore;
use claimgraph_vocab::ID_BASE;

/// Graphs listed per query: well under the 10,000 rows Virtuoso answers at most by default.
const LIST_PAGE: usize = 1000;

/// Quads pulled before they are loaded into the working store.
const PULL_BATCH: usize = 200_000;

/// The two endpoints of one remote dataset.
pub struct Remote {
    /// The SPARQL 1.1 Graph Store endpoint: reads and writes whole graphs.
    pub store: Endpoint,
    /// The SPARQL 1.1 query endpoint: lists the graphs.
    pub query: Endpoint,
}

impl Remote {
    /// The dataset behind a Graph Store URL. Its query endpoint is `query_url`, or,
    /// when that is None, the one the engine keeps beside its Graph Store (Oxigraph,
    /// Virtuoso, Fuseki, GraphDB).
    pub fn new(
        store_url: &str,
        query_url: Option<&str>,
        auth: Option<Auth>,
    ) -> Result<Self, RemoteError> {
        let query_url = match query_url {
            Some(url) => url.to_owned(),
            None => query_url_beside(store_url).ok_or_else(|| RemoteError::NoQueryEndpoint {
                url: store_url.to_owned(),
            })?,
        };
        Ok(Self {
            store: Endpoint::new(store_url, auth.clone()),
            query: Endpoint::new(&query_url, auth),
        })
    }

    /// The claimgraph graphs of the dataset (IRIs under [`ID_BASE`]) with their sizes in
    /// triples, in IRI order. Listed a page at a time, each page starting after the last
    /// IRI of the one before, so that no engine's cap on answer rows cuts the list.
    pub fn graph_sizes(&self) -> Result<Vec<(NamedNode, usize)>, RemoteError> {
        let mut sizes = Vec::new();
        loop {
            let after = sizes
                .last()
                .map_or(String::new(), |(g, _): &(NamedNode, usize)| {
                    g.as_str().to_owned()
                });
            let text = format!(
                "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} \
                 FILTER(STRSTARTS(STR(?g), \"{ID_BASE}\") && STR(?g) > \"{after}\") }} \
                 GROUP BY ?g ORDER BY (STR(?g)) LIMIT {LIST_PAGE}"
            );
            let QueryResults::Solutions(rows) = self.query.query(&text)? else {
                return Err(self.unexpected("a listing of graphs"));
            };
            let mut page = 0;
            for row in rows {
                let row = row.map_err(|e| self.answer_error(e.to_string()))?;
                let (Some(Term::NamedNode(g)), Some(Term::Literal(n))) =
                    (row.get("g"), row.get("n"))
                else {
                    return Err(self.unexpected("a graph and its size"));
                };
                let n = n
                    .value()
                    .parse()
                    .map_err(|_| self.unexpected("a count of triples"))?;
                sizes.push((g.clone(), n));
                page += 1;
            }
            if page < LIST_PAGE {
                return Ok(sizes);
            }
        }
    }

    /// Copies the dataset's claimgraph graphs, except `skip`, into `into`, checking each
    /// graph came back whole; `progress` hears (graphs done, graphs in all). Returns the
    /// graphs and triples copied.
    pub fn pull(
        &self,
        into: &ClaimStore,
        skip: &[NamedNode],
        mut progress: impl FnMut(usize, usize),
    ) -> Result<(usize, usize), RemoteError> {
        let graphs: Vec<(NamedNode, usize)> = self
            .graph_sizes()?
            .into_iter()
            .filter(|(g, _)| !skip.contains(g))
            .collect();
        let (mut batch_graphs, mut quads) = (Vec::new(), Vec::new());
        let mut triples = 0;
        for (done, (graph, size)) in graphs.iter().enumerate() {
            let got = self.store.graph_triples(graph.as_str())?;
            if got.len() != *size {
                return Err(RemoteError::Answer {
                    url: self.store.url().to_owned(),
                    reason: format!(
                        "graph {graph} came back with {} of its {size} triples: the engine cuts answers short (Virtuoso: raise ResultSetMaxRows in virtuoso.ini)",
                        got.len()
                    ),
                });
            }
            triples += got.len();
            quads.extend(got.into_iter().map(|t| t.in_graph(graph.clone())));
            batch_graphs.push(graph.clone());
            if quads.len() >= PULL_BATCH || done + 1 == graphs.len() {
                into.replace_graphs(
                    &std::mem::take(&mut batch_graphs),
                    std::mem::take(&mut quads),
                )?;
            }
            progress(done + 1, graphs.len());
        }
        Ok((graphs.len(), triples))
    }

    fn answer_error(&self, reason: String) -> RemoteError {
        RemoteError::Answer {
            url: self.query.url().to_owned(),
            reason,
        }
    }

    fn unexpected(&self, wanted: &str) -> RemoteError {
        self.answer_error(format!("expected {wanted}"))
    }
}

/// The query endpoint an engine serves beside its Graph Store endpoint.
fn query_url_beside(store_url: &str) -> Option<String> {
    let url = store_url.trim_end_matches('/');
    [
        ("/store", "/query"),                        // Oxigraph
        ("/sparql-graph-crud", "/sparql"),           // Virtuoso
        ("/sparql-graph-crud-auth", "/sparql-auth"), // Virtuoso, authenticated
        ("/data", "/query"),                         // Fuseki
        ("/rdf-graphs/service", ""),                 // GraphDB, RDF4J
    ]
    .iter()
    .find_map(|(graph_store, query)| {
        url.strip_suffix(graph_store)
            .map(|base| format!("{base}{query}"))
    })
}

/// What a push sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushReport {
    /// Graphs sent.
    pub graphs: usize,
    /// Triples sent.
    pub triples: usize,
    /// Requests made (a graph larger than a batch takes several).
    pub requests: usize,
}

/// Sends every named graph of `store` to a Graph Store endpoint, `batch` triples per
/// request at most; `progress` hears (graphs done, graphs in all) after each graph.
pub fn push(
    store: &ClaimStore,
    endpoint: &Endpoint,
    batch: usize,
    progress: impl FnMut(usize, usize),
) -> Result<PushReport, RemoteError> {
    push_graphs(store, &store.graphs()?, endpoint, batch, progress)
}

/// Sends the named graphs `graphs` of `store`, each replacing the remote graph of its
/// name, as [`push`] does for all of them.
pub fn push_graphs(
    store: &ClaimStore,
    graphs: &[NamedNode],
    endpoint: &Endpoint,
    batch: usize,
    mut progress: impl FnMut(usize, usize),
) -> Result<PushReport, RemoteError> {
    let mut report = PushReport::default();
    for (done, graph) in graphs.iter().enumerate() {
        let triples = store.graph_triples(graph)?;
        // An empty graph is still PUT: that is what empties the remote one.
        let chunks: Vec<&[Triple]> = if triples.is_empty() {
            vec![&[]]
        } else {
            triples.chunks(batch.max(1)).collect()
        };
        for (n, chunk) in chunks.into_iter().enumerate() {
            endpoint.store_graph(graph.as_str(), &ntriples(chunk), n > 0)?;
            report.requests += 1;
        }
        report.graphs += 1;
        report.triples += triples.len();
        progress(done + 1, graphs.len());
    }
    Ok(report)
}

/// Triples as N-Triples: oxrdf's Display is the N-Triples term syntax.
fn ntriples(triples: &[Triple]) -> Vec<u8> {
    let mut out = Vec::with_capacity(triples.len() * 160);
    for t in triples {
        out.extend_from_slice(t.to_string().as_bytes());
        out.extend_from_slice(b" .\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_endpoint_beside_each_engines_graph_store() {
        let cases = [
            ("http://h:7878/store", Some("http://h:7878/query")),
            (
                "http://h:8890/sparql-graph-crud",
                Some("http://h:8890/sparql"),
            ),
            (
                "http://h:8890/sparql-graph-crud-auth/",
                Some("http://h:8890/sparql-auth"),
            ),
            ("http://h:3030/ds/data", Some("http://h:3030/ds/query")),
            (
                "http://h:7200/repositories/news/rdf-graphs/service",
                Some("http://h:7200/repositories/news"),
            ),
            ("http://h/elsewhere", None),
        ];
        for (store, query) in cases {
            assert_eq!(query_url_beside(store).as_deref(), query, "{store}");
        }
    }
}
