#![doc = include_str!("../README.md")]

mod brat;
pub mod inspect;
mod score;
pub mod train;

pub use brat::{read_ann, GoldAttribution, Spans};
pub use score::{relation_match, score_document, Counts, DocScore, Kind, Prf};

use claimgraph_corpus::{Document, Meta};
use claimgraph_extract::{extract, CharIndex};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What can stop an evaluation.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A directory or file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path at fault.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An annotation file is malformed.
    #[error("{path}:{line}: {reason}")]
    Ann {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// Why.
        reason: String,
    },
    /// The directory holds no article with annotations.
    #[error("{0}: no article has an annotation file (expected text/NAME.txt and attributions/NAME_<annotator>.ann)")]
    Empty(PathBuf),
}

/// The predicted attributions of one document in character offsets.
///
/// "Ortiz told the Post that…" gives two attributions with the one cue: Ortiz's, and the
/// Post's, through which Ortiz's is reported (`via`). PolNeAR annotates the first only
/// (the Post is whom Ortiz told), so an attribution that another is reported through
/// with the same cue is claimgraph's chain, not an attribution to score. Chains with
/// a cue of their own ("the paper said, citing officials") are scored whole.
pub fn predict(text: &str) -> Vec<GoldAttribution> {
    let doc = Document::new("eval", text, Meta::default());
    let ex = extract(&doc);
    let index = CharIndex::new(text);
    let conv =
        |s: &claimgraph_extract::Span| (index.char_offset(s.start), index.char_offset(s.end));
    let told: std::collections::HashSet<usize> = ex
        .attributions
        .iter()
        .filter_map(|a| {
            a.via
                .filter(|&v| ex.attributions.get(v).is_some_and(|o| o.cue == a.cue))
        })
        .collect();
    ex.attributions
        .iter()
        .enumerate()
        .filter(|(i, _)| !told.contains(i))
        .map(|(_, a)| GoldAttribution {
            source: a.source.iter().map(conv).collect(),
            cue: vec![conv(&a.cue)],
            content: a.contents.iter().map(conv).collect(),
        })
        .collect()
}

/// The full evaluation report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Predicted attributions.
    pub predicted: usize,
    /// Relation-level scores.
    pub relation: Prf,
    /// Exact-span scores per role.
    pub exact: BTreeMap<String, Prf>,
    /// Token-overlap scores per role.
    pub token: BTreeMap<String, Prf>,
    /// Relation scores by kind: recall over gold of that kind, precision over predictions
    /// of that kind.
    pub by_kind: BTreeMap<String, Prf>,
    /// Megabytes of text extracted per second on one core (extraction only).
    pub mb_per_s: f64,
    /// Bytes of text extracted.
    pub bytes: usize,
    /// Seconds extraction took, on one core.
    pub extract_seconds: f64,
}

/// One fold of a K-fold split of a PolNeAR split's articles: in name order, article `i`
/// belongs to fold `i % of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// Which fold, from 0.
    pub index: usize,
    /// How many folds.
    pub of: usize,
}

impl Fold {
    /// The articles of this fold (`held_out`) or of all the others, in name order. A split
    /// into no folds is taken as one.
    pub fn select<'a, T>(&self, articles: &'a [T], held_out: bool) -> Vec<&'a T> {
        articles
            .iter()
            .enumerate()
            .filter(|(i, _)| (i % self.of.max(1) == self.index) == held_out)
            .map(|(_, a)| a)
            .collect()
    }
}

/// Pairs each text with its gold file: the first annotation file in name order.
pub fn articles(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, EvalError> {
    let ann_dir = dir.join("attributions");
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)
        .map_err(|source| EvalError::Io {
            path: ann_dir.clone(),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    let mut gold: BTreeMap<String, PathBuf> = BTreeMap::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_owned();
        gold.entry(article).or_insert(ann);
    }
    let pairs: Vec<(PathBuf, PathBuf)> = gold
        .into_iter()
        .map(|(article, ann)| (dir.join("text").join(format!("{article}.txt")), ann))
        .filter(|(text, _)| text.is_file())
        .collect();
    if pairs.is_empty() {
        return Err(EvalError::Empty(dir.to_path_buf()));
    }
    Ok(pairs)
}

/// Reads every article of a PolNeAR split with its gold attributions.
pub fn load_split(dir: &Path) -> Result<Vec<(String, Vec<GoldAttribution>)>, EvalError> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|source| EvalError::Io {
            path: path.to_owned(),
            source,
        })
    };
    articles(dir)?
        .into_iter()
        .map(|(text, ann)| {
            let gold = read_ann(&read(&ann)?).map_err(|(line, reason)| EvalError::Ann {
                path: ann.clone(),
                line,
                reason,
            })?;
            Ok((read(&text)?, gold))
        })
        .collect()
}

/// Evaluates extraction on a PolNeAR split directory.
pub fn evaluate(dir: &Path) -> Result<Report, EvalError> {
    let loaded = load_split(dir)?;
    Ok(evaluate_articles(&loaded.iter().collect::<Vec<_>>()))
}

