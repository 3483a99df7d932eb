//! Helpers shared by the end-to-end test binaries: the built binary on a temporary
//! store, the bundled corpus, and SPARQL JSON rows.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// The bundled corpus.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/kabul-2021-08")
}

/// A PolNeAR split beside the clone (`../shared`), where the workspace keeps it.
pub fn polnear(split: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/polnear")
        .join(split)
}

/// A Reuters-21578 file beside the clone (`../shared`), where the workspace keeps it.
pub fn reuters(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/reuters21578")
        .join(file)
}

/// The built binary on a store, deaf to the environment's store.
pub fn cg(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimgraph").expect("binary built");
    cmd.arg("--store").arg(store).env_remove("CLAIMGRAPH_STORE");
    cmd
}

/// Runs a command that must succeed; its standard output.
pub fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Runs a command that must succeed; its standard error (the log).
pub fn log_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("utf-8 log")
}

/// Runs a command that must fail; its standard error.
pub fn stderr(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        !out.status.success(),
        "succeeded: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A temporary store holding the bundled corpus.
pub fn ingested() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(corpus()));
    (dir, store)
}

/// The bundled corpus in two folders under `dir` (articles 0 and 2, then 1 and 3), for
/// ingesting in two steps.
pub fn corpus_in_two(dir: &Path) -> (PathBuf, PathBuf) {
    let (first, second) = (dir.join("first"), dir.join("second"));
    for (i, part) in [&first, &second, &first, &second].into_iter().enumerate() {
        std::fs::create_dir_all(part).unwrap();
        let name = format!("00{i}_");
        let file = std::fs::read_dir(corpus())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&name))
            .unwrap();
        std::fs::copy(&file, part.join(file.file_name().unwrap())).unwrap();
    }
    (first, second)
}

/// A fresh input folder holding one article of the bundled corpus under `name`; the
/// tests add bad or extra inputs beside it.
pub fn input_with_one_article(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(corpus().join("001_9b01563cfbac5dae.txt"), input.join(name)).unwrap();
    (dir, input)
}

/// The rows of a canned query (by name) or of SPARQL text, as SPARQL JSON bindings.
pub fn json_rows(store: &Path, query: &str) -> Vec<serde_json::Value> {
    let mut cmd = cg(store);
    cmd.args(["query", "--format", "json"]);
    // A canned query by name, or SPARQL text.
    if query.contains(' ') {
        cmd.arg("-e");
    }
    let out = stdout(cmd.arg(query));
    let v: serde_json::Value = serde_json::from_str(&out).expect("SPARQL JSON");
    v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .clone()
}

/// The lexical value of a row's variable, empty when unbound.
pub fn value<'a>(row: &'a serde_json::Value, var: &str) -> &'a str {
    row[var]["value"].as_str().unwrap_or("")
}

/// The store's quads as sorted N-Quads lines.
pub fn sorted_dump(store: &Path) -> Vec<String> {
    let mut lines: Vec<String> = stdout(cg(store).arg("dump"))
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An HTTP response as the tests read it.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// Header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl Response {
    /// The first value of a header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `claimgraph serve` on a store, killed when dropped.
pub struct Server {
    child: Child,
    /// The port it listens on.
    pub port: u16,
}

impl Server {
    /// Starts the server with extra arguments and waits until /health answers.
    pub fn start(store: &Path, args: &[&str]) -> Self {
        Self::start_with_env(store, args, &[])
    }

    /// Like [`Server::start`], with environment variables.
    pub fn start_with_env(store: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        let port = free_port();
        let bin = assert_cmd::cargo::cargo_bin("claimgraph");
        let child = std::process::Command::new(bin)
            .arg("--store")
            .arg(store)
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .args(args)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        while server.try_request("GET", "/health", &[], b"").is_none() {
            assert!(Instant::now() < deadline, "server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    /// Sends a signal (`TERM`, `INT`) and waits: whether the server exited cleanly
    /// within `seconds`.
    pub fn signal(&mut self, signal: &str, seconds: u64) -> bool {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .is_ok_and(|s| s.success());
        let deadline = Instant::now() + Duration::from_secs(seconds);
        while sent && Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Sends a request and hangs up without reading the answer.
    pub fn send_and_hang_up(&self, path: &str) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        std::thread::sleep(Duration::from_millis(500));
    }

    /// GET with an Accept header.
    pub fn get(&self, path: &str, accept: &str) -> Response {
        self.request("GET", path, &[("Accept", accept)], b"")
    }

    /// GET /sparql with a query, more parameters (`&name=value…`) and an Accept header.
    pub fn query(&self, query: &str, parameters: &str, accept: &str) -> Response {
        self.get(
            &format!("/sparql?query={}{parameters}", encode(query)),
            accept,
        )
    }

    /// POST to /sparql with a content type.
    pub fn post(&self, content_type: &str, body: &[u8]) -> Response {
        self.request("POST", "/sparql", &[("Content-Type", content_type)], body)
    }

    /// Any request; panics when the connection fails.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        self.try_request(method, path, headers, body)
            .expect("the server answers")
    }

    fn try_request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Option<Response> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(60))).ok()?;
        let mut head =
            format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        s.write_all(head.as_bytes()).ok()?;
        s.write_all(body).ok()?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).ok()?;
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n")?;
        let mut lines = head.lines();
        let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        Some(Response {
            status,
            headers,
            body: body.to_owned(),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Percent-encodes a query for a URL or a form.
pub fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
