//! `claimgraph export dot` end to end: every format renders with GraphViz, a focus holds
//! what it should, labels survive escaping, the same store gives the same bytes, and the
//! guards say what to do.

mod common;

use common::{cg, ingested, json_rows, stdout, value};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The JSON export with the given extra arguments, parsed.
fn export_json(store: &Path, args: &[&str]) -> Value {
    let out = stdout(
        cg(store)
            .args(["export", "dot", "--format", "json"])
            .args(args),
    );
    serde_json::from_str(&out).expect("export is JSON")
}

/// One field of every node of a JSON export, in node order.
fn node_field<'a>(doc: &'a Value, field: &str) -> Vec<&'a str> {
    doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n[field].as_str().unwrap())
        .collect()
}

/// The ids of the nodes of a JSON export.
fn node_ids(doc: &Value) -> BTreeSet<String> {
    node_field(doc, "id")
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// Runs GraphViz on DOT source and returns the SVG it draws.
fn graphviz_svg(dot: &[u8]) -> String {
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("GraphViz `dot` must be installed (apt-get install graphviz)");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(dot).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_format_renders_and_json_is_a_consistent_node_link_graph() {
    let (dir, store) = ingested();
    let dot = stdout(cg(&store).args(["export", "dot"]));
    assert!(dot.starts_with("digraph claimgraph {"), "{dot}");
    assert!(graphviz_svg(dot.as_bytes()).contains("<svg"));
    // Drawn formats, by --format and by the output file's extension.
    for (file, args, magic) in [
        ("g.svg", vec![], &b"<?xml"[..]),
        ("g.png", vec![], &b"\x89PNG"[..]),
        ("g.pdf", vec![], &b"%PDF"[..]),
        ("g.out", vec!["--format", "png"], &b"\x89PNG"[..]),
    ] {
        let path = dir.path().join(file);
        stdout(
            cg(&store)
                .args(["export", "dot", "-o"])
                .arg(&path)
                .args(&args),
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(magic), "{file}: {:?}", &bytes[..8]);
    }
    let doc = export_json(&store, &[]);
    let ids = node_ids(&doc);
    assert_eq!(
        ids.len(),
        doc["nodes"].as_array().unwrap().len(),
        "ids unique"
    );
    let links = doc["links"].as_array().unwrap();
    assert!(!links.is_empty());
    for link in links {
        for end in ["source", "target"] {
            assert!(ids.contains(link[end].as_str().unwrap()), "{link}");
        }
    }
    let kinds: BTreeSet<&str> = links.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    for kind in ["appears in", "attributed to", "derived from", "member of"] {
        assert!(kinds.contains(kind), "{kinds:?}");
    }
    // The same claims as the store holds: every attributed claim is a node.
    for row in json_rows(&store, "SELECT ?c WHERE { ?a cg:claim ?c }") {
        assert!(ids.contains(value(&row, "c")), "{row}");
    }
}

#[test]
fn an_actor_quoted_in_two_articles_brings_both_articles_the_quotes_and_their_chains() {
    let (_dir, store) = ingested();
    // A person the store itself says is quoted in more than one article.
    let people = json_rows(&store, "actors-in-several-articles");
    let person = people
        .iter()
        .find(|r| value(r, "kind") == "Person")
        .expect("a person quoted in two articles");
    let (actor, name) = (value(person, "actor"), value(person, "name"));
    let doc = export_json(&store, &["--actor", name]);
    let ids = node_ids(&doc);
    assert!(ids.contains(actor), "{ids:?}");
    let said = json_rows(
        &store,
        &format!("SELECT ?c ?article WHERE {{ ?c prov:wasAttributedTo <{actor}> ; schema:appearance ?article }}"),
    );
    let articles: BTreeSet<&str> = said.iter().map(|r| value(r, "article")).collect();
    assert!(articles.len() >= 2, "{said:?}");
    for row in &said {
        assert!(ids.contains(value(row, "c")), "claim {row} missing");
        assert!(ids.contains(value(row, "article")), "article {row} missing");
    }
    // Chains through the actor's claims, both ways, with the claims' actors.
    let chains = json_rows(
        &store,
        &format!("SELECT ?c ?d WHERE {{ ?x prov:wasAttributedTo <{actor}> {{ ?c prov:wasDerivedFrom ?x BIND(?x AS ?d) }} UNION {{ ?x prov:wasDerivedFrom ?d BIND(?x AS ?c) }} }}"),
    );
    for row in &chains {
        assert!(
            ids.contains(value(row, "c")) && ids.contains(value(row, "d")),
            "{row}"
        );
    }
    // Nothing of the articles beyond what touches the actor: another actor's claim in
    // an article the actor is not quoted in stays out.
    let unrelated = json_rows(
        &store,
        &format!("SELECT ?c WHERE {{ ?c prov:wasAttributedTo ?other ; schema:appearance ?a . FILTER(?other != <{actor}>) FILTER NOT EXISTS {{ ?x prov:wasAttributedTo <{actor}> ; schema:appearance ?a }} FILTER NOT EXISTS {{ ?c prov:wasDerivedFrom* ?y . ?y prov:wasAttributedTo <{actor}> }} FILTER NOT EXISTS {{ ?c cg:cluster ?k . ?m cg:cluster ?k ; prov:wasAttributedTo <{actor}> }} }}"),
    );
    assert!(!unrelated.is_empty());
    for row in &unrelated {
        assert!(!ids.contains(value(row, "c")), "{row} should not be shown");
    }
}

#[test]
fn the_same_store_gives_the_same_bytes() {
    let (_dir, store) = ingested();
    for args in [
        vec![],
        vec!["--format", "json"],
        vec!["--collapse"],
        vec!["--outlet", "The New York Times", "--depth", "1"],
    ] {
        let run = || {
            cg(&store)
                .args(["export", "dot"])
                .args(&args)
                .output()
                .unwrap()
                .stdout
        };
        let first = run();
        assert!(!first.is_empty(), "{args:?}");
        assert_eq!(first, run(), "{args:?}");
    }
}

#[test]
fn labels_with_quotes_backslashes_and_non_ascii_survive() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("escapes.txt"),
        "The ministry said that files under C:\\Données\\\"new\" were deleted on Friday.\n\n\
         Jane Roe, a spokeswoman for the ministry, said the backup in C:\\Archive was safe.\n",
    )
    .unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(&input));
    let texts: Vec<String> = json_rows(
        &store,
        "SELECT ?t WHERE { ?a cg:claim ?c . ?c schema:text ?t }",
    )
    .iter()
    .map(|r| value(r, "t").to_owned())
    .collect();
    let tricky = texts
        .iter()
        .find(|t| t.contains('\\') && t.contains('"') && t.contains('é'))
        .unwrap_or_else(|| panic!("a claim with a backslash, a quote and é: {texts:?}"));
    // JSON carries the label as stored.
    let doc = export_json(&store, &[]);
    let labels = node_field(&doc, "label");
    assert!(labels.contains(&tricky.as_str()), "{labels:?}");
    // GraphViz parses the DOT and draws the characters themselves.
    let dot = stdout(cg(&store).args(["export", "dot"]));
    let svg = graphviz_svg(dot.as_bytes());
    assert!(svg.contains("C:\\Données\\&quot;new&quot;"), "{svg}");
}

