#![doc = include_str!("../README.md")]

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use claimgraph_store::oxigraph::sparql::{CancellationToken, QueryResults};
use claimgraph_store::{
    prepare_cancellable, write_graph, write_solutions, ClaimStore, GraphFormat, ResultFormat,
};
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Server settings.
#[derive(Clone, Debug)]
pub struct ServerOptions {
    /// Address to listen on.
    pub bind: SocketAddr,
    /// Longest a query may run.
    pub timeout: Duration,
}

/// Errors starting or running the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The server failed while running.
    #[error("server error: {0}")]
    Serve(#[from] std::io::Error),
}

struct AppState {
    store: ClaimStore,
    timeout: Duration,
}

/// The router, for embedding and tests.
pub fn router(store: ClaimStore, timeout: Duration) -> Router {
    let state = Arc::new(AppState { store, timeout });
    Router::new()
        .route("/sparql", get(sparql_get).post(sparql_post))
        .route("/health", get(|| async { "ok" }))
        .with_state(state)
        .layer(tower_http::trace::TraceLayer::new_for_http())
}

/// Serves until SIGINT or SIGTERM; in-flight requests finish first.
pub async fn serve(store: ClaimStore, options: ServerOptions) -> Result<(), ServerError> {
    let listener = tokio::net::TcpListener::bind(options.bind)
        .await
        .map_err(|source| ServerError::Bind {
            addr: options.bind,
            source,
        })?;
    let local = listener.local_addr()?;
    tracing::info!("SPARQL endpoint at http://{local}/sparql");
    eprintln!("claimgraph: SPARQL endpoint listening on http://{local}/sparql (Ctrl-C to stop)");
    axum::serve(listener, router(store, options.timeout))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

#[derive(Deserialize, Default)]
struct Params {
    query: Option<String>,
    format: Option<String>,
}

async fn sparql_get(
    State(state): State<Arc<AppState>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    match params.query {
        Some(q) => run(state, q, params.format, &headers).await,
        None => (StatusCode::BAD_REQUEST, "missing 'query' parameter\n").into_response(),
    }
}

async fn sparql_post(
    State(state): State<Arc<AppState>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim();
    let (query, format) = match mime {
        "application/sparql-query" => (String::from_utf8(body.to_vec()).ok(), params.format),
        "application/x-www-form-urlencoded" => match serde_urlencoded_form(&body) {
            Some(form) => (form.query, form.format.or(params.format)),
            None => return (StatusCode::BAD_REQUEST, "malformed form body\n").into_response(),
        },
        "application/sparql-update" => {
            return (
                StatusCode::FORBIDDEN,
                "this endpoint is read-only: SPARQL Update is refused\n",
            )
                .into_response()
        }
        other => {
            return (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "unsupported content type {other:?}; use application/sparql-query or a form\n"
                ),
            )
                .into_response()
        }
    };
    match query {
        Some(q) => run(state, q, format, &headers).await,
        None => (StatusCode::BAD_REQUEST, "missing query\n").into_response(),
    }
}

fn serde_urlencoded_form(body: &[u8]) -> Option<Params> {
    axum::extract::Query::<Params>::try_from_uri(
        &format!("/?{}", std::str::from_utf8(body).ok()?)
            .parse()
            .ok()?,
    )
    .ok()
    .map(|q| q.0)
}

/// Picks the result format from `format=` or the `Accept` header; JSON by default.
fn negotiate(format: Option<&str>, headers: &HeaderMap) -> (ResultFormat, GraphFormat) {
    let wanted = format.map(str::to_ascii_lowercase).unwrap_or_else(|| {
        headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase()
    });
    let pick = |needle: &str| wanted.contains(needle);
    let results = if pick("json") {
        ResultFormat::Json
    } else if pick("xml") {
        ResultFormat::Xml
    } else if pick("csv") {
        ResultFormat::Csv
    } else if pick("tab-separated") || pick("tsv") {
        ResultFormat::Tsv
    } else {
        ResultFormat::Json
    };
    let graph = if pick("n-triples") || pick("ntriples") || pick("nt") && !pick("turtle") {
        GraphFormat::NTriples
    } else if pick("rdf+xml") {
        GraphFormat::RdfXml
    } else if pick("n-quads") || pick("nquads") {
        GraphFormat::NQuads
    } else {
        GraphFormat::Turtle
    };
    (results, graph)
}

fn content_type(r: ResultFormat) -> &'static str {
    match r {
        ResultFormat::Json | ResultFormat::Table => "application/sparql-results+json",
        ResultFormat::Xml => "application/sparql-results+xml",
        ResultFormat::Csv => "text/csv; charset=utf-8",
        ResultFormat::Tsv => "text/tab-separated-values; charset=utf-8",
    }
}

fn graph_content_type(g: GraphFormat) -> &'static str {
    match g {
        GraphFormat::Turtle => "text/turtle",
        GraphFormat::NTriples => "application/n-triples",
        GraphFormat::NQuads => "application/n-quads",
        GraphFormat::RdfXml => "application/rdf+xml",
    }
}

async fn run(
    state: Arc<AppState>,
    query: String,
    format: Option<String>,
    headers: &HeaderMap,
) -> Response {
    let (results_format, graph_format) = negotiate(format.as_deref(), headers);
    let token = CancellationToken::new();
    let eval_token = token.clone();
    let timeout = state.timeout;
    let task = tokio::task::spawn_blocking(move || {
        evaluate(
            &state.store,
            &query,
            results_format,
            graph_format,
            eval_token,
        )
    });
    match tokio::time::timeout(timeout, task).await {
        Ok(Ok(Ok((ctype, body)))) => ([(header::CONTENT_TYPE, ctype)], body).into_response(),
        Ok(Ok(Err((status, msg)))) => (status, msg).into_response(),
        Ok(Err(join)) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("evaluation failed: {join}\n"),
        )
            .into_response(),
        Err(_) => {
            token.cancel();
            (
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "query timed out after {} s and was cancelled\n",
                    timeout.as_secs_f64()
                ),
            )
                .into_response()
        }
    }
}

type Evaluated = Result<(&'static str, Vec<u8>), (StatusCode, String)>;

/// Parses, evaluates (SERVICE is refused by the store's evaluator) over the union graph and serialises fully before
/// answering, so a failure mid-way is an error status, never a truncated 200.
fn evaluate(
    store: &ClaimStore,
    query: &str,
    results: ResultFormat,
    graph: GraphFormat,
    token: CancellationToken,
) -> Evaluated {
    let bad = |e: String| (StatusCode::BAD_REQUEST, format!("{e}\n"));
    let mut prepared = prepare_cancellable(query, Some(token)).map_err(|e| bad(e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let outcome = prepared.on_store(store.inner()).execute().map_err(|e| {
        (
            StatusCode::BAD_REQUEST,
            format!("SPARQL evaluation failed: {e}\n"),
        )
    })?;
    let mut body = Vec::new();
    let ctype = match outcome {
        QueryResults::Graph(triples) => {
            write_graph(triples, graph, &mut body)
                .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")))?;
            graph_content_type(graph)
        }
        other => {
            write_solutions(other, results, &mut body)
                .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")))?;
            content_type(results)
        }
    };
    Ok((ctype, body))
}
