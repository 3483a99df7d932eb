//! `claimgraph demo`: the bundled corpus into a fresh store, then a provenance report.
//! The articles are compiled into the binary, so the demo works from any directory.

use crate::ingest;
use anyhow::{Context, Result};
use claimgraph_corpus::{Document, Meta};
use claimgraph_graph::{ClaimGraph, NodeKind};
use claimgraph_store::ClaimStore;
use petgraph::graph::NodeIndex;
use petgraph::Direction;
use std::path::PathBuf;
use std::process::ExitCode;

/// The bundled corpus: four reports of 12–13 August 2021 on the US embassy in Kabul.
const CORPUS: [(&str, &str); 4] = [
    (
        "000_33e9d06c3c1aa050",
        include_str!("../../../data/kabul-2021-08/000_33e9d06c3c1aa050.txt"),
    ),
    (
        "001_9b01563cfbac5dae",
        include_str!("../../../data/kabul-2021-08/001_9b01563cfbac5dae.txt"),
    ),
    (
        "002_f89fa6cb1f38b38b",
        include_str!("../../../data/kabul-2021-08/002_f89fa6cb1f38b38b.txt"),
    ),
    (
        "003_13007314bf827a1d",
        include_str!("../../../data/kabul-2021-08/003_13007314bf827a1d.txt"),
    ),
];

const DEMO_STORE: &str = "claimgraph-demo.db";

/// Runs the demo into `store` (default `./claimgraph-demo.db`, which is wiped first).
pub fn run(store: Option<PathBuf>) -> Result<ExitCode> {
    let explicit = store.is_some();
    let path = store.unwrap_or_else(|| PathBuf::from(DEMO_STORE));
    if path.exists() {
        if !explicit || path.join("CURRENT").exists() {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("cannot clear the demo store {}", path.display()))?;
        } else {
            anyhow::bail!(
                "{} exists and is not a claimgraph store; pick another --store",
                path.display()
            );
        }
    }
    let store = ClaimStore::open(&path)?;
    let docs: Vec<Document> = CORPUS
        .iter()
        .map(|(id, text)| Document::new(*id, *text, Meta::default()))
        .collect();
    println!(
        "claimgraph demo: {} news articles of 12–13 August 2021 on the US embassy in Kabul",
        docs.len()
    );
    println!("store: {}\n", path.display());
    let report = ingest::ingest_documents(&store, &docs)?;
    report.print(&mut std::io::stdout())?;
    let graph = ClaimGraph::from_store(&store)?;
    print_clusters(&graph);
    print_chains(&graph);
    let s = path.display();
    println!("\nNext:");
    println!(
        "  claimgraph --store {s} queries                      # the canned provenance queries"
    );
    println!(
        "  claimgraph --store {s} query shared-claims          # claims several articles carry"
    );
    println!(
        "  claimgraph --store {s} query -e 'SELECT * WHERE {{ ?s a cg:Attribution }} LIMIT 5'"
    );
    println!(
        "  claimgraph --store {s} export dot --collapse -o claims.svg   # the picture: clusters, outlets, origins"
    );
    if let Some(person) = most_quoted_person(&graph) {
        println!(
            "  claimgraph --store {s} export dot --actor \"{person}\" -o person.svg   # one person, the claims and their chains"
        );
    }
    println!("  claimgraph --store {s} serve                        # SPARQL at http://127.0.0.1:7878/sparql");
    Ok(ExitCode::SUCCESS)
}

/// The person with the most claims attributed, for an example of a focused picture.
fn most_quoted_person(g: &ClaimGraph) -> Option<String> {
    g.graph()
        .node_indices()
        .filter(|&i| g.graph()[i].kind == NodeKind::Person)
        .max_by_key(|&i| {
            let claims = g.graph().neighbors_directed(i, Direction::Incoming).count();
            // Ties go to the first name in IRI order, for a stable report.
            (claims, std::cmp::Reverse(i))
        })
        .map(|i| g.graph()[i].label.clone())
}

fn short(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        format!("{}…", flat.chars().take(max - 1).collect::<String>())
    }
}

fn doc_of(g: &ClaimGraph, claim: NodeIndex) -> String {
    g.article_of(claim)
        .map(|a| {
            g.graph()[a]
                .label
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .unwrap_or_default()
}

/// "The New York Times → two American officials": who each hop is attributed to.
fn chain_names(g: &ClaimGraph, claim: NodeIndex) -> String {
    g.chain(claim)
        .iter()
        .map(|&c| {
            g.actor_of(c).map_or_else(
                || "(the article itself)".to_owned(),
                |a| g.graph()[a].label.clone(),
            )
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

fn print_clusters(g: &ClaimGraph) {
    let mut clusters: Vec<NodeIndex> = g
        .graph()
        .node_indices()
        .filter(|&i| g.graph()[i].kind == NodeKind::Cluster)
        .collect();
    clusters.sort_by_key(|&k| std::cmp::Reverse(g.members(k).len()));
    println!("\nClaims that several articles carry ({}):", clusters.len());
    for (n, &k) in clusters.iter().enumerate() {
        let members = g.members(k);
        let origins = g.independent_origins(k);
        println!("\n {}. “{}”", n + 1, short(&g.graph()[k].label, 110));
        println!(
            "    {} claims, {} independent origin{}",
            members.len(),
            origins.len(),
            if origins.len() == 1 { "" } else { "s" }
        );
        // Each member through what its article carries: the outermost claim of its chain.
        let mut lines: Vec<String> = members
            .into_iter()
            .map(|m| g.outermost(m))
            .map(|m| format!("    {}: {}", doc_of(g, m), chain_names(g, m)))
            .collect();
        lines.dedup();
        for line in lines {
            println!("{line}");
        }
    }
}

fn print_chains(g: &ClaimGraph) {
    println!("\nCitation chains (reporter → … → origin, as far as the text says):");
    for c in g
        .graph()
        .node_indices()
        .filter(|&i| g.graph()[i].kind == NodeKind::Claim)
    {
        let chain = g.chain(c);
        if chain.len() > 1 && !g.is_inner(c) {
            println!(
                "  {}: {}\n      “{}”",
                doc_of(g, c),
                chain_names(g, c),
                short(&g.graph()[c].label, 100)
            );
        }
    }
}
