//! Trains the content-end ranker (`claimgraph_extract`'s `content_end`): for each reported
//! clause the rules find, the candidate ends are ranked by an averaged perceptron, trained
//! so that the end PolNeAR marks ranks first (`claimgraph_eval::ends` says which clauses
//! are examples).
//!
//! `cargo run --release -p claimgraph-eval --example train_content_end -- ../shared/data/polnear/train > crates/extract/data/content_end_model.tsv`
//!
//! Train on train only. `--holdout` trains on four fifths of the split's articles and
//! reports on the rest, to choose features and the margin without the other split;
//! `--check DEV_DIR` reports, on another split, how often the rules' end and the compiled
//! model's are PolNeAR's.

use claimgraph_eval::ends::{end_examples, EndExample};
use claimgraph_eval::load_split;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const EPOCHS: usize = 5;
/// Weights smaller than this are left out of the file.
const MIN_WEIGHT: f32 = 0.5;

/// The examples of a split's articles that `keep` takes, and how many clauses had a gold
/// content no candidate ends.
fn examples(dir: &Path, keep: impl Fn(usize) -> bool) -> (Vec<EndExample>, usize) {
    let split = load_split(dir).expect("a PolNeAR split");
    let mut out = Vec::new();
    let mut unreachable = 0;
    for (_, (text, gold)) in split.into_iter().enumerate().filter(|(i, _)| keep(*i)) {
        let (examples, missed) = end_examples(&text, &gold);
        out.extend(examples);
        unreachable += missed;
    }
    (out, unreachable)
}

fn score(w: &HashMap<u64, f32>, f: &[u64]) -> f32 {
    f.iter().filter_map(|x| w.get(x)).sum()
}

/// The candidate ranked first; the rules' (the first) wins ties.
fn best(w: &HashMap<u64, f32>, ex: &EndExample) -> usize {
    let mut best = (0, score(w, &ex.candidates[0]));
    for (i, f) in ex.candidates.iter().enumerate().skip(1) {
        let s = score(w, f);
        if s > best.1 {
            best = (i, s);
        }
    }
    best.0
}

/// How often the rules' end and the model's are the gold one. `chosen` says whose
/// choice is the model's: the weights just trained (no margin) or the compiled ones.
fn report(
    name: &str,
    data: &[EndExample],
    unreachable: usize,
    chosen: impl Fn(&EndExample) -> usize,
) {
    let rule = data.iter().filter(|ex| ex.gold == 0).count();
    let (mut right, mut wrong) = (0, 0);
    for ex in data {
        let c = chosen(ex);
        if c != 0 && c == ex.gold {
            right += 1;
        } else if c != 0 && ex.gold == 0 {
            wrong += 1;
        }
    }
    let model = data.iter().filter(|ex| chosen(ex) == ex.gold).count();
    eprintln!(
        "{name}: {} clauses with a gold end among the candidates ({unreachable} without); rules right {rule} ({:.3}), model right {model} ({:.3}); of the model's changes, {right} to PolNeAR's end and {wrong} away from it",
        data.len(),
        rule as f64 / data.len().max(1) as f64,
        model as f64 / data.len().max(1) as f64,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let train = args
        .first()
        .expect("usage: train_content_end TRAIN_DIR [--holdout] [--check DEV_DIR]");
    let holdout = args.iter().any(|a| a == "--holdout");
    let (data, unreachable) = examples(Path::new(train), |i| !holdout || i % 5 != 0);
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut u: HashMap<u64, f32> = HashMap::new();
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed: u64 = 0x5eed;
    for _ in 0..EPOCHS {
        // A fixed-seed shuffle: the same data always gives the same weights.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &i in &order {
            let ex = &data[i];
            let predicted = best(&w, ex);
            if predicted != ex.gold {
                let updates = [
                    (&ex.candidates[ex.gold], 1.0),
                    (&ex.candidates[predicted], -1.0),
                ];
                for (features, delta) in updates {
                    for x in features {
                        *w.entry(*x).or_default() += delta;
                        *u.entry(*x).or_default() += c * delta;
                    }
                }
            }
            c += 1.0;
        }
    }
    let averaged: BTreeMap<u64, f32> = w
        .iter()
        .map(|(k, v)| (*k, v - u[k] / c))
        .filter(|(_, v)| v.abs() >= MIN_WEIGHT)
        .collect();
    println!(
        "# Content-end ranker weights: averaged perceptron, {EPOCHS} epochs, fixed-seed shuffle."
    );
    println!(
        "# Trained on PolNeAR v1.0.0 train ({} clauses with a gold end among the candidates) by",
        data.len()
    );
    println!("# `cargo run --release -p claimgraph-eval --example train_content_end`. Do not edit by hand.");
    println!("# feature-hash (hex)\tweight");
    for (k, v) in &averaged {
        println!("{k:016x}\t{v:.4}");
    }
    let model: HashMap<u64, f32> = averaged.into_iter().collect();
    report(train, &data, unreachable, |ex| best(&model, ex));
    if holdout {
        let (held, unreachable) = examples(Path::new(train), |i| i % 5 == 0);
        report("held-out fifth (no margin)", &held, unreachable, |ex| {
            best(&model, ex)
        });
    }
    if let Some(pos) = args.iter().position(|a| a == "--check") {
        let (dev, unreachable) = examples(Path::new(&args[pos + 1]), |_| true);
        report(
            &format!("{} (compiled model)", args[pos + 1]),
            &dev,
            unreachable,
            |ex| ex.chosen,
        );
    }
}
