//! Gold attributions whose cue no prediction found, in context with the cue bracketed:
//! what the extractor does not see at all, as opposed to spans it gets wrong (`pairs`).
//!
//! `cargo run --release -p claimgraph-eval --example unfound -- DIR [N] [SKIP]`

use claimgraph_eval::inspect::{same_cue, spans_text, split};

/// Characters of context on each side of the cue.
const CONTEXT: usize = 120;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().expect("usage: unfound DIR [N] [SKIP]");
    let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(40);
    let skip: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
    let unfound = split(std::path::Path::new(dir))
        .expect("a PolNeAR split")
        .into_iter()
        .flat_map(|article| {
            let chars = article.chars;
            article
                .gold
                .into_iter()
                .filter(|g| !article.predicted.iter().any(|p| same_cue(g, p)))
                .filter_map(|g| {
                    let &(cs, ce) = g.cue.first()?;
                    let around = |a: usize, b: usize| -> String {
                        chars[a..b].iter().collect::<String>().replace('\n', " / ")
                    };
                    let left = around(cs.saturating_sub(CONTEXT), cs);
                    let right = around(ce, (ce + CONTEXT).min(chars.len()));
                    Some(format!(
                        "…{left}[[{}]]{right}…  SRC={}",
                        around(cs, ce),
                        spans_text(&chars, &g.source)
                    ))
                })
                .collect::<Vec<_>>()
        });
    for shown in unfound.skip(skip).take(n) {
        println!("{shown}\n");
    }
}
