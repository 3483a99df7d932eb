//! The canned queries over HTTP: `GET /queries` lists them with what each can be
//! narrowed to, `GET /queries/NAME?doc=…` runs one, so that a notebook asks
//! "where do this article's claims come from?" without carrying the SPARQL text.

use crate::protocol::negotiate;
use crate::sparql::{self, QueryJob};
use crate::{evaluate_in_slot, plain, AppState};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::sync::Arc;

/// `GET /queries`: every canned query, its description and its focus variables, as JSON.
pub async fn list() -> Json<serde_json::Value> {
    let queries: Vec<serde_json::Value> = claimgraph_queries::all()
        .map(|q| {
            let focus: Vec<serde_json::Value> = q
                .focus_variables()
                .map(|v| {
                    serde_json::json!({
                        "name": v.name,
                        "kind": match v.kind {
                            claimgraph_queries::FocusKind::Literal => "literal",
                            claimgraph_queries::FocusKind::Iri => "iri",
                        },
                        "description": v.description,
                    })
                })
                .collect();
            serde_json::json!({
                "name": q.name,
                "description": q.description,
                "focus": focus,
                "query": q.text,
            })
        })
        .collect();
    Json(serde_json::Value::from(queries))
}

/// `GET /queries/NAME`: runs a canned query, narrowed by every query-string parameter
/// but `format` (`?doc=reut2-000-5&doc=reut2-000-6` for either article), with the
/// endpoint's content negotiation, limits and timeout.
pub async fn run(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let Some(query) = claimgraph_queries::find(&name) else {
        let names: Vec<&str> = claimgraph_queries::all().map(|q| q.name).collect();
        return plain(
            StatusCode::NOT_FOUND,
            format!(
                "no canned query named {name:?}; there are: {}\n",
                names.join(", ")
            ),
        );
    };
    let mut format = None;
    let mut focus = Vec::new();
    for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        match key.as_ref() {
            "format" | "output" => format = Some(value.into_owned()),
            _ => focus.push((key.into_owned(), value.into_owned())),
        }
    }
    let text = match query.focused(&focus) {
        Ok(text) => text,
        Err(e) => return plain(StatusCode::BAD_REQUEST, format!("{e}\n")),
    };
    let (results, graph) = negotiate(format.as_deref(), &headers);
    let job = QueryJob {
        text,
        default_graphs: Vec::new(),
        named_graphs: Vec::new(),
        results,
        graph,
        max_rows: state.options.max_rows,
    };
    let store = Arc::clone(&state.store);
    evaluate_in_slot(&state, move |token| sparql::evaluate(&store, job, token))
        .await
        .into_response()
}
