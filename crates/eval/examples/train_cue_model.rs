//! Trains the cue detector (an averaged perceptron over the features of
//! `claimgraph_extract`'s cue candidates) on a PolNeAR split and writes its weights.
//!
//! `cargo run --release -p claimgraph-eval --example train_cue_model -- ../shared/data/polnear/train > crates/extract/data/cue_model.tsv`
//!
//! A candidate is positive when it is the head of a gold cue: of the candidates inside
//! the cue span, the one the cue lexicon finds likeliest. Train on train only; the dev
//! split is for checking (`--check DIR` prints head precision and recall there).

use claimgraph_eval::load_split;
use claimgraph_extract::{learned_probability, training_candidates};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const EPOCHS: usize = 8;
/// Weights smaller than this are left out of the file.
const MIN_WEIGHT: f32 = 1.0;

type Example = (Vec<u64>, bool);

fn examples(dir: &Path) -> Vec<Example> {
    let mut out = Vec::new();
    for (text, gold) in load_split(dir).expect("a PolNeAR split") {
        // Character offsets of the annotation → byte offsets of the text.
        let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of.push(text.len());
        let candidates = training_candidates(&text);
        let mut positive = vec![false; candidates.len()];
        for g in &gold {
            let inside: Vec<usize> = (0..candidates.len())
                .filter(|&i| {
                    let s = candidates[i].0;
                    g.cue.iter().any(|&(b, e)| {
                        byte_of[b.min(byte_of.len() - 1)] <= s.start
                            && s.end <= byte_of[e.min(byte_of.len() - 1)]
                    })
                })
                .collect();
            let head = inside.iter().copied().max_by(|&a, &b| {
                let pa = learned_probability(
                    &text[candidates[a].0.start..candidates[a].0.end].to_lowercase(),
                )
                .unwrap_or(0.0);
                let pb = learned_probability(
                    &text[candidates[b].0.start..candidates[b].0.end].to_lowercase(),
                )
                .unwrap_or(0.0);
                pa.total_cmp(&pb).then(a.cmp(&b))
            });
            if let Some(h) = head {
                positive[h] = true;
            }
        }
        out.extend(
            candidates
                .into_iter()
                .zip(positive)
                .map(|((_, f), p)| (f, p)),
        );
    }
    out
}

fn score(w: &HashMap<u64, f32>, f: &[u64]) -> f32 {
    f.iter().filter_map(|x| w.get(x)).sum()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let train = args
        .first()
        .expect("usage: train_cue_model TRAIN_DIR [--check DEV_DIR]");
    let data = examples(Path::new(train));
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
            let (f, y) = &data[i];
            let predicted = score(&w, f) > 0.0;
            if predicted != *y {
                let delta = if *y { 1.0 } else { -1.0 };
                for x in f {
                    *w.entry(*x).or_default() += delta;
                    *u.entry(*x).or_default() += c * delta;
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
    let positives = data.iter().filter(|(_, y)| *y).count();
    println!("# Cue detector weights: averaged perceptron, {EPOCHS} epochs, fixed-seed shuffle.");
    println!(
        "# Trained on PolNeAR v1.0.0 {train} ({} candidates, {positives} cue heads) by",
        data.len()
    );
    println!("# `cargo run --release -p claimgraph-eval --example train_cue_model`. Do not edit by hand.");
    println!("# feature-hash (hex)\tweight");
    for (k, v) in &averaged {
        println!("{k:016x}\t{v:.4}");
    }
    if let Some(pos) = args.iter().position(|a| a == "--check") {
        let dev = examples(Path::new(&args[pos + 1]));
        let model: HashMap<u64, f32> = averaged.into_iter().collect();
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (f, y) in &dev {
            match (score(&model, f) > 0.0, *y) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                _ => {}
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        eprintln!(
            "cue heads on {}: P {p:.3} R {r:.3} F1 {:.3}",
            args[pos + 1],
            2.0 * p * r / (p + r).max(1e-9)
        );
    }
}
