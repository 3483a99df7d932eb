//! Helpers for the failure-class examples (`misses`, `pairs`, `unfound`): reading a split
//! with its predictions and showing spans as text.

use crate::{load_split, predict, EvalError, GoldAttribution, Spans};
use std::path::Path;

/// One article of a split: its characters, gold attributions and predictions.
pub struct Article {
    /// The text as characters, so that annotation offsets index it directly.
    pub chars: Vec<char>,
    /// The gold attributions.
    pub gold: Vec<GoldAttribution>,
    /// What the extractor predicts, in the same offsets.
    pub predicted: Vec<GoldAttribution>,
}

/// Every article of a PolNeAR split, read and predicted.
pub fn split(dir: &Path) -> Result<Vec<Article>, EvalError> {
    Ok(load_split(dir)?
        .into_iter()
        .map(|(text, gold)| Article {
            chars: text.chars().collect(),
            predicted: predict(&text),
            gold,
        })
        .collect())
}

/// The text of spans, pieces joined by ` | `.
pub fn spans_text(chars: &[char], spans: &Spans) -> String {
    spans
        .iter()
        .map(|&(s, e)| {
            chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Whether two attributions' cues overlap.
pub fn same_cue(a: &GoldAttribution, b: &GoldAttribution) -> bool {
    a.cue
        .iter()
        .any(|c| b.cue.iter().any(|d| c.0 < d.1 && d.0 < c.1))
}
