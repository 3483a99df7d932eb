//! Prints what the extractor finds: one line per attribution (source, cue, content,
//! kind, via, actor), for files or for a text given with `-e`; with `-s` first, also the
//! cue model's score of every word it scores, which shows at once a cue the model vetoed.
//!
//! `cargo run -p claimgraph-extract --example dump -- [-s] FILE...` or `-- [-s] -e 'TEXT'`

use claimgraph_corpus::{Document, Meta};
use claimgraph_extract::{cue_scores, extract};

fn show(id: &str, text: &str, scores: bool) {
    let doc = Document::new(id, text, Meta::default());
    let ex = extract(&doc);
    println!(
        "=== {id}: {} attributions, {} unattributed claims",
        ex.attributions.len(),
        ex.unattributed.len()
    );
    for (i, a) in ex.attributions.iter().enumerate() {
        let actor =
            ex.attributed_to[i].map(|x| format!("{:?}:{}", ex.actors[x].kind, ex.actors[x].name));
        let contents: Vec<&str> = a.contents.iter().map(|c| c.of(text)).collect();
        println!(
            "[{i}] {:?} | {} | {:?} | {:?} | via {:?} | {}",
            a.source.map(|s| s.of(text)),
            a.cue.of(text),
            contents,
            a.kind,
            a.via,
            actor.unwrap_or_default()
        );
    }
    if scores {
        let words: Vec<String> = cue_scores(text)
            .into_iter()
            .map(|(span, score)| format!("{}={score:.2}", span.of(text)))
            .collect();
        println!("scores: {}", words.join(" "));
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let scores = args.first().is_some_and(|a| a == "-s");
    if scores {
        args.remove(0);
    }
    if args.first().is_some_and(|a| a == "-e") {
        for text in &args[1..] {
            show("text", text, scores);
        }
        return;
    }
    for path in &args {
        match std::fs::read_to_string(path) {
            Ok(text) => show(path, &text, scores),
            Err(e) => eprintln!("dump: {path}: {e}"),
        }
    }
}
