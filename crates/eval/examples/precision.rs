//! Where precision goes, by feature: every prediction counted as matching a gold
//! attribution or not, grouped by one feature at a time (the cue as written, the
//! source's first word, the content's length and shape). A group well below the overall
//! precision, and large, is a class of false positives worth a rule; a new prediction
//! only pays at a precision above about a third.
//!
//! `cargo run --release -p claimgraph-eval --example precision -- DIR [MIN] [SHOW]`
//!
//! MIN (default 20) is the least size of a group shown. With SHOW (a group, as printed,
//! e.g. "source:who"), prints that group's unmatched predictions.

use claimgraph_eval::inspect::{spans_text, split};
use claimgraph_eval::{relation_match, GoldAttribution};
use std::collections::BTreeMap;

/// The groups a prediction falls in, one per feature.
fn features(chars: &[char], p: &GoldAttribution) -> Vec<String> {
    let cue = spans_text(chars, &p.cue).to_lowercase();
    let source = spans_text(chars, &p.source);
    let first = source
        .split_whitespace()
        .next()
        .unwrap_or("(none)")
        .to_lowercase();
    let content = spans_text(chars, &p.content);
    let words = content.split_whitespace().count();
    let length = match words {
        0..=3 => "1-3",
        4..=8 => "4-8",
        9..=20 => "9-20",
        21..=50 => "21-50",
        _ => "51+",
    };
    let quoted = content.starts_with(['"', '“', '‘', '\'']);
    let after = p.cue.first().map(|c| c.0) > p.content.first().map(|c| c.0);
    vec![
        format!("cue:{cue}"),
        format!("source:{first}"),
        format!("length:{length}"),
        format!("pieces:{}", p.content.len().min(3)),
        format!("quoted:{quoted}"),
        format!("cue after content:{after}"),
        format!("cue:{cue} quoted:{quoted}"),
        format!("cue:{cue} length:{length}"),
        format!("source:{first} length:{length}"),
    ]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: precision DIR [MIN] [SHOW]");
    let min: usize = args.next().and_then(|m| m.parse().ok()).unwrap_or(20);
    let show = args.next();
    let articles = split(std::path::Path::new(&dir)).expect("a PolNeAR split");
    let mut groups: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for article in &articles {
        let mut taken = vec![false; article.gold.len()];
        for p in &article.predicted {
            let hit = article
                .gold
                .iter()
                .enumerate()
                .find(|(i, g)| !taken[*i] && relation_match(g, p).is_some())
                .map(|(i, _)| i);
            if let Some(i) = hit {
                taken[i] = true;
            }
            for f in features(&article.chars, p) {
                let g = groups.entry(f.clone()).or_default();
                g.0 += 1;
                g.1 += usize::from(hit.is_some());
                if hit.is_none() && show.as_deref() == Some(f.as_str()) {
                    println!(
                        "src=[{}] cue=[{}] content=[{}]\n",
                        spans_text(&article.chars, &p.source),
                        spans_text(&article.chars, &p.cue),
                        spans_text(&article.chars, &p.content)
                    );
                }
            }
        }
    }
    if show.is_some() {
        return;
    }
    let mut rows: Vec<_> = groups.into_iter().filter(|(_, (n, _))| *n >= min).collect();
    rows.sort_by(|a, b| {
        let pa = a.1 .1 as f64 / a.1 .0 as f64;
        let pb = b.1 .1 as f64 / b.1 .0 as f64;
        pa.total_cmp(&pb)
    });
    for (group, (n, hits)) in rows {
        println!("{:5} {:.2}  {group}", n, hits as f64 / n as f64);
    }
}
