//! Gold and predicted attributions that share a cue but not the relation: the quickest
//! view of span-convention errors. From the gold side by default (what recall loses);
//! with `--predicted`, from the prediction side (where precision goes), including
//! predictions that no gold attribution shares a cue with.
//!
//! `cargo run --release -p claimgraph-eval --example pairs -- DIR [CUE] [N] [--predicted]`

use claimgraph_eval::inspect::{same_cue, spans_text, split};
use claimgraph_eval::{relation_match, GoldAttribution};

fn line(label: &str, chars: &[char], a: Option<&GoldAttribution>) -> String {
    match a {
        Some(a) => format!(
            "{label} src=[{}] content=[{}]",
            spans_text(chars, &a.source),
            spans_text(chars, &a.content)
        ),
        None => format!("{label} none"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--predicted")
        .collect();
    let from_predicted = std::env::args().any(|a| a == "--predicted");
    let dir = args
        .first()
        .expect("usage: pairs DIR [CUE] [N] [--predicted]");
    let cue = args.get(1).cloned().unwrap_or_else(|| "said".into());
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(30);
    let mut shown = 0;
    for article in split(std::path::Path::new(dir)).expect("a PolNeAR split") {
        let chars = &article.chars;
        let (these, others, this_label, other_label) = if from_predicted {
            (&article.predicted, &article.gold, "PRED", "GOLD")
        } else {
            (&article.gold, &article.predicted, "GOLD", "PRED")
        };
        for a in these {
            if spans_text(chars, &a.cue).to_lowercase() != cue
                || others
                    .iter()
                    .any(|o| relation_match(a, o).is_some() || relation_match(o, a).is_some())
            {
                continue;
            }
            println!("{}", line(this_label, chars, Some(a)));
            println!(
                "{}\n",
                line(other_label, chars, others.iter().find(|o| same_cue(a, o)))
            );
            shown += 1;
            if shown >= n {
                return;
            }
        }
    }
}
