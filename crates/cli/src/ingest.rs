//! The ingest pipeline: read → extract (all cores) → bulk load per batch → relink.

use crate::relink::{
    self, derive, forget, relink, write_derived, Before, Derived, Relinked, Written,
};
use anyhow::{Context, Result};
use claimgraph_corpus::{read_inputs, Document, InputError, ReadOptions};
use claimgraph_extract::{extract, to_quads};
use claimgraph_store::oxigraph::model::{NamedNode, Quad};
use claimgraph_store::ClaimStore;
use claimgraph_vocab::{actors_graph, article_iri};
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
    /// Completes the report with what the relink counted.
    fn finish(mut self, relinked: Relinked, actors: usize, started: Instant) -> Self {
        self.link_seconds = relinked.seconds;
        self.quads = relinked.quads;
        self.clusters = relinked.clusters;
        self.actors = actors;
        self.seconds = started.elapsed().as_secs_f64();
        self
    }

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

/// [`extract_one`], with a panic (a bug in the extractor, never the input's fault) turned
/// into a skipped article: the message names the article, and the run goes on with the
/// others instead of stopping with everything after it unread.
fn extract_guarded(doc: &Document, bar: &ProgressBar) -> Option<Extracted> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_one(doc))) {
        Ok(extracted) => Some(extracted),
        Err(_) => {
            bar.suspend(|| {
                eprintln!(
                    "claimgraph: skipped article {:?}: extraction failed on it (a bug in claimgraph, please report it with the article)",
                    doc.id
                )
            });
            None
        }
    }
}

/// Extracts what a batch holds on all cores; returns the articles extracted and how many
/// failed.
fn extract_batch(docs: &[Document], bar: &ProgressBar) -> (Vec<Extracted>, usize) {
    let all: Vec<Option<Extracted>> = docs.par_iter().map(|d| extract_guarded(d, bar)).collect();
    let failed = all.iter().filter(|e| e.is_none()).count();
    (all.into_iter().flatten().collect(), failed)
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
    mut each: impl FnMut(Vec<Document>) -> Result<usize>,
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
                    failed += each(std::mem::take(&mut batch))?;
                }
            }
            Err(e) => {
                failed += 1;
                report_error(bar, &e);
            }
        }
    }
    if !batch.is_empty() {
        failed += each(batch)?;
    }
    Ok(failed)
}

/// What the extraction side hands over once every batch is extracted: the derived
/// graphs when they could be computed without the store, else what the ingest wrote.
enum Pending {
    Derived(Derived),
    Written(Written),
}

/// Ingests inputs into the store and relinks the corpus.
pub fn ingest(store: &ClaimStore, paths: &[PathBuf], max_article_bytes: usize) -> Result<Report> {
    let started = Instant::now();
    let bar = progress("ingesting");
    let mut report = Report::default();
    let mut actors = HashSet::new();
    let mut before = Before::take(store);
    // Extraction of the next batch runs while the store loads this one: loading leaves a
    // core idle much of the time (RocksDB writes its files from one thread). One batch
    // waits at most, so memory stays that of two batches. When every claim is known
    // without the store (a current link state, or an empty store), linking runs as soon
    // as extraction ends, while the store loads the last batches.
    let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<Extracted>>(1);
    // Set when the loader stops on an error: the producer then skips linking, whose
    // result no one would use.
    let loader_failed = std::sync::atomic::AtomicBool::new(false);
    let (failed, pending) = std::thread::scope(|scope| -> Result<(usize, Pending)> {
        let bar = &bar;
        let before = &mut before;
        let loader_failed = &loader_failed;
        let producer = scope.spawn(move || -> Result<(usize, Pending)> {
            let mut written = Written::default();
            let failed = for_batches(paths, max_article_bytes, bar, |docs| {
                let (extracted, failed) = extract_batch(&docs, bar);
                record(&mut written, &extracted);
                // The loader stopped on an error of its own, which it reports.
                sender
                    .send(extracted)
                    .map_err(|_| anyhow::anyhow!("the loader stopped"))?;
                Ok(failed)
            })?;
            drop(sender);
            let stopped = loader_failed.load(std::sync::atomic::Ordering::Acquire);
            let pending = if before.is_known() && !stopped {
                Pending::Derived(derive(store, before, written)?)
            } else {
                Pending::Written(written)
            };
            Ok((failed, pending))
        });
        let mut loaded = Ok(());
        for extracted in batches.iter() {
            let n = extracted.len() as u64;
            loaded = load(store, extracted, &mut report, &mut actors);
            if loaded.is_err() {
                loader_failed.store(true, std::sync::atomic::Ordering::Release);
                break;
            }
            bar.inc(n);
        }
        // Dropping the receiver stops the producer at its next batch.
        drop(batches);
        bar.set_message("linking");
        let produced = producer
            .join()
            .map_err(|_| anyhow::anyhow!("extraction failed"));
        loaded?;
        produced?
    })?;
    report.failed = failed;
    let derived = match pending {
        Pending::Derived(derived) => derived,
        Pending::Written(written) => derive(store, &mut before, written)?,
    };
    let relinked = write_derived(store, before, derived)?;
    bar.finish_and_clear();
    Ok(report.finish(relinked, actors.len(), started))
}

