//! Canned queries narrowed to an article, an actor or a cluster (`query NAME --focus
//! VAR=VALUE` on the command line, `GET /queries/NAME?VAR=VALUE` on the endpoint) give
//! exactly the rows of the whole table that concern that value, for every focus every
//! canned query declares.

mod common;

use common::*;
use std::path::Path;

/// A row as one comparable line: its variables' values in a fixed order.
fn line(row: &serde_json::Value, vars: &[String]) -> String {
    vars.iter()
        .map(|v| value(row, v))
        .collect::<Vec<_>>()
        .join("\t")
}

fn lines(rows: &[serde_json::Value], vars: &[String]) -> Vec<String> {
    let mut out: Vec<String> = rows.iter().map(|r| line(r, vars)).collect();
    out.sort();
    out
}

fn focused_rows(store: &Path, query: &str, focus: &str) -> Vec<serde_json::Value> {
    let out = stdout(cg(store).args(["query", "--format", "json", query, "--focus", focus]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("SPARQL JSON");
    v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .clone()
}

/// Which rows of the whole table concern `value` of the focus variable `var`: the rows
/// whose column of that name holds it, or for variables the query does not show, the
/// columns that stand for them (a cluster by its label, an article on either side of a
/// disagreement).
fn concerns(
    query: &str,
    var: &str,
    row: &serde_json::Value,
    value_of_focus: &str,
    label_of: &dyn Fn(&str) -> String,
) -> bool {
    match (query, var) {
        ("disagreements", "doc") => {
            value(row, "docA") == value_of_focus || value(row, "docB") == value_of_focus
        }
        (_, "cluster") if row.get("cluster").is_none() => {
            value(row, "label") == label_of(value_of_focus)
        }
        _ => value(row, var) == value_of_focus,
    }
}

#[test]
fn a_narrowed_canned_query_gives_the_whole_tables_rows_for_that_value() {
    let (_dir, store) = ingested();
    let clusters = json_rows(&store, "independent-origins");
    let label_of = |cluster: &str| {
        clusters
            .iter()
            .find(|r| value(r, "cluster") == cluster)
            .map(|r| value(r, "label").to_owned())
            .unwrap_or_default()
    };
    let mut checked = 0;
    for q in claimgraph_queries::all() {
        let whole = json_rows(&store, q.name);
        let Some(first) = whole.first() else { continue };
        let vars: Vec<String> = first
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .chain(
                whole
                    .iter()
                    .flat_map(|r| r.as_object().unwrap().keys().cloned()),
            )
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for v in q.focus_variables() {
            // The values to focus on: what the whole table shows for the variable (or, for
            // a cluster it does not show, the clusters of independent-origins), the first,
            // middle and last of them.
            let mut values: Vec<String> =
                if v.name == "cluster" && !vars.contains(&"cluster".to_owned()) {
                    clusters
                        .iter()
                        .map(|r| value(r, "cluster").to_owned())
                        .collect()
                } else if q.name == "disagreements" {
                    whole.iter().map(|r| value(r, "docA").to_owned()).collect()
                } else {
                    whole.iter().map(|r| value(r, v.name).to_owned()).collect()
                };
            values.retain(|x| !x.is_empty());
            values.sort();
            values.dedup();
            assert!(
                !values.is_empty(),
                "{}: no value of ?{} to focus on",
                q.name,
                v.name
            );
            for x in [
                &values[0],
                &values[values.len() / 2],
                &values[values.len() - 1],
            ] {
                let expected: Vec<serde_json::Value> = whole
                    .iter()
                    .filter(|r| concerns(q.name, v.name, r, x, &label_of))
                    .cloned()
                    .collect();
                let got = focused_rows(&store, q.name, &format!("{}={x}", v.name));
                assert!(
                    !got.is_empty(),
                    "{} --focus {}={x} gave nothing",
                    q.name,
                    v.name
                );
                assert_eq!(
                    lines(&got, &vars),
                    lines(&expected, &vars),
                    "{} --focus {}={x}",
                    q.name,
                    v.name
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 30, "only {checked} focused queries were checked");
}

#[test]
fn a_focus_the_query_does_not_take_is_refused_with_the_ones_it_does() {
    let (_dir, store) = ingested();
    let err = stderr(cg(&store).args(["query", "attributions", "--focus", "cluster=x"]));
    assert!(err.contains("?doc"), "{err}");
    let err = stderr(cg(&store).args(["query", "shared-claims", "--focus", "cluster=not an iri"]));
    assert!(err.contains("not one"), "{err}");
    let err = stderr(cg(&store).args(["query", "attributions", "--focus", "doc"]));
    assert!(err.contains("NAME=VALUE"), "{err}");
}

#[test]
fn the_endpoint_lists_and_runs_narrowed_canned_queries() {
    let (_dir, store) = ingested();
    let doc = value(&json_rows(&store, "attributions")[0], "doc").to_owned();
    // Read before the server holds the store.
    let expected = json_rows(&store, "claim-origins")
        .iter()
        .filter(|row| value(row, "doc") == doc)
        .count();
    let server = Server::start(&store, &[]);

    let list: serde_json::Value =
        serde_json::from_str(&server.get("/queries", "application/json").body).unwrap();
    let origins = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "claim-origins")
        .expect("claim-origins listed");
    assert_eq!(origins["focus"][0]["name"], "doc");

    let r = server.get(
        &format!("/queries/claim-origins?doc={}", encode(&doc)),
        "application/sparql-results+json",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let rows = v["results"]["bindings"].as_array().unwrap();
    assert!(!rows.is_empty(), "{}", r.body);
    assert_eq!(rows.len(), expected);
    assert!(rows.iter().all(|row| value(row, "doc") == doc));

    let csv = server.get(
        &format!("/queries/attributions?doc={}&format=csv", encode(&doc)),
        "",
    );
    assert!(
        csv.body.starts_with("doc,source,cue,actor,kind,content"),
        "{}",
        csv.body
    );

    assert_eq!(server.get("/queries/nope", "*/*").status, 404);
    let bad = server.get("/queries/attributions?actor=x", "*/*");
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("?doc"), "{}", bad.body);
}
