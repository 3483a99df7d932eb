#![doc = include_str!("../README.md")]

mod canned;
mod page;
mod protocol;
mod sparql;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use claimgraph_store::oxigraph::sparql::CancellationToken;
use claimgraph_store::ClaimStore;
use protocol::{negotiate, Operation};
use sparql::{Answer, QueryJob};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// Server settings.
#[derive(Clone, Debug)]
pub struct ServerOptions {
    /// Address to listen on.
    pub bind: SocketAddr,
    /// Longest a query may run; beyond it evaluation is cancelled and the answer is 503.
    pub timeout: Duration,
    /// Most result rows (or triples) one answer may hold.
    pub max_rows: usize,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Most evaluations at once; requests beyond it get 503 with Retry-After.
    pub max_concurrent: usize,
    /// Origins allowed by CORS (`*` for any); none means no CORS headers.
    pub cors: Vec<String>,
    /// The bearer token that allows SPARQL Update; without one, updates are refused.
    pub update_token: Option<String>,
}

impl Default for ServerOptions {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(30),
            max_rows: 1_000_000,
            max_body_bytes: 1024 * 1024,
            max_concurrent: 4,
            cors: Vec::new(),
            update_token: None,
        }
    }
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
    store: Arc<ClaimStore>,
    options: ServerOptions,
    slots: Arc<Semaphore>,
    page: String,
}

/// The router, for embedding and tests.
pub fn router(store: ClaimStore, options: ServerOptions) -> Router {
    let cors = cors_layer(&options.cors);
    let state = Arc::new(AppState {
        store: Arc::new(store),
        slots: Arc::new(Semaphore::new(options.max_concurrent.max(1))),
        page: page::html(),
        options,
    });
    let body_limit = state.options.max_body_bytes;
    let router = Router::new()
        .route(
            "/",
            get(|State(s): State<Arc<AppState>>| async move { Html(s.page.clone()) }),
        )
        .route("/sparql", get(sparql).post(sparql))
        .route("/queries", get(canned::list))
        .route("/queries/{name}", get(canned::run))
        .route("/health", get(|| async { "ok\n" }))
        .with_state(state)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(tower_http::trace::TraceLayer::new_for_http());
    match cors {
        Some(cors) => router.layer(cors),
        None => router,
    }
}

/// CORS for browsers on other origins (notebooks served by Jupyter, dashboards): simple
/// requests and the preflight of a POST with a SPARQL body.
fn cors_layer(origins: &[String]) -> Option<CorsLayer> {
    if origins.is_empty() {
        return None;
    }
    let allow = if origins.iter().any(|o| o == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(
            origins
                .iter()
                .filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok()),
        )
    };
    Some(
        CorsLayer::new()
            .allow_origin(allow)
            .allow_methods([Method::GET, Method::POST, Method::OPTIONS])
            .allow_headers([header::CONTENT_TYPE, header::ACCEPT, header::AUTHORIZATION])
            .max_age(Duration::from_secs(3600)),
    )
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
    axum::serve(listener, router(store, options))
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

/// Cancels evaluation when dropped: when the client goes away, axum drops the request's
/// future, and with it this guard, so the blocking evaluation stops at its next check.
struct CancelOnDrop(CancellationToken);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

fn plain(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.into(),
    )
        .into_response()
}

/// `/sparql`, GET and POST alike: the protocol decides from the parameters and body.
async fn sparql(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = (method == Method::POST).then_some((&headers, body.as_ref()));
    let request = match protocol::parse(uri.query().unwrap_or(""), post) {
        Ok(r) => r,
        Err((status, message)) => return plain(status, message),
    };
    let (results, graph) = negotiate(request.format.as_deref(), &headers);
    match request.operation {
        Operation::Describe => {
            let host = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            let endpoint = format!("http://{host}/sparql");
            let body = page::service_description(&endpoint, state.options.update_token.is_some());
            ([(header::CONTENT_TYPE, "text/turtle")], body).into_response()
        }
        Operation::Update(text) => {
            if method != Method::POST {
                return plain(StatusCode::METHOD_NOT_ALLOWED, "SPARQL Update needs POST\n");
            }
            if let Some(refusal) = refuse_update(&state.options, &headers) {
                return refusal;
            }
            let store = Arc::clone(&state.store);
            evaluate_in_slot(&state, move |_| sparql::update(&store, &text)).await
        }
        Operation::Query {
            text,
            default_graphs,
            named_graphs,
        } => {
            let job = QueryJob {
                text,
                default_graphs,
                named_graphs,
                results,
                graph,
                max_rows: state.options.max_rows,
            };
            let store = Arc::clone(&state.store);
            evaluate_in_slot(&state, move |token| sparql::evaluate(&store, job, token)).await
        }
    }
}

/// Read-only unless started with a token, and then only for requests that carry it.
fn refuse_update(options: &ServerOptions, headers: &HeaderMap) -> Option<Response> {
    let Some(token) = &options.update_token else {
        return Some(plain(
            StatusCode::FORBIDDEN,
            "this endpoint is read-only: SPARQL Update is refused (start the server with \
             --allow-update and a token to accept it)\n",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if given.is_some_and(|g| constant_time_eq(g.as_bytes(), token.as_bytes())) {
        return None;
    }
    let mut response = plain(
        StatusCode::UNAUTHORIZED,
        "SPARQL Update needs the server's bearer token (Authorization: Bearer …)\n",
    );
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    Some(response)
}

/// Compares without stopping at the first difference, so timing does not leak the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Runs `work` on the blocking pool in one of the bounded evaluation slots: 503 with
/// Retry-After when all are busy, 503 when the timeout passes (evaluation is then
/// cancelled), and cancellation when the client goes away. The slot is held until the
/// evaluation itself has stopped, not merely until the response is sent.
async fn evaluate_in_slot(
    state: &AppState,
    work: impl FnOnce(CancellationToken) -> Answer + Send + 'static,
) -> Response {
    let Ok(slot) = Arc::clone(&state.slots).try_acquire_owned() else {
        let mut response = plain(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "all {} evaluation slots are busy; retry shortly\n",
                state.options.max_concurrent
            ),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return response;
    };
    let token = CancellationToken::new();
    let guard = CancelOnDrop(token.clone());
    let task = tokio::task::spawn_blocking(move || {
        let answer = work(token);
        drop(slot);
        answer
    });
    let timeout = state.options.timeout;
    let response = match tokio::time::timeout(timeout, task).await {
        Ok(Ok(Ok((ctype, body)))) => ([(header::CONTENT_TYPE, ctype)], body).into_response(),
        Ok(Ok(Err((status, message)))) => plain(status, message),
        Ok(Err(join)) => plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("evaluation failed: {join}\n"),
        ),
        Err(_) => plain(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "query timed out after {} s and was cancelled; add a LIMIT or ask the \
                 server's operator for a longer --timeout\n",
                timeout.as_secs_f64()
            ),
        ),
    };
    drop(guard);
    response
}
