//! A learned cue detector: an averaged perceptron that decides, for each word that can be
//! a cue at all, whether it is one here. The word lists say which words report speech;
//! the model says when ("the report" is a noun, "said" inside a quotation belongs to the
//! speaker, "shows" is a cue after "a poll").
//!
//! Features are hashed to 64 bits; the weights live in `data/cue_model.tsv`, trained on
//! PolNeAR train by `claimgraph eval train` (see that file's header, and
//! [`crate::learned`] for putting others in their place). Extraction only reads them: it
//! stays deterministic.

use crate::learned::{cue_weights, CueWeights};
use crate::lexicon::{cue_candidate_forms, cue_lemma, learned_probability};
use crate::source::is_capitalized;
use crate::Doc;
use std::collections::HashMap;
use std::sync::OnceLock;

/// FNV-1a's starting state.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The byte after each part of a feature but the last.
const PART_END: u8 = 0x1f;
/// The byte after a feature's last part.
const FEATURE_END: u8 = 0xff;

/// FNV-1a state `h` fed `bytes` and then `end`.
const fn fnv(mut h: u64, bytes: &[u8], end: u8) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    (h ^ end as u64).wrapping_mul(0x0100_0000_01b3)
}

/// The state after a feature's name, its first part: a constant, hashed at compile time
/// for the context features, which are hashed for every candidate token.
const fn named(name: &str) -> u64 {
    fnv(FNV_OFFSET, name.as_bytes(), PART_END)
}

/// A feature's hash, given the state after its name and its other parts: FNV-1a over the
/// parts, so no string is built per feature.
fn valued(mut h: u64, parts: &[&str]) -> u64 {
    for (i, part) in parts.iter().enumerate() {
        let end = if i + 1 == parts.len() {
            FEATURE_END
        } else {
            PART_END
        };
        h = fnv(h, part.as_bytes(), end);
    }
    h
}

/// A feature's hash: its name and its parts.
fn hash(parts: &[&str]) -> u64 {
    match parts {
        [name] => fnv(FNV_OFFSET, name.as_bytes(), FEATURE_END),
        [name, rest @ ..] => valued(named(name), rest),
        [] => FNV_OFFSET,
    }
}

/// Whether token `k` can be a cue at all: a reporting verb, a word the learned lexicon
/// has seen in cues, or a colon.
pub fn is_candidate(doc: &Doc, k: usize) -> bool {
    CueModel::get().form(doc, k).is_some()
}

/// The learned probability of a form, as the bucket the features name ("0" to "9").
fn bucket(w: &str) -> &'static str {
    const BUCKETS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let p = learned_probability(w).unwrap_or(0.0);
    BUCKETS[((p * 10.0) as usize).min(9)]
}

/// The features of candidate token `k`.
pub fn features(doc: &Doc, k: usize, in_quote: bool, out: &mut Vec<u64>) {
    out.clear();
    let w = doc.lower(k);
    let bucket = bucket(w);
    form_features(w, bucket, is_capitalized(doc.word(k)), in_quote, out);
    context_features(doc, k, bucket, out);
}

/// The features of the form itself, its case and whether a quotation holds it: the same
/// for every token of the form in the same case and place, so the model sums them once.
fn form_features(w: &str, bucket: &str, capitalised: bool, in_quote: bool, out: &mut Vec<u64>) {
    // The last three characters (all of a shorter word), without allocating.
    let suffix = &w[w.char_indices().rev().nth(2).map_or(0, |(i, _)| i)..];
    let shape = if capitalised { "cap" } else { "low" };
    let quote = if in_quote { "in" } else { "out" };
    out.extend([
        hash(&["bias"]),
        hash(&["w", w]),
        hash(&["suf", suffix]),
        hash(&["p", bucket]),
        hash(&["shape", shape]),
        hash(&["q", quote]),
        hash(&["qw", quote, w]),
        hash(&["lex", if cue_lemma(w).is_some() { "yes" } else { "no" }]),
    ]);
}

/// The words around token `k`, lower-cased: two before, one before, one after, two after.
fn neighbours<'d>(doc: &'d Doc, k: usize) -> [&'d str; 4] {
    let n = doc.tokens.len();
    let word_at = |j: isize| -> &str {
        let j = k as isize + j;
        if j < 0 || j as usize >= n {
            "<edge>"
        } else {
            doc.lower(j as usize)
        }
    };
    [word_at(-2), word_at(-1), word_at(1), word_at(2)]
}

/// The features of the words around token `k` (form `w`), the ones that name them.
fn word_features(w: &str, [p2, p1, n1, n2]: [&str; 4]) -> [u64; 6] {
    [
        valued(const { named("p1") }, &[p1]),
        valued(const { named("n1") }, &[n1]),
        valued(const { named("p2") }, &[p2]),
        valued(const { named("n2") }, &[n2]),
        valued(const { named("p1w") }, &[p1, w]),
        valued(const { named("wn1") }, &[w, n1]),
    ]
}

