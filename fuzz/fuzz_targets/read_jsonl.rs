//! A `.jsonl` file from any bytes: documents and per-line errors, never a panic.
#![no_main]

use claimgraph_corpus::{read_bytes, ReadOptions};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        max_article_bytes: 4096,
    };
    let lines = data.split(|&b| b == b'\n').count();
    let items = read_bytes(Path::new("fuzz.jsonl"), data, &options);
    // At most one item per line.
    assert!(items.len() <= lines);
    for item in items {
        match item {
            Ok(doc) => assert!(!doc.text.trim().is_empty() && !doc.id.trim().is_empty()),
            Err(e) => assert!(e.to_string().contains("fuzz.jsonl")),
        }
    }
});
