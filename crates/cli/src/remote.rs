//! The graph in another engine: `push` to a Graph Store endpoint, `ingest --remote`
//! straight into one, and `query --endpoint`.

use crate::ingest::{self, Report};
use anyhow::{Context, Result};
use claimgraph_remote::{push, push_graphs, Auth, Endpoint, Remote};
use claimgraph_store::ClaimStore;
use claimgraph_vocab::{actors_graph, links_graph, origins_graph};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

/// A progress bar over graphs on a terminal, hidden otherwise.
fn graph_bar(verb: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{verb} {{bar:30}} {{pos}}/{{len}} graphs ({{per_sec}}, {{eta}})"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// A progress callback, (graphs done, graphs in all), that moves `bar`.
fn follow(bar: &ProgressBar) -> impl FnMut(usize, usize) + '_ {
    move |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    }
}

/// Pushes every named graph of the store to a Graph Store endpoint, with a progress bar.
pub fn push_store(store: &ClaimStore, url: &str, auth: Option<&str>, batch: usize) -> Result<()> {
    let bar = graph_bar("pushing");
    let report = push(store, &endpoint(url, auth), batch, follow(&bar))
        .with_context(|| format!("pushing the store to {url}"))?;
    bar.finish_and_clear();
    println!(
        "pushed {} graphs, {} triples, in {} requests to {url}",
        report.graphs, report.triples, report.requests
    );
    Ok(())
}

/// Copies the remote's claimgraph graphs into the store, with a progress bar.
pub fn pull_store(store: &ClaimStore, remote: &Remote) -> Result<()> {
    let bar = graph_bar("pulling");
    let (graphs, triples) = remote
        .pull(store, &[], follow(&bar))
        .with_context(|| format!("pulling from {}", remote.store.url()))?;
    bar.finish_and_clear();
    println!(
        "pulled {graphs} graphs, {triples} triples, from {}",
        remote.store.url()
    );
    Ok(())
}

/// The endpoint a query goes to.
pub fn endpoint(url: &str, auth: Option<&str>) -> Endpoint {
    Endpoint::new(url, auth.map(Auth::parse))
}

/// The remote dataset behind a Graph Store URL.
pub fn open(store_url: &str, query_url: Option<&str>, auth: Option<&str>) -> Result<Remote> {
    Ok(Remote::new(store_url, query_url, auth.map(Auth::parse))?)
}

/// `ingest --remote`: the remote's article and actor graphs are copied into a store in
/// memory, the inputs are ingested and relinked there by the same code as a local
/// ingest (so the links are those an ingest of everything at once would give), and the
/// graphs that changed (the new articles, actors, links and origins) replace the
/// remote's. Nothing is written to local disk; the remote is only written after every
/// input has been read and linked, so a failure before that leaves it as it was.
pub fn ingest(
    remote: &Remote,
    paths: &[PathBuf],
    max_article_bytes: usize,
    batch: usize,
) -> Result<Report> {
    let started = std::time::Instant::now();
    let work = ClaimStore::in_memory()?;
    let derived = [links_graph(), origins_graph()];
    let bar = graph_bar("reading");
    let (graphs, triples) = remote
        .pull(&work, &derived, follow(&bar))
        .with_context(|| format!("reading the claim graphs of {}", remote.store.url()))?;
    bar.finish_and_clear();
    tracing::info!(graphs, triples, "read the remote's claim graphs");
    let mut report = ingest::ingest(&work, paths, max_article_bytes)?;
    let mut changed = std::mem::take(&mut report.graphs);
    changed.sort();
    changed.dedup();
    changed.push(actors_graph());
    changed.extend(derived);
    let bar = graph_bar("sending");
    push_graphs(&work, &changed, &remote.store, batch, follow(&bar))
        .with_context(|| format!("sending the changed graphs to {}", remote.store.url()))?;
    bar.finish_and_clear();
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}
