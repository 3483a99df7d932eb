//! Links the claims of a store's link state and prints how long it took: the linker
//! alone, with no store around it, for profiling (`perf record`) and timing.
//!
//! `cargo run --release -p claimgraph-link --example link_state -- STORE/claimgraph/link-state [RUNS] [COHESION]`

use claimgraph_link::{link, read_state, LinkOptions};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: link_state STATE_FILE [RUNS]");
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut options = LinkOptions::default();
    // A third argument tries another cohesion.
    if let Some(c) = args.next().and_then(|c| c.parse().ok()) {
        options.cohesion = c;
    }
    let claims = read_state(path.as_ref()).expect("a link state").claims;
    for _ in 0..runs {
        let started = Instant::now();
        let links = link(&claims, &options);
        let elapsed = started.elapsed().as_secs_f64();
        // Cluster sizes in articles: a few huge clusters mean single linkage chained
        // unrelated claims together.
        let mut sizes: Vec<usize> = links
            .clusters
            .iter()
            .map(|c| {
                let articles: std::collections::BTreeSet<&str> =
                    c.iter().map(|&m| claims[m].article.as_str()).collect();
                articles.len()
            })
            .collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        if std::env::var_os("SHOW_LARGEST").is_some() {
            let mut by_size: Vec<&Vec<usize>> = links.clusters.iter().collect();
            by_size.sort_by_key(|c| std::cmp::Reverse(c.len()));
            let rank: usize = std::env::var("SHOW_LARGEST")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(0);
            for &m in by_size[rank.min(by_size.len() - 1)].iter().take(30) {
                println!("  {} | {}", claims[m].article, claims[m].text);
            }
        }
        println!(
            "{} claims: {} clusters ({} of more than 50 articles; largest {:?}), {} disagreements in {elapsed:.2} s",
            claims.len(),
            links.clusters.len(),
            sizes.iter().filter(|&&n| n > 50).count(),
            &sizes[..sizes.len().min(8)],
            links.disagreements.len(),
        );
    }
}
