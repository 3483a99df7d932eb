//! End-to-end tests of the built `claimgraph` binary on the bundled corpus: ingest (twice),
//! query, extract, dump, serve over real HTTP, the demo.

use assert_cmd::Command;
use std::path::PathBuf;

mod common;

use common::*;

#[test]
fn reingest_leaves_the_same_quads() {
    let (_dir, store) = ingested();
    let first = sorted_dump(&store);
    assert!(first.len() > 500, "only {} quads", first.len());
    let summary = stdout(cg(&store).arg("ingest").arg(corpus()));
    assert!(summary.contains("ingested 4 articles"), "{summary}");
    assert_eq!(sorted_dump(&store), first);
}

#[test]
fn state_department_quote_is_attributed_in_both_articles() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "attributions");
    let docs: Vec<&str> = rows
        .iter()
        .filter(|r| {
            value(r, "content").starts_with("We are withdrawing our forces from Afghanistan")
        })
        .inspect(|r| assert_eq!(value(r, "actor"), "State Department", "{r}"))
        .map(|r| value(r, "doc"))
        .collect();
    assert_eq!(docs, ["000_33e9d06c3c1aa050", "001_9b01563cfbac5dae"]);
}

#[test]
fn the_quote_is_one_cluster_across_articles_and_actors_merge() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "shared-claims");
    let quote: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| value(r, "text").contains("not withdrawing from Afghanistan"))
        .collect();
    assert!(quote.len() >= 2, "{rows:#?}");
    assert!(quote
        .iter()
        .all(|r| value(r, "cluster") == value(quote[0], "cluster")));
    let actors = json_rows(&store, "actors-in-several-articles");
    let names: Vec<&str> = actors.iter().map(|r| value(r, "name")).collect();
    assert!(names.contains(&"The New York Times"), "{names:?}");
    assert!(names.contains(&"Ned Price"), "{names:?}");
}

#[test]
fn citation_chains_reach_the_anonymous_officials() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "citation-chains");
    assert!(
        rows.iter()
            .any(|r| value(r, "doc") == "001_9b01563cfbac5dae"
                && value(r, "reporter") == "The New York Times"
                && value(r, "originSource") == "two American officials"),
        "{rows:#?}"
    );
}

#[test]
fn extract_writes_the_same_quads_as_ingest_stores_per_article() {
    let (_dir, store) = ingested();
    let nquads = stdout(
        Command::cargo_bin("claimgraph")
            .unwrap()
            .arg("extract")
            .arg(corpus()),
    );
    let parsed: Vec<_> = claimgraph_store::oxigraph::io::RdfParser::from_format(
        claimgraph_store::oxigraph::io::RdfFormat::NQuads,
    )
    .for_slice(nquads.as_bytes())
    .collect::<Result<_, _>>()
    .expect("valid N-Quads");
    let mut extracted: Vec<String> = parsed.iter().map(|q| format!("{q} .")).collect();
    extracted.sort();
    extracted.dedup();
    let stored: Vec<String> = sorted_dump(&store)
        .into_iter()
        // What linking adds is not extraction's.
        .filter(|l| {
            !l.ends_with("<https://w3id.org/claimgraph/id/graph/links> .")
                && !l.ends_with("<https://w3id.org/claimgraph/id/graph/origins> .")
        })
        .collect();
    assert_eq!(extracted, stored);
}

#[test]
fn mention_offsets_are_code_points_into_the_text() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "SELECT ?doc ?b ?e ?anchor WHERE { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext/cg:docId ?doc }");
    assert!(rows.len() > 100);
    for r in rows {
        let text =
            std::fs::read_to_string(corpus().join(format!("{}.txt", value(&r, "doc")))).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let (b, e): (usize, usize) = (
            value(&r, "b").parse().unwrap(),
            value(&r, "e").parse().unwrap(),
        );
        assert_eq!(chars[b..e].iter().collect::<String>(), value(&r, "anchor"));
    }
}

