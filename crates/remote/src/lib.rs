#![doc = include_str!("../README.md")]

use base64::Engine;
use claimgraph_store::oxigraph::io::{RdfFormat, RdfParser};
use claimgraph_store::oxigraph::model::Triple;
use claimgraph_store::oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use claimgraph_store::oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use claimgraph_store::{ClaimStore, StoreError};
use std::io::Read;
use std::time::Duration;

/// What can go wrong talking to a remote endpoint.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The endpoint answered with an error status.
    #[error("{url} answered {status}: {body}")]
    Status {
        /// The request's URL.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The start of the answer's body: the endpoint's own explanation.
        body: String,
    },
    /// The endpoint could not be reached.
    #[error("cannot reach {url}: {reason}")]
    Transport {
        /// The request's URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// The answer was not what the protocol promises.
    #[error("unreadable answer from {url}: {reason}")]
    Answer {
        /// The request's URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Credentials sent with every request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// HTTP basic authentication.
    Basic {
        /// The user name.
        user: String,
        /// The password.
        password: String,
    },
}

impl Auth {
    /// `USER:PASSWORD` is basic authentication; anything else is a bearer token.
    pub fn parse(text: &str) -> Self {
        match text.split_once(':') {
            Some((user, password)) => Self::Basic {
                user: user.to_owned(),
                password: password.to_owned(),
            },
            None => Self::Bearer(text.to_owned()),
        }
    }

    fn header(&self) -> String {
        match self {
            Self::Bearer(token) => format!("Bearer {token}"),
            Self::Basic { user, password } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            ),
        }
    }
}

/// How many times a request is tried before its error is reported.
const ATTEMPTS: u32 = 4;

/// A remote endpoint: one URL, its credentials, and an HTTP agent.
pub struct Endpoint {
    url: String,
    auth: Option<Auth>,
    agent: ureq::Agent,
    /// Wait before the first retry; doubled for each further one.
    backoff: Duration,
}

impl Endpoint {
    /// An endpoint at `url`.
    pub fn new(url: &str, auth: Option<Auth>) -> Self {
        Self {
            url: url.to_owned(),
            auth,
            agent: ureq::AgentBuilder::new()
                .timeout_connect(Duration::from_secs(10))
                .timeout_read(Duration::from_secs(600))
                .build(),
            backoff: Duration::from_millis(500),
        }
    }

    /// The same endpoint with another first retry wait (tests make it short).
    pub fn with_backoff(mut self, backoff: Duration) -> Self {
        self.backoff = backoff;
        self
    }

    /// Sends a request, retrying transport errors, 5xx and 429 with backoff.
    fn send(
        &self,
        method: &str,
        query: &[(&str, &str)],
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<ureq::Response, RemoteError> {
        let mut wait = self.backoff;
        let mut attempt = 1;
        loop {
            let mut request = self.agent.request(method, &self.url);
            for (name, value) in query {
                request = request.query(name, value);
            }
            for (name, value) in headers {
                request = request.set(name, value);
            }
            if let Some(auth) = &self.auth {
                request = request.set("Authorization", &auth.header());
            }
            let url = request.url().to_owned();
            let retry = match request.send_bytes(body) {
                Ok(response) => return Ok(response),
                Err(ureq::Error::Status(status, response)) => {
                    let mut text = String::new();
                    let _ = response.into_reader().take(2000).read_to_string(&mut text);
                    let error = RemoteError::Status {
                        url,
                        status,
                        body: text.trim().to_owned(),
                    };
                    if status < 500 && status != 429 {
                        return Err(error);
                    }
                    error
                }
                Err(ureq::Error::Transport(t)) => RemoteError::Transport {
                    url,
                    reason: t.to_string(),
                },
            };
            if attempt == ATTEMPTS {
                return Err(retry);
            }
            std::thread::sleep(wait);
            wait *= 2;
            attempt += 1;
        }
    }

    /// Runs a query and reads the answer as Oxigraph's results: SELECT and ASK as SPARQL
    /// JSON, CONSTRUCT and DESCRIBE as N-Triples.
    pub fn query(&self, query: &spargebra::Query) -> Result<QueryResults<'static>, RemoteError> {
        let graph = matches!(
            query,
            spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. }
        );
        let accept = if graph {
            "application/n-triples"
        } else {
            "application/sparql-results+json"
        };
        let text = query.to_string();
        let response = self.send(
            "POST",
            &[],
            &[
                ("Content-Type", "application/sparql-query"),
                ("Accept", accept),
            ],
            text.as_bytes(),
        )?;
        let url = response.get_url().to_owned();
        let answer = |reason: String| RemoteError::Answer {
            url: url.clone(),
            reason,
        };
        let reader = response.into_reader();
        if graph {
            let triples = RdfParser::from_format(RdfFormat::NTriples)
                .for_reader(reader)
                .map(|quad| {
                    quad.map(Triple::from)
                        .map_err(|e| QueryEvaluationError::Service(Box::new(e)))
                });
            Ok(QueryResults::Graph(QueryTripleIter::new(triples)))
        } else {
            let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
                .for_reader(reader)
                .map_err(|e| answer(e.to_string()))?;
            Ok(parsed.into())
        }
    }

    /// Replaces (`append` false: PUT) or extends (POST) one graph with N-Triples.
    fn store_graph(&self, graph: &str, ntriples: &[u8], append: bool) -> Result<(), RemoteError> {
        self.send(
            if append { "POST" } else { "PUT" },
            &[(self.graph_parameter(), graph)],
            &[("Content-Type", "application/n-triples")],
            ntriples,
        )
        .map(drop)
    }

    /// Virtuoso's Graph Store names the graph `graph-uri`; the standard says `graph`.
    fn graph_parameter(&self) -> &'static str {
        let path = self.url.trim_end_matches('/');
        if path.ends_with("/sparql-graph-crud") || path.ends_with("/sparql-graph-crud-auth") {
            "graph-uri"
        } else {
            "graph"
        }
    }
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
    mut progress: impl FnMut(usize, usize),
) -> Result<PushReport, RemoteError> {
    let graphs = store.graphs()?;
    let mut report = PushReport::default();
    for (done, graph) in graphs.iter().enumerate() {
        let triples = store.graph_triples(graph)?;
        for (n, chunk) in triples.chunks(batch.max(1)).enumerate() {
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
    fn credentials_are_basic_with_a_colon_and_bearer_without() {
        assert_eq!(Auth::parse("s3cret").header(), "Bearer s3cret");
        // RFC 7617's example.
        assert_eq!(
            Auth::parse("Aladdin:open sesame").header(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }
}
