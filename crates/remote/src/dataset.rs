//! A claimgraph dataset in a remote engine: graphs listed through its query endpoint,
//! read and written whole through its Graph Store endpoint.

use crate::{Auth, Endpoint, RemoteError};
use claimgraph_store::oxigraph::model::{NamedNode, NamedOrBlankNode, Term, Triple};
use claimgraph_store::oxigraph::sparql::QueryResults;
use claimgraph_store::ClaimStore;
use claimgraph_vocab::ID_BASE;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Graphs pulled before they are loaded into the working store.
const PULL_CHUNK: usize = 512;

/// Requests in flight while pulling.
const PULL_THREADS: usize = 4;

/// Rows per request when reading, unless told otherwise: half the 10,000 rows Virtuoso
/// answers at most by default.
pub const DEFAULT_PAGE: usize = 5000;

/// One graph's triples as read from a remote.
type Fetched = Result<Vec<Triple>, RemoteError>;

/// The two endpoints of one remote dataset.
pub struct Remote {
    /// The SPARQL 1.1 Graph Store endpoint: reads and writes whole graphs.
    pub store: Endpoint,
    /// The SPARQL 1.1 query endpoint: lists the graphs.
    pub query: Endpoint,
    /// Rows per request when reading: graphs up to this size come whole from the Graph
    /// Store, larger ones in pages of this many triples; graphs are listed this many at
    /// a time. It must stay under the engine's cap on answer rows.
    page: usize,
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
            page: DEFAULT_PAGE,
        })
    }

    /// The same dataset read `page` rows per request at most.
    pub fn with_page(mut self, page: usize) -> Self {
        self.page = page.max(2);
        self
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
                 GROUP BY ?g ORDER BY (STR(?g)) LIMIT {}",
                self.page
            );
            let QueryResults::Solutions(rows) = self.query.query(&text)? else {
                return Err(self.unexpected("a listing of graphs"));
            };
            let listed = sizes.len();
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
            }
            if sizes.len() - listed < self.page {
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
        let mut triples = 0;
        let mut done = 0;
        for chunk in graphs.chunks(PULL_CHUNK) {
            let mut quads = Vec::new();
            for ((graph, size), got) in chunk.iter().zip(self.fetch_all(chunk)) {
                let got = got?;
                if got.len() != *size {
                    return Err(RemoteError::Answer {
                        url: self.store.url().to_owned(),
                        reason: format!(
                            "graph {graph} came back with {} of its {size} triples: the engine cuts answers short: read fewer rows per request (--page) than its cap (Virtuoso: ResultSetMaxRows in virtuoso.ini)",
                            got.len()
                        ),
                    });
                }
                triples += got.len();
                quads.extend(got.into_iter().map(|t| t.in_graph(graph.clone())));
            }
            let names: Vec<NamedNode> = chunk.iter().map(|(g, _)| g.clone()).collect();
            into.replace_graphs(&names, quads)?;
            done += chunk.len();
            progress(done, graphs.len());
        }
        Ok((graphs.len(), triples))
    }

    /// The triples of several graphs, fetched by [`PULL_THREADS`] requests at a time:
    /// engines answer one small graph in milliseconds, most of it waiting on the network.
    fn fetch_all(&self, graphs: &[(NamedNode, usize)]) -> Vec<Fetched> {
        let next = AtomicUsize::new(0);
        let slots: Vec<Mutex<Option<Fetched>>> = graphs.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..PULL_THREADS.min(graphs.len()) {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((graph, size)) = graphs.get(i) else {
                        return;
                    };
                    let got = self.fetch(graph, *size);
                    *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(got);
                });
            }
        });
        slots
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .unwrap_or_else(|e| e.into_inner())
                    .unwrap_or_else(|| Err(self.answer_error("a fetch did not finish".into())))
            })
            .collect()
    }

    /// One graph: a Graph Store GET when it is small, pages of a SELECT when it is
    /// larger than an engine may answer at once (Virtuoso caps every answer at
    /// ResultSetMaxRows, 10,000 by default, the Graph Store's included).
    fn fetch(&self, graph: &NamedNode, size: usize) -> Result<Vec<Triple>, RemoteError> {
        if size <= self.page {
            return self.store.graph_triples(graph.as_str());
        }
        // Pages in subject order, each starting at the subject the last one was cut in.
        let mut triples = Vec::with_capacity(size);
        let mut from = String::new();
        loop {
            let text = format!(
                "SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} FILTER(STR(?s) >= \"{}\") }} \
                 ORDER BY (STR(?s)) LIMIT {}",
                from.replace('\\', "\\\\").replace('"', "\\\""),
                self.page
            );
            let QueryResults::Solutions(rows) = self.query.query(&text)? else {
                return Err(self.unexpected("triples"));
            };
            let mut page = Vec::with_capacity(self.page);
            for row in rows {
                let row = row.map_err(|e| self.answer_error(e.to_string()))?;
                let (Some(s), Some(Term::NamedNode(p)), Some(o)) =
                    (row.get("s"), row.get("p"), row.get("o"))
                else {
                    return Err(self.unexpected("a triple"));
                };
                let s = match s {
                    Term::NamedNode(n) => NamedOrBlankNode::from(n.clone()),
                    Term::BlankNode(b) => NamedOrBlankNode::from(b.clone()),
                    _ => return Err(self.unexpected("a subject")),
                };
                page.push(Triple::new(s, p.clone(), o.clone()));
            }
            if page.len() < self.page {
                triples.extend(page);
                return Ok(triples);
            }
            // The last subject may go on in the next page: it starts there whole.
            let last = page[page.len() - 1].subject.clone();
            page.retain(|t| t.subject != last);
            if page.is_empty() {
                return Err(self.answer_error(format!(
                    "{last} has more than {} triples in {graph}: too many to page",
                    self.page
                )));
            }
            triples.extend(page);
            from = match last {
                NamedOrBlankNode::NamedNode(n) => n.into_string(),
                NamedOrBlankNode::BlankNode(b) => b.into_string(),
            };
        }
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
