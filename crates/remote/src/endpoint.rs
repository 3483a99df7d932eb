//! One HTTP endpoint: requests with credentials, retries and backoff; the SPARQL 1.1
//! Protocol's query operation and the Graph Store Protocol's graph operations on top.

use crate::auth::{Auth, DigestChallenge};
use crate::RemoteError;
use claimgraph_store::oxigraph::io::{RdfFormat, RdfParser};
use claimgraph_store::oxigraph::model::Triple;
use claimgraph_store::oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use claimgraph_store::oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use claimgraph_vocab::SPARQL_PREFIXES;
use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

/// How many times a request is tried before its error is reported.
const ATTEMPTS: u32 = 4;

/// A remote endpoint: one URL, its credentials, and an HTTP agent.
pub struct Endpoint {
    url: String,
    auth: Option<Auth>,
    /// The endpoint's last digest challenge, answered by every later request.
    digest: Mutex<Option<DigestChallenge>>,
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
            digest: Mutex::new(None),
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

    /// The endpoint's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The `Authorization` header for a request: the digest answer once the endpoint
    /// has challenged, the plain credentials before.
    fn authorization(&self, method: &str, request: &ureq::Request) -> Option<String> {
        let auth = self.auth.as_ref()?;
        if let Auth::Basic { user, password } = auth {
            let mut digest = self.digest.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(challenge) = digest.as_mut() {
                let uri = request.request_url().map_or_else(
                    |_| "/".to_owned(),
                    |u| {
                        let url = u.as_url();
                        match url.query() {
                            Some(q) => format!("{}?{q}", url.path()),
                            None => url.path().to_owned(),
                        }
                    },
                );
                return Some(challenge.answer(user, password, method, &uri));
            }
        }
        Some(auth.header())
    }

