//! End-to-end tests of the cross-article provenance answers on the bundled corpus: the
//! canned queries for origins, crediting, anonymous-only claims, disagreements and who
//! said it first, and incremental ingest giving what one ingest of everything gives; the
//! claims made on Twitter, on a PolNeAR article that embeds tweets; and one name per actor
//! across Reuters stories that write names in capitals.

mod common;

use common::*;
use serde_json::Value;

fn rows_where(rows: &[Value], pred: impl Fn(&Value) -> bool) -> Vec<&Value> {
    rows.iter().filter(|r| pred(r)).collect()
}

#[test]
fn outlets_rerunning_one_newspaper_are_one_independent_origin() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "independent-origins");
    // Three articles carry the envoy's effort, every one through the Times.
    let effort = rows_where(&rows, |r| value(r, "label").contains("Zalmay Khalilzad"));
    assert_eq!(effort.len(), 1, "{rows:#?}");
    assert_eq!(value(effort[0], "articles"), "3");
    assert_eq!(value(effort[0], "independentOrigins"), "1");
    assert_eq!(value(effort[0], "origins"), "The New York Times");
    // Every cluster has at least one origin and no more than its member articles allow.
    for r in &rows {
        let n: usize = value(r, "independentOrigins").parse().unwrap();
        assert!(n >= 1, "{r}");
        assert_eq!(value(r, "origins").split(" | ").count(), n, "{r}");
    }
}

#[test]
fn claim_origins_follow_the_chain_past_the_reporting_outlet() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "claim-origins");
    let relayed = rows_where(&rows, |r| {
        value(r, "doc") == "001_9b01563cfbac5dae"
            && value(r, "reportedBy") == "The New York Times"
            && value(r, "reportedFrom") == "two American officials"
    });
    assert!(!relayed.is_empty(), "{rows:#?}");
    // The named outlet is the origin: the officials are anonymous.
    assert!(relayed
        .iter()
        .all(|r| value(r, "origin") == "The New York Times"
            && value(r, "originKind") == "NewsMediaOrganization"));
    // A quote credited straight to a spokesman starts with him.
    assert!(rows.iter().any(|r| value(r, "reportedBy") == "Ned Price"
        && value(r, "origin") == "Ned Price"
        && value(r, "originKind") == "Person"));
    // Only what the articles carry: no inner hop of a chain is listed as a claim.
    assert!(!rows
        .iter()
        .any(|r| value(r, "reportedBy") == "two American officials"));
}

#[test]
fn outlets_carrying_a_quote_credit_its_source() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "outlets-crediting");
    let quote = rows_where(&rows, |r| {
        value(r, "label").contains("not withdrawing from Afghanistan")
    });
    let mut docs: Vec<&str> = quote.iter().map(|r| value(r, "doc")).collect();
    docs.dedup();
    assert_eq!(
        docs,
        ["000_33e9d06c3c1aa050", "001_9b01563cfbac5dae"],
        "{quote:#?}"
    );
    for r in &quote {
        assert_eq!(value(r, "credited"), "true", "{r}");
    }
    // Both articles credit the statement's first quote to the State Department; the
    // first article gives its second quote, which the second article runs in the same
    // statement, to "another official … quoted by the media".
    let credits = |doc: &str| -> Vec<(&str, &str)> {
        let mut credits: Vec<_> = quote
            .iter()
            .filter(|r| value(r, "doc") == doc)
            .map(|r| (value(r, "credits"), value(r, "origin")))
            .collect();
        credits.sort();
        credits
    };
    assert_eq!(
        credits("000_33e9d06c3c1aa050"),
        [
            ("State Department", "State Department"),
            ("the media", "another official")
        ]
    );
    assert_eq!(
        credits("001_9b01563cfbac5dae"),
        [("State Department", "State Department")]
    );
    // The second article's dateline names its agency, which stands in for the outlet.
    let second = quote
        .iter()
        .find(|r| value(r, "doc") == "001_9b01563cfbac5dae");
    assert_eq!(
        second.map(|r| value(r, "outlet")),
        Some("Associated Press of Pakistan")
    );
    // A claim stated in an article's own voice is carried without credit.
    assert!(rows
        .iter()
        .any(|r| value(r, "credited") == "false" && value(r, "credits").is_empty()));
}