/// Loads documents that are already in memory (the demo's bundled corpus).
pub fn ingest_documents(store: &ClaimStore, docs: &[Document]) -> Result<Report> {
    let started = Instant::now();
    let mut report = Report::default();
    let mut actors = HashSet::new();
    let before = Before::take(store);
    let mut written = Written::default();
    let (extracted, failed) = extract_batch(docs, &ProgressBar::hidden());
    report.failed = failed;
    record(&mut written, &extracted);
    load(store, extracted, &mut report, &mut actors)?;
    let relinked = relink(store, before, written)?;
    Ok(report.finish(relinked, actors.len(), started))
}

/// Notes the claims and facts of extracted articles for the relink.
fn record(written: &mut Written, extracted: &[Extracted]) {
    for e in extracted {
        written.add(e.graph.as_str(), &e.quads);
    }
}

fn load(
    store: &ClaimStore,
    extracted: Vec<Extracted>,
    report: &mut Report,
    actors: &mut HashSet<String>,
) -> Result<()> {
    let mut graphs = Vec::with_capacity(extracted.len());
    let mut quads = Vec::new();
    let actors_graph = actors_graph();
    for e in extracted {
        report.articles += 1;
        report.attributions += e.attributions;
        report.claims += e.claims;
        actors.extend(e.actors);
        graphs.push(e.graph);
        // An actor's names wait for the relink, which writes the best of them: a name
        // written now and found worse later would be removed by a transaction, and the
        // first one after bulk loads waits on RocksDB's compaction of what they wrote
        // (10 s for 309 names at 45,000 articles).
        quads.extend(
            e.quads
                .into_iter()
                .filter(|q| !relink::is_actor_name(q, &actors_graph)),
        );
    }
    report.graphs.extend(graphs.iter().cloned());
    store
        .replace_graphs(&graphs, quads)
        .context("loading a batch of articles into the store")
}

/// Loads `extract` shards (N-Quads) and relinks: the reduce step when extraction ran
/// elsewhere. Each article graph in a shard replaces the stored one; the actors graph
/// only grows, as in `ingest`. A shard that does not parse is reported and changes
/// nothing. Returns the graphs loaded, the shards skipped and what the relink counted.
pub fn load_shards(store: &ClaimStore, paths: &[PathBuf]) -> Result<(usize, usize, Relinked)> {
    // Which claims the shards change is not known: the link state goes, unread, and the
    // relink reads every claim from the store.
    forget(store);
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
    let relinked = relink(store, Before::none(), Written::default())?;
    Ok((graphs, failed, relinked))
}

/// Extracts inputs to N-Quads, in input order, using all cores per batch.
pub fn extract_to(
    paths: &[PathBuf],
    max_article_bytes: usize,
    out: &mut dyn Write,
) -> Result<usize> {
    let bar = progress("extracting");
    let failed = for_batches(paths, max_article_bytes, &bar, |docs| {
        let chunks: Vec<Option<Vec<u8>>> = docs
            .par_iter()
            .map(|doc| {
                let quads = extract_guarded(doc, &bar)?.quads;
                // About 250 bytes a line on Reuters, 330 on PolNeAR: reserved up front,
                // the buffer grows by a copy or two at most, not a dozen.
                let mut buf = String::with_capacity(quads.len() * 256);
                for quad in quads {
                    claimgraph_store::nquads::push_quad(quad.as_ref(), &mut buf);
                    buf.push_str(" .\n");
                }
                Some(buf.into_bytes())
            })
            .collect();
        let failed = chunks.iter().filter(|c| c.is_none()).count();
        for chunk in chunks.into_iter().flatten() {
            out.write_all(&chunk).context("writing N-Quads")?;
        }
        bar.inc(docs.len() as u64);
        Ok(failed)
    })?;
    bar.finish_and_clear();
    Ok(failed)
}
