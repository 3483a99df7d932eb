//! Gold attributions whose cue no prediction found, in context with the cue bracketed:
//! what the extractor does not see at all, as opposed to spans it gets wrong (`pairs`).
//! Each shows the cue model's best score on the cue's words ("none": no word of it can
//! be a cue), and a count by score closes the list, so a miss can be put down to the
//! model (a low score) or to the patterns (a high score, but no source or content found).
//!
//! `cargo run --release -p claimgraph-eval --example unfound -- DIR [N] [SKIP]`

use claimgraph_eval::inspect::{same_cue, spans_text, split};
use claimgraph_extract::{cue_scores, CharIndex};
use std::collections::BTreeMap;

/// Characters of context on each side of the cue.
const CONTEXT: usize = 120;

/// The score bands of the closing count, by their lower bound (the extractor's thresholds).
const BANDS: [(f32, &str); 4] = [
    (f32::NEG_INFINITY, "below -4 (vetoed)"),
    (-4.0, "-4 to 0 (a listed verb only)"),
    (0.0, "0 to 0.5 (sure)"),
    (0.5, "above 0.5 (a learned cue too)"),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().expect("usage: unfound DIR [N] [SKIP]");
    let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(40);
    let skip: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
    let mut bands: BTreeMap<&str, usize> = BTreeMap::new();
    let unfound: Vec<String> = split(std::path::Path::new(dir))
        .expect("a PolNeAR split")
        .into_iter()
        .flat_map(|article| {
            let chars = article.chars;
            let text: String = chars.iter().collect();
            let index = CharIndex::new(&text);
            let scores: Vec<((usize, usize), f32)> = cue_scores(&text)
                .into_iter()
                .map(|(span, score)| {
                    let at = (index.char_offset(span.start), index.char_offset(span.end));
                    (at, score)
                })
                .collect();
            article
                .gold
                .into_iter()
                .filter(|g| !article.predicted.iter().any(|p| same_cue(g, p)))
                .filter_map(|g| {
                    let &(cs, ce) = g.cue.first()?;
                    let best = scores
                        .iter()
                        .filter(|((s, e), _)| g.cue.iter().any(|&(a, b)| *s < b && a < *e))
                        .map(|&(_, score)| score)
                        .reduce(f32::max);
                    let band = best.map_or("none (no candidate word)", |score| {
                        BANDS
                            .iter()
                            .rev()
                            .find(|(low, _)| score > *low)
                            .map_or("", |b| b.1)
                    });
                    *bands.entry(band).or_default() += 1;
                    let around = |a: usize, b: usize| -> String {
                        chars[a..b].iter().collect::<String>().replace('\n', " / ")
                    };
                    let left = around(cs.saturating_sub(CONTEXT), cs);
                    let right = around(ce, (ce + CONTEXT).min(chars.len()));
                    Some(format!(
                        "…{left}[[{}]]{right}…  SRC={}  SCORE={}",
                        around(cs, ce),
                        spans_text(&chars, &g.source),
                        best.map_or("none".to_owned(), |s| format!("{s:.2}"))
                    ))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for shown in unfound.iter().skip(skip).take(n) {
        println!("{shown}\n");
    }
    for (band, count) in bands {
        println!("{count:6}  {band}");
    }
}