#[test]
fn guards_say_what_to_do() {
    let (dir, store) = ingested();
    let fail = |cmd: &mut assert_cmd::Command| -> String {
        let out = cmd.output().unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = fail(cg(&store).args(["export", "dot", "--max-nodes", "3"]));
    for option in [
        "--claim",
        "--cluster",
        "--actor",
        "--article",
        "--outlet",
        "--max-nodes",
    ] {
        assert!(err.contains(option), "{err}");
    }
    // A misspelt name (its last letter changed) finds nothing, and the hint names it.
    let people = json_rows(&store, "actors-in-several-articles");
    let name = value(&people[0], "name");
    let misspelt = format!("{}#", &name[..name.len() - 1]);
    let err = fail(cg(&store).args(["export", "dot", "--actor", &misspelt]));
    assert!(
        err.contains("no actor matches") && err.contains(&format!("did you mean {name}")),
        "{err}"
    );
    // Without GraphViz, a drawn format says how to get it; DOT and JSON need none.
    let empty = dir.path().join("no-graphviz");
    std::fs::create_dir(&empty).unwrap();
    let err = fail(
        cg(&store)
            .env("PATH", &empty)
            .args(["export", "dot", "--format", "svg"]),
    );
    assert!(err.contains("apt-get install graphviz"), "{err}");
    stdout(cg(&store).env("PATH", &empty).args(["export", "dot"]));
}

#[test]
fn collapsing_keeps_clusters_their_outlets_and_origins_not_claims() {
    let (_dir, store) = ingested();
    let doc = export_json(&store, &["--collapse"]);
    let kinds: BTreeSet<&str> = node_field(&doc, "kind").into_iter().collect();
    assert!(kinds.contains("claim cluster"), "{kinds:?}");
    assert!(!kinds.contains("claim"), "{kinds:?}");
    let clusters = json_rows(&store, "SELECT ?k WHERE { ?k a cg:ClaimCluster }");
    let ids = node_ids(&doc);
    for row in &clusters {
        assert!(ids.contains(value(row, "k")), "{row}");
    }
    let carried = doc["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["kind"] == "carried by")
        .count();
    // Every cluster spans at least two articles.
    assert!(
        carried >= 2 * clusters.len(),
        "{carried} for {}",
        clusters.len()
    );
}
