//! The graph in another engine: `push` to a Graph Store endpoint and `query --endpoint`,
//! against Oxigraph's own server (PyPI `oxigraph`, in the environment `./dev test` makes)
//! and against a scripted HTTP peer for credentials, retries and refusals.

mod common;

use common::{cg, free_port, ingested, sorted_dump, stdout};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Oxigraph's server from the test environment, or None when `./dev test` did not set
/// it up (a bare `cargo test`).
fn oxigraph_binary() -> Option<PathBuf> {
    let Some(python) = std::env::var_os("CLAIMGRAPH_PYTHON") else {
        eprintln!("skipped: CLAIMGRAPH_PYTHON is not set (./dev test sets it up)");
        return None;
    };
    Some(Path::new(&python).with_file_name("oxigraph"))
}

/// An Oxigraph server on a fresh store, its default graph the union of its graphs.
struct Oxigraph {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Oxigraph {
    fn start(binary: &Path) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let child = Command::new(binary)
            .args(["serve", "--union-default-graph", "--location"])
            .arg(dir.path().join("db"))
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("oxigraph server starts");
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "oxigraph server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _dir: dir,
        }
    }

    /// Every quad the server holds, as sorted N-Quads lines.
    fn sorted_dump(&self) -> Vec<String> {
        let port = self.base.rsplit(':').next().unwrap();
        let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
        write!(
            stream,
            "GET /store HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/n-quads\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let body = if head.to_lowercase().contains("transfer-encoding: chunked") {
            dechunk(body)
        } else {
            body.to_owned()
        };
        let mut lines: Vec<String> = body.lines().map(str::to_owned).collect();
        lines.sort();
        lines
    }
}

/// The body of a chunked HTTP/1.1 answer.
fn dechunk(mut rest: &str) -> String {
    let mut body = String::new();
    loop {
        let (size, after) = rest.split_once("\r\n").expect("chunk size line");
        let size = usize::from_str_radix(size.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return body;
        }
        body.push_str(&after[..size]);
        rest = &after[size + 2..];
    }
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_push_mirrors_the_store_in_oxigraph_and_every_canned_query_agrees() {
    let Some(binary) = oxigraph_binary() else {
        return;
    };
    let (_dir, store) = ingested();
    let remote = Oxigraph::start(&binary);
    let store_url = format!("{}/store", remote.base);
    let local = sorted_dump(&store);
    let out = stdout(cg(&store).args(["push", &store_url, "--batch", "100"]));
    assert!(out.starts_with("pushed "), "{out}");
    assert_eq!(remote.sorted_dump(), local);
    // A second push replaces each graph: nothing doubles.
    stdout(cg(&store).args(["push", &store_url]));
    assert_eq!(remote.sorted_dump(), local);
    // The same answers from both, in every output format a script would read.
    let query_url = format!("{}/query", remote.base);
    for q in claimgraph_queries::all() {
        for format in ["csv", "json"] {
            let here = stdout(cg(&store).args(["query", q.name, "--format", format]));
            let there = stdout(cg(&store).args([
                "query",
                q.name,
                "--format",
                format,
                "--endpoint",
                &query_url,
            ]));
            // Rows tied under ORDER BY may come in either order: compare them as sets,
            // CSV by line and JSON by binding.
            let rows = |s: &str| -> Vec<String> {
                let mut rows: Vec<String> = if format == "json" {
                    let doc: serde_json::Value = serde_json::from_str(s).unwrap();
                    let vars = doc["head"]["vars"].to_string();
                    let bindings = doc["results"]["bindings"].as_array().unwrap();
                    std::iter::once(vars)
                        .chain(bindings.iter().map(ToString::to_string))
                        .collect()
                } else {
                    s.lines().map(str::to_owned).collect()
                };
                rows.sort();
                rows
            };
            assert_eq!(rows(&here), rows(&there), "{} as {format}", q.name);
        }
    }
    // ASK and CONSTRUCT with the predeclared prefixes, which the server does not know.
    for q in [
        "ASK { ?c a schema:Claim ; cg:cluster ?k }",
        "CONSTRUCT { ?k rdfs:label ?l } WHERE { ?k a cg:ClaimCluster ; rdfs:label ?l }",
    ] {
        let args = [
            "query",
            "--graph-format",
            "ntriples",
            "--format",
            "tsv",
            "-e",
            q,
        ];
        let here = stdout(cg(&store).args(args));
        let there = stdout(cg(&store).args(args).args(["--endpoint", &query_url]));
        let mut a: Vec<&str> = here.lines().collect();
        let mut b: Vec<&str> = there.lines().collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{q}");
        assert!(!a.is_empty());
    }
}

/// One request as the scripted peer saw it.
#[derive(Clone, Debug)]
struct Seen {
    line: String,
    authorization: Option<String>,
    body: String,
}

/// A scripted HTTP peer: answers each request with the next status of `statuses` (the
/// last one repeated), and records what it was sent.
fn scripted_peer(statuses: Vec<u16>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/store", listener.local_addr().unwrap());
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let record = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut writer = stream;
            // Requests on one connection until the client closes it.
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let (mut length, mut authorization) = (0, None);
                loop {
                    let mut header = String::new();
                    reader.read_line(&mut header).unwrap();
                    let header = header.trim_end();
                    if header.is_empty() {
                        break;
                    }
                    let (name, value) = header.split_once(':').unwrap();
                    match name.to_ascii_lowercase().as_str() {
                        "content-length" => length = value.trim().parse().unwrap(),
                        "authorization" => authorization = Some(value.trim().to_owned()),
                        _ => {}
                    }
                }
                let mut body = vec![0; length];
                reader.read_exact(&mut body).unwrap();
                let n = {
                    let mut seen = record.lock().unwrap();
                    seen.push(Seen {
                        line: line.trim_end().to_owned(),
                        authorization,
                        body: String::from_utf8(body).unwrap(),
                    });
                    seen.len()
                };
                let status = statuses[(n - 1).min(statuses.len() - 1)];
                let text = if status == 403 {
                    "graph store is read-only"
                } else {
                    ""
                };
                write!(
                    writer,
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n\r\n{text}",
                    text.len()
                )
                .unwrap();
            }
        }
    });
    (url, seen)
}

#[test]
fn a_push_sends_credentials_retries_server_errors_and_stops_at_a_refusal() {
    let (_dir, store) = ingested();
    let graphs = stdout(cg(&store).args([
        "query",
        "--format",
        "csv",
        "-e",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    ]));
    let graphs: usize = graphs.lines().nth(1).unwrap().parse().unwrap();
    // The first answer is a 503: that graph is sent again, then every other once.
    let (url, seen) = scripted_peer(vec![503, 204]);
    let out = stdout(cg(&store).args(["push", &url, "--auth", "user:pw"]));
    assert!(out.contains(&format!("pushed {graphs} graphs")), "{out}");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), graphs + 1, "{:?}", &seen[..3]);
    assert_eq!(seen[0].line, seen[1].line);
    assert!(
        seen[0].line.starts_with("PUT /store?graph=https%3A%2F%2F"),
        "{}",
        seen[0].line
    );
    for s in &seen {
        assert_eq!(s.authorization.as_deref(), Some("Basic dXNlcjpwdw=="));
        assert!(s.body.ends_with(" .\n"), "{s:?}");
    }
    // A refusal is not retried: the push stops and says what the endpoint said.
    let (url, seen) = scripted_peer(vec![403]);
    let out = cg(&store)
        .args(["push", &url, "--auth", "t0ken"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("403") && err.contains("read-only"), "{err}");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer t0ken"));
}
