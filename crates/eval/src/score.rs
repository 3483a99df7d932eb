//! The metrics: relation matching, exact spans and token overlap per role, and relation
//! scores by kind of attribution.

use crate::brat::{GoldAttribution, Spans};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and right.
    pub tp: usize,
    /// Predicted and wrong.
    pub fp: usize,
    /// Missed.
    pub fn_: usize,
}

/// Precision, recall, F1, with the counts they rest on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Number of gold items.
    pub gold: usize,
    /// Number of predicted items.
    pub predicted: usize,
    /// Number of predicted items that match a gold one.
    pub matched: usize,
}

impl Prf {
    /// The scores of two sets of counts together (folds of a split, say).
    pub fn plus(&self, o: &Prf) -> Prf {
        let (matched, gold, predicted) = (
            self.matched + o.matched,
            self.gold + o.gold,
            self.predicted + o.predicted,
        );
        Counts {
            tp: matched,
            fp: predicted - matched,
            fn_: gold - matched,
        }
        .prf()
    }
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    /// Precision, recall and F1 of these counts.
    pub fn prf(&self) -> Prf {
        let p = if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        };
        let r = if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            precision: p,
            recall: r,
            f1,
            gold: self.tp + self.fn_,
            predicted: self.tp + self.fp,
            matched: self.tp,
        }
    }
}

/// Kinds of attribution, for the breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Content opens with a quote mark.
    Quoted,
    /// Content without quote marks.
    Unquoted,
    /// "according to" cues.
    AccordingTo,
    /// Content inside a tweet element.
    Tweet,
    /// No source in the text.
    NoSource,
}

impl Kind {
    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Quoted => "quoted",
            Self::Unquoted => "unquoted",
            Self::AccordingTo => "according to",
            Self::Tweet => "tweet",
            Self::NoSource => "no source",
        }
    }
}

/// The scores of one document, summable.
#[derive(Clone, Debug, Default)]
pub struct DocScore {
    /// Relation-level counts.
    pub relation: Counts,
    /// Exact-span counts per role.
    pub exact: BTreeMap<&'static str, Counts>,
    /// Token-overlap counts per role.
    pub token: BTreeMap<&'static str, Counts>,
    /// Relation counts by kind.
    pub by_kind: BTreeMap<Kind, Counts>,
}

impl DocScore {
    /// Adds another document's counts.
    pub fn add(&mut self, o: &DocScore) {
        self.relation.add(&o.relation);
        for (k, c) in &o.exact {
            self.exact.entry(k).or_default().add(c);
        }
        for (k, c) in &o.token {
            self.token.entry(k).or_default().add(c);
        }
        for (k, c) in &o.by_kind {
            self.by_kind.entry(*k).or_default().add(c);
        }
    }
}

fn len(spans: &Spans) -> usize {
    spans.iter().map(|(s, e)| e - s).sum()
}

fn overlap(a: &Spans, b: &Spans) -> usize {
    let mut total = 0;
    for &(s1, e1) in a {
        for &(s2, e2) in b {
            total += e1.min(e2).saturating_sub(s1.max(s2));
        }
    }
    total
}

/// Whether a prediction matches a gold attribution (the relation criterion).
pub fn relation_match(gold: &GoldAttribution, pred: &GoldAttribution) -> Option<usize> {
    let content = overlap(&gold.content, &pred.content);
    let longer = len(&gold.content).max(len(&pred.content));
    let content_ok = longer > 0 && content * 2 >= longer;
    let source_ok = match (gold.source.is_empty(), pred.source.is_empty()) {
        (true, true) => true,
        (false, false) => overlap(&gold.source, &pred.source) > 0,
        _ => false,
    };
    (content_ok && source_ok).then_some(content)
}

fn is_outer_punct(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '%' | '$' | '#' | '@'))
}