#[test]
fn queries_lists_and_runs_canned_queries_and_reports_syntax_errors() {
    let (_dir, store) = ingested();
    let list = stdout(cg(&store).arg("queries"));
    for name in [
        "attributions",
        "shared-claims",
        "citation-chains",
        "unattributed",
        "actors-in-several-articles",
    ] {
        assert!(list.contains(name), "{list}");
    }
    let csv = stdout(cg(&store).args(["query", "unattributed", "--format", "csv"]));
    assert!(csv.starts_with("doc,hedge,text"), "{csv}");
    let out = cg(&store)
        .args(["query", "-e", "SELECT ?x WHERE { ?x ?y }"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("syntax error") && err.contains("1:"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn serve_answers_sparql_over_http_and_holds_the_store() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let q = "SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fa%20a%20cg%3AAttribution%20%7D";
    let resp = server.get(
        &format!("/sparql?query={q}"),
        "application/sparql-results+json",
    );
    assert_eq!(resp.status, 200, "{resp:?}");
    assert_eq!(
        resp.header("content-type"),
        Some("application/sparql-results+json")
    );
    let json: serde_json::Value = serde_json::from_str(&resp.body).unwrap();
    let n: u64 = json["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(n >= 40, "{n} attributions");
    // While the server holds the store, a writer is refused with a clear message.
    let out = cg(&store).arg("ingest").arg(corpus()).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("in use by another claimgraph process"));
    drop(server);
}

#[test]
fn demo_runs_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        Command::cargo_bin("claimgraph")
            .unwrap()
            .current_dir(dir.path())
            .env_remove("CLAIMGRAPH_STORE")
            .arg("demo"),
    );
    assert!(out.contains("ingested 4 articles"), "{out}");
    assert!(out.contains("Claims that several articles carry"), "{out}");
    assert!(
        out.contains("The New York Times → two American officials"),
        "{out}"
    );
    assert!(dir.path().join("claimgraph-demo.db").is_dir());
}

#[test]
fn metadata_from_sidecars_and_jsonl_reaches_the_graph() {
    let (dir, input) = input_with_one_article("apn.txt");
    std::fs::write(input.join("apn.json"), r#"{"title": "US seeks Taliban assurances", "publisher": "Associated Press of Pakistan", "date": "2021-08-12", "url": "https://example.org/apn"}"#).unwrap();
    let line = serde_json::json!({"id": "wire-7", "text": "The minister said the border would reopen on Monday, officials said.", "publisher": "Reuters", "date": "2021-08-13T10:00:00Z"});
    std::fs::write(input.join("feed.jsonl"), format!("{line}\n")).unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(&input));
    let rows = json_rows(&store, "SELECT ?doc ?title ?pub ?date ?url WHERE { ?a cg:docId ?doc ; schema:publisher/rdfs:label ?pub ; schema:datePublished ?date . OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:url ?url } } ORDER BY ?doc");
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert_eq!(
        (
            value(&rows[0], "doc"),
            value(&rows[0], "pub"),
            value(&rows[0], "date")
        ),
        ("apn", "Associated Press of Pakistan", "2021-08-12")
    );
    assert_eq!(value(&rows[0], "url"), "https://example.org/apn");
    assert_eq!(
        rows[0]["date"]["datatype"],
        "http://www.w3.org/2001/XMLSchema#date"
    );
    assert_eq!(
        (value(&rows[1], "doc"), value(&rows[1], "pub")),
        ("wire-7", "Reuters")
    );
    assert_eq!(
        rows[1]["date"]["datatype"],
        "http://www.w3.org/2001/XMLSchema#dateTime"
    );
    // Claims in the outlet's own voice are attributed to the publisher.
    let own = json_rows(&store, "SELECT ?who WHERE { ?c cg:unattributed true ; schema:appearance/cg:docId \"apn\" ; prov:wasAttributedTo/rdfs:label ?who } LIMIT 1");
    assert_eq!(value(&own[0], "who"), "Associated Press of Pakistan");
}

#[test]
fn numbers_that_disagree_across_articles_are_linked() {
    let (_dir, store) = ingested();
    let rows = json_rows(
        &store,
        "SELECT DISTINCT ?a ?b WHERE { ?x cg:disagreesWith ?y . ?x schema:text ?a . ?y schema:text ?b FILTER(STR(?x) < STR(?y)) }",
    );
    let counts = |t: &str, n: &str| t.contains(n) && t.contains("provincial capitals");
    assert!(
        rows.iter().any(|r| {
            let (a, b) = (value(r, "a"), value(r, "b"));
            counts(a, "11") && counts(b, "12") || counts(a, "12") && counts(b, "11")
        }),
        "{rows:#?}"
    );
    // cg:disagreesWith is symmetric: every link is stated both ways.
    let one_way = json_rows(
        &store,
        "SELECT ?x ?y WHERE { ?x cg:disagreesWith ?y FILTER NOT EXISTS { ?y cg:disagreesWith ?x } }",
    );
    assert!(one_way.is_empty(), "{one_way:#?}");
}

#[test]
fn extract_shards_from_a_map_step_load_into_the_store_ingest_makes() {
    let (dir, reference) = ingested();
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let list = |part: &[PathBuf]| -> String {
        part.iter().map(|p| format!("{}\n", p.display())).collect()
    };
    let (first, second) = files.split_at(files.len() / 2);
    // One shard from an input list on standard input, one from a list file.
    let shard_a = dir.path().join("a.nq");
    let out = cg(&reference)
        .args(["extract", "--inputs-from", "-", "-o"])
        .arg(&shard_a)
        .write_stdin(list(first))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list_b = dir.path().join("b.list");
    std::fs::write(&list_b, list(second)).unwrap();
    let shard_b = dir.path().join("b.nq");
    stdout(
        cg(&reference)
            .args(["extract", "--inputs-from"])
            .arg(&list_b)
            .arg("-o")
            .arg(&shard_b),
    );
    // Concatenated shards are one dataset; loading it links without the text.
    let all = dir.path().join("all.nq");
    let joined = [
        std::fs::read(&shard_a).unwrap(),
        std::fs::read(&shard_b).unwrap(),
    ]
    .concat();
    std::fs::write(&all, joined).unwrap();
    let store = dir.path().join("from-shards");
    let out = stdout(cg(&store).arg("load").arg(&all));
    assert!(out.starts_with("loaded "), "{out}");
    let expected = sorted_dump(&reference);
    assert_eq!(sorted_dump(&store), expected);
    // A shard that does not parse is named with its line and changes nothing.
    let bad = dir.path().join("bad.nq");
    std::fs::write(
        &bad,
        "<https://example.org/s> <https://example.org/p> \"unterminated .\n",
    )
    .unwrap();
    let out = cg(&store).arg("load").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.nq") && err.contains("line 1"), "{err}");
    assert_eq!(sorted_dump(&store), expected);
}
