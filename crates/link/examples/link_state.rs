//! Links the claims of a store's link state and prints how long it took: the linker
//! alone, with no store around it, for profiling (`perf record`) and timing.
//!
//! `cargo run --release -p claimgraph-link --example link_state -- STORE/claimgraph/link-state [RUNS]`

use claimgraph_link::{link, read_state, LinkOptions};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: link_state STATE_FILE [RUNS]");
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let claims = read_state(path.as_ref()).expect("a link state").claims;
    for _ in 0..runs {
        let started = Instant::now();
        let links = link(&claims, &LinkOptions::default());
        println!(
            "{} claims: {} clusters, {} disagreements in {:.2} s",
            claims.len(),
            links.clusters.len(),
            links.disagreements.len(),
            started.elapsed().as_secs_f64()
        );
    }
}