/// A span trimmed of white space and outer punctuation, in character offsets.
fn trimmed(chars: &[char], spans: &Spans) -> Spans {
    let mut out: Spans = Vec::new();
    for &(mut s, mut e) in spans {
        e = e.min(chars.len());
        while s < e && is_outer_punct(chars[s]) {
            s += 1;
        }
        while e > s && is_outer_punct(chars[e - 1]) {
            e -= 1;
        }
        if s < e {
            out.push((s, e));
        }
    }
    out
}

/// Token start offsets covered by spans: a token is a run of letters and digits.
fn tokens(chars: &[char], spans: &Spans) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for &(s, e) in spans {
        let e = e.min(chars.len());
        let mut i = s;
        while i < e {
            if chars[i].is_alphanumeric() {
                let mut start = i;
                while start > 0 && chars[start - 1].is_alphanumeric() {
                    start -= 1;
                }
                out.insert(start);
                while i < e && chars[i].is_alphanumeric() {
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
    }
    out
}

fn kinds(chars: &[char], a: &GoldAttribution, tweets: &[(usize, usize)]) -> Vec<Kind> {
    let mut k = Vec::new();
    let first = a.content.first().and_then(|&(s, e)| {
        chars[s.min(chars.len())..e.min(chars.len())]
            .iter()
            .find(|c| !c.is_whitespace())
            .copied()
    });
    if first.is_some_and(|c| matches!(c, '“' | '"' | '‘' | '\'' | '«')) {
        k.push(Kind::Quoted);
    } else {
        k.push(Kind::Unquoted);
    }
    let cue: String = a
        .cue
        .iter()
        .flat_map(|&(s, e)| chars[s.min(chars.len())..e.min(chars.len())].iter())
        .collect::<String>()
        .to_lowercase();
    if cue.contains("according") {
        k.push(Kind::AccordingTo);
    }
    if a.content
        .iter()
        .any(|&(s, e)| tweets.iter().any(|&(ts, te)| s >= ts && e <= te))
    {
        k.push(Kind::Tweet);
    }
    if a.source.is_empty() {
        k.push(Kind::NoSource);
    }
    k
}

/// Character ranges of `<tweet …>…</tweet>` elements.
fn tweet_ranges(chars: &[char]) -> Vec<(usize, usize)> {
    let text: String = chars.iter().collect();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("<tweet").map(|i| i + from) {
        let Some(close) = text[open..].find("</tweet>").map(|i| i + open + 8) else {
            break;
        };
        out.push((text[..open].chars().count(), text[..close].chars().count()));
        from = close;
    }
    out
}

/// Scores one document's predictions against its gold attributions.
pub fn score_document(text: &str, gold: &[GoldAttribution], pred: &[GoldAttribution]) -> DocScore {
    let chars: Vec<char> = text.chars().collect();
    let mut score = DocScore::default();
    // Greedy one-to-one: best content overlap first.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if let Some(ov) = relation_match(g, p) {
                pairs.push((ov, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_matched = vec![false; gold.len()];
    let mut pred_matched = vec![false; pred.len()];
    for (_, gi, pi) in pairs {
        if !gold_matched[gi] && !pred_matched[pi] {
            gold_matched[gi] = true;
            pred_matched[pi] = true;
        }
    }
    let tp = gold_matched.iter().filter(|m| **m).count();
    score.relation = Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    };

    let tweets = tweet_ranges(&chars);
    for (gi, g) in gold.iter().enumerate() {
        for k in kinds(&chars, g, &tweets) {
            let c = score.by_kind.entry(k).or_default();
            if gold_matched[gi] {
                c.tp += 1
            } else {
                c.fn_ += 1
            }
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        for k in kinds(&chars, p, &tweets) {
            if !pred_matched[pi] {
                score.by_kind.entry(k).or_default().fp += 1;
            }
        }
    }

    type Role = fn(&GoldAttribution) -> &Spans;
    let roles: [(&'static str, Role); 3] = [
        ("source", |a| &a.source),
        ("cue", |a| &a.cue),
        ("content", |a| &a.content),
    ];
    for (name, role) in roles {
        let g: Vec<Spans> = gold
            .iter()
            .map(|a| trimmed(&chars, role(a)))
            .filter(|s| !s.is_empty())
            .collect();
        let mut p: Vec<Spans> = pred
            .iter()
            .map(|a| trimmed(&chars, role(a)))
            .filter(|s| !s.is_empty())
            .collect();
        let mut hits = 0;
        for gs in &g {
            if let Some(i) = p.iter().position(|ps| ps == gs) {
                p.swap_remove(i);
                hits += 1;
            }
        }
        score.exact.insert(
            name,
            Counts {
                tp: hits,
                fp: p.len(),
                fn_: g.len() - hits,
            },
        );
        let gt: BTreeSet<usize> = gold.iter().flat_map(|a| tokens(&chars, role(a))).collect();
        let pt: BTreeSet<usize> = pred.iter().flat_map(|a| tokens(&chars, role(a))).collect();
        let inter = gt.intersection(&pt).count();
        score.token.insert(
            name,
            Counts {
                tp: inter,
                fp: pt.len() - inter,
                fn_: gt.len() - inter,
            },
        );
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(
        source: &[(usize, usize)],
        cue: (usize, usize),
        content: &[(usize, usize)],
    ) -> GoldAttribution {
        GoldAttribution {
            source: source.to_vec(),
            cue: vec![cue],
            content: content.to_vec(),
        }
    }

    const TEXT: &str =
        "He said “the plan works.” Officials said it failed, according to the paper.";

    #[test]
    fn perfect_prediction_scores_one() {
        let gold = vec![a(&[(0, 2)], (3, 7), &[(8, 25)])];
        let s = score_document(TEXT, &gold, &gold.clone());
        assert_eq!(
            s.relation,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        for role in ["source", "cue", "content"] {
            assert_eq!(s.exact[role].prf().f1, 1.0, "{role}");
            assert_eq!(s.token[role].prf().f1, 1.0, "{role}");
        }
        assert_eq!(s.by_kind[&Kind::Quoted].tp, 1);
    }

    #[test]
    fn half_overlap_matches_and_outer_punctuation_is_trimmed() {
        let gold = vec![a(&[(0, 2)], (3, 7), &[(8, 25)])];
        // Content without the quote marks and period: still exact after trimming.
        let pred = vec![a(&[(0, 2)], (3, 7), &[(9, 23)])];
        let s = score_document(TEXT, &gold, &pred);
        assert_eq!(s.relation.tp, 1);
        assert_eq!(s.exact["content"].tp, 1);
        // Less than half of the longer content: no relation match.
        let pred = vec![a(&[(0, 2)], (3, 7), &[(9, 14)])];
        let s = score_document(TEXT, &gold, &pred);
        assert_eq!(
            s.relation,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert!(s.token["content"].prf().precision == 1.0 && s.token["content"].prf().recall < 1.0);
    }

    #[test]
    fn sources_must_overlap_or_both_be_absent_and_matching_is_one_to_one() {
        let gold = vec![a(&[], (52, 64), &[(26, 50)])];
        let with_source = vec![a(&[(26, 35)], (36, 40), &[(26, 50)])];
        assert_eq!(score_document(TEXT, &gold, &with_source).relation.tp, 0);
        let twice = vec![a(&[], (52, 64), &[(26, 50)]), a(&[], (52, 64), &[(26, 50)])];
        let s = score_document(TEXT, &gold, &twice);
        assert_eq!(
            s.relation,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(s.by_kind[&Kind::NoSource].tp, 1);
        assert_eq!(s.by_kind[&Kind::Unquoted].fp, 1);
    }

    #[test]
    fn prf_arithmetic() {
        let p = Counts {
            tp: 3,
            fp: 1,
            fn_: 2,
        }
        .prf();
        assert!((p.precision - 0.75).abs() < 1e-9 && (p.recall - 0.6).abs() < 1e-9);
        assert!((p.f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Counts::default().prf().f1, 0.0);
    }
}
