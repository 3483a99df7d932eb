//! Training the extractor's learned data on a PolNeAR split: the cue lexicon and the cue
//! model (see `claimgraph_extract::learned`). `claimgraph eval train` writes both files.
//! Cross-validation calls it once per fold, on every article but the fold's.
//!
//! Both are deterministic: the same articles give the same bytes.

use crate::brat::GoldAttribution;
use claimgraph_extract::{learned_probability, training_candidates};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Forms seen inside a cue fewer times than this are left out of the lexicon as noise.
const MIN_CUE_COUNT: usize = 3;
/// Forms less likely than this to be a cue are left out of the lexicon.
const MIN_PROBABILITY: f64 = 0.05;
/// Passes of the perceptron over the candidates.
const EPOCHS: usize = 8;
/// The seed of the shuffle. One seed gives the same model each time; averaging the models
/// of three seeds was tried and scored no better (5-fold relation F1 0.6232 against
/// 0.6240).
const SEED: u64 = 0x5eed;
/// Weights smaller than this are left out of the model's file.
const MIN_WEIGHT: f32 = 1.0;

/// Articles to train on: each text with its gold attributions.
pub type Articles<'a> = [&'a (String, Vec<GoldAttribution>)];

/// The cue lexicon (the format of `data/cues.tsv`): for every lower-cased word form, how
/// often it stands inside a gold cue and how often it occurs at all. `provenance` names
/// the articles in the header.
pub fn cue_lexicon(articles: &Articles, provenance: &str) -> String {
    let mut in_cue: BTreeMap<String, usize> = BTreeMap::new();
    let mut total: BTreeMap<String, usize> = BTreeMap::new();
    for (text, gold) in articles.iter().copied() {
        let chars: Vec<char> = text.chars().collect();
        let mut cue_chars = vec![false; chars.len()];
        for g in gold {
            for &(s, e) in &g.cue {
                for c in cue_chars.iter_mut().take(e.min(chars.len())).skip(s) {
                    *c = true;
                }
            }
        }
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphabetic() || matches!(chars[i], '-' | '\'' | '’'))
            {
                i += 1;
            }
            let word: String = chars[start..i]
                .iter()
                .collect::<String>()
                .to_lowercase()
                .replace('’', "'");
            *total.entry(word.clone()).or_default() += 1;
            if cue_chars[start] {
                *in_cue.entry(word).or_default() += 1;
            }
        }
    }
    let mut out = format!(
        "# Cue lexicon learned from PolNeAR v1.0.0 ({} articles of {provenance}) by\n\
         # `claimgraph eval train`. Do not edit by hand.\n\
         # form\tin_cue\ttotal\tprobability\n",
        articles.len()
    );
    for (word, n) in in_cue {
        let t = total[&word];
        let p = n as f64 / t as f64;
        if n >= MIN_CUE_COUNT && p >= MIN_PROBABILITY {
            let _ = writeln!(out, "{word}\t{n}\t{t}\t{p:.3}");
        }
    }
    out
}

/// The cue model's weights (the format of `data/cue_model.tsv`): an averaged perceptron
/// over the features of every cue candidate. A candidate is positive when it is the head
/// of a gold cue: of the candidates inside the cue span, the one the cue lexicon finds
/// likeliest. Candidates and features come from the cue lexicon in use, so put the
/// lexicon trained on the same articles in place first
/// (`claimgraph_extract::learned::use_cue_lexicon`).
pub fn cue_model(articles: &Articles, provenance: &str) -> String {
    let data = examples(articles);
    let averaged: BTreeMap<u64, f32> = perceptron(&data, SEED)
        .into_iter()
        .filter(|(_, v)| v.abs() >= MIN_WEIGHT)
        .collect();
    let positives = data.iter().filter(|(_, y)| *y).count();
    let mut out = format!(
        "# Cue detector weights: averaged perceptron, {EPOCHS} epochs, fixed-seed shuffle.\n\
         # Trained on PolNeAR v1.0.0 {provenance} ({} candidates, {positives} cue heads) by\n\
         # `claimgraph eval train`. Do not edit by hand.\n\
         # feature-hash (hex)\tweight\n",
        data.len()
    );
    for (k, v) in &averaged {
        let _ = writeln!(out, "{k:016x}\t{v:.4}");
    }
    out
}

/// An averaged perceptron over the examples, visited in an order shuffled from `seed`.
fn perceptron(data: &[(Vec<u64>, bool)], mut seed: u64) -> HashMap<u64, f32> {
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut u: HashMap<u64, f32> = HashMap::new();
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
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
            let predicted = f.iter().filter_map(|x| w.get(x)).sum::<f32>() > 0.0;
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
    w.iter().map(|(k, v)| (*k, v - u[k] / c)).collect()
}

/// Every cue candidate of the articles: its features, and whether it heads a gold cue.
fn examples(articles: &Articles) -> Vec<(Vec<u64>, bool)> {
    let mut out = Vec::new();
    for (text, gold) in articles.iter().copied() {
        // Character offsets of the annotation → byte offsets of the text.
        let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of.push(text.len());
        let byte = |c: usize| byte_of[c.min(byte_of.len() - 1)];
        let candidates = training_candidates(text);
        let probability = |i: usize| {
            let span = candidates[i].0;
            learned_probability(&text[span.start..span.end].to_lowercase()).unwrap_or(0.0)
        };
        let mut positive = vec![false; candidates.len()];
        for g in gold {
            let head = (0..candidates.len())
                .filter(|&i| {
                    let s = candidates[i].0;
                    g.cue
                        .iter()
                        .any(|&(b, e)| byte(b) <= s.start && s.end <= byte(e))
                })
                .max_by(|&a, &b| probability(a).total_cmp(&probability(b)).then(a.cmp(&b)));
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