/// Evaluates extraction on articles with their gold attributions.
pub fn evaluate_articles(articles: &train::Articles) -> Report {
    // Throughput of extraction alone, on one core, over the whole split.
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    let started = std::time::Instant::now();
    let predictions: Vec<Vec<GoldAttribution>> = articles.iter().map(|(t, _)| predict(t)).collect();
    let seconds = started.elapsed().as_secs_f64();
    let scores: Vec<DocScore> = articles
        .par_iter()
        .zip(predictions.par_iter())
        .map(|((text, gold), pred)| score_document(text, gold, pred))
        .collect();
    let mut total = DocScore::default();
    for s in &scores {
        total.add(s);
    }
    let prfs = |counts: &BTreeMap<&'static str, Counts>| {
        counts
            .iter()
            .map(|(k, c)| ((*k).to_owned(), c.prf()))
            .collect()
    };
    Report {
        articles: articles.len(),
        gold: articles.iter().map(|(_, g)| g.len()).sum(),
        predicted: predictions.iter().map(Vec::len).sum(),
        relation: total.relation.prf(),
        exact: prfs(&total.exact),
        token: prfs(&total.token),
        by_kind: total
            .by_kind
            .iter()
            .map(|(k, c)| (k.name().to_owned(), c.prf()))
            .collect(),
        mb_per_s: megabytes_per_second(bytes, seconds),
        bytes,
        extract_seconds: seconds,
    }
}

fn megabytes_per_second(bytes: usize, seconds: f64) -> f64 {
    if seconds > 0.0 {
        bytes as f64 / 1e6 / seconds
    } else {
        0.0
    }
}

impl Report {
    /// The report of several disjoint sets of articles (the folds of a split) together:
    /// counts add up, and the scores are those of the sums.
    pub fn merge(parts: &[Report]) -> Report {
        let plus = |a: &mut BTreeMap<String, Prf>, b: &BTreeMap<String, Prf>| {
            for (k, p) in b {
                let sum = a.get(k).map_or(*p, |q| q.plus(p));
                a.insert(k.clone(), sum);
            }
        };
        let mut out = Report::default();
        for part in parts {
            out.articles += part.articles;
            out.gold += part.gold;
            out.predicted += part.predicted;
            out.relation = out.relation.plus(&part.relation);
            plus(&mut out.exact, &part.exact);
            plus(&mut out.token, &part.token);
            plus(&mut out.by_kind, &part.by_kind);
            out.bytes += part.bytes;
            out.extract_seconds += part.extract_seconds;
        }
        out.mb_per_s = megabytes_per_second(out.bytes, out.extract_seconds);
        out
    }

    /// The report as an aligned text table.
    pub fn to_table(&self) -> String {
        let mut out = format!(
            "articles {}  gold attributions {}  predicted {}  extraction {:.1} MB/s (one core)\n\n",
            self.articles, self.gold, self.predicted, self.mb_per_s
        );
        out.push_str(&format!("{:<26} {:>6} {:>6} {:>6}\n", "", "P", "R", "F1"));
        let mut row = |name: &str, p: &Prf| {
            out.push_str(&format!(
                "{name:<26} {:>6.3} {:>6.3} {:>6.3}\n",
                p.precision, p.recall, p.f1
            ))
        };
        row("relation", &self.relation);
        for (role, p) in &self.exact {
            row(&format!("exact {role}"), p);
        }
        for (role, p) in &self.token {
            row(&format!("token {role}"), p);
        }
        for (kind, p) in &self.by_kind {
            row(&format!("kind: {kind} (n={})", p.gold), p);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_cut_a_split_by_article_number_and_their_reports_add_up() {
        let articles: Vec<usize> = (0..7).collect();
        let fold = Fold { index: 1, of: 3 };
        assert_eq!(fold.select(&articles, true), [&1, &4]);
        assert_eq!(fold.select(&articles, false), [&0, &2, &3, &5, &6]);
        // Two folds of hand-made counts: the merged report is the report of the sums.
        let report = |tp: usize, fp: usize, fn_: usize, bytes: usize| {
            let prf = Counts { tp, fp, fn_ }.prf();
            Report {
                articles: 1,
                gold: tp + fn_,
                predicted: tp + fp,
                relation: prf,
                exact: [("cue".to_owned(), prf)].into(),
                bytes,
                extract_seconds: 1.0,
                ..Report::default()
            }
        };
        let merged = Report::merge(&[report(3, 1, 2, 2_000_000), report(1, 3, 0, 1_000_000)]);
        assert_eq!((merged.articles, merged.gold, merged.predicted), (2, 6, 8));
        assert_eq!(
            merged.relation,
            Counts {
                tp: 4,
                fp: 4,
                fn_: 2
            }
            .prf()
        );
        assert_eq!(merged.exact["cue"].matched, 4);
        assert!((merged.relation.precision - 0.5).abs() < 1e-12);
        assert!((merged.relation.recall - 4.0 / 6.0).abs() < 1e-12);
        assert!((merged.mb_per_s - 1.5).abs() < 1e-12);
    }

    #[test]
    fn the_outlet_a_source_told_is_not_scored_but_a_chain_with_its_own_cue_is() {
        let text = "Ortiz told the Post that the deal was dead.";
        let predicted = predict(text);
        assert_eq!(predicted.len(), 1, "{predicted:?}");
        let chars: Vec<char> = text.chars().collect();
        let (s, e) = predicted[0].source[0];
        assert_eq!(chars[s..e].iter().collect::<String>(), "Ortiz");
        let chained = predict(
            "The deal was dead, the newspaper said, citing two officials familiar with the talks.",
        );
        assert_eq!(chained.len(), 2, "{chained:?}");
    }
}
