//! The SPARQL 1.1 Protocol's request side: what operation a request carries, over which
//! dataset, and which result format the client wants.

use axum::http::{header, HeaderMap, StatusCode};
use claimgraph_store::{GraphFormat, ResultFormat};

/// What a request asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Operation {
    /// A query, with the protocol's dataset parameters.
    Query {
        /// The SPARQL text.
        text: String,
        /// `default-graph-uri` values: when given, they replace the union default graph.
        default_graphs: Vec<String>,
        /// `named-graph-uri` values: when given, the only graphs GRAPH can see.
        named_graphs: Vec<String>,
    },
    /// A SPARQL Update.
    Update(String),
    /// No operation: GET /sparql alone asks for the service description.
    Describe,
}

/// A parsed request: the operation and the `format=` parameter, if any.
#[derive(Debug)]
pub struct Request {
    /// The operation.
    pub operation: Operation,
    /// `format=` (or `output=`, as some clients send): overrides `Accept`.
    pub format: Option<String>,
}

/// A request the protocol does not allow, with the status to answer.
pub type Refusal = (StatusCode, String);

/// Reads the operation from a query string and, for POST, the body.
pub fn parse(query_string: &str, post: Option<(&HeaderMap, &[u8])>) -> Result<Request, Refusal> {
    let mut fields = Fields::default();
    fields.read(query_string.as_bytes());
    let mut body_text = None;
    if let Some((headers, body)) = post {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let mime = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let utf8 = || {
            String::from_utf8(body.to_vec()).map_err(|_| {
                (
                    StatusCode::BAD_REQUEST,
                    "the body is not UTF-8\n".to_owned(),
                )
            })
        };
        match mime.as_str() {
            "application/sparql-query" => body_text = Some((false, utf8()?)),
            "application/sparql-update" => body_text = Some((true, utf8()?)),
            "application/x-www-form-urlencoded" => fields.read(body),
            other => {
                return Err((
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                        "unsupported content type {other:?}: send application/sparql-query, \
                         application/sparql-update or a form\n"
                    ),
                ))
            }
        }
    }
    let operation = match (body_text, fields.query, fields.update) {
        (Some((false, text)), None, None) | (None, Some(text), None) => Operation::Query {
            text,
            default_graphs: fields.default_graphs,
            named_graphs: fields.named_graphs,
        },
        (Some((true, text)), None, None) | (None, None, Some(text)) => Operation::Update(text),
        (None, None, None) => Operation::Describe,
        _ => {
            return Err((
                StatusCode::BAD_REQUEST,
                "a request carries exactly one query or one update\n".to_owned(),
            ))
        }
    };
    Ok(Request {
        operation,
        format: fields.format,
    })
}

/// The protocol's form fields, from a query string or a urlencoded body.
#[derive(Default)]
struct Fields {
    query: Option<String>,
    update: Option<String>,
    format: Option<String>,
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
}

impl Fields {
    fn read(&mut self, encoded: &[u8]) {
        for (key, value) in form_urlencoded::parse(encoded) {
            let value = value.into_owned();
            match key.as_ref() {
                "query" => self.query = Some(value),
                "update" => self.update = Some(value),
                "format" | "output" => self.format = Some(value),
                "default-graph-uri" | "using-graph-uri" => self.default_graphs.push(value),
                "named-graph-uri" | "using-named-graph-uri" => self.named_graphs.push(value),
                _ => {}
            }
        }
    }
}

/// Picks the formats for solutions and for graphs: `format=` first, else the `Accept`
/// entries in order of preference (their `q`), else SPARQL JSON and Turtle.
pub fn negotiate(format: Option<&str>, headers: &HeaderMap) -> (ResultFormat, GraphFormat) {
    let wanted: Vec<String> = match format {
        Some(f) => vec![f.trim().to_ascii_lowercase()],
        None => accepted(headers),
    };
    let results = wanted
        .iter()
        .find_map(|w| result_format(w))
        .unwrap_or(ResultFormat::Json);
    let graph = wanted
        .iter()
        .find_map(|w| graph_format(w))
        .unwrap_or(GraphFormat::Turtle);
    (results, graph)
}

