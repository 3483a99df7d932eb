//! The ingest pipeline: read → extract (all cores) → bulk load per batch → relink.

use anyhow::{Context, Result};
use claimgraph_corpus::{read_inputs, Document, InputError, ReadOptions};
use claimgraph_extract::{extract, to_quads};
use claimgraph_graph::{read_claims, BaseGraph, ClaimRow};
use claimgraph_link::{link, ClaimRecord, LinkOptions};
use claimgraph_store::oxigraph::model::{NamedNode, Quad};
use claimgraph_store::ClaimStore;
use claimgraph_vocab::{actors_graph, article_iri, links_graph, origins_graph};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Articles per batch: large enough to keep all cores busy, small enough that a batch's
/// quads fit easily in memory whatever the corpus size.
const BATCH: usize = 256;

/// What an ingest did.
#[derive(Default)]
pub struct Report {
    /// Articles stored.
    pub articles: usize,
    /// Attributions extracted.
    pub attributions: usize,
    /// Claims extracted (attributed and unattributed).
    pub claims: usize,
    /// Distinct actors in the ingested articles.
    pub actors: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// The article graphs loaded (each replaced the stored graph of its name).
    pub graphs: Vec<NamedNode>,
    /// Quads in the store afterwards.
    pub quads: u64,
    /// Claim clusters after linking.
    pub clusters: u64,
    /// Wall time.
    pub seconds: f64,
    /// Of which relinking the corpus (links and origins), so that link cost can be
    /// compared with extraction's.
    pub link_seconds: f64,
}

impl Report {
    /// Prints the summary.
    pub fn print(&self, out: &mut impl Write) -> std::io::Result<()> {
        writeln!(
            out,
            "ingested {} articles: {} attributions, {} claims, {} actors; store has {} quads, {} claim clusters; {:.2} s (linking {:.2} s){}",
            self.articles,
            self.attributions,
            self.claims,
            self.actors,
            self.quads,
            self.clusters,
            self.seconds,
            self.link_seconds,
            if self.failed > 0 { format!("; {} inputs failed (see above)", self.failed) } else { String::new() }
        )
    }
}

/// One extracted article, ready to load.
struct Extracted {
    graph: NamedNode,
    quads: Vec<Quad>,
    attributions: usize,
    claims: usize,
    actors: Vec<String>,
}

fn extract_one(doc: &Document) -> Extracted {
    let ex = extract(doc);
    let quads = to_quads(doc, &ex);
    let article = article_iri(&doc.id);
    let actors = claimgraph_extract::actor_iris(&article, &doc.text, &ex)
        .into_iter()
        .map(NamedNode::into_string)
        .collect();
    Extracted {
        graph: article,
        quads,
        attributions: ex.attributions.len(),
        claims: ex.attributions.len() + ex.unattributed.len(),
        actors,
    }
}

