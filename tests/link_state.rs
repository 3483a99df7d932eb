//! The link state beside the store: a relink that reuses it gives exactly what reading
//! every claim from the store gives, and a state that no longer matches the store, or is
//! damaged, is not used.

mod common;

use common::{cg, corpus, log_of, sorted_dump, stdout};
use std::path::{Path, PathBuf};

fn state_file(store: &Path) -> PathBuf {
    store.join("claimgraph").join("link-state")
}

/// Ingests `input` into `store` with the log at `level`; the log.
fn ingest_logged(store: &Path, input: &Path, level: &str) -> String {
    log_of(
        cg(store)
            .env("CLAIMGRAPH_LOG", level)
            .arg("ingest")
            .arg(input),
    )
}

/// A folder holding the bundled corpus's articles, each under its own name, with the
/// text of `replace` (file name prefix) swapped for `text`.
fn corpus_copy(dir: &Path, name: &str, replace: Option<(&str, &str)>) -> PathBuf {
    let out = dir.join(name);
    std::fs::create_dir_all(&out).unwrap();
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        match replace {
            Some((prefix, text)) if file.starts_with(prefix) => {
                std::fs::write(out.join(&file), text).unwrap();
            }
            _ => {
                std::fs::copy(&path, out.join(&file)).unwrap();
            }
        }
    }
    out
}

/// The first article of the bundled corpus, renamed and its text given to another:
/// the second article now repeats the first one's claims, so the clusters change.
fn edited_text() -> String {
    let first = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("000_"))
        .unwrap();
    std::fs::read_to_string(first).unwrap()
}

#[test]
fn a_replaced_article_takes_its_old_claims_out_of_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let original = corpus_copy(dir.path(), "original", None);
    let text = edited_text();
    let edited = corpus_copy(dir.path(), "edited", Some(("001_", &text)));
    let store = dir.path().join("store");
    stdout(cg(&store).arg("ingest").arg(&original));
    let first_links = sorted_dump(&store);
    assert!(state_file(&store).exists(), "the ingest keeps a link state");
    // Re-ingest the corpus with one article's text changed: the relink starts from the
    // state, drops the replaced article's claims and adds the new ones.
    let log = ingest_logged(&store, &edited, "info");
    assert!(log.contains("from=\"link state\""), "{log}");
    let fresh = dir.path().join("fresh");
    stdout(cg(&fresh).arg("ingest").arg(&edited));
    // The actors graph only grows (an actor the old text named stays known), so it is
    // left out; every other graph, links and origins included, must be the same.
    let without_actors = |dump: Vec<String>| -> Vec<String> {
        dump.into_iter()
            .filter(|l| !l.ends_with("<https://w3id.org/claimgraph/id/graph/actors> ."))
            .collect()
    };
    let stepwise = without_actors(sorted_dump(&store));
    assert_eq!(stepwise, without_actors(sorted_dump(&fresh)));
    assert_ne!(
        stepwise,
        without_actors(first_links),
        "the edit changed the graph"
    );
}

#[test]
fn a_state_the_store_has_moved_on_from_or_a_damaged_one_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let all = corpus_copy(dir.path(), "all", None);
    let first = dir.path().join("first");
    std::fs::create_dir(&first).unwrap();
    let second = dir.path().join("second");
    std::fs::create_dir(&second).unwrap();
    for (i, entry) in std::fs::read_dir(&all).unwrap().enumerate() {
        let path = entry.unwrap().path();
        let part = if i % 2 == 0 { &first } else { &second };
        std::fs::copy(&path, part.join(path.file_name().unwrap())).unwrap();
    }
    let expected = {
        let at_once = dir.path().join("at-once");
        stdout(cg(&at_once).arg("ingest").arg(&all));
        sorted_dump(&at_once)
    };

    // A state from before the store changed (as another tool writing to it would leave
    // it): its quad count no longer matches, so the claims are read from the store.
    let store = dir.path().join("stale");
    stdout(cg(&store).arg("ingest").arg(&first));
    let old_state = std::fs::read(state_file(&store)).unwrap();
    stdout(cg(&store).arg("ingest").arg(&second));
    std::fs::write(state_file(&store), &old_state).unwrap();
    let log = ingest_logged(&store, &first, "info");
    assert!(log.contains("from=\"store\""), "{log}");
    assert_eq!(sorted_dump(&store), expected);

    // A damaged state: reported, not used.
    let store = dir.path().join("damaged");
    stdout(cg(&store).arg("ingest").arg(&first));
    let state = std::fs::read(state_file(&store)).unwrap();
    std::fs::write(state_file(&store), &state[..state.len() / 2]).unwrap();
    let log = ingest_logged(&store, &second, "warn");
    assert!(log.contains("link-state"), "{log}");
    assert_eq!(sorted_dump(&store), expected);
}
