//! `claimgraph push` and `query --endpoint`: the store's graphs in another SPARQL engine.

use anyhow::{Context, Result};
use claimgraph_remote::{push, Auth, Endpoint};
use claimgraph_store::ClaimStore;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// Pushes every named graph of the store to a Graph Store endpoint, with a progress bar.
pub fn push_store(store: &ClaimStore, url: &str, auth: Option<&str>, batch: usize) -> Result<()> {
    let endpoint = endpoint(url, auth);
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("pushing {bar:30} {pos}/{len} graphs ({per_sec}, {eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let report = push(store, &endpoint, batch, |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })
    .with_context(|| format!("pushing the store to {url}"))?;
    bar.finish_and_clear();
    println!(
        "pushed {} graphs, {} triples, in {} requests to {url}",
        report.graphs, report.triples, report.requests
    );
    Ok(())
}

/// The endpoint a query goes to.
pub fn endpoint(url: &str, auth: Option<&str>) -> Endpoint {
    Endpoint::new(url, auth.map(Auth::parse))
}
