//! Where PolNeAR ends the reported clauses whose end extraction's content-end model
//! chooses: the examples that model is trained on (`train_content_end`) and checked with.

use crate::ranking::RankExample;
use crate::GoldAttribution;
use claimgraph_extract::end_candidates;

/// How far apart, in bytes, a gold content's start and the clause's may be: a "that" or
/// a space either side.
const START_SLACK: usize = 6;

/// The examples of one article, and how many of its clauses have a gold content that no
/// candidate ends. A clause is an example when a gold attribution has a cue overlapping
/// its cue and a content of one piece starting where the clause starts.
pub fn end_examples(text: &str, gold: &[GoldAttribution]) -> (Vec<RankExample>, usize) {
    let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(text.len());
    let byte = |c: usize| byte_of[c.min(byte_of.len() - 1)];
    let mut out = Vec::new();
    let mut unreachable = 0;
    for clause in end_candidates(text) {
        let Some(g) = gold.iter().find(|g| {
            g.cue
                .iter()
                .any(|&(b, e)| byte(b) < clause.cue.end && clause.cue.start < byte(e))
                && g.content.len() == 1
                && byte(g.content[0].0).abs_diff(clause.start) <= START_SLACK
        }) else {
            continue;
        };
        let end = trimmed_end(text, clause.start, byte(g.content[0].1), ".,;:—–-");
        match clause.candidates.iter().position(|(e, _)| *e == end) {
            Some(gold) => out.push(RankExample {
                candidates: clause.candidates.into_iter().map(|(_, f)| f).collect(),
                gold,
                chosen: clause.chosen,
            }),
            None => unreachable += 1,
        }
    }
    (out, unreachable)
}

/// A gold span's end without the whitespace and the punctuation in `also` that
/// extraction trims, never before `floor`.
fn trimmed_end(text: &str, floor: usize, mut end: usize, also: &str) -> usize {
    while end > floor && text[..end].ends_with(|c: char| c.is_whitespace() || also.contains(c)) {
        end -= text[..end].chars().next_back().map_or(1, char::len_utf8);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load_split;
    use std::path::Path;

    /// On the dev split, which the model never saw, its ends are PolNeAR's more often
    /// than the rules' are: the compiled weights earn their place.
    #[test]
    fn the_compiled_model_ends_more_clauses_as_polnear_does_on_dev_than_the_rules() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/dev");
        let (mut rules, mut model, mut all) = (0, 0, 0);
        for (text, gold) in load_split(&dev).expect("the PolNeAR dev split beside the clone") {
            for ex in end_examples(&text, &gold).0 {
                all += 1;
                rules += usize::from(ex.gold == 0);
                model += usize::from(ex.gold == ex.chosen);
            }
        }
        assert!(all > 400, "{all} clauses");
        assert!(model > rules, "model {model}, rules {rules} of {all}");
    }
}
