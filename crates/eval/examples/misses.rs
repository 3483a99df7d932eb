//! Failure classes on a PolNeAR split: the cue words of gold attributions that no
//! prediction matched, and of predictions that matched nothing, most frequent first.
//!
//! `cargo run --release -p claimgraph-eval --example misses -- ../shared/data/polnear/train`

use claimgraph_eval::{articles, predict, read_ann, GoldAttribution};
use std::collections::HashMap;

fn cue_text(chars: &[char], a: &GoldAttribution) -> String {
    a.cue
        .iter()
        .map(|&(s, e)| chars[s..e.min(chars.len())].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: misses DIR [N]");
    let show: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let mut missed: HashMap<String, usize> = HashMap::new();
    let mut wrong: HashMap<String, usize> = HashMap::new();
    let mut hit: HashMap<String, usize> = HashMap::new();
    let mut missed_with_cue: HashMap<String, usize> = HashMap::new();
    for (text_path, ann) in articles(std::path::Path::new(&dir)).expect("a PolNeAR split") {
        let text = std::fs::read_to_string(&text_path).expect("text");
        let gold = read_ann(&std::fs::read_to_string(&ann).expect("ann")).expect("valid ann");
        let pred = predict(&text);
        let chars: Vec<char> = text.chars().collect();
        let mut used = vec![false; pred.len()];
        for g in &gold {
            let m = pred
                .iter()
                .enumerate()
                .position(|(i, p)| !used[i] && claimgraph_eval::relation_match(g, p).is_some());
            match m {
                Some(i) => {
                    used[i] = true;
                    *hit.entry(cue_text(&chars, g)).or_default() += 1;
                }
                None => {
                    *missed.entry(cue_text(&chars, g)).or_default() += 1;
                    let cue_found = pred.iter().any(|p| {
                        p.cue
                            .iter()
                            .any(|c| g.cue.iter().any(|d| c.0 < d.1 && d.0 < c.1))
                    });
                    if cue_found {
                        *missed_with_cue.entry(cue_text(&chars, g)).or_default() += 1;
                    }
                }
            }
        }
        for (i, p) in pred.iter().enumerate() {
            if !used[i] {
                *wrong.entry(cue_text(&chars, p)).or_default() += 1;
            }
        }
    }
    for (name, map) in [
        ("missed gold cues", &missed),
        ("unmatched predicted cues", &wrong),
        ("matched cues", &hit),
    ] {
        let mut v: Vec<_> = map.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        println!("== {name} ({} total)", map.values().sum::<usize>());
        for (cue, n) in v.into_iter().take(show) {
            print!("{n} {cue:?}; ");
        }
        println!();
    }
    println!(
        "== missed gold whose cue a prediction found: {} (span errors); the rest were not found at all",
        missed_with_cue.values().sum::<usize>()
    );
}
