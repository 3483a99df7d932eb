//! Training and checking the extractor's rankers (today `content_end`): each example is
//! one choice the rules made among candidates, with the candidate PolNeAR marks; an
//! averaged perceptron learns to rank that candidate first. A trainer example
//! (`train_content_end`) is this module's `train_command` over its own examples.

use crate::{load_split, GoldAttribution};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// One choice: each candidate's features (the rules' candidate first), the candidate
/// PolNeAR marks, and the one the compiled model picks.
pub struct RankExample {
    /// Features per candidate; the rules' choice is candidate 0.
    pub candidates: Vec<Vec<u64>>,
    /// The candidate PolNeAR marks.
    pub gold: usize,
    /// The candidate the compiled model picks.
    pub chosen: usize,
}

/// Passes over the data; fewer overfit less, and 5 did as well as 10 and 20 on the
/// held-out fifth of train.
const EPOCHS: usize = 5;
/// Weights smaller than this are left out of the file.
const MIN_WEIGHT: f32 = 0.5;

/// The examples of one article, and how many choices had no candidate PolNeAR marks.
pub type Examples = fn(&str, &[GoldAttribution]) -> (Vec<RankExample>, usize);

/// The examples of a split's articles that `keep` takes, with the count of choices no
/// candidate of which PolNeAR marks.
fn split_examples(
    dir: &Path,
    examples: Examples,
    keep: impl Fn(usize) -> bool,
) -> (Vec<RankExample>, usize) {
    let split = load_split(dir).unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    let mut unreachable = 0;
    for (_, (text, gold)) in split.into_iter().enumerate().filter(|(i, _)| keep(*i)) {
        let (found, missed) = examples(&text, &gold);
        out.extend(found);
        unreachable += missed;
    }
    (out, unreachable)
}

fn score(w: &HashMap<u64, f32>, f: &[u64]) -> f32 {
    f.iter().filter_map(|x| w.get(x)).sum()
}

/// The candidate ranked first; the rules' (the first) wins ties.
fn best(w: &HashMap<u64, f32>, ex: &RankExample) -> usize {
    best_by(w, ex, 0.0)
}

/// The candidate ranked first when it scores `margin` above the rules', else theirs.
fn best_by(w: &HashMap<u64, f32>, ex: &RankExample, margin: f32) -> usize {
    let mut best = (0, score(w, &ex.candidates[0]) + margin);
    for (i, f) in ex.candidates.iter().enumerate().skip(1) {
        let s = score(w, f);
        if s > best.1 {
            best = (i, s);
        }
    }
    best.0
}

/// Averaged-perceptron ranking over the examples, with a fixed-seed shuffle so that the
/// same data always gives the same weights.
pub fn train(data: &[RankExample]) -> BTreeMap<u64, f32> {
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut u: HashMap<u64, f32> = HashMap::new();
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed: u64 = 0x5eed;
    for _ in 0..EPOCHS {
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
    w.iter()
        .map(|(k, v)| (*k, v - u[k] / c))
        .filter(|(_, v)| v.abs() >= MIN_WEIGHT)
        .collect()
}

/// How often the rules' choice and the model's are PolNeAR's, as a line for stderr.
/// `chosen` says whose choice is the model's.
pub fn report(
    name: &str,
    data: &[RankExample],
    unreachable: usize,
    chosen: impl Fn(&RankExample) -> usize,
) -> String {
    let rules = data.iter().filter(|ex| ex.gold == 0).count();
    let model = data.iter().filter(|ex| chosen(ex) == ex.gold).count();
    let changed = data.iter().filter(|ex| chosen(ex) != 0);
    let (to, away) = changed.fold((0, 0), |(to, away), ex| {
        (
            to + usize::from(chosen(ex) == ex.gold),
            away + usize::from(ex.gold == 0),
        )
    });
    let share = |n: usize| n as f64 / data.len().max(1) as f64;
    format!(
        "{name}: {} choices with PolNeAR's among the candidates ({unreachable} without); rules right {rules} ({:.3}), model right {model} ({:.3}); of the model's changes, {to} to PolNeAR's and {away} away from it",
        data.len(),
        share(rules),
        share(model),
    )
}

/// The trainer command: `TRAIN_DIR [--holdout [--margin M]] [--check DEV_DIR]`. Prints the weights
/// on stdout (a header saying how they were made, then `hash<TAB>weight` lines) and how
/// often the rules and the model are right on stderr. `--holdout` trains on four fifths
/// of the split's articles and reports on the rest (with margin M, 0 by default), to
/// choose features and margins without the other split; `--check` reports on another split with the
/// compiled model, margin and all.
pub fn train_command(what: &str, example: &str, examples: Examples) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(train_dir) = args.first() else {
        eprintln!("usage: {example} TRAIN_DIR [--holdout [--margin M]] [--check DEV_DIR]");
        std::process::exit(2);
    };
    let holdout = args.iter().any(|a| a == "--holdout");
    let margin: f32 = args
        .iter()
        .position(|a| a == "--margin")
        .and_then(|p| args.get(p + 1)?.parse().ok())
        .unwrap_or(0.0);
    let (data, unreachable) =
        split_examples(Path::new(train_dir), examples, |i| !holdout || i % 5 != 0);
    let weights = train(&data);
    println!("# {what} weights: averaged perceptron ranking, {EPOCHS} epochs, fixed-seed shuffle.");
    println!(
        "# Trained on PolNeAR v1.0.0 train ({} choices with PolNeAR's among the candidates) by",
        data.len()
    );
    println!(
        "# `cargo run --release -p claimgraph-eval --example {example}`. Do not edit by hand."
    );
    println!("# feature-hash (hex)\tweight");
    for (k, v) in &weights {
        println!("{k:016x}\t{v:.4}");
    }
    let model: HashMap<u64, f32> = weights.into_iter().collect();
    eprintln!(
        "{}",
        report(train_dir, &data, unreachable, |ex| best(&model, ex))
    );
    if holdout {
        let (held, unreachable) = split_examples(Path::new(train_dir), examples, |i| i % 5 == 0);
        eprintln!(
            "{}",
            report(
                &format!("held-out fifth (margin {margin})"),
                &held,
                unreachable,
                |ex| best_by(&model, ex, margin)
            )
        );
    }
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--check")
        .and_then(|p| args.get(p + 1))
    {
        let (other, unreachable) = split_examples(Path::new(dir), examples, |_| true);
        eprintln!(
            "{}",
            report(
                &format!("{dir} (compiled model)"),
                &other,
                unreachable,
                |ex| ex.chosen
            )
        );
    }
}