#[test]
fn anonymous_only_claims_are_counted_per_outlet() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "anonymous-only");
    assert!(!rows.is_empty());
    // Relayed anonymous sourcing is counted under the outlet that relays it.
    assert!(
        rows.iter()
            .any(|r| value(r, "outlet") == "Associated Press of Pakistan"
                && value(r, "viaOutlet") == "The New York Times"),
        "{rows:#?}"
    );
    let claims: usize = rows
        .iter()
        .map(|r| value(r, "claims").parse::<usize>().unwrap())
        .sum();
    let anonymous = json_rows(
        &store,
        "SELECT DISTINCT ?c WHERE { ?c cg:origin ?o . ?o a cg:AnonymousSource FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?c } }",
    );
    assert!(claims >= anonymous.len(), "{claims} < {}", anonymous.len());
}

#[test]
fn disagreements_query_pairs_the_differing_counts() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "disagreements");
    assert!(
        rows.iter().any(|r| value(r, "textA").contains("11")
            && value(r, "textB").contains("12 of the 34")
            && value(r, "docA") != value(r, "docB")),
        "{rows:#?}"
    );
}

#[test]
fn cue_verbs_are_counted_per_actor_and_outlet() {
    let (_dir, store) = ingested();
    let rows = json_rows(&store, "cue-verbs-by-outlet");
    let price: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| value(r, "actor") == "Ned Price")
        .map(|r| (value(r, "outlet"), value(r, "cue")))
        .collect();
    assert!(price.len() >= 2, "{price:?}");
    assert!(price.iter().any(|&(_, cue)| cue == "say"), "{price:?}");
    // Anonymous sources are not actors to profile.
    assert!(!rows.iter().any(|r| value(r, "actor").contains("officials")));
}

/// Two dated copies of a bundled article under other names: the same claims, published
/// on different days by different outlets.
#[test]
fn who_said_it_first_goes_by_publication_date() {
    let (dir, input) = input_with_one_article("later.txt");
    std::fs::copy(
        corpus().join("000_33e9d06c3c1aa050.txt"),
        input.join("earlier.txt"),
    )
    .unwrap();
    std::fs::write(
        input.join("later.json"),
        r#"{"publisher": "Later Daily", "date": "2021-08-13"}"#,
    )
    .unwrap();
    std::fs::write(
        input.join("earlier.json"),
        r#"{"publisher": "Early Gazette", "date": "2021-08-12"}"#,
    )
    .unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(&input));
    let rows = json_rows(&store, "first-said");
    let quote = rows_where(&rows, |r| {
        value(r, "label").contains("not withdrawing from Afghanistan")
    });
    assert!(!quote.is_empty(), "{rows:#?}");
    assert_eq!(value(quote[0], "outlet"), "Early Gazette", "{quote:#?}");
    for r in &quote {
        let first = value(r, "outlet") == "Early Gazette";
        assert_eq!(
            value(r, "first"),
            if first { "true" } else { "false" },
            "{r}"
        );
    }
}

#[test]
fn ingesting_in_two_steps_equals_ingesting_everything_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = corpus_in_two(dir.path());
    let stepwise = dir.path().join("stepwise");
    stdout(cg(&stepwise).arg("ingest").arg(&first));
    let after_first = sorted_dump(&stepwise);
    stdout(cg(&stepwise).arg("ingest").arg(&second));
    let at_once = dir.path().join("at-once");
    stdout(cg(&at_once).arg("ingest").arg(&first).arg(&second));
    let all = sorted_dump(&at_once);
    assert_eq!(sorted_dump(&stepwise), all);
    // The second step changed the links, not only added articles.
    let links = |dump: &[String]| {
        dump.iter()
            .filter(|l| l.ends_with("<https://w3id.org/claimgraph/id/graph/links> ."))
            .count()
    };
    assert!(
        links(&all) > links(&after_first),
        "{} vs {}",
        links(&all),
        links(&after_first)
    );
}

