//! Trains the content-end ranker (`claimgraph_extract`'s `content_end`): for each reported
//! clause the rules find, the candidate ends are ranked so that the end PolNeAR marks
//! comes first (`claimgraph_eval::ends` says which clauses are examples).
//!
//! `cargo run --release -p claimgraph-eval --example train_content_end -- ../shared/data/polnear/train > crates/extract/data/content_end_model.tsv`
//!
//! Train on train only; `--holdout` and `--check DEV_DIR` as `ranking::train_command` says.

fn main() {
    claimgraph_eval::ranking::train_command(
        "Content-end ranker",
        "train_content_end",
        claimgraph_eval::ends::end_examples,
    );
}