/// The media ranges of `Accept`, most preferred first; equal `q` keeps header order.
fn accepted(headers: &HeaderMap) -> Vec<String> {
    let accept = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    let mut ranges: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!media.is_empty() && q > 0.0).then_some((q, i, media))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().map(|(_, _, m)| m).collect()
}

fn result_format(wanted: &str) -> Option<ResultFormat> {
    Some(match wanted {
        "json" | "application/sparql-results+json" | "application/json" => ResultFormat::Json,
        "xml" | "application/sparql-results+xml" | "application/xml" | "text/xml" => {
            ResultFormat::Xml
        }
        "csv" | "text/csv" => ResultFormat::Csv,
        "tsv" | "text/tab-separated-values" => ResultFormat::Tsv,
        _ => return None,
    })
}

fn graph_format(wanted: &str) -> Option<GraphFormat> {
    Some(match wanted {
        "turtle" | "ttl" | "text/turtle" | "application/x-turtle" => GraphFormat::Turtle,
        "ntriples" | "nt" | "n-triples" | "application/n-triples" | "text/plain" => {
            GraphFormat::NTriples
        }
        "nquads" | "nq" | "n-quads" | "application/n-quads" => GraphFormat::NQuads,
        "rdfxml" | "rdf" | "xml" | "application/rdf+xml" => GraphFormat::RdfXml,
        _ => return None,
    })
}

/// The media type of a solutions format.
pub fn result_content_type(r: ResultFormat) -> &'static str {
    match r {
        ResultFormat::Json | ResultFormat::Table => "application/sparql-results+json",
        ResultFormat::Xml => "application/sparql-results+xml",
        ResultFormat::Csv => "text/csv; charset=utf-8",
        ResultFormat::Tsv => "text/tab-separated-values; charset=utf-8",
    }
}

/// The media type of a graph format.
pub fn graph_content_type(g: GraphFormat) -> &'static str {
    match g {
        GraphFormat::Turtle => "text/turtle",
        GraphFormat::NTriples => "application/n-triples",
        GraphFormat::NQuads => "application/n-quads",
        GraphFormat::RdfXml => "application/rdf+xml",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn accept_is_read_by_preference() {
        let h = accept("application/sparql-results+xml;q=0.5, text/csv");
        assert_eq!(negotiate(None, &h).0, ResultFormat::Csv);
        // What SPARQLWrapper sends by default.
        let h = accept("application/sparql-results+xml");
        assert_eq!(negotiate(None, &h).0, ResultFormat::Xml);
        let h = accept("*/*");
        assert_eq!(
            negotiate(None, &h),
            (ResultFormat::Json, GraphFormat::Turtle)
        );
        let h = accept("application/rdf+xml, text/turtle;q=0.9");
        assert_eq!(negotiate(None, &h).1, GraphFormat::RdfXml);
        assert_eq!(negotiate(Some("tsv"), &h).0, ResultFormat::Tsv);
        assert_eq!(
            negotiate(Some("xml"), &HeaderMap::new()).1,
            GraphFormat::RdfXml
        );
    }

    #[test]
    fn operations_come_from_query_string_form_or_body() {
        let r = parse(
            "query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fa&default-graph-uri=http%3A%2F%2Fb&named-graph-uri=http%3A%2F%2Fc",
            None,
        )
        .unwrap();
        assert_eq!(
            r.operation,
            Operation::Query {
                text: "ASK{}".into(),
                default_graphs: vec!["http://a".into(), "http://b".into()],
                named_graphs: vec!["http://c".into()],
            }
        );
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        let r = parse("", Some((&h, b"update=CLEAR+ALL&format=json"))).unwrap();
        assert_eq!(r.operation, Operation::Update("CLEAR ALL".into()));
        assert_eq!(r.format.as_deref(), Some("json"));
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/sparql-query; charset=utf-8"),
        );
        assert!(matches!(
            parse("", Some((&h, b"ASK {}"))).unwrap().operation,
            Operation::Query { .. }
        ));
        assert_eq!(parse("", None).unwrap().operation, Operation::Describe);
        assert_eq!(
            parse("query=a&update=b", None).unwrap_err().0,
            StatusCode::BAD_REQUEST
        );
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        assert_eq!(
            parse("", Some((&h, b"x"))).unwrap_err().0,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
    }
}
