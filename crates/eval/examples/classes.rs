//! Where relation F1 goes, in counts: each gold attribution no prediction matched, by the
//! reason (a prediction with the same cue got the content wrong, the source wrong, or
//! both; or no prediction has its cue, the cue's words being a known reporting verb or
//! not), and each unmatched prediction, by whether a gold attribution shares its cue.
//!
//! `cargo run --release -p claimgraph-eval --example classes -- ../shared/data/polnear/train [SHOW]`
//!
//! With SHOW (a part of a class name, e.g. "content wrong"), prints that class's cases.

use claimgraph_eval::inspect::{same_cue, spans_text, split};
use claimgraph_eval::{relation_match, GoldAttribution};
use claimgraph_extract::learned_probability;
use std::collections::BTreeMap;

fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    a.iter()
        .flat_map(|x| {
            b.iter()
                .map(move |y| x.1.min(y.1).saturating_sub(x.0.max(y.0)))
        })
        .sum()
}

fn len(a: &[(usize, usize)]) -> usize {
    a.iter().map(|x| x.1 - x.0).sum()
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: classes DIR [SHOW]");
    let show = std::env::args().nth(2);
    // A class's case: the gold attribution, the prediction, or both, then a blank line.
    let print =
        |class: &str, chars: &[char], g: Option<&GoldAttribution>, p: Option<&GoldAttribution>| {
            if show.as_deref().is_some_and(|s| class.contains(s)) {
                for (label, a) in [("GOLD", g), ("PRED", p)] {
                    if let Some(a) = a {
                        println!(
                            "{label} src=[{}] cue=[{}] content=[{}]",
                            spans_text(chars, &a.source),
                            spans_text(chars, &a.cue),
                            spans_text(chars, &a.content)
                        );
                    }
                }
                println!();
            }
        };
    let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
    for article in split(std::path::Path::new(&dir)).expect("a PolNeAR split") {
        let chars = &article.chars;
        let matched = |a: &GoldAttribution, others: &[GoldAttribution]| {
            others
                .iter()
                .any(|o| relation_match(a, o).is_some() || relation_match(o, a).is_some())
        };
        for g in &article.gold {
            if let Some(p) = article
                .predicted
                .iter()
                .find(|p| relation_match(g, p).is_some())
            {
                let class = if spans_text(chars, &g.cue).trim() == spans_text(chars, &p.cue).trim()
                {
                    "gold matched, cue exact"
                } else {
                    "gold matched, cue not exact"
                };
                print(class, chars, Some(g), Some(p));
                *classes.entry(class).or_default() += 1;
                continue;
            }
            let same = article.predicted.iter().find(|p| same_cue(g, p));
            let class = match same {
                Some(p) => {
                    let content_ok =
                        overlap(&g.content, &p.content) * 2 >= len(&g.content).max(len(&p.content));
                    match (content_ok, overlap(&g.source, &p.source) > 0) {
                        (true, _) => "gold missed: same cue, source wrong",
                        (false, true) => "gold missed: same cue, content wrong",
                        (false, false) if g.source.is_empty() != p.source.is_empty() => {
                            "gold missed: same cue, content wrong, source absent on one side"
                        }
                        (false, false) => "gold missed: same cue, content and source wrong",
                    }
                }
                None => {
                    let cue: String = g
                        .cue
                        .iter()
                        .flat_map(|&(s, e)| chars[s..e.min(chars.len())].iter())
                        .collect::<String>()
                        .to_lowercase();
                    let known = cue
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| learned_probability(w).is_some_and(|p| p >= 0.2));
                    if known {
                        "gold missed: cue not predicted, a likely cue word"
                    } else {
                        "gold missed: cue not predicted, no likely cue word"
                    }
                }
            };
            print(class, chars, Some(g), same);
            *classes.entry(class).or_default() += 1;
        }
        for p in &article.predicted {
            if matched(p, &article.gold) {
                continue;
            }
            let class = if article.gold.iter().any(|g| same_cue(g, p)) {
                "predicted unmatched: a gold attribution has its cue"
            } else {
                "predicted unmatched: no gold attribution has its cue"
            };
            print(class, chars, None, Some(p));
            *classes.entry(class).or_default() += 1;
        }
    }
    for (class, n) in classes {
        println!("{n:>6}  {class}");
    }
}
