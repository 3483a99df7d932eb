//! The graph in another engine: `push` to a Graph Store endpoint and `query --endpoint`,
//! against Oxigraph's own server (PyPI `oxigraph`, in the environment `./dev test` makes),
//! against OpenLink Virtuoso (Debian's `virtuoso-opensource`, which `./dev setup`
//! installs), and against a scripted HTTP peer for credentials, retries and refusals.

mod common;

use common::{cg, corpus_in_two, free_port, ingested, sorted_dump, stderr, stdout};
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

/// Answers as a set of rows, each a sorted list of `variable=value`, for comparing one
/// engine with another: rows tied under ORDER BY may come in either order, and so may
/// the parts of a GROUP_CONCAT (" | "); an empty value counts as unbound (a GROUP_CONCAT
/// of nothing is "" in Virtuoso, unbound in Oxigraph, and the same in CSV).
/// `booleans_as_integers` reads true/false as 1/0, which is all Virtuoso 7 has.
fn answer_rows(json: &str, booleans_as_integers: bool, ignore: &[&str]) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    if let Some(b) = doc.get("boolean") {
        return vec![b.to_string()];
    }
    let mut rows: Vec<String> = doc["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|binding| {
            let mut cells: Vec<String> = binding
                .as_object()
                .unwrap()
                .iter()
                .filter(|(var, term)| term["value"] != "" && !ignore.contains(&var.as_str()))
                .map(|(var, term)| {
                    let mut value = term["value"].as_str().unwrap().to_owned();
                    let boolean = term["datatype"].as_str()
                        == Some("http://www.w3.org/2001/XMLSchema#boolean");
                    if booleans_as_integers && boolean {
                        value = if value == "true" { "1" } else { "0" }.to_owned();
                    }
                    let mut parts: Vec<&str> = value.split(" | ").collect();
                    parts.sort();
                    format!("{var}={}", parts.join(" | "))
                })
                .collect();
            cells.sort();
            cells.join("\t")
        })
        .collect();
    rows.sort();
    rows
}

/// Every canned query, and an ASK and a CONSTRUCT with the predeclared prefixes (which
/// the remote does not know), give the same answers from the store and the endpoint.
fn assert_same_answers(store: &Path, query_url: &str, booleans_as_integers: bool) {
    for q in claimgraph_queries::all() {
        let args = ["query", q.name, "--format", "json"];
        let here = stdout(cg(store).args(args));
        let there = stdout(cg(store).args(args).args(["--endpoint", query_url]));
        // Virtuoso's integers stand for the store's booleans; an example picked by MIN
        // depends on the engine's string order, which in Virtuoso is not code points.
        let ignore: &[&str] = if q.name == "anonymous-only" {
            &["example"]
        } else {
            &[]
        };
        let here = answer_rows(&here, booleans_as_integers, ignore);
        let there = answer_rows(&there, false, ignore);
        // Only the rows that differ, so that a failure stays readable.
        let only_here: Vec<&String> = here.iter().filter(|r| !there.contains(r)).collect();
        let only_there: Vec<&String> = there.iter().filter(|r| !here.contains(r)).collect();
        assert!(
            here.len() == there.len() && only_here.is_empty(),
            "{} from {query_url}: only here {only_here:#?}, only there {only_there:#?}",
            q.name
        );
        assert!(!here.is_empty(), "{}", q.name);
    }
    for q in [
        "ASK { ?c a schema:Claim ; cg:cluster ?k }",
        "ASK { ?c a schema:Claim ; cg:cluster \"no such cluster\" }",
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
        let here = stdout(cg(store).args(args));
        let there = stdout(cg(store).args(args).args(["--endpoint", query_url]));
        let mut a: Vec<&str> = here.lines().collect();
        let mut b: Vec<&str> = there.lines().collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{q} from {query_url}");
        assert!(!a.is_empty());
    }
}

/// What a remote dataset holds, as the sorted dump of a local store that `pull`, with
/// `args` after the URL, fills.
fn pulled(store_url: &str, args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("pulled");
    assert!(stdout(cg(&store).args(["pull", store_url]).args(args)).starts_with("pulled "));
    sorted_dump(&store)
}

/// `ingest --remote` in two steps leaves in the remote exactly what one local ingest of
/// everything leaves in the store, links included.
fn assert_remote_ingest_is_local_ingest(store_url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = corpus_in_two(dir.path());
    let unused = dir.path().join("never-created");
    for part in [&first, &second] {
        let out = stdout(
            cg(&unused)
                .args(["ingest", "--remote", store_url])
                .arg(part),
        );
        assert!(out.starts_with("ingested 2 articles"), "{out}");
    }
    assert!(!unused.exists(), "a remote ingest wrote a local store");
    let (_dir, local) = ingested();
    assert_eq!(pulled(store_url, &[]), sorted_dump(&local), "{store_url}");
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
    // `pull` reads back exactly what the server holds.
    assert_eq!(pulled(&store_url, &[]), local);
    assert_same_answers(&store, &format!("{}/query", remote.base), false);
}

#[test]
fn ingest_remote_into_oxigraph_equals_a_local_ingest() {
    let Some(binary) = oxigraph_binary() else {
        return;
    };
    let remote = Oxigraph::start(&binary);
    let store_url = format!("{}/store", remote.base);
    assert_remote_ingest_is_local_ingest(&store_url);
    let (_dir, local) = ingested();
    assert_eq!(remote.sorted_dump(), sorted_dump(&local));
}

