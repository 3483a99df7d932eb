//! Linear models over hashed features, the form the learned parts of extraction take
//! (`cue_model`, `content_end`): a feature is a tuple of strings hashed to 64 bits, a
//! model a table of weights trained offline and compiled in, a score the sum of the
//! weights of the features present. Reading only, so extraction stays deterministic.

use std::collections::HashMap;

/// FNV-1a over the feature's parts, so no string is built per feature.
pub(crate) fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        for b in part.bytes().chain(std::iter::once(if i + 1 == parts.len() {
            0xff
        } else {
            0x1f
        })) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Feature keys are FNV hashes already: hashing them again (SipHash) would cost more than
/// the rest of scoring.
#[derive(Default)]
struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Weights = HashMap<u64, f32, std::hash::BuildHasherDefault<PreHashed>>;

/// Trained weights by feature hash.
pub(crate) struct LinearModel {
    weights: Weights,
}

impl LinearModel {
    /// Reads `hash<TAB>weight` lines; `#` lines are comments.
    pub(crate) fn parse(text: &str) -> Self {
        let weights = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let (h, w) = l.split_once('\t')?;
                Some((u64::from_str_radix(h, 16).ok()?, w.parse().ok()?))
            })
            .collect();
        Self { weights }
    }

    /// The score of a feature vector: the sum of its features' weights.
    pub(crate) fn score(&self, features: &[u64]) -> f32 {
        features.iter().filter_map(|f| self.weights.get(f)).sum()
    }

    /// Of `n` candidates, the one ranked first when it scores `margin` above candidate
    /// `default` (the rules' choice), else `default`: a ranker departs from the rules only
    /// when it is sure, and with no weights never. `features` writes candidate `i`'s.
    pub(crate) fn pick(
        &self,
        n: usize,
        default: usize,
        margin: f32,
        mut features: impl FnMut(usize, &mut Vec<u64>),
    ) -> usize {
        let mut feats = Vec::with_capacity(32);
        features(default, &mut feats);
        let mut best = (default, self.score(&feats) + margin);
        for i in (0..n).filter(|&i| i != default) {
            features(i, &mut feats);
            let score = self.score(&feats);
            if score > best.1 {
                best = (i, score);
            }
        }
        best.0
    }
}