/// The features of the words around a candidate that say only what kind of word each
/// is, with the form's bucket: whether the word before is capitalised, whether "that"
/// follows, and the punctuation mark after and before ("word" for a word). Apart from
/// the marks, the bucket fixes them: the model sums them per form at load.
fn kind_features(bucket: &str, prev_cap: bool, n1_that: bool, n1: &str, p1: &str) -> [u64; 4] {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    [
        valued(const { named("pcap") }, &[yes_no(prev_cap), bucket]),
        valued(const { named("n1that") }, &[yes_no(n1_that), bucket]),
        mark_after(n1, bucket),
        mark_before(p1, bucket),
    ]
}

/// The kind feature of the word after a candidate: its punctuation mark, or "word".
fn mark_after(n1: &str, bucket: &str) -> u64 {
    valued(const { named("n1p") }, &[punct_or_word(n1), bucket])
}

/// The kind feature of the word before a candidate: its punctuation mark, or "word".
fn mark_before(p1: &str, bucket: &str) -> u64 {
    valued(const { named("p1p") }, &[punct_or_word(p1), bucket])
}

/// The features of the words around token `k`.
fn context_features(doc: &Doc, k: usize, bucket: &str, out: &mut Vec<u64>) {
    let around @ [_, p1, n1, _] = neighbours(doc, k);
    let prev_cap = k > 0 && is_capitalized(doc.word(k - 1));
    out.extend(word_features(doc.lower(k), around));
    out.extend(kind_features(bucket, prev_cap, n1 == "that", n1, p1));
}

/// The summed weights of token `k`'s context features ([`context_features`]), the
/// kind features read from the form's sums where a word, not a mark, stands around it.
/// Summed in the same order as [`score`] sums the full vector, a missing weight adding
/// nothing, so the two agree to the bit.
fn context_score(model: &CueModel, doc: &Doc, k: usize, form: &FormScore) -> f32 {
    let around @ [_, p1, n1, _] = neighbours(doc, k);
    let prev_cap = k > 0 && is_capitalized(doc.word(k - 1));
    let weight = |h: u64| model.weights.get(&h).copied().unwrap_or(0.0);
    let mark = |w: &str, feature: fn(&str, &str) -> u64, word: f32| {
        if punct_or_word(w) == "word" {
            word
        } else {
            weight(feature(w, form.bucket))
        }
    };
    let words = word_features(doc.lower(k), around).map(weight);
    words
        .into_iter()
        .chain([
            form.prev_cap[usize::from(prev_cap)],
            form.that_next[usize::from(n1 == "that")],
            mark(n1, mark_after, form.word_next),
            mark(p1, mark_before, form.word_before),
        ])
        .sum()
}

/// A neighbour as a feature value: punctuation as itself, any word as "word".
fn punct_or_word(w: &str) -> &str {
    if w.chars().all(|c| !c.is_alphanumeric()) {
        w
    } else {
        "word"
    }
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

/// What the model knows of a candidate form before it looks at the neighbours.
struct FormScore {
    /// The form's learned-probability bucket, which some context features name.
    bucket: &'static str,
    /// The summed weights of the form's own features, by `[capitalised][in_quote]`.
    own: [[f32; 2]; 2],
    /// The weight of the kind feature ([`kind_features`]) of the word before, by whether
    /// it is capitalised.
    prev_cap: [f32; 2],
    /// The weight of the kind feature of "that" after, by whether it is.
    that_next: [f32; 2],
    /// The weight of the kind feature of a word (not a mark) after.
    word_next: f32,
    /// The weight of the kind feature of a word (not a mark) before.
    word_before: f32,
}

/// The trained weights.
pub struct CueModel {
    weights: Weights,
    /// Every candidate form with its own features' score: one lookup per token instead
    /// of one per feature (the weights table is too large to stay in cache).
    forms: rustc_hash::FxHashMap<&'static str, FormScore>,
}

impl CueModel {
    /// The model of this process's learned weights (see [`crate::learned`]).
    pub fn get() -> &'static CueModel {
        static MODEL: OnceLock<CueModel> = OnceLock::new();
        MODEL.get_or_init(|| CueModel::new(cue_weights()))
    }

    /// The model of the given weights.
    fn new(weights: &CueWeights) -> Self {
        let weights: Weights = weights.iter().copied().collect();
        let mut feats = Vec::with_capacity(8);
        let forms = cue_candidate_forms()
            .chain([":"])
            .map(|w| {
                let bucket = bucket(w);
                let mut own = [[0.0; 2]; 2];
                for (cap, row) in own.iter_mut().enumerate() {
                    for (quoted, slot) in row.iter_mut().enumerate() {
                        feats.clear();
                        form_features(w, bucket, cap == 1, quoted == 1, &mut feats);
                        *slot = score(&weights, &feats);
                    }
                }
                let weight = |h: u64| weights.get(&h).copied().unwrap_or(0.0);
                let kinds = |yes: bool| kind_features(bucket, yes, yes, "word", "word");
                let (no, yes) = (kinds(false), kinds(true));
                let form = FormScore {
                    bucket,
                    own,
                    prev_cap: [weight(no[0]), weight(yes[0])],
                    that_next: [weight(no[1]), weight(yes[1])],
                    word_next: weight(no[2]),
                    word_before: weight(no[3]),
                };
                (w, form)
            })
            .collect();
        Self { weights, forms }
    }

    /// The candidate form of token `k`, if it can be a cue at all.
    fn form(&self, doc: &Doc, k: usize) -> Option<&FormScore> {
        if !doc.is_word(k) && doc.word(k) != ":" {
            return None;
        }
        self.forms.get(doc.lower(k))
    }
}

