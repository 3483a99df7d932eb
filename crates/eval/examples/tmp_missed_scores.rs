use claimgraph_eval::inspect::{same_cue, spans_text, split};
use claimgraph_eval::relation_match;
use claimgraph_extract::{cue_scores, learned_probability};
use std::collections::BTreeMap;

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let show = std::env::args().nth(2);
    let mut buckets: BTreeMap<&str, usize> = BTreeMap::new();
    for article in split(std::path::Path::new(&dir)).unwrap() {
        let chars = &article.chars;
        let text: String = chars.iter().collect();
        // byte offset -> char offset
        let mut b2c = vec![0usize; text.len() + 1];
        let mut ci = 0;
        for (bi, ch) in text.char_indices() {
            for k in 0..ch.len_utf8() {
                b2c[bi + k] = ci;
            }
            ci += 1;
        }
        b2c[text.len()] = ci;
        let scores: Vec<(usize, usize, f32)> = cue_scores(&text)
            .into_iter()
            .map(|(s, v)| (b2c[s.start], b2c[s.end], v))
            .collect();
        for g in &article.gold {
            if article
                .predicted
                .iter()
                .any(|p| relation_match(g, p).is_some() || same_cue(g, p))
            {
                continue;
            }
            let cue = spans_text(chars, &g.cue).to_lowercase();
            let known = cue
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| learned_probability(w).is_some_and(|p| p >= 0.2));
            if !known {
                continue;
            }
            let best = scores
                .iter()
                .filter(|(s, e, _)| g.cue.iter().any(|c| c.0 < *e && *s < c.1))
                .map(|x| x.2)
                .fold(None, |m: Option<f32>, v| Some(m.map_or(v, |m| m.max(v))));
            let b = match best {
                None => "unscored",
                Some(v) if v < -4.0 => "a <-4",
                Some(v) if v < 0.0 => "b -4..0",
                Some(v) if v < 2.0 => "c 0..2",
                Some(_) => "d >2",
            };
            *buckets.entry(b).or_default() += 1;
            if show.as_deref() == Some(b) {
                // sentence context
                let s = g.cue[0].0;
                let lo = s.saturating_sub(150);
                let hi = (s + 150).min(chars.len());
                let ctx: String = chars[lo..hi].iter().collect::<String>().replace('\n', " ");
                println!(
                    "CUE[{}] SRC[{}] best={:?}\n  {}\n",
                    cue,
                    spans_text(chars, &g.source),
                    best,
                    ctx
                );
            }
        }
    }
    for (k, v) in buckets {
        println!("{v:>6} {k}");
    }
}
