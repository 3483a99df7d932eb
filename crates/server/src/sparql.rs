//! Evaluation off the async workers: one query or update on the blocking pool, with a
//! cancellation token, a cap on result size, and the whole answer serialised before the
//! status is chosen, so that a failure mid-way is an error status and never a 200 with
//! a cut-off body.

use crate::protocol::{graph_content_type, result_content_type};
use axum::http::StatusCode;
use claimgraph_store::oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use claimgraph_store::oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter,
};
use claimgraph_store::{
    parse_query, prepare_parsed, write_graph, write_solutions, ClaimStore, GraphFormat,
    ResultFormat,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A serialised answer (media type, body) or a refusal (status, message).
pub type Answer = Result<(&'static str, Vec<u8>), (StatusCode, String)>;

/// What a query is evaluated over and how its answer is written.
pub struct QueryJob {
    /// The SPARQL text.
    pub text: String,
    /// Protocol `default-graph-uri` values.
    pub default_graphs: Vec<String>,
    /// Protocol `named-graph-uri` values.
    pub named_graphs: Vec<String>,
    /// Format for solutions and booleans.
    pub results: ResultFormat,
    /// Format for graphs.
    pub graph: GraphFormat,
    /// Most solutions (or triples) answered; more is an error, not a truncation.
    pub max_rows: usize,
}

fn bad(status: StatusCode) -> impl Fn(String) -> (StatusCode, String) {
    move |e| (status, format!("{e}\n"))
}

fn iri(value: &str, parameter: &str) -> Result<NamedNode, (StatusCode, String)> {
    NamedNode::new(value).map_err(|e| {
        (
            StatusCode::BAD_REQUEST,
            format!("{parameter} {value:?} is not an IRI: {e}\n"),
        )
    })
}

/// Parses and evaluates a query over the store; the claimgraph prefixes are declared.
pub fn evaluate(store: &ClaimStore, job: QueryJob, token: CancellationToken) -> Answer {
    let query = parse_query(&job.text).map_err(|e| bad(StatusCode::BAD_REQUEST)(e.to_string()))?;
    if contains_service(&query) {
        return Err((
            StatusCode::BAD_REQUEST,
            "SERVICE is refused: this endpoint never makes outbound requests\n".to_owned(),
        ));
    }
    let mut prepared = prepare_parsed(query, Some(token));
    let dataset = prepared.dataset_mut();
    if !job.default_graphs.is_empty() || !job.named_graphs.is_empty() {
        // The protocol's parameters override FROM and FROM NAMED in the query.
        let defaults = job
            .default_graphs
            .iter()
            .map(|g| iri(g, "default-graph-uri").map(GraphName::from))
            .collect::<Result<Vec<_>, _>>()?;
        let named = job
            .named_graphs
            .iter()
            .map(|g| iri(g, "named-graph-uri").map(NamedOrBlankNode::from))
            .collect::<Result<Vec<_>, _>>()?;
        dataset.set_default_graph(defaults);
        if !named.is_empty() {
            dataset.set_available_named_graphs(named);
        }
    } else if dataset.is_default_dataset() {
        // Every article is its own graph: the default graph is their union.
        dataset.set_default_graph_as_union();
    }
    let outcome = prepared
        .on_store(store.inner())
        .execute()
        .map_err(|e| bad(StatusCode::BAD_REQUEST)(format!("SPARQL evaluation failed: {e}")))?;
    let too_many = Arc::new(AtomicBool::new(false));
    let mut body = Vec::new();
    let written = match outcome {
        QueryResults::Graph(triples) => {
            let limited = QueryTripleIter::new(capped(triples, job.max_rows, &too_many));
            write_graph(limited, job.graph, &mut body).map(|_| graph_content_type(job.graph))
        }
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec().into();
            let limited =
                QuerySolutionIter::new(variables, capped(solutions, job.max_rows, &too_many));
            write_solutions(QueryResults::Solutions(limited), job.results, &mut body)
                .map(|_| result_content_type(job.results))
        }
        boolean => write_solutions(boolean, job.results, &mut body)
            .map(|_| result_content_type(job.results)),
    };
    if too_many.load(Ordering::Relaxed) {
        return Err((
            StatusCode::BAD_REQUEST,
            format!(
                "the result has more than {} rows, the most this server answers; add a LIMIT \
                 or page with OFFSET\n",
                job.max_rows
            ),
        ));
    }
    let ctype = written.map_err(|e| bad(StatusCode::INTERNAL_SERVER_ERROR)(e.to_string()))?;
    Ok((ctype, body))
}

/// Passes the first `max` items, then fails, setting `flag` so the caller can tell a
/// result too large from any other evaluation error.
fn capped<'a, T: 'a>(
    items: impl Iterator<Item = Result<T, QueryEvaluationError>> + 'a,
    max: usize,
    flag: &Arc<AtomicBool>,
) -> impl Iterator<Item = Result<T, QueryEvaluationError>> + 'a {
    let flag = Arc::clone(flag);
    items.enumerate().map(move |(i, item)| {
        if i >= max {
            flag.store(true, Ordering::Relaxed);
            Err(QueryEvaluationError::Unexpected(
                "result row cap reached".into(),
            ))
        } else {
            item
        }
    })
}

/// Whether the query has a SERVICE clause. The store has no HTTP client, so SERVICE
/// could never reach the network; refusing it up front gives a clear message rather than
/// an evaluation error. The query's algebra is read, not its text, so "service" in a
/// string or a variable name is no SERVICE.
fn contains_service(query: &spargebra::Query) -> bool {
    // S-expressions quote literals with escapes: look for "(service " outside them.
    let sse = query.to_sse();
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in sse.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string && sse[i..].starts_with("(service ") => return true,
            _ => {}
        }
    }
    false
}

/// Runs a SPARQL Update on the store (only when the server was started to allow it).
pub fn update(store: &ClaimStore, text: &str) -> Answer {
    store
        .update(text)
        .map(|()| ("text/plain; charset=utf-8", b"ok\n".to_vec()))
        .map_err(|e| bad(StatusCode::BAD_REQUEST)(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(text: &str) -> bool {
        contains_service(&parse_query(text).unwrap())
    }

    #[test]
    fn service_is_found_as_a_keyword_only() {
        assert!(service("SELECT * { SERVICE <http://x> { ?s ?p ?o } }"));
        assert!(service("select * { service silent <http://x> { } }"));
        assert!(!service(
            "SELECT ?service { ?x cg:serviceArea ?service FILTER(CONTAINS(?service, \"(service \")) }"
        ));
    }
}
