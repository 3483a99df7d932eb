//! The two things the extractor learned from PolNeAR train: the cue lexicon
//! (`data/cues.tsv`: how often each word form stands in a cue) and the cue model's weights
//! (`data/cue_model.tsv`). `claimgraph eval train` writes both; they are compiled in.
//!
//! A process may put other learned data in their place before its first extraction.
//! Cross-validation needs this (`claimgraph eval polnear DIR --folds K`): it scores each
//! fold of a split with data trained on the other folds only. The compiled-in data has
//! seen every train article, so scores on train are in-sample and flatter what the
//! model does on text it has not seen.
//!
//! The data is fixed for the life of the process. Extraction stays deterministic, and the
//! tables derived from it (candidate forms, lemmas, the model's per-form sums) are built
//! once.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The compiled-in cue lexicon.
const BUNDLED_LEXICON: &str = include_str!("../data/cues.tsv");
/// The compiled-in cue model.
const BUNDLED_MODEL: &str = include_str!("../data/cue_model.tsv");

/// One form of the cue lexicon: times seen inside a cue, and the share of its
/// occurrences that were.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LexiconEntry {
    /// Occurrences inside a gold cue.
    pub in_cue: u32,
    /// The probability that the form is (part of) a cue.
    pub probability: f32,
}

/// The cue lexicon: lower-case form → entry (Fx hashing: it is looked up per token).
pub type CueLexicon = FxHashMap<String, LexiconEntry>;
/// The cue model: (feature hash, weight) pairs, in the file's order; the model builds its
/// own table from them.
pub type CueWeights = Vec<(u64, f32)>;

/// Why learned data was not put in place.
#[derive(Debug, thiserror::Error)]
pub enum LearnedError {
    /// Extraction has already read the data this process uses.
    #[error("the {0} is already in use: replace it before the first extraction")]
    InUse(&'static str),
    /// A line does not have the format `claimgraph eval train` writes.
    #[error("line {line}: {reason}")]
    Malformed {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
}

static LEXICON: OnceLock<CueLexicon> = OnceLock::new();
static WEIGHTS: OnceLock<CueWeights> = OnceLock::new();

// The compiled-in data is checked by `the_bundled_data_parses`: failing to parse it is a
// defect of the build, never of the input, so `expect` is the right answer to it.

/// The cue lexicon this process extracts with.
pub fn cue_lexicon() -> &'static CueLexicon {
    LEXICON.get_or_init(|| parse_lexicon(BUNDLED_LEXICON).expect("the bundled cue lexicon"))
}

/// The cue model's weights this process extracts with.
pub fn cue_weights() -> &'static CueWeights {
    WEIGHTS.get_or_init(|| parse_weights(BUNDLED_MODEL).expect("the bundled cue model"))
}

/// Puts a cue lexicon (the format of `data/cues.tsv`) in place of the compiled-in one.
pub fn use_cue_lexicon(text: &str) -> Result<(), LearnedError> {
    LEXICON
        .set(parse_lexicon(text)?)
        .map_err(|_| LearnedError::InUse("cue lexicon"))
}

/// Puts cue-model weights (the format of `data/cue_model.tsv`) in place of the
/// compiled-in ones.
pub fn use_cue_weights(text: &str) -> Result<(), LearnedError> {
    WEIGHTS
        .set(parse_weights(text)?)
        .map_err(|_| LearnedError::InUse("cue model"))
}

/// The tab-separated fields of each line that is neither empty nor a `#` comment, with
/// its 1-based number.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

fn malformed(line: usize, reason: impl Into<String>) -> LearnedError {
    LearnedError::Malformed {
        line,
        reason: reason.into(),
    }
}

/// `form<TAB>in_cue<TAB>total<TAB>probability` lines.
pub fn parse_lexicon(text: &str) -> Result<CueLexicon, LearnedError> {
    rows(text)
        .map(|(line, fields)| {
            let [form, in_cue, _total, probability] = fields[..] else {
                return Err(malformed(line, "expected form, in_cue, total, probability"));
            };
            let in_cue = in_cue
                .parse()
                .map_err(|_| malformed(line, format!("in_cue {in_cue:?} is not a count")))?;
            let probability = probability
                .parse::<f32>()
                .ok()
                .filter(|p| (0.0..=1.0).contains(p))
                .ok_or_else(|| malformed(line, format!("{probability:?} is not a probability")))?;
            Ok((
                form.to_owned(),
                LexiconEntry {
                    in_cue,
                    probability,
                },
            ))
        })
        .collect()
}

/// `feature-hash (hex)<TAB>weight` lines.
pub fn parse_weights(text: &str) -> Result<CueWeights, LearnedError> {
    rows(text)
        .map(|(line, fields)| {
            let [hash, weight] = fields[..] else {
                return Err(malformed(line, "expected a feature hash and a weight"));
            };
            let hash = u64::from_str_radix(hash, 16)
                .map_err(|_| malformed(line, format!("{hash:?} is not a hex feature hash")))?;
            let weight = weight
                .parse::<f32>()
                .ok()
                .filter(|w| w.is_finite())
                .ok_or_else(|| malformed(line, format!("{weight:?} is not a weight")))?;
            Ok((hash, weight))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_data_parses() {
        assert!(parse_lexicon(BUNDLED_LEXICON).unwrap().len() > 500);
        assert!(parse_weights(BUNDLED_MODEL).unwrap().len() > 10_000);
    }

    #[test]
    fn a_malformed_line_is_named() {
        let err = parse_lexicon("# header\nsaid\t10\t12\t0.833\nclaimed\tten\t12\t0.5\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("line 3:"), "{err}");
        assert!(err.contains("\"ten\""), "{err}");
        let err = parse_weights("00ff\t1.5\nzz\t1.0\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("line 2:") && err.contains("\"zz\""),
            "{err}"
        );
        let err = parse_lexicon("said\t10\t12\t1.7\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("probability"), "{err}");
    }
}
