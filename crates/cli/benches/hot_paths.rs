//! Criterion benchmarks of the hot paths, on real text: reading Reuters SGML, document
//! analysis (tokens, sentences, quotes, cue scores), attribution extraction, RDF
//! emission, and cross-article linking. Throughput is reported in bytes of article text.
//!
//! Input: the first 300 articles of PolNeAR train and one Reuters-21578 file from
//! `../shared/data` beside the clone (the bundled corpus when they are missing).
//! `cargo bench -p claimgraph --bench hot_paths`, or `just bench`.

// criterion_group! and criterion_main! make undocumented functions.
#![allow(missing_docs)]

use claimgraph_corpus::{read_bytes, Document, Meta, ReadOptions};
use claimgraph_extract::{extract, to_quads, Doc};
use claimgraph_link::{link, ClaimRecord, LinkOptions};
use claimgraph_vocab::schema;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The allocator the `claimgraph` binary runs with (see its `main.rs`), so that the
/// figures are the tool's: under glibc's malloc the many small strings of extraction
/// (a lower-cased copy of each capitalised word, source phrases) cost more.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

/// The articles benchmarked: PolNeAR train's first 300, else the bundled corpus.
fn articles() -> Vec<Document> {
    let dir = shared().join("polnear/train/text");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths.truncate(300);
    if paths.is_empty() {
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/kabul-2021-08");
        paths = std::fs::read_dir(bundled)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
    }
    paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some(Document::new(
                p.file_stem()?.to_string_lossy(),
                text,
                Meta::default(),
            ))
        })
        .collect()
}

fn bytes_of(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn reading(c: &mut Criterion) {
    let path = shared().join("reuters21578/reut2-000.sgm");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped reading: {} not found", path.display());
        return;
    };
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("reuters_sgml", |b| {
        b.iter(|| read_bytes(&path, black_box(&bytes), &ReadOptions::default()).len())
    });
    group.finish();
}

fn extraction(c: &mut Criterion) {
    let docs = articles();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes_of(&docs)));
    group.sample_size(10);
    group.bench_function("analyse_document", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| Doc::new(black_box(&d.text), 0).tokens.len())
                .sum::<usize>()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extract(black_box(d)).attributions.len())
                .sum::<usize>()
        })
    });
    let extracted: Vec<_> = docs.iter().map(extract).collect();
    group.bench_function("rdf_emission", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&extracted)
                .map(|(d, e)| to_quads(black_box(d), e).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn linking(c: &mut Criterion) {
    let docs = articles();
    // The claims extraction emits: every schema:text, with its article graph.
    let claims: Vec<ClaimRecord> = docs
        .iter()
        .flat_map(|d| to_quads(d, &extract(d)))
        .filter(|q| q.predicate == schema::TEXT)
        .filter_map(|q| match q.object {
            oxrdf::Term::Literal(text) => Some(ClaimRecord {
                iri: q.subject.to_string(),
                article: q.graph_name.to_string(),
                text: text.value().to_owned(),
            }),
            _ => None,
        })
        .collect();
    let mut group = c.benchmark_group("link");
    group.throughput(Throughput::Elements(claims.len() as u64));
    group.sample_size(10);
    group.bench_function("clusters_and_disagreements", |b| {
        b.iter(|| {
            link(black_box(&claims), &LinkOptions::default())
                .clusters
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, reading, extraction, linking);
criterion_main!(benches);
