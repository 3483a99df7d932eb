//! Where contents end, gold against predicted: for each connective (", which", ", but",
//! " after", …), how many single-piece contents hold it and how many end right before
//! it, in the gold annotations and in the predictions. A connective the gold contents
//! take in far more (or less) often than the predictions is a boundary rule to revisit.
//!
//! `cargo run --release -p claimgraph-eval --example boundaries -- ../shared/data/polnear/train [CONNECTIVE…]`
//!
//! Connectives given after the directory replace the built-in list (", was" ", is").

use claimgraph_eval::inspect::split;
use claimgraph_eval::GoldAttribution;
use std::collections::BTreeMap;

const CONNECTIVES: &[&str] = &[
    ", which",
    ", who",
    ", where",
    ", when",
    ", and",
    " and",
    ", but",
    " but",
    " because",
    ", because",
    " after",
    ", after",
    ", saying",
    ", adding",
    " —",
    " -- ",
    " as ",
    ", as ",
    " when",
    " while",
    ", while",
    " in ",
    " at ",
    " on ",
    " during",
    " since",
    ", although",
    ", though",
    " to ",
    " if ",
    ", if",
    " for ",
    ", including",
    ", a ",
    ", the ",
    " before",
    " until",
    " despite",
    ", despite",
];

/// Adds to `counts[inside]` and `counts[inside + 1]` the contents of `attributions` that
/// hold each connective and that end right before it.
fn tally(
    chars: &[char],
    attributions: &[GoldAttribution],
    inside: usize,
    connectives: &[String],
    table: &mut BTreeMap<String, [usize; 4]>,
) {
    for a in attributions {
        let [(s, e)] = a.content[..] else {
            continue;
        };
        let e = e.min(chars.len());
        let content: String = chars[s.min(e)..e].iter().collect();
        let after: String = chars[e..(e + 14).min(chars.len())].iter().collect();
        for c in connectives {
            let row = table.entry(c.clone()).or_default();
            row[inside] += usize::from(content.contains(c.as_str()));
            row[inside + 1] += usize::from(after.starts_with(c.as_str()));
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: boundaries DIR");
    let mut connectives: Vec<String> = std::env::args().skip(2).collect();
    if connectives.is_empty() {
        connectives = CONNECTIVES.iter().map(|c| c.to_string()).collect();
    }
    let mut table: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for article in split(std::path::Path::new(&dir)).expect("a PolNeAR split") {
        tally(&article.chars, &article.gold, 0, &connectives, &mut table);
        tally(
            &article.chars,
            &article.predicted,
            2,
            &connectives,
            &mut table,
        );
    }
    let share = |a: usize, b: usize| a as f64 / (a + b).max(1) as f64;
    println!(
        "{:>14} {:>7} {:>7} {:>6}   {:>7} {:>7} {:>6}",
        "connective", "gold in", "before", "in %", "pred in", "before", "in %"
    );
    for (c, [gi, ga, pi, pa]) in table {
        println!(
            "{:>14} {gi:>7} {ga:>7} {:>6.2}   {pi:>7} {pa:>7} {:>6.2}",
            format!("{c:?}"),
            share(gi, ga),
            share(pi, pa)
        );
    }
}