/// OpenLink Virtuoso (Debian's virtuoso-opensource) on a fresh database in a temporary
/// folder, with SPARQL_UPDATE granted to its anonymous SPARQL user as its Graph Store
/// needs; None when `./dev test` did not set the machine up (a bare `cargo test`).
struct Virtuoso {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Virtuoso {
    /// `max_rows` is its cap on the rows of any answer (ResultSetMaxRows).
    fn start(max_rows: usize) -> Option<Self> {
        if std::env::var_os("CLAIMGRAPH_PYTHON").is_none() {
            eprintln!("skipped: not run by ./dev test, which installs Virtuoso");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let (sql, http) = (free_port(), free_port());
        let d = dir.path().display();
        let ini = dir.path().join("virtuoso.ini");
        std::fs::write(
            &ini,
            format!(
                "[Database]\nDatabaseFile = {d}/v.db\nErrorLogFile = {d}/v.log\nLockFile = {d}/v.lck\n\
                 TransactionFile = {d}/v.trx\nxa_persistent_file = {d}/v.pxa\nTempStorage = TempDatabase\n\
                 [TempDatabase]\nDatabaseFile = {d}/t.db\nTransactionFile = {d}/t.trx\n\
                 [Parameters]\nServerPort = {sql}\nDisableUnixSocket = 1\nNumberOfBuffers = 10000\n\
                 MaxDirtyBuffers = 6000\nDirsAllowed = .\n\
                 [HTTPServer]\nServerPort = {http}\nServerRoot = {d}\nServerThreads = 4\nCharset = UTF-8\n\
                 [SPARQL]\nResultSetMaxRows = {max_rows}\nMaxQueryExecutionTime = 60\n"
            ),
        )
        .unwrap();
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "-c"])
            .arg(&ini)
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("virtuoso-t runs (./dev setup installs virtuoso-opensource)");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{http}"),
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", http)).is_err() {
            assert!(Instant::now() < deadline, "Virtuoso did not start");
            std::thread::sleep(Duration::from_millis(200));
        }
        let grant = Command::new("isql-vt")
            .arg(sql.to_string())
            .args(["dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"])
            .output()
            .expect("isql-vt runs");
        assert!(grant.status.success(), "{grant:?}");
        Some(server)
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn virtuoso_holds_what_the_store_holds_and_answers_every_canned_query_alike() {
    let Some(virtuoso) = Virtuoso::start(10_000) else {
        return;
    };
    let store_url = format!("{}/sparql-graph-crud", virtuoso.base);
    // Written by `ingest --remote`, in two steps, then by `push`: each time the same
    // quads as the local store.
    assert_remote_ingest_is_local_ingest(&store_url);
    let (_dir, store) = ingested();
    let local = sorted_dump(&store);
    let out = stdout(cg(&store).args(["push", &store_url, "--batch", "100"]));
    assert!(out.starts_with("pushed "), "{out}");
    assert_eq!(pulled(&store_url, &[]), local);
    // The authenticated Graph Store takes only HTTP digest: answered from USER:PASSWORD.
    let auth_url = format!("{}/sparql-graph-crud-auth", virtuoso.base);
    stdout(cg(&store).args(["push", &auth_url, "--auth", "dba:dba"]));
    assert_eq!(pulled(&auth_url, &["--auth", "dba:dba"]), local);
    let err = stderr(cg(&store).args(["push", &auth_url, "--auth", "dba:wrong"]));
    assert!(
        err.contains("401") && err.contains("credentials were refused"),
        "{err}"
    );
    assert_same_answers(&store, &format!("{}/sparql", virtuoso.base), true);
}

#[test]
fn graphs_larger_than_an_engines_answer_cap_are_read_in_pages() {
    // Virtuoso answering 300 rows at most: every article graph and the links are larger.
    let Some(virtuoso) = Virtuoso::start(300) else {
        return;
    };
    let store_url = format!("{}/sparql-graph-crud", virtuoso.base);
    let (_dir, store) = ingested();
    stdout(cg(&store).args(["push", &store_url]));
    // Read whole, a graph comes back cut: named, with what to do.
    let dir = tempfile::tempdir().unwrap();
    let err = stderr(cg(&dir.path().join("db")).args(["pull", &store_url]));
    assert!(err.contains("of its") && err.contains("--page"), "{err}");
    // In pages under the cap, it comes back whole.
    let local = sorted_dump(&store);
    let sizes = stdout(cg(&store).args([
        "query",
        "--format",
        "csv",
        "-e",
        "SELECT (MAX(?n) AS ?largest) WHERE { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }",
    ]));
    let largest: usize = sizes.lines().nth(1).unwrap().parse().unwrap();
    assert!(
        largest > 3 * 250,
        "{largest}: too small to need three pages"
    );
    assert_eq!(pulled(&store_url, &["--page", "250"]), local);
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
    let err = stderr(cg(&store).args(["push", &url, "--auth", "t0ken"]));
    assert!(err.contains("403") && err.contains("read-only"), "{err}");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer t0ken"));
    // A Graph Store whose query endpoint cannot be guessed is refused before anything
    // is read or sent.
    let dir = tempfile::tempdir().unwrap();
    let err = stderr(
        cg(&dir.path().join("db"))
            .args(["ingest", "--remote", "http://127.0.0.1:9/somewhere"])
            .arg(common::corpus()),
    );
    assert!(err.contains("--remote-query"), "{err}");
}
