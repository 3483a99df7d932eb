//! Learns the cue lexicon from a PolNeAR split: for every lower-cased word form, how often
//! it stands inside a gold cue and how often it occurs at all. The extractor reads the
//! result (`crates/extract/data/cues.tsv`) as the probability that a form is a cue.
//!
//! `cargo run --release -p claimgraph-eval --example train_cues -- ../shared/data/polnear/train > crates/extract/data/cues.tsv`
//!
//! Train on the train split only: dev is for checking.

use claimgraph_eval::{articles, read_ann};
use std::collections::BTreeMap;

/// Forms seen inside a cue fewer times than this are left out as noise.
const MIN_CUE_COUNT: usize = 3;
/// Forms less likely than this to be a cue are left out.
const MIN_PROBABILITY: f64 = 0.05;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: train_cues POLNEAR_SPLIT_DIR");
    let mut in_cue: BTreeMap<String, usize> = BTreeMap::new();
    let mut total: BTreeMap<String, usize> = BTreeMap::new();
    let pairs = articles(std::path::Path::new(&dir)).expect("a PolNeAR split");
    for (text_path, ann) in &pairs {
        let text = std::fs::read_to_string(text_path).expect("text");
        let gold = read_ann(&std::fs::read_to_string(ann).expect("ann")).expect("ann");
        let chars: Vec<char> = text.chars().collect();
        let mut cue_chars = vec![false; chars.len()];
        for g in &gold {
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
                && (chars[i].is_alphabetic()
                    || chars[i] == '-'
                    || chars[i] == '\''
                    || chars[i] == '’')
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
    println!(
        "# Cue lexicon learned from PolNeAR v1.0.0 ({} articles of {dir}) by",
        pairs.len()
    );
    println!(
        "# `cargo run --release -p claimgraph-eval --example train_cues`. Do not edit by hand."
    );
    println!("# form\tin_cue\ttotal\tprobability");
    for (word, n) in in_cue {
        let t = total[&word];
        let p = n as f64 / t as f64;
        if n >= MIN_CUE_COUNT && p >= MIN_PROBABILITY {
            println!("{word}\t{n}\t{t}\t{p:.3}");
        }
    }
}
