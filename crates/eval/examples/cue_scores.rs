//! Why a gold cue no prediction has was missed, by what the cue model made of it: each
//! gold attribution whose cue no prediction shares (and whose words include a likely cue
//! word) counted by the model's best score over the cue's words. A vetoed cue (below -4)
//! is the model's doing; one it is sure of (above 2) that no pattern took is a pattern's.
//!
//! `cargo run --release -p claimgraph-eval --example cue_scores -- ../shared/data/polnear/train [BUCKET]`
//!
//! With BUCKET (e.g. "d >2"), prints that bucket's cases with the text around the cue.

use claimgraph_eval::inspect::{same_cue, spans_text, split};
use claimgraph_eval::relation_match;
use claimgraph_extract::{cue_scores, learned_probability};
use std::collections::BTreeMap;

/// Character offset of every byte offset of `text` (and of its end), since gold spans
/// count characters and the extractor's count bytes.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut offsets = vec![0; text.len() + 1];
    for (i, (byte, ch)) in text.char_indices().enumerate() {
        offsets[byte..byte + ch.len_utf8()].fill(i);
    }
    offsets[text.len()] = text.chars().count();
    offsets
}

fn bucket(score: Option<f32>) -> &'static str {
    match score {
        None => "unscored",
        Some(v) if v < -4.0 => "a <-4",
        Some(v) if v < 0.0 => "b -4..0",
        Some(v) if v < 2.0 => "c 0..2",
        Some(_) => "d >2",
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: cue_scores DIR [BUCKET]");
    let show = std::env::args().nth(2);
    let mut buckets: BTreeMap<&str, usize> = BTreeMap::new();
    for article in split(std::path::Path::new(&dir)).expect("a PolNeAR split") {
        let chars = &article.chars;
        let text: String = chars.iter().collect();
        let at = char_offsets(&text);
        let scores: Vec<(usize, usize, f32)> = cue_scores(&text)
            .into_iter()
            .map(|(span, score)| (at[span.start], at[span.end], score))
            .collect();
        for g in &article.gold {
            let predicted = article
                .predicted
                .iter()
                .any(|p| relation_match(g, p).is_some() || same_cue(g, p));
            let cue = spans_text(chars, &g.cue).to_lowercase();
            let likely = cue
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| learned_probability(w).is_some_and(|p| p >= 0.2));
            if predicted || !likely {
                continue;
            }
            let best = scores
                .iter()
                .filter(|(s, e, _)| g.cue.iter().any(|c| c.0 < *e && *s < c.1))
                .map(|x| x.2)
                .reduce(f32::max);
            let b = bucket(best);
            *buckets.entry(b).or_default() += 1;
            if show.as_deref() == Some(b) {
                let s = g.cue[0].0;
                let around: String = chars[s.saturating_sub(150)..(s + 150).min(chars.len())]
                    .iter()
                    .collect::<String>()
                    .replace('\n', " ");
                println!(
                    "CUE[{cue}] SRC[{}] best={best:?}\n  {around}\n",
                    spans_text(chars, &g.source)
                );
            }
        }
    }
    for (b, n) in buckets {
        println!("{n:>6} {b}");
    }
}