fn progress(label: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {prefix} {pos} articles ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_prefix(label.to_owned());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

fn report_error(bar: &ProgressBar, e: &InputError) {
    bar.suspend(|| eprintln!("claimgraph: skipped {e}"));
}

/// Reads documents in batches, calling `each` with every batch; errors are reported as
/// they come and counted. Duplicate ids in one run are reported: the later one wins.
fn for_batches(
    paths: &[PathBuf],
    max_article_bytes: usize,
    bar: &ProgressBar,
    mut each: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<usize> {
    let mut failed = 0;
    let mut seen = HashSet::new();
    let mut batch = Vec::with_capacity(BATCH);
    for item in read_inputs(paths.iter().cloned(), ReadOptions { max_article_bytes }) {
        match item {
            Ok(doc) => {
                if !seen.insert(doc.id.clone()) {
                    bar.suspend(|| eprintln!("claimgraph: warning: article id {:?} appears more than once; the later one replaces the earlier", doc.id));
                }
                batch.push(doc);
                if batch.len() == BATCH {
                    each(std::mem::take(&mut batch))?;
                }
            }
            Err(e) => {
                failed += 1;
                report_error(bar, &e);
            }
        }
    }
    if !batch.is_empty() {
        each(batch)?;
    }
    Ok(failed)
}

/// Ingests inputs into the store and relinks the corpus.
pub fn ingest(store: &ClaimStore, paths: &[PathBuf], max_article_bytes: usize) -> Result<Report> {
    let started = Instant::now();
    let bar = progress("ingesting");
    let mut report = Report::default();
    let mut actors = HashSet::new();
    report.failed = for_batches(paths, max_article_bytes, &bar, |docs| {
        let extracted: Vec<Extracted> = docs.par_iter().map(extract_one).collect();
        load(store, extracted, &mut report, &mut actors)?;
        bar.inc(docs.len() as u64);
        Ok(())
    })?;
    bar.set_message("linking");
    report.link_seconds = relink(store)?;
    bar.finish_and_clear();
    report.actors = actors.len();
    let stats = store.stats()?;
    report.quads = stats.quads;
    report.clusters = stats.clusters;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// Loads documents that are already in memory (the demo's bundled corpus).
pub fn ingest_documents(store: &ClaimStore, docs: &[Document]) -> Result<Report> {
    let started = Instant::now();
    let mut report = Report::default();
    let mut actors = HashSet::new();
    let extracted: Vec<Extracted> = docs.par_iter().map(extract_one).collect();
    load(store, extracted, &mut report, &mut actors)?;
    report.link_seconds = relink(store)?;
    report.actors = actors.len();
    let stats = store.stats()?;
    report.quads = stats.quads;
    report.clusters = stats.clusters;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

fn load(
    store: &ClaimStore,
    extracted: Vec<Extracted>,
    report: &mut Report,
    actors: &mut HashSet<String>,
) -> Result<()> {
    let mut graphs = Vec::with_capacity(extracted.len());
    let mut quads = Vec::new();
    for e in extracted {
        report.articles += 1;
        report.attributions += e.attributions;
        report.claims += e.claims;
        actors.extend(e.actors);
        graphs.push(e.graph);
        quads.extend(e.quads);
    }
    report.graphs.extend(graphs.iter().cloned());
    store
        .replace_graphs(&graphs, quads)
        .context("loading a batch of articles into the store")
}

/// Recomputes the links graph from every claim in the store, so that ingesting more
/// articles later gives the same links as ingesting everything at once. Returns the
/// seconds it took.
pub fn relink(store: &ClaimStore) -> Result<f64> {
    let started = Instant::now();
    // Read by predicate scans, not by a SPARQL join over the union graph, which took four
    // seconds on 20,000 articles; already in IRI order.
    let claims: Vec<ClaimRecord> = read_claims(store)
        .context("reading the claims")?
        .into_iter()
        .map(|(iri, article, text)| ClaimRecord { iri, article, text })
        .collect();
    let read = started.elapsed().as_secs_f64();
    // What linking does not change (articles, actors, attributions, chains) is read on a
    // second core while the linker runs on the first.
    let (links, base) = std::thread::scope(|scope| {
        let base = scope.spawn(|| BaseGraph::read(store));
        let links = link(&claims, &LinkOptions::default());
        (links, base.join())
    });
    let base = base
        .map_err(|_| anyhow::anyhow!("reading the claim graph failed"))?
        .context("reading the claim graph")?;
    let linked = started.elapsed().as_secs_f64();
    let quads = claimgraph_link::to_quads(&claims, &links);
    store
        .sync_graph(&links_graph(), quads)
        .context("writing the links graph")?;
    let written = started.elapsed().as_secs_f64();
    // Origins follow chains and cluster membership: the graph is completed with the
    // claims and links in memory rather than read back from the store.
    let clusters = claimgraph_link::clusters(&claims, &links);
    let mut cluster_of: Vec<Option<&str>> = vec![None; claims.len()];
    for cluster in &clusters {
        for &m in &cluster.members {
            cluster_of[m] = Some(cluster.iri.as_str());
        }
    }
    let rows = claims.iter().zip(&cluster_of).map(|(c, cluster)| ClaimRow {
        iri: &c.iri,
        article: &c.article,
        text: &c.text,
        cluster: *cluster,
    });
    let graph = base.complete(
        rows,
        clusters
            .iter()
            .map(|k| (k.iri.as_str().to_owned(), k.label.to_owned())),
        links
            .disagreements
            .iter()
            .map(|&(a, b)| (claims[a].iri.clone(), claims[b].iri.clone())),
    );
    let traced = started.elapsed().as_secs_f64();
    store
        .sync_graph(&origins_graph(), graph.origin_quads())
        .context("writing the origins graph")?;
    let total = started.elapsed().as_secs_f64();
    tracing::info!(
        claims = claims.len(),
        "relink: read claims {read:.2} s, link (and read the rest of the claim graph) {:.2} s, write links {:.2} s, complete the claim graph {:.2} s, origins {:.2} s",
        linked - read,
        written - linked,
        traced - written,
        total - traced
    );
    Ok(total)
}

/// Loads `extract` shards (N-Quads) and relinks: the reduce step when extraction ran
/// elsewhere. Each article graph in a shard replaces the stored one; the actors graph
/// only grows, as in `ingest`. A shard that does not parse is reported and changes
/// nothing. Returns the graphs loaded, the shards skipped and the seconds of linking.
pub fn load_shards(store: &ClaimStore, paths: &[PathBuf]) -> Result<(usize, usize, f64)> {
    let (mut graphs, mut failed) = (0, 0);
    for path in paths {
        match store.load_nquads(path, &[actors_graph()]) {
            Ok(n) => graphs += n,
            Err(e) => {
                failed += 1;
                eprintln!("claimgraph: skipped {e}");
            }
        }
    }
    let seconds = relink(store)?;
    Ok((graphs, failed, seconds))
}

/// Extracts inputs to N-Quads, in input order, using all cores per batch.
pub fn extract_to(
    paths: &[PathBuf],
    max_article_bytes: usize,
    out: &mut dyn Write,
) -> Result<usize> {
    let bar = progress("extracting");
    let failed = for_batches(paths, max_article_bytes, &bar, |docs| {
        let chunks: Vec<Vec<u8>> = docs
            .par_iter()
            .map(|doc| {
                let mut buf = Vec::new();
                for quad in extract_one(doc).quads {
                    // N-Quads: oxrdf's Display is the N-Quads term syntax.
                    let _ = writeln!(buf, "{quad} .");
                }
                buf
            })
            .collect();
        for chunk in chunks {
            out.write_all(&chunk).context("writing N-Quads")?;
        }
        bar.inc(docs.len() as u64);
        Ok(())
    })?;
    bar.finish_and_clear();
    Ok(failed)
}
