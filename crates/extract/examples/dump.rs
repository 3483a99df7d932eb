//! Prints what the extractor finds: one line per attribution (source, cue, content,
//! kind, via, actor), for files or for a text given with `-e`.
//!
//! `cargo run -p claimgraph-extract --example dump -- FILE...` or `-- -e 'TEXT'`

use claimgraph_corpus::{Document, Meta};
use claimgraph_extract::extract;

fn show(id: &str, text: &str) {
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
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "-e") {
        for text in &args[1..] {
            show("text", text);
        }
        return;
    }
    for path in &args {
        match std::fs::read_to_string(path) {
            Ok(text) => show(path, &text),
            Err(e) => eprintln!("dump: {path}: {e}"),
        }
    }
}
