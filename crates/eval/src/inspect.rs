//! Helpers for the failure-class examples (`misses`, `pairs`, `unfound`): reading a split
//! with its predictions and showing spans as text.

use crate::{articles, predict, read_ann, EvalError, GoldAttribution, Spans};
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
    articles(dir)?
        .into_iter()
        .map(|(text_path, ann_path)| {
            let read = |path: &Path| {
                std::fs::read_to_string(path).map_err(|source| EvalError::Io {
                    path: path.to_owned(),
                    source,
                })
            };
            let text = read(&text_path)?;
            let gold = read_ann(&read(&ann_path)?).map_err(|(line, reason)| EvalError::Ann {
                path: ann_path.clone(),
                line,
                reason,
            })?;
            Ok(Article {
                chars: text.chars().collect(),
                predicted: predict(&text),
                gold,
            })
        })
        .collect()
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
