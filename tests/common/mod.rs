//! Helpers shared by the end-to-end test binaries: the built binary on a temporary
//! store, the bundled corpus, and SPARQL JSON rows.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The bundled corpus.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/kabul-2021-08")
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

/// A temporary store holding the bundled corpus.
pub fn ingested() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(corpus()));
    (dir, store)
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