/// The summed weights of a feature vector: above zero means "a cue".
fn score(weights: &Weights, features: &[u64]) -> f32 {
    features.iter().filter_map(|f| weights.get(f)).sum()
}

/// Scores every candidate token of a document once; `None` for tokens that cannot be cues.
pub fn score_tokens(doc: &Doc) -> Vec<Option<f32>> {
    let model = CueModel::get();
    let mut out = vec![None; doc.tokens.len()];
    for (k, slot) in out.iter_mut().enumerate() {
        if let Some(form) = model.form(doc, k) {
            let own =
                form.own[usize::from(is_capitalized(doc.word(k)))][usize::from(doc.in_quote(k))];
            *slot = Some(own + context_score(model, doc, k, form));
        }
    }
    out
}

/// Diagnostics: every candidate of a text with its byte span and the model's score, as
/// extraction sees them (the `unfound` example shows the score of each missed cue).
pub fn cue_scores(text: &str) -> Vec<(crate::Span, f32)> {
    let doc = Doc::new(text, 0);
    doc.cue_scores
        .iter()
        .enumerate()
        .filter_map(|(k, score)| Some((doc.tokens[k].span, (*score)?)))
        .collect()
}

/// Training support: every candidate of a text, with its byte span and features.
pub fn training_candidates(text: &str) -> Vec<(crate::Span, Vec<u64>)> {
    let doc = Doc::new(text, 0);
    (0..doc.tokens.len())
        .filter(|&k| is_candidate(&doc, k))
        .map(|k| {
            let mut feats = Vec::new();
            features(&doc, k, doc.in_quote(k), &mut feats);
            (doc.tokens[k].span, feats)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-form sums at load must score as the full feature vector the model was
    /// trained on does, in every case and quote state.
    #[test]
    fn form_sums_score_as_the_full_features() {
        let text =
            "Officials said on Monday: \u{201c}We Said nothing,\u{201d} the report claimed. \
                    SAID the spokesman, who told Reuters that talks continued.";
        let doc = Doc::new(text, 0);
        let model = CueModel::get();
        let scores = score_tokens(&doc);
        let mut feats = Vec::new();
        let mut candidates = 0;
        for (k, score) in scores.iter().enumerate() {
            assert_eq!(score.is_some(), is_candidate(&doc, k), "{}", doc.word(k));
            if let Some(score) = score {
                features(&doc, k, doc.in_quote(k), &mut feats);
                let full = super::score(&model.weights, &feats);
                assert!(
                    (full - score).abs() < 1e-4,
                    "{}: {full} vs {score}",
                    doc.word(k)
                );
                candidates += 1;
            }
        }
        // said, Said (in a quote), claimed, SAID, told, the colon.
        assert!(candidates >= 6, "{candidates} candidates");
    }

    /// Reading the kind features from the form's sums adds the same weights in the same
    /// order as the context's full features: equal, not merely close, so no score moves.
    #[test]
    fn context_sums_equal_the_full_context_features() {
        let text = "Officials said that talks would go on, Reuters reported. \"We will,\" Smith \
                    told reporters; the report said: prices rose. Jones, citing aides, warned \
                    Monday that the deal (announced Friday) was off, the newspaper said.";
        let doc = Doc::new(text, 0);
        let model = CueModel::get();
        let mut feats = Vec::new();
        let mut candidates = 0;
        for k in 0..doc.tokens.len() {
            if let Some(form) = model.form(&doc, k) {
                feats.clear();
                context_features(&doc, k, form.bucket, &mut feats);
                let full = super::score(&model.weights, &feats);
                assert_eq!(context_score(model, &doc, k, form), full, "{}", doc.word(k));
                candidates += 1;
            }
        }
        assert!(candidates >= 8, "{candidates} candidates");
    }
}
