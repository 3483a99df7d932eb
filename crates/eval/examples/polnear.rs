//! Scores extraction on a PolNeAR split without building the whole CLI (and its
//! database): the fast loop while working on the extractor.
//!
//! `cargo run --release -p claimgraph-eval --example polnear -- ../shared/data/polnear/train`

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: polnear DIR [--json]");
        std::process::exit(2);
    };
    match claimgraph_eval::evaluate(std::path::Path::new(&dir)) {
        Ok(report) if std::env::args().any(|a| a == "--json") => {
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        }
        Ok(report) => print!("{}", report.to_table()),
        Err(e) => {
            eprintln!("polnear: {e}");
            std::process::exit(1);
        }
    }
}