    /// Sends a request (`body` None: none at all), retrying transport errors, 5xx and
    /// 429 with backoff, and answering one digest challenge when credentials are set.
    fn send(
        &self,
        method: &str,
        query: &[(&str, &str)],
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Result<ureq::Response, RemoteError> {
        let mut wait = self.backoff;
        let mut attempt = 1;
        // Virtuoso answers a request carrying basic credentials with a bare 401, and
        // challenges for digest only when asked without any: so a refused user and
        // password are sent once more without credentials, to learn the scheme.
        let (mut challenged, mut bare) = (false, false);
        loop {
            let mut request = self.agent.request(method, &self.url);
            for (name, value) in query {
                request = request.query(name, value);
            }
            for (name, value) in headers {
                request = request.set(name, value);
            }
            if let Some(header) = self.authorization(method, &request).filter(|_| !bare) {
                request = request.set("Authorization", &header);
            }
            let url = request.url().to_owned();
            let result = match body {
                Some(body) => request.send_bytes(body),
                None => request.call(),
            };
            let retry = match result {
                Ok(response) => return Ok(response),
                Err(ureq::Error::Status(401, response))
                    if !challenged && matches!(self.auth, Some(Auth::Basic { .. })) =>
                {
                    let challenge = response
                        .all("WWW-Authenticate")
                        .into_iter()
                        .find_map(DigestChallenge::parse);
                    match challenge {
                        Some(challenge) => {
                            *self.digest.lock().unwrap_or_else(|e| e.into_inner()) =
                                Some(challenge);
                            (challenged, bare) = (true, false);
                            continue;
                        }
                        None if !bare && response.header("WWW-Authenticate").is_none() => {
                            bare = true;
                            continue;
                        }
                        None => return Err(status_error(url, 401, response)),
                    }
                }
                Err(ureq::Error::Status(status, response)) => {
                    let error = status_error(url, status, response);
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
    ///
    /// The query is parsed here first, so a syntax error is reported without a request,
    /// but it is sent as written, with the claimgraph prefixes declared before it: engines
    /// differ in what they accept (Virtuoso 7 refuses the blank nodes that a property
    /// path becomes once rewritten as algebra), and the text is what the user tested.
    /// It goes as an HTML form (`query=…`), which every engine takes; Virtuoso 7 never
    /// answers a body sent as `application/sparql-query`.
    pub fn query(&self, text: &str) -> Result<QueryResults<'static>, RemoteError> {
        let query = claimgraph_store::parse_query(text)?;
        let graph = matches!(
            query,
            spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. }
        );
        let accept = if graph {
            "application/n-triples"
        } else {
            "application/sparql-results+json"
        };
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("query", &format!("{SPARQL_PREFIXES}{text}"))
            .finish();
        let response = self.send(
            "POST",
            &[],
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Accept", accept),
            ],
            Some(form.as_bytes()),
        )?;
        let url = response.get_url().to_owned();
        let reader = response.into_reader();
        if graph {
            return Ok(QueryResults::Graph(QueryTripleIter::new(parse_triples(
                RdfFormat::NTriples,
                reader,
            ))));
        }
        let parsed: QueryResults<'static> =
            QueryResultsParser::from_format(QueryResultsFormat::Json)
                .for_reader(reader)
                .map_err(|e| RemoteError::Answer {
                    url: url.clone(),
                    reason: e.to_string(),
                })?
                .into();
        match (&query, parsed) {
            // Virtuoso 7 answers ASK with a table of one row (true) or none (false).
            (spargebra::Query::Ask { .. }, QueryResults::Solutions(mut rows)) => {
                match rows.next().transpose() {
                    Ok(row) => Ok(QueryResults::Boolean(row.is_some())),
                    Err(e) => Err(RemoteError::Answer {
                        url,
                        reason: e.to_string(),
                    }),
                }
            }
            (_, parsed) => Ok(parsed),
        }
    }

    /// The name of the Graph Store's graph parameter: Virtuoso says `graph-uri`, the
    /// standard says `graph`.
    fn graph_parameter(&self) -> &'static str {
        let path = self.url.trim_end_matches('/');
        if path.ends_with("/sparql-graph-crud") || path.ends_with("/sparql-graph-crud-auth") {
            "graph-uri"
        } else {
            "graph"
        }
    }

    /// Replaces (`append` false: PUT) or extends (POST) one graph with N-Triples.
    pub(crate) fn store_graph(
        &self,
        graph: &str,
        ntriples: &[u8],
        append: bool,
    ) -> Result<(), RemoteError> {
        self.send(
            if append { "POST" } else { "PUT" },
            &[(self.graph_parameter(), graph)],
            &[("Content-Type", "application/n-triples")],
            Some(ntriples),
        )
        .map(drop)
    }

    /// Every triple of one graph (Graph Store GET), in whichever RDF syntax the
    /// endpoint chose of those asked for.
    pub(crate) fn graph_triples(&self, graph: &str) -> Result<Vec<Triple>, RemoteError> {
        let response = self.send(
            "GET",
            &[(self.graph_parameter(), graph)],
            &[(
                "Accept",
                "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
            )],
            None,
        )?;
        let url = response.get_url().to_owned();
        let format = RdfFormat::from_media_type(response.content_type()).ok_or_else(|| {
            RemoteError::Answer {
                url: url.clone(),
                reason: format!("unexpected content type {}", response.content_type()),
            }
        })?;
        parse_triples(format, response.into_reader())
            .collect::<Result<_, _>>()
            .map_err(|e| RemoteError::Answer {
                url,
                reason: e.to_string(),
            })
    }
}

/// The triples of an RDF document, as a query's triple iterator wants them.
fn parse_triples(
    format: RdfFormat,
    reader: impl Read + 'static,
) -> impl Iterator<Item = Result<Triple, QueryEvaluationError>> {
    RdfParser::from_format(format)
        .for_reader(reader)
        .map(|quad| {
            quad.map(Triple::from)
                .map_err(|e| QueryEvaluationError::Service(Box::new(e)))
        })
}

/// An error status, with the start of the answer's body: the endpoint's own words.
fn status_error(url: String, status: u16, response: ureq::Response) -> RemoteError {
    let mut text = String::new();
    let _ = response.into_reader().take(2000).read_to_string(&mut text);
    let body = match text.trim() {
        "" if status == 401 => {
            "the credentials were refused (or none were given: --auth)".to_owned()
        }
        text => text.to_owned(),
    };
    RemoteError::Status { url, status, body }
}
