//! Gold attributions beside the prediction that shares their cue, when the relation did
//! not match: the quickest view of span-convention errors.
//!
//! `cargo run --release -p claimgraph-eval --example pairs -- DIR [CUE] [N]`

use claimgraph_eval::{articles, predict, read_ann, relation_match, Spans};

fn show(chars: &[char], spans: &Spans) -> String {
    spans
        .iter()
        .map(|&(s, e)| chars[s..e.min(chars.len())].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: pairs DIR [CUE] [N]");
    let cue = std::env::args().nth(2).unwrap_or_else(|| "said".into());
    let n: usize = std::env::args()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(30);
    let mut shown = 0;
    for (text_path, ann) in articles(std::path::Path::new(&dir)).expect("split") {
        let text = std::fs::read_to_string(&text_path).expect("text");
        let gold = read_ann(&std::fs::read_to_string(&ann).expect("ann")).expect("ann");
        let pred = predict(&text);
        let chars: Vec<char> = text.chars().collect();
        for g in &gold {
            if show(&chars, &g.cue).to_lowercase() != cue
                || pred.iter().any(|p| relation_match(g, p).is_some())
            {
                continue;
            }
            let same = pred.iter().find(|p| {
                p.cue
                    .iter()
                    .any(|c| g.cue.iter().any(|d| c.0 < d.1 && d.0 < c.1))
            });
            let all: Vec<(usize, usize)> = g
                .source
                .iter()
                .chain(&g.cue)
                .chain(&g.content)
                .copied()
                .collect();
            let from = all.iter().map(|s| s.0).min().unwrap_or(0);
            let to = all.iter().map(|s| s.1).max().unwrap_or(0).min(chars.len());
            println!("TEXT {:?}", chars[from..to].iter().collect::<String>());
            println!(
                "GOLD src=[{}] content=[{}]",
                show(&chars, &g.source),
                show(&chars, &g.content)
            );
            match same {
                Some(p) => println!(
                    "PRED src=[{}] content=[{}]\n",
                    show(&chars, &p.source),
                    show(&chars, &p.content)
                ),
                None => println!("PRED none\n"),
            }
            shown += 1;
            if shown >= n {
                return;
            }
        }
    }
}