/// PolNeAR keeps embedded tweets as `<tweet author="…">…</tweet>` elements: each is a
/// claim its account made, listed by `tweets` with the account's profile.
#[test]
fn tweets_lists_each_embedded_tweet_under_its_account() {
    let name = "huff-post_2015-12-02_democrats-call-for-action-while-";
    let article = polnear("train").join(format!("text/{name}.txt"));
    let text = std::fs::read_to_string(&article).unwrap();
    // The authors of the elements that have text, read off the markup here.
    let mut authors: Vec<String> = text
        .split("<tweet ")
        .skip(1)
        .filter(|element| !element.starts_with("/>") && element.contains("</tweet>"))
        .filter_map(|element| {
            let value = element.split("author=\"").nth(1)?;
            Some(value[..value.find('"')?].to_lowercase())
        })
        .collect();
    authors.sort();
    assert!(authors.len() >= 10, "{authors:?}");
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("db");
    stdout(cg(&store).arg("ingest").arg(&article));
    let rows = json_rows(&store, "tweets");
    // (The headline's "…While Republicans Tweet Prayers…" is a row too, with no profile.)
    let mut profiles: Vec<String> = rows
        .iter()
        .filter_map(|r| value(r, "profile").strip_prefix("https://twitter.com/"))
        .map(str::to_lowercase)
        .collect();
    profiles.sort();
    assert_eq!(profiles, authors);
    let gun_laws = rows_where(&rows, |r| {
        value(r, "text").contains("meaningful gun safety laws")
    });
    assert_eq!(gun_laws.len(), 1);
    assert_eq!(
        value(gun_laws[0], "profile"),
        "https://twitter.com/MartinOMalley"
    );
    assert!(rows.iter().all(|r| value(r, "doc") == name));
}

#[test]
fn an_actor_has_one_name_the_best_written_whatever_the_order_of_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (reuters("reut2-000.sgm"), reuters("reut2-001.sgm"));
    let at_once = dir.path().join("at-once");
    stdout(cg(&at_once).arg("ingest").arg(&first).arg(&second));
    let in_two = dir.path().join("in-two");
    stdout(cg(&in_two).arg("ingest").arg(&second));
    stdout(cg(&in_two).arg("ingest").arg(&first));
    assert_eq!(sorted_dump(&at_once), sorted_dump(&in_two));
    // Without the link state the relink reads the stored names from the store, and the
    // ingest's own, which wait outside it, from what it extracted.
    let without_state = dir.path().join("without-state");
    stdout(cg(&without_state).arg("ingest").arg(&second));
    std::fs::remove_file(without_state.join("claimgraph").join("link-state")).unwrap();
    stdout(cg(&without_state).arg("ingest").arg(&first));
    assert_eq!(sorted_dump(&at_once), sorted_dump(&without_state));
    // Headlines write "FED", stories "Fed"; one story writes "Labor department".
    let names = json_rows(
        &at_once,
        "SELECT ?actor (COUNT(?name) AS ?n) (SAMPLE(?name) AS ?one) WHERE { ?actor a prov:Agent ; rdfs:label ?name } GROUP BY ?actor",
    );
    assert!(names.len() > 1000, "{}", names.len());
    let several: Vec<&Value> = rows_where(&names, |r| value(r, "n") != "1");
    assert!(several.is_empty(), "{several:#?}");
    let name_of = |iri: &str| {
        let row = rows_where(&names, |r| value(r, "actor") == iri);
        value(row.first().expect(iri), "one").to_owned()
    };
    let id = "https://w3id.org/claimgraph/id/";
    assert_eq!(
        name_of(&format!("{id}org/labor-department")),
        "Labor Department"
    );
    assert_eq!(name_of(&format!("{id}org/fed")), "Fed");
}
